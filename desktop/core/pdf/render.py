"""A Report as an A4 PDF laid out by Decree 30/2020 (ND30.md §1-§7, §9): the one public entry point."""

import datetime
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop.core.document import Report, Section
from desktop.core.outline import numbered
from desktop.core.pdf.appendix import appendix_story
from desktop.core.pdf.blocks import Heading, Para, Styler, forget_parsed, level_with, plain_table
from desktop.core.pdf.fonts import register_family
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.metadata import dated_canvas, document_info
from desktop.core.pdf.notes import PageNotes
from desktop.core.pdf.numerals import with_roman_appendices
from desktop.core.pdf.pages import Numbering, document
from desktop.core.pdf.profile import MM, Profile, TextStyle, load_profile
from desktop.core.pdf.signature import signature_block
from desktop.core.pdf.widths import forget_fitted
from desktop.core.vnformat import date_line, nfc, number_line


def _issuer(report: Report, lay: Layout) -> list[Flowable]:
    """Ô 2: the parent body, then the issuer with its short rule (ND30) or the Party's star."""
    header, para = lay.profile.header, lay.styler.para
    lines: list[Flowable] = []
    if report.issuer_parent.strip():
        lines.append(para([report.issuer_parent], header.issuer_parent))
    if header.agency_mark == "star":
        return [*lines, para(report.issuer, header.issuer), para(["*"], header.star)]
    return [*lines, lay.ruled(report.issuer, header.issuer, header.agency_rule_fraction)]


def _header(report: Report, lay: Layout) -> Flowable:
    """Ô 1-4: issuer and national header side by side; Số and the place/date on one baseline
    under them (ND30), or each closing its own column (the Party's format)."""
    header, para = lay.profile.header, lay.styler.para
    left = _issuer(report, lay)
    right: list[Flowable] = [para([line.text], line.style) for line in header.national[:-1]]
    motto = header.national[-1]
    right.append(lay.ruled([motto.text], motto.style, header.national_rule_fraction))
    number = para([number_line(report.number, report.symbol, report.profile)], header.number)
    date = para([date_line(report.place, report.date, report.year)], header.date)
    widths = [lay.width * header.left_fraction, lay.width * (1 - header.left_fraction)]
    face = lay.styler.faces.regular
    if not header.number_with_date:
        gap = Spacer(0, header.row_gap)
        return plain_table([[[*left, gap, number], [*right, gap, date]]], widths, face)
    bottom_row = [[level_with(header.number, header.date), number], [level_with(header.date, header.number), date]]
    return plain_table([[left, right], bottom_row], widths, face, ("BOTTOMPADDING", (0, 0), (-1, 0), header.row_gap))


def _title(report: Report, lay: Layout) -> list[Flowable]:
    """Ô 5a: the type name, the trích yếu on balanced lines and the short rule under it."""
    title = lay.profile.title
    story: list[Flowable] = [Spacer(0, title.space_before)]
    if report.type_name.strip():
        story.append(lay.styler.para([report.type_name], title.type_name))
    # A line break the clerk typed is kept (e.g. not «Bộ Chính / trị»); otherwise the lines are balanced.
    lines = [line.strip() for line in report.title.splitlines() if line.strip()]
    if lines:
        rule = 0.0 if title.rule_text else title.rule_fraction
        story.append(lay.ruled(lines, title.text, rule, title.max_width_fraction))
        if title.rule_text:
            story.append(lay.styler.para([title.rule_text], title.text))
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


def _sections(sections: list[Section], lay: Layout) -> list[Flowable]:
    """Headings 'I.', '1.', 'a)', '-' (or '2.1.' under a decimal parent) and their text, numbered by
    outline.numbered: only sections with a heading are counted."""
    body = lay.profile.body
    story: list[Flowable] = []
    for level, label, section in numbered(sections):
        if label:
            look = body.heading(level)
            text = TextStyle(body.text.size, body.text.leading, look.bold, look.italic)
            line = f"{label} {section.heading.strip()}"
            heading = lay.text(line, text, "justify", Heading, firstLineIndent=body.first_indent_mm * MM,
                               spaceAfter=body.space_after)
            heading.level = level
            story.append(heading)
        story += lay.paragraphs(section.text)
    return story


def _keep_headings(body: list[Flowable], tail: list[Flowable], lay: Layout) -> list[Flowable]:
    """The body, then the tail kept together; a new page starts before a heading unless what
    belongs under it fits: two lines of its text, or its first subheading and what that needs,
    or (for the last heading) the whole tail. Unlike keepWithNext, a long paragraph may still
    split after its first two lines, as in a word processor.
    """
    leading = lay.profile.body.text.leading

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
        # Body paragraphs allow neither orphans nor widows: one of three lines or fewer cannot split.
        # A paragraph with footnote marks measures its notes too; they come along with its start.
        text = float(Para.wrap(after, lay.width, 1e6)[1])
        notes = float(after.wrap(lay.width, 1e6)[1]) - text
        start = text if round(text / leading) <= 3 else 2 * leading
        return height(heading) + start + notes

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
    body += _sections(report.sections, lay)
    body += lay.paragraphs(report.closing)
    # The signature is never alone on a page: it travels with the last body paragraph.
    gap = Spacer(0, lay.profile.signature.space_before)
    signature, *more_recipients = signature_block(report, lay)
    tail = [*body[-1:], gap, signature]
    return story + _keep_headings(body[:-1], tail, lay) + more_recipients


@lru_cache(maxsize=8)
def _bundled_profile(name: str) -> Profile:
    """A bundled profile, read once per process (a preview renders again after each edit)."""
    return load_profile(name)


def forget_kept() -> None:
    """Forget what renders keep for the next ones in this process: parsed paragraphs, styles,
    fitted column widths and profiles (the fonts stay registered). The output is the same either
    way; tests compare the two."""
    forget_parsed()
    forget_fitted()
    _bundled_profile.cache_clear()


def render_pdf(report: Report, out: Path | BinaryIO, profile: Profile | None = None, *,
               created: datetime.datetime | None = None) -> None:
    """Write the report, then its appendices, as an A4 PDF to a path or a binary file object.

    The PDF is dated `created` (default: now, in local time); the same report and `created`
    give the same bytes.
    """
    profile = profile or _bundled_profile(report.profile)
    if profile.appendix.numerals == "roman":
        report = with_roman_appendices(report)
    styler = Styler(register_family(profile.fonts))
    page = profile.page
    width = (page.width_mm - page.left_mm - page.right_mm) * MM
    height = (page.height_mm - page.top_mm - page.bottom_mm) * MM
    notes = PageNotes(report.footnotes, profile.footnotes, styler, limit=height / 2)
    lay = Layout(profile, styler, width, height, notes)
    numbering = Numbering(lay)
    target = str(out) if isinstance(out, Path) else out
    doc = document(target, lay, numbering, draft=report.status == "draft", lang="vi-VN", **document_info(report))
    doc.build([*build_story(report, lay), *appendix_story(report, lay, numbering.appendix_starts)],
              canvasmaker=dated_canvas(created or datetime.datetime.now().astimezone()))
