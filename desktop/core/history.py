"""An indicator's values in a unit's earlier reports: shown beside it, and compared for big jumps."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.core.document import Report
from desktop.core.periods import Period, label, parse_period, sort_key
from desktop.core.tables import Column, Table, row_ratio
from desktop.core.vnformat import format_number, format_percent


@dataclass(frozen=True)
class PastValue:
    """One earlier value of an indicator: its period and the number compared (a ratio in %)."""

    period: Period
    value: Decimal
    percent: bool  # the value is a percentage (a ratio or a percent typed in)

    @property
    def period_label(self) -> str:
        return label(self.period)

    @property
    def text(self) -> str:
        return self.format(self.value)

    def format(self, value: Decimal) -> str:
        return format_percent(value) if self.percent else format_number(value)


_RATIO = Column("ratio", "Tỷ lệ", "ratio", of=("value", "denominator"))


def current_value(table: Table, index: int) -> Decimal | None:
    """The number an indicator row is compared by: its ratio for ratios and percents, else its value."""
    row = table.rows[index]
    if row.kind in ("ratio", "percent"):
        ratio = row_ratio(table, index, table.column("ratio") if table.has_column("ratio") else _RATIO)
        return None if ratio is None else Decimal(ratio)
    value = row.cells.get("value")
    if row.kind == "text" or not isinstance(value, int | Decimal) or isinstance(value, bool):
        return None
    return Decimal(value)


def _values(report: Report) -> Iterable[tuple[str, Decimal, bool]]:
    for table in report.tables():
        if table.kind != "indicators":
            continue
        for index, row in enumerate(table.rows):
            value = current_value(table, index) if row.key and not row.group else None
            if value is not None:
                yield row.key, value, row.kind in ("ratio", "percent")


def indicator_history(current: Report, others: Iterable[Report]) -> dict[str, list[PastValue]]:
    """For each indicator key, its values in the same unit's reports of earlier periods, latest first."""
    if current.unit is None:
        return {}
    now = sort_key(parse_period(current.period))
    found: dict[str, list[PastValue]] = {}
    for report in others:
        if report.unit is None or report.unit.code != current.unit.code:
            continue
        period = parse_period(report.period)
        if sort_key(period) >= now:
            continue
        for key, value, percent in _values(report):
            found.setdefault(key, []).append(PastValue(period, value, percent))
    for values in found.values():
        values.sort(key=lambda v: sort_key(v.period), reverse=True)
    return found
