"""Window sizes: the main window fitted to the screen the first time and remembered after (#11); dialogs
measured in letters and kept on the screen at any scaling (#15)."""

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

PREFERRED = (1280, 900)  # what the form is laid out for; smaller screens get what they have
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
# Room left around a dialog for its title bar and frame, so its buttons stay on the screen.
SCREEN_MARGIN = 48


def text_size(widget: QWidget, columns: float, lines: float) -> QSize:
    """`columns` average letters wide and `lines` lines high in the widget's font: a size that grows with
    the font and the display scaling, where a pixel constant would cut text off at 150 % or 200 %."""
    metrics = widget.fontMetrics()
    return QSize(round(metrics.averageCharWidth() * columns), round(metrics.lineSpacing() * lines))


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """The preferred size where the screen has room, else the screen's free area less a margin."""
    screen = (dialog.parentWidget() or dialog).screen()
    free = screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)
    dialog.resize(preferred.boundedTo(free))


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
