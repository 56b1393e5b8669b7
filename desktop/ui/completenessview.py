"""«Tình hình nộp báo cáo», a screen of the city's window: for a kind and period, which units have reported
(which version, when), which are late and which are missing; the matrix as a workbook, the reminder as text
to paste."""

import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import BaocaoError
from desktop.core.exchange.completeness import (
    LATE,
    MISSING,
    RECEIVED,
    STATE_NAMES,
    Completeness,
    UnitState,
    completeness,
    deadline,
    reminder,
    set_deadline,
)
from desktop.core.exchange.workbooks import completeness_workbook, save_workbook
from desktop.core.filenames import report_kind
from desktop.core.units import name_key
from desktop.core.workspace import Workspace
from desktop.ui.citypage import CityPage, PageHeader, buddy, in_row
from desktop.ui.kindperiod import KindPeriod
from desktop.ui.paths import documents_dir
from desktop.ui.versionsdialog import local_time

COLOURS = {RECEIVED: ("#d1e7dd", "#0f5132"), LATE: ("#fff3cd", "#664d03"), MISSING: ("#f8d7da", "#842029")}
NAME, CODE, STATE, REVISION, EXPORTED, IMPORTED = range(6)


class SortedItem(QTableWidgetItem):
    """A cell that a click on its header sorts by a key of its own, not by its characters' codes: unit names
    in Vietnamese order (units.name_key), codes and revisions as numbers, times as times."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortedItem):
            return bool(self.key < other.key)  # type: ignore[operator]  # a column's keys are of one type
        return super().__lt__(other)


def _item(text: str, centred: bool = False, key: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text) if key is None else SortedItem(text, key)
    item.setToolTip(text)
    if centred:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _time_key(stamp: str | None) -> float:
    return datetime.datetime.fromisoformat(stamp).timestamp() if stamp else 0.0


class CompletenessPage(CityPage):
    """«Tình hình nộp báo cáo», a screen of the city's window: the kind, the period and the deadline chosen
    above; the units below; counts, export and reminder at the bottom."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self.tr("Tình hình nộp báo cáo"))
        self.workspace, self.lang = workspace, workspace.language()
        self.scope = workspace.scope()
        self.current: Completeness | None = None
        self.choice = KindPeriod(workspace)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.counts = QLabel()
        self.table = self._table()
        self._layout()
        self.choice.changed.connect(self._period_changed)
        self.due.dateChanged.connect(self._deadline_changed)
        self.refresh()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Mã"), self.tr("Tình trạng"), self.tr("Bản"),
                                         self.tr("Xuất tệp lúc"), self.tr("Nhận lúc")])
        table.setAccessibleName(self.tr("Tình hình nộp báo cáo của từng đơn vị"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # 96 communes: compact rows
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the official order until a header is clicked
        return table

    def _layout(self) -> None:
        choices = in_row(self.choice, buddy(self.tr("&Hạn nộp:"), self.due), self.due, stretches=(1, 0, 0))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.copy_button = QPushButton(self.tr("Chép danh sách chưa nộp"))
        self.export_button.clicked.connect(self.choose_export)
        self.copy_button.clicked.connect(self.copy_reminder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(choices)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(in_row(None, self.export_button, self.copy_button))

    # ---- choosing ----

    def refresh(self) -> None:
        """Read the store again: the kinds and periods received, the deadline, who has reported. The kind and
        period the clerk chose stay; until then the latest period received is shown."""
        self.scope = self.workspace.scope()
        self.header.show_scope(self.scope)
        self.choice.refresh()
        self._period_changed()

    def template_id(self) -> str:
        return self.choice.template_id()

    def period_text(self) -> str:
        return self.choice.period_text()

    def _period_changed(self) -> None:
        day = deadline(self.workspace.store, self.template_id(), self.period_text())
        self.due.blockSignals(True)
        self.due.setDate(QDate(day.year, day.month, day.day))
        self.due.blockSignals(False)
        self.show_units()

    def _deadline_changed(self, date: QDate) -> None:
        day = datetime.date(date.year(), date.month(), date.day())
        if self.workspace.store.read_only:
            self.show_units(day)  # shown, not kept: another window writes this database
            return
        set_deadline(self.workspace.store, self.template_id(), self.period_text(), day)
        self.show_units()

    # ---- showing ----

    def show_units(self, due: datetime.date | None = None) -> None:
        self.current = completeness(self.workspace.store, self.scope, self.template_id(), self.period_text(), due)
        self.table.setSortingEnabled(False)  # rows stay where they are put while filling
        self.table.setRowCount(len(self.current.units))
        for row, state in enumerate(self.current.units):
            for column, item in enumerate(self._row(state)):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)  # a click on «Tình trạng» groups the units by state
        self.counts.setText(self._counts(self.current))
        self.copy_button.setEnabled(bool(self.current.missing()))

    def _row(self, state: UnitState) -> list[QTableWidgetItem]:
        shown = _item(self.state_name(state.state), centred=True)
        background, text = COLOURS[state.state]
        shown.setBackground(QBrush(QColor(background)))
        shown.setForeground(QBrush(QColor(text)))
        return [_item(state.unit.name, key=name_key(state.unit.name)),
                _item(str(state.unit.code), True, state.unit.code), shown,
                _item(f"{state.revision}" if state.revision else "", True, state.revision or 0),
                _item(local_time(state.exported_at), key=_time_key(state.exported_at)),
                _item(local_time(state.imported_at), key=_time_key(state.imported_at))]

    def state_name(self, state: str) -> str:
        return STATE_NAMES[state][1 if self.lang == "en" else 0]

    def _counts(self, result: Completeness) -> str:
        return self.tr("{0} đơn vị: {1} đã nhận, {2} nộp muộn, {3} chưa nộp.").format(
            len(result.units), result.count(RECEIVED), result.count(LATE), result.count(MISSING))

    def state_of(self, code: int) -> str:
        """The state shown for a unit (by its code)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, CODE)
            if item is not None and item.text() == str(code):
                state = self.table.item(row, STATE)
                return state.text() if state else ""
        return ""

    # ---- export and reminder ----

    def report_name(self) -> str:
        return self.choice.kind_name()

    def choose_export(self) -> None:
        name = f"tinh-hinh-nop_{report_kind(self.template_id())}_{self.period_text()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Excel"), str(documents_dir() / name),
                                                self.tr("Tệp Excel (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> bool:
        if self.current is None:
            return False
        try:
            save_workbook(completeness_workbook(self.current, self.report_name()), path)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không ghi được tệp"), error.text(self.lang))
            return False
        self.counts.setText(self._counts(self.current) + " " + self.tr("Đã xuất ra {0}").format(path))
        return True

    def copy_reminder(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(reminder(self.current, self.report_name(), self.lang))
            self.counts.setText(self._counts(self.current) + " " +
                                self.tr("Đã chép danh sách {0} đơn vị chưa nộp; dán vào tin nhắn hay công văn "
                                        "nhắc nộp.").format(len(self.current.missing())))
