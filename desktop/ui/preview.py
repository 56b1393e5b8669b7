"""Preview of the report PDF, with saving and printing."""

import shutil
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class PreviewDialog(QDialog):
    """Shows a rendered PDF file; "Lưu PDF…" copies it, "In…" sends its pages to a printer."""

    def __init__(self, pdf_path: Path, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước báo cáo"))
        self.resize(900, 1000)
        self.pdf_path = pdf_path
        self._suggested = suggested_name
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Lưu PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_ = buttons.addButton(self.tr("In…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        save.setShortcut("Ctrl+S")
        print_.setShortcut("Ctrl+P")
        save.clicked.connect(self.save_as)
        print_.clicked.connect(self.print_document)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp PDF"), self._suggested,
                                                self.tr("Tệp PDF (*.pdf)"))
        if not target:
            return
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Không lưu được"),
                                self.tr("Không ghi được tệp {0}: {1}").format(target, error))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The PDF already holds the Decree's margins: print the page edge to edge.
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Không in được"),
                                self.tr("Không mở được máy in đã chọn."))
            return
        dpi = printer.resolution()
        for page in range(self.document.pageCount()):
            if page:
                printer.newPage()
            points = self.document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = self.document.render(page, size)
            painter.drawImage(0, 0, image)
        painter.end()
