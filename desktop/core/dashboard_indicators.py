"""Each indicator's latest figure against its targets by year, for the dashboard (dashboard.py).

An indicator is known by its row key, which the templates keep the same across periods and templates
(a plan's «dan-so-tiep-can-dich-vu-so» is the results report's); a row a clerk added has no key and is
matched by its name (NFC, case and spaces ignored). Targets are the plans' `target:YYYY` cells: for each
year, the latest report stating one wins. The latest figure comes from the latest period that has it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.core import periods
from desktop.core.document import Report
from desktop.core.history import current_value
from desktop.core.messages import Message
from desktop.core.tables import Row, Table, target_column
from desktop.core.targets import Target, parse_target, states_target, verdict
from desktop.core.vnformat import format_amount, format_number, format_percent, nfc

if TYPE_CHECKING:
    from desktop.core.dashboard import Stored

LABEL_CHARS = 48  # an indicator's name beside its bars is cut to this many characters


def short_name(name: str, limit: int = LABEL_CHARS) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Latest:
    """An indicator's latest figure: the number compared (a ratio in %), its period and its report."""

    value: Decimal
    percent: bool
    period: periods.Period
    report_id: int
    draft: bool = False

    @property
    def text(self) -> str:
        return format_percent(self.value) if self.percent else format_number(self.value)

    def period_text(self, lang: str = "vi") -> str:
        shown = periods.label(self.period, lang)
        return Message("dashboard.draft", {"period": shown}).text(lang) if self.draft else shown


@dataclass(frozen=True)
class Assessment:
    """A target and the verdict of the latest figure against it."""

    target: Target
    verdict: str  # targets.MET, NOT_MET, NO_DATA or NOT_COMPARABLE

    def verdict_text(self, lang: str = "vi") -> str:
        return Message(f"dashboard.verdict.{self.verdict}", {}).text(lang)


@dataclass(frozen=True)
class IndicatorStatus:
    key: str
    name: str
    unit: str
    percent: bool  # a ratio or a percentage: the value and the targets are in %
    latest: Latest | None
    assessments: tuple[Assessment, ...] = ()  # by year

    @property
    def figure(self) -> str:
        """The latest figure as shown: «99,77%», «1.866 hồ sơ», «407,28 tỷ đồng»; «—» for none."""
        if self.latest is None:
            return "—"
        return self.latest.text if self.percent else format_amount(self.latest.value, self.unit)

    def target(self, year: int) -> Assessment | None:
        return next((a for a in self.assessments if a.target.year == year), None)

    def current(self) -> Assessment | None:
        """The target the latest figure is judged by: the first comparable one of its year or later,
        else the last comparable one, else the first stated."""
        comparable = [a for a in self.assessments if a.target.comparable]
        year = self.latest.period.year if self.latest else 0
        ahead = [a for a in comparable if a.target.year >= year]
        candidates = ahead or comparable[-1:] or list(self.assessments[:1])
        return candidates[0] if candidates else None


def _identity(row: Row) -> str:
    if row.key:
        return row.key
    name = " ".join(nfc(str(row.cells.get("name", ""))).casefold().split())
    return f"name:{name}" if name else ""


def _indicator_rows(report: Report) -> Iterable[tuple[Table, int, str]]:
    for table in report.tables():
        if table.kind == "indicators":
            for index, row in enumerate(table.rows):
                identity = "" if row.group else _identity(row)
                if identity:
                    yield table, index, identity


@dataclass
class _Found:
    name: str
    unit: str
    percent: bool
    latest: Latest | None = None
    targets: dict[int, Target] = field(default_factory=dict)


def _take(found: _Found, stored: "Stored", table: Table, index: int) -> None:
    row = table.rows[index]
    value = current_value(table, index)
    if found.latest is None and value is not None:
        percent = row.kind in ("ratio", "percent")
        found.latest = Latest(value, percent, stored.period, stored.id, stored.report.status == "draft")
        found.percent = percent
    for column in table.columns:
        year = target_column(column.key)
        text = row.cells.get(column.key)
        if year and year.isdigit() and int(year) not in found.targets and states_target(text):
            found.targets[int(year)] = parse_target(int(year), text)


def _status(found: _Found, key: str) -> IndicatorStatus:
    value = found.latest.value if found.latest else None
    assessments = tuple(Assessment(t, verdict(t, value, found.percent)) for _, t in sorted(found.targets.items()))
    return IndicatorStatus(key, found.name, found.unit, found.percent, found.latest, assessments)


def _rank(status: IndicatorStatus) -> int:
    """Those judged against a target first, then those with a figure only, then those with targets only."""
    if status.latest is None:
        return 2
    return 0 if any(a.target.comparable for a in status.assessments) else 1


def indicators(reports: Sequence["Stored"]) -> list[IndicatorStatus]:
    """Every indicator with a figure or a target: those judged first, each group in the order the newest
    reports list them."""
    found: dict[str, _Found] = {}
    for stored in reports:
        for table, index, identity in _indicator_rows(stored.report):
            row = table.rows[index]
            entry = found.setdefault(identity, _Found(nfc(str(row.cells.get("name", ""))),
                                                      str(row.cells.get("unit", "")), row.kind in ("ratio", "percent")))
            _take(entry, stored, table, index)
    return sorted((_status(f, key) for key, f in found.items() if f.latest or f.targets), key=_rank)
