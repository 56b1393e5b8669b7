"""An editable grid for one table: Tab and Enter move between cells, Ctrl+V pastes a block from Excel."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cells import parse_clipboard
from desktop.ui.tablemodel import TableModel

TABLE_LETTERS = 150  # the width the template's column widths share, in average letters (900 px at 9 pt)
MIN_COLUMN_LETTERS = 7
MIN_LINES = 13  # the grid's least height, in lines of text


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list for choice columns (a task's status); rows with air above and below the text."""

    PADDING = 3  # pixels above and below: without it a capital's accent (Ấ, Ở) touches the grid line

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * self.PADDING)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        model = index.model()
        assert isinstance(model, TableModel)
        column = model.column(index.column())
        if column.type != "choice":
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        editor.addItem("", "")
        for option_text in column.options:
            editor.addItem(option_text, option_text)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            index.model().setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)  # type: ignore[arg-type]


class TableGrid(QTableView):
    """The grid itself; keys work as in a spreadsheet."""

    def __init__(self, model: TableModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)  # through moveCursor below, which skips computed cells
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._size_columns()
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * MIN_LINES)
        model.edited.connect(self.resizeRowsToContents)
        model.modelReset.connect(self.resizeRowsToContents)
        self.resizeRowsToContents()

    def _size_columns(self) -> None:
        """The template's widths share about TABLE_LETTERS letters; no column is narrower than its title
        (the whole title stays readable) or than MIN_COLUMN_LETTERS. Measured in the font, so the
        proportions hold at any display scaling."""
        header = self.horizontalHeader()
        columns = self.table_model().table.columns
        total = sum(c.width for c in columns) or 1
        letter = header.fontMetrics().averageCharWidth()
        for i, column in enumerate(columns):
            header.resizeSection(i, max(letter * MIN_COLUMN_LETTERS, header.sectionSizeFromContents(i).width(),
                                        round(letter * TABLE_LETTERS * column.width / total)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing into the grid lands on its first editable cell, so the next Tab does not leave it."""
        if not self.currentIndex().isValid():
            self._move_to(self._next_editable(0, -1, 1))
        super().focusInEvent(event)

    def table_model(self) -> TableModel:
        model = self.model()
        assert isinstance(model, TableModel)
        return model

    def _next_editable(self, row: int, column: int, step: int) -> QModelIndex | None:
        model = self.table_model()
        columns = model.columnCount()
        position = row * columns + column + step
        while 0 <= position < model.rowCount() * columns:
            r, c = divmod(position, columns)
            if model.is_editable(r, c):
                return model.index(r, c)
            position += step
        return None

    def _move_to(self, index: QModelIndex | None) -> None:
        if index is not None:
            self.setCurrentIndex(index)
            self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Tab and Shift+Tab, in a cell or in its open editor: the next editable cell.
        current = self.currentIndex()
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self._next_editable(current.row(), current.column(), 1) or current
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self._next_editable(current.row(), current.column(), -1) or current
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            below = self.table_model().index(current.row() + 1, current.column())
            self._move_to(below if below.isValid() else None)
        elif key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.clear_selection_cells()
        else:
            super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter inside an editor commits and moves down, like a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = self.table_model().index(current.row() + 1, current.column())
            self._move_to(below if below.isValid() else None)
            return
        super().closeEditor(editor, hint)

    def paste(self) -> None:
        current = self.currentIndex()
        text = QGuiApplication.clipboard().text()
        if not text or not current.isValid():
            return
        self.table_model().paste(current.row(), current.column(), parse_clipboard(text))

    def clear_selection_cells(self) -> None:
        model = self.table_model()
        for index in self.selectionModel().selectedIndexes():
            if model.is_editable(index.row(), index.column()):
                model.setData(index, "", Qt.ItemDataRole.EditRole)


class TableEditor(QWidget):
    """A table's title, its grid and the buttons to add or remove rows (where the template allows)."""

    def __init__(self, model: TableModel) -> None:
        super().__init__()
        self.model = model
        self.grid = TableGrid(model)
        self.grid.setAccessibleName(model.table.title or self.tr("Bảng số liệu"))
        self.grid.setAccessibleDescription(self.tr(
            "Tab, Enter: sang ô sau; F2: sửa ô; Ctrl+V: dán từ Excel; Ctrl+Insert: thêm dòng; "
            "Ctrl+Delete: xóa dòng; Ctrl+Page Down: sang trang sau"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if model.table.title:
            title = QLabel(f"<b>{model.table.title}</b>")
            title.setWordWrap(True)
            title.setBuddy(self.grid)
            layout.addWidget(title)
        layout.addWidget(self.grid, 1)
        # A refused value is said here, under the cell the clerk is looking at, until the next good edit.
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("background: #fde2e1; color: #842029; padding: 4px;")
        self.refusal.setAccessibleName(self.tr("Giá trị không nhận được"))
        self.refusal.hide()
        layout.addWidget(self.refusal)
        model.refused.connect(self._refused)
        model.edited.connect(self.refusal.hide)
        self.row_buttons: list[QPushButton] = []
        if model.table.can_add_rows:
            layout.addLayout(self._buttons())

    def _refused(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.refusal, QAccessible.Event.Alert))  # read aloud

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in self.row_buttons:
            button.setEnabled(not read_only)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Thêm dòng"))
        add.setToolTip(self.tr("Thêm một dòng dưới dòng đang chọn (Ctrl+Insert)"))
        add.clicked.connect(lambda: self.add_row())
        group = QPushButton(self.tr("Thêm nhóm"))
        group.setToolTip(self.tr("Thêm một dòng nhóm (I, II, …) in đậm (Ctrl+Shift+Insert)"))
        group.clicked.connect(lambda: self.add_row(group=True))
        remove = QPushButton(self.tr("Xóa dòng"))
        remove.setToolTip(self.tr("Xóa dòng đang chọn (Ctrl+Delete)"))
        remove.clicked.connect(self.remove_row)
        # The keys act on the table that has the cursor (its grid or its buttons), so a page with two
        # tables has no ambiguous shortcut.
        for keys, button in (("Ctrl+Insert", add), ("Ctrl+Shift+Insert", group), ("Ctrl+Delete", remove)):
            QShortcut(QKeySequence(keys), self, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.row_buttons = [add, group, remove]
        for button in self.row_buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def add_row(self, group: bool = False) -> None:
        current = self.grid.currentIndex()
        at = current.row() + 1 if current.isValid() else len(self.model.table.rows)
        at = min(at, len(self.model.table.rows))
        self.model.insert_row(at, group)
        self.grid._move_to(self.grid._next_editable(at, -1, 1))

    def remove_row(self) -> None:
        """Delete the chosen row; a row the template gave (it has a key: the province adds it up by
        that key) is deleted only once the clerk says so."""
        current = self.grid.currentIndex()
        if not current.isValid() or self.model.read_only or current.row() >= len(self.model.table.rows):
            return
        row = self.model.table.rows[current.row()]
        if row.key:
            name = str(row.cells.get("name", "")).strip() or str(current.row() + 1)
            answer = QMessageBox.question(
                self, self.tr("Xóa dòng"),
                self.tr("Dòng «{0}» có sẵn trong mẫu báo cáo (cấp trên tổng hợp theo dòng này). Vẫn xóa? "
                        "Có thể hoàn tác bằng Ctrl+Z.").format(name[:80]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.delete_row(current.row())
