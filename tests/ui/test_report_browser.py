"""Issue #15 point 1 in the window: the report browser (search without diacritics, filters by kind,
period and status, the count, the keyboard), «Báo cáo mới» with its kind, period and start, «Nhân bản
báo cáo», and «Xóa báo cáo» into a trash the clerk restores from."""

import datetime

import pytest
from conftest import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core import bundle
from desktop.ui.newreportdialog import NewReportDialog
from desktop.ui.trashdialog import TrashDialog

TODAY = datetime.date(2025, 12, 20)
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def sample(window, name: str) -> int:
    return window.workspace.import_file(bundle.samples_dir() / f"{name}.json")[0]


@pytest.fixture
def window(open_window):
    """A window on five reports: three samples of Trần Liễu and Phú Thái, Đức Phổ's results report, and
    the quarterly report of Hải Phòng marked sent."""
    window = open_window()
    window.workspace.today = lambda: TODAY
    window.ids = {name: sample(window, name) for name in (
        "so-ket-000-tran-lieu", "so-ket-001-phu-thai", "ke-hoach-002-tran-lieu", "bao-cao-ket-qua-003-duc-pho",
        "bao-cao-quy-004-hai-phong")}
    quarterly = window.workspace.store.load_report(window.ids["bao-cao-quy-004-hai-phong"])
    quarterly.status = "sent"
    window.workspace.store.save_report(window.ids["bao-cao-quy-004-hai-phong"], quarterly)
    window.refresh_list()
    return window


def listed(window) -> list[int]:
    return [window.report_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.report_list.count())]


def asking(monkeypatch, answer) -> list[str]:
    """Answer every QMessageBox.question with `answer`; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_search_ignores_diacritics_and_looks_in_title_number_period_and_kind(window):
    browser = window.browser
    assert browser.count_label.text() == "5 báo cáo"
    type_text(browser.search, "ket qua 9 thang")
    assert listed(window) == [window.ids["bao-cao-ket-qua-003-duc-pho"]]
    assert browser.count_label.text() == "1 / 5 báo cáo"
    browser.search.setText("132/bc")  # the number of Trần Liễu's sơ kết
    assert listed(window) == [window.ids["so-ket-000-tran-lieu"]]
    browser.search.setText("QUY iii/2025")  # the period as documents write it
    assert listed(window) == [window.ids["bao-cao-quy-004-hai-phong"]]
    browser.search.setText("ke hoach thuc hien nghi quyet")  # the kind's name
    assert listed(window) == [window.ids["ke-hoach-002-tran-lieu"]]
    browser.search.setText("không có báo cáo nào như thế")
    assert listed(window) == [] and browser.count_label.text() == "0 / 5 báo cáo"
    browser.search.clear()
    assert len(listed(window)) == 5


def test_each_filter(window):
    browser = window.browser
    browser.kind.setCurrentIndex(browser.kind.findData("so-ket-chien-luoc"))
    assert sorted(listed(window)) == sorted([window.ids["so-ket-000-tran-lieu"], window.ids["so-ket-001-phu-thai"]])
    browser.kind.setCurrentIndex(0)
    periods = [browser.period.itemText(i) for i in range(browser.period.count())]
    assert periods == ["Mọi kỳ", "giai đoạn 2025-2030", "giai đoạn 2022-2025", "quý III/2025",
                       "9 tháng đầu năm 2025"]  # the periods there are, the latest ending first
    browser.period.setCurrentIndex(browser.period.findData("2025-9M"))
    assert listed(window) == [window.ids["bao-cao-ket-qua-003-duc-pho"]]
    browser.period.setCurrentIndex(0)
    browser.status.setCurrentIndex(browser.status.findData("sent"))
    assert listed(window) == [window.ids["bao-cao-quy-004-hai-phong"]]
    browser.status.setCurrentIndex(browser.status.findData("final"))
    assert listed(window) == [] and browser.count_label.text() == "0 / 5 báo cáo"
    browser.status.setCurrentIndex(browser.status.findData("draft"))
    browser.kind.setCurrentIndex(browser.kind.findData("so-ket-chien-luoc"))
    browser.search.setText("132")
    assert listed(window) == [window.ids["so-ket-000-tran-lieu"]]  # the filters and the search together


def test_the_filters_keep_the_open_report_selected(window):
    browser = window.browser
    opened = window.ids["so-ket-001-phu-thai"]
    window.open_report(opened)
    browser.kind.setCurrentIndex(browser.kind.findData("so-ket-chien-luoc"))
    assert window.report_list.highlighted() == opened and window.report_id == opened
    browser.search.setText("chien luoc")
    assert window.report_list.highlighted() == opened
    browser.search.setText("132")  # the clerk's own filter hides it: the form stays open
    assert opened not in listed(window) and window.report_id == opened
    window.refresh_list()  # an autosave does not bring it back
    assert opened not in listed(window)
    window.new_report("bao-cao-quy-nq57")  # a new report the filters would hide: they are cleared
    assert browser.search.text() == "" and browser.kind.currentIndex() == 0
    assert window.report_list.highlighted() == window.report_id and len(listed(window)) == 6


def test_down_from_the_search_goes_to_the_list_and_enter_opens(qtbot, window):
    browser = window.browser
    type_text(browser.search, "so ket")
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert window.report_list.hasFocus() and window.report_list.currentRow() == 0
    assert window.report_id is None  # moving opens nothing
    qtbot.keyClick(window.report_list, Qt.Key.Key_Down)
    second = window.report_list.highlighted()
    assert window.report_id is None
    qtbot.keyClick(window.report_list, Qt.Key.Key_Return)
    assert window.report_id == second and window.form is not None
    browser.search.setText("ke hoach")
    browser.search.setFocus()
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)  # Enter in the search opens the match
    assert window.report_id == window.ids["ke-hoach-002-tran-lieu"]


def test_a_click_opens_a_report(qtbot, window):
    item = window.report_list.item(2)
    rect = window.report_list.visualItemRect(item)
    qtbot.mouseClick(window.report_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.report_id == item.data(Qt.ItemDataRole.UserRole)


def test_the_new_report_dialog_offers_the_periods_and_the_latest_earlier_report(qtbot, window):
    tran_lieu_results = window.workspace.create_report("bao-cao-ket-qua-khcn-cds", period="2025-6M")[0]
    window.workspace.create_report("bao-cao-ket-qua-khcn-cds", period="2024")
    dialog = NewReportDialog(window.workspace, "bao-cao-ket-qua-khcn-cds", window)
    qtbot.addWidget(dialog)
    periods = [dialog.period.itemData(i) for i in range(dialog.period.count())]
    assert periods[:2] == ["2025-Q4", "2025"] and "2025-9M" in periods  # the year: from mid-November
    assert dialog.copy.isChecked() and dialog.source.currentData() == tran_lieu_results
    assert dialog.source.count() == 2  # Trần Liễu's own; Đức Phổ's sample is another unit's
    dialog.period.setCurrentIndex(dialog.period.findData("2025-6M"))
    assert "năm 2024" in dialog.source.currentText()  # the latest before 6 tháng 2025
    dialog.kind.setCurrentIndex(dialog.kind.findData("bao-cao-quy-nq57"))
    assert dialog.period.currentData() == "2025-Q4" and dialog.blank.isChecked()
    assert not dialog.copy.isEnabled() and "Chưa có báo cáo loại này" in dialog.note.text()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == ("bao-cao-quy-nq57", "2025-Q4", None)


def test_a_new_report_is_made_as_the_dialog_says(window, monkeypatch):
    source = window.workspace.create_report("bao-cao-ket-qua-khcn-cds", period="2025-6M")[1]
    source_id = window.workspace.copy_sources("bao-cao-ket-qua-khcn-cds")[0].id
    source.sections[0].text = "Văn bản kỳ trước."
    window.workspace.store.save_report(source_id, source)

    def choose(dialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("bao-cao-ket-qua-khcn-cds"))
        dialog.period.setCurrentIndex(dialog.period.findData("2025-9M"))
        assert dialog.copy.isChecked() and dialog.source.currentData() == source_id
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewReportDialog, "exec", choose)
    window.new_action.trigger()
    assert (window.report.template_id, window.report.period) == ("bao-cao-ket-qua-khcn-cds", "2025-9M")
    assert window.report.sections[0].text == "Văn bản kỳ trước." and window.report_id != source_id
    monkeypatch.setattr(NewReportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    count = window.report_list.count()
    window.new_action.trigger()
    assert window.report_list.count() == count


def test_duplicate_from_the_menu_and_from_the_list(window):
    original = window.ids["bao-cao-quy-004-hai-phong"]
    window.open_report(original)
    window.duplicate_action.trigger()
    copy = window.report_id
    assert copy != original and window.report.status == "draft" and window.report.number == ""
    assert window.report.title == window.workspace.store.load_report(original).title
    assert "Đã nhân bản «tình hình thực hiện" in window.statusBar().currentMessage()
    assert len(listed(window)) == 6
    row = listed(window).index(window.ids["so-ket-000-tran-lieu"])
    window.report_list.customContextMenuRequested.emit(window.report_list.visualItemRect(
        window.report_list.item(row)).center())
    actions = {a.text(): a for a in window.browser.context_menu.actions()}
    assert list(actions) == ["Mở", "Nhân bản báo cáo", "Xóa báo cáo…"]
    actions["Nhân bản báo cáo"].trigger()
    assert len(listed(window)) == 7 and window.report.number == ""
    assert window.report.title == window.workspace.store.load_report(window.ids["so-ket-000-tran-lieu"]).title


def test_delete_moves_to_the_trash_and_the_trash_restores(window, monkeypatch):
    gone = window.ids["so-ket-001-phu-thai"]
    window.open_report(gone)
    asked = asking(monkeypatch, YES)
    window.delete_action.trigger()
    assert len(asked) == 1 and "thùng rác" in asked[0] and "khôi phục" in asked[0]
    assert window.form is None and gone not in listed(window) and window.browser.count_label.text() == "4 báo cáo"
    assert "vào thùng rác" in window.statusBar().currentMessage()
    assert "Sơ kết thực hiện Chiến lược" in window.statusBar().currentMessage()

    def restore(dialog: TrashDialog) -> int:
        assert [s.id for s in dialog.summaries] == [gone] and dialog.table.item(0, 1).text() == "giai đoạn 2022-2025"
        dialog.restore_selected()
        assert dialog.summaries == [] and "trống" in dialog.hint.text()
        return 0

    monkeypatch.setattr(TrashDialog, "exec", restore)
    window.trash_action.trigger()
    assert gone in listed(window) and "Đã khôi phục" in window.statusBar().currentMessage()


def test_delete_for_ever_asks_and_an_issued_report_is_kept(qtbot, window, monkeypatch):
    store = window.workspace.store
    draft, issued = window.ids["so-ket-001-phu-thai"], window.ids["bao-cao-quy-004-hai-phong"]
    report = store.load_report(issued)
    store.add_version(issued, report, b"%PDF-1.4 issued")  # marked sent above: it has a version now
    for report_id in (draft, issued):
        store.trash_report(report_id)
    dialog = TrashDialog(window.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([s.id for s in dialog.summaries].index(issued))
    assert not dialog.purge_button.isEnabled() and "giữ lại" in dialog.hint.text()
    dialog.table.selectRow([s.id for s in dialog.summaries].index(draft))
    asked = asking(monkeypatch, NO)
    dialog.purge_selected()
    assert len(asked) == 1 and "vĩnh viễn" in asked[0] and len(dialog.summaries) == 2
    asking(monkeypatch, YES)
    dialog.purge_selected()
    assert [s.id for s in dialog.summaries] == [issued] and [s.id for s in store.trashed_reports()] == [issued]


def test_the_delete_key_on_the_list_asks_first(qtbot, window, monkeypatch):
    target = window.ids["ke-hoach-002-tran-lieu"]
    window.report_list.setCurrentRow(listed(window).index(target))
    asked = asking(monkeypatch, NO)
    qtbot.keyClick(window.report_list, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Thực hiện Nghị quyết số 57-NQ/TW" in asked[0] and target in listed(window)
    asking(monkeypatch, YES)
    qtbot.keyClick(window.report_list, Qt.Key.Key_Delete)
    assert target not in listed(window) and [s.id for s in window.workspace.store.trashed_reports()] == [target]


def test_a_read_only_window_neither_duplicates_nor_deletes(qtbot, window, open_window, monkeypatch):
    reader = open_window(read_only=True)
    reader.open_report(window.ids["so-ket-000-tran-lieu"])
    assert not reader.delete_action.isEnabled() and not reader.duplicate_action.isEnabled()
    asked = asking(monkeypatch, YES)
    reader.report_list.setCurrentRow(0)
    qtbot.keyClick(reader.report_list, Qt.Key.Key_Delete)
    reader.report_list.customContextMenuRequested.emit(QPoint(5, 5))
    enabled = {a.text(): a.isEnabled() for a in reader.browser.context_menu.actions()}
    assert enabled == {"Mở": True, "Nhân bản báo cáo": False, "Xóa báo cáo…": False}
    assert asked == [] and window.workspace.store.trashed_reports() == []
