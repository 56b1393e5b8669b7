"""The numbered sections of a report: a tree of headings beside the text of the chosen one."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import outline
from desktop.core.document import Section
from desktop.ui.editors import cleaned

PATH_ROLE = Qt.ItemDataRole.UserRole


class _LabelledHeadings(QStyledItemDelegate):
    """Shows 'I. HEADING' while the edited text stays the heading alone."""

    def __init__(self, sections: Callable[[], list[Section]], parent: QWidget) -> None:
        super().__init__(parent)
        self.sections = sections

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        path = index.data(PATH_ROLE)
        if not path:
            return
        try:
            number = outline.label(self.sections(), tuple(path))
        except IndexError:
            # While the tree is rebuilt after a move, Qt measures the old items, whose paths may name
            # sections that are gone; an exception here crashed PySide 6.12 (a segfault, not a traceback).
            return
        option.text = f"{number} {option.text}"  # type: ignore[attr-defined]


class OutlineEditor(QWidget):
    """Headings are edited in place (F2 or double click); the text of the chosen heading beside.

    Signals:
        changed(): the sections were edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []
        self.read_only = False
        self._tree = QTreeWidget()
        self._tree.setHeaderHidden(True)
        self._tree.setColumnCount(1)
        self._tree.setItemDelegate(_LabelledHeadings(lambda: self._sections, self._tree))
        self._edit_triggers = (QTreeWidget.EditTrigger.DoubleClicked | QTreeWidget.EditTrigger.EditKeyPressed
                               | QTreeWidget.EditTrigger.SelectedClicked)
        self._tree.setEditTriggers(self._edit_triggers)
        self._tree.setAccessibleName(self.tr("Các mục của báo cáo"))
        self._tree.setAccessibleDescription(self.tr(
            "F2: sửa tên mục; Ctrl+Insert: thêm mục; Ctrl+Shift+Insert: thêm mục con; Delete: xóa mục; "
            "Ctrl+Up, Ctrl+Down: chuyển mục; Tab: sang nội dung của mục"))
        self._text = QPlainTextEdit()
        self._text.setTabChangesFocus(True)
        self._text_label = QLabel()
        self._text_label.setWordWrap(True)  # a long heading must not widen the window (#11)
        self._text_label.setBuddy(self._text)
        self._buttons = {
            "add": QPushButton(self.tr("Thêm mục")),
            "child": QPushButton(self.tr("Thêm mục con")),
            "remove": QPushButton(self.tr("Xóa mục")),
            "up": QPushButton(self.tr("Lên")),
            "down": QPushButton(self.tr("Xuống")),
        }
        self._buttons["add"].setToolTip(self.tr("Thêm một mục dưới mục đang chọn (Ctrl+Insert)"))
        self._buttons["child"].setToolTip(self.tr("Thêm một mục con vào mục đang chọn (Ctrl+Shift+Insert)"))
        self._buttons["remove"].setToolTip(self.tr("Xóa mục đang chọn (Delete)"))
        self._buttons["up"].setToolTip(self.tr("Chuyển mục lên trên (Ctrl+Up)"))
        self._buttons["down"].setToolTip(self.tr("Chuyển mục xuống dưới (Ctrl+Down)"))
        self._layout()
        self._connect()
        self._show_text(None)
        # Focus given to the outline (its label's Alt+M, an issue's place) goes to the headings; a QLabel
        # gives focus only to a buddy that takes it.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self._tree)

    def setAccessibleName(self, name: str) -> None:
        """The headings are named as the whole outline."""
        super().setAccessibleName(name)
        self._tree.setAccessibleName(name)

    def _layout(self) -> None:
        # Two rows, so the headings take less width and the text beside them keeps room at 150 % (#15).
        buttons = QGridLayout()
        for index, button in enumerate(self._buttons.values()):
            buttons.addWidget(button, *divmod(index, 3))
        buttons.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._tree)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._text_label)
        right_layout.addWidget(self._text)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)  # the room beyond the buttons' width: headings 2, text 3
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self._tree.currentItemChanged.connect(lambda item, _: self._show_text(item))
        self._tree.itemChanged.connect(self._heading_edited)
        self._text.textChanged.connect(self._text_edited)
        self._buttons["add"].clicked.connect(self.add_section)
        self._buttons["child"].clicked.connect(self.add_subsection)
        self._buttons["remove"].clicked.connect(self.remove_section)
        self._buttons["up"].clicked.connect(lambda: self.move_section(-1))
        self._buttons["down"].clicked.connect(lambda: self.move_section(1))
        # On the tree only: elsewhere Delete and Ctrl+arrows keep their meaning (a text, a button).
        for keys, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move_section(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_section(1)),
                           (QKeySequence("Ctrl+Insert"), self.add_section),
                           (QKeySequence("Ctrl+Shift+Insert"), self.add_subsection),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_section)):
            QShortcut(keys, self._tree, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- showing ----

    def set_sections(self, sections: list[Section]) -> None:
        """Edit this list of sections in place."""
        self._sections = sections
        self._rebuild((0,) if sections else None)

    def _rebuild(self, select: outline.Path | None) -> None:
        self._tree.blockSignals(True)
        self._tree.clear()
        items: dict[outline.Path, QTreeWidgetItem] = {}
        for path, section in outline.walk(self._sections):
            parent = items.get(path[:-1])
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self._tree)
            item.setText(0, section.heading)
            item.setData(0, PATH_ROLE, path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            items[path] = item
        self._tree.expandAll()
        self._tree.blockSignals(False)
        current = items.get(select) if select else None
        self._tree.setCurrentItem(current)
        self._show_text(current)

    @staticmethod
    def _path(item: QTreeWidgetItem) -> outline.Path:
        return tuple(item.data(0, PATH_ROLE))

    def current_path(self) -> outline.Path | None:
        item = self._tree.currentItem()
        return self._path(item) if item else None

    def select(self, path: outline.Path, text: bool = False, start: int = 0, length: int = 0) -> None:
        """Choose the section at `path` and put the cursor in its heading, or in its text with
        `length` characters from `start` selected."""
        item = self._item_at(path)
        if item is None:
            return
        self._tree.setCurrentItem(item)
        self._tree.scrollToItem(item)
        if not text:
            self._tree.setFocus()
            return
        cursor = self._text.textCursor()
        cursor.setPosition(min(start, len(self._text.toPlainText())))
        cursor.setPosition(min(start + length, len(self._text.toPlainText())), cursor.MoveMode.KeepAnchor)
        self._text.setTextCursor(cursor)
        self._text.ensureCursorVisible()
        self._text.setFocus()

    def _item_at(self, path: outline.Path) -> QTreeWidgetItem | None:
        item = self._tree.topLevelItem(path[0]) if path else None
        for index in path[1:]:
            item = item.child(index) if item is not None else None
        return item

    def _show_text(self, item: QTreeWidgetItem | None) -> None:
        self._text.blockSignals(True)
        if item is None:
            self._text.setPlainText("")
            self._text.setEnabled(False)
            self._text_label.setText(self.tr("Chọn một mục để viết nội dung."))
        else:
            path = self._path(item)
            section = outline.section_at(self._sections, path)
            self._text.setEnabled(True)
            self._text.setPlainText(section.text)
            self._text.setPlaceholderText(section.hint or self.tr("Mỗi đoạn văn một dòng."))
            self._text_label.setText(
                self.tr("Nội dung mục {0} {1}").format(outline.label(self._sections, path), section.heading))
        self._text.setAccessibleName(self._text_label.text())  # a screen reader says which section it is
        self._text.blockSignals(False)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        has = self._tree.currentItem() is not None and not self.read_only
        self._buttons["add"].setEnabled(not self.read_only)
        for key in ("child", "remove", "up", "down"):
            self._buttons[key].setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        """Headings and texts shown, not edited; the buttons and their shortcuts do nothing."""
        self.read_only = read_only
        self._tree.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers if read_only else self._edit_triggers)
        self._text.setReadOnly(read_only)
        self._text.style().polish(self._text)  # a style sheet may read readOnly (reportform.py)
        self._enable_buttons()  # the text is left alone: its cursor and scroll stay where the clerk is

    # ---- editing ----

    def _heading_edited(self, item: QTreeWidgetItem, _column: int) -> None:
        section = outline.section_at(self._sections, self._path(item))
        heading = cleaned(self._tree, item.text(0), lines=False).strip()
        if heading == section.heading:
            return
        section.heading = heading
        self.changed.emit()

    def _text_edited(self) -> None:
        path = self.current_path()
        if path is None:
            return
        outline.section_at(self._sections, path).text = cleaned(self._text, self._text.toPlainText())
        self.changed.emit()

    def _edit_new(self, path: outline.Path) -> None:
        self._rebuild(path)
        self.changed.emit()
        self._tree.editItem(self._tree.currentItem(), 0)

    def add_section(self) -> None:
        if self.read_only:
            return
        self._edit_new(outline.add_after(self._sections, self.current_path(),
                                         self.tr("Mục mới")))

    def add_subsection(self) -> None:
        path = self.current_path()
        if path is None or self.read_only:
            return
        new = outline.add_child(self._sections, path, self.tr("Mục mới"))
        if new is None:
            new = outline.add_after(self._sections, path, self.tr("Mục mới"))
        self._edit_new(new)

    def remove_section(self) -> None:
        """Delete the chosen section; one with text (its own or its subsections') only once the clerk says so."""
        path = self.current_path()
        if path is None or self.read_only:
            return
        section = outline.section_at(self._sections, path)
        if any(s.text.strip() for _, s in outline.walk([section])):
            answer = QMessageBox.question(
                self, self.tr("Xóa mục"),
                self.tr("Mục «{0} {1}» đã có nội dung. Xóa cả mục và nội dung? Có thể hoàn tác bằng Ctrl+Z.")
                .format(outline.label(self._sections, path), section.heading[:80]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._rebuild(outline.remove(self._sections, path))
        self.changed.emit()

    def move_section(self, step: int) -> None:
        path = self.current_path()
        if path is None or self.read_only:
            return
        new = outline.move(self._sections, path, step)
        if new != path:
            self._rebuild(new)
            self.changed.emit()
