"""«Phiên bản và nhật ký»: the issued versions of a report (with the PDF as signed), what changed
between them, and the log of every change."""

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Change, describe, shown_value
from desktop.core.errors import BaocaoError
from desktop.core.filenames import report_stem
from desktop.core.workspace import Workspace
from desktop.ui.geometry import fit_dialog, text_size
from desktop.ui.paths import documents_dir

SHORT_TEXT = 120  # longer old/new values are cut in the table; the tooltip holds the whole text


def local_time(stamp: str | None) -> str:
    """'2025-10-07T08:30:00.000+00:00' → '07/10/2025 15:30' in this computer's time zone."""
    if not stamp:
        return ""
    return datetime.datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")


def _item(text: str | None) -> QTableWidgetItem:
    full = text or ""
    item = QTableWidgetItem(full if len(full) <= SHORT_TEXT else full[:SHORT_TEXT - 1] + "…")
    item.setToolTip(full)
    return item


def _fill(table: QTableWidget, rows: list[list[str | None]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _item(text))
    table.resizeRowsToContents()


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # read-only rows: Tab goes on to the buttons, the arrows move in the table
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if len(headers) > 2:  # the old and new values share what is left, wrapped
        for column in (len(headers) - 2, len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _undone_pairs(entries: list[Any]) -> list[tuple[Any, bool]]:
    """The log entries, oldest first; a row or section deleted and put back just after (undo) is one
    entry, marked True."""
    shown: list[tuple[Any, bool]] = []
    index = 0
    while index < len(entries):
        e = entries[index]
        after = entries[index + 1] if index + 1 < len(entries) else None
        undone = (after is not None and e.new is None and after.old is None and e.old is not None
                  and after.field == e.field and after.new == e.old)
        shown.append((e, undone))
        index += 2 if undone else 1
    return shown


class VersionsDialog(QDialog):
    """Versions (with their PDFs and a comparison) on one tab, the change log on the other."""

    def __init__(self, workspace: Workspace, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.report_id = workspace, report_id
        self.lang = workspace.language()
        self.report = workspace.store.load_report(report_id)
        self.setWindowTitle(self.tr("Phiên bản và nhật ký thay đổi"))
        tabs = QTabWidget()
        tabs.tabBar().setAccessibleName(self.tr("Các trang của cửa sổ"))
        tabs.addTab(self._versions_page(), self.tr("Các bản đã ban hành"))
        tabs.addTab(self._log_page(), self.tr("Nhật ký thay đổi"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_dialog(self, text_size(self, 160, 45))

    def _versions_page(self) -> QWidget:
        statuses = {"final": self.tr("đã hoàn tất"), "sent": self.tr("đã gửi")}
        self.versions = self.workspace.store.versions(self.report_id)
        self.version_table = _table([self.tr("Bản"), self.tr("Trạng thái"), self.tr("Hoàn tất lúc"),
                                     self.tr("Gửi lúc"), self.tr("Mã kiểm tra SHA-256 của PDF")],
                                    self.tr("Các bản đã ban hành"))
        _fill(self.version_table, [[str(v.number) if v.number == 1 else self.tr("{0} (điều chỉnh)").format(v.number),
                                    statuses.get(v.status, v.status), local_time(v.finalised_at),
                                    local_time(v.sent_at), v.pdf_sha256] for v in self.versions])
        self.version_table.itemSelectionChanged.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("Lưu PDF đã ban hành…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.compare_button = QPushButton(self.tr("So sánh với bản hiện tại"))
        self.compare_button.clicked.connect(self.compare_with_current)
        self.change_table = _table([self.tr("Mục"), self.tr("Giá trị cũ"), self.tr("Giá trị mới")],
                                   self.tr("Những mục khác bản hiện tại"))
        self.change_label = QLabel(self.tr("Chọn một bản rồi bấm «So sánh» để xem những gì đã thay đổi."))
        self.change_label.setWordWrap(True)
        self.change_label.setBuddy(self.change_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self.versions:
            layout.addWidget(QLabel(self.tr("Báo cáo này chưa được hoàn tất lần nào.")))
        layout.addWidget(self.version_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.change_label)
        layout.addWidget(self.change_table, 2)
        if self.versions:
            self.version_table.selectRow(len(self.versions) - 1)
        self._update_buttons()
        return page

    def _log_page(self) -> QWidget:
        entries = self.workspace.store.audit(self.report_id)
        self.log_table = _table([self.tr("Lúc"), self.tr("Mục"), self.tr("Giá trị cũ"), self.tr("Giá trị mới")],
                                self.tr("Nhật ký thay đổi, mới nhất ở trên"))
        deleted = self.tr("(xóa báo cáo)")
        def named(field: str) -> str:
            return deleted if field == "*" else describe(field, self.report, self.lang)

        rows = []
        for e, undone in _undone_pairs(entries):
            name = named(e.field) + (" " + self.tr("(xóa rồi hoàn tác)") if undone else "")
            rows.append([local_time(e.at), name, shown_value(e.field, e.old, self.lang),
                         shown_value(e.field, e.old if undone else e.new, self.lang)])
        _fill(self.log_table, rows[::-1])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Mọi thay đổi đã lưu, mới nhất ở trên.")))
        layout.addWidget(self.log_table)
        return page

    def selected_version(self) -> int | None:
        rows = self.version_table.selectionModel().selectedRows()
        return self.versions[rows[0].row()].number if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_version() is not None
        self.save_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)

    def show_changes(self, found: list[Change]) -> None:
        _fill(self.change_table, [[describe(c.field, self.report, self.lang), shown_value(c.field, c.old, self.lang),
                                   shown_value(c.field, c.new, self.lang)] for c in found])

    def compare_with_current(self) -> None:
        number = self.selected_version()
        if number is None:
            return
        try:
            found = self.workspace.compare(self.report_id, number)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không so sánh được"), error.text(self.lang))
            return
        self.change_label.setText(self.tr("Bản {0} → bản hiện tại: {1} mục thay đổi.").format(number, len(found)))
        self.show_changes(found)

    def save_pdf(self) -> None:
        number = self.selected_version()
        if number is None:
            return
        try:
            issued, pdf = self.workspace.store.load_version(self.report_id, number)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không mở được bản đã ban hành"), error.text(self.lang))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF đã ban hành"),
                                              str(documents_dir() / f"{report_stem(issued)}_v{number}.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            Path(path).write_bytes(pdf)
