"""The dashboard's charts drawn with reportlab.graphics, for the overview PDF: each percentage indicator's
latest figure against its targets (horizontal bars, in %), and the tasks by status. The same data as the
window's QtCharts (dashboard.py), in the document's serif font so Vietnamese prints whole."""

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.core.dashboard import IndicatorStatus, TaskSummary, short_name, status_text
from desktop.core.messages import Message
from desktop.core.pdf.fonts import Faces, register_family
from desktop.core.pdf.profile import load_profile
from desktop.core.vnformat import format_number, format_percent

# The figure, then one shade per target year; the statuses from «not started» to «done», then «none».
VALUE_COLOUR = colors.HexColor("#1f5f99")
TARGET_COLOURS = (colors.HexColor("#e39b2d"), colors.HexColor("#9aa5b1"), colors.HexColor("#c7ced6"))
STATUS_COLOURS = ("#b02a37", "#2f7fc1", "#d9822b", "#2e8540", "#7aa35a", "#9aa5b1")
FONT_SIZE = 8


def faces() -> Faces:
    return register_family(load_profile("nd30").fonts)


def _bars(width: float, height: float, data: list[list[float]], labels: list[str], face: str) -> HorizontalBarChart:
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.42, 28
    chart.width, chart.height = width * 0.52, height - 40
    chart.data = data
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = True  # the first indicator on top, as in the table
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = face, FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = face, FONT_SIZE
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName, chart.barLabels.fontSize = face, FONT_SIZE - 1
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.groupSpacing, chart.barSpacing = 6, 1
    return chart


def _legend(x: float, y: float, pairs: list[tuple[colors.Color, str]], face: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.fontName, legend.fontSize = face, FONT_SIZE
    legend.colorNamePairs = pairs
    legend.dxTextSpace = 3
    return legend


def _shown(value: float) -> str:
    """A bar's figure as the table shows it: 99,77%."""
    return format_percent(Decimal(repr(round(value, 2)))) if value else ""


def _percent(value: object) -> float:
    return float(value) if value is not None else 0.0  # type: ignore[arg-type]


def indicator_chart(items: Sequence[IndicatorStatus], years: Sequence[int], width: float,
                    lang: str = "vi") -> Drawing:
    """Grouped bars, one group per indicator: its latest figure and its target for each year (0: none)."""
    face = faces().regular
    height = 50 + len(items) * (14 + 9 * len(years))
    drawing = Drawing(width, height)
    values = [_percent(i.latest.value if i.latest else None) for i in items]
    targets = [[_percent(a.target.threshold if (a := i.target(y)) and a.target.comparable else None)
                for i in items] for y in years]
    # The categories run top down; in a group the last series is on top: the figure above its targets.
    chart = _bars(width, height, [*reversed(targets), values], [short_name(i.name) for i in items], face)
    chart.valueAxis.valueMax = max([100.0, *values, *(v for row in targets for v in row)])
    chart.valueAxis.labelTextFormat = lambda v: format_percent(round(v))
    chart.barLabelFormat = _shown  # type: ignore[assignment]
    for index, colour in enumerate((*reversed(TARGET_COLOURS[:len(years)]), VALUE_COLOUR)):
        chart.bars[index].fillColor, chart.bars[index].strokeColor = colour, None
    drawing.add(chart)
    names = [Message("dashboard.series.value", {}).text(lang),
             *(Message("dashboard.col.target", {"year": y}).text(lang) for y in years)]
    drawing.add(_legend(chart.x, 8, list(zip((VALUE_COLOUR, *TARGET_COLOURS), names, strict=False)), face))
    return drawing


def task_chart(summary: TaskSummary, width: float, lang: str = "vi") -> Drawing:
    """One bar per status (and «none given»), its length the number of tasks."""
    face = faces().regular
    counts = summary.counts()
    height = 40 + len(counts) * 18
    drawing = Drawing(width, height)
    chart = _bars(width, height, [[float(n) for _, n in counts]], [status_text(s, lang) for s, _ in counts], face)
    chart.x, chart.width = width * 0.32, width * 0.6
    chart.y, chart.height = 18, height - 26
    chart.valueAxis.valueMax = max(1, *(n for _, n in counts))
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v)) if v == int(v) else ""
    chart.barLabelFormat = lambda v: format_number(int(v))  # type: ignore[assignment]
    chart.bars[0].strokeColor = None
    for index, colour in enumerate(STATUS_COLOURS[:len(counts)]):
        chart.bars[(0, index)].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    return drawing


def caption(text: str, width: float, size: int = FONT_SIZE) -> Drawing:
    """A one-line note under a chart."""
    drawing = Drawing(width, size + 4)
    drawing.add(String(0, 2, text, fontName=faces().italic, fontSize=size))
    return drawing
