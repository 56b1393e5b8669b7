"""Footnotes: marks '[^n]' print as superscript numbers; the notes print at the foot of the page.

A paragraph holding marks reserves room for its notes when the frame places it: it only fits if
its lines and its notes fit together; once drawn, the frame's bottom is raised by the notes' height
so nothing else is set there; at the end of the page the notes are drawn in that room, under a
short rule, and the frame gets its full height back for the next page.
"""

import re
from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Frame, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from desktop.core.pdf.blocks import Para, Styler, escape, paragraph
from desktop.core.pdf.profile import MM, Footnotes
from desktop.core.vnformat import nfc

MARK = re.compile(r"\[\^(\d+)\]")


def superscript(number: int, size: float, spec: Footnotes) -> str:
    """A note number as reportlab markup: smaller and raised."""
    return (f'<super size="{size * spec.mark_scale:.2f}" rise="{size * spec.mark_rise:.2f}">'
            f"{number}</super>")


def marked(text: str, size: float, spec: Footnotes) -> str:
    """Plain text as paragraph markup (NFC, escaped) with each '[^n]' as a superscript n."""
    return MARK.sub(lambda m: superscript(int(m.group(1)), size, spec), escape(nfc(text)))


def has_marks(text: str) -> bool:
    return MARK.search(text) is not None


class PageNotes:
    """The notes of a report and those placed on the current page; draws them at the page's end."""

    def __init__(self, texts: list[str], spec: Footnotes, styler: Styler, limit: float) -> None:
        self.texts = [nfc(t) for t in texts]
        self.limit = limit  # the notes area never takes more: longer notes run into the margin
        self.spec = spec
        self.style: ParagraphStyle = styler.style(spec.text, "justify")
        # The last note's descenders reach below its line box when the leading is tight; the
        # notes area is raised by that much so they stay inside the bottom margin.
        self.overhang = max(0.0, styler.rule_offset(spec.text, 0.0))
        self.page: list[int] = []  # numbers placed on this page, in order
        self.done: set[int] = set()  # numbers printed on earlier pages
        self.frame: Frame | None = None
        self.geometry: tuple[float, float] = (0.0, 0.0)  # the frame's own y1 and height
        self._heights: dict[tuple[int, float], float] = {}

    def new(self, numbers: Iterable[int]) -> list[int]:
        """The numbers that have a note not yet placed, in order."""
        found: list[int] = []
        for n in numbers:
            if 1 <= n <= len(self.texts) and n not in self.done and n not in self.page and n not in found:
                found.append(n)
        return found

    def note(self, number: int) -> Paragraph:
        size = self.spec.text.size
        # A plain space: reportlab mis-measures a justified word that mixes sizes across a no-break space.
        text = f"{superscript(number, size, self.spec)} {escape(self.texts[number - 1])}"
        return paragraph(text, self.style)

    def _height(self, number: int, width: float) -> float:
        key = (number, round(width, 1))
        if key not in self._heights:
            self._heights[key] = float(self.note(number).wrap(width, 1e6)[1])
        return self._heights[key]

    def block(self, numbers: list[int], width: float) -> float:
        """Height of the notes area holding these notes: gap, rule and the notes themselves."""
        if not numbers:
            return 0.0
        spec = self.spec
        rule = spec.space_before + spec.rule_thickness + spec.rule_gap + self.overhang
        return min(self.limit, rule + sum(self._height(n, width) for n in numbers))

    def extra(self, numbers: Iterable[int], width: float) -> float:
        """How much more room the notes area of this page needs for these marks."""
        new = self.new(numbers)
        return self.block(self.page + new, width) - self.block(self.page, width) if new else 0.0

    def place(self, numbers: Iterable[int], frame: Frame) -> None:
        """Note the marks drawn in the frame and raise its bottom over their notes."""
        new = self.new(numbers)
        if not new:
            return
        if self.frame is None:
            self.frame, self.geometry = frame, (frame._y1, frame._height)
        self.page += new
        y1, height = self.geometry
        room = self.block(self.page, frame._aW)
        frame.y1, frame.height = y1 + room, height - room

    def finish(self, canvas: Any) -> None:
        """At the end of a page: draw its notes and give the frame back its full height."""
        frame = self.frame
        if frame is None:
            return
        y1, height = self.geometry
        x, width = frame._x1 + frame._leftPadding, frame._aW
        top = y1 + self.block(self.page, width) - self.spec.space_before
        canvas.saveState()
        canvas.setLineWidth(self.spec.rule_thickness)
        rule_y = top - self.spec.rule_thickness / 2
        canvas.line(x, rule_y, x + min(self.spec.rule_length_mm * MM, width), rule_y)
        canvas.restoreState()
        y = top - self.spec.rule_thickness - self.spec.rule_gap
        for number in self.page:
            note = self.note(number)
            y -= note.wrap(width, 1e6)[1]
            note.drawOn(canvas, x, y)
        frame.y1, frame.height = y1, height
        self.done.update(self.page)
        self.page, self.frame = [], None


def _marks_in(frags: list[Any]) -> list[int]:
    """The raised numbers among a paragraph's fragments: reportlab's parsed fragments before the
    paragraph is wrapped, words ([width, (fragment, text), ...]) once it is wrapped or split."""
    found = []
    for frag in frags:
        pieces = frag[1:] if isinstance(frag, list) else [(frag, getattr(frag, "text", ""))]
        for piece in pieces:
            if isinstance(piece, tuple) and len(piece) == 2 and getattr(piece[0], "rise", 0) > 0:
                text = str(piece[1]).strip()
                if text.isdigit():
                    found.append(int(text))
    return found


class NotedParagraph(Para):
    """A paragraph with footnote marks: it fits only where its notes fit too (see the module)."""

    notes: PageNotes

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)  # split() makes its parts through here too
        self._marks = _marks_in(self.frags)

    def marks(self) -> list[int]:
        """The note numbers marked in this paragraph (or in this part of a split one)."""
        return self._marks

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if getattr(self, "_frame", None) is None:  # measured (KeepTogether, headings): notes included
            return width, height + self.notes.block(self.notes.new(self.marks()), avail_width)
        need = self.notes.extra(self.marks(), avail_width)
        return width, height + need if height + need > avail_height else height

    def split(self, avail_width: float, avail_height: float) -> list[Paragraph]:
        room = avail_height - self.notes.extra(self.marks(), avail_width)
        parts: list[Paragraph] = super().split(avail_width, room) if room > 0 else []
        for part in parts:
            part.notes = self.notes
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        frame = getattr(self, "_frame", None)
        if frame is not None:
            self.notes.place(self.marks(), frame)
        super().drawOn(canvas, x, y, _sW)


def paragraph_marks(paragraph: Paragraph) -> list[int]:
    """The note numbers marked in a paragraph, whole or a part of a split one."""
    return _marks_in(paragraph.frags)
