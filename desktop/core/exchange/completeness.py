"""Who has reported: for a kind and period, every unit expected here, received (which version,
when), late against the deadline, or missing."""

import datetime
from dataclasses import dataclass

from desktop.core import periods
from desktop.core.exchange.scope import Scope, expected_units
from desktop.core.store import received
from desktop.core.store.reports import Store
from desktop.core.units import AdminUnit

DEADLINE_DAYS = 5  # after the period's last day, unless the officer sets the date the directive gives
RECEIVED, LATE, MISSING = "received", "late", "missing"
STATE_NAMES = {RECEIVED: ("Đã nhận", "Received"), LATE: ("Nộp muộn", "Late"), MISSING: ("Chưa nộp", "Missing")}


@dataclass(frozen=True)
class UnitState:
    unit: AdminUnit
    state: str  # RECEIVED, LATE or MISSING
    revision: int | None = None
    exported_at: str | None = None  # when the unit exported the file (its own clock, signed)
    imported_at: str | None = None


@dataclass(frozen=True)
class Completeness:
    template_id: str
    period: str
    deadline: datetime.date
    units: list[UnitState]

    def count(self, state: str) -> int:
        return sum(1 for u in self.units if u.state == state)

    def missing(self) -> list[AdminUnit]:
        return [u.unit for u in self.units if u.state == MISSING]


def _deadline_key(template_id: str, period: str) -> str:
    return f"deadline:{template_id}:{period}"


def deadline(store: Store, template_id: str, period: str) -> datetime.date:
    """The date set for this kind and period, or DEADLINE_DAYS after the period's end."""
    stored = store.setting(_deadline_key(template_id, period))
    if isinstance(stored, str):
        try:
            return datetime.date.fromisoformat(stored)
        except ValueError:
            pass
    return periods.parse_period(period).end + datetime.timedelta(days=DEADLINE_DAYS)


def set_deadline(store: Store, template_id: str, period: str, day: datetime.date) -> None:
    store.set_setting(_deadline_key(template_id, period), day.isoformat())


def completeness(store: Store, scope: Scope, template_id: str, period: str,
                 due: datetime.date | None = None) -> Completeness:
    due = due or deadline(store, template_id, period)
    level = scope.receives
    held = {r.unit_code: r for r in received.current(store, template_id, period) if r.level == level}
    states = []
    for unit in expected_units(scope):
        got = held.get(unit.code)
        if got is None:
            states.append(UnitState(unit, MISSING))
            continue
        late = datetime.datetime.fromisoformat(got.exported_at).date() > due
        states.append(UnitState(unit, LATE if late else RECEIVED, got.revision, got.exported_at, got.imported_at))
    return Completeness(template_id, period, due, states)


def reminder(result: Completeness, report_name: str, lang: str = "vi") -> str:
    """A text to paste into a message to the units that have not reported."""
    label = periods.label(periods.parse_period(result.period), lang)
    names = [f"- {u.name}" for u in result.missing()]
    if lang == "en":
        head = (f"{len(names)} unit(s) have not yet sent the «{report_name}», {label} "
                f"(due {result.deadline:%d/%m/%Y}):")
    else:
        head = (f"Các đơn vị chưa gửi «{report_name}» {label} (hạn {result.deadline:%d/%m/%Y}), "
                f"{len(names)} đơn vị:")
    return "\n".join([head, *names])
