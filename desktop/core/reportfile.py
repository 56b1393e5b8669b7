"""Report documents as JSON files (samples, tests, `baocao render FILE.json`, the exchange's data).

Every report read goes through parse_report: the data's depth and strings (jsonread.check_tree),
the report schema, then its number cells, which must hold numbers (#13)."""

import json
import math
import re
from pathlib import Path
from typing import Any

from desktop.core.atomicfile import write_atomically
from desktop.core.document import Report, from_dict, to_dict
from desktop.core.errors import ReportFileError
from desktop.core.jsonread import JsonFileError, check_tree, loads, read_bounded, shown
from desktop.core.messages import Message
from desktop.core.schemacheck import first_problem
from desktop.core.tables import NUMERIC_TYPES, Row, cell_type, column_from_dict
from desktop.core.vnformat import nfc_tree

SCHEMA = "report.schema.json"
MAX_BYTES = 20 * 1024 * 1024
_NUMBER_TEXT = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,15})?")
_WHOLE_TEXT = re.compile(r"-?[0-9]{1,30}")


def parse_report(data: Any, file: str = "(dữ liệu)") -> Report:
    """A Report from plain data, after checking its depth and strings, the report schema and that
    every number cell holds a number."""
    check_tree(data, file)
    data = nfc_tree(data)
    problem = first_problem(SCHEMA, data)
    if problem:
        raise ReportFileError("report.invalid", file=file, field=problem[0], detail=problem[1])
    found = number_as_text(data)
    if found:
        raise ReportFileError("report.number_as_text", file=file, **found)
    try:
        return from_dict(data)
    except ValueError as error:  # a date that matches the pattern but does not exist
        raise ReportFileError("report.invalid", file=file, field="date", detail=str(error)) from error


def number_as_text(data: dict[str, Any]) -> dict[str, object] | None:
    """Where a number cell holds something else than a number or its exact digits («1234.5»): text
    in Vietnamese form («1.234,5», «99,77») would be read as another number or not at all, «NaN»
    or «khoảng 850» not at all. None when every number cell is sound; `data` matches the schema."""
    for a, appendix in enumerate(data.get("appendices", [])):
        for t, table in enumerate(appendix.get("tables", [])):
            columns = [column_from_dict(c) for c in table["columns"]]
            for r, raw in enumerate(table.get("rows", [])):
                cells = raw.get("cells", {})
                row = Row(cells=cells, kind=raw.get("kind", ""))  # the unit tells a ratio of money
                for column in columns:
                    value, kind = cells.get(column.key), cell_type(row, column)
                    if kind in NUMERIC_TYPES and value is not None and not _is_number(value, kind == "count"):
                        return {"table": shown(table.get("title") or table["id"], 80), "row": r + 1,
                                "column": shown(column.title, 80), "value": shown(str(value)),
                                "field": f"appendices[{a}].tables[{t}].rows[{r}].cells.{column.key}"}
    return None


def _is_number(value: Any, whole: bool) -> bool:
    """An int, a finite float, or the exact digits of a Decimal as to_dict writes them («700.840»);
    a count is whole, so «33.099» there could only be the Vietnamese way of writing 33099."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return math.isfinite(value) and not whole
    pattern = _WHOLE_TEXT if whole else _NUMBER_TEXT
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def read_report(path: Path) -> Report:
    """Read and check one report JSON file: a plain file of at most MAX_BYTES (a FIFO, a device or
    a folder is refused without being read)."""
    try:
        raw = read_bounded(path, MAX_BYTES)
    except FileNotFoundError as error:
        raise ReportFileError("report.missing", file=str(path)) from error
    except PermissionError as error:
        raise ReportFileError("report.no_permission", file=str(path)) from error
    except OSError as error:
        raise ReportFileError("report.unreadable", file=str(path), detail=error.strerror or str(error)) from error
    try:
        data = loads(raw, str(path))
    except JsonFileError as error:
        if error.code != "json.syntax":
            raise
        raise NotJson(**error.message.context) from error
    return parse_report(data, str(path))


class NotJson(ReportFileError):
    """A file that is not JSON: «report.unreadable», as before #13, with the line and column of the
    fault in the language of the message."""

    def __init__(self, file: str, line: object, column: object, **_: object) -> None:
        super().__init__("report.unreadable", file=file, detail=f"sai cú pháp JSON ở dòng {line}, cột {column}")
        self.english = f"JSON syntax error on line {line}, column {column}"

    def text(self, lang: str = "vi") -> str:
        if lang != "en":
            return super().text(lang)
        return Message(self.code, {**self.message.context, "detail": self.english}).text(lang)


def report_json(report: Report) -> str:
    """The JSON text of a report, readable and stable (keys in schema order)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def write_report(report: Report, path: Path) -> None:
    """Write the report's JSON; a failure leaves the file as it was (atomicfile)."""
    write_atomically(path, report_json(report).encode("utf-8"))
