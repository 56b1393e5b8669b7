"""Reporting periods: a year, a quarter, the first 6 or 9 months of a year, or a stage of years.

A period is written '2025', '2025-Q3', '2025-6M', '2025-9M' or '2022-2025'. A template names the
kinds it takes with the words 'year', 'quarter', '6M', '9M', or a literal stage such as '2022-2025'.
"""

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.errors import BaocaoError

KINDS = ("year", "quarter", "6M", "9M", "stage")
KIND_WORDS = ("year", "quarter", "6M", "9M")  # a template names a stage by its years instead
MIN_YEAR, MAX_YEAR = 1000, 9999  # four-digit years, so every period has one canonical string
# Reports are written in the last days of a period: from this many days before its end it is offered first.
LEAD_DAYS = 15

_PATTERN = re.compile(r"([1-9][0-9]{3})(?:-(Q[1-4]|6M|9M|[1-9][0-9]{3}))?")
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    """One reporting period; `year` is the year it ends in, `first_year` the first year of a stage."""

    kind: str
    year: int
    quarter: int = 0
    first_year: int = 0

    def __post_init__(self) -> None:
        quarter_ok = 1 <= self.quarter <= 4 if self.kind == "quarter" else self.quarter == 0
        stage_ok = MIN_YEAR <= self.first_year < self.year if self.kind == "stage" else self.first_year == 0
        if self.kind not in KINDS or not MIN_YEAR <= self.year <= MAX_YEAR or not quarter_ok or not stage_ok:
            raise ValueError(f"not a reporting period: {self!r}")

    def __str__(self) -> str:
        if self.kind == "quarter":
            return f"{self.year}-Q{self.quarter}"
        if self.kind == "stage":
            return f"{self.first_year}-{self.year}"
        return str(self.year) if self.kind == "year" else f"{self.year}-{self.kind}"

    @property
    def start(self) -> datetime.date:
        """The first day of the period."""
        if self.kind == "quarter":
            return datetime.date(self.year, self.quarter * 3 - 2, 1)
        return datetime.date(self.first_year or self.year, 1, 1)

    @property
    def end(self) -> datetime.date:
        """The last day of the period."""
        month = {"quarter": self.quarter * 3, "6M": 6, "9M": 9}.get(self.kind, 12)
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])


def parse_period(text: str) -> Period:
    """'2025-Q3' -> Period('quarter', 2025, quarter=3); BaocaoError 'period.invalid' otherwise."""
    match = _PATTERN.fullmatch(text.strip().upper())
    if match:
        year, tail = int(match[1]), match[2]
        if tail is None:
            return Period("year", year)
        if tail.startswith("Q"):
            return Period("quarter", year, quarter=int(tail[1]))
        if tail in ("6M", "9M"):
            return Period(tail, year)
        if int(tail) > year:
            return Period("stage", int(tail), first_year=year)
    raise BaocaoError("period.invalid", text=text.strip())


def label(period: Period, lang: str = "vi") -> str:
    """As documents write it: 'quý III/2025', '9 tháng đầu năm 2025', 'năm 2025', 'giai đoạn 2022-2025'."""
    english = lang == "en"
    if period.kind == "quarter":
        return f"Q{period.quarter} {period.year}" if english else f"quý {_ROMAN[period.quarter - 1]}/{period.year}"
    if period.kind in ("6M", "9M"):
        months = period.kind[0]
        return f"first {months} months of {period.year}" if english else f"{months} tháng đầu năm {period.year}"
    if period.kind == "stage":
        return str(period) if english else f"giai đoạn {period}"
    return str(period.year) if english else f"năm {period.year}"


def accepts(kinds: Sequence[str], period: Period) -> bool:
    """Whether a template taking these kinds ('quarter', '9M', '2022-2025', ...) takes the period."""
    return (str(period) if period.kind == "stage" else period.kind) in kinds


def sort_key(period: Period) -> tuple[datetime.date, datetime.date]:
    """(end, start): earlier periods first; of two ending the same day, the longer first."""
    return period.end, period.start


def previous(period: Period) -> Period | None:
    """The period of the same kind one step back (a stage: the one of the same length just before it)."""
    if period.kind == "quarter" and period.quarter > 1:
        return Period("quarter", period.year, quarter=period.quarter - 1)
    length = period.year - period.first_year + 1 if period.kind == "stage" else 1
    if period.start.year - length < MIN_YEAR:
        return None
    if period.kind == "stage":
        return Period("stage", period.first_year - 1, first_year=period.first_year - length)
    return Period(period.kind, period.year - 1, quarter=4 if period.kind == "quarter" else 0)


def following(period: Period) -> Period | None:
    """The period of the same kind one step on (a stage: the one of the same length just after it)."""
    if period.kind == "quarter" and period.quarter < 4:
        return Period("quarter", period.year, quarter=period.quarter + 1)
    length = period.year - period.first_year + 1 if period.kind == "stage" else 1
    if period.year + length > MAX_YEAR:
        return None
    if period.kind == "stage":
        return Period("stage", period.year + length, first_year=period.year + 1)
    return Period(period.kind, period.year + 1, quarter=1 if period.kind == "quarter" else 0)


def _latest(kind: str, today: datetime.date) -> Period:
    """The period of a kind a clerk most likely reports on today."""
    year = today.year
    if kind == "quarter":
        current = Period("quarter", year, quarter=(today.month - 1) // 3 + 1)
        if (current.end - today).days < LEAD_DAYS:
            return current
        return previous(current) or current
    if kind in ("6M", "9M"):
        return Period(kind, year if today > datetime.date(year, int(kind[0]), 15) else year - 1)
    if kind == "year":
        return Period("year", year if today >= datetime.date(year, 11, 15) else year - 1)
    stage = parse_period(kind)
    if stage.kind != "stage":
        raise BaocaoError("period.invalid", text=kind)
    return stage


def choices(kinds: Sequence[str], today: datetime.date, count: int = 6) -> list[Period]:
    """The periods a clerk would pick for a template on a date, most likely (latest ending) first."""
    found: list[Period] = []
    for kind in kinds:
        period: Period | None = _latest(kind, today)
        for _ in range(count if kind in KIND_WORDS else 1):
            if period is None:
                break
            found.append(period)
            period = previous(period)
    return sorted(set(found), key=sort_key, reverse=True)[:count]
