"""Appendix tables as reportlab Tables: a full grid, a bold header row repeated on every page,
STT labels, Vietnamese numbers, bold group rows with their totals, and an optional total row."""

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as GridTable

from desktop.core.cells import format_value
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.profile import TextStyle
from desktop.core.tables import Column, Row, Table, cell_type, row_labels, shown_value, target_column, total_value
from desktop.core.vnformat import nfc

NUMBERS = ("count", "number")
PERCENTS = ("percent", "ratio")
NUMERIC_COLUMNS = ("count", "number", "percent", "ratio", "amount", "denominator")
CENTRED_KEYS = ("unit", "deadline")


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
    labels = row_labels(table)
    rows = []
    for i, row in enumerate(table.rows):
        cells = []
        for column in columns:
            kind = cell_type(row, column)
            text = labels[i] if kind == "stt" else cell_text(shown_value(table, i, column), kind)
            cells.append((text, kind))
        rows.append(cells)
    return rows


def _least_widths(table: Table, columns: list[Column], lay: Layout) -> list[float]:
    """The width each column needs for its longest word (in bold, as the header and group rows)."""
    spec = lay.profile.table
    face = lay.styler.faces.of(TextStyle(spec.text.size, spec.text.leading, bold=True))
    texts = [[c.title for c in columns], *([t for t, _ in row] for row in printed_cells(table, columns)),
             [table.total_row if c.key == "name" else "" for c in columns]]
    least = []
    for i in range(len(columns)):
        words = {w for row in texts for w in row[i].split()}
        least.append(max((stringWidth(w, face, spec.text.size) for w in words), default=0.0) + 2 * spec.padding)
    return least


def column_widths(table: Table, lay: Layout) -> list[float]:
    """Widths in proportion to the columns' weights over the text width, but none narrower than
    its longest word: such columns get that width and the others share what is left."""
    columns = printed_columns(table)
    least = _least_widths(table, columns, lay)
    if sum(least) >= lay.width:
        return [lay.width * w / sum(least) for w in least]
    fixed: dict[int, float] = {}
    while True:
        free = lay.width - sum(fixed.values())
        weight = sum(c.width for i, c in enumerate(columns) if i not in fixed)
        widths = [fixed.get(i, free * c.width / weight) for i, c in enumerate(columns)]
        short = [i for i in range(len(columns)) if i not in fixed and widths[i] < least[i]]
        if not short:
            return widths
        fixed.update((i, least[i]) for i in short)


def needs_landscape(table: Table, lay: Layout) -> bool:
    """More columns than a portrait page takes, or longer words than its width holds."""
    columns = printed_columns(table)
    if len(columns) > lay.profile.appendix.portrait_max_columns:
        return True
    return sum(_least_widths(table, columns, lay)) > lay.width


class _Cells:
    """Builds the cells of one table: paragraphs for text (it wraps), strings for numbers."""

    def __init__(self, table: Table, lay: Layout) -> None:
        self.table, self.lay = table, lay
        self.columns = printed_columns(table)
        text = lay.profile.table.text
        self.bold = TextStyle(text.size, text.leading, bold=True)
        styler = lay.styler
        self.styles = {(b, a): styler.style(self.bold if b else text, a)
                       for b in (False, True) for a in ("left", "centre")}

    def para(self, text: str, bold: bool, align: str = "left") -> Paragraph:
        return Paragraph(escape(nfc(text)), self.styles[(bold, align)])

    def header(self) -> list[Any]:
        return [self.para(c.title, True, "centre") for c in self.columns]

    def cell(self, row: Row, column: Column, text: str, kind: str | None) -> Any:
        if kind in ("stt", *NUMBERS, *PERCENTS) or not text:
            return text
        return self.para(text, row.group, "centre" if _centred(column) else "left")

    def rows(self) -> list[list[Any]]:
        printed = printed_cells(self.table, self.columns)
        return [[self.cell(row, column, *cell) for column, cell in zip(self.columns, cells, strict=True)]
                for row, cells in zip(self.table.rows, printed, strict=True)]

    def total(self) -> list[Any]:
        """The total row: its label in the name column, sums of the total columns, ratios of sums."""
        keys = [c.key for c in self.columns]
        where = keys.index("name") if "name" in keys else (1 if len(keys) > 1 else 0)
        cells: list[Any] = []
        for i, column in enumerate(self.columns):
            if i == where:
                cells.append(self.para(self.table.total_row, True))
            else:
                kind = "ratio" if column.type == "ratio" else cell_type_of_total(column)
                cells.append(cell_text(total_value(self.table, column), kind))
        return cells


def cell_type_of_total(column: Column) -> str:
    """The type a total column's sum prints as: counts stay whole, amounts print as numbers."""
    return column.type if column.type in NUMBERS + PERCENTS else "number"


def _style(cells: _Cells, bold_rows: list[int]) -> TableStyle:
    spec, faces = cells.lay.profile.table, cells.lay.styler.faces
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), spec.grid, colors.black),
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
    commands += [("FONTNAME", (0, r), (-1, r), faces.of(cells.bold)) for r in bold_rows]
    return TableStyle(commands)


def table_flowables(table: Table, lay: Layout) -> list[Flowable]:
    """A table's title line (if any) and its grid, as wide as the text block."""
    spec = lay.profile.table
    cells = _Cells(table, lay)
    data = [cells.header(), *cells.rows()]
    bold_rows = [i + 1 for i, row in enumerate(table.rows) if row.group]
    if table.total_row.strip():
        data.append(cells.total())
        bold_rows.append(len(data) - 1)
    grid = GridTable(data, colWidths=column_widths(table, lay), repeatRows=1, hAlign="CENTER")
    grid.setStyle(_style(cells, bold_rows))
    story: list[Flowable] = [Spacer(0, spec.space_before)]
    if table.title.strip():
        title = lay.styler.para([table.title.strip()], spec.title, "left", spaceAfter=spec.padding * 2)
        story += [CondPageBreak(title.wrap(lay.width, 1e6)[1] + 6 * spec.text.leading), title]
    return [*story, grid, Spacer(0, spec.space_after)]
