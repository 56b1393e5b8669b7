"""The list of stored reports on the left of the main window: title, number, period and status."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.core.periods import label, parse_period
from desktop.core.store.reports import ReportSummary
from desktop.core.vnformat import BLANK, number_line

ID_ROLE = Qt.ItemDataRole.UserRole


class ReportList(QListWidget):
    """One item per stored report.

    Signals:
        chosen(int): the clerk picked another report than the current one (its id).
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._current: int | None = None
        self.currentItemChanged.connect(self._picked)

    def show_reports(self, summaries: list[ReportSummary], current: int | None, lang: str = "vi") -> None:
        """Show these reports, with `current` selected; no `chosen` is emitted."""
        self._current = current
        self.blockSignals(True)
        self.clear()
        for summary in summaries:
            item = QListWidgetItem(self.item_text(summary, lang))
            item.setData(ID_ROLE, summary.id)
            self.addItem(item)
            if summary.id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def item_text(self, summary: ReportSummary, lang: str = "vi") -> str:
        profile = "party" if "/" in summary.symbol else "nd30"  # only Party symbols hold a "/"
        number = number_line(summary.number, summary.symbol, profile).replace(BLANK, "…")
        period = label(parse_period(summary.period), lang)
        status = {"draft": self.tr("bản nháp"), "final": self.tr("đã hoàn tất"),
                  "sent": self.tr("đã gửi")}.get(summary.status, summary.status)
        if summary.versions and summary.status == "draft":
            status = self.tr("bản điều chỉnh lần {0}, đang sửa").format(summary.versions)
        return f"{' '.join(summary.title.split())}\n{number} · {period} · {status}"

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE) != self._current:
            self.chosen.emit(item.data(ID_ROLE))
