"""The consolidated figures of «Tổng hợp báo cáo» (#12): a tab per table, each row's figures added up above
and every unit's figures of the row selected below, then a tab of the values that could not be added up."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cells import format_value
from desktop.core.exchange.consolidate import (
    NOT_FILLED,
    STATUS_KEYS,
    Consolidation,
    RowFigures,
    TableFigures,
    UnitFigures,
)
from desktop.core.units import name_key

MISSING_NAMED = 10  # the units without figures named under a row; all of them in its tooltip


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def two_lines(header: str, longest: int = 12) -> str:
    """A long header on two lines, cut at the space nearest its middle, so that figures stay narrow."""
    spaces = [i for i, c in enumerate(header) if c == " "]
    if len(header) <= longest or not spaces:
        return header
    cut = min(spaces, key=lambda i: abs(i - len(header) / 2))
    return header[:cut] + "\n" + header[cut + 1:]


def value_kind(table: TableFigures, row: RowFigures, key: str) -> str | None:
    """How a figure is written: a percentage typed as such (99,77%), else a number (33.099; 407,28)."""
    if table.kind == "indicators":
        return "percent" if row.kind == "percent" and key == "value" else None
    return next((c.type for c in table.columns if c.key == key), None)


def _table_widget(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class FiguresTabs(QTabWidget):
    """The pages of a consolidation: a TablePage per table with rows, then the values not counted, if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def clear(self) -> None:
        """Remove the pages and free them: the screen stays open for many consolidations."""
        pages = [self.widget(i) for i in range(self.count())]
        super().clear()
        for page in pages:
            if page is not None:
                page.deleteLater()

    def show_consolidation(self, consolidation: Consolidation, lang: str = "vi") -> None:
        for table in consolidation.tables:
            if table.rows:
                self.addTab(TablePage(table, lang), table.title or table.id)
                self.setTabToolTip(self.count() - 1, table.title or table.id)
        if consolidation.problems:
            listed = QListWidget()
            listed.setWordWrap(True)
            listed.addItems([p.text(lang) for p in consolidation.problems])
            self.addTab(listed, self.tr("Số liệu chưa cộng được ({0})").format(len(consolidation.problems)))

    def focus_chain(self) -> list[QWidget]:
        """The tab bar, then each page's tables, in the order seen (for Tab)."""
        found: list[QWidget] = [self.tabBar()]
        for index in range(self.count()):
            page = self.widget(index)
            if isinstance(page, TablePage):
                found += [page.figures, page.drill]
            elif page is not None:
                found.append(page)
        return found

    def page(self, index: int) -> "TablePage":
        """The tab of a consolidated table."""
        widget = self.widget(index)
        assert isinstance(widget, TablePage)
        return widget


class TablePage(QSplitter):
    """One consolidated table: a row per indicator (grid row, task) above; the units' figures of the row
    selected below."""

    def __init__(self, table: TableFigures, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.table, self.lang = table, lang
        self.statuses = {"chưa triển khai": self.tr("Chưa triển khai"),
                         "đang thực hiện trong hạn": self.tr("Đang thực hiện trong hạn"),
                         "đang thực hiện quá hạn": self.tr("Đang thực hiện quá hạn"),
                         "hoàn thành đúng hạn": self.tr("Hoàn thành đúng hạn"),
                         "hoàn thành quá hạn": self.tr("Hoàn thành quá hạn"), NOT_FILLED: self.tr("Chưa điền")}
        self.figures = self._figures()
        self.figures.itemSelectionChanged.connect(self._show_selected)
        self.drill_label = QLabel()
        self.drill_label.setWordWrap(True)
        self.drill = _table_widget(0)
        self.drill.setAccessibleName(self.tr("Số liệu của từng đơn vị ở dòng đã chọn"))
        below = QWidget()
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.drill_label)
        layout.addWidget(self.drill, 1)
        self.addWidget(self.figures)
        self.addWidget(below)
        self.setSizes([330, 200])
        self._show_selected()

    # ---- the consolidated figures ----

    def _headers(self) -> list[str]:
        if self.table.kind == "tasks":
            found = [self.statuses[s] for s in STATUS_KEYS]
        else:
            found = [c.title for c in self.table.columns]
        if self.table.kind == "indicators":
            found = [self.tr("Cách tổng hợp"), *found, self.tr("Tỷ lệ")]
        found = [*found, self.tr("Đơn vị có số liệu"), self.tr("Chưa có")]
        return [self.tr("STT"), self.tr("Nội dung"), *(two_lines(h) for h in found)]

    def _figures(self) -> QTableWidget:
        headers = self._headers()
        figures = _table_widget(len(headers))
        figures.setAccessibleName(self.tr("Số liệu tổng hợp: {0}").format(self.table.title or self.table.id))
        figures.setHorizontalHeaderLabels(headers)
        figures.setRowCount(len(self.table.rows))
        for index, row in enumerate(self.table.rows):
            for column, item in enumerate(self._row(index, row)):
                figures.setItem(index, column, item)
        header = figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return figures

    def aggregate_name(self, aggregate: str) -> str:
        return {"sum": self.tr("Cộng"), "ratio_of_sums": self.tr("Tỷ lệ của tổng"), "none": self.tr("Không cộng"),
                "count": self.tr("Đếm")}.get(aggregate, aggregate)

    def _row(self, index: int, row: RowFigures) -> list[QTableWidgetItem]:
        if self.table.kind == "tasks":
            found = [format_value(row.statuses.get(s, 0), None) for s in STATUS_KEYS]
        else:
            found = [format_value(row.totals.get(c.key), value_kind(self.table, row, c.key))
                     for c in self.table.columns]
        items = [_item(str(index + 1), True), _item(row.name), *(_item(t, True) for t in found)]
        if self.table.kind == "indicators":
            items[2:2] = [_item(self.aggregate_name(row.aggregate))]
            items.append(_item(format_value(row.ratio, "ratio"), True))
        return [*items, _item(str(len(row.reported)), True), _item(str(len(row.missing)), True)]

    def figure(self, index: int, header: str) -> str:
        """The text of a row's cell under a header (tests, screenshots)."""
        headers = [_text(self.figures.horizontalHeaderItem(c)).replace("\n", " ")
                   for c in range(self.figures.columnCount())]
        return _text(self.figures.item(index, headers.index(header)))

    # ---- the drill-down ----

    def selected(self) -> RowFigures | None:
        rows = self.figures.selectionModel().selectedRows()
        return self.table.rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.drill_label.setText(self._drill_text(row))
        last = {"tasks": [self.tr("Tình trạng")], "indicators": [self.tr("Tỷ lệ")]}.get(self.table.kind, [])
        headers = [self.tr("Đơn vị"), *(two_lines(c.title) for c in self.table.columns), *last]
        self.drill.setColumnCount(len(headers))
        self.drill.setHorizontalHeaderLabels(headers)
        units = sorted(row.units, key=lambda u: name_key(u.unit.name)) if row else []
        self.drill.setRowCount(len(units))
        for index, unit in enumerate(units):
            assert row is not None
            items = [_item(unit.unit.name), *(_item(t, True) for t in self._unit_figures(row, unit))]
            for column, item in enumerate(items):
                self.drill.setItem(index, column, item)
        header = self.drill.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _unit_figures(self, row: RowFigures, unit: UnitFigures) -> list[str]:
        """A unit's figures in a row; then its ratio (an indicator) or its status (a task)."""
        found = [format_value(unit.values.get(c.key), value_kind(self.table, row, c.key)) for c in self.table.columns]
        if self.table.kind == "tasks":
            found.append(self.statuses.get(unit.status or NOT_FILLED, unit.status))
        elif self.table.kind == "indicators":
            found.append(format_value(unit.ratio, "ratio"))
        return found

    def _drill_text(self, row: RowFigures | None) -> str:
        if row is None:
            return self.tr("Chọn một dòng để xem số liệu của từng đơn vị.")
        text = self.tr("«{0}»: {1} đơn vị có số liệu.").format(row.name, len(row.reported))
        names = [u.name for u in sorted(row.missing, key=lambda u: name_key(u.name))]
        self.drill_label.setToolTip(", ".join(names))
        if names:
            shown = names[:MISSING_NAMED] + (["…"] if len(names) > MISSING_NAMED else [])
            text += " " + self.tr("Chưa có số liệu ({0}): {1}.").format(len(names), ", ".join(shown))
        return text

    def drill_units(self) -> list[str]:
        """The units listed under the row selected, in the order shown."""
        return [_text(self.drill.item(r, 0)) for r in range(self.drill.rowCount())]
