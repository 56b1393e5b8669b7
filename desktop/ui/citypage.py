"""What the city's screens share (#15): a page read again each time it is shown, the header line with the
screen's title and whom the copy receives from («Hải Phòng — 114 xã, phường»), rows of widgets, and the paths
a drag carries."""

from itertools import pairwise
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core.exchange.scope import Scope, expected_units, scope_unit
from desktop.core.vnformat import format_number

TITLE_SCALE = 1.35  # the title a little larger than the text, as a heading


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders carried by a drag."""
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


def in_row(*widgets: QWidget | None, stretches: tuple[int, ...] = ()) -> QHBoxLayout:
    """Widgets in a row, each with its stretch (0 if not given); None is an empty stretch."""
    found = QHBoxLayout()
    for index, widget in enumerate(widgets):
        if widget is None:
            found.addStretch(1)
        else:
            found.addWidget(widget, stretches[index] if index < len(stretches) else 0)
    return found


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through the widgets in this order (the order they are seen in, not the one they were made in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label naming `widget`; its mnemonic (Alt+letter) moves the focus there."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class PageHeader(QWidget):
    """The screen's title, then whom this copy receives reports from."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        self.title.setFont(font)
        self.scope = QLabel()
        layout = in_row(self.title, self.scope, None)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.setLayout(layout)

    def show_scope(self, scope: Scope) -> None:
        self.scope.setText(self.scope_text(scope))

    def scope_text(self, scope: Scope) -> str:
        """«Hải Phòng — 114 xã, phường», «Cả nước — 34 tỉnh, thành phố»; '' for a commune copy."""
        count = format_number(len(expected_units(scope)))
        unit = scope_unit(scope)
        if unit is not None:
            return self.tr("{0} — {1} xã, phường").format(unit.proper_name, count)
        if scope.level == "nation":
            return self.tr("Cả nước — {0} tỉnh, thành phố").format(count)
        return ""


class CityPage(QWidget):
    """A screen of the city's window, under its header line; it reads the store again each time it is shown
    and its job (if any) stops with the window."""

    header: PageHeader

    def refresh(self) -> None:
        """Read again what the screen shows from the store."""

    def stop(self) -> None:
        """Stop the screen's job and wait for its thread."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the window, not uncovered or restored
            self.refresh()
