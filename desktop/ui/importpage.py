"""«Nhận báo cáo», a screen of the city's window: the files the units sent, checked (a dry run) and shown
before anything is stored; «Nhận N tệp» then stores the new and replacing ones. Both runs are core jobs
run by a Worker; the files listed on the left, the one selected explained on the right."""

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
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
from desktop.ui.citypage import CityPage, PageHeader, dropped_paths, in_row, tab_order
from desktop.ui.outcomes import EnrolDialog, OutcomeDetail, OutcomeTable, can_enrol, error_context
from desktop.ui.paths import documents_dir
from desktop.ui.worker import JobOwner

PLAN, APPLY = "plan", "apply"


class ImportPage(JobOwner, CityPage):
    """Chooses files (buttons, or dropped files and folders), plans them, shows the plan, imports.

    `flush` saves the report open in the window before files are stored (False: it could not be).

    Signals:
        job_done(str): a run ended ("plan" or "apply"), whether it finished, was cancelled or failed.
        received(): files were stored: the other screens read the store again.
    """

    job_done = Signal(str)
    received = Signal()

    def __init__(self, workspace: Workspace, flush: Callable[[], bool] = lambda: True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self.tr("Nhận báo cáo"))
        self.workspace, self.flush, self.lang = workspace, flush, workspace.language()
        self.scope = workspace.scope()
        self.inbox = self._inbox()
        self.files: list[Path] = []
        self.queued: list[Path] = []  # files dropped while a run was going on
        self.applied = False  # the outcomes shown are those of an import, not of a plan
        self.running = PLAN  # the kind of the run going on (while `worker` is set)
        self.waiting: QProgressDialog | None = None  # the window waits while files are stored
        self.setAcceptDrops(True)
        self._build()
        self.refresh()

    def _inbox(self) -> Inbox:
        return Inbox(self.workspace.store, self.workspace.catalogue, self.scope, self.workspace.today())

    # ---- building ----

    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.intro)
        layout.addLayout(in_row(self.files_button, self.folder_button, None))
        layout.addLayout(self._progress_row())
        layout.addWidget(self.summary)
        layout.addWidget(self._splitter(), 1)
        layout.addLayout(in_row(None, self.apply_button))
        tab_order(self.files_button, self.folder_button, self.cancel_button, self.table, self.detail.enrol_button,
                  self.detail.changes, self.apply_button)

    def _progress_row(self) -> QHBoxLayout:
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        return in_row(self.progress_label, self.progress, self.cancel_button, stretches=(0, 1, 0))

    def _splitter(self) -> QSplitter:
        """The files on the left; on the right, the one selected explained (outcomes.OutcomeDetail)."""
        self.detail = OutcomeDetail(self.table, self.lang)
        self.detail.enrol.connect(self.enrol_selected)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 350])
        return splitter

    # ---- the page shown ----

    def refresh(self) -> None:
        """Read the copy's scope again (a batch checked for another scope is dropped) and whether it writes."""
        if self.busy():
            return
        scope = self.workspace.scope()
        if scope != self.scope:
            self.scope, self.files, self.applied = scope, [], False
            self.table.show_outcomes([], False)
            self.summary.clear()
        self.inbox = self._inbox()  # the store, after a restore or a take-over, and today
        self.header.show_scope(scope)
        self.intro.setText(self.tr("Cửa sổ này chỉ xem: không nhận tệp được ở đây.") if self.read_only() else
                           self.tr("Chọn các tệp .xlsx do các đơn vị gửi lên, hoặc kéo thả tệp, thư mục vào đây. "
                                   "Phần mềm kiểm tra từng tệp trước; chưa lưu gì cho đến khi bấm «Nhận … tệp»."))
        self._update()

    def read_only(self) -> bool:
        return self.workspace.store.read_only  # another window writes this database (lock.py)

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
        """Add files (and the .xlsx files of folders) to the batch, and check the whole batch again; after an
        import, they start a new batch."""
        found = importer.collect_files(paths)
        if not found or self.read_only():
            return
        if self.busy():
            self.queued += found  # checked once the run going on has ended
            return
        kept = [] if self.applied else self.files
        self.files = list(dict.fromkeys([*kept, *found]))
        self.plan()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event) and not self.read_only():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(dropped_paths(event))
        event.acceptProposedAction()

    # ---- running the jobs ----

    def plan(self) -> None:
        """The dry run over every file of the batch (nothing is stored)."""
        self.applied = False
        self.table.show_outcomes([], False)
        self._run(PLAN, importer.plan(self.inbox, self.files), self._planned)

    def import_files(self) -> None:
        """Store the files planned as new or replacing (one transaction; nothing if cancelled)."""
        if self.to_import() and not self.busy() and not self.read_only() and self.flush():
            self._run(APPLY, importer.apply(self.inbox, self.table.outcomes), self._imported)

    def _run(self, kind: str, job: importer.Job[list[Outcome]], done: Callable[[list[Outcome]], None]) -> None:
        worker = self.make_worker(job, self.lang, done)
        self.running = kind
        if kind == APPLY:
            self._hold_window()
        self._update()
        worker.start()

    def _hold_window(self) -> None:
        """While files are stored the window waits (a modal progress, with «Hủy»): a report edited and
        saved meanwhile would join the import's transaction, and be undone with a cancelled import."""
        self.waiting = QProgressDialog(self.tr("Đang nhận tệp…"), self.tr("Hủy"), 0, 0, self)
        self.waiting.setWindowTitle(self.tr("Nhận báo cáo"))
        self.waiting.setWindowModality(Qt.WindowModality.WindowModal)
        self.waiting.setAutoClose(False)
        self.waiting.setAutoReset(False)
        self.waiting.canceled.connect(self.cancel)
        self.waiting.show()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, name: str) -> None:
        text = self.tr("Đang kiểm tra {0}…") if self.running == PLAN else self.tr("Đang nhận {0}…")
        shown = text.format(name) if name else ""
        for bar in (self.progress, self.waiting):
            if bar is not None:
                bar.setMaximum(max(total, 1))
                bar.setValue(done)
        self.progress_label.setText(shown)
        if self.waiting is not None and shown:
            self.waiting.setLabelText(shown)

    def _ended(self, kind: str, summary: str) -> None:
        self.let_worker_go()
        if self.waiting is not None:
            self.waiting.canceled.disconnect(self.cancel)
            self.waiting.hide()
            self.waiting.deleteLater()
            self.waiting = None
        self.summary.setText(summary)
        self._update()
        self.job_done.emit(kind)
        queued, self.queued = self.queued, []
        if queued:
            self.add_paths(queued)

    def _planned(self, outcomes: list[Outcome]) -> None:
        self.table.show_outcomes(outcomes, False)
        self._ended(PLAN, self._plan_summary(outcomes))

    def _imported(self, outcomes: list[Outcome]) -> None:
        self.applied = True
        self.table.show_outcomes(outcomes, True)
        stored = sum(1 for o in outcomes if o.status in (importer.IMPORTED, REPLACED))
        self._ended(APPLY, self.tr("Đã nhận {0} tệp; {1} tệp không nhận (xem cột «Kết quả»).").format(
            stored, len(outcomes) - stored))
        if stored:
            self.received.emit()

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
        busy, writable = self.busy(), not self.read_only()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(busy and self.running == PLAN)
        self.files_button.setEnabled(writable and not busy)
        self.folder_button.setEnabled(writable and not busy)
        count = self.to_import()
        self.apply_button.setText(self.tr("Nhận {0} tệp").format(count))
        self.apply_button.setEnabled(count > 0 and writable and not busy)
        self._show_selected()

    def _show_selected(self) -> None:
        self.detail.show_outcome(self.table.selected(), self.applied, not self.busy() and not self.read_only())

    def enrol_selected(self) -> None:
        """After the clerk compared the fingerprint over the phone: enrol the key, check the batch again."""
        outcome = self.table.selected()
        if not can_enrol(outcome) or self.busy() or self.read_only():
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
