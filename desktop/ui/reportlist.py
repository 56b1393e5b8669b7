"""The report browser on the left of the main window: a search line, filters by kind, period and
status, how many reports are shown, and the list (title, number, period and status of each).

The search ignores case and diacritics («ket qua 9 thang» finds «Kết quả … 9 tháng») and looks in
the title, the number, the period and the kind. A click or Enter opens a report; the arrow keys
only move in the list. Down in the search line goes to the list."""

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.store.reports import ReportSummary
from desktop.core.units import search_key
from desktop.core.vnformat import BLANK, format_number, number_line

ID_ROLE = Qt.ItemDataRole.UserRole


def item_text(summary: ReportSummary, lang: str = "vi") -> str:
    """A report as the list shows it: its title, then «Số: 12/BC-UBND · quý III/2025 · bản nháp»."""
    translate = QCoreApplication.translate
    profile = "party" if "/" in summary.symbol else "nd30"  # only Party symbols hold a "/"
    number = number_line(summary.number, summary.symbol, profile).replace(BLANK, "…")
    period = periods.label(periods.parse_period(summary.period), lang)
    status = {"draft": translate("ReportList", "bản nháp"), "final": translate("ReportList", "đã hoàn tất"),
              "sent": translate("ReportList", "đã gửi")}.get(summary.status, summary.status)
    if summary.versions and summary.status == "draft":
        status = translate("ReportList", "bản điều chỉnh lần {0}, đang sửa").format(summary.versions)
    return f"{' '.join(summary.title.split())}\n{number} · {period} · {status}"


class ReportList(QListWidget):
    """One item per report shown.

    Signals:
        chosen(int): the clerk opened another report than the current one (a click, or Enter).
        trash_requested(int): the Delete key on a report.
        left_at_top(): Up on the first item (the search line above takes the focus).
    """

    chosen = Signal(int)
    trash_requested = Signal(int)
    left_at_top = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)  # where one report's two or three lines end
        self.setSpacing(1)
        self._current: int | None = None
        self.itemClicked.connect(self.open_item)

    def show_reports(self, summaries: list[ReportSummary], current: int | None, lang: str = "vi") -> None:
        """Show these reports, with `current` selected; no `chosen` is emitted. The same reports as
        before keep their items (a click that opens a report is still being handled) and, for the
        same current report, the place the arrow keys have moved to."""
        ids = [s.id for s in summaries]
        rebuild = ids != [self.item(row).data(ID_ROLE) for row in range(self.count())]
        moved = rebuild or current != self._current
        self._current = current
        self.blockSignals(True)
        if rebuild:
            self.clear()
            for report_id in ids:
                item = QListWidgetItem()
                item.setData(ID_ROLE, report_id)
                self.addItem(item)
        for row, summary in enumerate(summaries):
            self.item(row).setText(self.item_text(summary, lang))
        if moved:
            self.setCurrentRow(ids.index(current) if current in ids else -1)
        self.blockSignals(False)

    def item_text(self, summary: ReportSummary, lang: str = "vi") -> str:
        return item_text(summary, lang)

    def highlighted(self) -> int | None:
        """The id of the report the list's cursor is on (not necessarily the one open)."""
        item = self.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def enter_from_above(self) -> None:
        """The focus comes from the search line: on the report highlighted, else the first."""
        if self.count():
            if self.currentItem() is None:
                self.setCurrentRow(0)
            self.setFocus()

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE) != self._current:
            self.chosen.emit(item.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, report_id = event.key(), self.highlighted()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and report_id is not None:
            self.open_item(self.currentItem())
        elif key == Qt.Key.Key_Delete and report_id is not None:
            self.trash_requested.emit(report_id)
        elif key == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.left_at_top.emit()
        else:
            super().keyPressEvent(event)


class SearchLine(QLineEdit):
    """The search line: Down goes to the list, Esc empties the line.

    Signals:
        down(): the Down key was pressed.
    """

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


def _haystack(summary: ReportSummary, kind: str) -> str:
    """What the search looks in, folded: title, number («12/BC-UBND»), period (as written and as
    stored: «quý III/2025», «2025-Q3») and kind."""
    period = periods.parse_period(summary.period)
    texts = (summary.title, summary.number, f"{summary.number}/{summary.symbol}", periods.label(period),
             periods.label(period, "en"), summary.period, kind)
    return search_key(" ".join(texts))


class ReportBrowser(QWidget):
    """The search line, the filters, the count and the list of reports.

    Signals:
        chosen(int): the clerk opened a report (its id).
        duplicate_requested(int): «Nhân bản báo cáo» from the list's context menu.
        trash_requested(int): «Xóa báo cáo» from the context menu, or the Delete key.
    """

    chosen = Signal(int)
    duplicate_requested = Signal(int)
    trash_requested = Signal(int)

    def __init__(self, kinds: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`kinds`: (template id, name) of every template, in the order the filter lists them."""
        super().__init__(parent)
        self._kinds = dict(kinds)
        self._summaries: list[ReportSummary] = []
        self._current: int | None = None
        self._shown: set[int] = set()
        self._lang = "vi"
        self._writable = True
        self.context_menu: QMenu | None = None  # the last one shown (tests trigger its actions)
        self._build(kinds)

    def _build(self, kinds: list[tuple[str, str]]) -> None:
        self.search = SearchLine()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, số, kỳ, loại báo cáo…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm báo cáo"))
        self.kind = self._combo(self.tr("Loại báo cáo"), self.tr("Mọi loại báo cáo"),
                                [(name, kind) for kind, name in kinds])
        self.period = self._combo(self.tr("Kỳ báo cáo"), self.tr("Mọi kỳ"), [])
        translate = QCoreApplication.translate  # the words of the list's items
        self.status = self._combo(self.tr("Trạng thái"), self.tr("Mọi trạng thái"), [
            (translate("ReportList", "bản nháp"), "draft"), (translate("ReportList", "đã hoàn tất"), "final"),
            (translate("ReportList", "đã gửi"), "sent")])
        self.count_label = QLabel()
        self.list = ReportList()
        self.list.chosen.connect(self.chosen)
        self.list.trash_requested.connect(self._trash_requested)
        self.list.left_at_top.connect(self.search.setFocus)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.search.down.connect(self.list.enter_from_above)
        self.search.returnPressed.connect(self._open_highlighted)
        self.search.textChanged.connect(lambda: self._apply())
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.period, 1)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.kind):
            layout.addWidget(widget)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)

    def _combo(self, name: str, everything: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, None)
        for text, data in choices:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda: self._apply())
        return combo

    # ---- what the main window calls ----

    def show_reports(self, summaries: list[ReportSummary], current: int | None, lang: str = "vi") -> None:
        """Show these reports through the filters, with `current` selected; no `chosen` is emitted.
        A newly opened report the filters would hide clears them; the open one, edited so that it no
        longer matches, stays listed until the filters change."""
        opened = current != self._current
        self._summaries, self._lang = summaries, lang
        self._fill_periods()
        summary = None if current is None else self._summary(current)
        if opened and summary is not None and not self._matches(summary):
            self.clear_filters()
        keep = current if not opened and current in self._shown else None
        self._current = current
        self._apply(keep)

    def item_text(self, summary: ReportSummary, lang: str = "vi") -> str:
        return item_text(summary, lang)

    def set_writable(self, writable: bool) -> None:
        """A read-only window neither duplicates nor deletes."""
        self._writable = writable

    def clear_filters(self) -> None:
        for widget in (self.search, self.kind, self.period, self.status):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.period, self.status):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.kind, self.period, self.status):
            widget.blockSignals(False)
        self._apply()

    # ---- filtering ----

    def _summary(self, report_id: int) -> ReportSummary | None:
        return next((s for s in self._summaries if s.id == report_id), None)

    def _fill_periods(self) -> None:
        """The periods of the reports there are, the latest first; the one chosen stays chosen."""
        chosen = self.period.currentData()
        found = sorted({periods.parse_period(s.period) for s in self._summaries}, key=periods.sort_key, reverse=True)
        self.period.blockSignals(True)
        while self.period.count() > 1:
            self.period.removeItem(1)
        for period in found:
            self.period.addItem(periods.label(period, self._lang), str(period))
        self.period.setCurrentIndex(max(0, self.period.findData(chosen)) if chosen else 0)
        self.period.blockSignals(False)

    def _matches(self, summary: ReportSummary) -> bool:
        wanted = [(self.kind, summary.template_id), (self.period, summary.period), (self.status, summary.status)]
        if any(combo.currentData() not in (None, value) for combo, value in wanted):
            return False
        words = search_key(self.search.text()).split()
        haystack = _haystack(summary, self._kinds.get(summary.template_id, "")) if words else ""
        return all(word in haystack for word in words)

    def _apply(self, keep: int | None = None) -> None:
        shown = [s for s in self._summaries if s.id == keep or self._matches(s)]
        self._shown = {s.id for s in shown}
        self.list.show_reports(shown, self._current, self._lang)
        total = len(self._summaries)
        if len(shown) == total:
            self.count_label.setText(self.tr("{0} báo cáo").format(format_number(total)))
        else:
            self.count_label.setText(self.tr("{0} / {1} báo cáo").format(format_number(len(shown)),
                                                                       format_number(total)))

    # ---- opening, the context menu, Delete ----

    def _open_highlighted(self) -> None:
        """Enter in the search line opens the report highlighted in the list, else the first."""
        if self.list.count() == 0:
            return
        item = self.list.currentItem() or self.list.item(0)
        self.list.setCurrentItem(item)
        self.list.open_item(item)

    def _open(self, report_id: int) -> None:
        if report_id != self._current:
            self.chosen.emit(report_id)

    def _trash_requested(self, report_id: int) -> None:
        if self._writable:
            self.trash_requested.emit(report_id)

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        report_id = int(item.data(ID_ROLE))
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self)
        menu.addAction(self.tr("Mở"), lambda: self._open(report_id))
        duplicate = menu.addAction(self.tr("Nhân bản báo cáo"), lambda: self.duplicate_requested.emit(report_id))
        trash = menu.addAction(self.tr("Xóa báo cáo…"), lambda: self.trash_requested.emit(report_id))
        for action in (duplicate, trash):
            action.setEnabled(self._writable)
        self.context_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(position))
