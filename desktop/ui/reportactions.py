"""What the «Tệp» menu and the report list do with whole reports (#15 point 1): create one (the new-report
dialog), duplicate, open a file or a sample, move to the trash and back, save as a .json file to send."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.core import bundle
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.filenames import report_stem
from desktop.core.units import AdminUnit, name_key
from desktop.core.workspace import Workspace
from desktop.ui.paths import documents_dir

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


class ReportActions(QObject):
    """The window's actions on whole reports; the window keeps the open report and its form."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    @property
    def workspace(self) -> Workspace:
        return self.window.workspace

    def say(self, message: str) -> None:
        self.window.statusBar().showMessage(message)

    def new_report(self, template_id: str | None = None) -> None:
        """Create a report and open it: of `template_id`, blank, for the period reported on now; without
        it, the kind, period and start (blank or a copy of an earlier report) are asked."""
        from desktop.ui.newreportdialog import NewReportDialog

        if self.workspace.unit() is None and not self.window.choose_unit():
            return
        period, source = None, None
        if template_id is None:
            shown = self.window.report
            dialog = NewReportDialog(self.workspace, shown.template_id if shown else None, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            template_id, period, source = dialog.choice()
        if not self.window.autosaver.flush():
            return
        try:
            report_id, _ = self.workspace.create_report(template_id, period=period, source=source)
        except BaocaoError as error:
            QMessageBox.warning(self.window, self.tr("Không tạo được báo cáo"), error.text(self.workspace.language()))
            return
        self.window.open_report(report_id)

    def duplicate_report(self, report_id: int | None = None) -> None:
        """A new draft copy of a report (the open one by default), opened; number and date left to fill."""
        report_id = self.window.report_id if report_id is None else report_id
        if report_id is None or self.window.read_only or not self.window.autosaver.flush():
            return
        new_id, report = self.workspace.duplicate(report_id)
        self.window.open_report(new_id)
        self.say(self.tr("Đã nhân bản «{0}»: bản mới là bản nháp, chưa có số và ngày.").format(
            " ".join(report.title.split())))

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Mở tệp báo cáo"), str(documents_dir()),
                                              self.tr("Tệp báo cáo (*.json)"))
        if path:
            self.import_file(Path(path), ask_if_there=True)

    def import_file(self, path: Path, *, ask_if_there: bool = False) -> None:
        """Add a report file to the list and open it. When the clerk opens a file (ask_if_there), a report
        already in the list is asked about: open that one (the default) or add a new copy."""
        try:
            report = self.workspace.read_file(path)
        except BaocaoError as error:
            QMessageBox.warning(self.window, self.tr("Không mở được tệp"), error.text())
            return
        existing = self.workspace.existing_copy(report) if ask_if_there else None
        choice = "add" if existing is None else self.ask_existing(existing)
        if choice == "add":
            self.window.open_report(self.workspace.store.add_report(report))
        elif choice == "open" and existing is not None:
            self.window.open_report(existing)

    def ask_existing(self, report_id: int) -> str:
        """«open» the report already in the list (the default), «add» a new copy, or «cancel»."""
        summary = next(s for s in self.workspace.store.list_reports() if s.id == report_id)
        shown = " · ".join(self.window.report_list.item_text(summary, self.workspace.language()).splitlines())
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Báo cáo đã có"),
                          self.tr("Báo cáo này đã có trong danh sách ({0}). "
                                  "Mở báo cáo đã có hay thêm một bản mới?").format(shown), parent=self.window)
        open_button = box.addButton(self.tr("Mở báo cáo đã có"), QMessageBox.ButtonRole.AcceptRole)
        add_button = box.addButton(self.tr("Thêm bản mới"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        return {open_button: "open", add_button: "add"}.get(box.clickedButton(), "cancel")

    def fill_samples(self) -> None:
        """Tệp → Mở báo cáo mẫu: each sample by its kind, title and place, in Vietnamese order."""
        if self.window.samples_menu.actions():
            return
        from desktop.core.reportfile import read_report

        entries = []
        for path in bundle.samples_dir().glob("*.json"):
            try:
                report = read_report(path)
            except BaocaoError:
                continue
            entries.append((sample_label(report), " ".join(report.title.split()), path))
        for text, title, path in sorted(entries, key=lambda entry: name_key(entry[0])):
            action = QAction(text, self.window)
            action.triggered.connect(lambda _=False, p=path: self.import_file(p, ask_if_there=True))
            action.setToolTip(title)
            action.setStatusTip(title)
            self.window.samples_menu.addAction(action)

    def delete_report(self, report_id: int | None = None) -> None:
        """Move a report (the open one by default) to the trash, asked once; Tệp → Thùng rác brings it back."""
        report_id = self.window.report_id if report_id is None else report_id
        if report_id is None or self.window.read_only or not self.window.autosaver.flush():
            return
        title = " ".join(self.workspace.store.load_report(report_id).title.split())
        answer = QMessageBox.question(
            self.window, self.tr("Xóa báo cáo"),
            self.tr("Chuyển báo cáo «{0}» vào thùng rác? Có thể khôi phục lại ở Tệp → Thùng rác.").format(title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.store.trash_report(report_id)
        except BaocaoError as error:
            QMessageBox.warning(self.window, self.tr("Không xóa được"), error.text(self.workspace.language()))
            return
        if report_id == self.window.report_id:
            self.window.close_report()
        self.window.refresh_list()
        self.say(self.tr("Đã chuyển «{0}» vào thùng rác (Tệp → Thùng rác… để khôi phục).").format(title))

    def show_trash(self) -> None:
        from desktop.ui.trashdialog import TrashDialog

        if not self.window.autosaver.flush():
            return
        dialog = TrashDialog(self.workspace, not self.window.read_only, self.window)
        dialog.restored.connect(self.restored_from_trash)
        dialog.exec()
        self.window.refresh_list()

    def restored_from_trash(self, report_id: int) -> None:
        self.window.refresh_list()
        title = " ".join(self.workspace.store.load_report(report_id).title.split())
        self.say(self.tr("Đã khôi phục «{0}».").format(title))

    def export_file(self) -> None:
        """Save the open report as a .json file to send; a final report is then marked sent."""
        from desktop.core.reportfile import write_report
        if self.window.report is None or self.window.report_id is None or not self.window.autosaver.flush():
            return
        suggested = documents_dir() / f"{report_stem(self.window.report)}.json"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Xuất tệp gửi đi"), str(suggested),
                                              self.tr("Tệp báo cáo (*.json)"))
        if not path:
            return
        try:
            write_report(self.window.report, Path(path))
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Không ghi được tệp"), str(error))
            return
        if self.window.report.status == "final":
            self.workspace.mark_sent(self.window.report_id, self.window.report)
            self.say(self.tr("Đã xuất tệp và đánh dấu báo cáo đã gửi."))
        else:
            self.say(self.tr("Đã xuất tệp (bản nháp, chưa hoàn tất)."))
        self.window.update_actions()
        self.window.refresh_list()


def sample_label(report: Report, width: int = 90) -> str:
    """A sample as the menu lists it: «Báo cáo sơ kết thực hiện Chiến lược … (Trần Liễu)»."""
    title = " ".join(report.title.split())
    text = f"{report.type_name.capitalize()} {title[:1].lower()}{title[1:]}"
    if len(text) > width:
        text = text[:width].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    ref = report.unit
    place = report.place if ref is None else AdminUnit(
        ref.code, ref.name, ref.kind, ref.province_code, ref.province_name).proper_name
    return f"{text} ({place})" if place else text
