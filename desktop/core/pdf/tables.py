"""Appendix tables as reportlab Tables: a full grid, a bold header row repeated on every page,
STT labels, Vietnamese numbers, bold group rows with their totals, an optional total row, column
widths fitted to the content (widths.py) and the page-break rules of grid.py."""

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from desktop.core.cells import format_value
from desktop.core.pdf.blocks import paragraph
from desktop.core.pdf.grid import AppendixTable
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.notes import marked
from desktop.core.pdf.profile import TextStyle
from desktop.core.pdf.widths import CellText, fit_widths, least_widths
from desktop.core.tables import Column, Table, printed_values, target_column, total_value
from desktop.core.vnformat import nfc

NUMBERS = ("count", "number")
PERCENTS = ("percent", "ratio")
NUMERIC_COLUMNS = ("count", "number", "percent", "ratio", "amount", "denominator")
CENTRED_KEYS = ("unit", "deadline", "target")  # short values under a narrow title
SPLIT_LINES = 3  # a row taller than a page starts where it falls only if this many of its lines fit


def printed_columns(table: Table) -> list[Column]:
    """The columns printed: all but the previous periods (shown in the form only)."""
    return [c for c in table.columns if c.type != "previous"]


def cell_text(value: Any, kind: str | None) -> str:
    """A cell as printed: '33.099', '407,28', '99,77%', or the text as typed; nothing where the
    cell does not apply."""
    return "" if kind is None else nfc(format_value(value, kind))


def _centred(column: Column) -> bool:
    return column.key in CENTRED_KEYS or target_column(column.key) is not None


def printed_cells(table: Table, columns: list[Column]) -> list[list[tuple[str, str | None]]]:
    """Each row's cells as printed, with their types: STT labels, computed values, formatted."""
    return [[(value if kind == "stt" else cell_text(value, kind), kind) for value, kind in row]
            for row in printed_values(table, columns)]


def needs_landscape(cells: "PrintedCells", lay: Layout) -> bool:
    """More columns than a portrait page takes, or longer words than its width holds."""
    if len(cells.columns) > lay.profile.appendix.portrait_max_columns:
        return True
    return sum(least_widths(cells.texts(), lay.profile.table)) > lay.width


@dataclass(frozen=True)
class _Cell:
    text: str
    bold: bool
    wraps: bool  # a paragraph; else a plain string, never broken (STT labels, numbers)
    align: str = "left"  # a paragraph's; strings are aligned by the table style


class PrintedCells:
    """The printed cells of one table, header and total row included, as flowables for the grid
    and as texts with their faces for fitting the column widths (the same on portrait and
    landscape pages: made once for both)."""

    def __init__(self, table: Table, lay: Layout) -> None:
        self.table, self.lay = table, lay
        self.columns = printed_columns(table)
        text = lay.profile.table.text
        self.bold = TextStyle(text.size, text.leading, bold=True)
        faces = lay.styler.faces
        self.faces = {False: faces.of(text), True: faces.of(self.bold)}
        self.styles = {(b, a): lay.styler.style(self.bold if b else text, a)
                       for b in (False, True) for a in ("left", "centre")}
        self.rows = [[_Cell(c.title, True, True, "centre") for c in self.columns], *self._body()]
        self.bold_rows = [i + 1 for i, row in enumerate(table.rows) if row.group]
        self.keeps = [False, *(row.group for row in table.rows)]  # a group row goes with the next
        if table.total_row.strip():
            self.rows.append(self._total())
            self.bold_rows.append(len(self.rows) - 1)
            self.keeps.append(False)

    def _body(self) -> list[list[_Cell]]:
        printed = printed_cells(self.table, self.columns)
        return [[_Cell(text, row.group, kind not in ("stt", *NUMBERS, *PERCENTS) and bool(text),
                       "centre" if _centred(column) else "left")
                 for column, (text, kind) in zip(self.columns, cells, strict=True)]
                for row, cells in zip(self.table.rows, printed, strict=True)]

    def _total(self) -> list[_Cell]:
        """The total row: its label in the name column, sums of the total columns, ratios of sums."""
        keys = [c.key for c in self.columns]
        where = keys.index("name") if "name" in keys else (1 if len(keys) > 1 else 0)
        cells = []
        for i, column in enumerate(self.columns):
            if i == where:
                cells.append(_Cell(self.table.total_row, True, True))
            else:
                kind = "ratio" if column.type == "ratio" else cell_type_of_total(column)
                cells.append(_Cell(cell_text(total_value(self.table, column), kind), True, False))
        return cells

    def flowable(self, cell: _Cell) -> Any:
        """A paragraph (its note marks raised) in a list: splitting a row, reportlab splits the
        flowables of a list but drops a bare one. A plain string otherwise."""
        if not cell.wraps:
            return cell.text
        size, notes = self.lay.profile.table.text.size, self.lay.profile.footnotes
        return [paragraph(marked(cell.text, size, notes), self.styles[(cell.bold, cell.align)])]

    def data(self) -> list[list[Any]]:
        return [[self.flowable(cell) for cell in row] for row in self.rows]

    def texts(self) -> list[list[CellText]]:
        return [[CellText(c.text, self.faces[c.bold], c.wraps) for c in row] for row in self.rows]


def cell_type_of_total(column: Column) -> str:
    """The type a total column's sum prints as: counts stay whole, amounts print as numbers."""
    return column.type if column.type in NUMBERS + PERCENTS else "number"


def _style(cells: PrintedCells) -> TableStyle:
    spec, faces = cells.lay.profile.table, cells.lay.styler.faces
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), faces.regular),
        ("FONTSIZE", (0, 0), (-1, -1), spec.text.size),
        ("LEADING", (0, 0), (-1, -1), spec.text.leading),
        *((side, (0, 0), (-1, -1), spec.padding)
          for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
    ]
    for i, column in enumerate(cells.columns):
        if column.type == "stt":
            commands.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
        elif column.type in NUMERIC_COLUMNS:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    commands += [("FONTNAME", (0, r), (-1, r), faces.of(cells.bold)) for r in cells.bold_rows]
    return TableStyle(commands)


def table_flowables(cells: PrintedCells, lay: Layout) -> list[Flowable]:
    """A table's title line (if any) and its grid, as wide as the text block."""
    spec, table = lay.profile.table, cells.table
    widths = fit_widths(cells.texts(), [c.width for c in cells.columns], lay.width, lay.height, spec)
    story: list[Flowable] = [Spacer(0, spec.space_before)]
    if table.title.strip():
        title = lay.styler.para([table.title.strip()], spec.title, "left", spaceAfter=spec.padding * 2)
        story += [CondPageBreak(title.wrap(lay.width, 1e6)[1] + 6 * spec.text.leading), title]
    # The space after is the grid's own, not a Spacer's: a frame drops it at a page's foot, where a
    # Spacer would move on to a page of its own (a blank page before the next appendix).
    grid = AppendixTable(cells.data(), colWidths=widths, repeatRows=1, hAlign="CENTER", grid=spec.grid,
                         keeps=cells.keeps, notes=lay.notes, page_height=lay.height,
                         splitInRow=SPLIT_LINES * spec.text.leading + 2 * spec.padding, spaceAfter=spec.space_after)
    grid.setStyle(_style(cells))
    return [*story, grid]
