"""A Report as an A4 PDF laid out by Decree 30/2020 (ND30.md §1-§7, §9): the one public entry point."""

from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop.core.document import Report, Section
from desktop.core.pdf.appendix import appendix_story
from desktop.core.pdf.blocks import Heading, Styler, level_with, plain_table
from desktop.core.pdf.fonts import register_family
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.notes import PageNotes
from desktop.core.pdf.pages import Numbering, document
from desktop.core.pdf.profile import MM, Profile, TextStyle, load_profile
from desktop.core.vnformat import date_line, decimal_label, heading_label, nfc, number_line


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
              para([number_line(report.number, report.symbol, report.profile)], header.number)]
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


def _sections(sections: list[Section], level: int, lay: Layout, parent: tuple[str, str] = ("", "")
              ) -> list[Flowable]:
    """Headings 'I.', '1.', 'a)', '-' (or '2.1.' under a decimal parent) and their text; only
    sections with a heading are counted. `parent` is the parent's (label, numbering)."""
    body = lay.profile.body
    story: list[Flowable] = []
    index = 0
    for section in sections:
        label = ""
        if section.heading.strip():
            index += 1
            look = body.heading(level)
            text = TextStyle(body.text.size, body.text.leading, look.bold, look.italic)
            label = decimal_label(parent[0], index) if parent[1] == "decimal" else heading_label(level, index)
            line = f"{label} {section.heading.strip()}"
            heading = lay.styler.para([line], text, "justify", Heading,
                                      firstLineIndent=body.first_indent_mm * MM,
                                      spaceAfter=body.space_after)
            heading.level = level
            story.append(heading)
        story += lay.paragraphs(section.text)
        story += _sections(section.children, level + 1, lay, (label, section.numbering))
    return story


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
    """Every flowable of the main document, top to bottom (the appendices come after it)."""
    story: list[Flowable] = [_header(report, lay), *_title(report, lay), *_kinh_gui(report, lay)]
    body: list[Flowable] = [p for basis in report.legal_bases
                            for p in lay.paragraphs(basis, lay.profile.body.legal_basis)]
    body += lay.paragraphs(report.opening)
    body += _sections(report.sections, 1, lay)
    body += lay.paragraphs(report.closing)
    # The signature is never alone on a page: it travels with the last body paragraph.
    gap = Spacer(0, lay.profile.signature.space_before)
    tail = [*body[-1:], gap, _signature(report, lay)]
    return story + _keep_headings(body[:-1], tail, lay)


def _metadata(report: Report) -> dict[str, str]:
    title = " ".join(part.strip() for part in (report.type_name, report.title) if part.strip())
    subject = f"{number_line(report.number, report.symbol, report.profile)}; " \
              f"{date_line(report.place, report.date, report.year)}"
    return {"title": nfc(title), "author": nfc(" ".join(report.issuer)),
            "subject": nfc(subject.replace("\u00a0", " ")), "creator": "baocao"}


def render_pdf(report: Report, out: Path | BinaryIO, profile: Profile | None = None) -> None:
    """Write the report, then its appendices, as an A4 PDF to a path or a binary file object."""
    profile = profile or load_profile()
    styler = Styler(register_family(profile.fonts))
    page = profile.page
    width = (page.width_mm - page.left_mm - page.right_mm) * MM
    height = (page.height_mm - page.top_mm - page.bottom_mm) * MM
    notes = PageNotes(report.footnotes, profile.footnotes, styler, limit=height / 2)
    lay = Layout(profile, styler, width, height, notes)
    numbering = Numbering(lay)
    target = str(out) if isinstance(out, Path) else out
    doc = document(target, lay, numbering, draft=report.status == "draft", **_metadata(report))
    doc.build([*build_story(report, lay), *appendix_story(report, lay, numbering.appendix_starts)])
