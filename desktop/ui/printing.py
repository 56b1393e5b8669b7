"""Printing a PDF file off the interface thread: page images in bands, at the printer's resolution (#11)."""

import contextlib
import enum
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, QSizeF, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

# The page images are rendered at the printer's own resolution, kept between these two. Above 600 dpi
# a laser printer's 10-14 pt text looks no sharper, while each doubling is four times the pixels: at
# 1200 dpi four pages were 20 MB and froze the window for 10 s (#11). Below 300 dpi the text is
# visibly blurry, and some drivers (and Qt's own PDF printer) answer 72 dpi.
MIN_DPI = 300
MAX_DPI = 600
# A band of a page image takes at most this much memory (a whole A4 page at 600 dpi would be 139 MB).
# Smaller bands keep the window livelier too: the worker keeps Python's GIL while PySide renders and
# draws a band (2 MB: pauses of 20-30 ms in the window; 8 MB: 70-90 ms), for a few per cent more output.
BAND_BYTES = 2 * 1024 * 1024


def render_dpi(printer_dpi: int) -> int:
    """The resolution of the page images for a printer of the given resolution."""
    return max(MIN_DPI, min(MAX_DPI, printer_dpi))


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) chosen in the print dialog; all of them when it chose none."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(count))
    return [page for page in range(count) if ranges.contains(page + 1)]


def orientation_of(points: QSizeF) -> QPageLayout.Orientation:
    """Landscape for a page wider than high (the report's appendix tables)."""
    if points.width() > points.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def bands(width: int, height: int) -> Iterator[QRect]:
    """Horizontal strips covering a width × height image, each within BAND_BYTES (4 bytes a pixel)."""
    rows = max(1, BAND_BYTES // (4 * width))
    for top in range(0, height, rows):
        yield QRect(0, top, width, min(rows, height - top))


def render_band(document: QPdfDocument, page: int, size: QSize, band: QRect) -> QImage:
    """The band of the page rendered at size: the same pixels as that part of the whole page."""
    # WORKAROUND (QtPdf 6.12, QPdfDocument::render): a clipped render is scaled by
    # (clip.right() - clip.left()) / image width, that is (w - 1) / w, and so for the height: each band
    # came out a pixel short and shifted up by top / h pixels, 16 px (1.4 mm) at the foot of an A4
    # page at 300 dpi, 67 px at 600 dpi, and a row of the page lost at each seam. A clip one pixel
    # wider and higher than the image gives a scale of exactly 1 (test_preview checks the seams).
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    options.setScaledClipRect(band.adjusted(0, 0, 1, 1))
    return document.render(page, band.size(), options)


def page_transform(printer: QPrinter, image: QSize) -> QTransform:
    """Maps page-image pixels onto the sheet: fitted, centred, turned when the sheet's orientation differs.

    The sheet keeps the page's orientation when the printer lets it change between pages; some
    print engines refuse while printing, and then a landscape page is turned onto a portrait sheet.
    """
    sheet = printer.pageLayout().fullRectPixels(printer.resolution())
    turn = (image.width() > image.height()) != (sheet.width() > sheet.height())
    width, height = (image.height(), image.width()) if turn else (image.width(), image.height())
    scale = min(sheet.width() / width, sheet.height() / height)
    transform = QTransform()
    transform.translate((sheet.width() - width * scale) / 2, (sheet.height() - height * scale) / 2)
    transform.scale(scale, scale)
    if turn:
        transform.translate(width, 0)
        transform.rotate(90)
    return transform


class Outcome(enum.StrEnum):
    """How a print job ended."""

    DONE = "done"
    CANCELLED = "cancelled"
    NO_PRINTER = "no-printer"  # the printer could not be opened
    FAILED = "failed"  # the PDF file could not be read, or the printer stopped taking pages


class PrintJob(QThread):
    """Prints the pages of a PDF file on a printer, in a thread of its own.

    Qt allows a QPainter on a QPrinter outside the GUI thread; the job reads the file with its own
    QPdfDocument, since the preview's belongs to the GUI thread. Give the printer to the job and
    leave it alone until the job has finished. `cancel()` stops it between two bands.

    Signals:
        progress(int, int): printing page `done + 1` of `total` (counted in the chosen pages).
        finished(): the built-in QThread signal; `outcome` then says how the job ended.
    """

    progress = Signal(int, int)

    def __init__(self, pdf_path: Path, printer: QPrinter, pages: list[int]) -> None:
        super().__init__()
        self.pdf_path = pdf_path
        self.printer = printer
        self.pages = pages
        self.dpi = render_dpi(printer.resolution())
        self.outcome: Outcome | None = None  # None while running, and if the job raised (a bug)
        self.printed = 0  # pages drawn whole
        self.ran_in: QThread | None = None

    def cancel(self) -> None:
        """Stops the job before its next band; the pages already sent may still come out."""
        self.requestInterruption()

    def run(self) -> None:
        self.ran_in = QThread.currentThread()
        document = QPdfDocument()
        try:
            loaded = document.load(str(self.pdf_path)) == QPdfDocument.Error.None_
            self.outcome = self._print(document) if loaded else Outcome.FAILED
        finally:
            document.close()

    def _print(self, document: QPdfDocument) -> Outcome:
        if not self.pages:
            return Outcome.DONE
        self.printer.setPageOrientation(orientation_of(document.pagePointSize(self.pages[0])))
        painter = QPainter()
        if not painter.begin(self.printer):
            return Outcome.NO_PRINTER
        try:
            outcome = self._paint_pages(painter, document)
            if outcome is Outcome.CANCELLED:
                self.printer.abort()  # where the print engine can; Qt's PDF and CUPS engines cannot
        finally:
            painter.end()
        if outcome is Outcome.CANCELLED:
            self._remove_partial_file()
        return outcome

    def _paint_pages(self, painter: QPainter, document: QPdfDocument) -> Outcome:
        for done, page in enumerate(self.pages):
            self.progress.emit(done, len(self.pages))
            if done and not self._new_page(document.pagePointSize(page)):
                return Outcome.FAILED
            for _ in self._paint_page(painter, document, page):
                if self.isInterruptionRequested():
                    return Outcome.CANCELLED
            self.printed += 1
        return Outcome.DONE

    def _new_page(self, points: QSizeF) -> bool:
        # Set before newPage(): the orientation applies to the page that newPage() starts.
        self.printer.setPageOrientation(orientation_of(points))
        return self.printer.newPage()

    def _paint_page(self, painter: QPainter, document: QPdfDocument, page: int) -> Iterator[None]:
        """Renders one page band by band and draws each band; yields before each band."""
        points = document.pagePointSize(page)
        size = QSize(round(points.width() / 72 * self.dpi), round(points.height() / 72 * self.dpi))
        painter.setTransform(page_transform(self.printer, size))
        for band in bands(size.width(), size.height()):
            yield
            painter.drawImage(QPointF(0, band.top()), render_band(document, page, size, band))

    def _remove_partial_file(self) -> None:
        """A cancelled print to a PDF file leaves no half-written file behind."""
        name = self.printer.outputFileName()
        if name and self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            with contextlib.suppress(OSError):
                os.remove(name)
