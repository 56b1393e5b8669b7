"""Roman appendix numbers (ND30.md §7): with two or more appendices, 'Phụ lục 2' prints as
'Phụ lục II', in the labels and wherever the text refers to them. The report itself is not changed."""

import copy
import re

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


def _sections(sections: list[Section], numbers: set[int]) -> None:
    for section in sections:
        section.heading = _rewrite(section.heading, numbers)
        section.text = _rewrite(section.text, numbers)
        _sections(section.children, numbers)


def with_roman_appendices(report: Report) -> Report:
    """A copy of the report whose 'Phụ lục N' labels, and the references to them in its texts,
    use Roman numerals; the report as given when it has fewer than two such appendices."""
    numbers = {n for n in (_arabic(a.label) for a in report.appendices) if n is not None}
    if len(report.appendices) < 2 or not numbers:
        return report
    copied = copy.deepcopy(report)
    copied.opening = _rewrite(copied.opening, numbers)
    copied.closing = _rewrite(copied.closing, numbers)
    copied.legal_bases = [_rewrite(t, numbers) for t in copied.legal_bases]
    copied.footnotes = [_rewrite(t, numbers) for t in copied.footnotes]
    _sections(copied.sections, numbers)
    for appendix in copied.appendices:
        appendix.label = _rewrite(appendix.label, numbers)
        appendix.text = _rewrite(appendix.text, numbers)
    return copied
