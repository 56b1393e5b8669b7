"""Report documents as JSON files (samples, tests, `baocao render FILE.json`)."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.document import Report, from_dict, to_dict
from desktop.core.errors import ReportFileError
from desktop.core.schemacheck import first_problem
from desktop.core.vnformat import nfc_tree

SCHEMA = "report.schema.json"
MAX_BYTES = 20 * 1024 * 1024


def parse_report(data: Any, file: str = "(dữ liệu)", check: Callable[[Any], None] | None = None) -> Report:
    """A Report from plain data, after checking it against the report schema (then with `check`,
    which raises on what the schema cannot say)."""
    data = nfc_tree(data)
    problem = first_problem(SCHEMA, data)
    if problem:
        raise ReportFileError("report.invalid", file=file, field=problem[0], detail=problem[1])
    if check is not None:
        check(data)
    try:
        return from_dict(data)
    except ValueError as error:  # a date that matches the pattern but does not exist
        raise ReportFileError("report.invalid", file=file, field="date", detail=str(error)) from error


def read_report(path: Path) -> Report:
    """Read and check one report JSON file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReportFileError("report.unreadable", file=str(path),
                                  detail="tệp lớn quá 20 MB, không phải tệp báo cáo")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ReportFileError("report.unreadable", file=str(path), detail=str(error)) from error
    except json.JSONDecodeError as error:
        raise ReportFileError("report.unreadable", file=str(path),
                              detail=f"sai cú pháp JSON ở dòng {error.lineno}") from error
    return parse_report(data, str(path))


def report_json(report: Report) -> str:
    """The JSON text of a report, readable and stable (keys in schema order)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def write_report(report: Report, path: Path) -> None:
    path.write_text(report_json(report), encoding="utf-8")

