"""The dashboard's lists (ui/dashboard.py): the table of indicators with their verdicts in words and in
colour, and the deadlines coming up, the overdue ones in red. No QtCharts here."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.core.dashboard import Dashboard, IndicatorStatus
from desktop.core.targets import MET, NOT_MET

VERDICT_COLOURS = {MET: ("#d1e7dd", "#0f5132"), NOT_MET: ("#f8d7da", "#842029")}
OVERDUE_COLOUR = "#842029"
NAME = 0  # then the figure, the period, one column per headline year, the verdict
# Column widths: the name takes the rest; a long text («Phân bổ ngân sách …») wraps, whole in the tooltip.
FIGURE_WIDTH, PERIOD_WIDTH, TARGET_WIDTH, VERDICT_WIDTH = 115, 155, 88, 125


class IndicatorTable(QTableWidget):
    """One row per indicator: its name, latest figure and period, its targets, and the verdict."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setAccessibleName(self.tr("Bảng chỉ tiêu: kết quả mới nhất, mục tiêu và đánh giá"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)

    def fill(self, board: Dashboard, lang: str) -> None:
        years = board.headline_years()
        headers = [self.tr("Chỉ tiêu"), self.tr("Kết quả mới nhất"), self.tr("Kỳ"),
                   *(self.tr("Mục tiêu {0}").format(y) for y in years), self.tr("Đánh giá")]
        self.blockSignals(True)
        self.clearContents()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(board.indicators))
        for row, item in enumerate(board.indicators):
            self._fill_row(row, item, years, lang)
        self.blockSignals(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        widths = [FIGURE_WIDTH, PERIOD_WIDTH, *(TARGET_WIDTH for _ in years), VERDICT_WIDTH]
        for column, width in enumerate(widths, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.resizeRowsToContents()

    def _fill_row(self, row: int, item: IndicatorStatus, years: list[int], lang: str) -> None:
        current = item.current()
        verdict = self.tr("{0} ({1})").format(current.verdict_text(lang), current.target.year) if current else "—"
        texts = [item.name, item.figure, item.latest.period_text(lang) if item.latest else "",
                 *((a.target.text if (a := item.target(y)) else "—") for y in years), verdict]
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if column != NAME:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, cell)
        if current and current.verdict in VERDICT_COLOURS:
            background, foreground = VERDICT_COLOURS[current.verdict]  # on the last cell: the verdict
            cell.setBackground(QBrush(QColor(background)))
            cell.setForeground(QBrush(QColor(foreground)))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})


class DeadlineList(QListWidget):
    """Each deadline on two lines: «… — hạn 05/01/2026 (còn 12 ngày)», then what it is."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Các hạn sắp tới"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)

    def fill(self, board: Dashboard, lang: str) -> None:
        self.clear()
        if not board.deadlines:
            self.addItem(self.tr("Không có hạn nào sắp tới."))
        for deadline in board.deadlines:
            item = QListWidgetItem(f"{deadline.text(lang)}\n{deadline.detail.text(lang)}")
            item.setToolTip(item.text())
            if deadline.overdue:
                item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
            self.addItem(item)
