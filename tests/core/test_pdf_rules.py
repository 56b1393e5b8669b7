"""Every layout rule of shared/ND30.md §11 (and §10 for the Party's format), checked on the PDF of
every bundled sample as rendered, read back with pdfplumber. One test per rule, named after it;
each runs once per sample. The expected numbers are written here from ND30.md, not read from the
profiles, so a wrong profile fails.

Rules covered elsewhere: the công văn V/v line (18) has no sample; the blank number of a draft,
leading zeros and several Kính gửi addressees are in test_pdf.py; the draft mark in
test_pdf_draft.py; table layout in test_pdf_tables.py; other PDF readers in test_pdf_readers.py.
"""

import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from pdfread import LEFT, TOP, Line, Page, Pdf, in_draft_mark, nfc, read_pdf
from test_samples import walk

from desktop.core import bundle
from desktop.core.document import Report
from desktop.core.pdf.profile import MM
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report

SAMPLES = sorted(path.stem for path in bundle.samples_dir().glob("*.json"))
WITH_APPENDICES = [n for n in SAMPLES if read_report(bundle.samples_dir() / f"{n}.json").appendices]
WITH_FOOTNOTES = [n for n in SAMPLES if read_report(bundle.samples_dir() / f"{n}.json").footnotes]
RIGHT_MARGIN, BOTTOM_MARGIN = 15 * MM, 20 * MM
INDENT = 10 * MM
DATE_RE = r"^[^,]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$"
BLANK_DATE_RE = r"^[^,]+, ngày\s{3,}tháng\s{3,}năm \d{4}$"  # a draft not dated yet (ND30.md §2.5)


@dataclass(frozen=True)
class Expect:
    """The numbers of one document format (ND30.md §2.2 and §5 for the state, §10 for the Party)."""

    national: tuple[tuple[str, float], ...]  # the right-hand header lines, bold, and their sizes
    issuer: float
    number: float
    number_re: str
    blank_number_re: str
    type_name: float
    agency_mark: str  # "rule" 33-50 % under the issuer, or the Party's "*"
    number_with_date: bool
    noi_nhan: tuple[str, float, bool]  # face, size, underlined
    recipients: float
    title_rule: str  # "rule" 33-50 % under the trích yếu, or the Party's "-----"


NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
EXPECT = {
    "nd30": Expect(((NATIONAL, 13), (MOTTO, 14)), 13, 13,
                   r"^Số: (0[1-9]|[1-9][0-9]+)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ]*)+$",
                   r"^Số:\s{3,}/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ]*)+$",
                   14, "rule", True, ("BoldItalic", 12, False), 11, "rule"),
    "party": Expect((("ĐẢNG CỘNG SẢN VIỆT NAM", 15),), 14, 14,
                    r"^Số (0[1-9]|[1-9][0-9]+)-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*$",
                    r"^Số\s{3,}-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*$",
                    15, "star", False, ("Regular", 14, True), 12, "-----"),
}


@dataclass
class Doc:
    """A sample, its PDF and what to expect of it."""

    name: str
    report: Report
    pdf: Pdf
    expect: Expect

    @property
    def first(self) -> Page:
        return self.pdf.pages[0]

    def appendix_starts(self) -> list[int]:
        """The page number each appendix begins on: its label is the page's first line of text."""
        starts = []
        for appendix in self.report.appendices:
            found = [p.number for p in self.pdf.pages if text_lines(p) and text_lines(p)[0].text == appendix.label]
            assert found, f"{self.name}: no page starts with {appendix.label!r}"
            starts.append(found[0])
        return starts

    def main_pages(self) -> list[Page]:
        starts = self.appendix_starts()
        end = starts[0] - 1 if starts else len(self.pdf.pages)
        return self.pdf.pages[:end]

    def signature_page(self) -> Page:
        pages = [p for p in self.main_pages() if p.has(self.expect_label())]
        assert len(pages) == 1, self.name
        return pages[0]

    def body_top(self) -> float:
        """The baseline of the last line above the body on page 1: Kính gửi, or the trích yếu's."""
        above = [*title_lines(self), *([self.first.find("Kính gửi")] if self.report.kinh_gui else [])]
        if self.expect.title_rule != "rule":
            above.append(self.first.find(self.expect.title_rule))
        return max(line.baseline for line in above)

    def expect_label(self) -> str:
        return "Nơi nhận:"

    def body_lines(self) -> list[tuple[int, Line]]:
        """(page, line) of the body text: 14 pt lines from under the title block of page 1 to
        above Nơi nhận; a raised footnote mark is part of its line; the notes are left out."""
        found = []
        for page in self.main_pages():
            lines = [line for line in text_lines(page) if 14.0 in line.sizes]
            if page.number == 1:
                lines = [line for line in lines if line.baseline > self.body_top()]
            if page.has(self.expect_label()):
                end = page.find(self.expect_label()).baseline - 1
                lines = [line for line in lines if line.baseline < end]
            found += [(page.number, line) for line in lines]
        return found


def text_lines(page: Page) -> list[Line]:
    """The page's lines below the top margin (no page number, no draft mark)."""
    return [line for line in page.lines if line.baseline > TOP]


def is_indent(x0: float) -> bool:
    return abs(x0 - LEFT - INDENT) <= 0.5


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Doc]:
    folder: Path = tmp_path_factory.mktemp("samples")
    docs = {}
    for name in SAMPLES:
        report = read_report(bundle.samples_dir() / f"{name}.json")
        render_pdf(report, folder / f"{name}.pdf")
        docs[name] = Doc(name, report, read_pdf(folder / f"{name}.pdf"), EXPECT[report.profile])
    return docs


@pytest.fixture(params=SAMPLES)
def doc(request: pytest.FixtureRequest, rendered: dict[str, Doc]) -> Doc:
    return rendered[request.param]


@pytest.fixture(params=WITH_APPENDICES)
def doc_with_appendices(request: pytest.FixtureRequest, rendered: dict[str, Doc]) -> Doc:
    return rendered[request.param]


@pytest.fixture(params=WITH_FOOTNOTES)
def doc_with_footnotes(request: pytest.FixtureRequest, rendered: dict[str, Doc]) -> Doc:
    return rendered[request.param]


def test_every_sample_is_checked_and_both_formats_occur(rendered: dict[str, Doc]) -> None:
    assert len(rendered) >= 5 and len(WITH_APPENDICES) >= 3 and WITH_FOOTNOTES
    assert {d.report.profile for d in rendered.values()} == {"nd30", "party"}


# ---- page and fonts ----

def test_nd30_01_page_is_a4_and_only_appendices_turn_landscape(doc: Doc) -> None:
    """ND30-01: A4 (±1 pt); main pages portrait."""
    main = {p.number for p in doc.main_pages()}
    for page in doc.pdf.pages:
        assert sorted((round(page.width), round(page.height))) == [595, 842]
        if page.number in main:
            assert not page.landscape, page.number


def test_nd30_02_every_glyph_is_inside_the_margins(doc: Doc) -> None:
    """ND30-02: 30 / 15 mm left and right, 20 mm top and bottom, as the page is read; only the page
    number and the draft mark are in the top margin."""
    for page in doc.pdf.pages:
        for c in page.chars:
            where = (doc.name, page.number, c["text"])
            assert c["x0"] >= LEFT - 0.5 and c["x1"] <= page.width - RIGHT_MARGIN + 0.5, where
            assert c["bottom"] <= page.height - BOTTOM_MARGIN + 0.5, where
            if c["top"] < TOP - 0.5:
                assert in_draft_mark(c) or c["text"].isdigit(), where


def test_nd30_03_one_embedded_font_family_and_no_helvetica(doc: Doc) -> None:
    """ND30-03: every glyph in a subset of Liberation Serif (metric twin of Times New Roman)."""
    face = r"^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$"
    used = {c["fontname"] for page in doc.pdf.pages for c in page.chars}
    assert used and all(re.match(face, name) for name in used), used


# ---- body ----

def test_nd30_04_body_and_headings_are_14pt(doc: Doc) -> None:
    """ND30-04: one size, 14 pt, for the body and its headings (footnote marks aside)."""
    lines = doc.body_lines()
    assert len(lines) > 10
    for number, line in lines:
        assert {s for s in line.sizes if s >= 10} == {14.0}, (number, line.text)


def test_nd30_05_first_line_indent_is_10mm(doc: Doc) -> None:
    """ND30-05: a paragraph starts 10 mm in; its other lines at the left margin."""
    lines = doc.body_lines()
    assert sum(is_indent(line.x0) for _, line in lines) >= 5
    for number, line in lines:
        assert is_indent(line.x0) or abs(line.x0 - LEFT) <= 0.5, (number, line.text)


def test_nd30_06_line_pitch_and_paragraph_gap(doc: Doc) -> None:
    """ND30-06: 1.15 to 1.5 lines inside a paragraph (18 pt); at least 6 pt more between them."""
    pitches = {}
    for (page_a, a), (page_b, b) in pairwise(doc.body_lines()):
        if page_a == page_b:
            pitches[b.text] = (round(b.baseline - a.baseline, 1), is_indent(b.x0))
    inside = {p for p, starts in pitches.values() if not starts}
    between = {p for p, starts in pitches.values() if starts}
    assert inside and between
    assert all(1.15 * 14 <= p <= 1.5 * 14 for p in inside), inside
    assert min(between) - max(inside) >= 6 - 0.1, (inside, between)


def test_nd30_07_body_lines_are_justified(doc: Doc) -> None:
    """ND30-07: every line but a paragraph's last ends within 1 pt of the right margin."""
    right = LEFT + (595.2756 - LEFT - RIGHT_MARGIN)
    full = [a for (pa, a), (pb, b) in pairwise(doc.body_lines()) if pa == pb and not is_indent(b.x0)]
    assert full
    for line in full:
        assert abs(line.x1 - right) <= 1, line.text


def test_nd30_20_heading_ladder_labels_and_styles(doc: Doc) -> None:
    """ND30-20: 'I.' and '1.' (or '2.1.') bold, 'a)' italic, each with its label and its text."""
    labels = {1: r"[IVX]+\. ", 2: r"\d+(\.\d+)?\. ", 3: r"([a-zđ]\)|\d+\.\d+\.) "}
    faces = {1: {"Bold"}, 2: {"Bold"}, 3: {"Italic"}}
    lines = [line for _, line in doc.body_lines()]
    checked = 0
    for depth, section in walk(doc.report.sections):
        heading = nfc(section.heading.strip())
        if not heading or depth > 3:
            continue
        start = heading.split()[0]
        found = [line for line in lines if re.match(labels[depth] + re.escape(start), line.text)
                 and heading[:40].startswith(line.text.split(" ", 1)[1][:40])]
        assert found, (doc.name, heading)
        line = found[0]
        assert line.faces == faces[depth], (doc.name, line.text, line.faces)
        # Printed as typed: seed 003 writes its Mục in sentence case, which ND30 would capitalise.
        assert line.text.split(" ", 1)[1] == heading[:len(line.text.split(" ", 1)[1])], line.text
        checked += 1
    assert checked >= 3


def test_a_heading_never_ends_a_page(doc: Doc) -> None:
    """ND30-20: a heading keeps at least the start of its text on its page."""
    for (page_a, a), (page_b, _) in pairwise(doc.body_lines()):
        if page_a != page_b:
            assert "Regular" in a.faces, (doc.name, page_a, a.text)


# ---- header ----

def test_nd30_08_09_10_national_header_exact_bold_and_sized(doc: Doc) -> None:
    """ND30-08/09/10 (§10.1 for the Party): exact text, bold, sizes; centred in the right part."""
    page = doc.first
    lines = [page.find(text) for text, _ in doc.expect.national]
    for line, (text, size) in zip(lines, doc.expect.national, strict=True):
        assert line.text == text and line.is_face("Bold", size), (line.text, line.faces, line.sizes)
        assert line.centre > (LEFT + 595.2756 - RIGHT_MARGIN) / 2
        assert abs(line.centre - lines[0].centre) <= 1


def test_nd30_11_rule_under_the_national_header_is_as_long_as_its_last_line(doc: Doc) -> None:
    """ND30-11: 95-105 % of the Tiêu ngữ (Party: of ĐẢNG CỘNG SẢN VIỆT NAM), centred within 1 mm."""
    page = doc.first
    last = page.find(doc.expect.national[-1][0])
    rule = page.rule_under(last)
    assert 0.95 <= (rule["x1"] - rule["x0"]) / (last.x1 - last.x0) <= 1.05
    assert abs((rule["x0"] + rule["x1"]) / 2 - last.centre) <= 1 * MM
    assert rule["top"] - last.bottom >= 0.5


def issuer_lines(doc: Doc) -> list[Line]:
    return [doc.first.find(text) for text in doc.report.issuer]


def test_nd30_12_under_the_issuer_a_short_rule_or_the_partys_star(doc: Doc) -> None:
    """ND30-12: a rule 33-50 % of the widest issuer line, centred; Party: a '*' centred under it."""
    page, lines = doc.first, issuer_lines(doc)
    widest = max(lines, key=lambda line: line.x1 - line.x0)
    if doc.expect.agency_mark == "rule":
        rule = page.rule_under(lines[-1])
        assert 0.33 <= (rule["x1"] - rule["x0"]) / (widest.x1 - widest.x0) <= 0.50
        assert abs((rule["x0"] + rule["x1"]) / 2 - widest.centre) <= 1 * MM
    else:
        star = page.find("*")
        assert star.text == "*" and 0 < star.baseline - lines[-1].baseline < 2 * doc.expect.issuer
        assert abs(star.centre - widest.centre) <= 1 * MM
        assert not [r for r in page.rules if 0 < r["top"] - lines[-1].baseline < 12 and r["x1"] < star.x1 + 50]


def test_nd30_13_issuer_lines_are_bold_capitals_parent_upright(doc: Doc) -> None:
    """ND30-13 (§10.1): issuer bold capitals 13 pt (Party 14), the parent body not bold."""
    for line in issuer_lines(doc):
        assert line.is_face("Bold", doc.expect.issuer) and line.text == line.text.upper(), line.text
        assert line.centre < (LEFT + 595.2756 - RIGHT_MARGIN) / 2
    if doc.report.issuer_parent:
        parent = doc.first.find(doc.report.issuer_parent)
        assert parent.is_face("Regular", doc.expect.issuer)
        assert parent.baseline < issuer_lines(doc)[0].baseline


def number_line(doc: Doc) -> Line:
    return doc.first.find("Số")


def test_nd30_14_number_line_form_and_size(doc: Doc) -> None:
    """ND30-14: 'Số: 05/BC-UBND' 13 pt (Party: 'Số 01-BC/BCĐ' 14 pt), upright, under the issuer;
    blank room for the number while it is not given."""
    line = number_line(doc)
    pattern = doc.expect.number_re if doc.report.number.strip() else doc.expect.blank_number_re
    assert re.match(pattern, line.text.replace("\u00a0", " ")), repr(line.text)
    assert line.is_face("Regular", doc.expect.number)
    assert abs(line.centre - max(issuer_lines(doc), key=lambda x: x.x1 - x.x0).centre) <= 1 * MM


def date_line(doc: Doc) -> Line:
    return doc.first.find(f"{doc.report.place}, ngày")


def test_nd30_15_date_line_format_and_leading_zeros(doc: Doc) -> None:
    """ND30-15: italic 14 pt; days 1-9 and months 1-2 with a leading zero; blanks while undated."""
    line = date_line(doc)
    pattern = DATE_RE if doc.report.date else BLANK_DATE_RE
    assert re.match(pattern, line.text.replace("\u00a0", " ")), repr(line.text)
    assert line.is_face("Italic", 14)


def test_nd30_16_number_and_date_positions(doc: Doc) -> None:
    """ND30-16: Số and the date on one baseline (±1 pt), the date centred under the Tiêu ngữ;
    Party (§10.1): the date right under the header's rule, the number under the star."""
    number, date = number_line(doc), date_line(doc)
    national = doc.first.find(doc.expect.national[-1][0])
    assert abs(date.centre - national.centre) <= 1 * MM
    if doc.expect.number_with_date:
        assert abs(number.baseline - date.baseline) <= 1
    else:
        rule = doc.first.rule_under(national)
        assert 0 < date.top - rule["bottom"] < 12
        assert number.baseline > doc.first.find("*").baseline > date.baseline


def title_lines(doc: Doc) -> list[Line]:
    page = doc.first
    kind = page.find(doc.report.type_name)
    words = nfc(doc.report.title).split()
    lines, count = [], 0
    for line in page.lines:
        if line.baseline > kind.baseline and count < len(words):
            lines.append(line)
            count += len(line.text.split())
    assert " ".join(line.text for line in lines) == " ".join(words)
    return lines


def test_nd30_17_type_name_and_trich_yeu(doc: Doc) -> None:
    """ND30-17: type name bold capitals 14 (Party 15-16), centred; trích yếu bold 14, centred, on
    balanced lines within 80 % of the width; under it a rule 33-50 % (Party: '-----')."""
    page = doc.first
    centre = (LEFT + 595.2756 - RIGHT_MARGIN) / 2
    kind = page.find(doc.report.type_name)
    assert kind.text == doc.report.type_name == kind.text.upper()
    assert kind.is_face("Bold", doc.expect.type_name) and abs(kind.centre - centre) <= 1 * MM
    lines = title_lines(doc)
    widths = [line.x1 - line.x0 for line in lines]
    for line in lines:
        assert line.is_face("Bold", 14) and abs(line.centre - centre) <= 1 * MM
        assert line.x1 - line.x0 <= 0.8 * (595.2756 - LEFT - RIGHT_MARGIN) + 1
    if len(lines) > 1:
        assert min(widths) >= 0.5 * max(widths)
    if doc.expect.title_rule == "rule":
        rule = page.rule_under(lines[-1])
        assert 0.33 <= (rule["x1"] - rule["x0"]) / max(widths) <= 0.50
        assert abs((rule["x0"] + rule["x1"]) / 2 - centre) <= 1 * MM
    else:
        dashes = next(line for line in page.lines if line.baseline > lines[-1].baseline)
        assert dashes.text == doc.expect.title_rule and abs(dashes.centre - centre) <= 1 * MM


def test_nd30_19_kinh_gui_upright_14pt_centred(doc: Doc) -> None:
    """ND30-19: 'Kính gửi: X' on one line, upright 14 pt, under the title; none when not set."""
    page = doc.first
    if not doc.report.kinh_gui:
        assert not page.has("Kính gửi")
        return
    line = page.find("Kính gửi")
    assert line.text == f"Kính gửi: {doc.report.kinh_gui[0]}"
    assert line.is_face("Regular", 14) and line.baseline > title_lines(doc)[-1].baseline
    assert abs(line.centre - (LEFT + 595.2756 - RIGHT_MARGIN) / 2) <= 2 * MM


# ---- signature and recipients ----

def signer_lines(doc: Doc) -> tuple[list[Line], Line | None]:
    page = doc.signature_page()
    titles = [t if t == "kiêm" else t.upper() for t in doc.report.signer.title_lines()]
    lines = [next(s for s in page.segments if s.text == t and s.centre > LEFT + 150) for t in titles]
    name = doc.report.signer.name.strip()
    return lines, page.find(name) if name else None


def test_nd30_23_24_signature_block(doc: Doc) -> None:
    """ND30-23/24: title lines bold capitals 14 ('kiêm' as printed), name bold 14, one centre
    axis (±1 pt) in the right part, at least 25 mm left to sign and stamp."""
    titles, name = signer_lines(doc)
    assert titles
    for line in titles:
        assert line.is_face("Bold", 14)
    shown = [*titles, *([name] if name else [])]
    assert max(t.centre for t in shown) - min(t.centre for t in shown) <= 1
    assert titles[0].centre > (LEFT + 595.2756 - RIGHT_MARGIN) / 2
    if name:
        assert name.is_face("Bold", 14) and name.text == doc.report.signer.name
        assert name.top - titles[-1].bottom >= 25 * MM


def test_nd30_25_noi_nhan_label_face_and_level(doc: Doc) -> None:
    """ND30-25: 'Nơi nhận:' 12 pt bold italic (Party: 14 pt underlined), flush left, on the
    baseline of the signer's first line."""
    page = doc.signature_page()
    label = page.find("Nơi nhận")
    face, size, underlined = doc.expect.noi_nhan
    assert label.text == "Nơi nhận:" and label.is_face(face, size)
    assert abs(label.x0 - LEFT) <= 0.5
    assert abs(label.baseline - signer_lines(doc)[0][0].baseline) <= 1
    under = [r for r in page.rules if 0 < r["top"] - label.baseline < 4 and r["x0"] < label.x1 and r["x1"] > label.x0]
    assert bool(under) == underlined
    if underlined:
        assert abs(under[0]["x0"] - label.x0) <= 1 and abs(under[0]["x1"] - label.x1) <= 1


def test_nd30_26_recipients_one_per_line_upright(doc: Doc) -> None:
    """ND30-26: '- X' per recipient, 11 pt (Party 12) upright, single spacing, flush left; entries
    end with ';' and the last is '- Lưu: VT, XX.' (Party: '- Lưu Văn phòng ….')."""
    page = doc.signature_page()
    rows = [page.find(f"- {r}") for r in doc.report.recipients]
    size = doc.expect.recipients
    for row in rows:
        assert row.is_face("Regular", size) and abs(row.x0 - LEFT) <= 0.5, row.text
    pitches = [b.baseline - a.baseline for a, b in pairwise(rows)]
    assert all(size <= p <= 1.15 * size + 0.5 for p in pitches), pitches
    assert rows[0].baseline > page.find("Nơi nhận").baseline
    assert rows[-1].text.endswith(".")
    if doc.report.profile == "nd30":  # each entry ends ';' (before a purpose note), the last is the Lưu line
        for row in rows[:-1]:
            assert re.sub(r"\s*\([^()]*\)$", "", row.text).endswith(";"), row.text
        assert re.match(r"^- Lưu: VT(,\s?\S.*)?\.$", rows[-1].text), rows[-1].text
    else:  # the Party's last line: '- Lưu Văn phòng ….', no colon, no VT (ND30.md §10.1)
        assert re.match(r"^- Lưu [^:]+\.$", rows[-1].text), rows[-1].text


def test_nd30_27_signature_is_never_alone_on_its_page(doc: Doc) -> None:
    """ND30-27: body text above Nơi nhận on the signature's page; the whole block on that page."""
    page = doc.signature_page()
    titles, name = signer_lines(doc)
    assert titles and (name is None or name.baseline > titles[-1].baseline)
    label = page.find("Nơi nhận")
    above = [line for _, line in doc.body_lines() if _ == page.number and line.baseline < label.baseline]
    assert above


# ---- page numbers and appendices ----

def top_margin_number(page: Page) -> Line | None:
    numbers = [line for line in page.lines if line.baseline < TOP and line.text.isdigit()]
    assert len(numbers) <= 1
    return numbers[0] if numbers else None


def test_nd30_28_page_numbers_top_centre_from_page_2(doc: Doc) -> None:
    """ND30-28: none on page 1; page n shows 'n', 14 pt upright, centred in the top margin."""
    for page in doc.main_pages():
        number = top_margin_number(page)
        if page.number == 1:
            assert number is None
            continue
        assert number is not None and number.text == str(page.number), page.number
        assert number.is_face("Regular", 14)
        assert abs(number.centre - (LEFT + page.width - RIGHT_MARGIN) / 2) <= 1 * MM
        assert 10 * MM <= number.baseline <= 15 * MM


def test_nd30_29_appendices_numbered_apart_with_label_title_and_caption(doc_with_appendices: Doc) -> None:
    """ND30-29: each appendix on a new page: label 14 bold, title capitals bold, caption italic,
    all centred; its pages numbered from 1, none shown on its first page."""
    doc = doc_with_appendices
    starts = doc.appendix_starts()
    ends = [*(s - 1 for s in starts[1:]), len(doc.pdf.pages)]
    for appendix, start, end in zip(doc.report.appendices, starts, ends, strict=True):
        page = doc.pdf.pages[start - 1]
        lines = text_lines(page)
        centre = (LEFT + page.width - RIGHT_MARGIN) / 2
        assert lines[0].is_face("Bold", 14) and abs(lines[0].centre - centre) <= 1 * MM
        title = page.find(nfc(appendix.title).upper()[:20]) if appendix.title.strip() else None
        if title is not None:
            assert title.faces == {"Bold"} and abs(title.centre - centre) <= 1 * MM
        caption = page.find("(Kèm theo")
        assert caption.faces == {"Italic"} and abs(caption.centre - centre) <= 1 * MM
        for page in doc.pdf.pages[start - 1:end]:
            number = top_margin_number(page)
            expected = None if page.number == start else str(page.number - start + 1)
            assert (number.text if number else None) == expected, (appendix.label, page.number)


def test_nd30_30_caption_repeats_the_documents_number_and_date(doc_with_appendices: Doc) -> None:
    """ND30-30: '(Kèm theo Báo cáo số 132/BC-UBND ngày 15/8/2025 của …)', blanks where not given."""
    doc = doc_with_appendices
    for start in doc.appendix_starts():
        page = doc.pdf.pages[start - 1]
        caption = " ".join(line.text for line in text_lines(page) if "Italic" in line.faces)
        kind = doc.report.type_name.capitalize()
        assert caption.startswith(f"(Kèm theo {kind} số") and caption.endswith(")")
        if doc.report.number:
            assert doc.report.number in caption and doc.report.symbol in caption
        if doc.report.date:
            assert f"{doc.report.date.day:02d}/{doc.report.date.month}/{doc.report.date.year}" in caption


# ---- footnotes and the draft mark ----

def test_footnotes_print_on_the_page_of_their_mark(doc_with_footnotes: Doc) -> None:
    """ND30.md §9 (practice): a raised number in the text, its note in 11 pt at the foot of that
    page, under the body; every note printed once."""
    doc = doc_with_footnotes
    printed: dict[int, int] = {}
    for page in doc.main_pages():
        body = [line for line in text_lines(page) if 14.0 in line.sizes]
        marks = {int(m) for line in body for m in raised_numbers(line)}
        notes = [line for line in text_lines(page) if 11.0 in line.sizes]
        for number in sorted(marks):
            if number in printed:
                continue
            start = nfc(doc.report.footnotes[number - 1])[:25]
            found = [n for n in notes if start in n.text]
            assert found, (page.number, number)
            assert found[0].baseline > max(line.baseline for line in body)
            assert found[0].is_face("Regular", 11) or found[0].sizes <= {11.0, 7.15}
            printed[number] = page.number
    assert sorted(printed) == list(range(1, len(doc.report.footnotes) + 1))


def raised_numbers(line: Line) -> list[str]:
    """The footnote numbers in a line: runs of small digits."""
    text = "".join(c["text"] if c["text"].isdigit() and c["size"] < 10 else " " for c in line.chars)
    return text.split()


def test_a_draft_is_marked_on_every_page(doc: Doc) -> None:
    """Point 5 of the issue: every page of a draft carries «DỰ THẢO» in its top margin."""
    assert doc.report.status == "draft"
    for page in doc.pdf.pages:
        assert "".join(c["text"] for c in page.chars if in_draft_mark(c)) == "DỰ THẢO", page.number
