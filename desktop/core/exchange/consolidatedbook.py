"""The consolidated .xlsx: the city's figures table by table, each unit's figures under them (the
drill-down), the values that could not be counted, and the consolidated report itself."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook

from desktop.core.exchange.citywork import Consolidated
from desktop.core.exchange.consolidate import STATUS_KEYS, RowFigures, TableFigures
from desktop.core.exchange.reportsheets import add_report_sheets
from desktop.core.exchange.sheets import Formatted, sheet_title, write_table
from desktop.core.periods import label, parse_period

AGGREGATE_NAMES = {"sum": "Cộng", "ratio_of_sums": "Tỷ lệ của tổng", "none": "Không cộng", "count": "Đếm"}


def _figure(value: Any) -> Any:
    """A number as Excel shows it in Vietnam (33.099; 407,28), the decimals as stored."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return value
    if isinstance(value, int):
        return Formatted(value, "#,##0")
    places = max(0, -int(value.as_tuple().exponent))  # type: ignore[arg-type]
    return Formatted(float(value), "#,##0" + ("." + "0" * places if places else ""))


def _percent(value: Decimal | None) -> Any:
    return None if value is None else Formatted(float(value) / 100, "0.00%")


def _columns(table: TableFigures) -> list[tuple[str, float]]:
    """(header, width) of the figures of a table after its STT and name."""
    if table.kind == "tasks":
        return [(s[0].upper() + s[1:], 12) for s in STATUS_KEYS]
    found = [(c.title, 14.0) for c in table.columns]
    if table.kind == "indicators":
        found = [("Cách tổng hợp", 12), *found, ("Tỷ lệ", 10)]
    return [*found, ("Đơn vị có số liệu", 10), ("Đơn vị chưa có", 10)]


def _figures(table: TableFigures, row: RowFigures) -> list[Any]:
    if table.kind == "tasks":
        return [row.statuses.get(s, 0) for s in STATUS_KEYS]
    found = [_figure(row.totals.get(c.key)) for c in table.columns]
    if table.kind == "indicators":
        found = [AGGREGATE_NAMES.get(row.aggregate, row.aggregate), *found, _percent(row.ratio)]
    return [*found, len(row.reported), len(row.missing)]


def _summary_sheet(book: Workbook, name: str, table: TableFigures, title: str) -> None:
    sheet = book.create_sheet(name)
    columns = _columns(table)
    rows = [[index, row.name, *_figures(table, row)] for index, row in enumerate(table.rows, start=1)]
    write_table(sheet, title_lines=[title, (table.title or table.id).upper()],
                headers=["STT", "Nội dung", *(c[0] for c in columns)], widths=[6, 50, *(c[1] for c in columns)],
                rows=rows, centred_columns=frozenset({0}))


def _drill_rows(table: TableFigures) -> list[list[Any]]:
    keys = [c.key for c in table.columns]
    rows = []
    for index, row in enumerate(table.rows, start=1):
        for unit in row.units:
            figures = [_figure(unit.values.get(k)) for k in keys]
            extra = [unit.status] if table.kind == "tasks" else [_percent(unit.ratio)]
            rows.append([index, row.name, unit.unit.name, unit.unit.code, *figures, *extra])
    return rows


def _drill_sheet(book: Workbook, name: str, table: TableFigures, title: str) -> None:
    sheet = book.create_sheet(name)
    last = ("Tình trạng", 24.0) if table.kind == "tasks" else ("Tỷ lệ", 10.0)
    columns = [(c.title, 14.0) for c in table.columns] + [last]
    write_table(sheet, title_lines=[title, f"CHI TIẾT THEO ĐƠN VỊ: {(table.title or table.id).upper()}"],
                headers=["STT", "Nội dung", "Đơn vị", "Mã", *(c[0] for c in columns)],
                widths=[6, 44, 26, 8, *(c[1] for c in columns)], rows=_drill_rows(table),
                centred_columns=frozenset({0, 3}))


def _problems_sheet(book: Workbook, taken: set[str], result: Consolidated) -> None:
    problems = result.consolidation.problems
    if not problems:
        return
    sheet = book.create_sheet(sheet_title("Số liệu chưa cộng được", taken))
    rows = [[p.unit.name, p.table, p.row, p.column, str(p.value), p.text()] for p in problems]
    write_table(sheet, title_lines=["CÁC Ô KHÔNG CỘNG ĐƯỢC VÌ KHÔNG PHẢI SỐ"],
                headers=["Đơn vị", "Bảng", "Dòng", "Cột", "Giá trị", "Lý do"], widths=[24, 20, 28, 16, 16, 50],
                rows=rows)


def consolidated_workbook(result: Consolidated, report_name: str, period: str) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    units = result.consolidation.units
    title = f"TỔNG HỢP {report_name.upper()} {label(parse_period(period)).upper()} ({len(units)} ĐƠN VỊ)"
    tables: Sequence[TableFigures] = [t for t in result.consolidation.tables if t.rows]
    numbers = [f" {i}" if len(tables) > 1 else "" for i in range(1, len(tables) + 1)]
    for table, number in zip(tables, numbers, strict=True):
        _summary_sheet(book, sheet_title(f"Tổng hợp{number}", taken), table, title)
    for table, number in zip(tables, numbers, strict=True):
        _drill_sheet(book, sheet_title(f"Chi tiết{number}", taken), table, title)
    _problems_sheet(book, taken, result)
    for name in add_report_sheets(book, result.report):
        taken.add(name)
    return book
