"""«Tổng quan»: the unit's dashboard (core/dashboard.py) on one page: the percentage indicators' latest
figures against their targets (a chart of the rows chosen in the table, or of those judged), the table of
indicators with «Đạt» / «Chưa đạt», the tasks by status, and the deadlines coming up. QtCharts is imported
here only; the window loads this module when the page is first shown, never at start-up."""

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dashboard import Dashboard, IndicatorStatus, TaskSummary, short_name, status_text, unit_dashboard
from desktop.core.errors import BaocaoError
from desktop.core.vnformat import format_number, short_date
from desktop.core.workspace import Workspace
from desktop.ui.dashboardlists import DeadlineList, IndicatorTable
from desktop.ui.paths import documents_dir

VALUE_COLOUR, TARGET_COLOURS = "#1f5f99", ("#e39b2d", "#9aa5b1", "#c7ced6")
TASK_COLOUR, LABEL_COLOUR = "#2f7fc1", "#212529"
CHART_HEIGHT = 250
WIDE_WIDTH = 1200  # from this width the table and the deadlines sit side by side
WIDE_HEIGHT, NARROW_HEIGHT = 600, 1000


def _vietnamese_chart() -> QChart:
    """A chart whose numbers read the Vietnamese way (99,83) and that wastes no margin."""
    chart = QChart()
    chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _bar_set(name: str, colour: str, values: list[float]) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    bars.setLabelColor(QColor(LABEL_COLOUR))
    bars.append(values)
    return bars


def _series(sets: list[QBarSet], label_format: str) -> QHorizontalBarSeries:
    """Bars with their figures at their ends. Qt draws the first category and the first set at the bottom:
    the callers give both in reverse, so the first indicator is on top and its figure above its targets."""
    series = QHorizontalBarSeries()
    for bars in sets:
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(label_format)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    return series


def _attach(chart: QChart, series: QHorizontalBarSeries, names: list[str], top: float, step: int) -> None:
    """The series with its categories on the left and its values below, from 0 to `top` by `step`."""
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(names)
    values = QValueAxis()
    top = max(step, -(-top // step) * step)  # up to a whole step
    values.setRange(0, top)
    values.setTickCount(int(top // step) + 1)
    values.setLabelFormat("%.0f")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)


class _ChartBox(QStackedWidget):
    """A chart, or a sentence saying why there is none: never an empty chart."""

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(accessible)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.view)
        self.addWidget(self.note)

    def show_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.setCurrentWidget(self.view)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.setCurrentWidget(self.note)


class DashboardPage(QWidget):
    """The unit's overview. `refresh()` reads the store again (the window calls it each time the page is
    shown); «Lưu PDF…» writes the same overview as an A4 PDF through the core.

    Signals:
        refreshed(): the page shows the store as it is now.
    """

    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.board: Dashboard | None = None
        self.title = QLabel(self.tr("Tổng quan"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.empty = QLabel(self.tr("Chưa có báo cáo nào của đơn vị. Hãy lập báo cáo mới (Tệp → Báo cáo mới, Ctrl+N) "
                                    "hoặc mở một báo cáo mẫu (Tệp → Mở báo cáo mẫu): tổng quan sẽ hiện ở đây."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.indicator_chart = _ChartBox(self.tr("Biểu đồ: kết quả mới nhất so với mục tiêu của các chỉ tiêu tỷ lệ"))
        self.task_chart = _ChartBox(self.tr("Biểu đồ: số nhiệm vụ theo tình trạng"))
        self.task_counts = QLabel()
        self.task_counts.setWordWrap(True)
        self.table = IndicatorTable()
        self.table.itemSelectionChanged.connect(self._chart_indicators)
        self.deadlines = DeadlineList()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._content())
        self._layout()

    # ---- building ----

    def _group(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _content(self) -> QScrollArea:
        self.boxes = (
            self._group(self.tr("Chỉ tiêu tỷ lệ: kết quả mới nhất so với mục tiêu (%)"), self.indicator_chart),
            self._group(self.tr("Nhiệm vụ theo tình trạng"), self.task_chart, self.task_counts),
            self._group(self.tr("Chỉ tiêu (chọn dòng để xem trên biểu đồ)"), self.table),
            self._group(self.tr("Hạn sắp tới"), self.deadlines),
        )
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self._arrange(wide=True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.inner)
        return scroll

    def _arrange(self, wide: bool) -> None:
        """Wide: the charts above, the table and the deadlines below, side by side. Narrow (the page beside
        the report list): the table and then the deadlines each across the page, the page scrolling."""
        if wide == self.wide:
            return
        self.wide = wide
        charts, tasks, table, deadlines = self.boxes
        self.grid.addWidget(charts, 0, 0)
        self.grid.addWidget(tasks, 0, 1)
        self.grid.addWidget(table, 1, 0, 1, 1 if wide else 2)
        self.grid.addWidget(deadlines, *((1, 1, 1, 1) if wide else (2, 0, 1, 2)))
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setRowStretch(1, 1)
        self.grid.setRowStretch(2, 0 if wide else 1)
        self.inner.setMinimumHeight(WIDE_HEIGHT if wide else NARROW_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= WIDE_WIDTH)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.subtitle)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    # ---- showing ----

    def lang(self) -> str:
        return self.workspace.language()

    def refresh(self) -> None:
        """Compute the dashboard again from the store and show it."""
        self.board = unit_dashboard(self.workspace)
        board = self.board
        self.subtitle.setText(self.tr("{0} — số liệu đến ngày {1}").format(board.unit_name, short_date(board.today)))
        self.save_button.setEnabled(not board.empty)
        self.pages.setCurrentIndex(0 if board.empty else 1)
        if not board.empty:
            self.table.fill(board, self.lang())
            self._chart_indicators()
            self._show_tasks(board.tasks)
            self.deadlines.fill(board, self.lang())
        self.refreshed.emit()

    def chosen(self) -> list[IndicatorStatus]:
        """The indicators the chart shows: the percentage rows selected that have a figure, else those judged."""
        if self.board is None:
            return []
        rows = self.table.selected_rows()
        picked = [self.board.indicators[r] for r in rows if r < len(self.board.indicators)]
        picked = [i for i in picked if i.percent and i.latest]
        return picked or self.board.charted()

    def _chart_indicators(self) -> None:
        items = self.chosen()
        if self.board is None or not items:
            self.indicator_chart.show_note(self.tr("Chưa có chỉ tiêu tỷ lệ nào vừa có kết quả vừa có mục tiêu. "
                                                   "Chọn một dòng có kết quả tính theo % trong bảng để xem."))
            return
        self.indicator_chart.show_chart(self._indicator_chart(items, self.board.headline_years()))

    def _indicator_chart(self, items: list[IndicatorStatus], years: list[int]) -> QChart:
        figures = [round(float(i.latest.value), 2) if i.latest else 0.0 for i in reversed(items)]
        sets = [_bar_set(self.tr("Kết quả"), VALUE_COLOUR, figures)]
        for year, colour in zip(years, TARGET_COLOURS, strict=False):
            values = [float(a.target.threshold) if (a := i.target(year)) and a.target.threshold is not None
                      and a.target.comparable else 0.0 for i in reversed(items)]
            sets.insert(0, _bar_set(self.tr("Mục tiêu {0}").format(year), colour, values))
        chart = _vietnamese_chart()
        top = max(100.0, *(s.at(i) for s in sets for i in range(s.count())))
        _attach(chart, _series(sets, "@value%"), [short_name(i.name, 40) for i in reversed(items)], top * 1.1, 20)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setReverseMarkers(True)  # «Kết quả», then the years in order
        return chart

    def _show_tasks(self, summary: TaskSummary | None) -> None:
        if summary is None:
            self.task_chart.show_note(self.tr("Chưa có báo cáo nào có danh sách nhiệm vụ (ví dụ Phụ lục nhiệm vụ "
                                              "của kế hoạch)."))
            self.task_counts.setText("")
            return
        lang = self.lang()
        counts = summary.counts()
        chart = _vietnamese_chart()
        bars = _bar_set(self.tr("Số nhiệm vụ"), TASK_COLOUR, [float(n) for _, n in reversed(counts)])
        most = max(n for _, n in counts)
        _attach(chart, _series([bars], "@value"), [status_text(s, lang) for s, _ in reversed(counts)],
                most * 1.15, max(1, -(-most // 5)))
        chart.legend().setVisible(False)
        self.task_chart.show_chart(chart)
        given = "; ".join(f"{status_text(s, lang)}: {format_number(n)}" for s, n in counts if n)
        self.task_counts.setText(self.tr("{0} nhiệm vụ, theo {1}").format(
            format_number(len(summary.tasks)), short_name(summary.title, 90)))
        self.task_counts.setToolTip(f"{summary.title}\n{given}")
        self.task_counts.setAccessibleDescription(given)

    # ---- the PDF ----

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the overview PDF to `path`, or to the file the clerk names; the path written, or None."""
        if self.board is None or self.board.empty:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tổng quan ra PDF"),
                                                    str(documents_dir() / "tong-quan.pdf"), self.tr("Tệp PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        from desktop.core.dashboard_pdf import write_dashboard_pdf  # reportlab: only when a PDF is asked for

        try:
            return write_dashboard_pdf(self.board, path, self.lang())
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Không lưu được tệp PDF"), error.text(self.lang()))
            return None
