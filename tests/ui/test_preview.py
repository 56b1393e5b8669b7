"""The preview dialog: printing off the interface thread, its size on small screens, saving (#11).

Printing goes to a PDF-file QPrinter, which stands in for a real printer: the job draws the same
page images on it, and the file says how many pages came out, in which orientation, at what dpi.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton

from desktop.core import atomicfile
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.ui import preview as preview_module
from desktop.ui.paths import documents_dir
from desktop.ui.preview import PreviewDialog
from desktop.ui.printing import MAX_DPI, MIN_DPI, PrintJob, bands, page_transform, render_band, render_dpi

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
JOB_TIMEOUT_MS = 120_000
NAME = "132-BC-UBND_ket-qua-khcn-cds_2025-9M.pdf"


@pytest.fixture(scope="module")
def sample_pdfs(tmp_path_factory) -> dict[str, Path]:
    """Rendered samples: Phú Thái (5 pages), Đức Phổ (11), Trần Liễu's plan (landscape pages 16-19)."""
    folder = tmp_path_factory.mktemp("preview")
    pdfs = {}
    for key, stem in (("phu_thai", "so-ket-001-phu-thai"), ("duc_pho", "bao-cao-ket-qua-003-duc-pho"),
                      ("plan", "ke-hoach-002-tran-lieu")):
        pdfs[key] = folder / f"{stem}.pdf"
        render_pdf(read_report(SAMPLES / f"{stem}.json"), pdfs[key])
    return pdfs


@pytest.fixture
def open_preview(qtbot, sample_pdfs):
    """Opens a preview of a sample; each is closed after the test, with no print job left running."""
    opened: list[PreviewDialog] = []

    def make(key: str = "phu_thai") -> PreviewDialog:
        dialog = PreviewDialog(sample_pdfs[key], NAME)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        job = dialog.print_job
        dialog.done(QDialog.DialogCode.Rejected)
        assert dialog.print_job is None
        assert job is None or job.isFinished()


def pdf_printer(path: Path, resolution: int | None = None, pages: tuple[int, int] | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if resolution:
        printer.setResolution(resolution)
    if pages:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    return printer


def print_and_wait(qtbot, dialog: PreviewDialog, printer: QPrinter) -> tuple[PrintJob, str]:
    with qtbot.waitSignal(dialog.print_finished, timeout=JOB_TIMEOUT_MS) as blocker:
        job = dialog.print_to(printer)
    return job, blocker.args[0]


def page_sizes(path: Path) -> list[tuple[int, int]]:
    with pdfplumber.open(path) as pdf:
        return [(round(page.width), round(page.height)) for page in pdf.pages]


def image_cover(page) -> tuple[float, float, float, float, float]:
    """The box the page images cover (x0, top, x1, bottom) and their resolution in dpi."""
    images = page.images
    dpi = images[0]["srcsize"][0] / ((images[0]["x1"] - images[0]["x0"]) / 72)
    return (min(i["x0"] for i in images), min(i["top"] for i in images),
            max(i["x1"] for i in images), max(i["bottom"] for i in images), dpi)


# ---- printing ----


def test_printing_to_a_pdf_file_gives_every_page_whole(qtbot, open_preview, tmp_path):
    out = tmp_path / "printed.pdf"
    job, outcome = print_and_wait(qtbot, open_preview(), pdf_printer(out))
    assert outcome == "done"
    assert job.printed == 5
    assert page_sizes(out) == [(595, 842)] * 5
    with pdfplumber.open(out) as pdf:
        x0, top, x1, bottom, _ = image_cover(pdf.pages[0])
    assert (x0, top) == pytest.approx((0, 0), abs=0.5)
    assert (x1, bottom) == pytest.approx((595.3, 841.9), abs=0.5)


def test_the_job_runs_in_its_own_thread_and_the_window_gets_control_back_at_once(qtbot, qapp, open_preview,
                                                                                 tmp_path):
    dialog = open_preview()
    with qtbot.waitSignal(dialog.print_finished, timeout=JOB_TIMEOUT_MS) as blocker:
        job = dialog.print_to(pdf_printer(tmp_path / "printed.pdf", pages=(1, 2)))
        assert job.isRunning()
        assert job.outcome is None
        assert dialog.findChild(QProgressDialog).isVisible()
    assert blocker.args == ["done"]
    assert job.ran_in is not None
    assert job.ran_in is not qapp.thread()


def test_cancel_stops_the_job_early_and_leaves_no_half_file(qtbot, open_preview, tmp_path):
    out = tmp_path / "printed.pdf"
    dialog = open_preview("duc_pho")
    with qtbot.waitSignal(dialog.print_finished, timeout=JOB_TIMEOUT_MS) as blocker:
        job = dialog.print_to(pdf_printer(out))
        progress = dialog.findChild(QProgressDialog)
        assert progress.labelText() == "Đang in trang 1/11…"
        [cancel] = progress.findChildren(QPushButton)
        assert cancel.text() == "Hủy"
        cancel.click()
    assert blocker.args == ["cancelled"]
    assert job.printed < 11
    assert not out.exists()


@pytest.mark.parametrize(("printer_dpi", "expected"), [(72, 300), (96, 300), (300, 300), (450, 450),
                                                       (600, 600), (1200, 600), (2400, 600)])
def test_page_images_are_rendered_between_300_and_600_dpi(printer_dpi, expected):
    assert render_dpi(printer_dpi) == expected


@pytest.mark.parametrize(("printer_dpi", "expected"), [(72, MIN_DPI), (1200, MAX_DPI)])
def test_the_printed_images_have_that_resolution(qtbot, open_preview, tmp_path, printer_dpi, expected):
    out = tmp_path / "printed.pdf"
    job, outcome = print_and_wait(qtbot, open_preview(), pdf_printer(out, printer_dpi, pages=(1, 1)))
    assert (outcome, job.dpi) == ("done", expected)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        assert image_cover(pdf.pages[0])[4] == pytest.approx(expected, rel=0.01)


def test_landscape_appendix_pages_are_printed_landscape(qtbot, open_preview, tmp_path):
    out = tmp_path / "printed.pdf"
    # Pages 16-19 of the plan are landscape: start on one, end on a portrait page.
    _, outcome = print_and_wait(qtbot, open_preview("plan"), pdf_printer(out, pages=(18, 20)))
    assert outcome == "done"
    assert page_sizes(out) == [(842, 595), (842, 595), (595, 842)]
    with pdfplumber.open(out) as pdf:
        x0, top, x1, bottom, _ = image_cover(pdf.pages[0])
    assert (x0, top, x1, bottom) == pytest.approx((0, 0, 841.9, 595.3), abs=0.5)


def ink(image: QImage) -> list[bytes]:
    """The image's rows of coverage (alpha), one bytes object a row."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    data, stride = bytes(alpha.constBits()), alpha.bytesPerLine()
    return [data[row * stride:row * stride + alpha.width()] for row in range(alpha.height())]


def test_bands_stitch_into_the_whole_page_without_seams_or_drift(sample_pdfs):
    """Checks the render_band WORKAROUND: a plain clipped render drifted up 16 px by the foot of the page."""
    document = QPdfDocument()
    document.load(str(sample_pdfs["phu_thai"]))
    size = QSize(2480, 3508)  # A4 at 300 dpi
    whole = ink(document.render(0, size))
    stitched = [row for band in bands(size.width(), size.height())
                for row in ink(render_band(document, 0, size, band))]
    document.close()
    assert len(stitched) == len(whole)
    differing = [y for y, (a, b) in enumerate(zip(whole, stitched, strict=True))
                 if max(abs(p - q) for p, q in zip(a, b, strict=True)) > 32]
    assert differing == []


def test_a_landscape_page_is_turned_onto_a_portrait_sheet_when_the_printer_keeps_portrait(tmp_path):
    printer = pdf_printer(tmp_path / "unused.pdf", resolution=600)  # A4 portrait, about 4960 × 7016 dots
    sheet = printer.pageLayout().fullRectPixels(600)
    transform = page_transform(printer, QSize(3508, 2480))  # an A4 landscape page at 300 dpi
    drawn = transform.mapRect(QRectF(0, 0, 3508, 2480))
    assert (drawn.x(), drawn.y(), drawn.width(), drawn.height()) == pytest.approx(
        (0, 0, sheet.width(), sheet.height()), abs=4)
    top_left = transform.map(QPointF(0, 0))
    assert (top_left.x(), top_left.y()) == pytest.approx((sheet.width(), 0), abs=4)  # its top along the right


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_be_opened_gives_the_warning(qtbot, open_preview, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    _, outcome = print_and_wait(qtbot, open_preview(), printer)
    assert outcome == "no-printer"
    assert warnings == [("Không in được", "Không mở được máy in đã chọn.")]


def test_the_printer_prints_edge_to_edge_on_a4_in_the_first_page_orientation(open_preview):
    printer = open_preview("plan").make_printer()
    assert printer.fullPage()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert printer.docName() == NAME


def test_print_asks_the_print_dialog_then_prints(qtbot, open_preview, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        self.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        self.printer().setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = open_preview()
    with qtbot.waitSignal(dialog.print_finished, timeout=JOB_TIMEOUT_MS) as blocker:
        dialog.print_document()
    assert blocker.args == ["done"]
    assert len(page_sizes(out)) == 2  # the pages chosen in the print dialog


# ---- size on the screen ----


def assert_fits(dialog: PreviewDialog) -> None:
    free = dialog.screen().availableGeometry()
    assert free.contains(dialog.frameGeometry())
    for button in dialog.buttons.buttons():
        assert button.isVisible()
        corner = button.mapTo(dialog, QPoint(0, 0))
        assert dialog.rect().contains(QRect(corner, button.size()))


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's, on any show()
def test_the_dialog_fits_its_screen_with_its_buttons_in_view(qtbot, open_preview):
    dialog = open_preview()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.screen().availableGeometry().height() < 1000  # the offscreen screen is 800 × 800
    assert_fits(dialog)


SMALL_SCREEN_CHECK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtWidgets import QApplication
from desktop.ui.preview import PreviewDialog
app = QApplication([])
dialog = PreviewDialog(Path(sys.argv[1]), "x.pdf")
dialog.show()
app.processEvents()
free = dialog.screen().availableGeometry()
inside = all(b.isVisible() and dialog.rect().contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size()))
             for b in dialog.buttons.buttons())
print(json.dumps({"screen": [free.width(), free.height()], "fits": free.contains(dialog.frameGeometry()),
                  "size": [dialog.width(), dialog.height()], "buttons_inside": inside}))
"""


def test_the_dialog_fits_a_1366_by_768_screen(sample_pdfs, tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", SMALL_SCREEN_CHECK, str(sample_pdfs["duc_pho"])],
                          env=env, capture_output=True, text=True, timeout=60, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [1366, 768]
    assert result["fits"] and result["buttons_inside"]
    assert result["size"][0] == 900  # the width is there: only the height gives way


# ---- saving ----


def test_save_as_proposes_the_documents_folder_and_copies_the_pdf(qtbot, open_preview, tmp_path, monkeypatch):
    asked = []
    target = tmp_path / NAME

    def choose(parent, caption, folder, filters):
        asked.append(folder)
        return str(target), filters

    monkeypatch.setattr(preview_module.QFileDialog, "getSaveFileName", choose)
    dialog = open_preview()
    dialog.save_as()
    assert asked == [str(documents_dir() / NAME)]
    assert target.read_bytes() == dialog.pdf_path.read_bytes()


def test_a_failed_save_keeps_the_old_file_whole_and_leaves_no_temporary(qtbot, open_preview, tmp_path,
                                                                        monkeypatch):
    target = tmp_path / NAME
    target.write_bytes(b"%PDF old copy")
    warnings = []

    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(preview_module.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(atomicfile.os, "fsync", disk_full)  # the bytes written, then the disk is full
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(title))
    open_preview().save_as()
    assert target.read_bytes() == b"%PDF old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
    assert warnings == ["Không lưu được"]
