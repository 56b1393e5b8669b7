"""The unit's dashboard: each indicator's latest figure against its targets by year
(dashboard_indicators.py), the tasks by status (dashboard_tasks.py), and the deadlines coming up
(deadlines.py), from the unit's stored reports. Reports are ordered by period (periods.sort_key), then
date, then when they were last saved: «latest» means last in that order.
"""

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from desktop.core import periods
from desktop.core.dashboard_indicators import Assessment, IndicatorStatus, Latest, indicators, short_name
from desktop.core.dashboard_tasks import NO_STATUS, TaskItem, TaskSummary, status_text, tasks
from desktop.core.deadlines import Deadline, Filed, report_deadlines, task_deadline
from desktop.core.document import Report
from desktop.core.errors import BaocaoError

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

__all__ = ["NO_STATUS", "Assessment", "Dashboard", "IndicatorStatus", "Latest", "Stored", "TaskItem", "TaskSummary",
           "build", "short_name", "status_text", "unit_dashboard"]

CHART_LIMIT = 8  # bars per chart: more would not be readable at 1366×768 nor on A4


@dataclass(frozen=True)
class Stored:
    """A stored report of the unit, as the dashboard reads it."""

    id: int
    report: Report
    template_name: str
    updated_at: str = ""

    @property
    def period(self) -> periods.Period:
        return periods.parse_period(self.report.period)

    @property
    def issued(self) -> bool:
        return self.report.status in ("final", "sent")


@dataclass(frozen=True)
class Dashboard:
    unit_name: str
    today: datetime.date
    report_count: int
    indicators: tuple[IndicatorStatus, ...] = ()
    tasks: TaskSummary | None = None
    deadlines: tuple[Deadline, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return self.report_count == 0

    def target_years(self) -> list[int]:
        return sorted({a.target.year for i in self.indicators for a in i.assessments})

    def headline_years(self, count: int = 2) -> list[int]:
        """The target years shown as columns: the first `count` from last year on (2025 and 2030)."""
        years = self.target_years()
        return ([y for y in years if y >= self.today.year - 1] or years[-count:])[:count]

    def charted(self, limit: int = CHART_LIMIT) -> list[IndicatorStatus]:
        """The percentage indicators with a figure and a comparable target, for the bar chart."""
        found = [i for i in self.indicators
                 if i.percent and i.latest and any(a.target.comparable for a in i.assessments)]
        return found[:limit]


# ---- reading the reports ----

def _order(stored: Stored) -> tuple[tuple[datetime.date, datetime.date], datetime.date, str, int]:
    return periods.sort_key(stored.period), stored.report.date or datetime.date.min, stored.updated_at, stored.id


def _readable(reports: Iterable[Stored]) -> list[Stored]:
    """Newest first; a report whose period cannot be read is left out (validation names it)."""
    found = []
    for stored in reports:
        try:
            stored.period  # noqa: B018  # parsing is the check
        except (BaocaoError, ValueError):
            continue
        found.append(stored)
    return sorted(found, key=_order, reverse=True)


def deadlines(reports: Sequence[Stored], summary: TaskSummary | None, today: datetime.date,
              due: Callable[[str, str], datetime.date]) -> list[Deadline]:
    """The next reports due and the tasks not done that are overdue or due soon, the earliest first."""
    filed = [Filed(s.report.template_id, s.template_name, s.period, s.issued, s.id) for s in reports]
    found = report_deadlines(filed, today, due)
    for task in summary.tasks if summary else ():
        item = None if task.done else task_deadline(task.name, task.deadline, task.lead, today)
        if item is not None:
            found.append(item)
    return sorted(found, key=lambda d: d.due)


def build(reports: Iterable[Stored], unit_name: str, today: datetime.date,
          due: Callable[[str, str], datetime.date]) -> Dashboard:
    """The dashboard of these reports (all of one unit). `due(template_id, period)` is a report's deadline."""
    ordered = _readable(reports)
    summary = tasks(ordered)
    return Dashboard(unit_name, today, len(ordered), tuple(indicators(ordered)), summary,
                     tuple(deadlines(ordered, summary, today, due)))


# ---- from the store ----

def own_unit(workspace: "Workspace") -> tuple[int | None, str]:
    """The code and name of the unit this copy reports for: its commune, its province, or the nation (None)."""
    from desktop.core.exchange.scope import scope_name, scope_unit

    scope = workspace.scope()
    unit = workspace.unit() if scope.level == "commune" else scope_unit(scope)
    return (unit.code, unit.name) if unit else (None, scope_name(scope))


def _template_name(workspace: "Workspace", template_id: str) -> str:
    try:
        return workspace.catalogue.get(template_id).name
    except BaocaoError:
        return template_id


def stored_reports(workspace: "Workspace") -> list[Stored]:
    """The stored reports of the unit (`Store.list_reports` leaves out those in the trash)."""
    code, _ = own_unit(workspace)
    found = []
    for summary in workspace.store.list_reports():
        report = workspace.store.load_report(summary.id)
        if (report.unit.code if report.unit else None) == code:
            found.append(Stored(summary.id, report, _template_name(workspace, report.template_id), summary.updated_at))
    return found


def unit_dashboard(workspace: "Workspace") -> Dashboard:
    """The dashboard of the unit's stored reports today; report deadlines as completeness.py sets them."""
    from desktop.core.exchange.completeness import deadline

    return build(stored_reports(workspace), own_unit(workspace)[1], workspace.today(),
                 partial(deadline, workspace.store))
