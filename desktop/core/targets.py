"""Targets as plans write them («> 60%», «Phấn đấu ít nhất 3%», «≤ 5%», «80-90%») and whether a value
meets them: đạt, chưa đạt, chưa có số liệu, or not comparable (a target in words, or several figures).

The direction comes from the target's own words: templates mark no indicator as «lower is better», so
«< 5%», «≤ 5%», «dưới 5%», «không quá 5%», «tối đa 5%» compare downwards and everything else upwards.
A plain figure («100%», «Đạt 3%») is a level to reach (≥); a range («80-90%») is met at its lower end.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.errors import BaocaoError
from desktop.core.vnformat import nfc, parse_number

MET, NOT_MET, NO_DATA, NOT_COMPARABLE = "met", "not_met", "no_data", "not_comparable"
VERDICTS = (MET, NOT_MET, NO_DATA, NOT_COMPARABLE)
AT_LEAST, ABOVE, AT_MOST, BELOW = "≥", ">", "≤", "<"
# Cells that state no target: the plans print «-» for a year with none.
_NO_TARGET = {"", "-", "–", "—", "x", "không"}
# Words before a figure, most specific first («không dưới» before «dưới»).
_WORDS = (
    (AT_LEAST, ("≥", ">=", "ít nhất", "tối thiểu", "không dưới", "không thấp hơn")),
    (AT_MOST, ("≤", "<=", "không quá", "tối đa", "không vượt", "không cao hơn")),
    (ABOVE, (">", "trên", "hơn")),
    (BELOW, ("<", "dưới")),
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_RANGE = re.compile(r"^\D*?(\d+(?:[.,]\d+)?)\s*%?\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")


@dataclass(frozen=True)
class Target:
    """One year's target: the text as written and, when it states one figure, how to compare with it."""

    year: int
    text: str
    op: str | None = None  # AT_LEAST, ABOVE, AT_MOST, BELOW; None: no single figure to compare with
    threshold: Decimal | None = None

    @property
    def comparable(self) -> bool:
        return self.op is not None and self.threshold is not None

    def met_by(self, value: Decimal) -> bool:
        assert self.threshold is not None
        return {AT_LEAST: value >= self.threshold, ABOVE: value > self.threshold,
                AT_MOST: value <= self.threshold, BELOW: value < self.threshold}[self.op or AT_LEAST]


def states_target(text: object) -> bool:
    """Whether a cell holds a target at all («-» and blanks do not)."""
    return isinstance(text, str | int | Decimal) and nfc(str(text)).strip().casefold() not in _NO_TARGET


def _figure(token: str) -> Decimal | None:
    try:
        return Decimal(parse_number(token))
    except BaocaoError:
        return None


def _operator(words: str) -> str:
    for op, spellings in _WORDS:
        if any(s in words for s in spellings):
            return op
    return AT_LEAST


def parse_target(year: int, text: object) -> Target:
    """A target cell read: «> 60%» → (>, 60); «Phân bổ ngân sách …» → not comparable."""
    written = nfc(str(text)).strip()
    folded = written.casefold()
    if match := _RANGE.match(folded):
        low = _figure(match[1])
        return Target(year, written, AT_LEAST if low is not None else None, low)
    figures = _NUMBER.findall(folded)
    if len(figures) != 1:
        return Target(year, written)
    threshold = _figure(figures[0])
    if threshold is None:
        return Target(year, written)
    return Target(year, written, _operator(folded.split(figures[0], 1)[0]), threshold)


def shown(value: Decimal, percent: bool) -> Decimal:
    """The value as it is shown (a percentage to 2 decimals), so «100%» on screen never reads «chưa đạt»."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if percent else value


def verdict(target: Target, value: Decimal | None, percent: bool) -> str:
    """MET or NOT_MET; NO_DATA without a value; NOT_COMPARABLE when the target states no single figure."""
    if not target.comparable:
        return NOT_COMPARABLE
    if value is None:
        return NO_DATA
    return MET if target.met_by(shown(value, percent)) else NOT_MET
