"""Small editors bound to one value of the report: they show it and write every edit back."""

import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from desktop.core.texthygiene import clean


def warn_removed(widget: QWidget, count: int) -> None:
    """Say, beside the box, that characters that cannot be printed were left out of what was typed or pasted."""
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), QCoreApplication.translate(
        "editors", "Đã bỏ {0} ký tự điều khiển (không in được, thường đi theo khi dán từ nơi khác).").format(count),
        widget)


def cleaned(widget: QWidget, text: str, lines: bool = True) -> str:
    """The text to keep: control characters (NUL, ESC, U+202E …) removed at input (#13), with a word
    when more came in (the box itself keeps them, invisible: rewriting it would move the cursor)."""
    text, removed = clean(text, lines=lines)
    before = widget.property("controls_removed") or 0
    if removed > before:
        warn_removed(widget, removed - before)
    widget.setProperty("controls_removed", removed)
    return text


class TextLine(QLineEdit):
    """One line of text."""

    def __init__(self, get: Callable[[], str], set_: Callable[[str], None],
                 on_edit: Callable[[], None]) -> None:
        super().__init__()
        self.setText(get())
        self.textEdited.connect(lambda text: (set_(cleaned(self, text, lines=False)), on_edit()))


class TextBlock(QPlainTextEdit):
    """Several lines of text; Tab leaves the box, so the form is keyboard-friendly."""

    def __init__(self, get: Callable[[], str], set_: Callable[[str], None],
                 on_edit: Callable[[], None], lines: int = 3, placeholder: str = "") -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlainText(get())
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(max(height, 600) if lines > 4 else height)
        self.textChanged.connect(lambda: (set_(cleaned(self, self.toPlainText())), on_edit()))


class LinesBlock(TextBlock):
    """A list of strings, one per line; empty lines are dropped."""

    def __init__(self, get: Callable[[], list[str]], set_: Callable[[list[str]], None],
                 on_edit: Callable[[], None], lines: int = 3, placeholder: str = "") -> None:
        super().__init__(lambda: "\n".join(get()),
                         lambda text: set_([ln.strip() for ln in text.splitlines() if ln.strip()]),
                         on_edit, lines, placeholder)


class Choice(QComboBox):
    """One of a fixed list of values, shown with their labels."""

    def __init__(self, options: list[tuple[str, str]], get: Callable[[], str],
                 set_: Callable[[str], None], on_edit: Callable[[], None]) -> None:
        super().__init__()
        # As narrow as 16 letters where the page is (200 % scaling), not as wide as the longest choice.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        for value, text in options:
            self.addItem(text, value)
        self.setCurrentIndex(max(self.findData(get()), 0))
        self.currentIndexChanged.connect(lambda index: index >= 0 and (set_(self.currentData()), on_edit()))


class OptionalDate(QWidget):
    """A date, or none yet: the day and month are then left blank to fill in by hand.

    Focus given to the whole (its label's Alt+letter, an issue's place) goes to the date, or to the
    check box while the date is blank.

    Signals:
        edited(): the date or its presence changed.
    """

    edited = Signal()

    def __init__(self, get: Callable[[], datetime.date | None],
                 set_: Callable[[datetime.date | None], None], blank_text: str) -> None:
        super().__init__()
        self._set = set_
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.blank = QCheckBox(blank_text)
        value = get()
        self.date_edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        self.blank.setChecked(value is None)
        self.date_edit.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.blank)
        layout.addStretch(1)
        self.date_edit.dateChanged.connect(self._changed)
        self.blank.toggled.connect(self._changed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a QLabel gives focus only to a focusable buddy
        self._focus_follows()

    def _focus_follows(self) -> None:
        self.setFocusProxy(self.blank if self.blank.isChecked() else self.date_edit)

    def setAccessibleName(self, name: str) -> None:
        """The date box is named as the whole; the check box says what it does."""
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)

    def set_read_only(self, read_only: bool) -> None:
        self.date_edit.setReadOnly(read_only)
        self.blank.setEnabled(not read_only)

    def _changed(self) -> None:
        self.date_edit.setEnabled(not self.blank.isChecked())
        self._focus_follows()
        self._set(None if self.blank.isChecked() else self.date_edit.date().toPython())
        self.edited.emit()
