"""The window's database file: a read-only window (another holds the lock) taking over the writing once
the other has closed, reading again what the other saved (F5), and «Sao lưu / Khôi phục», after which the
window shows what the restored database holds."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.errors import BaocaoError
from desktop.core.store.reports import Store

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


class DatabaseFile(QObject):
    """What the window does with its database file as a whole."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def take_over(self) -> None:
        """Write from this window once no other holds the database's lock."""
        path = self.window.workspace.store.path
        if path is None or self.window.lock is None or not self.window.lock.acquire():
            return
        try:
            store = Store.open(path)
        except BaocaoError as error:
            self.window.lock.release()
            self.window.statusBar().showMessage(error.text(self.window.workspace.language()))
            return
        self.window.workspace.store.close()
        self.window.workspace.store = store
        self.window.read_only = False
        self.window.show_read_only()
        self.window.statusBar().showMessage(self.tr("Cửa sổ kia đã đóng: từ giờ sửa và lưu ở cửa sổ này."))
        self.window.became_writable.emit()

    def reload(self) -> None:
        """Read again what the writing window has saved (a read-only window only), and take over
        the writing if that window has closed."""
        if self.window.read_only:
            self.take_over()
        if self.window.report_id is not None:
            try:
                report = self.window.workspace.store.load_report(self.window.report_id)
                if all(s.id != self.window.report_id for s in self.window.workspace.store.list_reports()):
                    raise BaocaoError("report.not_found", id=self.window.report_id)
            except BaocaoError:
                self.window.close_report()  # moved to the trash in the other window
            else:
                self.window.show_form(report, self.window.form.tabs.currentIndex() if self.window.form else 0)
        self.window.refresh_list()
        self.window.show_scope()

    def show_backups(self) -> None:
        """Sao lưu / Khôi phục; after a restore the database holds other reports, so the form is closed."""
        from desktop.ui.backupdialog import BackupDialog
        store = self.window.workspace.store
        if store.path is None or not self.window.autosaver.flush():
            return
        dialog = BackupDialog(store.path, self._close_store, self._reopen_store, read_only=self.window.read_only,
                              lang=self.window.workspace.language(), parent=self.window)
        dialog.restored.connect(self._after_restore)
        dialog.exec()

    def _close_store(self) -> None:
        self.window.workspace.store.close()

    def _reopen_store(self) -> None:
        path = self.window.workspace.store.path
        assert path is not None
        self.window.workspace.store = Store.open(path)

    def _after_restore(self, kept: str) -> None:
        self.window.close_report()
        self.window.refresh_list()
        self.window.show_scope()
        message = self.tr("Đã khôi phục dữ liệu từ bản sao lưu.")
        if kept:
            message += " " + self.tr("Dữ liệu trước đó được giữ ở {0}").format(kept)
        self.window.statusBar().showMessage(message)
