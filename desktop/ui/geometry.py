"""The main window's size, place and state: fitted to the screen the first time, remembered after (#11)."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

PREFERRED = (1280, 900)  # what the form is laid out for; smaller screens get what they have
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"


def fit_to_screen(window: QMainWindow) -> None:
    """The preferred size where the screen has room; on a smaller screen (1366×768) the window is
    maximised, so no part of it is ever below the taskbar."""
    screen = window.screen().availableGeometry()
    width, height = PREFERRED
    if screen.width() < width or screen.height() < height:
        window.resize(min(width, screen.width()), min(height, screen.height()))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(width, height)


def restore(window: QMainWindow, settings: QSettings | None) -> None:
    """Size, place and toolbars as the clerk last left them, or fitted to the screen the first time."""
    geometry = settings.value(GEOMETRY_KEY) if settings is not None else None
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window)
    state = settings.value(STATE_KEY) if settings is not None else None
    if state is not None:
        window.restoreState(state)


def remember(window: QMainWindow, settings: QSettings | None) -> None:
    if settings is not None:
        settings.setValue(GEOMETRY_KEY, window.saveGeometry())
        settings.setValue(STATE_KEY, window.saveState())
        settings.sync()
