"""«Thùng rác»: the reports deleted, the latest first, with «Khôi phục» and «Xóa vĩnh viễn».

A report in the trash keeps its content, issued versions and change log. One never issued can be
deleted for ever (asked first); an issued one is kept for good and can only be restored."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.errors import BaocaoError
from desktop.core.store.reports import ReportSummary
from desktop.core.workspace import Workspace
from desktop.ui.versionsdialog import local_time


class TrashDialog(QDialog):
    """The trash of the workspace's store.

    Signals:
        restored(int): a report came back to the list (its id).
    """

    restored = Signal(int)

    def __init__(self, workspace: Workspace, writable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.writable, self.lang = workspace, writable, workspace.language()
        self.setWindowTitle(self.tr("Thùng rác"))
        self.resize(900, 480)
        self.summaries: list[ReportSummary] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Báo cáo"), self.tr("Kỳ"), self.tr("Xóa lúc")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Khôi phục"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("&Xóa vĩnh viễn…"))
        self.purge_button.clicked.connect(self.purge_selected)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Báo cáo đã xóa vẫn nằm ở đây, đủ nội dung, các bản đã ban hành và nhật ký "
                                        "thay đổi, cho đến khi được khôi phục hoặc xóa vĩnh viễn.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.summaries = self.workspace.store.trashed_reports()
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            texts = (" ".join(summary.title.split()), periods.label(periods.parse_period(summary.period), self.lang),
                     local_time(summary.deleted_at))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if self.summaries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ReportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        summary = self.selected()
        self.restore_button.setEnabled(summary is not None and self.writable)
        issued = summary is not None and summary.versions > 0
        self.purge_button.setEnabled(summary is not None and not issued and self.writable)
        if not self.summaries:
            self.hint.setText(self.tr("Thùng rác trống."))
        elif issued:
            self.hint.setText(self.tr("Báo cáo này đã ban hành nên được giữ lại; chỉ khôi phục được."))
        else:
            self.hint.setText("")

    def restore_selected(self) -> None:
        summary = self.selected()
        if summary is not None and self._done(lambda: self.workspace.store.restore_report(summary.id)):
            self.restored.emit(summary.id)

    def purge_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa vĩnh viễn"),
            self.tr("Xóa vĩnh viễn báo cáo «{0}»? Không thể khôi phục lại.").format(" ".join(summary.title.split())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._done(lambda: self.workspace.store.purge_report(summary.id))

    def _done(self, step: Callable[[], None]) -> bool:
        """Run a change of the store; its refusal is said (read-only, disk full …) and nothing changes."""
        try:
            step()
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), error.text(self.lang))
            return False
        finally:
            self.refresh()
        return True
