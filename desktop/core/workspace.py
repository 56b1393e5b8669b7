"""What a clerk does with the store: choose the commune, create, open and import reports."""

import datetime
from collections.abc import Callable
from pathlib import Path

from desktop.core import units
from desktop.core.document import Report, new_report
from desktop.core.errors import BaocaoError
from desktop.core.history import PastValue, indicator_history
from desktop.core.loader import Catalogue
from desktop.core.reportfile import read_report
from desktop.core.store.reports import Store
from desktop.core.validate import errors, validate

UNIT_KEY = "unit_code"
PLACE_STYLE_KEY = "place_style"
LANGUAGE_KEY = "language"


class Workspace:
    """The store, the templates and the commune's settings, together."""

    def __init__(self, store: Store, catalogue: Catalogue,
                 today: Callable[[], datetime.date] = datetime.date.today) -> None:
        self.store = store
        self.catalogue = catalogue
        self.today = today

    def unit(self) -> units.AdminUnit | None:
        code = self.store.setting(UNIT_KEY)
        return units.commune(code) if code else None

    def place_style(self) -> str:
        style = self.store.setting(PLACE_STYLE_KEY, "proper")
        return style if style in units.PLACE_STYLES else "proper"

    def set_unit(self, unit: units.AdminUnit, place_style: str) -> None:
        self.store.set_setting(UNIT_KEY, unit.code)
        self.store.set_setting(PLACE_STYLE_KEY, place_style)

    def language(self) -> str:
        return self.store.setting(LANGUAGE_KEY, "vi")

    def set_language(self, lang: str) -> None:
        self.store.set_setting(LANGUAGE_KEY, lang)

    def create_report(self, template_id: str) -> tuple[int, Report]:
        """A new draft of a template for the chosen commune, stored at once."""
        unit = self.unit()
        if unit is None:
            raise ValueError("choose the commune before creating a report")
        report = new_report(self.catalogue.get(template_id), unit, today=self.today(),
                            place_style=self.place_style())
        return self.store.add_report(report), report

    def import_file(self, path: Path) -> tuple[int, Report]:
        """Store a report JSON file (a sample, or one saved elsewhere) as a new report."""
        report = read_report(path)
        self.catalogue.get(report.template_id)  # refuse a report of an unknown template
        return self.store.add_report(report), report

    def history(self, report_id: int | None, report: Report) -> dict[str, list[PastValue]]:
        """The values of the report's indicators in the unit's earlier reports."""
        if report.unit is None:
            return {}
        return indicator_history(report, self.store.unit_reports(report.unit.code, exclude=report_id))

    def finalise(self, report_id: int, report: Report) -> None:
        """Mark a report final (ready to sign and send); refused while it has errors."""
        template = self.catalogue.get(report.template_id)
        issues = validate(report, template, today=self.today(), history=self.history(report_id, report))
        found = errors(issues)
        if found:
            raise BaocaoError("report.has_errors", count=len(found))
        report.status = "final"
        self.store.save_report(report_id, report)

    def reopen(self, report_id: int, report: Report) -> None:
        """Back to a draft, to correct a finalised report before it is sent."""
        report.status = "draft"
        self.store.save_report(report_id, report)
