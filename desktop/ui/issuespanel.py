"""The list of a report's problems: errors and warnings, each leading to its field; warnings take a giải trình."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validate import ERROR, Issue

MAX_EXPLANATION = 500


class IssuesPanel(QWidget):
    """Shows issues; double click or Enter on one goes to its field.

    Signals:
        activated(object): an Issue the clerk wants to go to.
        explained(object, str): the clerk answered a warning (Issue, explanation text).
        check_requested(): the "Kiểm tra" button was pressed.
    """

    activated = Signal(object)
    explained = Signal(object, str)
    check_requested = Signal()

    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.issues: list[Issue] = []
        self.read_only = False  # no giải trình on a report that cannot change
        self.summary = QLabel()
        self.notice = QLabel()  # what an action the clerk chose (Hoàn tất) still needs
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fde2e1; color: #842029; padding: 4px;")
        self.notice.hide()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Lỗi và cảnh báo của báo cáo"))
        self.list.setAccessibleDescription(self.tr("Enter: đến chỗ cần sửa; F8, Shift+F8: lỗi sau, lỗi trước"))
        self.summary.setBuddy(self.list)
        # On a small or scaled screen (150 %) the form keeps the height: two lines of problems are enough there.
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 // 2)
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(self._update_buttons)
        check = QPushButton(self.tr("Kiểm tra"))
        check.setToolTip(self.tr("Kiểm tra lại toàn bộ báo cáo (F7)"))
        check.clicked.connect(self.check_requested)
        self.explain = QPushButton(self.tr("Giải trình…"))
        self.explain.setToolTip(self.tr("Ghi lý do cho cảnh báo đang chọn; lời giải trình được lưu cùng số liệu"))
        self.explain.clicked.connect(self.ask_explanation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.explain)
        buttons.addWidget(check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 1)
        self._update_buttons()

    def show_notice(self, text: str) -> None:
        """A sentence above the list, until the issues are shown again."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_issues(self, issues: list[Issue]) -> None:
        self.notice.hide()
        self.issues = issues
        self.list.clear()
        style = self.style()
        for issue in issues:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if issue.level == ERROR \
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            text = issue.text(self.lang)
            if issue.explanation:
                text += "\n" + self.tr("Đã giải trình: ") + issue.explanation
            item = QListWidgetItem(style.standardIcon(icon), text)
            item.setData(Qt.ItemDataRole.UserRole, issue)
            self.list.addItem(item)
        errors = sum(1 for i in issues if i.level == ERROR)
        warnings = len(issues) - errors
        if not issues:
            self.summary.setText(self.tr("Không có lỗi."))
        else:
            self.summary.setText(self.tr("%n lỗi", "", errors) + ", " + self.tr("%n cảnh báo", "", warnings))
        self._update_buttons()

    def current_issue(self) -> Issue | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def step(self, step: int) -> Issue | None:
        """F8 / Shift+F8: choose the next (1) or previous (-1) issue, round the list, and go to its place."""
        count = self.list.count()
        if not count:
            return None
        row = self.list.currentRow()
        row = (row + step) % count if row >= 0 else (0 if step > 0 else count - 1)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        self._activated(self.list.item(row))
        return self.current_issue()

    def _activated(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _can_explain(self, issue: Issue | None) -> bool:
        return bool(issue and not self.read_only and issue.level != ERROR and issue.place.column)

    def _update_buttons(self) -> None:
        self.explain.setEnabled(self._can_explain(self.current_issue()))

    def ask_explanation(self) -> None:
        issue = self.current_issue()
        if issue is None or not self._can_explain(issue):
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Giải trình"), issue.text(self.lang) + "\n\n" + self.tr("Lý do (ngắn gọn):"),
            issue.explanation)
        if ok:
            self.explained.emit(issue, text.strip()[:MAX_EXPLANATION])
