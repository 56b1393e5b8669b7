"""The window's screens, one shown at a time under a bar of tabs: the reports, the unit's overview and, in a
copy that receives reports, the city's screens. Ctrl+1 … Ctrl+9 (the «Xem» menu) reach them from the
keyboard. A screen is made when first shown, so that what it imports (QtCharts, openpyxl, reportlab) does
not slow the window's start."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


class Screens(QWidget):
    """A tab bar over a stack of screens, each named and made by its factory on first use.

    Signals:
        shown(str): the screen of this name is now the one shown.
    """

    shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QTabBar()
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.setDrawBase(True)
        self.bar.setAccessibleName(self.tr("Các màn hình"))
        self.stack = QStackedWidget()
        self._names: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._made: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self._picked)

    def add(self, name: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._names.append(name)
        self._factories[name] = factory
        self.bar.blockSignals(True)  # the first screen added is shown by _picked's first call below
        self.bar.addTab(title)
        self.bar.blockSignals(False)
        if len(self._names) == 1:
            self._picked(0)

    def page(self, name: str) -> QWidget:
        """The screen `name`, made now if it was not yet."""
        made = self._made.get(name)
        if made is None:
            made = self._factories[name]()
            self._made[name] = made
            self.stack.addWidget(made)
        return made

    def made(self, name: str) -> QWidget | None:
        return self._made.get(name)

    def current(self) -> str:
        return self._names[self.bar.currentIndex()]

    def show_screen(self, name: str) -> None:
        index = self._names.index(name)
        if not self.bar.isTabVisible(index):
            return
        if self.bar.currentIndex() == index:
            self._picked(index)
        else:
            self.bar.setCurrentIndex(index)

    def set_available(self, name: str, available: bool) -> None:
        """Show or hide a screen's tab; the first screen is shown when the one shown goes."""
        index = self._names.index(name)
        self.bar.setTabVisible(index, available)
        if not available and self.bar.currentIndex() == index:
            self.show_screen(self._names[0])

    def available(self, name: str) -> bool:
        return self.bar.isTabVisible(self._names.index(name))

    def _picked(self, index: int) -> None:
        if index < 0:
            return
        name = self._names[index]
        self.stack.setCurrentWidget(self.page(name))
        self.shown.emit(name)
