"""Ctrl+F: a bar under the form that finds a word in the report's texts and goes to each place in turn.

Letters are compared without case and without diacritics ("ke hoach" finds «Kế hoạch»), one
character for one, so a match found in the folded text is the same stretch of the real one."""

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core import outline
from desktop.core.document import Report

# The fields searched, as ReportForm names their editors (FIELD_EDITORS).
FIELDS = ("title", "place", "kinh_gui", "legal_bases", "opening", "closing", "footnotes", "recipients",
          "signer.position", "signer.name")


@dataclass(frozen=True)
class Hit:
    """Where a match is: a field ('title'), a section ('sections' and its path) or a cell
    ('table:<id>', row, column); `start` is where it begins in that text."""

    field: str
    start: int
    path: tuple[int, ...] = ()
    row: int = -1
    column: str = ""


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each of `text`: 'Đề Án' → 'de an'."""
    def one(char: str) -> str:
        base = unicodedata.normalize("NFD", char.casefold().replace("đ", "d"))[:1]
        return base if len(base) == 1 else char
    return "".join(one(c) for c in unicodedata.normalize("NFC", text))


def _field_text(report: Report, name: str) -> str:
    value = getattr(report.signer, name.split(".", 1)[1]) if name.startswith("signer.") else getattr(report, name)
    return "\n".join(value) if isinstance(value, list) else str(value)


def _texts(report: Report) -> Iterator[tuple[Hit, str]]:
    for name in FIELDS:
        yield Hit(name, 0), _field_text(report, name)
    for path, section in outline.walk(report.sections):
        yield Hit("sections", 0, path, column="heading"), section.heading
        yield Hit("sections", 0, path, column="text"), section.text
    for table in report.tables():
        for index, row in enumerate(table.rows):
            for column in table.columns:
                value = row.cells.get(column.key)
                if isinstance(value, str):
                    yield Hit(f"table:{table.id}", 0, (), index, column.key), value


def find(report: Report, needle: str) -> list[Hit]:
    """Every place of the report where `needle` is, in the order of the form."""
    wanted = fold(needle.strip())
    if not wanted:
        return []
    hits = []
    for where, text in _texts(report):
        start = fold(text).find(wanted)
        if start >= 0:
            hits.append(Hit(where.field, start, where.path, where.row, where.column))
    return hits


class FindBar(QWidget):
    """A line to type in, the number of places found, and buttons to go to the next or previous one.

    Signals:
        go(object, int): show a Hit; the int is the length of the match.
    """

    go = Signal(object, int)

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.hits: list[Hit] = []
        self.at = -1
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Tìm trong báo cáo (không cần gõ dấu)"))
        self.edit.setAccessibleName(self.tr("Tìm"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.next)
        self.edit.textChanged.connect(self.search)
        self.count = QLabel()
        previous = QPushButton(self.tr("Trước"))
        previous.setToolTip(self.tr("Chỗ tìm thấy trước (Shift+F3)"))
        previous.clicked.connect(lambda: self.previous())
        following = QPushButton(self.tr("Sau"))
        following.setToolTip(self.tr("Chỗ tìm thấy sau (Enter, F3)"))
        following.clicked.connect(lambda: self.next())
        close = QPushButton(self.tr("Đóng"))
        close.setToolTip(self.tr("Đóng thanh tìm kiếm (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(self.tr("Tìm:"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for button in (previous, following, close):
            layout.addWidget(button)
        QShortcut(QKeySequence("F3"), self, self.next, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+F3"), self, self.previous,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open(self) -> None:
        """Show the bar with the cursor in it, the last words selected."""
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def search(self) -> None:
        """Find the words typed and go to the first place."""
        self.hits = find(self.report, self.edit.text())
        self.at = -1
        if self.hits:
            self.next()
        else:
            self.count.setText(self.tr("Không thấy") if self.edit.text().strip() else "")

    def _show(self) -> None:
        """Show the current place; the cursor stays here so Enter goes on to the next one."""
        self.count.setText(self.tr("{0}/{1}").format(self.at + 1, len(self.hits)))
        self.go.emit(self.hits[self.at], len(self.edit.text().strip()))
        self.edit.setFocus()

    def next(self) -> None:
        if self.hits:
            self.at = (self.at + 1) % len(self.hits)
            self._show()

    def previous(self) -> None:
        if self.hits:
            self.at = (self.at - 1) % len(self.hits)
            self._show()

    def close_bar(self) -> None:
        """Hide the bar; the cursor goes to the place shown last, to edit there."""
        self.hide()
        if 0 <= self.at < len(self.hits):
            self.go.emit(self.hits[self.at], len(self.edit.text().strip()))
