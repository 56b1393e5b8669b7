"""Keyboard first and accessible (#15 point 5): every field named for a screen reader, Tab in reading
order, the outline and the tables edited without a mouse, and nothing cut off at 150 % and 200 % scaling.

Run as a script (`QT_SCALE_FACTOR=2 python test_keyboard_access.py SOME.pdf`), it is the child process of
the scaling test: Qt reads the factor when QApplication starts, so each scale needs a process of its own."""

import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import type_text
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from desktop.core import bundle
from desktop.core.exchange.export import own_fingerprint
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.core.units import commune

ROOT = Path(__file__).resolve().parents[2]
PLAN = "ke-hoach-002-tran-lieu"  # three appendices with tables: the most pages
PARTY = "bao-cao-quy-004-hai-phong"
TRAN_LIEU = 10729
MAX_TABS = 60  # more Tab presses than any page has stops
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


# ---- (a) a name for every widget the keyboard reaches ----


def focusable(widget: QWidget) -> bool:
    """Reached by Tab now: shown, enabled, takes Tab focus itself (not through a proxy)."""
    return (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value))


def where(widget: QWidget) -> str:
    top = widget.window()
    return f"{type(widget).__name__} at {widget.mapTo(top, QPoint(0, 0)).toTuple()} in {type(top).__name__}"


def unnamed(root: QWidget) -> list[str]:
    """The widgets under `root` a screen reader would announce with no name: no accessible name, no text
    of their own (a button, a check box) and no label naming them (a QLabel buddy)."""
    labelled = [label.buddy() for label in root.window().findChildren(QLabel) if label.buddy() is not None]
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not focusable(widget):
            continue
        own_text = isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
        if widget.accessibleName().strip() or own_text or any(widget is b for b in labelled):
            continue
        found.append(where(widget))
    return found


def unnamed_on_every_page(root: QWidget) -> list[str]:
    """unnamed(root) with each page of each of its tab widgets shown in turn."""
    found = set(unnamed(root))
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found.update(f"{tabs.tabText(index)}: {w}" for w in unnamed(root))
    return sorted(found)


def active(qtbot, window):
    """The window the keys go to: shortcuts and Alt+letter work only in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_sample(qtbot, open_window, stem: str = PLAN):
    window = open_window(TRAN_LIEU)
    window.import_file(bundle.samples_dir() / f"{stem}.json")
    return active(qtbot, window)


def open_new(qtbot, open_window):
    """A new report: its number, its «…» and more are listed as problems."""
    window = open_window(TRAN_LIEU)
    window.new_report("so-ket-chien-luoc")
    return active(qtbot, window)


@pytest.mark.parametrize("stem", [PLAN, PARTY])
def test_every_field_of_the_report_form_has_a_name(qtbot, open_window, stem):
    window = open_sample(qtbot, open_window, stem)
    window.form.find()  # the find bar too
    assert unnamed_on_every_page(window.form) == []


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    pdf = tmp_path_factory.mktemp("keyboard") / "so-ket.pdf"
    render_pdf(read_report(bundle.samples_dir() / "so-ket-001-phu-thai.json"), pdf)
    return pdf


def dialogs(window, pdf: Path) -> dict[str, QWidget]:
    """Each small dialog the report form opens, made on `window` (its report open)."""
    from desktop.ui.helpdialog import HelpDialog
    from desktop.ui.preview import PreviewDialog
    from desktop.ui.scopedialog import ScopeDialog
    from desktop.ui.unitdialog import UnitDialog
    from desktop.ui.versionsdialog import VersionsDialog

    return {
        "unit": UnitDialog(TRAN_LIEU, parent=window),
        "versions": VersionsDialog(window.workspace, window.report_id, window),
        "scope": ScopeDialog(window.workspace.scope(), own_fingerprint(window.workspace.store),
                             commune(TRAN_LIEU), window),
        "help": HelpDialog(window),
        "preview": PreviewDialog(pdf, "so-ket.pdf", window),
    }


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's, on any show()
def test_every_field_of_the_dialogs_has_a_name(qtbot, open_window, sample_pdf):
    window = open_sample(qtbot, open_window)
    found = {}
    for name, dialog in dialogs(window, sample_pdf).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found[name] = unnamed_on_every_page(dialog)
        dialog.close()
    assert found == {name: [] for name in found}


# ---- (b) Tab in reading order, Alt+letter, the keys of the form ----


def reads_after(before: QRect, after: QRect) -> bool:
    """`after` comes later in reading order: on a lower line, or on the same line further right."""
    centre = after.center().y()
    if centre > before.bottom():
        return True
    return before.top() <= centre <= before.bottom() and after.left() > before.left()


def tab_through(qtbot, start: QWidget, inside: QWidget) -> tuple[list[QWidget], QWidget]:
    """Press Tab from `start` until the cursor leaves `inside`: the widgets it stopped on, in order
    (a date's day, month and year once), and the first widget after."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if not inside.isAncestorOf(now):
            return visited, now
        if not visited or visited[-1] is not now:
            visited.append(now)
    raise AssertionError(f"Tab never left the page: {[where(w) for w in visited[-5:]]}")


def test_tab_goes_from_the_tab_bar_down_the_identity_page_then_to_the_issues(qtbot, open_window):
    window = open_sample(qtbot, open_window)
    form = window.form
    form.tabs.setCurrentIndex(0)
    page = form.tabs.currentWidget()
    visited, after = tab_through(qtbot, form.tabs.tabBar(), page)
    e = form.editors
    assert visited == [e["number"], e["place"], e["date"].date_edit, e["date"].blank, e["period"], e["title"],
                       e["kinh_gui"], e["legal_bases"]]
    rects = [QRect(w.mapTo(page, QPoint(0, 0)), w.size()) for w in visited]
    assert all(reads_after(a, b) for a, b in itertools.pairwise(rects)), [r.getRect() for r in rects]
    assert form.panel.isAncestorOf(after)  # the problems come after the form


@pytest.mark.parametrize(("keys", "field"), [(Qt.Key.Key_D, "place"), (Qt.Key.Key_R, "title"),
                                             (Qt.Key.Key_K, "period"), (Qt.Key.Key_I, "kinh_gui")])
def test_alt_and_the_underlined_letter_go_to_the_field(qtbot, open_window, keys, field):
    window = open_sample(qtbot, open_window)
    form = window.form
    form.editors["number"].setFocus()
    QTest.keyClick(form.editors["number"], keys, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.editors[field].hasFocus())


def test_alt_y_goes_to_the_date_or_to_its_blank_box(qtbot, open_window):
    window = open_sample(qtbot, open_window)
    date = window.form.editors["date"]
    QTest.keyClick(window.form.editors["number"], Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(date.date_edit.hasFocus)
    QTest.keyClick(date.blank, Qt.Key.Key_Space)  # no date yet: the date box is off
    qtbot.waitUntil(lambda: not date.date_edit.isEnabled())
    window.form.editors["number"].setFocus()
    QTest.keyClick(window.form.editors["number"], Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(date.blank.hasFocus)


def test_ctrl_page_down_turns_the_pages_from_a_field_and_from_a_table_cell(qtbot, open_window):
    window = open_sample(qtbot, open_window)
    form = window.form
    title = form.editors["title"]
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.currentIndex() == 1
    grid = next(iter(form.tables.values())).grid
    form.show_tab_of(grid)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    at = form.tabs.currentIndex()
    QTest.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.currentIndex() == at + 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.tabs.currentIndex() == at - 1


def test_f8_goes_to_each_problem_in_turn_and_f7_checks(qtbot, open_window):
    window = open_new(qtbot, open_window)
    form = window.form
    issues = form.panel.issues
    assert len(issues) >= 2
    title = form.editors["title"]
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_F8)
    assert form.panel.current_issue() is issues[0]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert form.panel.current_issue() is issues[1]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert form.panel.current_issue() is issues[0]
    place = form.place()  # the first problem's field has the cursor
    assert place["focused"] or place["grid"]
    with qtbot.waitSignal(form.checked, timeout=2000):  # F7 was ambiguous (the window's and the form's)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)


# ---- (c) the outline and the tables without a mouse ----


def press(keys: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), keys, modifiers)


def test_the_outline_is_edited_with_the_keyboard_alone(qtbot, open_window):
    window = open_new(qtbot, open_window)
    form = window.form
    report = form.report
    form.editors["title"].setFocus()
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # to «Nội dung»
    press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # «Các &mục»: the headings
    outline = form.editors["outline"]
    qtbot.waitUntil(outline._tree.hasFocus)
    count = len(report.sections)
    press(Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # a section after the first, heading open
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    heading = QApplication.focusWidget()
    heading.selectAll()
    type_text(heading, "Kết quả chuyển đổi số")
    press(Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: report.sections[1].heading == "Kết quả chuyển đổi số")
    assert len(report.sections) == count + 1
    qtbot.waitUntil(outline._tree.hasFocus)
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # moved up, before the first
    assert report.sections[0].heading == "Kết quả chuyển đổi số"
    for _ in range(MAX_TABS):  # Tab: past the buttons, into the section's text
        if outline._text.hasFocus():
            break
        press(Qt.Key.Key_Tab)
    type_text(outline._text, "Đã số hóa 100% hồ sơ.")
    assert report.sections[0].text == "Đã số hóa 100% hồ sơ."
    assert outline._text.accessibleName().endswith("Kết quả chuyển đổi số")  # says which section it is


def test_a_section_moves_past_one_with_subsections(qtbot, open_window):
    """Qt measured the old rows of the tree while it was rebuilt, with paths that no longer exist: the
    exception in the delegate crashed the whole program (PySide 6.12)."""
    window = open_new(qtbot, open_window)
    outline = window.form.editors["outline"]
    sections = window.form.report.sections
    assert len(sections[0].children) == 4 and not sections[1].children
    window.form.show_tab_of(outline)  # the tree shown, so Qt measures its rows
    outline.select((1,))
    outline.move_section(-1)  # above the first section and its four subsections
    assert sections[0].heading == "KẾT QUẢ ĐẠT ĐƯỢC" and len(sections[1].children) == 4
    assert outline.current_path() == (0,)


def test_a_table_row_is_added_and_typed_with_the_keyboard_alone(qtbot, open_window):
    window = open_sample(qtbot, open_window)
    form = window.form
    editor = form.tables["nhiem-vu"]  # Phụ lục 3, the tasks
    form.editors["title"].setFocus()
    while not editor.isVisible():  # Ctrl+Page Down, page after page
        press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    form.tabs.tabBar().setFocus()
    press(Qt.Key.Key_Tab)  # from the tab bar into the grid, on its first editable cell
    grid = editor.grid
    qtbot.waitUntil(grid.hasFocus)
    assert grid.currentIndex().isValid() and editor.model.is_editable(grid.currentIndex().row(),
                                                                      grid.currentIndex().column())
    rows = len(editor.model.table.rows)
    press(Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # a row below, the cursor on it
    assert len(editor.model.table.rows) == rows + 1
    row = grid.currentIndex().row()
    column = editor.model.column(grid.currentIndex().column())
    type_text(grid, "X")
    cell = next(w for w in grid.findChildren(QLineEdit) if w.isVisible())
    type_text(cell, "ây dựng cổng dữ liệu mở")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState)
    assert editor.model.table.rows[row].cells[column.key] == "Xây dựng cổng dữ liệu mở"
    grid.setCurrentIndex(editor.model.index(row, grid.currentIndex().column()))
    press(Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.model.table.rows[row + 1].group  # Ctrl+Shift+Insert: a group row


# ---- (d) nothing cut off at 150 % and 200 % ----


def shown_text(widget: QWidget) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]


def clipped(root: QWidget) -> list[str]:
    """The shown labels, buttons and fields under `root` smaller than their text needs, or sticking out
    of the widget that holds them (what sticks out is cut off: only whole pages scroll)."""
    found = []
    for widget in root.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)  # laid out by its box, checked there
        if not widget.isVisible() or not isinstance(widget, TEXT_WIDGETS) or inner:
            continue
        size, need = widget.size(), widget.minimumSizeHint()
        if isinstance(widget, QLabel):
            need = widget.sizeHint()
            if widget.wordWrap():
                need = QSize(0, widget.heightForWidth(size.width()))
        if size.width() < need.width() or size.height() < need.height():
            found.append(f"{where(widget)} {size.toTuple()} < {need.toTuple()}: {shown_text(widget)!r}")
        if not widget.parentWidget().rect().contains(widget.geometry()):
            found.append(f"{where(widget)} sticks out of its parent: {shown_text(widget)!r}")
    return found


def scaled_check(pdf: Path, folder: Path) -> dict[str, list[str]]:
    """In this process (its QT_SCALE_FACTOR set): the main window maximised on the screen with a report
    open, each page of its form, and each dialog; what is clipped on each."""
    from desktop.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    window = build_window(folder / "baocao.sqlite", "vi")
    window.workspace.set_unit(commune(TRAN_LIEU), "proper")
    window.showMaximized()
    window.import_file(bundle.samples_dir() / f"{PLAN}.json")
    free = window.screen().availableGeometry()
    window.setGeometry(free)
    app.processEvents()
    result = {}
    for index in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(index)
        app.processEvents()
        result[window.form.tabs.tabText(index)] = clipped(window.form.tabs.currentWidget()) + clipped(
            window.form.panel)
    for name, dialog in dialogs(window, pdf).items():
        dialog.show()
        app.processEvents()
        frame = dialog.frameGeometry()
        result[name] = ([] if free.contains(frame) else [f"{frame.getRect()} is off the screen {free.getRect()}"]
                        ) + clipped(dialog)
        dialog.close()
    window.close()
    window.workspace.store.close()
    return result


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_nothing_is_cut_off_at_150_and_200_percent(sample_pdf, tmp_path, scale):
    config = tmp_path / "screen.json"  # a 1366×768 laptop: 911×512, then 683×384 at the scale
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, str(sample_pdf)], env=env, capture_output=True, text=True,
                          timeout=120, check=True, cwd=Path(__file__).parent)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result) == 6 + 5  # the form's pages (three appendices) and the dialogs were all seen
    assert {name: found for name, found in result.items() if found} == {}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as database_folder:
        print(json.dumps(scaled_check(Path(sys.argv[1]), Path(database_folder)), ensure_ascii=False))
