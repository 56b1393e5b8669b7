"""Preview of the report PDF, with saving and printing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.core.atomicfile import write_atomically
from desktop.ui.geometry import fit_dialog
from desktop.ui.paths import documents_dir
from desktop.ui.worker import CollectorPause

if TYPE_CHECKING:  # QtPdf and the print support load with the first preview, not at start-up (#15)
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.printing import Outcome, PrintJob

PREFERRED_SIZE = QSize(900, 1000)


class PreviewDialog(QDialog):
    """Shows a rendered PDF file; "Lưu PDF…" copies it, "In…" sends its pages to a printer.

    Signals:
        print_finished(str): a print job ended, with its `printing.Outcome` value.
    """

    print_finished = Signal(str)

    def __init__(self, pdf_path: Path, suggested_name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước báo cáo"))
        self.pdf_path = pdf_path
        self._suggested = suggested_name
        self.print_job: PrintJob | None = None
        self._progress: QProgressDialog | None = None
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Các trang của báo cáo sẽ in"))
        self.view.setAccessibleDescription(self.tr("Mũi tên, Page Up, Page Down: cuộn trang; Ctrl+S: lưu PDF; "
                                                   "Ctrl+P: in"))
        self.buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._fit_screen()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Lưu PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_ = buttons.addButton(self.tr("In…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        save.setShortcut("Ctrl+S")
        print_.setShortcut("Ctrl+P")
        save.clicked.connect(self.save_as)
        print_.clicked.connect(self.print_document)
        close.clicked.connect(self.reject)
        return buttons

    def _fit_screen(self) -> None:
        """900 × 1000 where the screen has room, else the screen's free area less a margin (#11)."""
        fit_dialog(self, PREFERRED_SIZE)

    def page_count(self) -> int:
        return self.document.pageCount()

    # ---- saving ----

    def default_save_path(self) -> Path:
        """Where "Lưu PDF…" proposes to save: the clerk's Documents folder, with the suggested name."""
        return documents_dir() / self._suggested

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp PDF"), str(self.default_save_path()),
                                                self.tr("Tệp PDF (*.pdf)"))
        if not target:
            return
        try:
            write_atomically(Path(target), self.pdf_path.read_bytes())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Không lưu được"),
                                self.tr("Không ghi được tệp {0}: {1}").format(target, error))

    # ---- printing ----

    def make_printer(self) -> QPrinter:
        """A printer at its own resolution, A4, edge to edge, in the first page's orientation."""
        from PySide6.QtPrintSupport import QPrinter

        from desktop.ui.printing import orientation_of

        printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
        # The PDF already holds the Decree's margins: print the page edge to edge.
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        if self.page_count():
            printer.setPageOrientation(orientation_of(self.document.pagePointSize(0)))
        printer.setDocName(self._suggested)
        return printer

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if self.print_job is not None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob:
        """Starts printing on printer in a worker thread and returns the running job at once."""
        from desktop.ui.printing import PrintJob, pages_to_print

        job = PrintJob(self.pdf_path, printer, pages_to_print(printer, self.page_count()))
        job.progress.connect(self._show_progress)
        job.finished.connect(self._print_done)
        self.print_job = job
        self._progress = self._progress_dialog(len(job.pages))
        self._progress.canceled.connect(job.cancel)
        CollectorPause.hold()  # Python's cycle collector must not run in the job's thread (worker.py)
        job.start()
        return job

    def _progress_dialog(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Đang in trang {0}/{1}…").format(1, total), self.tr("Hủy"),
                                   0, total, self)
        progress.setWindowTitle(self.tr("In báo cáo"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.show()
        return progress

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._progress is not None and not self._progress.wasCanceled():
            self._progress.setLabelText(self.tr("Đang in trang {0}/{1}…").format(done + 1, total))
            self._progress.setValue(done)

    @Slot()
    def _print_done(self) -> None:
        from desktop.ui.printing import Outcome

        job, self.print_job = self.print_job, None
        if job is not None:
            job.wait()
            CollectorPause.release()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if job is None:
            return
        outcome = job.outcome or Outcome.FAILED
        self._report(outcome, job)
        self.print_finished.emit(str(outcome))

    def _report(self, outcome: Outcome, job: PrintJob) -> None:
        from desktop.ui.printing import Outcome

        if outcome is Outcome.NO_PRINTER:
            text = self.tr("Không mở được máy in đã chọn.")
        elif outcome is Outcome.FAILED:
            text = self.tr("Việc in dừng lại ở trang {0}/{1}.").format(job.printed + 1, len(job.pages))
        else:
            return
        QMessageBox.warning(self, self.tr("Không in được"), text)

    def done(self, result: int) -> None:
        """Closing the preview stops a print job still running and waits for its thread."""
        if self.print_job is not None:
            self.print_job.cancel()
            self.print_job.wait()
            self._print_done()
        super().done(result)
