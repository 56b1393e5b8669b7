"""The flowable of an appendix table (ND30.md §7, issue #4): where it breaks across pages, and where
the notes of the footnote marks in its cells go.

- A row stays whole on its page. Only a row that fits on no page, even at the top under the
  repeated header, is split inside, starting where it falls (if `splitInRow` points are left there).
- A group row (I, II, 1.1) is never the last row of a page: it goes with the row after it.
- Marks in cells reserve room for their notes as a NotedParagraph's do (see notes.py).

WORKAROUND (reportlab 5.1; private Table members): by itself reportlab never splits a row
(`splitByRow=1, splitInRow=0`) and stops the render with a LayoutError on a row taller than the
frame; with `splitInRow` on, it splits any row that starts a table part, even one that would fit
on the next page. So `split` chooses the break and lets reportlab's `_splitRows` cut there.
reportlab builds the parts through `self.__class__` without this class's arguments, so `split`
hands them on; and where it cuts a row it leaves out the grid lines at the cut and under the
repeated header, so those parts get their full grid again.
"""

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.core.pdf.notes import PageNotes, paragraph_marks


def _cell_marks(value: Any) -> list[int]:
    flowables = value if isinstance(value, (list, tuple)) else [value]
    return [n for f in flowables if isinstance(f, Paragraph) for n in paragraph_marks(f)]


class AppendixTable(Table):  # type: ignore[misc]
    """A reportlab Table with the page-break rules and the footnotes described above.

    Args:
        grid: the width of the lines of the full grid around and between all cells.
        keeps: per row, whether it stays on the page of the row after it (group rows).
        notes: the report's notes, for marks in cells.
        page_height: the frame's full height, to tell a row that fits on no page.
    """

    def __init__(self, data: Sequence[Sequence[Any]], *args: Any, grid: float = 0.0, keeps: Sequence[bool] = (),
                 notes: PageNotes | None = None, page_height: float = 0.0, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.grid, self.keeps = grid, list(keeps) or [False] * len(self._cellvalues)
        self.notes, self.page_height = notes, page_height
        self._draw_grid()
        # Per row, the note numbers marked in its cells: read from the cells when first needed,
        # or handed on by the table this part was split from (see _hand_on).
        self._marks_by_row: list[list[int]] | None = None
        self._marks: list[int] | None = None

    def _draw_grid(self) -> None:
        if self.grid:
            self.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), self.grid, colors.black)]))

    @property
    def _row_marks(self) -> list[list[int]]:
        if self._marks_by_row is None:
            self._marks_by_row = [[n for value in row for n in _cell_marks(value)] for row in self._cellvalues]
        return self._marks_by_row

    def marks(self) -> list[int]:
        """The note numbers marked in this table (or in this part of a split one)."""
        if self._marks is None:
            self._marks = [n for row in self._row_marks for n in row]
        return self._marks

    def _notes_room(self, marks: list[int], width: float) -> float:
        return self.notes.extra(marks, width) if self.notes else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if self.notes is None:
            return width, height
        if getattr(self, "_frame", None) is None:  # measured outside a frame: notes included
            return width, height + self.notes.block(self.notes.new(self.marks()), avail_width)
        need = self.notes.extra(self.marks(), avail_width)
        return width, height + need if height + need > avail_height else height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        parts: list[Flowable] = self._break(avail_width, avail_height)
        if len(parts) == 2:
            self._hand_on(*parts)
        return parts

    def _break(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The parts: what fits here with its notes, cut after the last row that may end a page,
        or inside the next row if that row fits on no page."""
        heights, head = self._rowHeights, self.repeatRows
        used, marks = sum(heights[:head]), [n for row in self._row_marks[:head] for n in row]
        last = head  # the last break found: rows before it stay here
        for row in range(head, len(heights)):
            marks = marks + self._row_marks[row]
            room = avail_height - self._notes_room(marks, avail_width)
            if used + heights[row] > room:
                if room - used >= self.splitInRow and self._fits_no_page(row, avail_width):
                    parts = self._split_inside(row, room)
                    if parts:
                        return parts
                return self._cut(last)
            used += heights[row]
            if not self.keeps[row]:
                last = row + 1
        return [self]

    def _cut(self, row: int) -> list[Flowable]:
        """The parts before and from `row` (nothing when no body row stays on this page)."""
        if row <= self.repeatRows:
            return []
        heights = self._rowHeights
        parts: list[Flowable] = self._splitRows(sum(heights[:row]) + heights[row] / 2)
        return parts

    def _split_inside(self, row: int, room: float) -> list[Flowable]:
        """The parts with `row` cut where `room` ends; its cells all start at its top, on this page."""
        for style in self._cellStyles[row]:
            style.valign = "TOP"
        parts: list[Flowable] = self._splitRows(room, doInRowSplit=1)
        for part in parts:
            part.grid = self.grid
            part._draw_grid()
        return parts

    def _fits_no_page(self, row: int, width: float) -> bool:
        """Whether the row, under the header and the group rows it keeps with, with its notes,
        is taller than a whole page."""
        heights, head = self._rowHeights, self.repeatRows
        start = row
        while start > head and self.keeps[start - 1]:
            start -= 1
        marks = [n for r in [*range(head), *range(start, row + 1)] for n in self._row_marks[r]]
        notes = self.notes.block(self.notes.new(marks), width) if self.notes else 0.0
        return sum(heights[:head]) + sum(heights[start:row + 1]) + notes > self.page_height

    def _hand_on(self, first: "AppendixTable", rest: "AppendixTable") -> None:
        """Give the parts this table's arguments; the second part's body rows are this table's last.
        Cut between rows, the parts hold this table's cells, and their marks are this table's."""
        for part in (first, rest):
            part.grid, part.notes, part.page_height = self.grid, self.notes, self.page_height
        head, tail = self.repeatRows, len(rest._cellvalues) - self.repeatRows
        first.keeps = self.keeps[:len(first._cellvalues)]
        rest.keeps = self.keeps[:head] + self.keeps[len(self.keeps) - tail:]
        if len(first._cellvalues) + tail == len(self._cellvalues):  # not a row cut inside
            marks = self._row_marks
            first._marks_by_row = marks[:len(first._cellvalues)]
            rest._marks_by_row = marks[:head] + marks[len(marks) - tail:]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        frame = getattr(self, "_frame", None)
        if frame is not None and self.notes is not None:
            self.notes.place(self.marks(), frame)
        super().drawOn(canvas, x, y, _sW)
