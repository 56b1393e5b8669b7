"""The dashboard as a one- or two-page A4 «Tổng quan»: the indicators judged against their targets (a chart
and a table), the tasks by status, and the deadlines coming up."""

import datetime
import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop import __version__
from desktop.core.dashboard import Dashboard, IndicatorStatus
from desktop.core.messages import Message
from desktop.core.outputfile import checked_target, write_output
from desktop.core.pdf import figures
from desktop.core.pdf.metadata import dated_canvas
from desktop.core.pdf.profile import MM
from desktop.core.targets import MET, NOT_MET
from desktop.core.vnformat import short_date

MARGIN = 15 * MM
WIDTH = A4[0] - 2 * MARGIN
TABLE_ROWS = 22  # indicators listed; the rest are counted in a line under the table
DEADLINE_ROWS = 12
VERDICT_COLOURS = {MET: colors.HexColor("#d1e7dd"), NOT_MET: colors.HexColor("#f8d7da")}


def _t(code: str, lang: str, **context: object) -> str:
    return Message(code, context).text(lang)


class _Styles:
    def __init__(self) -> None:
        faces = figures.faces()
        self.regular, self.bold = faces.regular, faces.bold
        self.title = ParagraphStyle("title", fontName=faces.bold, fontSize=15, leading=19, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", fontName=faces.italic, fontSize=10.5, leading=14,
                                       alignment=TA_CENTER, spaceAfter=4 * MM)
        self.heading = ParagraphStyle("heading", fontName=faces.bold, fontSize=11.5, leading=15,
                                      spaceBefore=4 * MM, spaceAfter=2 * MM)
        self.body = ParagraphStyle("body", fontName=faces.regular, fontSize=10, leading=13)
        self.cell = ParagraphStyle("cell", fontName=faces.regular, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=faces.bold)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text), style or self.body)


def _grid(rows: list[list[Paragraph]], widths: list[float], extra: Sequence[tuple[object, ...]] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8f95")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]))
    return table


def _indicator_rows(items: list[IndicatorStatus], years: list[int], styles: _Styles, lang: str) -> Table:
    head = [_t("dashboard.col.indicator", lang), _t("dashboard.col.latest", lang), _t("dashboard.col.period", lang),
            *(_t("dashboard.col.target", lang, year=y) for y in years), _t("dashboard.col.verdict", lang)]
    rows, marks = [[styles.para(h, styles.head) for h in head]], []
    for number, item in enumerate(items, start=1):
        current = item.current()
        cells = [item.name, item.figure,
                 item.latest.period_text(lang) if item.latest else "",
                 *((a.target.text if (a := item.target(y)) else "—") for y in years),
                 _t("dashboard.verdict_year", lang, verdict=current.verdict_text(lang), year=current.target.year)
                 if current else "—"]
        rows.append([styles.para(c, styles.cell) for c in cells])
        if current and current.verdict in VERDICT_COLOURS:
            marks.append(("BACKGROUND", (len(head) - 1, number), (len(head) - 1, number),
                          VERDICT_COLOURS[current.verdict]))
    fixed = [22 * MM, 26 * MM, *(19 * MM for _ in years), 25 * MM]
    return _grid(rows, [WIDTH - sum(fixed), *fixed], marks)


def _indicators(board: Dashboard, styles: _Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [styles.para(_t("dashboard.pdf.indicators", lang), styles.heading)]
    judged = [i for i in board.indicators if i.assessments and i.latest]
    waiting = sum(1 for i in board.indicators if i.assessments and not i.latest)
    if not judged:
        return [*story, styles.para(_t("dashboard.pdf.no_indicators", lang, count=waiting))]
    charted, years = board.charted(), board.headline_years()
    if charted:
        story += [figures.indicator_chart(charted, years, WIDTH, lang),
                  figures.caption(_t("dashboard.pdf.chart_note", lang), WIDTH), Spacer(0, 2 * MM)]
    story.append(_indicator_rows(judged[:TABLE_ROWS], years, styles, lang))
    if len(judged) > TABLE_ROWS:
        story.append(styles.para(_t("dashboard.pdf.more_indicators", lang, count=len(judged) - TABLE_ROWS)))
    if waiting:
        story.append(styles.para(_t("dashboard.pdf.waiting", lang, count=waiting), styles.cell))
    return story


def _tasks(board: Dashboard, styles: _Styles, lang: str) -> list[Flowable]:
    heading = styles.para(_t("dashboard.pdf.tasks", lang), styles.heading)
    summary = board.tasks
    if summary is None:
        return [heading, styles.para(_t("dashboard.pdf.no_tasks", lang))]
    from desktop.core.periods import label

    source = _t("dashboard.pdf.tasks_source", lang, title=summary.title, period=label(summary.period, lang),
                count=len(summary.tasks))
    return [KeepTogether([heading, styles.para(source), figures.task_chart(summary, WIDTH, lang)])]


def _deadlines(board: Dashboard, styles: _Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [styles.para(_t("dashboard.pdf.deadlines", lang), styles.heading)]
    if not board.deadlines:
        return [*story, styles.para(_t("dashboard.pdf.no_deadlines", lang))]
    for item in board.deadlines[:DEADLINE_ROWS]:
        line = f"<b>{escape(item.text(lang))}</b> <i>({escape(item.detail.text(lang))})</i>"
        story.append(Paragraph(f"• {line}", styles.cell))
    if len(board.deadlines) > DEADLINE_ROWS:
        story.append(styles.para(_t("dashboard.pdf.more", lang, count=len(board.deadlines) - DEADLINE_ROWS),
                                 styles.cell))
    return story


def story(board: Dashboard, lang: str = "vi") -> list[Flowable]:
    styles = _Styles()
    head = [styles.para(_t("dashboard.pdf.title", lang), styles.title),
            styles.para(_t("dashboard.pdf.subtitle", lang, unit=board.unit_name, date=short_date(board.today)),
                        styles.subtitle)]
    if board.empty:
        return [*head, styles.para(_t("dashboard.pdf.empty", lang))]
    return [*head, *_indicators(board, styles, lang), *_tasks(board, styles, lang), *_deadlines(board, styles, lang)]


def dashboard_pdf(board: Dashboard, lang: str = "vi", created: datetime.datetime | None = None) -> bytes:
    """The overview PDF's bytes; dated `created` (default: now), so the same day's board gives the same file."""
    out = io.BytesIO()
    title = f"{_t('dashboard.pdf.title', lang)} — {board.unit_name}"
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN, title=title, author=board.unit_name, creator="baocao",
                                 producer=f"baocao {__version__}")
    document.build(story(board, lang), canvasmaker=dated_canvas(created or datetime.datetime.now().astimezone()))
    return out.getvalue()


def write_dashboard_pdf(board: Dashboard, target: Path, lang: str = "vi") -> Path:
    """Write the overview to `target` whole or not at all; BaocaoError naming the cause when it cannot be."""
    target = checked_target(target)
    write_output(target, dashboard_pdf(board, lang))
    return target
