"""Tables on screen: typed the Vietnamese way, Tab and Enter between cells, Excel blocks, live checks."""

import datetime

import pdfplumber
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import bundle

DUC_PHO = 21439
SAMPLE_003 = "bao-cao-ket-qua-003-duc-pho.json"


def open_sample(open_window, name, unit=DUC_PHO, **options):
    window = open_window(unit, **options)
    window.import_file(bundle.samples_dir() / name)
    return window


def grid_at(window, table_id, key, column):
    """The grid of a table, with its current cell on the row of `key` in `column`, tab shown."""
    editor = window.form.tables[table_id]
    window.form.show_tab_of(editor)
    table = editor.model.table
    row = next(i for i, r in enumerate(table.rows) if r.key == key)
    col = next(i for i, c in enumerate(table.columns) if c.key == column)
    editor.grid.setCurrentIndex(editor.model.index(row, col))
    editor.grid.setFocus()
    return editor.grid, row


def type_in_cell(qtbot, grid, text):
    """Type as a clerk does: the first key opens the cell's editor, the rest go to it; Enter commits."""
    type_text(grid, text[0])
    editor = next(w for w in grid.findChildren(QLineEdit) if w.isVisible())
    type_text(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)


def shown(grid, row, key):
    model = grid.table_model()
    col = next(i for i, c in enumerate(model.table.columns) if c.key == key)
    return model.index(row, col).data()


def test_the_ratio_follows_the_typing_and_enter_moves_down(qtbot, open_window):
    window = open_sample(open_window, SAMPLE_003)
    grid, row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "value")
    type_in_cell(qtbot, grid, "33,174")  # a comma is a decimal mark: refused, nothing changes
    assert shown(grid, row, "value") == "33.099"
    refusal = window.form.tables["so-lieu-khcn-cds"].refusal
    assert refusal.isVisible()  # under the grid, where the clerk is looking, not in the status bar
    assert refusal.text().startswith("Chưa nhận dòng ")
    assert "cột «Số lượng / tử số»" in refusal.text() and "dấu phẩy" in refusal.text()
    grid.setCurrentIndex(grid.table_model().index(row, grid.currentIndex().column()))
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_in_cell(qtbot, grid, "33.174")
    assert shown(grid, row, "value") == "33.174"
    assert shown(grid, row, "ratio") == "100%"
    assert not refusal.isVisible()  # a good value clears it
    assert grid.currentIndex().row() == row + 1  # Enter went down
    stored = window.workspace.store.load_report(window.report_id)
    assert stored.table("so-lieu-khcn-cds").rows[row].cells["value"] == 33174


def test_tab_skips_computed_cells(qtbot, open_window):
    window = open_sample(open_window, SAMPLE_003)
    grid, _row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "denominator")
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    columns = grid.table_model().table.columns
    assert columns[grid.currentIndex().column()].key == "note"  # past ratio and previous
    QTest.keyClick(grid, Qt.Key.Key_Backtab)
    assert columns[grid.currentIndex().column()].key == "denominator"


def test_a_block_copied_from_excel_fills_the_cells(qtbot, open_window):
    window = open_sample(open_window, SAMPLE_003)
    grid, row = grid_at(window, "so-lieu-khcn-cds", "so-hoa-khi-tiep-nhan", "value")
    QGuiApplication.clipboard().setText("1.770\t1.780\r\n1.501\t1.571\r\n")
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        QTest.keySequence(grid, "Ctrl+V")
    assert [shown(grid, row, k) for k in ("value", "denominator", "ratio")] == ["1.770", "1.780", "99,44%"]
    assert [shown(grid, row + 1, k) for k in ("value", "denominator", "ratio")] == ["1.501", "1.571", "95,54%"]



def test_a_pasted_block_with_unreadable_cells_says_which_under_the_grid(qtbot, open_window):
    window = open_sample(open_window, SAMPLE_003)
    grid, row = grid_at(window, "so-lieu-khcn-cds", "so-hoa-khi-tiep-nhan", "value")
    QGuiApplication.clipboard().setText("1.770\tkhoảng 1.800\r\nabc\t1.571\r\n")
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        QTest.keySequence(grid, "Ctrl+V")
    refusal = window.form.tables["so-lieu-khcn-cds"].refusal
    assert refusal.isVisible()
    assert refusal.text().startswith("2 ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, dòng ")
    assert "cột «Mẫu số»" in refusal.text()
    assert shown(grid, row, "value") == "1.770"


def test_errors_show_live_and_block_finalising(qtbot, open_window, monkeypatch):
    window = open_sample(open_window, SAMPLE_003)
    grid, row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "value")
    type_in_cell(qtbot, grid, "40.000")
    qtbot.waitUntil(lambda: window.form.panel.summary.text().startswith("1 lỗi"), timeout=2000)
    assert "tử số 40.000 lớn hơn mẫu số 33.174" in window.form.panel.list.item(0).text()
    model = grid.table_model()
    assert model.marks[(row, "value")][0] == "error"
    asked = []
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *args: asked.append(args[2]))
    window.finalise()
    assert asked == []  # what blocks is listed in the panel; nothing is asked
    assert window.form.panel.notice.text().startswith("Chưa hoàn tất được: hãy sửa")
    assert window.workspace.store.load_report(window.report_id).status == "draft"
    window.form.panel.activated.emit(window.form.issues[0])  # double click on the error
    assert grid.currentIndex().row() == row


def test_a_clean_report_is_finalised_and_becomes_read_only(qtbot, open_window, monkeypatch):
    window = open_sample(open_window, SAMPLE_003)
    window.report.number, window.report.date = "45", datetime.date(2025, 10, 7)
    window.workspace.store.save_report(window.report_id, window.report)
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    window.finalise()
    assert window.workspace.store.load_report(window.report_id).status == "final"
    assert [v.number for v in window.workspace.store.versions(window.report_id)] == [1]
    form = window.form
    title = form.editors["title"]
    assert title.isReadOnly() and title.isEnabled()  # shown in black, selectable, not typed into
    assert form.notice.isVisible() and form.notice.text().startswith("Báo cáo đã hoàn tất: nội dung đã khóa")
    type_text(title, "xyz")
    assert "xyz" not in title.toPlainText()
    grid, row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "value")
    model = grid.table_model()
    index = model.index(row, grid.currentIndex().column())
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "1")
    rows = len(model.table.rows)
    QGuiApplication.clipboard().setText("5\t6")
    grid.paste()
    model.insert_row(0)
    assert shown(grid, row, "value") == "33.099" and len(model.table.rows) == rows
    outline = form.editors["outline"]
    sections = len(window.report.sections)
    outline.remove_section()
    assert len(window.report.sections) == sections
    assert not window.autosaver.pending and "CHƯA LƯU" not in window.statusBar().currentMessage()
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    window.amend()
    assert not window.form.editors["title"].isReadOnly() and not window.form.notice.isVisible()
    assert window.form.tables["so-lieu-khcn-cds"].model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.workspace.store.load_report(window.report_id).status == "draft"


def test_a_final_report_takes_no_explanation(qtbot, open_window, monkeypatch):
    window = open_window()
    window.import_file(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    window.finalise()
    assert window.report.status == "final"
    warning = next(i for i in window.form.issues if i.level == "warning" and i.place.column)
    panel = window.form.panel
    panel.list.setCurrentRow(window.form.issues.index(warning))
    assert panel.current_issue() == warning and not panel.explain.isEnabled()
    window.form.explain(warning, "vì số liệu tạm tính")
    table = window.report.table(warning.place.field.removeprefix("table:"))
    assert warning.place.column not in table.rows[warning.place.row].explanations


def test_rows_are_added_and_removed_where_the_template_allows(qtbot, open_window):
    window = open_sample(open_window, "ke-hoach-002-tran-lieu.json", unit=10729)
    editor = window.form.tables["nhiem-vu"]
    before = len(editor.model.table.rows)
    grid, row = grid_at(window, "nhiem-vu", editor.model.table.rows[1].key, "name")
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        editor.add_row()
    assert len(editor.model.table.rows) == before + 1
    assert shown(grid, row + 1, "stt") == "2" and shown(grid, row + 2, "stt") == "3"  # renumbered
    editor.remove_row()
    assert len(editor.model.table.rows) == before


def test_the_previous_periods_show_beside_each_indicator_and_a_jump_warns(qtbot, open_window):
    window = open_sample(open_window, SAMPLE_003)
    earlier_id = window.report_id
    earlier = window.report
    earlier.period = "2024-9M"
    earlier.table("so-lieu-khcn-cds").rows[1].cells["value"] = 3000  # cccd-cap: 3.000/33.174
    window.workspace.store.save_report(earlier_id, earlier)
    window.import_file(bundle.samples_dir() / SAMPLE_003)
    grid, row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "value")
    assert shown(grid, row, "previous") == "9 tháng đầu năm 2024: 9,04%"
    jump = next(i for i in window.form.issues if i.code == "check.jump")
    assert "9,04% → 99,77%" in jump.text()
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        window.form.panel.explained.emit(jump, "Năm 2024 mới bắt đầu cấp CCCD gắn chip")
    stored = window.workspace.store.load_report(window.report_id)
    explanations = stored.table("so-lieu-khcn-cds").rows[row].explanations
    assert explanations == {"value": "Năm 2024 mới bắt đầu cấp CCCD gắn chip"}
    assert "Đã giải trình" in window.form.panel.list.item(
        next(i for i, issue in enumerate(window.form.issues) if issue.code == "check.jump")).text()


NEW_KIND = """
id = "bao-cao-chuyen-de"
name = "Báo cáo chuyên đề mới"
version = 1
profile = "nd30"
periods = ["year"]

[document]
type_name = "BÁO CÁO"
type_code = "BC"
issuer_code = "UBND"
title = "Chuyển đổi số trong trường học"
recipients = ["Phòng Văn hóa - Xã hội;", "Lưu: VT, VHXH."]

[signer]
authority = "TM."
on_behalf_of = "ỦY BAN NHÂN DÂN"
position = "CHỦ TỊCH"

[[outline]]
heading = "KẾT QUẢ"

[[appendices]]
id = "phu-luc"
label = "Phụ lục"
title = "SỐ TRƯỜNG HỌC"

[[appendices.tables]]
id = "truong-hoc"
kind = "indicators"
columns = [{key = "stt"}, {key = "name", title = "Chỉ tiêu"}, {key = "value"}, {key = "denominator"},
           {key = "ratio"}]

[[appendices.tables.rows]]
key = "truong-ky-so"
kind = "ratio"
name = "Trường học ký số học bạ"
"""


def test_a_new_report_kind_is_a_new_file_in_forms_alone(qtbot, open_window, tmp_path):
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "bao-cao-chuyen-de.toml").write_text(NEW_KIND, encoding="utf-8")
    window = open_window(forms_dir=forms)
    window.new_report("bao-cao-chuyen-de")
    assert [window.form.tabs.tabText(i) for i in range(window.form.tabs.count())][-1] == "Phụ lục"
    grid, row = grid_at(window, "truong-hoc", "truong-ky-so", "value")
    type_in_cell(qtbot, grid, "7")
    grid.setCurrentIndex(grid.table_model().index(row, 3))
    type_in_cell(qtbot, grid, "8")
    assert shown(grid, row, "ratio") == "87,50%"
    pdf = window.render_current(tmp_path)
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "SỐ TRƯỜNG HỌC" in text and "Trường học ký số học bạ" in text and "87,50%" in text


def test_changing_the_period_changes_the_earlier_periods_shown(qtbot, open_window):
    window = open_window(DUC_PHO)
    window.workspace.today = lambda: datetime.date(2026, 11, 23)  # the periods offered depend on the day
    window.import_file(bundle.samples_dir() / SAMPLE_003)
    earlier = window.report
    earlier.period = "2026-Q2"
    window.workspace.store.save_report(window.report_id, earlier)
    window.import_file(bundle.samples_dir() / SAMPLE_003)  # 9 tháng 2025: before 2026-Q2
    grid, row = grid_at(window, "so-lieu-khcn-cds", "cccd-cap", "value")
    assert shown(grid, row, "previous") == ""
    period = window.form.editors["period"]
    period.setCurrentIndex(period.findData("2026-Q3"))
    assert window.report.period == "2026-Q3"
    assert shown(grid, row, "previous") == "quý II/2026: 99,77%"


def test_a_row_leaves_room_above_and_below_its_text(open_window):
    """An accent on a capital (Ấ, Ở) must not touch the grid line: a one-line row has 3 px above and below
    what a line of text takes with the style's own margins."""
    window = open_sample(open_window, SAMPLE_003)
    editor = window.form.tables["so-lieu-khcn-cds"]
    window.form.show_tab_of(editor)
    grid = editor.grid
    option = QStyleOptionViewItem()
    grid.initViewItemOption(option)
    bare = QStyledItemDelegate().sizeHint(option, grid.table_model().index(0, 0)).height()
    shortest = min(grid.rowHeight(row) for row in range(grid.table_model().rowCount()))
    assert shortest >= bare + 6
