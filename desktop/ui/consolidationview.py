"""«Tổng hợp báo cáo…»: the reports received of a kind and period added up (a core job run by a Worker),
shown table by table with each unit's figures under the row selected; then exported to Excel, previewed
as the consolidated report's PDF, or stored as that report, to finish and send up (#12)."""

import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.cells import format_value
from desktop.core.document import UnitRef
from desktop.core.errors import BaocaoError
from desktop.core.exchange.citywork import Consolidated, consolidate_received
from desktop.core.exchange.consolidate import NOT_FILLED, STATUS_KEYS, RowFigures, TableFigures, UnitFigures
from desktop.core.filenames import pdf_name, report_kind
from desktop.core.store import received
from desktop.core.workspace import Workspace
from desktop.ui.paths import documents_dir
from desktop.ui.worker import Worker

PREFERRED_SIZE = QSize(1300, 760)
SCREEN_MARGIN = 48  # room for the title bar and frame (as importdialog.py)
MISSING_NAMED = 10  # the units without figures named under a row; all of them in its tooltip
# Vietnamese dictionary order: the letters (a ă â … d đ …), then the tones (none, huyền, hỏi, ngã, sắc, nặng).
LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONES = "\u0300\u0309\u0303\u0301\u0323"


def vietnamese_key(unit: UnitRef) -> tuple[list[int], list[int], str]:
    """Sorts units by proper name in Vietnamese order («Ân Hảo» before «Ba Tơ», «Đức Phổ» after «Dũng»)."""
    name = unit.name.casefold().removeprefix(unit.kind.casefold() + " ")
    letters, tones = [], []
    for char in unicodedata.normalize("NFC", name):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) or " "
        index = LETTERS.find(base[0])
        letters.append(1000 + index if index >= 0 else ord(base[0]))
        tones.append(next((TONES.index(c) + 1 for c in parts if c in TONES), 0))
    return letters, tones, unit.name


def period_choices(workspace: Workspace, template_id: str) -> list[tuple[periods.Period, int]]:
    """(period, reports received) of a kind: the periods received first, the latest first, then the
    periods a unit would report on now."""
    level = workspace.scope().receives
    counts: dict[periods.Period, int] = {}
    for kind, period in received.received_kinds(workspace.store):
        if kind == template_id:
            held = [r for r in received.current(workspace.store, kind, period) if r.level == level]
            if held:
                counts[periods.parse_period(period)] = len(held)
    found = sorted(counts, key=periods.sort_key, reverse=True)
    template = workspace.catalogue.get(template_id)
    found += [p for p in periods.choices(template.periods, workspace.today()) if p not in counts]
    return [(p, counts.get(p, 0)) for p in found]


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
        units = sorted(row.units, key=lambda u: vietnamese_key(u.unit)) if row else []
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
        names = [u.name for u in sorted(row.missing, key=vietnamese_key)]
        self.drill_label.setToolTip(", ".join(names))
        if names:
            shown = names[:MISSING_NAMED] + (["…"] if len(names) > MISSING_NAMED else [])
            text += " " + self.tr("Chưa có số liệu ({0}): {1}.").format(len(names), ", ".join(shown))
        return text

    def drill_units(self) -> list[str]:
        """The units listed under the row selected, in the order shown."""
        return [_text(self.drill.item(r, 0)) for r in range(self.drill.rowCount())]


class ConsolidationView(QDialog):
    """The kind and period chosen above, «Tổng hợp»; the figures in tabs; export, preview and creation below.

    Signals:
        job_done(): a consolidation ended, whether it finished, was cancelled or failed.
        created(int): the consolidated report was stored (its id).
    """

    job_done = Signal()
    created = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.current: Consolidated | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Tổng hợp báo cáo"))
        self._fit_screen()
        self.kind = QComboBox()
        for template in workspace.catalogue:
            self.kind.addItem(template.name, template.id)
        self.period = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._layout()
        self._choose_latest_kind()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._clear)
        self._kind_changed()

    # ---- building ----

    def _fit_screen(self) -> None:
        """PREFERRED_SIZE where the screen has room, else the screen's free area less a margin (1366×768)."""
        screen = (self.parentWidget() or self).screen()
        self.resize(PREFERRED_SIZE.boundedTo(screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)))

    @staticmethod
    def _row(*widgets: QWidget | None, stretches: tuple[int, ...] = ()) -> QHBoxLayout:
        """Widgets in a row; None is the stretch."""
        row = QHBoxLayout()
        for index, widget in enumerate(widgets):
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget, stretches[index] if index < len(stretches) else 0)
        return row

    def _layout(self) -> None:
        self.run_button = QPushButton(self.tr("Tổng hợp"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.preview_button = QPushButton(self.tr("Xem trước PDF…"))
        self.create_button = QPushButton(self.tr("Tạo báo cáo tổng hợp"))
        close = QPushButton(self.tr("Đóng"))
        self.export_button.clicked.connect(self.choose_export)
        self.preview_button.clicked.connect(self.preview)
        self.create_button.clicked.connect(self.create_report)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._row(QLabel(self.tr("Loại báo cáo:")), self.kind, QLabel(self.tr("Kỳ:")), self.period,
                                   self.run_button, stretches=(0, 3, 0, 2, 0)))
        layout.addLayout(self._row(self.progress_label, self.progress, self.cancel_button, stretches=(0, 1, 0)))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._row(self.export_button, self.preview_button, self.create_button, None, close))

    # ---- choosing ----

    def _choose_latest_kind(self) -> None:
        """Open on the kind of the latest period received, if any."""
        kinds = received.received_kinds(self.workspace.store)
        latest = max(kinds, key=lambda k: periods.sort_key(periods.parse_period(k[1])), default=None)
        self.kind.setCurrentIndex(max(self.kind.findData(latest[0]) if latest else 0, 0))

    def template_id(self) -> str:
        return str(self.kind.currentData())

    def period_text(self) -> str:
        return str(self.period.currentData())

    def _kind_changed(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        for period, count in period_choices(self.workspace, self.template_id()):
            text = periods.label(period, self.lang)
            if count:
                text = self.tr("{0} — đã nhận {1} báo cáo").format(text, count)
            self.period.addItem(text, str(period))
        self.period.blockSignals(False)
        self._clear()

    def _clear(self) -> None:
        """A kind or period chosen: the figures shown were of another."""
        self.current = None
        self.tabs.clear()
        self.summary.setText(self.tr("Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo "
                                     "đã nhận."))
        self._update()

    # ---- running ----

    def busy(self) -> bool:
        return self.worker is not None

    def run(self) -> None:
        """Add up the reports received of the kind and period chosen (nothing is stored)."""
        if self.busy():
            return
        self._clear()
        job = consolidate_received(self.workspace.store, self.workspace.catalogue, self.workspace.scope(),
                                   self.template_id(), self.period_text(), self.workspace.today())
        # Methods of this dialog, not lambdas: progress comes from the job's thread and is queued to this one.
        self.worker = Worker(job, self.lang, self)
        self.worker.progress.connect(self._step)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._update()
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Đang đọc báo cáo của {0}…").format(name) if name
                                    else self.tr("Đang cộng số liệu…"))

    def _ended(self, summary: str) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.summary.setText(summary)
        self._update()
        self.job_done.emit()

    def _finished(self, result: Consolidated) -> None:
        self.current = result
        self._show(result)
        self._ended(self._summary(result))

    def _cancelled(self) -> None:
        self._ended(self.tr("Đã dừng tổng hợp."))

    def _failed(self, message: str) -> None:
        self._ended(self.tr("Không tổng hợp được: {0}").format(message))

    def _update(self) -> None:
        busy, ready = self.busy(), self.current is not None and bool(self.current.consolidation.units)
        shown: tuple[QWidget, ...] = (self.progress_label, self.progress, self.cancel_button)
        for widget in shown:
            widget.setVisible(busy)
        for widget in (self.kind, self.period, self.run_button):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(ready)
        self.preview_button.setEnabled(ready)
        self.create_button.setEnabled(ready and not self.workspace.store.read_only)

    # ---- showing ----

    def _show(self, result: Consolidated) -> None:
        for table in result.consolidation.tables:
            if table.rows:
                page = TablePage(table, self.lang)
                self.tabs.addTab(page, table.title or table.id)
                self.tabs.setTabToolTip(self.tabs.count() - 1, table.title or table.id)
        problems = result.consolidation.problems
        if problems:
            listed = QListWidget()
            listed.setWordWrap(True)
            listed.addItems([p.text(self.lang) for p in problems])
            self.tabs.addTab(listed, self.tr("Số liệu chưa cộng được ({0})").format(len(problems)))

    def _summary(self, result: Consolidated) -> str:
        units = len(result.consolidation.units)
        if not units:
            return self.tr("Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.")
        text = self.tr("Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; "
                       "«Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.").format(units)
        problems = len(result.consolidation.problems)
        if problems:
            text += " " + self.tr("{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»)."
                                  ).format(problems)
        return text

    def page(self, index: int) -> TablePage:
        """The tab of a consolidated table."""
        widget = self.tabs.widget(index)
        assert isinstance(widget, TablePage)
        return widget

    # ---- export, preview, creation ----

    def report_name(self) -> str:
        return self.workspace.catalogue.get(self.template_id()).name  # the workbook is in Vietnamese

    def choose_export(self) -> None:
        name = f"tong-hop_{report_kind(self.template_id())}_{self.period_text()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Excel"), str(documents_dir() / name),
                                                self.tr("Tệp Excel (*.xlsx)"))
        if chosen:
            target = Path(chosen)
            self.export_to(target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx"))

    def export_to(self, path: Path) -> bool:
        """Write the consolidated workbook: the figures, each unit's, the values not counted, the report."""
        from desktop.core.exchange.consolidated_output import write_consolidated

        if self.current is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_consolidated(self.current, self.report_name(), self.period_text(), path)
        except BaocaoError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không ghi được tệp"), error.text(self.lang))
            return False
        QApplication.restoreOverrideCursor()
        self.summary.setText(self._summary(self.current) + " " + self.tr("Đã xuất ra {0}").format(path))
        return True

    def preview(self) -> None:
        """The drafted consolidated report as its PDF, in the preview (save, print)."""
        from desktop.core.pdf.render import render_pdf
        from desktop.ui.preview import PreviewDialog

        if self.current is None:
            return
        report = self.current.report
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = Path(tempfile.mkdtemp(prefix="baocao-")) / pdf_name(report)
            render_pdf(report, path)
        except (BaocaoError, OSError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không tạo được PDF"), str(error))
            return
        QApplication.restoreOverrideCursor()
        dialog = PreviewDialog(path, pdf_name(report), self)
        dialog.exec()
        dialog.deleteLater()

    def create_report(self) -> None:
        """Store the drafted consolidated report and close; the main window opens it (`created`)."""
        if self.current is None or self.workspace.store.read_only:
            return
        try:
            report_id = self.workspace.store.add_report(self.current.report)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Chưa tạo được báo cáo"), error.text(self.lang))
            return
        self.created.emit(report_id)
        self.accept()

    # ---- closing ----

    def done(self, result: int) -> None:
        """Closing (Đóng, Esc, the window's ×) stops a consolidation and waits for its thread."""
        if self.worker is not None:
            self.worker.stop()
        super().done(result)
