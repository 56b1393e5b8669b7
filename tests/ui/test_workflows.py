"""The two workflows end to end (#15 point 8), driven as a clerk drives them: menus, shortcuts and keys.

A commune: Ctrl+N → kind and period → the form → number, date, text and figures typed → F7 → what is
missing fixed → Ctrl+Shift+F (asked once) → Ctrl+P preview → «Xuất tệp gửi cấp trên…» → the .xlsx read back;
the report is still there in a new window on the same database.
A province: the signed files of three communes checked, their keys enrolled and stored on «Nhận báo cáo» →
Ctrl+4 who has reported → Ctrl+5 the figures added up → «Tạo báo cáo tổng hợp» → its PDF.

The core is used only to make the communes' files and to check what was stored or written."""

import copy
import datetime
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from conftest import type_text
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QWidget

from desktop.core import units
from desktop.core.document import UnitRef
from desktop.core.exchange import keys
from desktop.core.exchange.reader import read_package
from desktop.core.exchange.scope import Scope
from desktop.core.store import received
from desktop.ui.completenessview import CompletenessPage
from desktop.ui.consolidationview import ConsolidationPage
from desktop.ui.importpage import ImportPage
from desktop.ui.newreportdialog import NewReportDialog
from desktop.ui.outcomes import EnrolDialog
from desktop.ui.preview import PreviewDialog
from tests.core.exchange_tools import export_file, final_sample

KIND, PERIOD, TABLE = "bao-cao-ket-qua-khcn-cds", "2025-9M", "so-lieu-khcn-cds"
TRAN_LIEU, QUANG_NGAI = 10729, 51
TODAY = datetime.date(2025, 10, 7)  # the periods offered, the date proposed and the checks follow the clock
CCCD = "Công dân trên 14 tuổi đã được cấp căn cước công dân / số công dân trên 14 tuổi"
RECEIVED_FILES = "Tổng số hồ sơ tiếp nhận"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's, on any dialog shown


# ---- driving the window ----


def active(qtbot, window):
    """The window the keys go to: shortcuts work only in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


Answer = tuple[type, Callable[[QWidget], None]]


def press(qtbot, window, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          answer: Answer | None = None) -> None:
    """A key pressed in the window where its cursor is (the window itself when no field has it), as the
    clerk presses it: a shortcut of the window too. The window is made active first, as a window manager
    makes it again when a dialog closes (the offscreen platform does not). `answer`: the modal dialog
    the key opens, and what the clerk does in it (on_next_dialog)."""
    active(qtbot, window)
    if answer is not None:
        on_next_dialog(*answer)  # armed now: the wait above would have fired it before the dialog
    QTest.keyClick(window.focusWidget() or window, key, modifiers)


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def on_next_dialog(kind: type, act: Callable[[QWidget], None]) -> None:
    """Do `act` on the modal dialog opened next, from inside the dialog's own event loop. A dialog of another
    kind, or none, fails the test; a dialog `act` leaves open is closed, so that the test does not hang."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), f"expected a {kind.__name__}, found {dialog!r}"
            act(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)


def menu_action(window, menu_title: str, text: str):
    """The action named `text` in the menu bar's menu `menu_title` (as shown, without its &)."""
    for menu_entry in window.menuBar().actions():
        if menu_entry.text().replace("&", "") == menu_title:
            return next(a for a in menu_entry.menu().actions() if a.text() == text)
    raise AssertionError(f"no menu {menu_title!r}")


# ---- the commune's form ----


def cell_at(form, key: str, column: str):
    """The grid of the appendix, its page shown, its cursor on the row of `key` in `column`."""
    editor = form.tables[TABLE]
    form.show_tab_of(editor)
    rows = [r.key for r in editor.model.table.rows]
    columns = [c.key for c in editor.model.table.columns]
    editor.grid.setCurrentIndex(editor.model.index(rows.index(key), columns.index(column)))
    editor.grid.setFocus()
    return editor.grid


def type_in_cell(qtbot, grid, text: str, leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into the current cell as in a spreadsheet: the first key opens its editor (unless Tab left one
    open there), the others go into it; Enter commits and goes down, Tab commits and opens the next cell."""
    if grid.state() != QAbstractItemView.State.EditingState:
        type_text(grid, text[0])
        text = text[1:]
    editor = grid.window().focusWidget()  # the cell's editor has the cursor
    assert isinstance(editor, QLineEdit) and grid.isAncestorOf(editor)
    type_text(editor, text)
    QTest.keyClick(editor, leave)
    if leave == Qt.Key.Key_Return:
        qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)


def retype(widget, text: str) -> None:
    """Select all the text of a field and type over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)


def checked(qtbot, window) -> list[str]:
    """F7; the problems the panel lists then."""
    with qtbot.waitSignal(window.form.checked, timeout=2000):
        press(qtbot, window, Qt.Key.Key_F7)
    panel = window.form.panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def create_report(qtbot, window) -> None:
    """Ctrl+N; «Báo cáo mới»: the kind and the period chosen in their lists, Enter creates."""

    def choose(dialog: NewReportDialog) -> None:
        dialog.kind.setFocus()
        dialog.kind.setCurrentIndex(dialog.kind.findData(KIND))
        dialog.period.setCurrentIndex(dialog.period.findData(PERIOD))
        assert dialog.period.currentText() == "9 tháng đầu năm 2025" and dialog.blank.isChecked()
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    count = window.report_list.count()
    press(qtbot, window, Qt.Key.Key_N, CTRL, answer=(NewReportDialog, choose))
    assert window.report_list.count() == count + 1


def fill_in(qtbot, window) -> None:
    """What the clerk types: the number, the date, the title and paragraphs, the figures."""
    form = active(qtbot, window).form  # Alt+letter works only in the active window
    form.tabs.setCurrentIndex(0)
    type_text(form.editors["number"], "45")
    QTest.keyClick(form.editors["number"], Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # «Ngà&y ban hành»
    date = form.editors["date"].date_edit
    qtbot.waitUntil(date.hasFocus)
    QTest.keyClicks(date, "06102025")  # the day, month and year, each section in turn
    retype(form.editors["title"], "Kết quả khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 9 tháng "
                                  "đầu năm 2025")
    outline = form.editors["outline"]
    form.show_tab_of(outline)
    outline.select((0, 0), text=True)
    text = window.focusWidget()  # the text of «1. Công tác lãnh đạo, chỉ đạo, điều hành»
    assert outline.isAncestorOf(text)
    type_text(text, "Ban Chỉ đạo phường được kiện toàn; kế hoạch số 12/KH-UBND đã ban hành.")
    retype(form.editors["opening"], "Ủy ban nhân dân phường Trần Liễu báo cáo kết quả 9 tháng đầu năm 2025 "
                                    "như sau:")
    retype(form.editors["closing"], "Trên đây là báo cáo của Ủy ban nhân dân phường Trần Liễu./.")
    form.tabs.setCurrentIndex(2)
    type_text(form.editors["signer_name"], "Nguyễn Văn Hùng")


def issue(qtbot, window) -> list[str]:
    """Ctrl+Shift+F, the question answered Yes; the questions asked."""
    asked: list[str] = []

    def yes(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    press(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT, answer=(QMessageBox, yes))
    return asked


def previewed(qtbot, window, close: Callable[[PreviewDialog], None]) -> tuple[int, str]:
    """Ctrl+P; the pages the preview shows and the text of its PDF, read before `close` closes it."""
    shown: list[tuple[int, str]] = []

    def look(dialog: PreviewDialog) -> None:
        with pdfplumber.open(dialog.pdf_path) as document:
            text = " ".join(" ".join((p.extract_text() or "") for p in document.pages).split())
        shown.append((dialog.page_count(), text))
        close(dialog)

    press(qtbot, window, Qt.Key.Key_P, CTRL, answer=(PreviewDialog, look))
    assert len(shown) == 1 and QApplication.activeModalWidget() is None  # shown once, and closed
    return shown[0]


def sent_up(window, monkeypatch, folder: Path) -> Path:
    """Tệp → «Xuất tệp gửi cấp trên…», saved in `folder` under the name proposed."""

    def save_as(parent, caption, proposed, filters):
        return str(folder / Path(proposed).name), filters

    monkeypatch.setattr("desktop.ui.exportaction.QFileDialog.getSaveFileName", save_as)
    menu_action(window, "Tệp", "Xuất tệp gửi cấp trên…").trigger()
    return folder / f"{TRAN_LIEU}_ket-qua-khcn-cds_{PERIOD}_v1.xlsx"


def figure(report, key: str, column: str = "value"):
    return report.table(TABLE).row_by_key(key).cells.get(column)


def test_a_commune_writes_checks_issues_previews_and_sends_its_report(qtbot, open_window, monkeypatch, tmp_path):
    window = open_window(TRAN_LIEU)
    window.workspace.today = lambda: TODAY
    create_report(qtbot, window)
    form, report_id, store = window.form, window.report_id, window.workspace.store
    assert (window.report.template_id, window.report.period) == (KIND, PERIOD)
    assert window.current_screen() is form and form.isVisible()

    missing = checked(qtbot, window)  # the blank report: no number, «…» left in the texts
    assert any(t.startswith("Số văn bản: chưa điền") for t in missing)
    assert any(t.startswith("Trích yếu: còn dấu «…»") for t in missing)
    type_in_cell(qtbot, cell_at(form, "cccd-cap", "value"), "1.500", Qt.Key.Key_Tab)  # Tab: on to «Mẫu số»
    type_in_cell(qtbot, form.tables[TABLE].grid, "1.300")
    problems = checked(qtbot, window)
    assert form.panel.summary.text().startswith("1 lỗi")
    assert any("tử số 1.500 lớn hơn mẫu số 1.300" in t for t in problems)
    type_in_cell(qtbot, cell_at(form, "cccd-cap", "value"), "1.234")  # fixed
    type_in_cell(qtbot, cell_at(form, "to-cong-nghe-so-cong-dong", "value"), "17")
    fill_in(qtbot, window)
    assert checked(qtbot, window) == [] and form.panel.summary.text() == "Không có lỗi."

    asked = issue(qtbot, window)
    assert len(asked) == 1 and "(số 45, ngày 06/10/2025)" in asked[0]
    assert store.load_report(report_id).status == "final" and [v.number for v in store.versions(report_id)] == [1]
    issued, pdf = store.load_version(report_id, 1)
    assert pdf.startswith(b"%PDF") and (issued.number, issued.date) == ("45", datetime.date(2025, 10, 6))

    pages, text = previewed(qtbot, window, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    assert pages >= 2  # the report, then its appendix
    assert "Số: 45/BC-UBND" in text and "ngày 06 tháng 10 năm 2025" in text
    assert "1.234" in text and "kế hoạch số 12/KH-UBND" in text

    sent = sent_up(window, monkeypatch, tmp_path)
    package = read_package(sent.read_bytes(), sent.name)
    assert (package.unit_code, package.period, package.revision) == (TRAN_LIEU, PERIOD, 1)
    assert (figure(package.report, "cccd-cap"), figure(package.report, "cccd-cap", "denominator")) == (1234, 1300)
    assert figure(package.report, "to-cong-nghe-so-cong-dong") == 17
    assert package.report.signer.name == "Nguyễn Văn Hùng"
    assert store.load_report(report_id).status == "sent" and str(sent) in window.statusBar().currentMessage()

    window.close()  # and opened again on the same database: all of it is there
    store.close()
    again = open_window(TRAN_LIEU)
    assert again.report_list.count() == 1
    again.report_list.setCurrentRow(0)
    again.report_list.setFocus()
    QTest.keyClick(again.report_list, Qt.Key.Key_Return)
    reopened = again.report
    assert again.report_id == report_id and (reopened.status, reopened.number) == ("sent", "45")
    assert figure(reopened, "cccd-cap") == 1234 and figure(reopened, "to-cong-nghe-so-cong-dong") == 17
    assert reopened.sections[0].children[0].text.startswith("Ban Chỉ đạo phường được kiện toàn")
    assert again.form.editors["signer_name"].text() == "Nguyễn Văn Hùng"


# ---- the province ----

# (commune, «Tổng số hồ sơ tiếp nhận», «cccd-cap» numerator and denominator)
COMMUNES = [(21439, 1866, 33099, 33174), (21496, 500, 900, 1000), (21034, 720, 10, 20)]
BA_DINH = 21499  # Xã Ba Dinh, Quảng Ngãi: sends nothing


def commune_file(folder: Path, code: int, files_received: int, numerator: int, denominator: int) -> Path:
    """The signed export of a commune's issued report (the sample of Đức Phổ, its unit and figures changed),
    signed by the commune's own key."""
    report = copy.deepcopy(final_sample())
    unit = units.commune(code)
    report.unit, report.issuer, report.place = UnitRef.of(unit), ["ỦY BAN NHÂN DÂN", unit.name.upper()], unit.name
    table = report.table(TABLE)
    table.row_by_key("ho-so-tiep-nhan").cells["value"] = files_received
    table.row_by_key("ho-so-ky-truoc").cells["value"] = files_received // 3  # the parts still add up
    table.row_by_key("ho-so-tiep-nhan-moi").cells["value"] = files_received - files_received // 3
    table.row_by_key("cccd-cap").cells.update(value=numerator, denominator=denominator)
    return export_file(folder, report, keys.new_private_key())


def statuses(page: ImportPage) -> list[str]:
    return [page.table.status_of(row) for row in range(page.table.rowCount())]


def enrol_each(qtbot, page: ImportPage) -> None:
    """Each file refused for a key not yet known: its fingerprint compared over the phone, the key enrolled."""
    while "Từ chối" in statuses(page):
        page.table.selectRow(statuses(page).index("Từ chối"))
        assert page.detail.enrol_button.isEnabled()

        def compared(dialog: EnrolDialog) -> None:
            QTest.keyClick(dialog.compared, Qt.Key.Key_Space)
            dialog.ok.click()

        with qtbot.waitSignal(page.job_done, timeout=10000):  # the batch is checked again
            on_next_dialog(EnrolDialog, compared)
            page.detail.enrol_button.click()


def received_on_the_import_page(qtbot, city, folder: Path) -> ImportPage:
    """Ctrl+3, the folder of the files added: checked, keys enrolled, checked again, then «Nhận N tệp»."""
    press(qtbot, city, Qt.Key.Key_3, CTRL)
    page = city.current_screen()
    assert isinstance(page, ImportPage)
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.add_paths([folder])
    assert statuses(page) == ["Từ chối"] * len(COMMUNES)  # no key enrolled yet
    enrol_each(qtbot, page)
    assert statuses(page) == ["Mới"] * len(COMMUNES) and page.apply_button.text() == "Nhận 3 tệp"
    assert received.current(city.workspace.store, KIND, PERIOD) == []  # nothing stored before «Nhận»
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.apply_button.click()
    assert statuses(page) == ["Đã nhận"] * len(COMMUNES)
    return page


def test_a_province_receives_sees_who_reported_and_consolidates(qtbot, open_window, tmp_path):
    city = open_window(unit_code=None)
    city.workspace.set_scope(Scope("province", QUANG_NGAI))  # as Cài đặt → «Phạm vi sử dụng…» stores it
    city.receiving.scope_changed.emit()
    folder = tmp_path / "nhan"
    folder.mkdir()
    files = [commune_file(folder, *c) for c in COMMUNES]
    page = received_on_the_import_page(qtbot, city, folder)
    assert sorted(o.file for o in page.table.outcomes) == sorted(files)
    stored = received.current(city.workspace.store, KIND, PERIOD)
    assert sorted(r.unit_code for r in stored) == sorted(c[0] for c in COMMUNES)

    press(qtbot, city, Qt.Key.Key_4, CTRL)
    view = city.current_screen()
    assert isinstance(view, CompletenessPage) and (view.template_id(), view.period_text()) == (KIND, PERIOD)
    view.due.setDate(QDate(2025, 10, 10))  # the deadline the directive gives: the files came before it
    assert [view.state_of(c[0]) for c in COMMUNES] == ["Đã nhận"] * 3
    assert view.state_of(BA_DINH) == "Chưa nộp"
    others = len(units.communes(QUANG_NGAI)) - len(COMMUNES)
    assert f"3 đã nhận, 0 nộp muộn, {others} chưa nộp" in view.counts.text()

    press(qtbot, city, Qt.Key.Key_5, CTRL)
    consolidation = city.current_screen()
    assert isinstance(consolidation, ConsolidationPage)
    assert (consolidation.template_id(), consolidation.period_text()) == (KIND, PERIOD)
    with qtbot.waitSignal(consolidation.job_done, timeout=20000):
        consolidation.run_button.click()
    figures = consolidation.page(0)
    names = [r.name for r in figures.table.rows]
    assert sum(c[1] for c in COMMUNES) == 3086
    assert figures.figure(names.index(RECEIVED_FILES), "Số lượng / tử số") == "3.086"
    cccd = names.index(CCCD)  # 33.099 + 900 + 10 of 33.174 + 1.000 + 20
    assert (figures.figure(cccd, "Số lượng / tử số"), figures.figure(cccd, "Mẫu số")) == ("34.009", "34.194")

    consolidation.create_button.click()  # «Tạo báo cáo tổng hợp»: the province's draft, opened on «Báo cáo»
    assert city.screens.current() == "reports" and city.current_screen() is city.form
    assert (city.report.unit.code, city.report.status, city.report.period) == (QUANG_NGAI, "draft", PERIOD)
    assert figure(city.workspace.store.load_report(city.report_id), "ho-so-tiep-nhan") == 3086

    _pages, text = previewed(qtbot, city, lambda dialog: dialog.reject())
    assert "TỈNH QUẢNG NGÃI" in text and "3.086" in text and "34.009" in text
