"""The city's own workbooks: the completeness matrix and the consolidated figures."""

import datetime
import io
from pathlib import Path

from openpyxl import Workbook

from desktop.core.atomicfile import write_atomically
from desktop.core.errors import BaocaoError
from desktop.core.exchange.completeness import STATE_NAMES, Completeness
from desktop.core.exchange.sheets import write_table
from desktop.core.periods import label, parse_period
from desktop.core.vnformat import short_date


def _moment(iso: str | None) -> str:
    """«09:30 07/10/2025» in the local time of the computer showing it."""
    if not iso:
        return ""
    at = datetime.datetime.fromisoformat(iso)
    at = at.astimezone() if at.tzinfo else at
    return f"{at:%H:%M} {short_date(at.date())}"


def completeness_workbook(result: Completeness, report_name: str) -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Tình hình nộp báo cáo"
    period = label(parse_period(result.period))
    counts = ", ".join(f"{STATE_NAMES[s][0].lower()}: {result.count(s)}" for s in STATE_NAMES)
    rows = [[index, u.unit.name, u.unit.code, STATE_NAMES[u.state][0], f"v{u.revision}" if u.revision else "",
             _moment(u.exported_at), _moment(u.imported_at)] for index, u in enumerate(result.units, start=1)]
    write_table(sheet, title_lines=[f"TÌNH HÌNH NỘP {report_name.upper()}", f"Kỳ báo cáo: {period}; "
                                    f"hạn nộp {short_date(result.deadline)}", f"{len(rows)} đơn vị; {counts}"],
                headers=["STT", "Đơn vị", "Mã", "Tình trạng", "Bản", "Xuất tệp lúc", "Nhận lúc"],
                widths=[6, 32, 9, 14, 7, 18, 18], rows=rows, centred_columns=frozenset({0, 2, 4}))
    return book


def save_workbook(book: Workbook, target: Path) -> None:
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        write_atomically(target, buffer.getvalue())
    except OSError as error:
        raise BaocaoError("exchange.write_failed", file=str(target), detail=error.strerror or str(error)) from error
