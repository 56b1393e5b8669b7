"""Typing with pauses (#11): an autosave between keystrokes never moves the cursor, the selection
or the scroll of the field being edited, in any editor of the form."""

import pytest
from conftest import type_text
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def text_of(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def cursor_of(widget) -> int:
    return widget.cursorPosition() if isinstance(widget, QLineEdit) else widget.textCursor().position()


def editor(window, key: str):
    """The text widget of a form field; the outline's is the text of its second section."""
    if key == "outline":
        outline = window.form.editors["outline"]
        outline._tree.setCurrentItem(outline._tree.topLevelItem(1))
        return outline._text
    return window.form.editors[key]


def clear(widget) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, "\b")


FIELDS = ["place", "number", "signer_name", "title", "opening", "closing", "kinh_gui", "legal_bases",
          "recipients", "position", "footnotes", "outline"]


@pytest.mark.parametrize("key", FIELDS)
def test_typing_with_pauses_keeps_its_order(qtbot, open_window, key):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    widget = editor(window, key)
    clear(widget)
    for char in "123":
        with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
            type_text(widget, char)  # then a pause: the autosave lands before the next key
    assert text_of(widget) == "123"
    assert cursor_of(widget) == 3
    window.autosaver.flush()
    stored = window.workspace.store.load_report(window.report_id)
    assert "123" in repr(stored)


def test_a_save_keeps_the_cursor_selection_and_scroll_of_a_long_text(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    widget = editor(window, "outline")
    widget.setPlainText("\n".join(f"Đoạn {i}: tình hình triển khai chuyển đổi số." for i in range(200)))
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        pass
    cursor = widget.textCursor()
    cursor.setPosition(4000)
    cursor.setPosition(4010, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    widget.centerCursor()
    scroll = widget.verticalScrollBar().value()
    assert scroll > 0
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(widget, "X")  # replaces the selection
    assert widget.textCursor().position() == 4001
    assert widget.verticalScrollBar().value() == scroll
    cursor = widget.textCursor()
    cursor.setPosition(3990)
    cursor.setPosition(3995, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    window.form.check_now()
    window.autosaver.schedule()
    assert window.autosaver.flush()
    assert (widget.textCursor().anchor(), widget.textCursor().position()) == (3990, 3995)
    assert widget.verticalScrollBar().value() == scroll


@pytest.mark.parametrize("key", ["opening", "outline", "place"])
def test_paste_then_type_after_a_save(qtbot, open_window, key):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    widget = editor(window, key)
    clear(widget)
    QGuiApplication.clipboard().setText("Dán vào")
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        widget.paste()
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(widget, ", rồi gõ tiếp")
    assert text_of(widget) == "Dán vào, rồi gõ tiếp"


def test_a_heading_being_renamed_keeps_its_editor_through_a_save(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    outline = window.form.editors["outline"]
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        type_text(outline._text, "Nội dung.")  # a save comes while the heading's editor is open
    tree = outline._tree
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.editItem(tree.currentItem(), 0)
    line = tree.findChild(QLineEdit)
    assert line is not None
    line.setText("TÌNH HÌNH")
    window.autosaver.schedule()
    assert window.autosaver.flush()
    assert tree.findChild(QLineEdit) is line and line.text() == "TÌNH HÌNH"
    assert isinstance(outline._text, QPlainTextEdit)
