"""What a clerk does with the store: choose the commune, create, open and import reports."""

import copy
import datetime
import io
from collections.abc import Callable
from pathlib import Path

from desktop.core import periods, units
from desktop.core.changes import Change, changes
from desktop.core.document import Report, new_report, to_dict
from desktop.core.errors import BaocaoError
from desktop.core.exchange.scope import SETTING as SCOPE_KEY
from desktop.core.exchange.scope import Scope
from desktop.core.exchange.scope import from_setting as scope_from_setting
from desktop.core.history import PastValue, indicator_history
from desktop.core.loader import Catalogue
from desktop.core.periods import parse_period
from desktop.core.reportfile import read_report
from desktop.core.store.reports import ReportSummary, Store, Version
from desktop.core.tables import clear_figures, clear_notes

UNIT_KEY = "unit_code"
UNIT_RECORD_KEY = "unit"  # the unit's names as the official list gave them when chosen
PLACE_STYLE_KEY = "place_style"
LANGUAGE_KEY = "language"


class Workspace:
    """The store, the templates and the commune's settings, together."""

    def __init__(self, store: Store, catalogue: Catalogue,
                 today: Callable[[], datetime.date] = datetime.date.today, lang: str | None = None) -> None:
        self.store = store
        self.catalogue = catalogue
        self.today = today
        self._lang = lang  # `baocao --lang`: this session only, the stored setting stays

    def unit(self) -> units.AdminUnit | None:
        """The commune chosen, as remembered when it was chosen: looking it up in the official list
        (vietnam_provinces) costs 50-100 ms, which the window's start does not pay."""
        code = self.store.setting(UNIT_KEY)
        if not code:
            return None
        remembered = units.unit_from_record(self.store.setting(UNIT_RECORD_KEY))
        if remembered is not None and remembered.code == code:
            return remembered
        unit = units.commune(code)
        if not self.store.read_only:  # a database from before the record: remembered from now on
            self.store.set_setting(UNIT_RECORD_KEY, units.unit_record(unit))
        return unit

    def place_style(self) -> str:
        style = self.store.setting(PLACE_STYLE_KEY, "proper")
        return style if style in units.PLACE_STYLES else "proper"

    def set_unit(self, unit: units.AdminUnit, place_style: str) -> None:
        self.store.set_setting(UNIT_KEY, unit.code)
        self.store.set_setting(UNIT_RECORD_KEY, units.unit_record(unit))
        self.store.set_setting(PLACE_STYLE_KEY, place_style)

    def language(self) -> str:
        return self._lang or self.store.setting(LANGUAGE_KEY, "vi")

    def set_language(self, lang: str) -> None:
        self.store.set_setting(LANGUAGE_KEY, lang)

    def scope(self) -> Scope:
        """Whom this installation serves: one commune (the default), a province, or the nation."""
        return scope_from_setting(self.store.setting(SCOPE_KEY))

    def set_scope(self, scope: Scope) -> None:
        self.store.set_setting(SCOPE_KEY, scope.to_setting())

    def create_report(self, template_id: str, *, period: str | None = None,
                      source: int | None = None) -> tuple[int, Report]:
        """A new draft of a template, stored at once: blank for the chosen commune, or copied from the
        earlier report `source` (of the same template) as `create_next` copies it. `period`: one the
        template takes; by default the one a clerk most likely reports on today."""
        template = self.catalogue.get(template_id)
        chosen = str(periods.choices(template.periods, self.today())[0]) if period is None else period
        if not periods.accepts(template.periods, parse_period(chosen)):
            raise ValueError(f"template {template_id} does not take the period {chosen}")
        if source is None:
            report = self._blank(template_id)
        else:
            report = self.store.load_report(source)
            if report.template_id != template_id:
                raise ValueError(f"report {source} is not of template {template_id}")
            _leave_the_period(report, next_period_figures=template.next_period_figures)
        _redraft(report, chosen, self.today())
        return self.store.add_report(report), report

    def _blank(self, template_id: str) -> Report:
        unit = self.unit()
        if unit is None:
            raise ValueError("choose the commune before creating a report")
        return new_report(self.catalogue.get(template_id), unit, today=self.today(), place_style=self.place_style())

    def duplicate(self, report_id: int) -> tuple[int, Report]:
        """A new draft copy of a report as it is now (same period, figures and notes), to be numbered
        and dated anew; the title is the same: it is printed, and the list tells the copy by its blank
        number and its status."""
        report = self.store.load_report(report_id)
        _redraft(report, report.period, None)
        return self.store.add_report(report), report

    def copy_sources(self, template_id: str) -> list[ReportSummary]:
        """The reports a new one of a template may start from: the chosen unit's of that template
        (none in the trash), the latest period first."""
        unit = self.unit()
        found = [s for s in self.store.list_reports()
                 if s.template_id == template_id and unit is not None and s.unit_code == unit.code]
        return sorted(found, key=lambda s: periods.sort_key(parse_period(s.period)), reverse=True)

    def import_file(self, path: Path) -> tuple[int, Report]:
        """Store a report JSON file (a sample, or one saved elsewhere) as a new report."""
        report = self.read_file(path)
        return self.store.add_report(report), report

    def read_file(self, path: Path) -> Report:
        """A report JSON file, read but not stored; refused if its template is unknown."""
        report = read_report(path)
        self.catalogue.get(report.template_id)
        return report

    def existing_copy(self, report: Report) -> int | None:
        """The stored report that is the same document as `report`, if any: the same template, unit,
        period, number and date (the text may have been edited since), the most recently changed first."""
        for summary in self.store.list_reports():
            if (summary.template_id, summary.period, summary.number) != (
                    report.template_id, report.period, report.number):
                continue
            stored = self.store.load_report(summary.id)
            if _unit_code(stored) == _unit_code(report) and stored.date == report.date:
                return summary.id
        return None

    def history(self, report_id: int | None, report: Report) -> dict[str, list[PastValue]]:
        """The values of the report's indicators in the unit's earlier reports."""
        if report.unit is None:
            return {}
        return indicator_history(report, self.store.unit_reports(report.unit.code, exclude=report_id))

    def finalise(self, report_id: int, report: Report, *, at: datetime.datetime | None = None) -> Version:
        """Issue the report: checked without errors, numbered and dated; its PDF as issued is stored
        with its SHA-256 as the next version, and the content is locked."""
        from desktop.core.pdf.render import render_pdf  # reportlab: not on the start-up path (#15)
        from desktop.core.validate import errors, validate

        template = self.catalogue.get(report.template_id)
        issues = validate(report, template, today=self.today(), history=self.history(report_id, report))
        found = errors(issues)
        if found:
            raise BaocaoError("report.has_errors", count=len(found))
        if not report.number.strip() or report.date is None:
            raise BaocaoError("report.needs_number_date")
        issued = copy.deepcopy(report)
        issued.status = "final"
        pdf = io.BytesIO()
        render_pdf(issued, pdf, created=at or datetime.datetime.now().astimezone())
        version = self.store.add_version(report_id, issued, pdf.getvalue())
        report.status = "final"
        return version

    def mark_sent(self, report_id: int, report: Report) -> None:
        """The issued report has left the commune (its file was exported)."""
        if report.status not in ("final", "sent"):
            raise BaocaoError("report.not_final")
        report.status = "sent"
        self.store.mark_sent(report_id, report)

    def amend(self, report_id: int, report: Report) -> None:
        """Start a bản điều chỉnh: the report is a draft again; its issued versions stay as they were."""
        report.status = "draft"
        self.store.save_report(report_id, report)

    def compare(self, report_id: int, old: int, new: int | None = None) -> list[Change]:
        """What changed from issued version `old` to version `new` (None: the report as it is now)."""
        before = self.store.load_version(report_id, old)[0]
        after = self.store.load_report(report_id) if new is None else self.store.load_version(report_id, new)[0]
        return changes(to_dict(before), to_dict(after))

    def create_next(self, report_id: int) -> tuple[int, Report]:
        """The same report for the next period, as a new draft: the text kept, the number left to fill,
        dated today, the figures kept or cleared as the template says; last period's notes («Ghi chú»)
        and giải trình are not carried over."""
        source = self.store.load_report(report_id)
        following = periods.following(parse_period(source.period))
        if following is None or not periods.accepts(self.catalogue.get(source.template_id).periods, following):
            raise BaocaoError("period.last", period=source.period)
        return self.create_report(source.template_id, period=str(following), source=report_id)


def _unit_code(report: Report) -> int | None:
    return report.unit.code if report.unit is not None else None


def _redraft(report: Report, period: str, date: datetime.date | None) -> None:
    """Make a copy a new draft of `period`, without a number, dated `date`: the title names the new
    period where it named the old one («… 9 tháng đầu năm 2025»)."""
    if period != report.period:
        old, new = periods.label(parse_period(report.period)), periods.label(parse_period(period))
        report.title = report.title.replace(old, new)
    report.period, report.status, report.number, report.date = period, "draft", "", date
    if date is not None:
        report.year = date.year


def _leave_the_period(report: Report, *, next_period_figures: str) -> None:
    """What speaks of the copied report's own period goes: its notes and giải trình, and its figures
    when the template says so."""
    for table in report.tables():
        clear_notes(table)
        if next_period_figures == "clear":
            clear_figures(table)
