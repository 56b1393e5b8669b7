"""The city's consolidation of what it received: the current revision of each unit's report of a
kind and period, added up by the template's rules, and the consolidated report drafted from them."""

import datetime
from dataclasses import dataclass, replace

from desktop.core.document import Report
from desktop.core.exchange.consolidate import Consolidation, consolidate
from desktop.core.exchange.consolidated_report import consolidated_report
from desktop.core.exchange.gather import Contribution
from desktop.core.exchange.progress import Job, Progress
from desktop.core.exchange.scope import Scope, scope_unit
from desktop.core.loader import Catalogue
from desktop.core.store import received
from desktop.core.store.reports import Store


@dataclass(frozen=True)
class Consolidated:
    consolidation: Consolidation
    report: Report  # the draft of the consolidated report, to edit, render and send up


def received_contributions(store: Store, scope: Scope, template_id: str, period: str) -> Job[list[Contribution]]:
    """The current revision of every unit's report of this kind and period, in unit order."""
    held = [r for r in received.current(store, template_id, period) if r.level == scope.receives]
    found = []
    for index, revision in enumerate(held):
        yield Progress(index, len(held), revision.unit_name)
        report = received.document(store, revision.id)
        if report.unit is not None:
            found.append(Contribution(report.unit, report))
    return found


def consolidate_received(store: Store, catalogue: Catalogue, scope: Scope, template_id: str, period: str,
                         today: datetime.date) -> Job[Consolidated]:
    template = catalogue.get(template_id)
    contributions = yield from received_contributions(store, scope, template_id, period)
    consolidation = consolidate(template, contributions)
    report = consolidated_report(template, scope_unit(scope), period, consolidation, today=today)
    yield Progress(len(contributions), len(contributions))
    return Consolidated(_named(consolidation, report), report)


def _named(consolidation: Consolidation, report: Report) -> Consolidation:
    """The rows named as the consolidated report prints them: the template's names with their
    placeholders filled for the province («trên địa bàn thành phố», not «trên địa bàn {unit_kind}»)."""
    tables = []
    for figures in consolidation.tables:
        table = report.table(figures.id)
        names = {r.key: str(r.cells.get("name", "")) for r in table.rows if r.key} if table else {}
        rows = tuple(replace(r, name=names.get(r.key, r.name)) if r.key else r for r in figures.rows)
        tables.append(replace(figures, rows=rows))
    return replace(consolidation, tables=tuple(tables))

