"""Consolidation: the figures of a city's (or the nation's) report, added up from its units' reports.

`consolidate(template, contributions)` reads every table of the template in every unit's report:

- indicators, by row key and the row's `aggregate`: "sum" adds the values (and a ratio row's
  denominators), "ratio_of_sums" adds numerators and denominators and divides the sums, "none"
  gives no figure for the city, only the drill-down;
- grids: the columns with `total = true`, by row key; rows a clerk added (no key) are matched by
  name (NFC, case and spaces ignored) and come after the template's rows;
- tasks: how many units gave each of the five statuses, and how many gave none («chưa điền»).

A ratio is counted only from the units that gave both its terms. Group rows are headings: they are
not consolidated (the report computes their totals). Every row carries its drill-down (each unit's
figures) and the units that gave no value. A cell that should hold a number but holds something
else is not added and is listed in `problems`. The texts of the sections marked `gather = true` are
collected too (gather.py). Numbers stay exact: int or Decimal, never float.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.core.document import UnitRef
from desktop.core.exchange.gather import Contribution, GatheredText, gather_texts, plain_text
from desktop.core.messages import Message
from desktop.core.tables import NUMERIC_TYPES, TASK_STATUSES, Column, Row, Table, cell_type
from desktop.core.template import Template
from desktop.core.vnformat import format_number, ratio_percent

__all__ = ["Consolidation", "Contribution", "GatheredText", "Problem", "RowFigures", "TableFigures",
           "UnitFigures", "consolidate", "is_number", "status_summary"]

Number = int | Decimal
NOT_FILLED = "chưa điền"
STATUS_KEYS = (*TASK_STATUSES, NOT_FILLED)
# The order of the result text of a consolidated task: done first, then under way, then not begun.
SUMMARY_ORDER = ("hoàn thành đúng hạn", "hoàn thành quá hạn", "đang thực hiện trong hạn",
                 "đang thực hiện quá hạn", "chưa triển khai", NOT_FILLED)


@dataclass(frozen=True)
class UnitFigures:
    """One unit's figures in one row: a line of the drill-down under a consolidated figure."""

    unit: UnitRef
    values: dict[str, Number | None]  # by column key: "value", "denominator", a grid's total columns
    ratio: Decimal | None = None  # indicators: value / denominator × 100, or the percentage typed
    status: str = ""  # tasks: the status the unit gave, "" for none


@dataclass(frozen=True)
class RowFigures:
    """One row of a consolidated table: the city's figures and each unit's.

    `key` is the template's row key; a row clerks added has none and is known by `name`.
    `aggregate` is the indicator's ("sum", "ratio_of_sums", "none"), "sum" for a grid row and
    "count" for a task. `totals` holds the consolidated figure by column key (None: no unit gave
    one; empty for "none"); `statuses` the number of units by status (tasks only).
    """

    key: str
    name: str
    kind: str
    aggregate: str
    totals: dict[str, Number | None] = field(default_factory=dict)
    ratio: Decimal | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    units: tuple[UnitFigures, ...] = ()  # every unit whose table has the row, in contribution order
    reported: tuple[UnitRef, ...] = ()  # the units that gave a value
    missing: tuple[UnitRef, ...] = ()  # the units that did not (no table, no row, or blank)


@dataclass(frozen=True)
class TableFigures:
    """A consolidated table: `columns` are those added up (none for tasks), `rows` skip group rows."""

    id: str
    kind: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[RowFigures, ...]


@dataclass(frozen=True)
class Problem:
    """A value that was not counted: where it is, what it holds, and a message saying so."""

    unit: UnitRef
    table: str
    row: str  # the row key, or the name of a row a clerk added
    column: str
    value: Any
    message: Message

    def text(self, lang: str = "vi") -> str:
        return self.message.text(lang)


@dataclass(frozen=True)
class Consolidation:
    """Everything a consolidated report is made from."""

    template_id: str
    units: tuple[UnitRef, ...]
    tables: tuple[TableFigures, ...]
    problems: tuple[Problem, ...] = ()
    texts: tuple[GatheredText, ...] = ()  # the gathered sections' texts, in outline order

    def table(self, table_id: str) -> TableFigures | None:
        return next((t for t in self.tables if t.id == table_id), None)


def is_number(value: object) -> bool:
    """Only int and Decimal are figures; a bool is not, nor a float (never stored)."""
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def status_summary(statuses: dict[str, int]) -> str:
    """«Hoàn thành đúng hạn: 12; Đang thực hiện trong hạn: 30; Chưa điền: 2» (statuses with no unit left out)."""
    parts = [f"{s[0].upper()}{s[1:]}: {format_number(statuses[s])}" for s in SUMMARY_ORDER if statuses.get(s)]
    return "; ".join(parts)


def consolidate(template: Template, contributions: Sequence[Contribution]) -> Consolidation:
    """Add up the units' reports of one template; raises ValueError for a report of another template."""
    for contribution in contributions:
        if contribution.report.template_id != template.id:
            raise ValueError(f"{contribution.unit.name}: report of {contribution.report.template_id}, "
                             f"not {template.id}")
    reader = _Reader(contributions)
    tables = tuple(reader.table(t) for a in template.appendices for t in a.tables)
    return Consolidation(template.id, tuple(c.unit for c in contributions), tables, tuple(reader.problems),
                         tuple(gather_texts(template, contributions)))


Source = tuple[Contribution, Table | None]


class _Reader:
    """Reads the units' tables, collecting the values that cannot be counted."""

    def __init__(self, contributions: Sequence[Contribution]) -> None:
        self.contributions = contributions
        self.problems: list[Problem] = []

    def table(self, table: Table) -> TableFigures:
        sources = [(c, c.report.table(table.id)) for c in self.contributions]
        columns, rows = {"indicators": self._indicators, "grid": self._grid,
                         "tasks": self._tasks}[table.kind](table, sources)
        if table.kind != "grid":  # a grid's added rows are matched by name
            self._unmatched(table, sources)
        return TableFigures(table.id, table.kind, table.title, columns, tuple(rows))

    def _unmatched(self, table: Table, sources: list[Source]) -> None:
        """A unit's row that is not one of the template's (added by its clerk, or renamed) has no
        city figure to go into: it is listed, never dropped in silence."""
        keys = {row.key for row in table.rows if row.key}
        for contribution, own in sources:
            for row in own.rows if own is not None else []:
                if not row.group and row.key not in keys and any(v not in (None, "") for v in row.cells.values()):
                    self._problem("consolidate.row_not_in_template", contribution.unit, own, row, "name",
                                  row.cells.get("name", ""))

    # ---- one unit's cells ----

    def _numbers(self, unit: UnitRef, table: Table, row: Row, keys: Sequence[str]) -> dict[str, Number | None]:
        values: dict[str, Number | None] = {}
        for key in keys:
            value = row.cells.get(key)
            values[key] = value if is_number(value) else None
            if value not in (None, "") and not is_number(value):
                self._problem("consolidate.not_a_number", unit, table, row, key, value)
        return values

    def _status(self, unit: UnitRef, table: Table, row: Row) -> str:
        value = row.cells.get("status")
        if value in TASK_STATUSES:
            return str(value)
        if value not in (None, ""):
            self._problem("consolidate.not_a_status", unit, table, row, "status", value)
        return ""

    def _problem(self, code: str, unit: UnitRef, table: Table, row: Row, key: str, value: Any) -> None:
        name = str(row.cells.get("name", "")) or row.key
        title = table.column(key).title if table.has_column(key) else key
        message = Message(code, {"unit": unit.name, "table": table.title or table.id, "row": name,
                                 "column": title, "value": value})
        self.problems.append(Problem(unit, table.id, row.key or name, key, value, message))

    # ---- indicators ----

    def _indicators(self, table: Table, sources: list[Source]) -> tuple[tuple[Column, ...], list[RowFigures]]:
        keys = [k for k in ("value", "denominator") if table.has_column(k)]
        rows = [self._indicator(table, row, sources) for row in table.rows if row.key and not row.group]
        found = [r for r in rows if r is not None]
        return (tuple(table.column(k) for k in keys) if found else ()), found

    def _indicator(self, table: Table, row: Row, sources: list[Source]) -> RowFigures | None:
        keys = _indicator_keys(table, row)
        if not keys:
            return None  # a text indicator, or a table with no figure column (a plan's targets)
        units = [self._indicator_unit(table, row, keys, c, unit_row)
                 for c, unit_row in _rows_by_key(sources, row.key)]
        given = [u for u in units if all(u.values[k] is not None for k in keys)]
        aggregate = row.aggregate or "none"
        totals = {} if aggregate == "none" else _sums(keys, given)
        ratio = ratio_percent(totals.get("value"), totals.get("denominator")) if row.kind == "ratio" else None
        return RowFigures(row.key, str(row.cells.get("name", "")), row.kind, aggregate, totals, ratio, {},
                          tuple(units), *_who(self.contributions, given))

    def _indicator_unit(self, table: Table, row: Row, keys: list[str], contribution: Contribution,
                        unit_row: Row) -> UnitFigures:
        values = self._numbers(contribution.unit, _own_table(table, contribution), unit_row, keys)
        return UnitFigures(contribution.unit, values, _unit_ratio(row, values))

    # ---- grids ----

    def _grid(self, table: Table, sources: list[Source]) -> tuple[tuple[Column, ...], list[RowFigures]]:
        columns = tuple(c for c in table.columns if c.total and c.type in NUMERIC_TYPES)
        keys = [c.key for c in columns]
        rows = [self._grid_row(table, row.key, str(row.cells.get("name", "")), keys,
                               list(_rows_by_key(sources, row.key)))
                for row in table.rows if row.key and not row.group]
        for name, found in _added_rows(sources).items():
            rows.append(self._grid_row(table, "", name, keys, found))
        return columns, rows

    def _grid_row(self, table: Table, key: str, name: str, keys: list[str],
                  found: list[tuple[Contribution, Row]]) -> RowFigures:
        units = [UnitFigures(c.unit, self._numbers(c.unit, _own_table(table, c), row, keys)) for c, row in found]
        given = [u for u in units if any(v is not None for v in u.values.values())]
        return RowFigures(key, name, "", "sum", _sums(keys, given), None, {}, tuple(units),
                          *_who(self.contributions, given))

    # ---- tasks ----

    def _tasks(self, table: Table, sources: list[Source]) -> tuple[tuple[Column, ...], list[RowFigures]]:
        return (), [self._task(table, row, sources) for row in table.rows if row.key and not row.group]

    def _task(self, table: Table, row: Row, sources: list[Source]) -> RowFigures:
        units = [UnitFigures(c.unit, {}, None, self._status(c.unit, _own_table(table, c), unit_row))
                 for c, unit_row in _rows_by_key(sources, row.key)]
        statuses = dict.fromkeys(STATUS_KEYS, 0)
        for unit in units:
            statuses[unit.status or NOT_FILLED] += 1
        given = [u for u in units if u.status]
        return RowFigures(row.key, str(row.cells.get("name", "")), "", "count", {}, None, statuses,
                          tuple(units), *_who(self.contributions, given))


def _own_table(table: Table, contribution: Contribution) -> Table:
    """The unit's own table (its titles name the cell in a problem), or the template's."""
    return contribution.report.table(table.id) or table


def _indicator_keys(table: Table, row: Row) -> list[str]:
    """The cells of an indicator row that hold figures: its value, and a ratio's denominator."""
    keys = []
    if table.has_column("value") and cell_type(row, table.column("value")) in NUMERIC_TYPES:
        keys.append("value")
        if row.kind == "ratio" and table.has_column("denominator"):
            keys.append("denominator")
    return keys


def _unit_ratio(row: Row, values: dict[str, Number | None]) -> Decimal | None:
    if row.kind == "percent":
        value = values.get("value")
        return Decimal(value) if value is not None else None
    if row.kind == "ratio":
        return ratio_percent(values.get("value"), values.get("denominator"))
    return None


def _rows_by_key(sources: list[Source], key: str) -> Iterator[tuple[Contribution, Row]]:
    for contribution, table in sources:
        row = table.row_by_key(key) if table is not None else None
        if row is not None:
            yield contribution, row


def _added_rows(sources: list[Source]) -> dict[str, list[tuple[Contribution, Row]]]:
    """The rows clerks added (no key), grouped by name as first written, in order of appearance."""
    names: dict[str, str] = {}
    groups: dict[str, list[tuple[Contribution, Row]]] = {}
    for contribution, table in sources:
        for row in table.rows if table is not None else []:
            if not row.key and not row.group:
                name = str(row.cells.get("name", "")).strip()
                known = names.setdefault(plain_text(name), name)
                groups.setdefault(known, []).append((contribution, row))
    return groups


def _sums(keys: Sequence[str], given: Sequence[UnitFigures]) -> dict[str, Number | None]:
    """The sum of each column over the units that gave it; None where none did."""
    totals: dict[str, Number | None] = {}
    for key in keys:
        numbers = [v for u in given if (v := u.values.get(key)) is not None]
        totals[key] = sum(numbers) if numbers else None
    return totals


def _who(contributions: Sequence[Contribution], given: Sequence[UnitFigures]
         ) -> tuple[tuple[UnitRef, ...], tuple[UnitRef, ...]]:
    """(the units that gave a value, the units that did not), each in contribution order."""
    codes = {u.unit.code for u in given}
    reported = tuple(c.unit for c in contributions if c.unit.code in codes)
    missing = tuple(c.unit for c in contributions if c.unit.code not in codes)
    return reported, missing

