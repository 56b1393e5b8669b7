"""Roman appendix numbers (ND30.md §7): with two or more appendices, 'Phụ lục 2' prints as
'Phụ lục II', in the labels and wherever the text refers to them. The report itself is not changed."""

import re
from dataclasses import replace

from desktop.core.document import Report, Section
from desktop.core.vnformat import nfc, roman

REFERENCE = re.compile(r"\b(Phụ lục) (\d{1,2})\b")


def _arabic(label: str) -> int | None:
    found = REFERENCE.fullmatch(nfc(label.strip()))
    return int(found.group(2)) if found else None


def _rewrite(text: str, numbers: set[int]) -> str:
    def swap(found: re.Match[str]) -> str:
        number = int(found.group(2))
        return f"{found.group(1)} {roman(number)}" if number in numbers else found.group(0)

    return REFERENCE.sub(swap, nfc(text))


def _sections(sections: list[Section], numbers: set[int]) -> list[Section]:
    return [replace(section, heading=_rewrite(section.heading, numbers), text=_rewrite(section.text, numbers),
                    children=_sections(section.children, numbers))
            for section in sections]


def with_roman_appendices(report: Report) -> Report:
    """A copy of the report whose 'Phụ lục N' labels, and the references to them in its texts,
    use Roman numerals; the report as given when it has fewer than two such appendices.

    Only the texts rewritten are new: the copy shares the rest (its tables) with the report, which
    is cheaper than copying all of it for every render and safe since rendering changes neither."""
    numbers = {n for n in (_arabic(a.label) for a in report.appendices) if n is not None}
    if len(report.appendices) < 2 or not numbers:
        return report
    return replace(
        report,
        opening=_rewrite(report.opening, numbers),
        closing=_rewrite(report.closing, numbers),
        legal_bases=[_rewrite(t, numbers) for t in report.legal_bases],
        footnotes=[_rewrite(t, numbers) for t in report.footnotes],
        sections=_sections(report.sections, numbers),
        appendices=[replace(a, label=_rewrite(a.label, numbers), text=_rewrite(a.text, numbers), tables=list(a.tables))
                    for a in report.appendices],
    )
