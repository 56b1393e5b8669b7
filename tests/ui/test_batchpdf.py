"""«Xuất PDF nhiều báo cáo…» (#15 point 6): the reports ticked written into a folder off the interface
thread, with progress and «Hủy», and at the end what was written and what was not."""

import dataclasses
import datetime
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.core.document import new_report
from desktop.core.errors import BaocaoError
from desktop.core.pdf import batch
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace
from desktop.ui.batchpdf import BatchPdfDialog

TODAY = datetime.date(2025, 8, 15)
GATE_S = 10  # how long a gated job waits for the interface before it gives up (a failure, not a pause)


@pytest.fixture
def workspace(db_path, catalogue, tran_lieu):
    """Three reports of the kind «kết quả»: quý III and 9 tháng (both end 30/09/2025), quý II."""
    store = Store.open(db_path)
    template = catalogue.get("bao-cao-ket-qua-khcn-cds")
    for period, title in (("2025-Q2", "Quý II"), ("2025-Q3", "Quý III"), ("2025-9M", "Chín tháng")):
        store.add_report(dataclasses.replace(new_report(template, tran_lieu, today=TODAY), period=period, title=title))
    yield Workspace(store, catalogue, lang="vi")
    store.close()


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "pdf"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot, workspace, out):
    made = BatchPdfDialog(workspace)
    qtbot.addWidget(made)
    made.folder.setText(str(out))
    yield made
    made.done(0)  # stops a job still going


def rows(dialog: BatchPdfDialog) -> list[tuple[str, bool]]:
    return [(item.text(0), item.checkState(0) == Qt.CheckState.Checked) for item in dialog._items()]


def pdfs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def export(qtbot, dialog: BatchPdfDialog) -> None:
    with qtbot.waitSignal(dialog.job_done, timeout=20000):
        dialog.export_button.click()


def test_the_reports_of_the_latest_period_are_ticked(dialog):
    assert dialog.windowTitle() == "Xuất PDF nhiều báo cáo"
    assert sorted(rows(dialog)) == [("Chín tháng", True), ("Quý II", False), ("Quý III", True)]
    assert [dialog.reports.topLevelItem(0).text(column) for column in (1, 2)][1] == "bản nháp"
    dialog.none_button.click()
    assert dialog.ticked() == [] and not dialog.export_button.isEnabled()
    dialog.all_button.click()
    assert len(dialog.ticked()) == 3 and dialog.export_button.isEnabled()


def test_export_writes_each_pdf_and_says_so(qtbot, dialog, out):
    assert dialog.progress.isHidden() and dialog.open_button.isHidden()
    export(qtbot, dialog)
    assert pdfs(out) == ["du-thao_ket-qua-khcn-cds_2025-9M.pdf", "du-thao_ket-qua-khcn-cds_2025-Q3.pdf"]
    assert dialog.summary.text() == f"Đã xuất 2 tệp PDF vào {out}."
    assert not dialog.open_button.isHidden() and dialog.failures.isHidden()
    assert dialog.progress.isHidden() and dialog.export_button.isEnabled()


def test_a_report_that_fails_is_listed_with_its_reason_and_the_others_are_written(qtbot, dialog, out, monkeypatch):
    write = batch.write_output

    def full_for_nine_months(target: Path, data: bytes) -> None:
        if "9M" in target.name:
            raise BaocaoError("file.disk_full", file=str(target))
        write(target, data)

    monkeypatch.setattr(batch, "write_output", full_for_nine_months)
    export(qtbot, dialog)
    assert pdfs(out) == ["du-thao_ket-qua-khcn-cds_2025-Q3.pdf"]
    assert dialog.summary.text() == f"Đã xuất 1 tệp PDF vào {out}. Không xuất được 1 báo cáo:"
    assert not dialog.failures.isHidden()
    assert dialog.failures.toPlainText().startswith("«Chín tháng»: Đĩa đầy")


def test_the_window_keeps_working_while_the_pdfs_are_written(qtbot, dialog, out, monkeypatch):
    """The job cannot write its first PDF before the interface has ticked three times: were it run
    on the interface thread, it would wait for ticks that never come, and fail."""
    ticked = threading.Event()
    write = batch.write_output

    def after_three_ticks(target: Path, data: bytes) -> None:
        if not ticked.wait(GATE_S):
            raise RuntimeError("the interface did not tick while the job ran")
        write(target, data)

    monkeypatch.setattr(batch, "write_output", after_three_ticks)
    seen: list[tuple[bool, str]] = []

    def tick() -> None:
        seen.append((dialog.progress.isHidden(), dialog.progress_label.text()))
        if len(seen) == 3:
            ticked.set()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    try:
        export(qtbot, dialog)
    finally:
        timer.stop()
    assert seen[:3] and all(not hidden for hidden, _ in seen[:3])  # the bar was up, the window ticking
    assert any(text.startswith("Đang xuất 1/2: ") for _, text in seen)
    assert len(pdfs(out)) == 2 and dialog.summary.text().startswith("Đã xuất 2 tệp PDF")


def test_cancel_stops_after_the_report_being_written_and_leaves_only_whole_pdfs(qtbot, dialog, out, monkeypatch):
    dialog.all_button.click()
    release = threading.Event()
    written: list[str] = []
    write = batch.write_output

    def hold_the_second(target: Path, data: bytes) -> None:
        written.append(target.name)
        if len(written) == 2 and not release.wait(GATE_S):
            raise RuntimeError("never released")
        write(target, data)

    monkeypatch.setattr(batch, "write_output", hold_the_second)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: len(written) == 2)
    with qtbot.waitSignal(dialog.job_done, timeout=20000):
        dialog.cancel_button.click()
        release.set()
    assert len(written) == 2 and len(pdfs(out)) == 2  # the third was never started
    assert all((out / name).read_bytes().rstrip().endswith(b"%%EOF") for name in pdfs(out))
    assert dialog.summary.text().startswith("Đã dừng.")
    assert dialog.export_button.isEnabled()


def test_a_folder_that_is_not_there_is_said_plainly(qtbot, dialog, out):
    dialog.folder.setText(str(out / "khong-co"))
    export(qtbot, dialog)
    assert dialog.summary.text().startswith("Không xuất được: Không ghi được tệp")
    assert "không có thư mục" in dialog.summary.text()
    assert pdfs(out) == []
