"""«Nhận báo cáo…»: the files the units sent, checked (a dry run) and shown before anything is stored;
«Nhận N tệp» then stores the new and replacing ones. Both runs are core jobs run by a Worker."""

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import BaocaoError
from desktop.core.exchange import importer
from desktop.core.exchange.enrolment import enrol_from_file
from desktop.core.exchange.importer import NEW, REPLACED, Inbox, Outcome
from desktop.core.workspace import Workspace
from desktop.ui.outcomes import NOT_ENROLLED, ChangeTable, EnrolDialog, OutcomeTable, error_context
from desktop.ui.paths import documents_dir
from desktop.ui.worker import Worker

PLAN, APPLY = "plan", "apply"
PREFERRED_SIZE = QSize(1300, 700)
SCREEN_MARGIN = 48  # room for the title bar and frame (as preview.py)


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders carried by a drag."""
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class ImportDialog(QDialog):
    """Chooses files (buttons, or dropped files and folders), plans them, shows the plan, imports.

    Signals:
        job_done(str): a run ended ("plan" or "apply"), whether it finished, was cancelled or failed.
    """

    job_done = Signal(str)

    def __init__(self, workspace: Workspace, paths: Iterable[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.inbox = Inbox(workspace.store, workspace.catalogue, workspace.scope(), workspace.today())
        self.files: list[Path] = []
        self.applied = False  # the outcomes shown are those of an import, not of a plan
        self.worker: Worker | None = None
        self.running = PLAN  # the kind of the run going on (while `worker` is set)
        self.setWindowTitle(self.tr("Nhận báo cáo"))
        self.setAcceptDrops(True)
        self._fit_screen()
        self._build()
        self._update()
        if paths:
            self.add_paths(paths)

    # ---- building ----

    def _build(self) -> None:
        intro = QLabel(self.tr("Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. "
                               "Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp»."))
        intro.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Chọn tệp…"))
        self.folder_button = QPushButton(self.tr("Chọn thư mục…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = OutcomeTable(self.workspace.catalogue, self.lang)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.import_files)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._row(self.files_button, self.folder_button, None))
        layout.addLayout(self._progress_row())
        layout.addWidget(self.summary)
        layout.addWidget(self._splitter(), 1)
        layout.addLayout(self._row(None, self.apply_button, close))

    def _fit_screen(self) -> None:
        """PREFERRED_SIZE where the screen has room, else the screen's free area less a margin (1366×768)."""
        screen = (self.parentWidget() or self).screen()
        self.resize(PREFERRED_SIZE.boundedTo(screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)))

    @staticmethod
    def _row(*widgets: QWidget | None) -> QHBoxLayout:
        """Widgets in a row; None is the stretch."""
        row = QHBoxLayout()
        for widget in widgets:
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget)
        return row

    def _progress_row(self) -> QHBoxLayout:
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        return self._row(self.progress_label, self.progress, self.cancel_button)

    def _splitter(self) -> QSplitter:
        """The outcomes above; below, the selected file's reason, its changed values or «Đăng ký khóa…»."""
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_button = QPushButton(self.tr("Đăng ký khóa…"))
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.changes = ChangeTable(self.lang)
        below = QWidget()
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail)
        layout.addLayout(self._row(self.enrol_button, None))
        layout.addWidget(self.changes, 1)
        layout.addStretch(0)  # keeps the text at the top while the changes are hidden
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([260, 260])
        return splitter

    # ---- choosing files ----

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp báo cáo các đơn vị gửi"),
                                                 str(documents_dir()), self.tr("Tệp Excel (*.xlsx)"))
        self.add_paths(Path(p) for p in chosen)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa tệp báo cáo"),
                                                  str(documents_dir()))
        if chosen:
            self.add_paths([Path(chosen)])

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Add files (and the .xlsx files of folders) to the batch, and check the whole batch again."""
        found = importer.collect_files(paths)
        if not found or self.busy():
            return
        self.files = list(dict.fromkeys([*self.files, *found]))
        self.plan()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event) and not self.busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(dropped_paths(event))
        event.acceptProposedAction()

    # ---- running the jobs ----

    def busy(self) -> bool:
        return self.worker is not None

    def plan(self) -> None:
        """The dry run over every file of the batch (nothing is stored)."""
        self.applied = False
        self.table.show_outcomes([], False)
        self._run(PLAN, importer.plan(self.inbox, self.files), self._planned)

    def import_files(self) -> None:
        """Store the files planned as new or replacing (one transaction; nothing if cancelled)."""
        if self.to_import() and not self.busy():
            self._run(APPLY, importer.apply(self.inbox, self.table.outcomes), self._imported)

    def _run(self, kind: str, job: importer.Job[list[Outcome]], done: Callable[[list[Outcome]], None]) -> None:
        # Methods of this dialog, not lambdas: progress comes from the job's thread and must be
        # queued to the window's thread, which Qt does for a slot of an object living there.
        worker = Worker(job, self.lang, self)
        worker.progress.connect(self._step)
        worker.finished.connect(done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.worker, self.running = worker, kind
        self._update()
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        text = self.tr("Đang kiểm tra {0}…") if self.running == PLAN else self.tr("Đang nhận {0}…")
        self.progress_label.setText(text.format(name) if name else "")

    def _ended(self, kind: str, summary: str) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.summary.setText(summary)
        self._update()
        self.job_done.emit(kind)

    def _planned(self, outcomes: list[Outcome]) -> None:
        self.table.show_outcomes(outcomes, False)
        self._ended(PLAN, self._plan_summary(outcomes))

    def _imported(self, outcomes: list[Outcome]) -> None:
        self.applied = True
        self.table.show_outcomes(outcomes, True)
        stored = sum(1 for o in outcomes if o.status in (importer.IMPORTED, REPLACED))
        self._ended(APPLY, self.tr("Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).").format(
            stored, len(outcomes) - stored))

    def _cancelled(self) -> None:
        if self.running == PLAN:
            self._ended(PLAN, self.tr("Đã dừng kiểm tra. Chưa nhận tệp nào."))
        else:
            self._ended(APPLY, self.tr("Đã hủy: chưa nhận tệp nào. Có thể bấm «Nhận … tệp» lại."))

    def _failed(self, message: str) -> None:
        self._ended(self.running, self.tr("Không làm tiếp được: {0}. Chưa nhận tệp nào.").format(message))

    def _plan_summary(self, outcomes: list[Outcome]) -> str:
        if not outcomes:
            return self.tr("Không tìm thấy tệp .xlsx nào.")
        counts = {status: sum(1 for o in outcomes if o.status == status)
                  for status in (NEW, REPLACED, importer.UNCHANGED, importer.REJECTED)}
        return self.tr("{0} tệp: {1} mới, {2} thay bản cũ, {3} không đổi, {4} từ chối. Chưa lưu gì.").format(
            len(outcomes), *counts.values())

    # ---- the selected file ----

    def to_import(self) -> int:
        """How many files the import would store (none once they are imported)."""
        return 0 if self.applied else sum(1 for o in self.table.outcomes if o.status in (NEW, REPLACED))

    def _update(self) -> None:
        busy = self.busy()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(busy)
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        count = self.to_import()
        self.apply_button.setText(self.tr("Nhận {0} tệp").format(count))
        self.apply_button.setEnabled(count > 0 and not busy)
        self.apply_button.setDefault(count > 0)
        self._show_selected()

    def _show_selected(self) -> None:
        outcome = self.table.selected()
        replaced = outcome is not None and outcome.status == REPLACED and bool(outcome.changes)
        self.detail.setText(self._detail_text(outcome))
        self.enrol_button.setVisible(self.can_enrol(outcome))
        self.enrol_button.setEnabled(not self.busy())
        self.changes.setVisible(replaced)
        self.changes.show_changes(outcome if replaced else None)

    def _detail_text(self, outcome: Outcome | None) -> str:
        if outcome is None:
            return self.tr("Chọn một dòng để xem chi tiết.")
        if outcome.status == REPLACED and outcome.changes:
            return self.tr("Bản {0} khác bản đã nhận ở {1} mục:").format(
                outcome.package.revision if outcome.package else "", len(outcome.changes))
        return self.table.reason_text(outcome, self.applied)

    @staticmethod
    def can_enrol(outcome: Outcome | None) -> bool:
        return outcome is not None and outcome.error is not None and outcome.error.code == NOT_ENROLLED

    def enrol_selected(self) -> None:
        """After the clerk compared the fingerprint over the phone: enrol the key, check the batch again."""
        outcome = self.table.selected()
        if not self.can_enrol(outcome) or self.busy():
            return
        assert outcome is not None
        fingerprint = error_context(outcome, "fingerprint")
        question = EnrolDialog(error_context(outcome, "unit"), fingerprint, self)
        accepted = question.exec() == QDialog.DialogCode.Accepted
        question.deleteLater()
        if not accepted:
            return
        try:
            enrol_from_file(self.inbox, outcome.file, fingerprint)  # refused if the file changed since
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Chưa đăng ký được khóa"), error.text(self.lang))
            return
        self.plan()

    # ---- closing ----

    def done(self, result: int) -> None:
        """Closing (Đóng, Esc, the window's ×) stops a run (an import cancelled stores nothing) and waits
        for its thread."""
        if self.worker is not None:
            self.worker.stop()
        super().done(result)
