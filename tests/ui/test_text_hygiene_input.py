"""Issue #13 point 6 at input: control characters typed or pasted into the form are left out of the
report, and the clerk is told so beside the box."""

from desktop.core import outline
from desktop.ui import editors
from tests.ui.conftest import type_text


def test_a_line_keeps_no_control_character_and_says_so(qtbot, open_window, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(editors, "warn_removed", lambda widget, count: warned.append(count))
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    place = window.form.editors["place"]
    place.setFocus()
    place.selectAll()
    type_text(place, "Trần\u202e Liễu\u2066")  # two bidi controls, as a paste from a web page brings
    qtbot.waitUntil(lambda: window.report.place == "Trần Liễu")
    assert warned == [1, 1]  # once for each, when it came in


def test_a_pasted_block_loses_its_control_characters(qtbot, open_window, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(editors, "warn_removed", lambda widget, count: warned.append(count))
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    window.form.editors["opening"].setPlainText("Thực hiện\x00 Công văn\x1b[31m số 12\u2028")
    assert window.report.opening == "Thực hiện Công văn[31m số 12\n"  # Qt makes U+2028 a line break itself
    assert warned == [2]


def test_a_section_text_is_cleaned_too(qtbot, open_window, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(editors, "warn_removed", lambda widget, count: warned.append(count))
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    editor = window.form.editors["outline"]
    editor._tree.setCurrentItem(editor._tree.topLevelItem(1))
    editor._text.setPlainText("Đoạn một\u2028Đoạn hai\x07")
    assert outline.section_at(window.report.sections, editor.current_path()).text == "Đoạn một\nĐoạn hai"
    assert warned == [1]
