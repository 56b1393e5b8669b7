"""A Report as an A4 PDF laid out by Decree 30/2020 (ND30.md §1-§6): the one public entry point."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from desktop.core.document import Report, Section
from desktop.core.pdf.blocks import Heading, RuledParagraph, Styler, level_with, plain_table
from desktop.core.pdf.fonts import register_family
from desktop.core.pdf.profile import MM, Profile, TextStyle, load_profile
from desktop.core.vnformat import date_line, heading_label, nfc, number_line


@dataclass(frozen=True)
class Layout:
    """What every block builder needs: the profile, its styles and the text-block width."""

    profile: Profile
    styler: Styler
    width: float
    height: float

    def ruled(self, lines: list[str], text: TextStyle, fraction: float,
              max_fraction: float = 1.0) -> RuledParagraph:
        header = self.profile.header
        return RuledParagraph(self.styler.para(lines, text), fraction=fraction,
                              thickness=header.rule_thickness,
                              offset=self.styler.rule_offset(text, header.rule_gap),
                              max_fraction=max_fraction)


def _header(report: Report, lay: Layout) -> Flowable:
    """Ô 1-4: issuer and Quốc hiệu side by side, then Số and the place/date on one baseline."""
    header, para = lay.profile.header, lay.styler.para
    left: list[Flowable] = []
    if report.issuer_parent.strip():
        left.append(para([report.issuer_parent], header.issuer_parent))
    left.append(lay.ruled(report.issuer, header.issuer, header.agency_rule_fraction))
    right: list[Flowable] = [para([line.text], line.style) for line in header.national[:-1]]
    motto = header.national[-1]
    right.append(lay.ruled([motto.text], motto.style, header.national_rule_fraction))
    number = [level_with(header.number, header.date),
              para([number_line(report.number, report.symbol)], header.number)]
    date = [level_with(header.date, header.number),
            para([date_line(report.place, report.date, report.year)], header.date)]
    widths = [lay.width * header.left_fraction, lay.width * (1 - header.left_fraction)]
    return plain_table([[left, right], [number, date]], widths, lay.styler.faces.regular,
                       ("BOTTOMPADDING", (0, 0), (-1, 0), header.row_gap))


def _title(report: Report, lay: Layout) -> list[Flowable]:
    """Ô 5a: the type name, the trích yếu on balanced lines and the short rule under it."""
    title = lay.profile.title
    story: list[Flowable] = [Spacer(0, title.space_before)]
    if report.type_name.strip():
        story.append(lay.styler.para([report.type_name], title.type_name))
    if report.title.strip():
        story.append(lay.ruled([report.title], title.text, title.rule_fraction,
                               title.max_width_fraction))
    story.append(Spacer(0, title.space_after))
    return story


def _kinh_gui(report: Report, lay: Layout) -> list[Flowable]:
    """Ô 9a: 'Kính gửi: X', or 'Kính gửi:' over '- X' lines whose dashes sit under the colon.

    A centred block as wide as its widest line; wrapped lines hang under the addressee.
    """
    names = [n.strip() for n in report.kinh_gui if n.strip()]
    if not names:
        return []
    spec, styler = lay.profile.kinh_gui, lay.styler
    face = styler.faces.of(spec.text)

    def measure(text: str) -> float:
        return float(stringWidth(nfc(text), face, spec.text.size))

    style = partial(styler.para, text=spec.text, align="left")
    if len(names) == 1:
        hang = measure(spec.label + " ")
        rows = [[style([f"{spec.label} {names[0]}"], leftIndent=hang, firstLineIndent=-hang)]]
        width = measure(f"{spec.label} {names[0]}")
    else:
        indent, dash = measure(spec.label.rstrip(":").rstrip()), measure("- ")
        rows = [[style([spec.label])]]
        rows += [[style([f"- {name}"], leftIndent=indent + dash, firstLineIndent=-dash)]
                 for name in names]
        width = max(measure(spec.label), indent + max(measure(f"- {n}") for n in names))
    width = min(width + 1, lay.width)
    return [plain_table(rows, [width], face), Spacer(0, spec.space_after)]


def _sections(sections: list[Section], level: int, lay: Layout) -> list[Flowable]:
    """Headings 'I.', '1.', 'a)', '-' and their text; only sections with a heading are counted."""
    body = lay.profile.body
    story: list[Flowable] = []
    index = 0
    for section in sections:
        if section.heading.strip():
            index += 1
            look = body.heading(level)
            text = TextStyle(body.text.size, body.text.leading, look.bold, look.italic)
            line = f"{heading_label(level, index)} {section.heading.strip()}"
            heading = lay.styler.para([line], text, "justify", Heading,
                                      firstLineIndent=body.first_indent_mm * MM,
                                      spaceAfter=body.space_after)
            heading.level = level
            story.append(heading)
        story += _paragraphs(section.text, lay)
        story += _sections(section.children, level + 1, lay)
    return story


def _paragraphs(text: str, lay: Layout) -> list[Flowable]:
    """One justified body paragraph per non-empty line."""
    body = lay.profile.body
    return [lay.styler.para([line.strip()], body.text, "justify",
                            firstLineIndent=body.first_indent_mm * MM,
                            spaceAfter=body.space_after, allowWidows=0, allowOrphans=0)
            for line in text.splitlines() if line.strip()]


def _signature(report: Report, lay: Layout) -> Flowable:
    """Ô 9b and 7a-7b: Nơi nhận on the left, level with the signer's title lines on the right."""
    spec, para = lay.profile.signature, lay.styler.para
    left: list[Flowable] = [level_with(spec.recipients_label_style, spec.title),
                            para([spec.recipients_label], spec.recipients_label_style, "left")]
    # A wrapped recipient continues under its text, not under the dash.
    dash = stringWidth("- ", lay.styler.faces.of(spec.recipients), spec.recipients.size)
    left += [para([f"- {r}"], spec.recipients, "left", leftIndent=dash, firstLineIndent=-dash)
             for r in report.recipients]
    titles = [line.upper() for line in report.signer.title_lines()]
    right: list[Flowable] = [level_with(spec.title, spec.recipients_label_style)]
    if titles:
        right.append(para(titles, spec.title))
    right.append(Spacer(0, spec.gap_mm * MM))
    if report.signer.name.strip():
        right.append(para([report.signer.name.strip()], spec.name))
    widths = [lay.width * spec.left_fraction, lay.width * (1 - spec.left_fraction)]
    return plain_table([[left, right]], widths, lay.styler.faces.regular)


def _keep_headings(body: list[Flowable], tail: list[Flowable], lay: Layout) -> list[Flowable]:
    """The body, then the tail kept together; a new page starts before a heading unless what
    belongs under it fits: two lines of its text, or its first subheading and what that needs,
    or (for the last heading) the whole tail. Unlike keepWithNext, a long paragraph may still
    split after its first two lines, as in a word processor.
    """
    two_lines = 2 * lay.profile.body.text.leading

    def height(flowable: Flowable) -> float:
        return float(flowable.wrap(lay.width, 1e6)[1] + flowable.getSpaceAfter())

    def needed(index: int) -> float:
        """Height of the heading body[index] and of what must stay under it."""
        heading = body[index]
        after = body[index + 1] if index + 1 < len(body) else None
        if after is None:
            return height(heading) + sum(height(f) for f in tail)
        if isinstance(after, Heading):  # a subheading, or a section left empty
            deeper = after.level > heading.level
            return height(heading) + (needed(index + 1) if deeper else 0.0)
        return height(heading) + min(two_lines, height(after))

    story: list[Flowable] = []
    for index, flowable in enumerate(body):
        if isinstance(flowable, Heading):
            story.append(CondPageBreak(min(needed(index), 0.8 * lay.height) + 1))
        story.append(flowable)
    return [*story, KeepTogether(tail)]


def build_story(report: Report, lay: Layout) -> list[Flowable]:
    """Every flowable of the report, top to bottom."""
    story: list[Flowable] = [_header(report, lay), *_title(report, lay), *_kinh_gui(report, lay)]
    body = _paragraphs(report.opening, lay)
    body += _sections(report.sections, 1, lay)
    body += _paragraphs(report.closing, lay)
    # The signature is never alone on a page: it travels with the last body paragraph.
    gap = Spacer(0, lay.profile.signature.space_before)
    tail = [*body[-1:], gap, _signature(report, lay)]
    return story + _keep_headings(body[:-1], tail, lay)


def _page_number(lay: Layout) -> Callable[[Canvas, BaseDocTemplate], None]:
    spec, page = lay.profile.page_number, lay.profile.page
    face = lay.styler.faces.of(spec.style)
    centre = page.left_mm * MM + lay.width / 2
    baseline = (page.height_mm - spec.baseline_mm) * MM

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        if number == 1 and not spec.on_first_page:
            return
        canvas.saveState()
        canvas.setFont(face, spec.style.size)
        canvas.drawCentredString(centre, baseline, str(number))
        canvas.restoreState()

    return draw



def _metadata(report: Report) -> dict[str, str]:
    title = " ".join(part.strip() for part in (report.type_name, report.title) if part.strip())
    subject = f"{number_line(report.number, report.symbol)}; " \
              f"{date_line(report.place, report.date, report.year)}"
    return {"title": nfc(title), "author": nfc(" ".join(report.issuer)),
            "subject": nfc(subject.replace("\u00a0", " ")), "creator": "baocao"}


def render_pdf(report: Report, out: Path | BinaryIO, profile: Profile | None = None) -> None:
    """Write the report as an A4 PDF to a path or a binary file object."""
    profile = profile or load_profile()
    styler = Styler(register_family(profile.fonts))
    page = profile.page
    width = (page.width_mm - page.left_mm - page.right_mm) * MM
    height = (page.height_mm - page.top_mm - page.bottom_mm) * MM
    lay = Layout(profile, styler, width, height)
    frame = Frame(page.left_mm * MM, page.bottom_mm * MM, width, height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=(page.width_mm * MM, page.height_mm * MM),
                          leftMargin=page.left_mm * MM, rightMargin=page.right_mm * MM,
                          topMargin=page.top_mm * MM, bottomMargin=page.bottom_mm * MM,
                          # else reportlab starts every page by selecting Helvetica
                          initialFontName=styler.faces.regular, **_metadata(report))
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_number(lay))])
    doc.build(build_story(report, lay))
