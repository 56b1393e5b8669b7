"""Deadlines a unit has coming up: its next reports (the period's end + the days completeness.py
allows, or the date the city set) and the tasks not yet done whose deadline, as written, names a date.

Task deadlines are free text in the plans: «Tháng 9/2025», «Quý IV/2025», «30/11/2025», «Năm 2025»,
«trước ngày 30/11» (the next 30/11), «2025-2030» (its last year); «Thường xuyên», «Năm 2025 và những
năm tiếp theo», «Sau khi thành phố ban hành …» name none.
"""

import calendar
import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from desktop.core import periods
from desktop.core.messages import Message
from desktop.core.vnformat import nfc, short_date

REPORT, TASK = "report", "task"
HORIZON_DAYS = 90  # a task due later than this is not «coming up»
_ONGOING = ("thường xuyên", "tiếp theo", "hằng năm", "hàng năm", "hằng tháng", "hằng quý", "liên tục")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DAY = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_QUARTER = re.compile(r"quý\s+(iv|i{1,3}|[1-4])\s*(?:/|năm)\s*(\d{4})")
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})")
_DAY_NO_YEAR = re.compile(r"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})(?!\s*/)")
_YEARS = re.compile(r"^(?:năm\s+)?(?:\d{4}\s*[-–]\s*)?(\d{4})$")


@dataclass(frozen=True)
class Deadline:
    """A report or a task due on a day: `days_left` is negative once the day has passed."""

    kind: str  # REPORT or TASK
    subject: Message  # «Báo cáo quý IV/2025», or the task's name
    due: datetime.date
    days_left: int
    detail: Message  # the template's name, or the task's deadline as written and its lead agency
    report_id: int | None = None  # a draft already started for it, if any

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def title(self, lang: str = "vi") -> str:
        return self.subject.text(lang)

    def text(self, lang: str = "vi") -> str:
        """«Báo cáo quý IV/2025 — hạn 05/01/2026 (còn 12 ngày)»."""
        code = "dashboard.due_late" if self.overdue else "dashboard.due_today" if self.days_left == 0 \
            else "dashboard.due_left"
        return Message(code, {"title": self.title(lang), "due": short_date(self.due),
                              "days": abs(self.days_left)}).text(lang)


def _month_end(year: int, month: int) -> datetime.date | None:
    if not 1 <= month <= 12 or not periods.MIN_YEAR <= year <= periods.MAX_YEAR:
        return None
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _next_day(month: int, day: int, today: datetime.date) -> datetime.date | None:
    found = _day(today.year, month, day)
    return found if found is None or found >= today else _day(today.year + 1, month, day)


def task_due(text: str, today: datetime.date) -> datetime.date | None:
    """The day a task's deadline as written names, or None («Thường xuyên», «Sau khi …»)."""
    folded = " ".join(nfc(text).casefold().split())
    if not folded or any(word in folded for word in _ONGOING):
        return None
    if match := _DAY.search(folded):
        return _day(int(match[3]), int(match[2]), int(match[1]))
    if match := _QUARTER.search(folded):
        quarter = _ROMAN.get(match[1]) or int(match[1])
        return _month_end(int(match[2]), quarter * 3)
    if match := _MONTH.search(folded):
        return _month_end(int(match[2]), int(match[1]))
    if match := _DAY_NO_YEAR.search(folded):
        return _next_day(int(match[2]), int(match[1]), today)
    if match := _YEARS.match(folded):
        return _month_end(int(match[1]), 12)
    return None


# ---- the next reports ----

@dataclass(frozen=True)
class Filed:
    """A stored report as far as its deadline goes: its template, period and whether it was issued."""

    template_id: str
    template_name: str
    period: periods.Period
    issued: bool
    report_id: int


def _due_periods(filed: list[Filed], today: datetime.date, due: Callable[[periods.Period], datetime.date],
                 limit: int = 4) -> Iterable[periods.Period]:
    """The periods of one template and kind after the last one issued, up to the first not yet due."""
    issued = [f.period for f in filed if f.issued]
    start = periods.following(max(issued, key=periods.sort_key)) if issued else \
        min((f.period for f in filed), key=periods.sort_key)
    period = start
    for _ in range(limit):
        if period is None:
            return
        yield period
        if due(period) >= today:
            return
        period = periods.following(period)


def _due_of(due: Callable[[str, str], datetime.date], template_id: str, period: periods.Period) -> datetime.date:
    return due(template_id, str(period))


def report_deadlines(filed: Iterable[Filed], today: datetime.date,
                     due: Callable[[str, str], datetime.date]) -> list[Deadline]:
    """For each template and period kind the unit reports on (not a stage: a plan is made once), the
    next report due, and any before it that is overdue. `due(template_id, period)` gives a deadline."""
    groups: dict[tuple[str, str], list[Filed]] = {}
    for item in filed:
        if item.period.kind != "stage":
            groups.setdefault((item.template_id, item.period.kind), []).append(item)
    found = []
    for (template_id, _), items in groups.items():
        drafts = {str(f.period): f.report_id for f in items if not f.issued}
        of = partial(_due_of, due, template_id)
        for period in _due_periods(items, today, of):
            title = Message("dashboard.report_title", {"vi": periods.label(period), "en": periods.label(period, "en")})
            detail = Message("dashboard.report_detail", {"name": items[0].template_name})
            found.append(Deadline(REPORT, title, of(period), (of(period) - today).days, detail,
                                  drafts.get(str(period))))
    return found


def task_deadline(name: str, written: str, lead: str, today: datetime.date) -> Deadline | None:
    """A task not done whose deadline is past or within HORIZON_DAYS; None otherwise."""
    day = task_due(written, today)
    if day is None or (day - today).days > HORIZON_DAYS:
        return None
    detail = Message("dashboard.task_detail", {"deadline": written, "lead": lead or "—"})
    return Deadline(TASK, Message("dashboard.task_title", {"name": name}), day, (day - today).days, detail)
