"""Printing is light (#11): page images at 300-600 dpi, in bands, painted off the interface thread."""

import pdfplumber
from PySide6.QtCore import QThread
from PySide6.QtPrintSupport import QPrinter

from desktop.core import bundle
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.ui.preview import PreviewDialog
from desktop.ui.printing import MAX_DPI, MIN_DPI, Outcome, PrintJob, render_dpi


def sample_pdf(tmp_path):
    path = tmp_path / "003.pdf"
    render_pdf(read_report(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json"), path)
    return path


def test_the_page_images_stay_between_300_and_600_dpi():
    assert [render_dpi(d) for d in (72, 300, 600, 1200)] == [MIN_DPI, 300, 600, MAX_DPI]


def test_a_print_runs_in_its_own_thread_and_prints_every_page(qtbot, tmp_path):
    pdf = sample_pdf(tmp_path)
    dialog = PreviewDialog(pdf, "bao-cao.pdf")
    qtbot.addWidget(dialog)
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = PrintJob(pdf, printer, list(range(dialog.page_count())))
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
        assert job.isRunning()  # the interface thread is free at once
    assert job.outcome is Outcome.DONE
    assert job.ran_in is not None and job.ran_in is not QThread.currentThread()
    with pdfplumber.open(tmp_path / "printed.pdf") as printed:
        assert len(printed.pages) == dialog.page_count()
    size = (tmp_path / "printed.pdf").stat().st_size
    print(f"printed {dialog.page_count()} pages at {job.dpi} dpi: {size / 1e6:.1f} MB")


def test_a_cancelled_print_stops_and_leaves_no_file(qtbot, tmp_path):
    pdf = sample_pdf(tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    job = PrintJob(pdf, printer, list(range(8)))
    job.progress.connect(lambda done, _total: done >= 1 and job.cancel())
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    assert job.outcome is Outcome.CANCELLED
    assert not (tmp_path / "cancelled.pdf").exists()


def test_the_preview_fits_its_screen_with_its_buttons(qtbot, tmp_path):
    dialog = PreviewDialog(sample_pdf(tmp_path), "bao-cao.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    assert dialog.rect().contains(dialog.buttons.geometry())
