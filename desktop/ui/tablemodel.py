"""A Qt model over one table of the report: cells shown the Vietnamese way, edits through the core."""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.cells import add_row, cell_text, format_value, paste_block, remove_row, set_cell
from desktop.core.errors import BaocaoError
from desktop.core.history import PastValue
from desktop.core.tables import Column, Table, cell_type, row_labels, total_value
from desktop.core.validate import cell_name

Index = QModelIndex | QPersistentModelIndex
COMPUTED = QColor("#eef1f5")
ERROR_BACKGROUND = QColor("#fde2e1")
WARNING_BACKGROUND = QColor("#fff4d6")


class TableModel(QAbstractTableModel):
    """Rows and columns of a core Table; the total row, if any, is a last read-only row.

    Signals:
        edited(): a cell or row changed.
        refused(str): typed text could not be read; the message names the cell and says why (nothing
            was changed).
    """

    edited = Signal()
    refused = Signal(str)

    def __init__(self, table: Table, history: Mapping[str, Sequence[PastValue]] | None = None,
                 lang: str = "vi") -> None:
        super().__init__()
        self.table = table
        self.history = history or {}
        self.lang = lang
        self.marks: dict[tuple[int, str], tuple[str, str]] = {}  # (row, column) → (level, text)
        self.read_only = False  # a final report, or a window that only reads: shown, never changed
        self._labels = row_labels(table)
        # Made once: the view asks for the font of every bold cell at every repaint, and on PySide6
        # 6.12.0 with Python 3.11 each setBold() call took a reference to None (#11, see nonepin.py).
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- shape ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows) + (1 if self.table.total_row else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def is_total_row(self, row: int) -> bool:
        return bool(self.table.total_row) and row == len(self.table.rows)

    def column(self, index: int) -> Column:
        return self.table.columns[index]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section].title
        return None

    # ---- cells ----

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._writable(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _writable(self, row: int, column: int) -> bool:
        """An editable cell of a table that may change now."""
        return not self.read_only and self.is_editable(row, column)

    def is_editable(self, row: int, column: int) -> bool:
        if self.is_total_row(row) or not 0 <= row < len(self.table.rows):
            return False
        col = self.table.columns[column]
        return col.editable and cell_type(self.table.rows[row], col) is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            value = self.table.rows[row].cells.get(col.key)
            return format_value(value, cell_type(self.table.rows[row], col))
        if role == Qt.ItemDataRole.FontRole and (self.is_total_row(row) or self.table.rows[row].group):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, index.column())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._tooltip(row, col)  # a screen reader says the cell's error or warning too
        if role == Qt.ItemDataRole.TextAlignmentRole and col.type not in ("text", "choice", "previous"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, col: Column) -> str:
        if self.is_total_row(row):
            return self._total_text(col)
        if col.type == "previous":
            past = self.history.get(self.table.rows[row].key, ())
            return "\n".join(f"{p.period_label}: {p.text}" for p in past[:3])
        return cell_text(self.table, row, col, self._labels)

    def _total_text(self, col: Column) -> str:
        if col.key == "name":
            return self.table.total_row
        return format_value(total_value(self.table, col), "ratio" if col.type == "ratio" else "count")

    def _background(self, row: int, column: int) -> QBrush | None:
        mark = self.marks.get((row, self.table.columns[column].key))
        if mark:
            return QBrush(ERROR_BACKGROUND if mark[0] == "error" else WARNING_BACKGROUND)
        if not self.is_editable(row, column):
            return QBrush(COMPUTED)
        return None

    def _tooltip(self, row: int, col: Column) -> str | None:
        mark = self.marks.get((row, col.key))
        parts = [mark[1]] if mark else []
        if 0 <= row < len(self.table.rows):
            explanation = self.table.rows[row].explanations.get(col.key)
            if explanation:
                parts.append(self.tr("Giải trình: ") + explanation)
        return "\n".join(parts) or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._writable(index.row(), index.column()):
            return False
        try:
            changed = set_cell(self.table, index.row(), self.column(index.column()).key, str(value or ""))
        except BaocaoError as error:
            self._refuse(index.row(), index.column(), error.text(self.lang))
            return False
        if changed:
            self._changed()
        return True

    def _refuse(self, row: int, column: int, message: str) -> None:
        where = cell_name(self.table, row, self.column(column), self.lang)
        text = self.tr("Chưa nhận {0}: {1}. Ô vẫn giữ giá trị cũ; hãy gõ lại.")
        self.refused.emit(text.format(where, message.rstrip(".")))

    def _changed(self) -> None:
        """Computed cells (totals, ratios, STT) may change anywhere: repaint the whole table."""
        self._labels = row_labels(self.table)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.edited.emit()

    # ---- whole rows and blocks ----

    def paste(self, top: int, left: int, block: list[list[str]]) -> None:
        if self.read_only:
            return
        rows_before = len(self.table.rows)
        columns = self.table.columns[left:]
        self.beginResetModel()
        changed, problems = paste_block(self.table, top, columns, block)
        self._labels = row_labels(self.table)
        self.endResetModel()
        if changed or len(self.table.rows) != rows_before:
            self.edited.emit()
        if problems:  # after edited, which clears an earlier refusal
            first = problems[0]
            where = cell_name(self.table, first.row, self.table.column(first.column), self.lang)
            self.refused.emit(self.tr("%n ô không dán được, các ô đó giữ giá trị cũ. Ô đầu tiên, {0}: {1}.", "",
                                      len(problems)).format(where, first.error.text(self.lang).rstrip(".")))

    def _rows_fixed(self) -> bool:
        if self.table.can_add_rows:
            return False
        self.refused.emit(BaocaoError("table.fixed_rows", table=self.table.title or self.table.id).text(self.lang))
        return True

    def insert_row(self, at: int, group: bool = False) -> None:
        if self.read_only or self._rows_fixed():
            return
        self.beginInsertRows(QModelIndex(), at, at)
        add_row(self.table, at, group=group)
        self.endInsertRows()
        self._changed()

    def delete_row(self, row: int) -> None:
        if self.read_only or not 0 <= row < len(self.table.rows) or self._rows_fixed():
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        remove_row(self.table, row)
        self.endRemoveRows()
        self._changed()

    def set_history(self, history: Mapping[str, Sequence[PastValue]]) -> None:
        self.history = history
        self._changed_view()

    def set_marks(self, marks: dict[tuple[int, str], tuple[str, str]]) -> None:
        if marks != self.marks:
            self.marks = marks
            self._changed_view()

    def _changed_view(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
