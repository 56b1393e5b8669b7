"""The PDF's document information (title, author, subject, keywords) and its creation date.

reportlab stamps a PDF with the clock at render time and derives the file ID from that clock, so
two renders of one report differ. Here the caller names the creation date instead: the same report
rendered with the same `created` gives the same bytes, and CreationDate/ModDate say `created`.
"""

import datetime
from collections.abc import Callable
from typing import Any

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfgen.canvas import Canvas

from desktop import __version__
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.periods import label, parse_period
from desktop.core.vnformat import date_line, nfc, number_line


def _one_line(text: str) -> str:
    """NFC, with runs of spaces (the NBSP blanks of an unnumbered draft included) made one space."""
    return " ".join(nfc(text).split())


def _period(report: Report) -> str:
    """'quý III/2025'; the period as written when it is not one the app knows."""
    try:
        return label(parse_period(report.period))
    except BaocaoError:
        return report.period


def document_info(report: Report) -> dict[str, str]:
    """Title (type name and trích yếu), author (issuer), subject (number and date lines), keywords
    (the period), creator and producer, as keyword arguments of reportlab's BaseDocTemplate."""
    title = " ".join(" ".join(part.split()) for part in (report.type_name, report.title) if part.strip())
    number = number_line(report.number, report.symbol, report.profile)
    return {"title": _one_line(title), "author": _one_line(" ".join(report.issuer)),
            "subject": _one_line(f"{number}; {date_line(report.place, report.date, report.year)}"),
            "keywords": _one_line(_period(report)), "creator": "baocao",
            "producer": f"baocao {__version__} (ReportLab {REPORTLAB_VERSION})"}


def pdf_date(created: datetime.datetime) -> str:
    """A PDF date (ISO 32000-1 §7.9.4) in the time's own offset: 'D:20251007143000+07'00''.

    A naive time is taken as local time. reportlab's own formatter is not used: it computes the
    minutes of the offset wrongly (+05:30 comes out as +05'00').
    """
    created = created.astimezone() if created.tzinfo is None else created
    offset = created.utcoffset() or datetime.timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"D:{created:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"


def dated_canvas(created: datetime.datetime) -> Callable[..., Canvas]:
    """A canvasmaker for `BaseDocTemplate.build` whose PDF is dated `created`, not by the clock.

    reportlab's invariant mode takes the clock out of the file; the date is then written by our
    formatter and mixed into the signature the file ID is made from, so the ID changes with
    `created` (and, through reportlab, with the title, author, subject and keywords).
    """
    stamp = pdf_date(created)

    def make(*args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **{**kwargs, "invariant": True})
        canvas.setDateFormatter(lambda *_: stamp)
        canvas._doc.updateSignature(stamp)
        return canvas

    return make
