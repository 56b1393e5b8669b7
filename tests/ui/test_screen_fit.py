"""The window fits a 1366×768 screen (#11): no minimum size above it, whatever report is open, and
its size and state are remembered between sessions."""

import pytest
from PySide6.QtCore import QSettings

from desktop.core import bundle
from desktop.ui import geometry

SCREEN = (1366, 768 - 40 - 30)  # less the taskbar and the title bar
SAMPLES = sorted(p.name for p in bundle.samples_dir().glob("*.json"))


@pytest.mark.parametrize("sample", SAMPLES)
def test_no_report_asks_for_more_than_the_screen(qtbot, open_window, sample):
    window = open_window()
    window.import_file(bundle.samples_dir() / sample)
    for tab in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (tab, hint)
        assert window.minimumWidth() <= SCREEN[0] and window.minimumHeight() <= SCREEN[1]


def test_a_long_heading_does_not_widen_the_window(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    window.form.tabs.setCurrentIndex(1)
    before = window.minimumSizeHint().width()
    outline = window.form.editors["outline"]
    outline._tree.currentItem().setText(0, "KẾT QUẢ TRIỂN KHAI " * 30)
    outline._show_text(outline._tree.currentItem())
    assert window.minimumSizeHint().width() <= max(before, 700)


def test_the_window_size_and_state_are_remembered(qtbot, open_window, tmp_path):
    settings = QSettings(str(tmp_path / "baocao.ini"), QSettings.Format.IniFormat)
    window = open_window()
    window.settings = settings
    window.setWindowState(window.windowState() & ~window.windowState().WindowMaximized)
    window.resize(700, 500)
    window.move(30, 20)
    window.close()
    assert settings.value(geometry.GEOMETRY_KEY) is not None
    again = open_window()
    geometry.restore(again, QSettings(str(tmp_path / "baocao.ini"), QSettings.Format.IniFormat))
    assert again.size().toTuple() == (700, 500)


def test_a_first_start_on_a_small_screen_is_maximised(qtbot, open_window):
    window = open_window()
    screen = window.screen().availableGeometry()
    geometry.fit_to_screen(window)
    if screen.width() < geometry.PREFERRED[0] or screen.height() < geometry.PREFERRED[1]:
        assert window.isMaximized()
    assert window.width() <= screen.width() and window.height() <= screen.height()
