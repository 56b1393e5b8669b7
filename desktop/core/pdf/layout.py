"""What every block builder needs: the profile, its styles, the text block and the page's notes."""

from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Paragraph

from desktop.core.pdf.blocks import Heading, Para, RuledParagraph, Styler, paragraph
from desktop.core.pdf.notes import NotedParagraph, PageNotes, has_marks, marked
from desktop.core.pdf.profile import MM, Profile, TextStyle


class NotedHeading(NotedParagraph, Heading):  # type: ignore[misc]
    """A section heading with footnote marks."""


@dataclass(frozen=True)
class Layout:
    """The profile, its styles, the text-block size of the current page kind, and the notes."""

    profile: Profile
    styler: Styler
    width: float
    height: float
    notes: PageNotes

    def ruled(self, lines: list[str], text: TextStyle, fraction: float,
              max_fraction: float = 1.0) -> RuledParagraph:
        header = self.profile.header
        return RuledParagraph(self.styler.para(lines, text), fraction=fraction,
                              thickness=header.rule_thickness,
                              offset=self.styler.rule_offset(text, header.rule_gap),
                              max_fraction=max_fraction)

    def turned(self) -> "Layout":
        """The same layout on a landscape page: the text block's width and height swapped over
        the page's (margins stay where they are as the page is read)."""
        page = self.profile.page
        return replace(self, width=(page.height_mm - page.left_mm - page.right_mm) * MM,
                       height=(page.width_mm - page.top_mm - page.bottom_mm) * MM)

    def text(self, line: str, text: TextStyle, align: str = "justify", kind: type[Paragraph] = Para,
             **extra: Any) -> Paragraph:
        """One paragraph of body text (or a heading); footnote marks '[^n]' become superscripts
        whose notes print at the foot of the page."""
        if not has_marks(line):
            return self.styler.para([line], text, align, kind, **extra)
        style = self.styler.style(text, align, **extra)
        noted = NotedHeading if issubclass(kind, Heading) else NotedParagraph
        noted_paragraph = paragraph(marked(line, text.size, self.profile.footnotes), style, noted)
        noted_paragraph.notes = self.notes
        return noted_paragraph

    def paragraphs(self, text: str, look: TextStyle | None = None) -> list[Paragraph]:
        """One justified, indented body paragraph per non-empty line."""
        body = self.profile.body
        return [self.text(line.strip(), look or body.text, firstLineIndent=body.first_indent_mm * MM,
                          spaceAfter=body.space_after, allowWidows=0, allowOrphans=0)
                for line in text.splitlines() if line.strip()]
