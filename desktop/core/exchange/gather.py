"""The texts a consolidated report gathers: what each unit wrote in the sections a template marks
`gather = true`, found in the unit's report by heading path (report files do not carry the flag)."""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from desktop.core.document import Report, Section, UnitRef
from desktop.core.template import OutlineItem, Template
from desktop.core.vnformat import nfc

FOOTNOTE_MARK = re.compile(r"\[\^(\d+)\]")


@dataclass(frozen=True)
class Contribution:
    """One unit's report, as imported."""

    unit: UnitRef
    report: Report


@dataclass(frozen=True)
class GatheredText:
    """What one unit wrote in a section marked `gather = true`.

    `path` is the section's heading path as the template writes it. The footnote marks of `text`
    are renumbered [^1], [^2] … for the unit's notes they point to, kept in `notes`.
    """

    path: tuple[str, ...]
    unit: UnitRef
    text: str
    notes: tuple[str, ...] = ()


def plain_text(text: str) -> str:
    """A heading or a row name as compared: NFC, case folded, spaces trimmed and single."""
    return " ".join(nfc(nfc(text).casefold()).split())


def same_text(first: str, second: str) -> bool:
    """Headings and row names match whatever their case, Unicode form and spacing."""
    return plain_text(first) == plain_text(second)


def gather_paths(items: Sequence[OutlineItem], parent: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The heading paths of the outline items marked `gather`, depth first (document order)."""
    for item in items:
        path = (*parent, item.heading)
        if item.gather:
            yield path
        yield from gather_paths(item.children, path)


def find_section(sections: Sequence[Section], path: Sequence[str]) -> Section | None:
    """The section at a heading path, headings compared by `same_text`; None if a unit has no such section."""
    found = None
    for heading in path:
        found = next((s for s in sections if same_text(s.heading, heading)), None)
        if found is None:
            return None
        sections = found.children
    return found


def gather_texts(template: Template, contributions: Sequence[Contribution]) -> Iterator[GatheredText]:
    """The units' non-empty texts of every gathered section: by section in outline order, then by unit."""
    for path in gather_paths(template.outline):
        for contribution in contributions:
            section = find_section(contribution.report.sections, path)
            if section is not None and section.text.strip():
                text, notes = _own_notes(section.text.strip(), contribution.report.footnotes)
                yield GatheredText(path, contribution.unit, text, notes)


def _own_notes(text: str, footnotes: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The text with its marks renumbered from 1, and the notes they point to; a mark with no note is dropped."""
    numbers: dict[int, int] = {}

    def renumber(match: re.Match[str]) -> str:
        number = int(match[1])
        if not 1 <= number <= len(footnotes):
            return ""
        return f"[^{numbers.setdefault(number, len(numbers) + 1)}]"

    text = FOOTNOTE_MARK.sub(renumber, text)
    return text, tuple(footnotes[n - 1] for n in numbers)
