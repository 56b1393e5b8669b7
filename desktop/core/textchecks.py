"""Texts of a report that would not print as written (#13): control characters (left out when printing)
and characters the report's font has no glyph for (printed blank). Both are warnings, one per place."""

import re
from collections.abc import Callable, Iterator
from functools import partial

from desktop.core.document import Report
from desktop.core.issue import WARNING, Issue, Place, cell_place, field_place, shown
from desktop.core.messages import Message
from desktop.core.outline import numbered
from desktop.core.texthygiene import codepoint, controls
from desktop.core.vnformat import nfc

PROFILES = ("nd30", "party")
MAX_NAMED = 5  # characters a message names; more are "…"


# A text and how to name its place; the place is made only for a text that has a problem, since a
# cell's place counts the rows of its table.
Text = tuple[Callable[[], Place], str]


def _field_texts(report: Report) -> Iterator[Text]:
    signer = report.signer
    single = {"issuer_parent": report.issuer_parent, "type_name": report.type_name, "number": report.number,
              "symbol": report.symbol, "place": report.place, "title": report.title, "opening": report.opening,
              "closing": report.closing, "signer.on_behalf_of": signer.on_behalf_of,
              "signer.position": signer.position, "signer.name": signer.name}
    for name, text in single.items():
        yield partial(field_place, name), text
    lists = {"issuer": report.issuer, "kinh_gui": report.kinh_gui, "legal_bases": report.legal_bases,
             "footnotes": report.footnotes, "recipients": report.recipients}
    for name, texts in lists.items():
        for text in texts:
            yield partial(field_place, name), text
    if report.unit is not None:
        yield partial(field_place, "unit"), report.unit.name
        yield partial(field_place, "unit"), report.unit.province_name


def _section_place(label: str, heading: str) -> Place:
    short = shown(heading, 40)
    return Place("sections", vi=f"Nội dung, mục {label} «{short}»", en=f"Body, section {label} «{short}»")


def _section_texts(report: Report) -> Iterator[Text]:
    for _, label, section in numbered(report.sections):
        yield partial(_section_place, label, section.heading), section.heading
        yield partial(_section_place, label, section.heading), section.text


def _appendix_texts(report: Report) -> Iterator[Text]:
    for appendix in report.appendices:
        label = shown(appendix.label) or "Phụ lục"
        own = partial(Place, "appendices", vi=label, en=label)
        yield from ((own, text) for text in (appendix.label, appendix.title, appendix.text))
        for table in appendix.tables:
            name = shown(table.title or table.id)
            yield partial(Place, "appendices", vi=f"{label}, bảng «{name}»", en=f"{label}, table «{name}»"), table.title
            for column in table.columns:
                title = shown(column.title)
                yield partial(Place, "appendices", vi=f"{label}, bảng «{name}», tiêu đề cột «{title}»",
                              en=f"{label}, table «{name}», heading of the column «{title}»"), column.title
            for index, row in enumerate(table.rows):
                for column in table.columns:
                    value = row.cells.get(column.key)
                    if isinstance(value, str) and value:
                        yield partial(cell_place, table, index, column, appendix.label), value


def printed_texts(report: Report) -> Iterator[Text]:
    """Every text of a report that is printed, with how to name the place the clerk finds it."""
    yield from _field_texts(report)
    yield from _section_texts(report)
    yield from _appendix_texts(report)


def _named(chars: list[str]) -> str:
    """'«😀» (U+1F600), U+200D': a character shown when it can be, always with its code point."""
    parts = [f"«{c}» ({codepoint(c)})" if c.isprintable() else codepoint(c) for c in chars[:MAX_NAMED]]
    return ", ".join(parts) + (", …" if len(chars) > MAX_NAMED else "")


def _explanation(report: Report, place: Place) -> str:
    table = report.table(place.field.removeprefix("table:")) if place.field.startswith("table:") else None
    return nfc(table.rows[place.row].explanations.get(place.column, "")) if table else ""


def text_issues(report: Report) -> Iterator[Issue]:
    """A warning for each place holding control characters, and one for each holding characters the
    report's font cannot print (emoji, CJK …)."""
    from desktop.core.pdf.fonts import missing_glyphs  # reads the font files: only when checking

    profile = report.profile if report.profile in PROFILES else "nd30"
    found: dict[Place, tuple[list[str], list[str]]] = {}
    for make_place, text in printed_texts(report):
        bad = controls(text)
        # What the PDF prints is nfc(text), without the control characters (ASCII is always in the font).
        missing = [] if text.isascii() or not missing_glyphs(text, profile) else missing_glyphs(nfc(text), profile)
        if bad or missing:
            known_bad, known_missing = found.setdefault(make_place(), ([], []))
            known_bad.extend(c for c in bad if c not in known_bad)
            known_missing.extend(c for c in missing if c not in known_missing)
    for place, (bad, missing) in found.items():
        explanation = _explanation(report, place)
        if bad:
            chars = ", ".join(codepoint(c) for c in bad[:MAX_NAMED]) + (", …" if len(bad) > MAX_NAMED else "")
            yield Issue(WARNING, Message("check.control_chars", {"chars": chars}), place, explanation)
        if missing:
            yield Issue(WARNING, Message("check.no_glyph", {"chars": _named(missing)}), place, explanation)


# «…» or «...» standing alone (after a space, a bracket or at the start), as templates leave them to fill:
# «Công văn số ... ngày ...», «quý ...»; an ellipsis closing a list («học trực tuyến...») is prose.
PLACEHOLDER = re.compile(r"(?:^|(?<=[\s(]))(?:\.{3}|…)")


def _placeholder_texts(report: Report) -> Iterator[Text]:
    for name in ("title", "opening", "closing"):
        yield partial(field_place, name), getattr(report, name)
    yield from _section_texts(report)


def placeholder_issues(report: Report) -> Iterator[Issue]:
    """A warning for each text (the title, the opening and closing, the sections) still holding a «…»
    left to fill, quoting the words around the first one."""
    seen: set[Place] = set()
    for make_place, text in _placeholder_texts(report):
        found = PLACEHOLDER.search(text)
        if found is None:
            continue
        place = make_place()
        if place in seen:
            continue
        seen.add(place)
        where = shown(" ".join([*text[:found.start()].split()[-5:], found.group()]), 60)
        yield Issue(WARNING, Message("check.placeholder", {"where": f"«{where}»"}), place)
