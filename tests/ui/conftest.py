"""Qt fixtures: offscreen platform, a main window on a temporary database, no leaked timers."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from desktop.core.units import commune
from desktop.ui.app import build_window
from desktop.ui.mainwindow import MainWindow
from desktop.ui.nonepin import pin_singletons

pin_singletons()  # WORKAROUND PySide6 6.12.0 on Python 3.11 (#11): see desktop/ui/nonepin.py

# Short enough for quick tests, long enough that typing still arrives in one write.
TEST_AUTOSAVE_MS = 50


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "baocao.sqlite"


@pytest.fixture
def open_window(qtbot, db_path):
    """Opens a main window on the test database; every window is closed after the test."""
    opened: list[MainWindow] = []

    def make(unit_code: int | None = 10729, autosave_ms: int = TEST_AUTOSAVE_MS,
             forms_dir: Path | None = None, read_only: bool = False) -> MainWindow:
        window = build_window(db_path, "vi", autosave_ms, forms_dir, read_only=read_only)
        qtbot.addWidget(window)
        if unit_code and not read_only and window.workspace.unit() is None:
            window.workspace.set_unit(commune(unit_code), "proper")
        window.show()
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        window.workspace.store.close()


def type_text(widget, text: str) -> None:
    """Type text into a widget as key events; unlike QTest.keyClicks it takes any Unicode letter."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
