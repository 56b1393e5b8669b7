"""«Xuất PDF nhiều báo cáo…»: the PDFs of the reports ticked, into a folder, by a Worker over the core's
job (core/pdf/batch.py), with progress, «Hủy» and at the end what was written and what was not."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import BaocaoError
from desktop.core.pdf.batch import BatchResult, export_pdfs, latest_period_ids
from desktop.core.periods import label, parse_period
from desktop.core.store.reports import ReportSummary
from desktop.core.workspace import Workspace
from desktop.ui.paths import documents_dir
from desktop.ui.worker import JobOwner

ID_ROLE = Qt.ItemDataRole.UserRole
PREFERRED_SIZE = QSize(900, 600)
SCREEN_MARGIN = 48  # room for the title bar and frame (as importdialog.py)
PROGRESS_WIDTH = 260


class BatchPdfDialog(JobOwner, QDialog):
    """The stored reports with check boxes (those of the latest period ticked), a folder, «Xuất».

    Signals:
        job_done(): an export ended, whether it finished, was cancelled or failed.
    """

    job_done = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.outcome: BatchResult | None = None
        self.setWindowTitle(self.tr("Xuất PDF nhiều báo cáo"))
        screen = (self.parentWidget() or self).screen()
        self.resize(PREFERRED_SIZE.boundedTo(screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)))
        self._build()
        self.show_reports(workspace.store.list_reports())
        self._update()

    # ---- building ----

    def _build(self) -> None:
        intro = QLabel(self.tr("Đánh dấu các báo cáo cần xuất PDF (mặc định: các báo cáo của kỳ gần nhất) và chọn "
                               "thư mục. Tệp đã có trong thư mục không bị ghi đè: tệp mới được thêm « (2)» vào tên."))
        intro.setWordWrap(True)
        self.reports = QTreeWidget()
        self.reports.setRootIsDecorated(False)
        self.reports.setHeaderLabels([self.tr("Báo cáo"), self.tr("Kỳ"), self.tr("Trạng thái")])
        self.reports.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reports.header().setStretchLastSection(False)
        self.reports.itemChanged.connect(self._update)
        self.all_button = QPushButton(self.tr("Chọn tất cả"))
        self.none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.folder = QLineEdit(str(documents_dir()))
        self.folder.textChanged.connect(self._update)
        self.folder_button = QPushButton(self.tr("Chọn thư mục…"))
        self.folder_button.clicked.connect(self.choose_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reports, 1)
        layout.addLayout(_row(self.all_button, self.none_button, None))
        layout.addLayout(_row(QLabel(self.tr("Thư mục:")), self.folder, self.folder_button, stretch=1))
        layout.addLayout(self._progress_row())
        layout.addLayout(self._result_rows())
        layout.addLayout(self._bottom_row())

    def _progress_row(self) -> QHBoxLayout:
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)  # a long title wraps instead of widening the dialog
        self.progress = QProgressBar()
        self.progress.setFixedWidth(PROGRESS_WIDTH)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        return _row(self.progress_label, self.progress, self.cancel_button, stretch=0)

    def _result_rows(self) -> QVBoxLayout:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Mở thư mục"))
        self.open_button.clicked.connect(self.open_folder)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setMaximumHeight(110)
        rows = QVBoxLayout()
        rows.addLayout(_row(self.summary, self.open_button, stretch=0))
        rows.addWidget(self.failures)
        return rows

    def _bottom_row(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Xuất"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        return _row(None, self.export_button, close)

    # ---- the reports ----

    def show_reports(self, summaries: list[ReportSummary]) -> None:
        """One row per report, ticked if it is of the latest period."""
        latest = set(latest_period_ids(summaries))
        self.reports.blockSignals(True)
        self.reports.clear()
        for summary in summaries:
            item = QTreeWidgetItem([" ".join(summary.title.split()), self._period(summary.period),
                                    self._status(summary)])
            item.setData(0, ID_ROLE, summary.id)
            item.setToolTip(0, item.text(0))  # the column elides a long title
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if summary.id in latest else Qt.CheckState.Unchecked)
            self.reports.addTopLevelItem(item)
        self.reports.blockSignals(False)
        for column in (1, 2):
            self.reports.resizeColumnToContents(column)

    def _period(self, period: str) -> str:
        try:
            return label(parse_period(period), self.lang)
        except BaocaoError:
            return period

    def _status(self, summary: ReportSummary) -> str:
        if summary.versions and summary.status == "draft":
            return self.tr("bản điều chỉnh, đang sửa")
        return {"draft": self.tr("bản nháp"), "final": self.tr("đã hoàn tất"),
                "sent": self.tr("đã gửi")}.get(summary.status, summary.status)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.reports.topLevelItem(i) for i in range(self.reports.topLevelItemCount()))
        return [item for item in items if item is not None]

    def ticked(self) -> list[int]:
        """The ids of the reports ticked, in the order of the list."""
        return [item.data(0, ID_ROLE) for item in self._items() if item.checkState(0) == Qt.CheckState.Checked]

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.reports.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, state)
        self.reports.blockSignals(False)
        self._update()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục ghi các tệp PDF"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # ---- the export ----

    def export(self) -> None:
        """Write the PDFs of the reports ticked into the folder, off the interface thread."""
        ids, folder = self.ticked(), Path(self.folder.text().strip())
        if not ids or self.busy():
            return
        self.outcome = None
        worker = self.make_worker(export_pdfs(self.workspace.store, ids, folder), self.lang, self._finished)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self._show("")
        self._update()
        worker.start()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, title: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Đang xuất {0}/{1}: {2}").format(done + 1, total, title))

    @Slot(object)
    def _finished(self, result: object) -> None:
        assert isinstance(result, BatchResult)
        self.outcome = result
        text = self.tr("Đã xuất {0} tệp PDF vào {1}.").format(len(result.written), result.folder)
        if result.failures:
            text += " " + self.tr("Không xuất được {0} báo cáo:").format(len(result.failures))
        self._ended(text, [f"«{f.title}»: {f.reason(self.lang)}" if f.title else f.reason(self.lang)
                           for f in result.failures])

    @Slot()
    def _cancelled(self) -> None:
        self._ended(self.tr("Đã dừng. Các tệp PDF đã xuất xong vẫn còn trong thư mục; không có tệp dở dang."))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._ended(self.tr("Không xuất được: {0}").format(message), error=True)

    def _ended(self, text: str, failures: list[str] | None = None, error: bool = False) -> None:
        self.let_worker_go()
        self._show(text, failures or [], error)
        self._update()
        self.job_done.emit()

    def _show(self, text: str, failures: list[str] | None = None, error: bool = False) -> None:
        self.summary.setStyleSheet("color: #b00020;" if error else "")
        self.summary.setText(text)
        self.failures.setPlainText("\n".join(failures or []))

    def _update(self) -> None:
        busy = self.busy()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(busy)
        self.summary.setVisible(bool(self.summary.text()))
        self.failures.setVisible(bool(self.failures.toPlainText()))
        self.open_button.setVisible(not busy and self.outcome is not None)
        self.export_button.setEnabled(not busy and bool(self.ticked()) and bool(self.folder.text().strip()))
        for control in (self.reports, self.all_button, self.none_button, self.folder, self.folder_button):
            control.setEnabled(not busy)

    def open_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.folder)))

    def done(self, result: int) -> None:
        """Closing while the export runs stops it first (after the report being written)."""
        if self.worker is not None:
            self.worker.stop()
        super().done(result)


def _row(*widgets: QWidget | None, stretch: int | None = None) -> QHBoxLayout:
    """Widgets in a row; None is a stretch; `stretch` gives the widget at that index the spare room."""
    row = QHBoxLayout()
    for index, widget in enumerate(widgets):
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget, 1 if index == stretch else 0)
    return row
