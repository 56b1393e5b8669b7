"""Issue #12 in the window, at the province: the communes' reports received are added up on the «Tổng hợp
báo cáo» screen, each figure with its units' figures under it; exported to Excel, previewed, and created as
the province's own draft report, which the window opens to finish and send up to the nation."""

import copy

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.core import units
from desktop.core.document import UnitRef
from desktop.core.exchange import importer, keys
from desktop.core.exchange.progress import finish
from desktop.core.exchange.scope import Scope
from desktop.ui import consolidationview, worker
from desktop.ui.consolidationview import ConsolidationPage, stored_consolidation
from desktop.ui.paths import documents_dir
from desktop.ui.preview import PreviewDialog
from desktop.ui.worker import Worker
from tests.core.exchange_tools import TODAY, export_file, final_sample

KIND, PERIOD, TABLE = "bao-cao-ket-qua-khcn-cds", "2025-9M", "so-lieu-khcn-cds"
QUANG_NGAI, DUC_PHO, BA_DONG = 51, 21439, 21496  # Phường Đức Phổ, Xã Ba Động
# (commune, «Tổng số hồ sơ tiếp nhận» (a sum), «cccd-cap» numerator and denominator (a ratio of sums))
COMMUNES = [(DUC_PHO, 1866, 33099, 33174), (BA_DONG, 500, 900, 1000)]
CCCD = "Công dân trên 14 tuổi đã được cấp căn cước công dân / số công dân trên 14 tuổi"


def commune_report(code: int, received: int, numerator: int, denominator: int):
    report = copy.deepcopy(final_sample())
    unit = units.commune(code)
    report.unit, report.issuer, report.place = UnitRef.of(unit), ["ỦY BAN NHÂN DÂN", unit.name.upper()], unit.name
    table = report.table(TABLE)
    table.row_by_key("ho-so-tiep-nhan").cells["value"] = received
    table.row_by_key("ho-so-ky-truoc").cells["value"] = received // 3  # the parts still add up
    table.row_by_key("ho-so-tiep-nhan-moi").cells["value"] = received - received // 3
    table.row_by_key("cccd-cap").cells.update(value=numerator, denominator=denominator)
    return report


def receive(window, files) -> None:
    """Import the communes' files at the province, enrolling their keys (as after the phone calls)."""
    workspace = window.workspace
    inbox = importer.Inbox(workspace.store, workspace.catalogue, workspace.scope(), TODAY, enrol_new=True)
    outcomes = finish(importer.import_files(inbox, files))
    assert [o.status for o in outcomes] == [importer.IMPORTED] * len(files), [o.reason() for o in outcomes]


@pytest.fixture
def province(open_window, tmp_path):
    """A province copy of Quảng Ngãi that received the reports of Đức Phổ and Ba Động."""
    window = open_window(unit_code=None)
    window.workspace.set_scope(Scope("province", QUANG_NGAI))
    window.show_scope()
    folder = tmp_path / "inbox"
    folder.mkdir()
    receive(window, [export_file(folder, commune_report(*c), keys.new_private_key()) for c in COMMUNES])
    return window


def open_view(window) -> ConsolidationPage:
    """Nhận báo cáo → «Tổng hợp báo cáo»: the screen, shown in the window."""
    window.receiving.consolidate_action.trigger()
    view = window.current_screen()
    assert isinstance(view, ConsolidationPage) and view.isVisible()
    return view


def consolidated(qtbot, view: ConsolidationPage) -> None:
    with qtbot.waitSignal(view.job_done, timeout=20000):
        view.run_button.click()


def row_of(page, name: str) -> int:
    return next(i for i, r in enumerate(page.table.rows) if r.name == name)


def test_the_figures_are_added_up_and_each_row_drills_down(qtbot, province):
    view = open_view(province)
    assert view.template_id() == KIND and view.period_text() == PERIOD
    assert "đã nhận 2 báo cáo" in view.choice.period.currentText()
    assert not view.export_button.isEnabled()
    consolidated(qtbot, view)
    page = view.page(0)
    assert view.tabs.tabText(0) == "Số liệu kết quả trong kỳ báo cáo"
    cccd = row_of(page, CCCD)
    # 33.099 + 900 of 33.174 + 1.000: the ratio of the sums, not the mean of the ratios
    assert page.figure(cccd, "Tỷ lệ") == "99,49%"
    assert page.figure(cccd, "Cách tổng hợp") == "Tỷ lệ của tổng"
    assert (page.figure(cccd, "Số lượng / tử số"), page.figure(cccd, "Mẫu số")) == ("33.999", "34.174")
    assert (page.figure(cccd, "Đơn vị có số liệu"), page.figure(cccd, "Chưa có")) == ("2", "0")
    assert page.figure(row_of(page, "Tổng số hồ sơ tiếp nhận"), "Số lượng / tử số") == "2.366"
    assert page.drill_units() == []
    page.figures.selectRow(cccd)
    assert page.drill_units() == ["Xã Ba Động", "Phường Đức Phổ"]  # Vietnamese order of the proper names
    drilled = {page.drill.item(r, 0).text(): [page.drill.item(r, c).text() for c in range(1, 4)]
               for r in range(page.drill.rowCount())}
    assert drilled == {"Xã Ba Động": ["900", "1.000", "90%"], "Phường Đức Phổ": ["33.099", "33.174", "99,77%"]}
    assert "2 đơn vị có số liệu" in page.drill_label.text()
    assert view.export_button.isEnabled() and view.create_button.isEnabled()


def test_the_export_writes_the_consolidated_workbook(qtbot, province, monkeypatch, tmp_path):
    view = open_view(province)
    consolidated(qtbot, view)
    asked = {}

    def save_dialog(parent, caption, proposed, filters):
        asked["proposed"] = proposed
        return str(tmp_path / "tong-hop"), filters  # no extension typed: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    view.export_button.click()
    assert asked["proposed"] == str(documents_dir() / f"tong-hop_ket-qua-khcn-cds_{PERIOD}.xlsx")
    book = openpyxl.load_workbook(tmp_path / "tong-hop.xlsx")
    rows = [[c.value for c in row] for row in book["Tổng hợp"].iter_rows()]
    header = next(r for r in rows if r[0] == "STT")
    cccd = dict(zip(header, next(r for r in rows if r[1] == CCCD), strict=True))
    assert (cccd["Cách tổng hợp"], cccd["Số lượng / tử số"], cccd["Mẫu số"]) == ("Tỷ lệ của tổng", 33999, 34174)
    assert cccd["Tỷ lệ"] == pytest.approx(0.9949, abs=1e-4) and cccd["Đơn vị có số liệu"] == 2
    drilled = [r for r in book["Chi tiết"].iter_rows(values_only=True) if r[1] == CCCD]
    assert sorted((r[2], r[4], r[5]) for r in drilled) == [("Phường Đức Phổ", 33099, 33174), ("Xã Ba Động", 900, 1000)]
    assert "Đã xuất ra" in view.summary.text()


def test_the_preview_shows_the_drafted_report(qtbot, province, monkeypatch):
    view = open_view(province)
    consolidated(qtbot, view)
    shown = {}

    def exec_(dialog):
        shown["name"], shown["pages"] = dialog._suggested, dialog.page_count()
        with pdfplumber.open(dialog.pdf_path) as pdf:
            shown["text"] = "".join(page.extract_text() or "" for page in pdf.pages)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreviewDialog, "exec", exec_)
    view.preview_button.click()
    assert shown["name"].endswith(f"_ket-qua-khcn-cds_{PERIOD}.pdf") and shown["pages"] > 1
    text = " ".join(shown["text"].split())
    assert "TỈNH QUẢNG NGÃI" in text and "33.999" in text


def create_in_window(qtbot, province) -> None:
    """Tổng hợp báo cáo → «Tổng hợp» → «Tạo báo cáo tổng hợp»."""
    view = open_view(province)
    consolidated(qtbot, view)
    view.create_button.click()


def stored_ids(window) -> list[int]:
    return sorted(s.id for s in window.workspace.store.list_reports() if (s.template_id, s.period) == (KIND, PERIOD))


def test_the_consolidated_report_is_created_and_opened(qtbot, province, monkeypatch):
    create_in_window(qtbot, province)
    report = province.report
    assert report is not None and report.status == "draft" and report.unit.code == QUANG_NGAI
    assert report.issuer[-1] == "TỈNH QUẢNG NGÃI" and report.period == PERIOD
    stored = province.workspace.store.load_report(province.report_id)
    assert stored.table(TABLE).row_by_key("cccd-cap").cells["value"] == 33999
    assert province.report_list.currentItem().text().endswith("bản nháp")
    assert province.form is not None and province.current_screen() is province.form
    assert "báo cáo tổng hợp" in province.statusBar().currentMessage()
    assert province.send_up_action.isVisible()  # once issued, the province sends it to the nation


def answering(monkeypatch, answer) -> list[str]:
    """Answers «Tạo thêm một bản nữa?» with `answer`; returns the questions asked."""
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # Enter does not make a second one
        return answer

    monkeypatch.setattr(consolidationview.QMessageBox, "question", question)
    return asked


def test_a_second_consolidated_report_is_asked_for_and_no_opens_the_first(qtbot, province, monkeypatch):
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    create_in_window(qtbot, province)
    first = province.report_id
    assert asked == []  # the first one is made without a question
    shown = province.form
    create_in_window(qtbot, province)
    assert province.form is not shown  # opened again, as stored
    assert len(asked) == 1 and "Đã có báo cáo tổng hợp «Báo cáo kết quả" in asked[0]
    assert "» kỳ 9 tháng đầu năm 2025 (bản nháp, chưa có số). Tạo thêm một bản nữa?" in asked[0]
    assert stored_ids(province) == [first] and province.report_id == first
    assert province.report_list.currentItem().text().endswith("bản nháp")
    assert "Đã mở báo cáo tổng hợp đã có" in province.statusBar().currentMessage()


def test_yes_makes_a_second_consolidated_report(qtbot, province, monkeypatch):
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    create_in_window(qtbot, province)
    first = province.report_id
    province.report.number = "45"
    province.workspace.store.save_report(first, province.report)
    create_in_window(qtbot, province)
    assert len(asked) == 1 and "(số 45)" in asked[0]
    assert len(stored_ids(province)) == 2 and province.report_id != first
    assert "Đã tạo báo cáo tổng hợp" in province.statusBar().currentMessage()


def test_only_the_scope_units_report_counts_as_stored_before(qtbot, province, monkeypatch):
    create_in_window(qtbot, province)
    workspace = province.workspace
    assert stored_consolidation(workspace, KIND, PERIOD).id == province.report_id
    assert stored_consolidation(workspace, KIND, "2025-Q3") is None
    workspace.set_scope(Scope("nation"))  # the nation's report has no unit; Quảng Ngãi's is not it
    assert stored_consolidation(workspace, KIND, PERIOD) is None


class CancelledAtFirstStep(Worker):
    """Cancels its job from the job's own thread at the first step: deterministic, no timing."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress.connect(self.cancel, Qt.ConnectionType.DirectConnection)


def test_figures_of_reports_since_joined_by_others_are_dropped(qtbot, province, tmp_path):
    view = open_view(province)
    consolidated(qtbot, view)
    page = view.page(0)
    assert page.figure(row_of(page, "Tổng số hồ sơ tiếp nhận"), "Số lượng / tử số") == "2.366"
    province.receiving.receive_action.trigger()  # another screen while a third commune's file comes in
    receive(province, [export_file(tmp_path, commune_report(21034, 720, 10, 20), keys.new_private_key())])
    assert open_view(province) is view
    assert view.tabs.count() == 0 and not view.create_button.isEnabled()
    assert "Đã nhận thêm báo cáo" in view.summary.text() and "đã nhận 3 báo cáo" in view.choice.period.currentText()
    consolidated(qtbot, view)
    page = view.page(0)
    assert page.figure(row_of(page, "Tổng số hồ sơ tiếp nhận"), "Số lượng / tử số") == "3.086"


def test_figures_stay_when_nothing_new_was_received(qtbot, province):
    view = open_view(province)
    consolidated(qtbot, view)
    province.receiving.completeness_action.trigger()
    assert open_view(province) is view and view.tabs.count() > 0 and view.create_button.isEnabled()


def test_a_cancelled_consolidation_shows_nothing(qtbot, province, monkeypatch):
    monkeypatch.setattr(worker, "Worker", CancelledAtFirstStep)  # the page makes its Worker there
    view = open_view(province)
    consolidated(qtbot, view)
    assert view.tabs.count() == 0 and "Đã dừng" in view.summary.text()
    assert not view.create_button.isEnabled() and view.run_button.isEnabled()


def test_the_status_bar_says_whom_a_receiving_copy_serves(province):
    assert province.unit_label.text() == "Tỉnh Quảng Ngãi — nhận báo cáo của các xã, phường"
    assert province.send_up_action.isVisible() and province.receiving.menu.menuAction().isVisible()
    province.workspace.set_scope(Scope("nation"))
    province.show_scope()
    assert province.unit_label.text() == "Cả nước — nhận báo cáo của các tỉnh, thành phố"
    assert not province.send_up_action.isVisible() and province.receiving.menu.menuAction().isVisible()


def tab_stops(page) -> list:
    """The widgets Tab reaches on a page, in order, from its first."""
    found, widget = [], page.choice.kind
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.isEnabled():
            found.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.choice.kind or len(found) > 100:
            return found


def test_the_screen_is_reached_by_keyboard_in_the_order_seen(qtbot, province):
    view = open_view(province)
    consolidated(qtbot, view)
    stops = tab_stops(view)
    order = [view.choice.kind, view.choice.period, view.run_button, view.page(0).figures, view.export_button,
             view.preview_button, view.create_button]
    assert [stops.index(w) for w in order] == sorted(stops.index(w) for w in order)
    assert view.page(0).figures.accessibleName() == "Số liệu tổng hợp: Số liệu kết quả trong kỳ báo cáo"
    assert view.page(0).drill.accessibleName() == "Số liệu của từng đơn vị ở dòng đã chọn"
