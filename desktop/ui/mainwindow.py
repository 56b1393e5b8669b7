"""The main window: the list of reports on the left, the form of the open report on the right."""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import bundle
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.periods import label, parse_period
from desktop.core.store.reports import ReportSummary
from desktop.core.vnformat import BLANK, number_line
from desktop.core.workspace import Workspace
from desktop.ui.autosave import Autosaver
from desktop.ui.preview import PreviewDialog
from desktop.ui.reportform import ReportForm
from desktop.ui.unitdialog import UnitDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Shows and edits what the workspace holds; every edit is autosaved."""

    def __init__(self, workspace: Workspace, autosave_ms: int = 400) -> None:
        super().__init__()
        self.workspace = workspace
        self.report_id: int | None = None
        self.report: Report | None = None
        self.form: ReportForm | None = None
        self.autosaver = Autosaver(self._save_current, autosave_ms, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.setWindowTitle(self.tr("Báo cáo xã, phường"))
        self.resize(1280, 900)
        self._build()
        self._build_menus()
        self.refresh_list()
        self._show_unit()

    # ---- building ----

    def _build(self) -> None:
        self.report_list = QListWidget()
        self.report_list.setWordWrap(True)
        self.report_list.currentItemChanged.connect(self._list_selection)
        new_button = QPushButton(self.tr("Báo cáo mới"))
        new_button.clicked.connect(lambda: self.new_report())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(new_button)
        left_layout.addWidget(self.report_list, 1)
        self.empty = QLabel(self.tr("Chưa mở báo cáo nào.\n\nBấm «Báo cáo mới» (Ctrl+N) để bắt đầu, "
                                    "hoặc chọn một báo cáo trong danh sách bên trái."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 980])
        self.setCentralWidget(splitter)
        self.unit_label = QLabel()
        self.statusBar().addPermanentWidget(self.unit_label)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.tr("Báo cáo mới"), lambda: self.new_report(),
                                       QKeySequence.StandardKey.New)
        self.preview_action = self._action(self.tr("Xem trước / In PDF"), self.preview, QKeySequence.StandardKey.Print)
        self.delete_action = self._action(self.tr("Xóa báo cáo"), self.delete_report)
        self.finalise_action = self._action(self.tr("Hoàn tất báo cáo"), self.finalise, "Ctrl+Shift+F")
        self.reopen_action = self._action(self.tr("Trả về bản nháp để sửa"), self.reopen)
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("Mở tệp báo cáo (.json)…"), self.open_file,
                                         QKeySequence.StandardKey.Open))
        samples = file_menu.addMenu(self.tr("Mở báo cáo mẫu"))
        for path in sorted(bundle.samples_dir().glob("*.json")):
            samples.addAction(self._action(path.stem, lambda _=False, p=path: self.import_file(p)))
        file_menu.addSeparator()
        file_menu.addAction(self.preview_action)
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit))
        report_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        report_menu.addAction(self._action(self.tr("Kiểm tra lỗi"), self.check, "F7"))
        report_menu.addAction(self.finalise_action)
        report_menu.addAction(self.reopen_action)
        settings = self.menuBar().addMenu(self.tr("&Cài đặt"))
        settings.addAction(self._action(self.tr("Đơn vị hành chính…"), self.choose_unit))
        language = settings.addMenu(self.tr("Ngôn ngữ / Language"))
        language.addAction(self._action("Tiếng Việt", lambda: self.set_language("vi")))
        language.addAction(self._action("English", lambda: self.set_language("en")))
        toolbar = self.addToolBar(self.tr("Công cụ"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.preview_action)
        toolbar.addAction(self.finalise_action)
        self._update_actions()

    def _update_actions(self) -> None:
        has_report = self.report is not None
        self.preview_action.setEnabled(has_report)
        self.delete_action.setEnabled(has_report)
        final = has_report and self.report is not None and self.report.status != "draft"
        self.finalise_action.setEnabled(has_report and not final)
        self.reopen_action.setEnabled(final)
        if self.form is not None:
            self.form.set_read_only(final)

    # ---- the report list ----

    def _item_text(self, summary: ReportSummary) -> str:
        profile = "party" if "/" in summary.symbol else "nd30"  # only Party symbols hold a "/"
        number = number_line(summary.number, summary.symbol, profile).replace(BLANK, "…")
        period = label(parse_period(summary.period), self.workspace.language())
        status = {"draft": self.tr("bản nháp"), "final": self.tr("đã hoàn tất"),
                  "sent": self.tr("đã gửi")}.get(summary.status, summary.status)
        return f"{summary.title}\n{number} · {period} · {status}"

    def refresh_list(self) -> None:
        self.report_list.blockSignals(True)
        self.report_list.clear()
        for summary in self.workspace.store.list_reports():
            item = QListWidgetItem(self._item_text(summary))
            item.setData(ID_ROLE, summary.id)
            self.report_list.addItem(item)
            if summary.id == self.report_id:
                self.report_list.setCurrentItem(item)
        self.report_list.blockSignals(False)

    def _list_selection(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE) != self.report_id:
            self.open_report(item.data(ID_ROLE))

    # ---- opening and editing ----

    def open_report(self, report_id: int) -> None:
        """Show the form of a stored report (after saving the one open now)."""
        if not self.autosaver.flush():
            return
        report = self.workspace.store.load_report(report_id)
        template = self.workspace.catalogue.get(report.template_id)
        self.report_id, self.report = report_id, report
        old = self.form
        self.form = ReportForm(report, template, today=self.workspace.today(),
                               history=self.workspace.history(report_id, report), lang=self.workspace.language())
        self.form.changed.connect(self.autosaver.schedule)
        self.form.period_changed.connect(
            lambda: self.form and self.form.set_history(self.workspace.history(report_id, report)))
        self.stack.addWidget(self.form)
        self.stack.setCurrentWidget(self.form)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._update_actions()
        self.refresh_list()

    def _save_current(self) -> None:
        if self.report_id is not None and self.report is not None:
            self.workspace.store.save_report(self.report_id, self.report)

    def _saved(self, at: str) -> None:
        self.statusBar().showMessage(self.tr("Đã lưu lúc {0}").format(at))
        self.refresh_list()  # the title and number shown in the list follow the edits

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("CHƯA LƯU ĐƯỢC: {0}").format(message))

    def new_report(self, template_id: str | None = None) -> None:
        """Create a report of a template (asked for when not given) and open it."""
        if self.workspace.unit() is None and not self.choose_unit():
            return
        templates = list(self.workspace.catalogue)
        template = self.workspace.catalogue.get(template_id) if template_id else templates[0]
        if template_id is None and len(templates) > 1:
            names = [t.name for t in templates]
            name, ok = QInputDialog.getItem(self, self.tr("Báo cáo mới"),
                                            self.tr("Loại báo cáo:"), names, 0, False)
            if not ok:
                return
            template = templates[names.index(name)]
        if not self.autosaver.flush():
            return
        report_id, _ = self.workspace.create_report(template.id)
        self.open_report(report_id)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở tệp báo cáo"), "",
                                              self.tr("Tệp báo cáo (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            report_id, _ = self.workspace.import_file(path)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không mở được tệp"), error.text())
            return
        self.open_report(report_id)

    def delete_report(self) -> None:
        if self.report_id is None or self.report is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa báo cáo"),
            self.tr("Xóa hẳn báo cáo «{0}»? Không thể hoàn tác.").format(self.report.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.flush()
        self.workspace.store.delete_report(self.report_id)
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
        self.report_id, self.report, self.form = None, None, None
        self.stack.setCurrentWidget(self.empty)
        self._update_actions()
        self.refresh_list()

    # ---- checking and finalising ----

    def check(self) -> None:
        if self.form is not None:
            self.form.check_now()

    def finalise(self) -> None:
        """Finalise the open report after a last check; errors keep it a draft."""
        if self.report is None or self.report_id is None or not self.autosaver.flush():
            return
        try:
            self.workspace.finalise(self.report_id, self.report)
        except BaocaoError as error:
            if self.form is not None:
                self.form.check_now()
            QMessageBox.warning(self, self.tr("Chưa hoàn tất được"), error.text(self.workspace.language()))
            return
        self.statusBar().showMessage(self.tr("Đã hoàn tất báo cáo; muốn sửa thì trả về bản nháp."))
        self._update_actions()
        self.refresh_list()

    def reopen(self) -> None:
        if self.report is None or self.report_id is None:
            return
        self.workspace.reopen(self.report_id, self.report)
        self._update_actions()
        self.refresh_list()

    # ---- PDF ----

    def render_current(self, folder: Path) -> Path:
        """Write the open report's PDF into a folder; returns its path."""
        from desktop.core.pdf.render import render_pdf

        assert self.report is not None
        path = folder / f"bao-cao-{self.report_id}.pdf"
        render_pdf(self.report, path)
        return path

    def preview(self) -> None:
        if self.report is None:
            return
        self.autosaver.flush()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            folder = Path(tempfile.mkdtemp(prefix="baocao-"))
            path = self.render_current(folder)
        except (BaocaoError, OSError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không tạo được PDF"), str(error))
            return
        QApplication.restoreOverrideCursor()
        suggested = f"{self.report.type_name} {self.report.number or ''}".strip() + ".pdf"
        PreviewDialog(path, suggested, self).exec()

    # ---- settings ----

    def choose_unit(self) -> bool:
        current = self.workspace.unit()
        dialog = UnitDialog(current.code if current else None, self.workspace.place_style(), self)
        if dialog.exec() != UnitDialog.DialogCode.Accepted or dialog.unit() is None:
            return False
        unit = dialog.unit()
        assert unit is not None
        self.workspace.set_unit(unit, dialog.place_style())
        self._show_unit()
        return True

    def _show_unit(self) -> None:
        unit = self.workspace.unit()
        self.unit_label.setText(f"{unit.name}, {unit.province_name}" if unit
                                else self.tr("Chưa chọn đơn vị hành chính"))

    def set_language(self, lang: str) -> None:
        self.workspace.set_language(lang)
        QMessageBox.information(self, "baocao",
                                self.tr("Ngôn ngữ mới được dùng từ lần mở phần mềm sau.\n"
                                        "The new language applies the next time the app starts."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autosaver.flush():
            event.accept()
            return
        answer = QMessageBox.warning(
            self, self.tr("Chưa lưu được"),
            self.tr("Những thay đổi cuối chưa lưu được vào cơ sở dữ liệu. Vẫn thoát?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            event.accept()
        else:
            event.ignore()
