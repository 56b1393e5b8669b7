"""Writing a consolidation to the file a city officer asks for: .pdf, .xlsx or .json by its extension."""

import io
from pathlib import Path

from desktop.core.atomicfile import write_atomically
from desktop.core.errors import BaocaoError
from desktop.core.exchange.citywork import Consolidated

FORMATS = (".pdf", ".xlsx", ".json")


def consolidated_bytes(result: Consolidated, report_name: str, period: str, suffix: str) -> bytes:
    if suffix == ".json":
        from desktop.core.reportfile import report_json

        return report_json(result.report).encode("utf-8")
    buffer = io.BytesIO()
    if suffix == ".xlsx":
        from desktop.core.exchange.consolidatedbook import consolidated_workbook

        consolidated_workbook(result, report_name, period).save(buffer)
    else:
        from desktop.core.pdf.render import render_pdf

        render_pdf(result.report, buffer)
    return buffer.getvalue()


def write_consolidated(result: Consolidated, report_name: str, period: str, target: Path) -> None:
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise BaocaoError("exchange.output_kind", file=target.name)
    data = consolidated_bytes(result, report_name, period, suffix)
    try:
        write_atomically(target, data)
    except OSError as error:
        raise BaocaoError("exchange.write_failed", file=str(target), detail=error.strerror or str(error)) from error
