"""A report as sheets a person reads in Excel or LibreOffice: the document («Báo cáo»), one sheet per
appendix table laid out as printed, and «Dữ liệu», one row per filled cell (long format).

The sheets are for people: the city's import reads the JSON part of the file, never these cells.
So every value is written as a value (ratios and totals computed here, no formulas); sheets.py
writes the cells.
"""

from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.document import Appendix, Report
from desktop.core.errors import BaocaoError
from desktop.core.exchange.sheets import (
    MAX_TITLE,
    Formatted,
    print_a4,
    sheet_title,
    write_lines,
    write_records,
    write_table,
)
from desktop.core.outline import numbered
from desktop.core.pdf.profile import Profile, load_profile
from desktop.core.periods import label as period_label
from desktop.core.periods import parse_period
from desktop.core.tables import Column, Table, cell_type, printed_values, row_labels, total_value
from desktop.core.validate import FOOTNOTE_MARK
from desktop.core.vnformat import date_line, nfc, number_line

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.00%"
WHOLE_PERCENT_FORMAT = "0%"
MAX_PLACES = 10
UNIT_WIDTH = 11.0  # Excel width units per unit of a template column's relative width
# The «Báo cáo» sheet's one column: within A4 portrait even where fit-to-width is ignored (LibreOffice).
REPORT_WIDTH = 72.0
DATA_HEADERS = ["table_id", "row_index", "row_key", "stt", "column_key", "column_title", "value", "kind"]
DATA_WIDTHS = [22.0, 10.0, 26.0, 6.0, 14.0, 30.0, 40.0, 10.0]

LABELS = {
    "vi": {"period": "Kỳ báo cáo", "notes": "Chú thích", "table": "Bảng", "unit_code": "Mã đơn vị",
           "unit_name": "Tên đơn vị", "template": "Mẫu báo cáo", "number": "Số", "symbol": "Ký hiệu",
           "date": "Ngày ban hành", "title": "Trích yếu"},
    "en": {"period": "Reporting period", "notes": "Notes", "table": "Table", "unit_code": "Unit code",
           "unit_name": "Unit name", "template": "Template", "number": "Number", "symbol": "Symbol",
           "date": "Date", "title": "Title"},
}
REPORT_SHEET = "Báo cáo"
DATA_SHEET = "Dữ liệu"

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# ---- the appendix tables, as printed ----

def _printed_columns(table: Table) -> list[Column]:
    """The columns printed: all but the previous periods (the PDF leaves them out too)."""
    return [c for c in table.columns if c.type != "previous"]


def _readable(text: str) -> str:
    """A text with its footnote marks '[^3]' as superscript numbers, as printed."""
    return FOOTNOTE_MARK.sub(lambda found: found.group(1).translate(_SUPERSCRIPTS), text)


def _decimal_format(value: Decimal) -> str:
    """'#,##0.00' for 407.28: a number shows the decimals it was stored with."""
    exponent = value.as_tuple().exponent
    places = min(MAX_PLACES, -exponent) if isinstance(exponent, int) and exponent < 0 else 0
    return COUNT_FORMAT + ("." + "0" * places if places else "")


def _shown(value: Any, kind: str | None) -> Any:
    """A cell's value as written: counts whole, amounts with their decimals, a percentage
    (Decimal('99.77') for 99,77%) as the fraction 0.9977; text (footnote marks raised) as text."""
    if kind is None or value is None or value == "":
        return None
    if isinstance(value, str):
        return _readable(value)
    if not isinstance(value, int | Decimal) or isinstance(value, bool):
        return str(value)
    number = Decimal(value)
    if kind in ("percent", "ratio"):
        whole = number == number.to_integral_value()
        return Formatted(float(number.scaleb(-2)), WHOLE_PERCENT_FORMAT if whole else PERCENT_FORMAT)
    if isinstance(value, int):
        return Formatted(value, COUNT_FORMAT)
    return Formatted(value, _decimal_format(value))


def _table_values(table: Table, columns: list[Column]) -> list[list[Any]]:
    """Each row's cells as written: STT labels, computed ratios and group totals (tables.printed_values)."""
    return [[value if kind == "stt" else _shown(value, kind) for value, kind in row]
            for row in printed_values(table, columns)]


def _total_kind(column: Column) -> str:
    """The type a total prints as: counts stay whole, amounts print as numbers (pdf/tables.py)."""
    if column.type == "ratio":
        return "ratio"
    return column.type if column.type in ("count", "number", "percent") else "number"


def _total_values(table: Table, columns: list[Column]) -> list[Any]:
    """The total row: its label in the name column, sums of the total columns, ratios of the sums."""
    keys = [c.key for c in columns]
    where = keys.index("name") if "name" in keys else (1 if len(keys) > 1 else 0)
    return [table.total_row.strip() if i == where else _shown(total_value(table, column), _total_kind(column))
            for i, column in enumerate(columns)]


def _centred(column: Column) -> bool:
    return column.type == "stt" or column.key in ("unit", "deadline", "target") or column.key.startswith("target:")


def _table_sheet(ws: Worksheet, appendix: Appendix, table: Table) -> None:
    """An appendix table laid out as printed: label, title, text, the table's title, then the grid."""
    columns = _printed_columns(table)
    widths = [max(5.0, column.width * UNIT_WIDTH) for column in columns]
    heading = [line for line in (appendix.label.strip(), nfc(appendix.title.strip()).upper()) if line]
    row = write_lines(ws, heading, 1, width=sum(widths), span=len(columns), bold=True, centred=True)
    text = [_readable(p) for p in appendix.text.splitlines() if p.strip()]
    row = write_lines(ws, text, row, width=sum(widths), span=len(columns))
    rows = _table_values(table, columns)
    bold = {i for i, r in enumerate(table.rows) if r.group}
    if table.total_row.strip():
        rows.append(_total_values(table, columns))
        bold.add(len(rows) - 1)
    write_table(ws, title_lines=[table.title], headers=[c.title for c in columns], widths=widths, rows=rows,
                bold_rows=bold, first_row=row,
                centred_columns=frozenset(i for i, c in enumerate(columns) if _centred(c)))


def _shortened(text: str, limit: int) -> str:
    """The first words of a text, at most `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:-")


def _table_names(report: Report, words: dict[str, str]) -> Iterator[tuple[Appendix, Table, str]]:
    """Each appendix table with the sheet name it asks for: 'Phụ lục 1', or 'Phụ lục 2 - Kinh phí'."""
    for appendix in report.appendices:
        label = " ".join(appendix.label.split()) or "Phụ lục"
        for number, table in enumerate(appendix.tables, 1):
            if len(appendix.tables) == 1:
                yield appendix, table, label
                continue
            room = max(8, MAX_TITLE - len(label) - 3)
            name = _shortened(_readable(table.title), room) or f"{words['table']} {number}"
            yield appendix, table, f"{label} - {name}"


# ---- the document ----

@cache
def _profile(name: str) -> Profile:
    try:
        return load_profile(name)
    except (OSError, ValueError):
        return load_profile("nd30")


class _Line(NamedTuple):
    text: str
    bold: bool = False
    italic: bool = False
    centred: bool = False


_BLANK = _Line("")


def _paragraphs(text: str, bold: bool = False, italic: bool = False) -> list[_Line]:
    return [_Line(_readable(p.strip()), bold, italic) for p in text.splitlines() if p.strip()]


def _header_lines(report: Report, profile: Profile, words: dict[str, str], lang: str) -> list[_Line]:
    """Issuing body, national header, Số, place and date, type name and title, Kính gửi, period."""
    lines = [_Line(report.issuer_parent.strip(), centred=True)] if report.issuer_parent.strip() else []
    lines += [_Line(line, bold=True, centred=True) for line in report.issuer if line.strip()]
    lines += [_Line(line.text, bold=True, centred=True) for line in profile.header.national]
    lines += [_Line(number_line(report.number, report.symbol, report.profile), centred=True),
              _Line(date_line(report.place, report.date, report.year), italic=True, centred=True), _BLANK]
    title = [report.type_name, *report.title.splitlines()]
    lines += [*(_Line(line.strip(), bold=True, centred=True) for line in title if line.strip()), _BLANK]
    lines += _kinh_gui(report, profile)
    period = f"{words['period']}: {_period(report.period, lang)}"
    return [*lines, _Line(period, italic=True, centred=True), _BLANK]


def _kinh_gui(report: Report, profile: Profile) -> list[_Line]:
    """'Kính gửi: X', or 'Kính gửi:' over '- X' lines."""
    names = [name.strip() for name in report.kinh_gui if name.strip()]
    label = profile.kinh_gui.label
    if len(names) < 2:
        return [_Line(f"{label} {name}", centred=True) for name in names]
    return [_Line(line, centred=True) for line in (label, *(f"- {n}" for n in names))]


def _period(text: str, lang: str) -> str:
    try:
        return period_label(parse_period(text), lang)
    except BaocaoError:
        return text


def _body_lines(report: Report, profile: Profile) -> list[_Line]:
    """Legal bases, opening, every numbered section with its text, closing."""
    basis = profile.body.legal_basis
    lines = [line for text in report.legal_bases for line in _paragraphs(text, basis.bold, basis.italic)]
    lines += _paragraphs(report.opening)
    for level, label, section in numbered(report.sections):
        if label:
            look = profile.body.heading(level)
            lines.append(_Line(_readable(f"{label} {section.heading.strip()}"), look.bold, look.italic))
        lines += _paragraphs(section.text)
    return [*lines, *_paragraphs(report.closing), _BLANK]


def _closing_lines(report: Report, profile: Profile, words: dict[str, str]) -> list[_Line]:
    """Nơi nhận, the signer's title lines and name, the footnotes."""
    spec = profile.signature
    lines = [_Line(spec.recipients_label, True, spec.recipients_label_style.italic)]
    lines += [_Line(f"- {r.strip()}") for r in report.recipients if r.strip()]
    lines += [_BLANK, *(_Line(t, bold=True, centred=True) for t in report.signer.title_lines())]
    if report.signer.name.strip():
        lines += [_BLANK, _Line(report.signer.name.strip(), bold=True, centred=True)]
    notes = [_Line(f"{str(n).translate(_SUPERSCRIPTS)} {_readable(t.strip())}")
             for n, t in enumerate(report.footnotes, 1)]
    return [*lines, _BLANK, _Line(words["notes"], bold=True), *notes] if notes else lines


def _report_sheet(ws: Worksheet, report: Report, words: dict[str, str], lang: str) -> None:
    """The document, one paragraph a row in one wide wrapped column."""
    profile = _profile(report.profile)
    ws.column_dimensions["A"].width = REPORT_WIDTH
    lines = [*_header_lines(report, profile, words, lang), *_body_lines(report, profile),
             *_closing_lines(report, profile, words)]
    for row, line in enumerate(lines, 1):
        if line.text:
            write_lines(ws, [line.text], row, width=REPORT_WIDTH, bold=line.bold, italic=line.italic,
                        centred=line.centred)
    print_a4(ws)


# ---- the data, one row a cell ----

def _field_rows(report: Report, words: dict[str, str]) -> list[list[Any]]:
    unit = report.unit
    fields = [("unit_code", unit.code if unit else None, "count"), ("unit_name", unit.name if unit else "", "text"),
              ("template", report.template_id, "text"), ("period", report.period, "text"),
              ("number", report.number, "text"), ("symbol", report.symbol, "text"),
              ("date", report.date.isoformat() if report.date else "", "date"), ("title", report.title, "text")]
    return [["", "", "", "", key, words[key], value, kind] for key, value, kind in fields]


def _data_rows(table: Table) -> list[list[Any]]:
    """One row per filled cell of a table (computed values left out): the DATA_HEADERS fields."""
    labels = row_labels(table)
    found = []
    for index, row in enumerate(table.rows):
        for column in table.columns:
            value = row.cells.get(column.key)
            if value is not None and value != "":
                kind = cell_type(row, column) or ""
                found.append([table.id, index, row.key, labels[index], column.key, column.title, value, kind])
    return found


def _data_sheet(ws: Worksheet, report: Report, words: dict[str, str]) -> None:
    """The long format a program reads: the header fields, then every filled table cell."""
    rows = [*_field_rows(report, words), *(r for t in report.tables() for r in _data_rows(t))]
    write_records(ws, DATA_HEADERS, DATA_WIDTHS, rows)


def add_report_sheets(wb: Workbook, report: Report, *, lang: str = "vi") -> list[str]:
    """Add the readable sheets of a report: «Báo cáo», one per appendix table, «Dữ liệu»; returns
    their names in order. `lang` chooses the fixed labels; the document stays as printed."""
    words = LABELS.get(lang, LABELS["vi"])
    taken = set(wb.sheetnames)
    names = [sheet_title(REPORT_SHEET, taken)]
    _report_sheet(wb.create_sheet(names[0]), report, words, lang)
    for appendix, table, wanted in _table_names(report, words):
        names.append(sheet_title(wanted, taken))
        _table_sheet(wb.create_sheet(names[-1]), appendix, table)
    names.append(sheet_title(DATA_SHEET, taken))
    _data_sheet(wb.create_sheet(names[-1]), report, words)
    return names
