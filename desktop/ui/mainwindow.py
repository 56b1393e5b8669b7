"""The main window: its screens under a bar of tabs (screens.py); the first, «Báo cáo», has the list of reports
on the left and the form of the open report on the right."""

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import Report, from_dict, to_dict
from desktop.core.errors import BaocaoError
from desktop.core.filenames import pdf_name
from desktop.core.periods import label, parse_period
from desktop.core.store.lock import DatabaseLock
from desktop.core.undo import EditHistory
from desktop.core.workspace import Workspace
from desktop.ui import geometry
from desktop.ui.autosave import Autosaver
from desktop.ui.databasefile import DatabaseFile
from desktop.ui.preview import PreviewDialog
from desktop.ui.receiving import COMPLETENESS, CONSOLIDATION, IMPORT, Receiving
from desktop.ui.reportactions import ReportActions
from desktop.ui.reportlist import ReportBrowser
from desktop.ui.screens import Screens

REPORTS, DASHBOARD = "reports", "dashboard"  # the screens besides the city's (receiving.py)

if TYPE_CHECKING:  # the form, the dialogs and their imports load when first used (#15: start-up)
    from desktop.ui.reportform import ReportForm


class MainWindow(QMainWindow):
    """Shows and edits what the workspace holds; every edit is autosaved.

    A window whose store only reads (another window holds the database's lock) takes over the
    writing on F5 once the lock is free, if it was given the lock to take (`lock`, set by app.start).

    Signals:
        became_writable(): this read-only window now holds the lock and writes.
    """

    became_writable = Signal()

    def __init__(self, workspace: Workspace, autosave_ms: int = 400, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings  # the window's size and state between sessions; None in tests
        self.workspace = workspace
        self.read_only = workspace.store.read_only  # another window writes this database (lock.py)
        self.lock: DatabaseLock | None = None
        self.report_id: int | None = None
        self.report: Report | None = None
        self.history: EditHistory | None = None
        self.form: ReportForm | None = None
        self.autosaver = Autosaver(self._save_current, autosave_ms, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        # The database file as a whole (a read-only window taking over, F5, backups): databasefile.py.
        self.database = DatabaseFile(self)
        self.reload, self.show_backups = self.database.reload, self.database.show_backups
        # Creating, duplicating, opening, trashing and saving whole reports: reportactions.py.
        self.reports = ReportActions(self)
        self.new_report, self.duplicate_report = self.reports.new_report, self.reports.duplicate_report
        self.open_file, self.import_file = self.reports.open_file, self.reports.import_file
        self.delete_report, self.show_trash = self.reports.delete_report, self.reports.show_trash
        self.export_file = self.reports.export_file
        self._build()
        self._build_menus()
        self.setAcceptDrops(True)  # files and folders dropped on a receiving copy open «Nhận báo cáo»
        geometry.restore(self, settings)
        self.show_scope()
        self.show_read_only()
        self.refresh_list()

    # ---- building ----

    def _build(self) -> None:
        self.browser = ReportBrowser([(t.id, t.name) for t in self.workspace.catalogue])
        self.browser.chosen.connect(self.open_report)
        self.browser.duplicate_requested.connect(self.duplicate_report)
        self.browser.trash_requested.connect(self.delete_report)
        self.report_list = self.browser.list
        self.new_button = QPushButton(self.tr("Báo cáo mới"))
        self.new_button.clicked.connect(lambda: self.new_report())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.browser, 1)
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
        self.receiving = Receiving(self.workspace, self, self.autosaver.flush)
        self.screens = Screens()
        self.screens.add(REPORTS, self.tr("Báo cáo"), lambda: splitter)
        self.screens.add(DASHBOARD, self.tr("Tổng quan"), self._make_dashboard)
        self.screens.add(IMPORT, self.tr("Nhận báo cáo"), lambda: self.receiving.page(IMPORT))
        self.screens.add(COMPLETENESS, self.tr("Tình hình nộp"), lambda: self.receiving.page(COMPLETENESS))
        self.screens.add(CONSOLIDATION, self.tr("Tổng hợp"), lambda: self.receiving.page(CONSOLIDATION))
        self.screens.shown.connect(self._screen_shown)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        self.read_only_banner = QLabel(self.tr(
            "CHỈ XEM: một cửa sổ baocao khác đang mở cơ sở dữ liệu này, nên ở đây không sửa hay lưu được. "
            "Hãy sửa ở cửa sổ kia; bấm F5 để xem những gì cửa sổ kia vừa lưu, hoặc để sửa ở đây khi cửa sổ kia "
            "đã đóng."))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
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
        self.batch_pdf_action = self._action(self.tr("Xuất PDF nhiều báo cáo…"), self.export_pdfs)
        self.duplicate_action = self._action(self.tr("Nhân bản báo cáo"), lambda: self.duplicate_report())
        self.delete_action = self._action(self.tr("Xóa báo cáo…"), lambda: self.delete_report())
        self.trash_action = self._action(self.tr("Thùng rác…"), self.show_trash)
        self.finalise_action = self._action(self.tr("Hoàn tất báo cáo"), self.finalise, "Ctrl+Shift+F")
        self.amend_action = self._action(self.tr("Lập bản điều chỉnh"), self.amend)
        self.send_action = self._action(self.tr("Xuất tệp gửi đi (.json)…"), self.export_file)
        self.send_up_action = self._action(self.tr("Xuất tệp gửi cấp trên…"), self.send_up)
        self.receiving.scope_changed.connect(self.show_scope)
        self.receiving.report_created.connect(self._consolidated)
        self.receiving.show_page.connect(self.screens.show_screen)
        self.versions_action = self._action(self.tr("Phiên bản và nhật ký thay đổi…"), self.show_versions)
        self.next_action = self._action(self.tr("Lập báo cáo kỳ sau từ báo cáo này"), self.create_next)
        self.undo_action = self._action(self.tr("Hoàn tác"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("Làm lại"), self.redo, QKeySequence.StandardKey.Redo)
        self.save_action = self._action(self.tr("Lưu ngay"), self.save_now, QKeySequence.StandardKey.Save)
        self.find_action = self._action(self.tr("Tìm trong báo cáo…"), self.find, QKeySequence.StandardKey.Find)
        self.help_action = self._action(self.tr("Trợ giúp…"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self.reload_action = self._action(self.tr("Tải lại"), self.reload, QKeySequence.StandardKey.Refresh)
        self.backup_action = self._action(self.tr("Sao lưu / Khôi phục…"), self.show_backups)
        self.open_action = self._action(self.tr("Mở tệp báo cáo (.json)…"), self.open_file,
                                        QKeySequence.StandardKey.Open)
        self.unit_action = self._action(self.tr("Đơn vị hành chính…"), self.choose_unit)
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.samples_menu = file_menu.addMenu(self.tr("Mở báo cáo mẫu"))
        self.samples_menu.setToolTipsVisible(True)
        self.samples_menu.aboutToShow.connect(self.reports.fill_samples)  # read when first opened, not at start-up
        file_menu.addSeparator()
        file_menu.addAction(self.preview_action)
        file_menu.addAction(self.batch_pdf_action)
        file_menu.addAction(self.send_up_action)
        file_menu.addAction(self.send_action)
        file_menu.addSeparator()
        file_menu.addAction(self.duplicate_action)
        file_menu.addAction(self.delete_action)
        file_menu.addAction(self.trash_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.save_action)
        edit_menu.addAction(self.find_action)
        report_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        report_menu.addAction(self._action(self.tr("Kiểm tra lỗi"), self.check, "F7"))
        report_menu.addAction(self.finalise_action)
        report_menu.addAction(self.amend_action)
        report_menu.addAction(self.versions_action)
        report_menu.addSeparator()
        report_menu.addAction(self.next_action)
        self._build_view_menu()
        self.menuBar().addMenu(self.receiving.menu)
        settings = self.menuBar().addMenu(self.tr("&Cài đặt"))
        settings.addAction(self.unit_action)
        settings.addAction(self.receiving.scope_action)
        self.language_menu = language = settings.addMenu(self.tr("Ngôn ngữ / Language"))
        language.addAction(self._action("Tiếng Việt", lambda: self.set_language("vi")))
        language.addAction(self._action("English", lambda: self.set_language("en")))
        self.menuBar().addMenu(self.tr("Trợ &giúp")).addAction(self.help_action)
        toolbar = self.addToolBar(self.tr("Công cụ"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.preview_action)
        toolbar.addAction(self.finalise_action)
        self.update_actions()

    def _build_view_menu(self) -> None:
        """«Xem»: each screen, Ctrl+1 … in the order of the tabs."""
        view = self.menuBar().addMenu(self.tr("&Xem"))
        self.screen_actions: dict[str, QAction] = {}
        for number, (name, text) in enumerate(
                [(REPORTS, self.tr("Báo cáo")), (DASHBOARD, self.tr("Tổng quan")),
                 (IMPORT, self.tr("Nhận báo cáo")), (COMPLETENESS, self.tr("Tình hình nộp báo cáo")),
                 (CONSOLIDATION, self.tr("Tổng hợp báo cáo"))], start=1):
            action = self._action(text, lambda _=False, n=name: self.screens.show_screen(n), f"Ctrl+{number}")
            view.addAction(action)
            self.screen_actions[name] = action

    def _make_dashboard(self) -> QWidget:
        from desktop.ui.dashboard import DashboardPage  # QtCharts: when the overview is first shown

        return DashboardPage(self.workspace)

    def _screen_shown(self, name: str) -> None:
        if name == DASHBOARD:
            self.autosaver.flush()  # the overview reads what is stored
            page = self.screens.made(DASHBOARD)
            if page is not None:
                page.refresh()  # type: ignore[attr-defined]

    def current_screen(self) -> QWidget:
        """What the window shows: the report's form (or the empty page), or another screen."""
        if self.screens.current() == REPORTS:
            return self.stack.currentWidget()
        return self.screens.stack.currentWidget()

    def update_actions(self) -> None:
        has_report = self.report is not None
        writable = not self.read_only
        for action in (self.preview_action, self.versions_action, self.find_action):
            action.setEnabled(has_report)
        for action in (self.delete_action, self.duplicate_action, self.send_action, self.next_action,
                       self.save_action):
            action.setEnabled(has_report and writable)
        self.browser.set_writable(writable)
        for action in (self.new_action, self.open_action, self.unit_action):
            action.setEnabled(writable)
        self.receiving.set_writable(writable)
        self.samples_menu.setEnabled(writable)
        self.language_menu.setEnabled(writable)
        self.reload_action.setVisible(self.read_only)
        final = has_report and self.report is not None and self.report.status != "draft"
        self.finalise_action.setEnabled(has_report and not final and writable)
        self.amend_action.setEnabled(final and writable)
        self.send_up_action.setEnabled(final and writable)
        draft = has_report and not final and self.history is not None and writable
        self.undo_action.setEnabled(draft and self.history is not None and self.history.can_undo())
        self.redo_action.setEnabled(draft and self.history is not None and self.history.can_redo())
        if self.form is not None:
            self.form.set_read_only(final or self.read_only, self._read_only_notice(final))

    def _read_only_notice(self, final: bool) -> str:
        """Why the open report cannot be edited (the window's own banner says it when the database is read-only)."""
        if not final or self.read_only or self.report is None:
            return ""
        issued = self.tr("Báo cáo đã gửi") if self.report.status == "sent" else self.tr("Báo cáo đã hoàn tất")
        return self.tr("{0}: nội dung đã khóa, chỉ xem. Muốn sửa, chọn Báo cáo → Lập bản điều chỉnh; "
                       "bản đã ban hành vẫn được giữ.").format(issued)

    # ---- the report list ----

    def refresh_list(self) -> None:
        self.browser.show_reports(self.workspace.store.list_reports(), self.report_id, self.workspace.language())

    # ---- opening and editing ----

    def open_report(self, report_id: int) -> None:
        """Show the form of a stored report (after saving the one open now)."""
        if not self.autosaver.flush():
            return
        report = self.workspace.store.load_report(report_id)
        self.report_id = report_id
        self.history = EditHistory(to_dict(report))
        self.show_form(report)
        self.screens.show_screen(REPORTS)
        self.refresh_list()

    def show_form(self, report: Report, tab: int = 0) -> None:
        """Put the form of `report` (the open report's content) in place of the one shown."""
        from desktop.ui.reportform import ReportForm  # validation and the editors: once a report opens
        template = self.workspace.catalogue.get(report.template_id)
        report_id = self.report_id
        self.report = report
        old = self.form
        self.form = ReportForm(report, template, today=self.workspace.today(),
                               history=self.workspace.history(report_id, report), lang=self.workspace.language())
        self.form.changed.connect(self.autosaver.schedule)
        self.form.period_changed.connect(
            lambda: self.form and self.form.set_history(self.workspace.history(report_id, report)))
        self.form.tabs.setCurrentIndex(tab)
        self.stack.addWidget(self.form)
        self.stack.setCurrentWidget(self.form)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.update_actions()

    def _save_current(self) -> None:
        if self.report_id is not None and self.report is not None:
            self.workspace.store.save_report(self.report_id, self.report)
            if self.history is not None:
                self.history.record(to_dict(self.report))
                self.update_actions()

    # ---- undo and redo ----

    def _step(self, state: dict[str, Any] | None) -> None:
        """Show and save a state of the open report taken from its edit history."""
        if state is None or self.report_id is None or self.form is None:
            return
        report = from_dict(state)
        self.workspace.store.save_report(self.report_id, report)
        place = self.form.place()  # the tab, section and cell the clerk is at stay in view
        self.show_form(report, self.form.tabs.currentIndex())
        if self.form is not None:
            self.form.restore_place(place)
        self.refresh_list()

    def undo(self) -> None:
        if self.history is not None and self.autosaver.flush():
            self._step(self.history.undo())

    def redo(self) -> None:
        if self.history is not None and self.autosaver.flush():
            self._step(self.history.redo())

    # ---- Ctrl+S, Ctrl+F, F1 ----

    def save_now(self) -> None:
        """Ctrl+S: write what is pending now (autosave does it anyway after a pause)."""
        if self.report is not None and self.autosaver.flush():
            self.statusBar().showMessage(self.tr("Đã lưu"))

    def find(self) -> None:
        if self.form is not None:
            self.form.find()

    def show_help(self) -> None:
        from desktop.ui.helpdialog import HelpDialog

        HelpDialog(self).exec()

    def _saved(self, at: str) -> None:
        self.statusBar().showMessage(self.tr("Đã lưu lúc {0}").format(at))
        self.refresh_list()  # the title and number shown in the list follow the edits

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("CHƯA LƯU ĐƯỢC: {0}").format(message))

    def close_report(self) -> None:
        """Show the empty page in place of the open report's form."""
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
        self.report_id, self.report, self.form, self.history = None, None, None, None
        self.stack.setCurrentWidget(self.empty)
        self.update_actions()

    # ---- checking and finalising ----

    def check(self) -> None:
        if self.form is not None:
            self.form.check_now()

    def finalise(self) -> None:
        """Issue the open report: checked, numbered and dated; its PDF is kept as signed. What it still
        needs is listed in the issues panel first; the clerk is asked once before the content is locked."""
        from desktop.core.validate import finalise_needs  # validation: off the start-up path

        if self.report is None or self.report_id is None or self.form is None or not self.autosaver.flush():
            return
        if self.form.explain_finalise(finalise_needs(self.report)):
            self.statusBar().showMessage(self.tr("Chưa hoàn tất được: xem các mục cần sửa trong danh sách lỗi."))
            return
        answer = QMessageBox.question(
            self, self.tr("Hoàn tất báo cáo"),
            self.tr("Hoàn tất sẽ khóa nội dung báo cáo (số {0}, ngày {1}) và lưu bản PDF ban hành. Muốn sửa sau đó "
                    "phải lập bản điều chỉnh. Tiếp tục?").format(
                self.report.number, self.report.date.strftime("%d/%m/%Y") if self.report.date else ""))
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            version = self.workspace.finalise(self.report_id, self.report)
        except BaocaoError as error:
            QApplication.restoreOverrideCursor()
            if self.form is not None:
                self.form.check_now()
            QMessageBox.warning(self, self.tr("Chưa hoàn tất được"), error.text(self.workspace.language()))
            return
        QApplication.restoreOverrideCursor()
        self.history = EditHistory(to_dict(self.report))
        self.statusBar().showMessage(self.tr("Đã hoàn tất bản {0}; bản PDF ban hành đã được lưu. Muốn sửa thì "
                                             "lập bản điều chỉnh.").format(version.number))
        self.update_actions()
        self.refresh_list()

    def amend(self) -> None:
        """Make the open final report a draft again for a bản điều chỉnh; issued versions stay."""
        if self.report is None or self.report_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Lập bản điều chỉnh"),
            self.tr("Báo cáo trở lại bản nháp để sửa thành bản điều chỉnh. Bản đã ban hành vẫn được giữ "
                    "nguyên và xem lại được trong «Phiên bản và nhật ký». Tiếp tục?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workspace.amend(self.report_id, self.report)
        self.history = EditHistory(to_dict(self.report))
        self.update_actions()
        self.refresh_list()

    def send_up(self) -> None:
        """Export the open report's latest issued version as the signed .xlsx for the level above."""
        from desktop.ui.exportaction import export_for_upper  # openpyxl: off the start-up path

        if self.report is None or self.report_id is None or not self.autosaver.flush():
            return
        message = export_for_upper(self, self.workspace, self.report_id, self.report)
        if message:
            self.statusBar().showMessage(message)
            self.update_actions()
            self.refresh_list()

    def show_versions(self) -> None:
        from desktop.ui.versionsdialog import VersionsDialog
        if self.report_id is not None and self.autosaver.flush():
            VersionsDialog(self.workspace, self.report_id, self).exec()

    def create_next(self) -> None:
        """A new draft for the next period, prefilled from the open report."""
        if self.report_id is None or not self.autosaver.flush():
            return
        try:
            new_id, report = self.workspace.create_next(self.report_id)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không lập được báo cáo kỳ sau"), error.text(self.workspace.language()))
            return
        self.open_report(new_id)
        period = label(parse_period(report.period), self.workspace.language())
        self.statusBar().showMessage(self.tr("Đã lập báo cáo {0} từ báo cáo kỳ trước.").format(period))

    # ---- the database file: read-only windows, backups (databasefile.py) ----

    def show_read_only(self) -> None:
        title = self.tr("Báo cáo xã, phường")
        self.setWindowTitle(title + " — " + self.tr("chỉ xem") if self.read_only else title)
        self.read_only_banner.setVisible(self.read_only)
        self.new_button.setEnabled(not self.read_only)
        self.update_actions()

    # ---- PDF ----

    def render_current(self, folder: Path) -> Path:
        """Write the open report's PDF into a folder; returns its path."""
        from desktop.core.pdf.render import render_pdf

        assert self.report is not None
        path = folder / f"bao-cao-{self.report_id}.pdf"
        render_pdf(self.report, path)
        return path

    def export_pdfs(self) -> None:
        """Tệp → Xuất PDF nhiều báo cáo: the PDFs of the reports chosen, written off the interface thread."""
        from desktop.ui.batchpdf import BatchPdfDialog

        if self.autosaver.flush():
            BatchPdfDialog(self.workspace, self).exec()

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
        PreviewDialog(path, pdf_name(self.report), self).exec()

    # ---- receiving the units' reports (#12): receiving.py ----

    def show_scope(self) -> None:
        """A commune or a province sends its reports up; a province or the nation receives them."""
        self.send_up_action.setVisible(self.workspace.scope().level != "nation")
        self.receiving.show_scope()
        for name in (IMPORT, COMPLETENESS, CONSOLIDATION):
            self.screens.set_available(name, self.receiving.receives())
            self.screen_actions[name].setVisible(self.receiving.receives())
        self._show_unit()

    def _consolidated(self, report_id: int) -> None:
        """A consolidated report was created: list and open it, to write, finalise and send up."""
        self.open_report(report_id)
        self.statusBar().showMessage(self.tr("Đã tạo báo cáo tổng hợp (bản nháp): viết thêm các phần còn lại, "
                                             "kiểm tra rồi hoàn tất."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.receiving.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.receiving.drop(event)

    # ---- settings ----

    def choose_unit(self) -> bool:
        from desktop.ui.unitdialog import UnitDialog
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
        """Whom the copy serves: a receiving copy's province or the nation, else the commune chosen."""
        unit = self.workspace.unit()
        shown = self.receiving.scope_label()
        if shown is None:
            shown = f"{unit.name}, {unit.province_name}" if unit else self.tr("Chưa chọn đơn vị hành chính")
        self.unit_label.setText(shown)

    def set_language(self, lang: str) -> None:
        self.workspace.set_language(lang)
        QMessageBox.information(self, "baocao",
                                self.tr("Ngôn ngữ mới được dùng từ lần mở phần mềm sau.\n"
                                        "The new language applies the next time the app starts."))

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry.remember(self, self.settings)
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

