"""Sao lưu / Khôi phục: the automatic backups of the database, a backup now, and restoring one.

The copies run off the interface thread (Workers over the core's jobs), with a progress bar and «Hủy».
A restore runs in two jobs: the backup checked and copied while the store is open (prepare_restore),
then, the store closed here on the interface thread, the data replaced kept and the copy put in place
(commit_restore); the store is opened again, here too, however that job ends.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.exchange.progress import Job
from desktop.core.store.backup import CHECKING, KEEPING, PreparedRestore, backup_job, commit_restore, prepare_restore
from desktop.core.store.backupfolder import AUTO, KEEP, BackupFile, default_folder, list_backups
from desktop.core.vnformat import format_number
from desktop.ui.paths import documents_dir
from desktop.ui.worker import JobOwner

PATH_ROLE = Qt.ItemDataRole.UserRole
BACKUP, PREPARE, COMMIT = "backup", "prepare", "commit"  # the jobs: a backup, a restore's two parts


def size_text(size: int) -> str:
    """1_234_567 → '1,2 MB', in Vietnamese digits."""
    if size >= 1024 * 1024:
        return f"{format_number(Decimal(size) / (1024 * 1024), 1)} MB"
    return f"{format_number(max(1, round(size / 1024)))} KB"


class BackupDialog(JobOwner, QDialog):
    """Lists the backups beside the database, makes one on request, restores one after asking.

    The store is closed (`close_store`) only once the backup has been checked and copied, while the
    data it replaces are kept and the file replaced, and opened again (`reopen_store`) afterwards,
    whether the restore worked, failed or was cancelled.

    Signals:
        restored(str): the database now holds a backup; the argument is the copy kept of the data replaced.
        job_done(str): a job ended, finished, cancelled or failed: "backup"; or a restore, "prepare" when it
            ended before the store was closed (refused, cancelled), "commit" when it ended after.
    """

    restored = Signal(str)
    job_done = Signal(str)

    def __init__(self, db_path: Path, close_store: Callable[[], None], reopen_store: Callable[[], None], *,
                 folder: Path | None = None, read_only: bool = False, lang: str = "vi",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.folder = folder or default_folder(db_path)
        self._close_store, self._reopen_store = close_store, reopen_store
        self._read_only, self._lang = read_only, lang
        self.running = BACKUP  # the job going on (while `worker` is set)
        self._store_closed = False
        self._source: Path | None = None  # the backup being restored
        self.setWindowTitle(self.tr("Sao lưu / Khôi phục"))
        self.resize(640, 460)
        self.backups = QTreeWidget()
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([self.tr("Thời điểm"), self.tr("Loại"), self.tr("Dung lượng")])
        self.backup_button = QPushButton(self.tr("Sao lưu ngay…"))
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp…"))
        self.restore_selected_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self._layout()
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.backups.currentItemChanged.connect(self._update_buttons)
        self.backups.itemDoubleClicked.connect(self.restore_selected)
        self.refresh()

    def _layout(self) -> None:
        intro = QLabel(self.tr("Phần mềm tự sao lưu dữ liệu khi mở và mỗi ngày một lần, giữ {0} bản mới nhất, "
                               "trong thư mục:\n{1}").format(KEEP, self.folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_file_button, self.restore_selected_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        layout.addLayout(progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # ---- the list ----

    def refresh(self) -> None:
        self.backups.clear()
        found_any = False
        for found in list_backups(self.folder):
            self.backups.addTopLevelItem(self._item(found))
            found_any = True
        if not found_any:
            self._show(self.tr("Chưa có bản sao lưu nào. Bản tự động đầu tiên được tạo khi mở lại phần mềm "
                               "(hoặc sau một giờ); muốn có ngay thì bấm «Sao lưu ngay…»."))
        self.backups.resizeColumnToContents(0)
        self._update_buttons()

    def _item(self, found: BackupFile) -> QTreeWidgetItem:
        kind = self.tr("tự động") if found.kind == AUTO else self.tr("dữ liệu trước khi khôi phục")
        item = QTreeWidgetItem([found.taken_at.strftime("%d/%m/%Y %H:%M"), kind, size_text(found.size)])
        item.setData(0, PATH_ROLE, str(found.path))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _update_buttons(self) -> None:
        idle = not self.busy()
        self.backup_button.setEnabled(idle)
        self.restore_file_button.setEnabled(idle and not self._read_only)
        self.restore_selected_button.setEnabled(idle and not self._read_only and self.backups.currentItem() is not None)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(not idle)
        if self._read_only:
            self.restore_file_button.setToolTip(self.tr("Cửa sổ này chỉ để xem: hãy khôi phục ở cửa sổ baocao "
                                                        "đang mở cơ sở dữ liệu này."))

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    # ---- the jobs ----

    def _run(self, kind: str, job: Job[object], done: Callable[[object], None]) -> None:
        worker = self.make_worker(job, self._lang, done)
        self.running = kind
        self.progress.setRange(0, 0)  # busy until the first step says how far
        self.progress_label.setText(self._step_text(""))
        self._show("")
        self._update_buttons()
        worker.start()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self._step_text(label))

    def _step_text(self, label: str) -> str:
        if label == CHECKING:
            return self.tr("Đang kiểm tra bản sao lưu…")
        if label == KEEPING or self.running == COMMIT:
            return self.tr("Đang giữ bản sao dữ liệu hiện tại…")
        return self.tr("Đang sao lưu…") if self.running == BACKUP else self.tr("Đang đọc bản sao lưu…")

    def _ended(self, text: str, error: bool = False) -> None:
        kind = self.running
        self.let_worker_go()
        if self._store_closed:
            self._store_closed = False
            self._reopen_store()
        self._show(text, error)
        self._update_buttons()
        self.job_done.emit(kind)

    @Slot()
    def _cancelled(self) -> None:
        if self.running == BACKUP:
            self._ended(self.tr("Đã hủy sao lưu; không ghi tệp nào."))
        else:
            self._ended(self.tr("Đã hủy khôi phục; dữ liệu hiện tại không thay đổi."))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._ended(message, error=True)

    def done(self, result: int) -> None:
        """Closing while a job runs stops it first (and opens the store again if it was closed)."""
        if self.worker is not None:
            self.worker.stop()
        super().done(result)

    # ---- backing up ----

    def choose_backup_file(self) -> None:
        suggested = documents_dir() / f"baocao-sao-luu-{datetime.date.today():%Y-%m-%d}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Sao lưu ra tệp"), str(suggested),
                                              self.tr("Cơ sở dữ liệu baocao (*.sqlite)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> bool:
        """Copy the database to a file the clerk chose (a USB stick, another folder), off the interface
        thread; False if a job is already running. The end is shown and `job_done` emitted."""
        if self.busy():
            return False
        self._run(BACKUP, backup_job(self.db_path, path), self._backed_up)
        return True

    @Slot(object)
    def _backed_up(self, path: object) -> None:
        self._ended(self.tr("Đã sao lưu vào {0}").format(path))

    # ---- restoring ----

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Khôi phục từ tệp sao lưu"), str(self.folder.parent),
                                              self.tr("Cơ sở dữ liệu baocao (*.sqlite *.db);;Mọi tệp (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_selected(self) -> None:
        item = self.backups.currentItem()
        if item is not None and not self._read_only:
            self.restore_from(Path(item.data(0, PATH_ROLE)))

    def confirmation(self, source: Path) -> QMessageBox:
        """The question asked before a restore: what is replaced, and that a copy of it is kept."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Khôi phục dữ liệu"),
                          self.tr("Khôi phục dữ liệu từ bản sao lưu {0}?\n\n"
                                  "Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. "
                                  "Trước khi thay, phần mềm giữ một bản sao của dữ liệu hiện tại trong thư mục "
                                  "sao lưu, để có thể khôi phục lại nếu chọn nhầm.").format(source),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Khôi phục"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def restore_from(self, source: Path, confirm: bool = True) -> bool:
        """Replace the database by a backup, after asking (unless `confirm` is False); False if not
        started. The work runs off the interface thread; `restored` says when it is done."""
        if self.busy():
            return False
        if confirm:
            question = self.confirmation(source)
            answer = question.exec()
            question.deleteLater()
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._source = source
        self._run(PREPARE, prepare_restore(self.db_path, source), self._prepared)
        return True

    @Slot(object)
    def _prepared(self, prepared: object) -> None:
        """The backup is sound and copied: close the store (here, on the interface thread), then replace."""
        assert isinstance(prepared, PreparedRestore)
        self.worker, worker = None, self.worker
        if worker is not None:
            worker.deleteLater()
        self._close_store()
        self._store_closed = True
        self._run(COMMIT, commit_restore(prepared, self.folder), self._committed)

    @Slot(object)
    def _committed(self, kept: object) -> None:
        source = self._source
        self.refresh()
        self._ended(self.tr("Đã khôi phục dữ liệu từ {0}. Dữ liệu trước đó được giữ ở {1}.").format(source, kept)
                    if kept else self.tr("Đã khôi phục dữ liệu từ {0}.").format(source))
        self.restored.emit(str(kept or ""))
