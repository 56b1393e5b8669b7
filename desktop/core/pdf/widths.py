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

import hashlib
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

        # word widths and the space's width of each different cell; which of them each cell is.
        # Long tables repeat whole cells («Thường xuyên»), or cells measuring the same («Nhiệm vụ
        # số 12: …», «Nhiệm vụ số 13: …»): their lines are counted once.
        self.cells: list[tuple[tuple[float, ...], float]] = []
        self.kinds: list[int] = []
        seen: dict[CellText, int] = {}
        alike: dict[tuple[tuple[float, ...], float], int] = {}
        for cell in cells:
            if cell not in seen:
                text = MARK.sub(r"\1", cell.text)  # a note mark measured as its number, full size
                words = text.split() if cell.wraps else [text.strip()] if text.strip() else []
                measured = (tuple(measure(w, cell.face) for w in words), measure(" ", cell.face))
                seen[cell] = alike.setdefault(measured, len(alike))
                if seen[cell] == len(self.cells):
                    self.cells.append(measured)
            self.kinds.append(seen[cell])
        self.least = max((w for words, _ in self.cells for w in words), default=0.0) + 2 * padding + SLACK
        self.room = self.least - 2 * padding  # the text's width at n = 0
        self._lines: dict[int, list[int]] = {}
        self._sums: dict[int, int] = {}

    def lines(self, n: int, step: float) -> list[int]:
        """Lines per cell at n steps wider (one step size per fit: the cache is keyed by n)."""
        if n not in self._lines:
            room = self.room + n * step
            each = [_line_count(words, space, room) for words, space in self.cells]
            lines = [each[kind] for kind in self.kinds]
            narrower = self._lines.get(n - 1)
            # the same list when one step changes nothing: _best_widening then skips this width
            self._lines[n] = narrower if narrower == lines else lines
        return self._lines[n]

    def total(self, n: int, step: float) -> int:
        """All the column's lines at n steps wider."""
        if n not in self._sums:
            self._sums[n] = sum(self.lines(n, step))
        return self._sums[n]


def _line_count(words: tuple[float, ...], space: float, room: float) -> int:
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
        self.costs = _Costs(page_lines)

    def _count(self) -> None:
        self.counts = [c.lines(n, self.step) for c, n in zip(self.columns, self.steps, strict=True)]
        # per row: the most lines in a cell, how many cells have that many, and the most in the others
        summaries: dict[tuple[int, ...], tuple[int, int, int]] = {}  # rows alike are summed up once
        self.rows = [summaries[row] if row in summaries else summaries.setdefault(row, _summary(row))
                     for row in zip(*self.counts, strict=True)]
        # per column: the rows whose height it sets (only those can be shortened by widening it)
        self.setting = [[(r, *self.rows[r]) for r, n in enumerate(counts) if n == self.rows[r][0]]
                        for counts in self.counts]

    def set(self, steps: list[int]) -> None:
        self.steps = steps
        self._count()

    def cost(self, steps: list[int]) -> float:
        """The rows' cost (see the module) and LINE_WEIGHT a line, for these steps."""
        counts = [c.lines(n, self.step) for c, n in zip(self.columns, steps, strict=True)]
        lines = sum(c.total(n, self.step) for c, n in zip(self.columns, steps, strict=True))
        return sum(map(self.costs.__getitem__, map(max, zip(*counts, strict=True)))) + LINE_WEIGHT * lines

    def saving(self, column: int, k: int) -> float:
        """What widening `column` by k steps saves: the rows' cost (see the module), and
        LINE_WEIGHT for each line of a cell that does not set its row's height.

        Where several cells set a row's height, widening one of them saves nothing yet; each is
        credited its share of what widening them all would save, so that they are widened in turn.
        """
        n, this = self.steps[column], self.columns[column]
        lines, costs = this.lines(n + k, self.step), self.costs
        # A row whose lines do not change saves exactly 0.0: leaving it out gives the same sum.
        saved = sum((costs[most] - costs[max(lines[r], below)]) / ties
                    for r, most, ties, below in self.setting[column] if lines[r] != most)
        return saved + LINE_WEIGHT * (this.total(n, self.step) - this.total(n + k, self.step))



def _summary(row: tuple[int, ...]) -> tuple[int, int, int]:
    most = max(row)
    return most, row.count(most), max((n for n in row if n < most), default=0)


class _Costs(dict[int, float]):
    """A row's cost by its lines (see the module), each worked out once."""

    def __init__(self, page_lines: float) -> None:
        super().__init__()
        self.page_lines = page_lines

    def __missing__(self, lines: int) -> float:
        cost = self[lines] = lines + min(lines, self.page_lines) ** 2 / TALL
        return cost


def _digest(rows: list[list[CellText]]) -> bytes:
    """A hash of the cells' texts, faces and wrapping, to know a table met before."""
    digest = hashlib.blake2b(digest_size=16)
    for row in rows:
        digest.update("\x1e".join(f"{c.face}\x1f{c.wraps:d}\x1f{c.text}" for c in row).encode() + b"\x1d")
    return digest.digest()


# Widths fitted lately, by the table's digest and the fit's other arguments: a preview renders the
# whole report again after each edit, and most edits leave a table as it was (issue #14).
_fitted: dict[tuple[object, ...], list[float]] = {}
FITS_KEPT = 32


def forget_fitted() -> None:
    """Drop the widths kept (see FITS_KEPT)."""
    _fitted.clear()


def fit_widths(rows: list[list[CellText]], weights: list[float], width: float, height: float,
               spec: TableLayout) -> list[float]:
    """Column widths over `width` for these rows of cells (the header among them); the widths
    found before when the same table was fitted the same way.

    Args:
        weights: the template's relative widths; they share whatever no column needs.
        height: the page's text height.
    """
    key = (_digest(rows), tuple(weights), width, height, spec)
    if key not in _fitted:
        if len(_fitted) >= FITS_KEPT:
            _fitted.pop(next(iter(_fitted)), None)  # the oldest
        _fitted[key] = _fit(rows, weights, width, height, spec)
    return list(_fitted[key])


def _fit(rows: list[list[CellText]], weights: list[float], width: float, height: float,
         spec: TableLayout) -> list[float]:
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
        lines = table.columns[column].lines
        n = table.steps[column]
        for k in range(1, min(LOOKAHEAD, STEPS - sum(table.steps)) + 1):
            if k > 1 and lines(n + k, table.step) is lines(n + k - 1, table.step):
                continue  # saves what k - 1 steps save, which is more a step
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
