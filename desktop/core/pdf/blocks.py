"""Flowables and paragraph helpers for the Decree-30 layout: ruled blocks, balanced titles, tables."""

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getDescent
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.pdf.fonts import Faces
from desktop.core.pdf.profile import TextStyle
from desktop.core.vnformat import nfc

ALIGNMENTS = {"left": TA_LEFT, "centre": TA_CENTER, "justify": TA_JUSTIFY}

# A borderless table whose cells start at their top edge with no padding.
PLAIN_TABLE = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)


# Paragraphs whose parsed markup is kept for reuse: a long table repeats its cells («Thường
# xuyên»), and a preview renders the same report again after each edit (issue #14).
PARSED_KEPT = 8192


def escape(text: str) -> str:
    """& < > as entities (xml.sax.saxutils.escape, whose module imports urllib.request)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def markup(*lines: str) -> str:
    """Plain text lines as reportlab paragraph markup: NFC, & < > escaped, joined by <br/>."""
    return "<br/>".join(escape(nfc(line)) for line in lines)


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(text: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list[Any], Any]:
    """reportlab's parse of paragraph markup: its text, style, fragments and bullet."""
    parsed = Paragraph(text, style)
    return parsed.text, parsed.style, parsed.frags, parsed.bulletText


class Para(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph that keeps its lines: wrapped again at the same width (a table
    measures its cells, then draws them; a heading measures what follows it), it answers without
    breaking its lines again. Only its own last wrap counts: a split or a wrap by another path
    makes new lines, and then it wraps again."""

    _kept: tuple[float, float, float, Any] | None = None  # width given, and width, height, lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        kept = self._kept
        if kept is not None and kept[0] == avail_width and self.__dict__.get("blPara") is kept[3]:
            self.width, self.height = kept[1], kept[2]
            return kept[1], kept[2]
        before = self.__dict__.get("blPara")
        width, height = super().wrap(avail_width, avail_height)
        lines = self.__dict__.get("blPara")  # new ones, unless too narrow a width was refused
        self._kept = (avail_width, self.width, self.height, lines) if lines is not before else None
        return width, height


def paragraph(text: str, style: ParagraphStyle, kind: type[Paragraph] = Para) -> Paragraph:
    """`kind(text, style)`, with the markup parsed once for all the paragraphs of the same text
    and style. reportlab never changes the fragments it parsed (wrapping and splitting make new
    ones), so the paragraphs share them; each gets a list of its own."""
    cleaned, parsed_style, frags, bullet = _parsed(text, style)
    made: Paragraph = kind(cleaned, parsed_style, bullet, frags=list(frags))
    return made


@lru_cache(maxsize=256)
def _style(face: str, size: float, leading: float, align: str, extra: tuple[tuple[str, Any], ...]) -> ParagraphStyle:
    # reportlab copies a style before changing it (Paragraph.split): one object serves them all.
    return ParagraphStyle(f"{face}-{size:g}-{align}", fontName=face, fontSize=size, leading=leading,
                          alignment=ALIGNMENTS[align], **dict(extra))


def forget_parsed() -> None:
    """Drop the parsed paragraphs and the styles kept (see PARSED_KEPT)."""
    _parsed.cache_clear()
    _style.cache_clear()


class Styler:
    """Builds ParagraphStyles from a profile's TextStyles with the registered faces."""

    def __init__(self, faces: Faces) -> None:
        self.faces = faces

    def style(self, text: TextStyle, align: str = "centre", **extra: Any) -> ParagraphStyle:
        """A ParagraphStyle for a text style; `extra` sets other ParagraphStyle attributes. Made
        once per process for the same arguments."""
        return _style(self.faces.of(text), text.size, text.leading, align, tuple(sorted(extra.items())))

    def para(self, lines: Sequence[str], text: TextStyle, align: str = "centre",
             kind: type[Paragraph] = Para, **extra: Any) -> Paragraph:
        """A paragraph of plain-text lines, one printed line each (long lines wrap)."""
        text_markup = markup(*lines)
        if text.underline:
            text_markup = f"<u>{text_markup}</u>"
        return paragraph(text_markup, self.style(text, align, **extra), kind)

    def rule_offset(self, text: TextStyle, gap: float) -> float:
        """Space from the bottom of a paragraph box to a rule `gap` pt under the descenders."""
        descent = -float(getDescent(self.faces.of(text), text.size))
        return max(0.0, gap + descent - (text.leading - text.size))


def first_baseline(text: TextStyle) -> float:
    """Distance from the top of a paragraph to its first baseline."""
    if rl_config.paraFontSizeHeightOffset:
        return text.size
    raise RuntimeError("layout assumes reportlab's paraFontSizeHeightOffset = 1")


def level_with(text: TextStyle, other: TextStyle) -> Spacer:
    """A spacer to put before a `text` paragraph so its first baseline matches `other`'s."""
    return Spacer(0, max(0.0, first_baseline(other) - first_baseline(text)))


class RuledParagraph(Flowable):  # type: ignore[misc]
    """A centred paragraph with a solid line under it, `fraction` of its widest line, centred
    (no line when `fraction` is 0).

    With `max_fraction` < 1 the paragraph is at most that share of the available width and its
    lines are balanced: the narrowest width that keeps the same number of lines.
    """

    def __init__(self, paragraph: Paragraph, *, fraction: float, thickness: float,
                 offset: float, max_fraction: float = 1.0) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.fraction = fraction
        self.thickness = thickness
        self.offset = offset
        self.max_fraction = max_fraction
        self.text_width = 0.0
        self.text_height = 0.0

    def _balanced_width(self, widest: float) -> float:
        lines = len(self._lines(widest))
        if lines < 2:
            return widest
        low, high = widest / lines, widest
        for _ in range(14):
            middle = (low + high) / 2
            if len(self._lines(middle)) > lines:
                low = middle
            else:
                high = middle
        return high

    def _lines(self, width: float) -> list[float]:
        self.text_height = self.paragraph.wrap(width, 1e6)[1]
        widths: list[float] = self.paragraph.getActualLineWidths0()
        return widths

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        limit = avail_width * self.max_fraction
        self.text_width = self._balanced_width(limit) if self.max_fraction < 1 else limit
        self._lines(self.text_width)
        self.height = self.text_height + (self.offset + self.thickness if self.fraction > 0 else 0.0)
        return self.width, self.height

    def widest_line(self) -> float:
        """Width of the widest printed line (after wrap)."""
        return max(self._lines(self.text_width), default=0.0)

    def rule_length(self) -> float:
        return self.fraction * self.widest_line()

    def draw(self) -> None:
        length = self.rule_length()
        x = (self.width - self.text_width) / 2
        self.paragraph.drawOn(self.canv, x, self.height - self.text_height)
        if length <= 0:  # balanced lines without a rule
            return
        self.canv.saveState()
        self.canv.setLineWidth(self.thickness)
        y = self.thickness / 2
        self.canv.line((self.width - length) / 2, y, (self.width + length) / 2, y)
        self.canv.restoreState()


class Heading(Para):
    """A section heading ('I. …', '1. …', 'a) …'); the renderer keeps it with what follows."""

    level: int = 1


def plain_table(rows: list[list[Any]], widths: Sequence[float], face: str,
                *extra: tuple[Any, ...]) -> Table:
    """A borderless, unpadded, centred table; `face` replaces reportlab's default Helvetica."""
    table = Table(rows, colWidths=list(widths), hAlign="CENTER")
    table.setStyle(TableStyle([*PLAIN_TABLE, ("FONTNAME", (0, 0), (-1, -1), face), *extra]))
    return table
