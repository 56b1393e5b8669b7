"""«Tình hình nộp báo cáo…»: for a kind and period, which units have reported (which version, when),
which are late and which are missing; the matrix as a workbook, the reminder as text to paste."""

import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
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
from desktop.core.store.received import received_kinds
from desktop.core.units import name_key
from desktop.core.workspace import Workspace
from desktop.ui.paths import documents_dir
from desktop.ui.versionsdialog import local_time

COLOURS = {RECEIVED: ("#d1e7dd", "#0f5132"), LATE: ("#fff3cd", "#664d03"), MISSING: ("#f8d7da", "#842029")}
NAME, CODE, STATE, REVISION, EXPORTED, IMPORTED = range(6)


def period_choices(workspace: Workspace, template_id: str) -> list[periods.Period]:
    """The periods received of a kind and those a unit would report on now, the latest first."""
    template = workspace.catalogue.get(template_id)
    found = set(periods.choices(template.periods, workspace.today()))
    found |= {periods.parse_period(p) for t, p in received_kinds(workspace.store) if t == template_id}
    return sorted(found, key=periods.sort_key, reverse=True)


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


class CompletenessView(QDialog):
    """The kind, the period and the deadline chosen above; the units below; counts, export and reminder."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.scope = workspace.scope()
        self.current: Completeness | None = None
        self.setWindowTitle(self.tr("Tình hình nộp báo cáo"))
        self.resize(1040, 640)
        self.kind = QComboBox()
        for template in workspace.catalogue:
            self.kind.addItem(template.name, template.id)
        self.period = QComboBox()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.counts = QLabel()
        self.table = self._table()
        self._layout()
        self._choose_latest_kind()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.due.dateChanged.connect(self._deadline_changed)
        self._kind_changed()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Mã"), self.tr("Tình trạng"), self.tr("Bản"),
                                         self.tr("Xuất tệp lúc"), self.tr("Nhận lúc")])
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
        choices = QHBoxLayout()
        for text, widget, stretch in ((self.tr("Loại báo cáo:"), self.kind, 3), (self.tr("Kỳ:"), self.period, 1),
                                      (self.tr("Hạn nộp:"), self.due, 0)):
            choices.addWidget(QLabel(text))
            choices.addWidget(widget, stretch)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.copy_button = QPushButton(self.tr("Chép danh sách chưa nộp"))
        close = QPushButton(self.tr("Đóng"))
        self.export_button.clicked.connect(self.choose_export)
        self.copy_button.clicked.connect(self.copy_reminder)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # ---- choosing ----

    def _choose_latest_kind(self) -> None:
        """Open on the kind of the latest period received, if any."""
        kinds = received_kinds(self.workspace.store)
        index = self.kind.findData(kinds[0][0]) if kinds else -1
        self.kind.setCurrentIndex(max(index, 0))

    def template_id(self) -> str:
        return str(self.kind.currentData())

    def period_text(self) -> str:
        return str(self.period.currentData())

    def _kind_changed(self) -> None:
        received = {p for t, p in received_kinds(self.workspace.store) if t == self.template_id()}
        self.period.blockSignals(True)
        self.period.clear()
        for period in period_choices(self.workspace, self.template_id()):
            self.period.addItem(periods.label(period, self.lang), str(period))
        latest = next((i for i in range(self.period.count()) if self.period.itemData(i) in received), 0)
        self.period.setCurrentIndex(latest)
        self.period.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        day = deadline(self.workspace.store, self.template_id(), self.period_text())
        self.due.blockSignals(True)
        self.due.setDate(QDate(day.year, day.month, day.day))
        self.due.blockSignals(False)
        self.refresh()

    def _deadline_changed(self, date: QDate) -> None:
        day = datetime.date(date.year(), date.month(), date.day())
        if self.workspace.store.read_only:
            self.refresh(day)  # shown, not kept: another window writes this database
            return
        set_deadline(self.workspace.store, self.template_id(), self.period_text(), day)
        self.refresh()

    # ---- showing ----

    def refresh(self, due: datetime.date | None = None) -> None:
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
        return self.kind.currentText()

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
