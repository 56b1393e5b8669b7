"""«Tổng quan» (ui/dashboard.py): what it shows is what core/dashboard.py computes; the verdicts read without
colour; no reports gives a sentence, not empty charts; a report saved shows after refresh(); «Lưu PDF…»."""

import datetime
import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop.core import bundle
from desktop.core.dashboard import NO_STATUS, short_name, status_text, unit_dashboard
from desktop.core.document import UnitRef
from desktop.core.loader import load_catalogue
from desktop.core.reportfile import read_report
from desktop.core.store.reports import Store
from desktop.core.units import commune
from desktop.core.workspace import Workspace
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboardlists import VERDICT_COLOURS

TODAY = datetime.date(2025, 10, 1)
UNIT = commune(10729)


@pytest.fixture
def workspace(tmp_path):
    store = Store.open(tmp_path / "baocao.sqlite")
    opened = Workspace(store, load_catalogue(), today=lambda: TODAY)
    opened.set_unit(UNIT, "proper")
    yield opened
    store.close()


def add_sample(workspace: Workspace, name: str) -> int:
    sample = read_report(bundle.samples_dir() / name)
    sample.unit = UnitRef.of(UNIT)
    return workspace.store.add_report(sample)


@pytest.fixture
def page(qtbot, workspace):
    shown = DashboardPage(workspace)
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    return shown


def refreshed(qtbot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.refresh()


def row_texts(page: DashboardPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def bar_values(chart_box) -> dict[str, list[float]]:
    [series] = chart_box.view.chart().series()
    return {bars.label(): [bars.at(i) for i in range(bars.count())] for bars in series.barSets()}


def categories(chart_box) -> list[str]:
    axis = next(a for a in chart_box.view.chart().axes() if hasattr(a, "categories"))
    return list(axis.categories())


@pytest.fixture
def samples(qtbot, page, workspace):
    add_sample(workspace, "ke-hoach-002-tran-lieu.json")
    add_sample(workspace, "bao-cao-ket-qua-003-duc-pho.json")
    refreshed(qtbot, page)
    return page


def test_the_table_shows_what_the_core_computes(samples, workspace):
    board = unit_dashboard(workspace)
    page = samples
    assert page.table.rowCount() == len(board.indicators)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Chỉ tiêu", "Kết quả mới nhất", "Kỳ", "Mục tiêu 2025", "Mục tiêu 2030", "Đánh giá"]
    for row in (0, 1, len(board.indicators) - 1):
        item = board.indicators[row]
        assert row_texts(page, row)[:2] == [item.name, item.figure]
    assert row_texts(page, 0) == [
        "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông", "80%",
        "9 tháng đầu năm 2025 (bản nháp)", "80%", "90%", "Đạt (2025)"]


def test_the_verdict_is_in_words_and_in_colour(samples):
    verdict = samples.table.item(0, samples.table.columnCount() - 1)
    assert verdict.text() == "Đạt (2025)"
    assert verdict.background().color().name() == VERDICT_COLOURS["met"][0]
    waiting = next(r for r in range(samples.table.rowCount()) if row_texts(samples, r)[1] == "—")
    assert row_texts(samples, waiting)[-1].startswith("Chưa có số liệu (")


def test_the_indicator_chart_shows_the_judged_ones_then_the_rows_chosen(samples, workspace):
    assert categories(samples.indicator_chart) == [
        "Tỷ lệ dân số trưởng thành tiếp cận dịch…"]  # the one with a figure and a target, its name cut
    assert bar_values(samples.indicator_chart) == {"Kết quả": [80.0], "Mục tiêu 2025": [80.0], "Mục tiêu 2030": [90.0]}
    board = unit_dashboard(workspace)
    row = next(i for i, item in enumerate(board.indicators) if item.key == "cccd-cap")
    samples.table.selectionModel().select(samples.table.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    assert bar_values(samples.indicator_chart)["Kết quả"] == [99.77]
    assert categories(samples.indicator_chart) == [short_name(board.indicators[row].name, 40)]


def test_tasks_by_status_and_deadlines(samples, workspace):
    board = unit_dashboard(workspace)
    counts = board.tasks.counts()
    assert list(reversed(categories(samples.task_chart))) == [status_text(s) for s, _ in counts]
    assert list(reversed(bar_values(samples.task_chart)["Số nhiệm vụ"])) == [float(n) for _, n in counts]
    assert dict(counts)[NO_STATUS] == 45
    assert samples.task_counts.text().startswith("45 nhiệm vụ, theo Kế hoạch thực hiện Nghị quyết số 57-NQ/TW")
    shown = [samples.deadlines.item(i).text().split("\n")[0] for i in range(samples.deadlines.count())]
    assert shown == [d.text() for d in board.deadlines]
    assert "Báo cáo 9 tháng đầu năm 2025 — hạn 05/10/2025 (còn 4 ngày)" in shown


def test_no_reports_says_so_without_charts(qtbot, page):
    refreshed(qtbot, page)
    assert page.pages.currentWidget() is page.empty
    assert "Chưa có báo cáo nào" in page.empty.text()
    assert page.indicator_chart.view.chart().series() == []  # nothing drawn
    assert not page.save_button.isEnabled()


def test_a_report_saved_shows_after_refresh(qtbot, page, workspace):
    add_sample(workspace, "ke-hoach-002-tran-lieu.json")
    refreshed(qtbot, page)
    assert page.pages.currentIndex() == 1
    assert page.indicator_chart.currentWidget() is page.indicator_chart.note  # no figure yet: a sentence
    results = add_sample(workspace, "bao-cao-ket-qua-003-duc-pho.json")
    refreshed(qtbot, page)
    assert row_texts(page, 0)[1:] == ["80%", "9 tháng đầu năm 2025 (bản nháp)", "80%", "90%", "Đạt (2025)"]
    report = workspace.store.load_report(results)
    report.table("so-lieu-khcn-cds").row_by_key("dan-so-tiep-can-dich-vu-so").cells["value"] = 75
    workspace.store.save_report(results, report)
    refreshed(qtbot, page)
    assert row_texts(page, 0)[1] == "75%" and row_texts(page, 0)[-1] == "Chưa đạt (2025)"


def test_a_narrow_page_puts_the_table_across(qtbot, samples):
    samples.resize(1000, 700)
    qtbot.waitUntil(lambda: samples.wide is False)
    table_box = samples.boxes[2]
    assert samples.grid.getItemPosition(samples.grid.indexOf(table_box)) == (1, 0, 1, 2)


def test_save_pdf(samples, tmp_path, monkeypatch):
    written = samples.save_pdf(tmp_path / "tong-quan.pdf")
    assert written == tmp_path / "tong-quan.pdf" and written.read_bytes().startswith(b"%PDF")
    offered = []
    monkeypatch.setattr("desktop.ui.dashboard.QFileDialog.getSaveFileName",
                        lambda *args: offered.append(args[2]) or ("", ""))
    assert samples.save_pdf() is None and offered[0].endswith("tong-quan.pdf")


def test_a_pdf_that_cannot_be_written_is_said(samples, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr("desktop.ui.dashboard.QMessageBox.warning", lambda _parent, title, text: said.append(text))
    assert samples.save_pdf(tmp_path / "khong-co" / "tong-quan.pdf") is None
    assert said and "khong-co" in said[0]


def test_charts_and_tables_have_accessible_names(samples):
    for widget in (samples.indicator_chart.view, samples.task_chart.view, samples.table, samples.deadlines):
        assert widget.accessibleName()


def test_the_window_starts_without_qtcharts():
    code = ("import sys\nimport desktop.ui.app\n"
            "raise SystemExit(1 if 'PySide6.QtCharts' in sys.modules or 'desktop.ui.dashboard' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
