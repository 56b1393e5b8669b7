"""The kind and period a city screen shows («Tình hình nộp báo cáo», «Tổng hợp báo cáo»): the periods
received first, with how many reports each, then those a unit would report on now. The clerk's choice
stays when the screen reads the store again; until the clerk chooses, the latest period received is shown."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core import periods
from desktop.core.store import received
from desktop.core.workspace import Workspace
from desktop.ui.citypage import buddy, in_row


def period_choices(workspace: Workspace, template_id: str) -> list[tuple[periods.Period, int]]:
    """(period, reports received) of a kind: the periods received first, the latest first, then the
    periods a unit would report on now."""
    level = workspace.scope().receives
    counts: dict[periods.Period, int] = {}
    for kind, period in received.received_kinds(workspace.store):
        if kind == template_id:
            held = [r for r in received.current(workspace.store, kind, period) if r.level == level]
            if held:
                counts[periods.parse_period(period)] = len(held)
    found = sorted(counts, key=periods.sort_key, reverse=True)
    template = workspace.catalogue.get(template_id)
    found += [p for p in periods.choices(template.periods, workspace.today()) if p not in counts]
    return [(p, counts.get(p, 0)) for p in found]


class KindPeriod(QWidget):
    """«Loại báo cáo» and «Kỳ», side by side.

    Signals:
        changed(): the clerk chose another kind or period (not emitted by `refresh`).
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.chosen = False  # the clerk chose: kept by refresh
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại báo cáo"))
        for template in workspace.catalogue:
            self.kind.addItem(template.name, template.id)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Kỳ báo cáo"))
        for combo, shortest in ((self.kind, 30), (self.period, 20)):  # long names elided, not widening the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(shortest)
        layout = in_row(buddy(self.tr("&Loại báo cáo:"), self.kind), self.kind, buddy(self.tr("&Kỳ:"), self.period),
                        self.period, stretches=(0, 3, 0, 2))
        layout.setContentsMargins(0, 0, 0, 0)
        self.setLayout(layout)
        self.refresh()
        self.kind.activated.connect(self._chosen)
        self.period.activated.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)

    def template_id(self) -> str:
        return str(self.kind.currentData())

    def period_text(self) -> str:
        return str(self.period.currentData())

    def kind_name(self) -> str:
        return self.kind.currentText()

    def refresh(self) -> bool:
        """Fill the lists again from the store; True if the kind or period shown is not the one shown before."""
        shown = (self.template_id(), self.period_text())
        self.kind.blockSignals(True)
        if not self.chosen:
            self._choose_latest_kind()
        self.kind.blockSignals(False)
        self._fill_periods(shown[1] if self.chosen else None)
        return (self.template_id(), self.period_text()) != shown

    def _choose_latest_kind(self) -> None:
        kinds = received.received_kinds(self.workspace.store)
        latest = max(kinds, key=lambda k: periods.sort_key(periods.parse_period(k[1])), default=None)
        self.kind.setCurrentIndex(max(self.kind.findData(latest[0]) if latest else 0, 0))

    def _fill_periods(self, keep: str | None) -> None:
        """The periods of the kind; `keep` chosen if listed, else the first (the latest received)."""
        self.period.blockSignals(True)
        self.period.clear()
        for period, count in period_choices(self.workspace, self.template_id()):
            text = periods.label(period, self.lang)
            if count:
                text = self.tr("{0} — đã nhận {1} báo cáo").format(text, count)
            self.period.addItem(text, str(period))
        self.period.setCurrentIndex(max(self.period.findData(keep) if keep else 0, 0))
        self.period.blockSignals(False)

    def _chosen(self) -> None:
        self.chosen = True

    def _kind_changed(self) -> None:
        self._fill_periods(None)
        self.changed.emit()

    def _period_changed(self) -> None:
        self.changed.emit()
