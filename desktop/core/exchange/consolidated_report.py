"""The consolidated report: a report of the same template for the province (or the nation), filled
with the figures added up from its units' reports and the texts gathered from them.

It is an ordinary draft: the clerk writes the other sections, checks the header and the recipients,
then finalises and prints it like any report.
"""

import copy
import datetime
import re
from collections.abc import Callable

from desktop.core.document import Report, Section, Signer, filled_report, new_report
from desktop.core.exchange.consolidate import Consolidation, RowFigures, TableFigures, status_summary
from desktop.core.exchange.gather import FOOTNOTE_MARK, GatheredText, find_section
from desktop.core.periods import Period, label, parse_period
from desktop.core.tables import Row, Table, column_from_dict
from desktop.core.template import PLACEHOLDERS, Template
from desktop.core.units import AdminUnit

# The nation's report is the ministry's.
NATION = "cả nước"
NATION_ISSUER = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ",)
NATION_PLACE = "Hà Nội"
NATION_SIGNER = Signer("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "")
# A paragraph's own bullet, dropped before the unit's name is put in front of it.
_BULLET = re.compile(r"^[-+•*–]\s+")


def consolidated_report(template: Template, scope: AdminUnit | None, period: str, consolidation: Consolidation,
                        *, today: datetime.date) -> Report:
    """A draft for the province `scope` (None: the nation) and `period`, filled from `consolidation`."""
    if consolidation.template_id != template.id:
        raise ValueError(f"consolidation of {consolidation.template_id}, not {template.id}")
    report = new_report(template, scope, today=today) if scope else _nation_report(template, today)
    _fill_gathered(report, consolidation.texts)
    _fill_period(report, parse_period(period))
    for figures in consolidation.tables:
        table = report.table(figures.id)
        if table is not None:
            _FILLERS[figures.kind](table, figures)
    return report


# ---- the nation's draft ----

def _nation_report(template: Template, today: datetime.date) -> Report:
    """A draft of the template for the whole country: every placeholder reads «cả nước»."""
    values = dict.fromkeys(PLACEHOLDERS, NATION) | {"UNIT_NAME": NATION.upper()}
    report = filled_report(template, values, unit=None, place=NATION_PLACE, issuer=list(NATION_ISSUER), today=today)
    report.issuer_parent, report.signer = "", copy.copy(NATION_SIGNER)
    return report


# ---- the period ----

def _fill_period(report: Report, period: Period) -> None:
    """Set the period, and write it where the template leaves «quý ...» (or a title's last «...»)."""
    report.period = str(period)
    words = label(period)
    report.title = _quarter(report.title, period, words)
    if report.title.endswith(" ..."):
        report.title = f"{report.title[:-4]} {words}"
    report.opening = _quarter(report.opening, period, words)
    report.closing = _quarter(report.closing, period, words)
    for section in _walk(report.sections):
        section.heading = _quarter(section.heading, period, words)


def _quarter(text: str, period: Period, words: str) -> str:
    if period.kind != "quarter":
        return text
    return text.replace("quý ...", words).replace("QUÝ ...", words.upper())


def _walk(sections: list[Section]) -> list[Section]:
    return [s for section in sections for s in (section, *_walk(section.children))]


# ---- gathered texts ----

def _fill_gathered(report: Report, texts: tuple[GatheredText, ...]) -> None:
    """Each gathered section holds its units' paragraphs, «- Phường Trần Liễu: …», notes renumbered."""
    for path in dict.fromkeys(t.path for t in texts):
        section = find_section(report.sections, path)
        if section is not None:
            lines = [line for t in texts if t.path == path for line in _unit_lines(report, t)]
            section.text = "\n".join(lines)


def _unit_lines(report: Report, gathered: GatheredText) -> list[str]:
    offset = len(report.footnotes)
    report.footnotes.extend(gathered.notes)
    text = FOOTNOTE_MARK.sub(lambda match: f"[^{int(match[1]) + offset}]", gathered.text)
    paragraphs = (_BULLET.sub("", line.strip()) for line in text.splitlines())
    return [f"- {gathered.unit.name}: {p}" for p in paragraphs if p]


# ---- tables ----

def _fill_indicators(table: Table, figures: TableFigures) -> None:
    """Sums (and a ratio's two sums, so its ratio computes) in the rows; «none» rows stay empty."""
    for row_figures in figures.rows:
        row = table.row_by_key(row_figures.key)
        if row is not None and row_figures.aggregate != "none":
            _put(row, table, row_figures)


def _fill_grid(table: Table, figures: TableFigures) -> None:
    """Total columns by row; the rows clerks added come after the template's, by name."""
    for row_figures in figures.rows:
        row = table.row_by_key(row_figures.key) if row_figures.key else None
        if row is None and not row_figures.key:
            row = Row(cells={"name": row_figures.name}, level=2)
            table.rows.append(row)
        if row is not None:
            _put(row, table, row_figures)


def _fill_tasks(table: Table, figures: TableFigures) -> None:
    """No status (units differ); the result says how many units gave each. A table with no result
    column gets one when some unit gave a status."""
    given = any(r.reported for r in figures.rows)
    if given and not table.has_column("result"):
        table.columns.append(column_from_dict({"key": "result"}))
    for row_figures in figures.rows:
        row = table.row_by_key(row_figures.key)
        if row is not None:
            row.cells.pop("status", None)
            summary = status_summary(row_figures.statuses)
            if summary and table.has_column("result"):
                row.cells["result"] = summary


def _put(row: Row, table: Table, figures: RowFigures) -> None:
    for key, value in figures.totals.items():
        if value is not None and table.has_column(key):
            row.cells[key] = value


_FILLERS: dict[str, Callable[[Table, TableFigures], None]] = {
    "indicators": _fill_indicators, "grid": _fill_grid, "tasks": _fill_tasks,
}
