"""Page kinds (A4 portrait, and landscape for wide appendix tables) and their page numbers."""

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.core.pdf.layout import Layout
from desktop.core.pdf.profile import MM

PORTRAIT, LANDSCAPE = "page", "landscape"


class Numbering:
    """The number a page shows (ND30.md §6): none on page 1; with `page_numbers = "restart"` each
    appendix counts again from 1 and its first page shows none either (unless the profile says)."""

    def __init__(self, lay: Layout) -> None:
        self.spec = lay.profile.appendix
        self.start = 1
        self.first_shown = lay.profile.page_number.on_first_page

    def appendix_starts(self, page: int) -> None:
        if self.spec.page_numbers == "restart":
            self.start, self.first_shown = page, self.spec.number_first_page

    def shown(self, page: int) -> str:
        number = page - self.start + 1
        return "" if number == 1 and not self.first_shown else str(number)


class PageMark(Flowable):  # type: ignore[misc]
    """An invisible mark that tells `action` the number of the page it lands on."""

    _ZEROSIZE = True

    def __init__(self, action: Callable[[int], None]) -> None:
        super().__init__()
        self.action = action

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.action(self.canv.getPageNumber())


def draw_draft_mark(canvas: Canvas, lay: Layout, page_width: float, page_height: float) -> None:
    """The boxed "DỰ THẢO" at the top right of the page, inside the top margin."""
    spec = lay.profile.draft_mark
    face = lay.styler.faces.of(spec.style)
    width = canvas.stringWidth(spec.text, face, spec.style.size) + 2 * spec.padding
    height = spec.style.size + 2 * spec.padding
    right = page_width - lay.profile.page.right_mm * MM
    top = page_height - spec.top_mm * MM
    canvas.saveState()
    canvas.setLineWidth(spec.border)
    canvas.rect(right - width, top - height, width, height)
    canvas.setFont(face, spec.style.size)
    # The baseline sits a descent above the box's bottom padding, so the capitals are centred.
    canvas.drawString(right - width + spec.padding, top - height + spec.padding + 0.22 * spec.style.size,
                      spec.text)
    canvas.restoreState()


def _page_end(lay: Layout, numbering: Numbering, page_width: float,
              page_height: float, draft: bool) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Called when a page is full: its footnotes, its number centred in the top margin and,
    on a draft, the "DỰ THẢO" mark."""
    spec, page = lay.profile.page_number, lay.profile.page
    face = lay.styler.faces.of(spec.style)
    centre = page.left_mm * MM + (page_width - (page.left_mm + page.right_mm) * MM) / 2
    baseline = page_height - spec.baseline_mm * MM

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        lay.notes.finish(canvas)
        if draft:
            draw_draft_mark(canvas, lay, page_width, page_height)
        number = numbering.shown(canvas.getPageNumber())
        if number:
            canvas.saveState()
            canvas.setFont(face, spec.style.size)
            canvas.drawCentredString(centre, baseline, number)
            canvas.restoreState()

    return draw


def _template(name: str, lay: Layout, numbering: Numbering, size: tuple[float, float],
              draft: bool) -> PageTemplate:
    page = lay.profile.page
    frame = Frame(page.left_mm * MM, page.bottom_mm * MM, lay.width, lay.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id=name)
    return PageTemplate(name, [frame], pagesize=size, onPageEnd=_page_end(lay, numbering, *size, draft))


def document(target: str | BinaryIO, lay: Layout, numbering: Numbering, *, draft: bool = False,
             **metadata: Any) -> BaseDocTemplate:
    """The A4 document with its two page kinds; the first is portrait. A draft's pages are marked."""
    page = lay.profile.page
    size = (page.width_mm * MM, page.height_mm * MM)
    doc = BaseDocTemplate(target, pagesize=size,
                          leftMargin=page.left_mm * MM, rightMargin=page.right_mm * MM,
                          topMargin=page.top_mm * MM, bottomMargin=page.bottom_mm * MM,
                          # else reportlab starts every page by selecting Helvetica
                          initialFontName=lay.styler.faces.regular, **metadata)
    doc.addPageTemplates([_template(PORTRAIT, lay, numbering, size, draft),
                          _template(LANDSCAPE, lay.turned(), numbering, (size[1], size[0]), draft)])
    return doc
