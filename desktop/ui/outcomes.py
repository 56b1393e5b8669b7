"""How received files are shown: what each does (the outcome table), the values a replacement
changes, and the question asked before a unit's signing key is enrolled."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.changes import Change, describe, shown_value
from desktop.core.errors import BaocaoError
from desktop.core.exchange.importer import IMPORTED, NEW, REJECTED, REPLACED, UNCHANGED, Outcome
from desktop.core.loader import Catalogue
from desktop.ui.scopedialog import fingerprint_font

# (background, text) of the outcome cell: green taken, grey nothing to do, amber replaced, red refused.
COLOURS = {NEW: ("#d1e7dd", "#0f5132"), IMPORTED: ("#d1e7dd", "#0f5132"), UNCHANGED: ("#e2e3e5", "#41464b"),
           REPLACED: ("#fff3cd", "#664d03"), REJECTED: ("#f8d7da", "#842029")}
NOT_ENROLLED = "exchange.key_not_enrolled"
FILE, UNIT, KIND, PERIOD, REVISION, STATUS, REASON = range(7)
# The file's name and kind elided (in full in their tooltips), the others fit their contents; the unit takes
# the rest. The reason is shown beside the table (OutcomeDetail) and in the outcome's tooltip.
WIDTHS = {FILE: 180, KIND: 150, STATUS: 100}


def error_context(outcome: Outcome, key: str) -> str:
    """A value the file's error names (the unit of a key not enrolled, its fingerprint); '' if none."""
    return str(outcome.error.message.context.get(key, "")) if outcome.error else ""


def period_text(period: str, lang: str) -> str:
    try:
        return periods.label(periods.parse_period(period), lang)
    except BaocaoError:
        return period


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


class OutcomeTable(QTableWidget):
    """One row per file: file, unit, kind, period, version, outcome in words (coloured; the reason in its
    tooltip and in a hidden column)."""

    def __init__(self, catalogue: Catalogue, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.names = {t.id: t.name for t in catalogue}
        self.lang = lang
        self.outcomes: list[Outcome] = []
        self.setHorizontalHeaderLabels([self.tr("Tệp"), self.tr("Đơn vị"), self.tr("Loại báo cáo"), self.tr("Kỳ"),
                                        self.tr("Bản"), self.tr("Kết quả"), self.tr("Lý do")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Các tệp và kết quả kiểm tra"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(REASON, True)
        header.moveSection(header.visualIndex(STATUS), 1)  # the outcome next to the file, seen without scrolling

    def status_text(self, outcome: Outcome, applied: bool) -> str:
        """The outcome in words: what the file would do (planned) or did (applied)."""
        if outcome.status == REPLACED:
            return self.tr("Đã thay bản cũ") if applied else self.tr("Thay bản cũ")
        words = {NEW: self.tr("Mới"), IMPORTED: self.tr("Đã nhận"), UNCHANGED: self.tr("Không đổi"),
                 REJECTED: self.tr("Từ chối")}
        return words.get(outcome.status, outcome.status)

    def reason_text(self, outcome: Outcome, applied: bool) -> str:
        if outcome.status == REJECTED:
            return outcome.reason(self.lang)
        if outcome.status == UNCHANGED:
            return self.tr("Đã nhận đúng bản này trước đây; không nhận lại.")
        if outcome.status == REPLACED:
            return self.tr("{0} mục khác bản đã nhận (chọn dòng để xem).").format(len(outcome.changes))
        return self.tr("Đã lưu.") if applied else self.tr("Chưa có báo cáo này của đơn vị.")

    def show_outcomes(self, outcomes: list[Outcome], applied: bool) -> None:
        self.outcomes = list(outcomes)
        self.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            for column, item in enumerate(self._row(outcome, applied)):
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def _row(self, outcome: Outcome, applied: bool) -> list[QTableWidgetItem]:
        package = outcome.package
        unit = package.unit_name if package else error_context(outcome, "unit")
        kind = self.names.get(package.template_id, package.template_id) if package else ""
        period = period_text(package.period, self.lang) if package else ""
        reason = self.reason_text(outcome, applied)
        status = _item(self.status_text(outcome, applied), reason)
        stored = applied and outcome.status == REPLACED  # green like a new file once it is in
        background, text = COLOURS[IMPORTED] if stored else COLOURS.get(outcome.status, ("#ffffff", "#000000"))
        status.setBackground(QBrush(QColor(background)))
        status.setForeground(QBrush(QColor(text)))
        revision = _item(str(package.revision) if package else "")
        revision.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return [_item(outcome.file.name, str(outcome.file)), _item(unit), _item(kind), _item(period), revision,
                status, _item(reason)]

    def selected(self) -> Outcome | None:
        rows = self.selectionModel().selectedRows()
        return self.outcomes[rows[0].row()] if rows else None

    def status_of(self, row: int) -> str:
        item = self.item(row, STATUS)
        return item.text() if item else ""


class ChangeTable(QTableWidget):
    """The values a replacement changes: the field as the clerk sees it, the value held, the new one."""

    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.lang = lang
        self.setHorizontalHeaderLabels([self.tr("Mục"), self.tr("Giá trị đã nhận"), self.tr("Giá trị mới")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Các giá trị khác bản đã nhận"))
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def show_changes(self, outcome: Outcome | None) -> None:
        found: tuple[Change, ...] = outcome.changes if outcome else ()
        report = outcome.package.report if outcome and outcome.package else None
        self.setRowCount(len(found))
        for row, change in enumerate(found):
            values = [describe(change.field, report, self.lang), shown_value(change.field, change.old, self.lang),
                      shown_value(change.field, change.new, self.lang)]
            for column, text in enumerate(values):
                self.setItem(row, column, _item(text or "∅"))


def can_enrol(outcome: Outcome | None) -> bool:
    """Whether the file was refused only because its unit's key is not enrolled yet."""
    return outcome is not None and outcome.error is not None and outcome.error.code == NOT_ENROLLED


class OutcomeDetail(QWidget):
    """The file selected, explained: what it does or why it is refused (with «Đăng ký khóa…» for a key not
    enrolled yet), and the values a replacement changes.

    Signals:
        enrol(): «Đăng ký khóa…» was pressed.
    """

    enrol = Signal()

    def __init__(self, table: OutcomeTable, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_button = QPushButton(self.tr("Đăng ký khóa…"))
        self.enrol_button.clicked.connect(self.enrol)
        self.changes = ChangeTable(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.changes, 1)
        layout.addStretch(0)  # keeps the text at the top while the changes are hidden

    def show_outcome(self, outcome: Outcome | None, applied: bool, can_act: bool) -> None:
        replaced = outcome is not None and outcome.status == REPLACED and bool(outcome.changes)
        self.text.setText(self._text(outcome, applied))
        self.enrol_button.setVisible(can_enrol(outcome))
        self.enrol_button.setEnabled(can_act)
        self.changes.setVisible(replaced)
        self.changes.show_changes(outcome if replaced else None)

    def _text(self, outcome: Outcome | None, applied: bool) -> str:
        if outcome is None:
            return self.tr("Chọn một dòng để xem chi tiết.")
        if outcome.status == REPLACED and outcome.changes:
            return self.tr("Bản {0} khác bản đã nhận ở {1} mục:").format(
                outcome.package.revision if outcome.package else "", len(outcome.changes))
        return self.table.reason_text(outcome, applied)


class EnrolDialog(QDialog):
    """Shows the fingerprint of a unit's key and asks whether the unit read the same one on the phone;
    «Đăng ký khóa» is enabled only once the clerk ticks that it was compared."""

    def __init__(self, unit: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng ký khóa ký của đơn vị"))
        intro = QLabel(self.tr("Dấu vân tay khóa ký trong tệp của {0}:").format(unit))
        shown = QLabel(fingerprint)
        shown.setFont(fingerprint_font())
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QLabel(self.tr("Hãy gọi điện cho cán bộ của {0} (số điện thoại đã biết, không dùng số ghi trong tệp "
                             "hay thư gửi kèm), nhờ họ mở Cài đặt → Phạm vi sử dụng và đọc dấu vân tay của máy họ. "
                             "Chỉ đăng ký khi từng ký tự trùng khớp; nếu khác, tệp không phải do đơn vị gửi.")
                     .format(unit))
        how.setWordWrap(True)
        self.compared = QCheckBox(self.tr("Tôi đã gọi điện đối chiếu: dãy đơn vị đọc trùng khớp với dãy trên"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Đăng ký khóa"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.compared.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, shown, how, self.compared, self.buttons):
            layout.addWidget(widget)
