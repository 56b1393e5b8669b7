"""Writing cells a person reads in Excel or LibreOffice: values, lines of text, bordered tables and
plain record lists, with their fonts, row heights and A4 page setup (reportsheets.py lays a report out).

Every value is written as a value, and every text as text, even one starting with '=' (a cell a
clerk typed must never run as a formula).
"""

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from copy import copy
from decimal import Decimal
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.vnformat import nfc

MAX_CELL_TEXT = 32767  # Excel's limit, in UTF-16 code units
CUT_MARK = "… (xem đủ trong báo cáo)"
MAX_TITLE = 31  # Excel's limit on a sheet name
FORBIDDEN_IN_TITLE = re.compile(r"[\[\]:*?/\\]+")
FORMULA_STARTS = ("=", "+", "-", "@")

LINE_HEIGHT = 15.0  # points per wrapped line at the default 11 pt font
MAX_ROW_HEIGHT = 409.0  # Excel's limit
LANDSCAPE_FROM = 90.0  # a table wider than this (Excel units) prints landscape

# Styles are built once: openpyxl hashes a style object each time one is assigned to a cell.
_FONTS = {(False, False): None, (True, False): Font(bold=True), (False, True): Font(italic=True),
          (True, True): Font(bold=True, italic=True)}
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_CENTRE_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# Per workbook: the style array of each look already set once, copied to the next cells of that look.
_LOOKS: "WeakKeyDictionary[Workbook, dict[tuple[Any, ...], Any]]" = WeakKeyDictionary()


class Formatted(NamedTuple):
    """A value for write_table's rows with a number format of its own (a row of money in a column of counts)."""

    value: Any
    number_format: str


# ---- cells ----

def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fit_text(text: str) -> str:
    """Text as a cell can hold it: NFC, no control characters Excel refuses, cut to MAX_CELL_TEXT."""
    text = ILLEGAL_CHARACTERS_RE.sub("", nfc(text))
    if len(text) <= MAX_CELL_TEXT // 2 or _utf16_length(text) <= MAX_CELL_TEXT:
        return text
    room = MAX_CELL_TEXT - len(CUT_MARK)
    text = text[:room]
    while _utf16_length(text) > room:
        text = text[:room - (_utf16_length(text) - len(text))]
    return text + CUT_MARK


def _style(cell: Cell, font: Font | None = None, alignment: Alignment | None = None,
           border: Border | None = None, number_format: str | None = None, quoted: bool = False) -> None:
    """Give a cell a look, reusing the style array of the first unstyled cell that had it."""
    if cell.has_style:  # a look the caller gave it stays, under ours
        _set_style(cell, font, alignment, border, number_format, quoted)
        return
    looks = _LOOKS.setdefault(cell.parent.parent, {})
    key = (id(font), id(alignment), id(border), number_format, quoted)
    if (array := looks.get(key)) is None:
        _set_style(cell, font, alignment, border, number_format, quoted)
        looks[key] = copy(cell._style)
    else:
        cell._style = copy(array)


def _set_style(cell: Cell, font: Font | None, alignment: Alignment | None, border: Border | None,
               number_format: str | None, quoted: bool) -> None:
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if border is not None:
        cell.border = border
    if number_format:
        cell.number_format = number_format
    if quoted:
        cell.quotePrefix = True  # Excel keeps the text as text when the cell is edited


def _store(cell: Cell, value: Any) -> bool:
    """Set a cell's value; True for text a spreadsheet would otherwise read as a formula."""
    if isinstance(value, str):
        text = _fit_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl makes text starting with '=' a formula
        return text.startswith(FORMULA_STARTS)
    cell.value = float(value) if isinstance(value, Decimal) else value
    return False


def put(ws: Worksheet, row: int, column: int, value: Any, *, number_format: str | None = None,
        bold: bool = False, wrap: bool = False) -> Cell:
    """Write one value: text always as text (never a formula), int and Decimal as numbers, None as empty."""
    cell = ws.cell(row=row, column=column)
    quoted = _store(cell, value)
    _style(cell, _FONTS[(bold, False)], _WRAP if wrap else None, None, number_format, quoted)
    return cell


def _row_height(ws: Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    """Room for wrapped text, since Excel does not grow a row written by openpyxl: (text, width) pairs."""
    lines = max((sum(max(1, math.ceil(len(part) / max(1.0, width - 1))) for part in text.split("\n"))
                 for text, width in texts if text), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A valid sheet name, unique (ignoring case) among `taken`, which it joins: ≤ 31 characters,
    none of []:*?/\\, not empty, ' (2)', ' (3)' … added to a name already taken."""
    name = " ".join(FORBIDDEN_IN_TITLE.sub(" ", _fit_text(wanted)).split()).strip("'") or "Trang"
    used = {t.casefold() for t in taken} | {"history"}  # Excel keeps "History" for itself
    candidate, count = name[:MAX_TITLE].rstrip(), 1
    while candidate.casefold() in used:
        count += 1
        suffix = f" ({count})"
        candidate = name[:MAX_TITLE - len(suffix)].rstrip() + suffix
    taken.add(candidate)
    return candidate


# ---- lines, tables and records ----

def write_lines(ws: Worksheet, lines: Sequence[str], first_row: int, *, width: float, span: int = 1,
                bold: bool = False, italic: bool = False, centred: bool = False) -> int:
    """Lines of text down the first column, one a row, wrapped (merged across `span` columns when
    more than one); returns the next free row.

    Args:
        width: the Excel width of the lines' columns together, to size each row for its wrapped text.
    """
    font, alignment = _FONTS[(bold, italic)], _CENTRE if centred else _WRAP
    row = first_row
    for line in lines:
        cell = ws.cell(row=row, column=1)
        _style(cell, font, alignment, None, None, _store(cell, line))
        if span > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        _row_height(ws, row, [(cell.value, width)])
        row += 1
    return row


def print_a4(ws: Worksheet, *, landscape: bool = False) -> None:
    """Print on A4, as wide as the page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _body_row(ws: Worksheet, row: int, values: list[Any], widths: list[float], bold: bool,
              number_formats: dict[int, str], centred: frozenset[int]) -> None:
    font = _FONTS[(bold, False)]
    for index, value in enumerate(values):
        fmt = number_formats.get(index)
        if isinstance(value, Formatted):
            value, fmt = value
        cell = ws.cell(row=row, column=index + 1)
        quoted = _store(cell, value)
        _style(cell, font, _CENTRE_TOP if index in centred else _WRAP, _BORDER, fmt, quoted)
    _row_height(ws, row, [(v, w) for v, w in zip(values, widths, strict=False) if isinstance(v, str)])


def write_table(ws: Worksheet, *, title_lines: list[str], headers: list[str], widths: list[float],
                rows: list[list[Any]], bold_rows: AbstractSet[int] = frozenset(),
                number_formats: dict[int, str] | None = None, first_row: int = 1,
                centred_columns: frozenset[int] = frozenset()) -> int:
    """A readable table: bold centred title lines, a bordered bold header (frozen, repeated on each
    printed page), bordered rows; returns the next free row.

    Args:
        widths: Excel width units, one per column.
        rows: values (or Formatted values); bold_rows and the keys of number_formats (a format per
            column) and centred_columns count from 0.
    """
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    row = write_lines(ws, [t for t in title_lines if t.strip()], first_row, width=sum(widths), span=len(headers),
                      bold=True, centred=True)
    for index, header in enumerate(headers):
        cell = ws.cell(row=row, column=index + 1)
        _style(cell, _FONTS[(True, False)], _CENTRE, _BORDER, None, _store(cell, header))
    _row_height(ws, row, list(zip(headers, widths, strict=False)))
    ws.freeze_panes = f"A{row + 1}"
    ws.print_title_rows = f"{row}:{row}"
    for offset, values in enumerate(rows):
        _body_row(ws, row + 1 + offset, values, widths, offset in bold_rows, number_formats or {}, centred_columns)
    print_a4(ws, landscape=sum(widths) > LANDSCAPE_FROM)
    return row + 1 + len(rows)


def write_records(ws: Worksheet, headers: list[str], widths: list[float], rows: list[list[Any]]) -> None:
    """A list a program reads, from the first row: a bold header, frozen and filtered, then one row
    a record with no styling, written the quick way; '' is an empty cell, text stays text."""
    for index, (header, width) in enumerate(zip(headers, widths, strict=True), 1):
        put(ws, 1, index, header, bold=True)
        ws.column_dimensions[get_column_letter(index)].width = width
    for row, values in enumerate(rows, 2):
        # append() is the quick way in; it takes text starting with '=' for a formula, so those are redone.
        ws.append([None if v == "" else _fit_text(v) if isinstance(v, str) else
                   float(v) if isinstance(v, Decimal) else v for v in values])
        for column, value in enumerate(values, 1):
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                put(ws, row, column, value)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
