"""Column widths that fit a table's content (issue #4): every column at least as wide as its longest
word (a number, never broken, counts as one word); the width left over is given, a step at a time,
to the column whose widening shortens the table most, then steps are traded between columns while
that shortens it more; what no column needs is shared by the template's weights. Lines are counted
by the same greedy rule as reportlab's paragraphs, so no table is wrapped while widths are sought.

A row costs its height in lines plus its square over TALL: besides its own height, a tall row
leaves white space at a page's foot when it does not fit there (on average h²/2 over a page of
lines), and one column squeezed into many lines (a long remark in a narrow «Năm 2025») reads
badly. Without the square, 002's Phụ lục 2 saves a single line of 98 by an 11-line row. The square
stops growing at a page of lines: a row taller than that is split where it falls and leaves no gap.
"""

from dataclasses import dataclass
from itertools import permutations

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core.pdf.notes import MARK
from desktop.core.pdf.profile import TableLayout

STEPS = 40  # the free width is handed out in this many steps
LOOKAHEAD = 8  # a column may take up to this many steps at once: a line is often saved only after several
SLACK = 0.5  # pt added to the longest word, against rounding in reportlab's line filling
LINE_WEIGHT = 0.1  # a line saved in a cell that does not set its row's height still counts a little
TALL = 10.0  # lines: a row of this many costs twice its height


@dataclass(frozen=True)
class CellText:
    """A cell as printed: its text, its font face, and whether it wraps between words."""

    text: str
    face: str
    wraps: bool = True


class _Column:
    """One column's cells measured once, and their lines when the column is `n` steps wider than
    its longest word (cached)."""

    def __init__(self, cells: list[CellText], size: float, padding: float) -> None:
        widths: dict[tuple[str, str], float] = {}  # long tables repeat their words

        def measure(word: str, face: str) -> float:
            if (word, face) not in widths:
                widths[word, face] = stringWidth(word, face, size)
            return widths[word, face]

        self.cells: list[tuple[list[float], float]] = []  # word widths and the space's width
        for cell in cells:
            text = MARK.sub(r"\1", cell.text)  # a note mark measured as its number, full size
            words = text.split() if cell.wraps else [text.strip()] if text.strip() else []
            self.cells.append(([measure(w, cell.face) for w in words], measure(" ", cell.face)))
        self.least = max((w for words, _ in self.cells for w in words), default=0.0) + 2 * padding + SLACK
        self.room = self.least - 2 * padding  # the text's width at n = 0
        self._lines: dict[int, list[int]] = {}

    def lines(self, n: int, step: float) -> list[int]:
        """Lines per cell at n steps wider (one step size per fit: the cache is keyed by n)."""
        if n not in self._lines:
            room = self.room + n * step
            self._lines[n] = [_line_count(words, space, room) for words, space in self.cells]
        return self._lines[n]


def _line_count(words: list[float], space: float, room: float) -> int:
    """Lines a paragraph of these words takes, filled greedily as reportlab does."""
    lines, used = 1, -space
    for word in words:
        if used + space + word > room and used > -space:
            lines, used = lines + 1, word
        else:
            used += space + word
    return lines


class _Table:
    """The lines of every cell for the columns' current widths (in steps over their least), and
    what widening one column would save."""

    def __init__(self, columns: list[_Column], step: float, page_lines: float) -> None:
        self.columns, self.step, self.page_lines = columns, step, page_lines
        self.steps = [0] * len(columns)
        self._count()

    def _count(self) -> None:
        self.counts = [c.lines(n, self.step) for c, n in zip(self.columns, self.steps, strict=True)]
        # per row: the most lines in a cell, how many cells have that many, and the most in the others
        self.rows = []
        for row in zip(*self.counts, strict=True):
            most = max(row)
            self.rows.append((most, row.count(most), max((n for n in row if n < most), default=0)))

    def set(self, steps: list[int]) -> None:
        self.steps = steps
        self._count()

    def cost(self, steps: list[int]) -> float:
        """The rows' cost (see the module) and LINE_WEIGHT a line, for these steps."""
        counts = [c.lines(n, self.step) for c, n in zip(self.columns, steps, strict=True)]
        return sum(self._cost(max(row)) for row in zip(*counts, strict=True)) + LINE_WEIGHT * sum(map(sum, counts))

    def saving(self, column: int, k: int) -> float:
        """What widening `column` by k steps saves: the rows' cost (see the module), and
        LINE_WEIGHT for each line of a cell that does not set its row's height.

        Where several cells set a row's height, widening one of them saves nothing yet; each is
        credited its share of what widening them all would save, so that they are widened in turn.
        """
        now = self.counts[column]
        lines = self.columns[column].lines(self.steps[column] + k, self.step)
        saved = sum((self._cost(most) - self._cost(max(new, below))) / ties
                    for (most, ties, below), old, new in zip(self.rows, now, lines, strict=True) if old == most)
        return saved + LINE_WEIGHT * (sum(now) - sum(lines))

    def _cost(self, lines: int) -> float:
        return lines + min(lines, self.page_lines) ** 2 / TALL


def fit_widths(rows: list[list[CellText]], weights: list[float], width: float, height: float,
               spec: TableLayout) -> list[float]:
    """Column widths over `width` for these rows of cells (the header among them).

    Args:
        weights: the template's relative widths; they share whatever no column needs.
        height: the page's text height.
    """
    columns = [_Column(list(cells), spec.text.size, spec.padding) for cells in zip(*rows, strict=True)]
    least = [c.least for c in columns]
    if sum(least) >= width:  # the words cannot all fit: they are broken inside the narrowest cells
        return [width * w / sum(least) for w in least]
    step = (width - sum(least)) / STEPS
    table = _Table(columns, step, height / spec.text.leading)
    while sum(table.steps) < STEPS and (widening := _best_widening(table)) is not None:
        table.set(widening)
    for _ in range(STEPS):  # the first steps were given before the last were: trade some back
        exchange = _best_exchange(table)
        if exchange is None:
            break
        table.set(exchange)
    free = (STEPS - sum(table.steps)) * step
    return [w + n * step + free * weight / sum(weights)
            for w, n, weight in zip(least, table.steps, weights, strict=True)]


def _best_widening(table: _Table) -> list[int] | None:
    """The steps after widening the column, by up to LOOKAHEAD steps, that saves most per step;
    None if no widening saves anything."""
    best: tuple[float, int, int] | None = None
    for column in range(len(table.columns)):
        for k in range(1, min(LOOKAHEAD, STEPS - sum(table.steps)) + 1):
            saved = table.saving(column, k) / k
            if saved > 1e-9 and (best is None or saved > best[0]):
                best = saved, column, k
    if best is None:
        return None
    steps = table.steps[:]
    steps[best[1]] += best[2]
    return steps


def _best_exchange(table: _Table) -> list[int] | None:
    """The steps after moving one to three steps from a column to another that lowers the cost
    most; None if no move lowers it."""
    best, found = table.cost(table.steps), None
    for wider, narrower in permutations(range(len(table.columns)), 2):
        for k in range(1, min(3, table.steps[narrower]) + 1):
            steps = table.steps[:]
            steps[wider] += k
            steps[narrower] -= k
            cost = table.cost(steps)
            if cost < best - 1e-9:
                best, found = cost, steps
    return found


def least_widths(rows: list[list[CellText]], spec: TableLayout) -> list[float]:
    """Each column's longest word with the cell's padding: the narrowest it may be."""
    return [_Column(list(cells), spec.text.size, spec.padding).least for cells in zip(*rows, strict=True)]
