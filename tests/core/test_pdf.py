"""The report PDF follows Decree 30/2020 (shared/ND30.md §11): the rules on a synthetic long
report and on the cases the samples do not show (a blank draft number, leading zeros, a parent
body, several Kính gửi lines, multi-line positions, long recipient lists, footnote marks in
headings, Roman appendix numbers), and the layout profiles. The same rules on every bundled sample
are in test_pdf_rules.py.
"""

import dataclasses
import datetime
import io
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pdfread import BOTTOM, CENTRE, DRAFT_MARK, LEFT, PAGE_H, RIGHT, TOP, Line, Page, Pdf, in_draft_mark, nfc, read_pdf
from test_samples import walk

from desktop.core import bundle
from desktop.core.document import Report, Section, Signer, new_report
from desktop.core.pdf import profile as profiles
from desktop.core.pdf.numerals import with_roman_appendices
from desktop.core.pdf.profile import MM, build_profile, load_profile, profile_path
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DATE_RE = r"^[^,]+, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$"
NUMBER_RE = r"^Số: (0[1-9]|[1-9][0-9]+)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ]*)+$"
LONG = ("Ủy ban nhân dân phường đã ban hành kế hoạch triển khai, phân công nhiệm vụ cụ thể cho "
        "từng phòng, ban, đơn vị; tổ chức quán triệt đến toàn thể cán bộ, công chức, người lao động "
        "và nhân dân trên địa bàn; thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng "
        "mắc phát sinh, bảo đảm tiến độ & chất lượng <đúng> yêu cầu đề ra.")
SHORT = "- Số tin, bài đăng trên Cổng thông tin điện tử: 25 tin, 12 bài;"


def render(report: Report, tmp_path: Path, name: str = "out.pdf") -> Pdf:
    out = tmp_path / name
    render_pdf(report, out)
    return read_pdf(out)


# ---- reports ----

def fill(sections: list[Section]) -> None:
    for section in sections:
        section.text = "\n".join([LONG, SHORT, LONG])
        fill(section.children)


def make_report(template: Any, unit: Any, **changes: Any) -> Report:
    report = new_report(template, unit, today=changes.pop("date", datetime.date(2025, 8, 15)))
    report.number = "132"
    report.signer.name = "Trần Thị Tình"
    for key, value in changes.items():
        setattr(report, key, value)
    return report


@pytest.fixture(scope="module")
def long_report(template: Any, tran_lieu: Any) -> Report:
    report = make_report(template, tran_lieu)
    fill(report.sections)
    return report


@pytest.fixture(scope="module")
def long_pdf(long_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    return render(long_report, tmp_path_factory.mktemp("pdf"))


@pytest.fixture
def short_report(template: Any, tran_lieu: Any) -> Report:
    return make_report(template, tran_lieu)


def body_lines(pdf: Pdf) -> list[tuple[int, Line]]:
    """(page number, line) of the body: below Kính gửi on page 1, above Nơi nhận at the end."""
    found = []
    for page in pdf.pages:
        start = page.find("Kính gửi").baseline if page.number == 1 else TOP
        end = page.find("Nơi nhận").baseline - 1 if page.has("Nơi nhận") else PAGE_H
        found += [(page.number, line) for line in page.lines if start < line.baseline < end]
    return found


def is_indented(line: Line) -> bool:
    return line.x0 > LEFT + 1


# ---- page and fonts ----

def test_nd30_01_page_is_a4_portrait(long_pdf: Pdf) -> None:
    """ND30-01."""
    width, height = long_pdf.size
    assert abs(width - 595.28) <= 1 and abs(height - 841.89) <= 1
    assert len(long_pdf.pages) >= 3


def test_nd30_02_every_glyph_is_inside_the_margins(long_pdf: Pdf) -> None:
    """ND30-02; the page number is the only text in the top margin (ND30-28), besides a draft's mark."""
    for page in long_pdf.pages:
        for c in page.chars:
            assert c["x0"] >= LEFT - 0.5 and c["x1"] <= RIGHT + 0.5, (page.number, c["text"])
            assert c["bottom"] <= BOTTOM + 0.5, (page.number, c["text"])
            if c["top"] < TOP - 0.5 and not in_draft_mark(c):
                assert page.number > 1 and c["text"].isdigit(), (page.number, c["text"])


def test_nd30_03_fonts_are_embedded_liberation_serif_and_no_helvetica(long_pdf: Pdf) -> None:
    """ND30-03."""
    face = r"^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$"
    used = {c["fontname"] for page in long_pdf.pages for c in page.chars}
    assert all(re.match(face, name) for name in used), used
    assert len({name.split("+")[1] for name in used}) == 4


def test_pdf_metadata_names_the_report_in_nfc(long_pdf: Pdf, long_report: Report) -> None:
    """Title = type name + trích yếu; author = issuer; creator baocao."""
    meta = long_pdf.metadata
    assert meta["Title"] == nfc(f"BÁO CÁO {long_report.title}")
    assert meta["Author"] == "ỦY BAN NHÂN DÂN PHƯỜNG TRẦN LIỄU"
    assert meta["Creator"] == "baocao"
    assert "132/BC-UBND" in meta["Subject"]
    assert all(nfc(meta[k]) == meta[k] for k in ("Title", "Author", "Subject"))


def test_vietnamese_text_and_markup_characters_come_back_exactly(long_pdf: Pdf,
                                                               long_report: Report) -> None:
    """NFC text, diacritics and the characters & < > survive; opening printed once."""
    text = nfc(" ".join(line.text for _, line in body_lines(long_pdf)))
    assert "tiến độ & chất lượng <đúng> yêu cầu" in text
    assert nfc(long_report.opening) in text
    assert nfc(long_report.closing) in text


# ---- body ----

def test_nd30_04_body_and_headings_are_14pt(long_pdf: Pdf) -> None:
    """ND30-04."""
    for number, line in body_lines(long_pdf):
        assert line.sizes == {14.0}, (number, line.text)


def test_nd30_05_first_line_indent_is_10mm(long_pdf: Pdf) -> None:
    """ND30-05: paragraph starts at 10 mm (±0.3 mm), run-on lines at the left margin."""
    lines = [line for _, line in body_lines(long_pdf)]
    starts = [line for line in lines if is_indented(line)]
    assert len(starts) > 20
    for line in starts:
        assert abs(line.x0 - LEFT - 10 * MM) <= 0.3 * MM, line.text
    for line in lines:
        if not is_indented(line):
            assert abs(line.x0 - LEFT) <= 0.5, line.text


def test_nd30_06_line_pitch_and_paragraph_gap(long_pdf: Pdf) -> None:
    """ND30-06: pitch 1.15-1.5 × 14 pt inside a paragraph; at least 6 pt more between them."""
    lines = body_lines(long_pdf)
    inside, between = set(), set()
    for (page_a, a), (page_b, b) in pairwise(lines):
        if page_a == page_b:
            (between if is_indented(b) else inside).add(round(b.baseline - a.baseline, 2))
    assert inside and between
    assert all(1.15 * 14 <= pitch <= 1.5 * 14 for pitch in inside), inside
    assert min(between) - max(inside) >= 6 - 0.01, (inside, between)


def test_nd30_07_body_lines_are_justified(long_pdf: Pdf) -> None:
    """ND30-07: every line but a paragraph's last ends within 1 pt of the right margin."""
    lines = [line for _, line in body_lines(long_pdf)]
    full = [a for a, b in pairwise(lines) if not is_indented(b)]
    assert len(full) > 20
    for line in full:
        assert abs(line.x1 - RIGHT) <= 1, line.text
    assert any(RIGHT - line.x1 > 20 for line in lines)  # last lines stay ragged


def test_nd30_20_heading_ladder_labels_and_styles(long_pdf: Pdf) -> None:
    """ND30-20: 'I.' bold (text as given), '1.' bold, 'a)' italic; labels in order."""
    page = long_pdf.pages[0]
    assert page.find("I. TÌNH HÌNH TRIỂN KHAI").is_face("Bold", 14)
    assert page.find("1. Công tác chỉ đạo").is_face("Bold", 14)
    texts = [line.text for _, line in body_lines(long_pdf)]
    italic = [line for _, line in body_lines(long_pdf) if line.text.startswith("a) Hoạt động")]
    assert italic and italic[0].is_face("Italic", 14)
    labels = [t.split()[0] for t in texts if re.match(r"^(I|II|III|IV|V)\. [A-ZĐ]", t)]
    assert labels == ["I.", "II.", "III.", "IV.", "V."]
    assert [t[:2] for t in texts if re.match(r"^[a-đ]\) ", t)] == ["a)", "b)", "c)", "d)"]


def test_a_heading_never_ends_a_page(long_pdf: Pdf) -> None:
    """ND30-20: a heading keeps at least two lines of its text on its page."""
    for (page_a, a), (page_b, _) in pairwise(body_lines(long_pdf)):
        if page_a != page_b:
            assert a.faces == {"Regular"}, (page_a, a.text)


def test_headings_of_an_empty_draft_stay_with_what_follows(short_report: Report,
                                                           tmp_path: Path) -> None:
    """ND30-20/27: a parent heading stays with its first subheading; the last with the closing."""
    pdf = render(short_report, tmp_path)
    assert len(pdf.pages) >= 2
    for (page_a, a), (page_b, b) in pairwise(body_lines(pdf)):
        if page_a != page_b:
            assert not re.match(r"^([IVX]+|\d+)\. ", a.text), (a.text, b.text)
    assert pdf.pages[-1].has("V. KIẾN NGHỊ") and pdf.pages[-1].has("Trên đây là")


def test_empty_headings_and_texts_print_nothing(short_report: Report, tmp_path: Path) -> None:
    """A section without a heading gets no label and does not use up a number."""
    short_report.sections = [Section("MỘT"), Section("", "", []), Section("HAI", "\n  \n")]
    page = render(short_report, tmp_path).pages[0]
    texts = [line.text for line in page.lines]
    assert "I. MỘT" in texts and "II. HAI" in texts
    assert not any(t in ("II.", "III.", "III. HAI") for t in texts)


# ---- header ----

def test_nd30_08_09_10_national_title_and_motto(long_pdf: Pdf) -> None:
    """ND30-08/09/10: exact strings, bold, 13 / 14 pt, Quốc hiệu on one line in the right part."""
    page = long_pdf.pages[0]
    national, motto = page.find(NATIONAL), page.find(MOTTO)
    assert national.text == NATIONAL and national.is_face("Bold", 13)
    assert motto.text == MOTTO and motto.is_face("Bold", 14)
    assert national.centre > CENTRE and abs(national.centre - motto.centre) <= 1
    date = page.find("Trần Liễu, ngày")
    assert (max(national.sizes), max(motto.sizes), max(date.sizes)) == (13, 14, 14)


def test_nd30_11_rule_under_motto_is_as_long_as_it_and_centred(long_pdf: Pdf) -> None:
    """ND30-11: 95-105 % of the Tiêu ngữ width, centred within 1 mm, 0.5-0.75 pt thick."""
    page = long_pdf.pages[0]
    motto = page.find(MOTTO)
    rule = page.rule_under(motto)
    width = motto.x1 - motto.x0
    assert 0.95 <= (rule["x1"] - rule["x0"]) / width <= 1.05
    assert abs((rule["x0"] + rule["x1"]) / 2 - motto.centre) <= 1 * MM
    assert 0.5 <= rule.get("linewidth", 0.6) <= 0.75
    assert rule["top"] - motto.bottom >= 0.5  # does not touch the descenders


def test_nd30_12_13_issuer_lines_and_their_rule(long_pdf: Pdf) -> None:
    """ND30-12/13: issuer bold caps 13 pt, centred; rule 33-50 % of its widest line, centred."""
    page = long_pdf.pages[0]
    lines = [page.find("ỦY BAN NHÂN DÂN"), page.find("PHƯỜNG TRẦN LIỄU")]
    for line in lines:
        assert line.is_face("Bold", 13) and line.text == line.text.upper()
        assert line.centre < CENTRE
    widest = max(lines, key=lambda line: line.x1 - line.x0)
    rule = page.rule_under(lines[-1])
    assert 0.33 <= (rule["x1"] - rule["x0"]) / (widest.x1 - widest.x0) <= 0.50
    assert abs((rule["x0"] + rule["x1"]) / 2 - widest.centre) <= 1 * MM


def test_nd30_13_issuer_parent_line_is_not_bold(short_report: Report, tmp_path: Path) -> None:
    """ND30-13: the chủ quản line sits above the issuer, upright, not bold."""
    short_report.issuer_parent = "UBND PHƯỜNG TRẦN LIỄU"
    short_report.issuer = ["PHÒNG VĂN HÓA - XÃ HỘI"]
    page = render(short_report, tmp_path).pages[0]
    parent, issuer = page.find("UBND PHƯỜNG TRẦN LIỄU"), page.find("PHÒNG VĂN HÓA - XÃ HỘI")
    assert parent.is_face("Regular", 13) and issuer.is_face("Bold", 13)
    assert parent.baseline < issuer.baseline and abs(parent.centre - issuer.centre) <= 1


@pytest.mark.parametrize(("number", "shown"), [("5", "Số: 05/BC-UBND"), ("132", "Số: 132/BC-UBND")])
def test_nd30_14_number_line_has_leading_zero(short_report: Report, tmp_path: Path,
                                              number: str, shown: str) -> None:
    """ND30-14: 'Số: 05/BC-UBND', 13 pt upright, centred under the issuer."""
    short_report.number = number
    page = render(short_report, tmp_path).pages[0]
    line = page.find("Số:")
    assert line.text == shown and re.match(NUMBER_RE, line.text)
    assert line.is_face("Regular", 13)
    assert abs(line.centre - page.find("PHƯỜNG TRẦN LIỄU").centre) <= 1 * MM


def test_nd30_14_draft_number_is_left_blank(short_report: Report, tmp_path: Path) -> None:
    """ND30-14 (draft form): 'Số:' then blank room then '/BC-UBND'."""
    short_report.number = ""
    line = render(short_report, tmp_path).pages[0].find("Số:")
    assert re.match(r"^Số:[\s\u00a0]{3,}/BC-UBND$", line.text), repr(line.text)
    slash = next(c for c in line.chars if c["text"] == "/")
    colon = next(c for c in line.chars if c["text"] == ":")
    assert slash["x0"] - colon["x1"] >= 15  # room to write the number by hand


@pytest.mark.parametrize(("date", "shown"), [
    (datetime.date(2025, 1, 7), "Trần Liễu, ngày 07 tháng 01 năm 2025"),
    (datetime.date(2025, 8, 15), "Trần Liễu, ngày 15 tháng 8 năm 2025"),
])
def test_nd30_15_date_line_format_and_leading_zeros(template: Any, tran_lieu: Any, tmp_path: Path,
                                                    date: datetime.date, shown: str) -> None:
    """ND30-15: italic 14 pt, leading zeros for days 1-9 and months 1-2 only."""
    report = make_report(template, tran_lieu, date=date)
    line = render(report, tmp_path).pages[0].find("Trần Liễu, ngày")
    assert line.text == shown and re.match(DATE_RE, line.text)
    assert line.is_face("Italic", 14)


def test_nd30_16_number_and_date_share_a_baseline(long_pdf: Pdf) -> None:
    """ND30-16: ±1 pt; the date is centred under the Tiêu ngữ."""
    page = long_pdf.pages[0]
    number, date = page.find("Số:"), page.find("Trần Liễu, ngày")
    assert abs(number.baseline - date.baseline) <= 1
    assert abs(date.centre - page.find(MOTTO).centre) <= 1 * MM


def test_nd30_17_type_name_title_and_its_rule(long_pdf: Pdf, long_report: Report) -> None:
    """ND30-17: BÁO CÁO bold 14 centred; trích yếu bold 14, centred, ≤ 80 % wide; short rule."""
    page = long_pdf.pages[0]
    kind = page.find("BÁO CÁO")
    assert kind.text == "BÁO CÁO" and kind.is_face("Bold", 14)
    assert abs(kind.centre - CENTRE) <= 1 * MM
    end = page.find("Kính gửi").baseline
    title = [line for line in page.lines if kind.baseline < line.baseline < end]
    assert len(title) >= 2 and " ".join(t.text for t in title) == nfc(long_report.title)
    for line in title:
        assert line.is_face("Bold", 14) and abs(line.centre - CENTRE) <= 1 * MM
        assert line.x1 - line.x0 <= 0.8 * (RIGHT - LEFT) + 1
    widths = [line.x1 - line.x0 for line in title]
    assert min(widths) >= 0.6 * max(widths)  # balanced, not one long line and a stub
    rule = page.rule_under(title[-1])
    assert 0.33 <= (rule["x1"] - rule["x0"]) / max(widths) <= 0.50
    assert abs((rule["x0"] + rule["x1"]) / 2 - CENTRE) <= 1 * MM


def test_a_line_break_typed_in_the_trich_yeu_is_kept(template: Any, tran_lieu: Any, tmp_path: Path) -> None:
    """Balanced lines may split a name («Bộ Chính / trị»); the clerk's own break wins, the lines
    stay centred and within 80 %, and the metadata title has no line break."""
    text = "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nvề đột phá phát triển khoa học, công nghệ"

    def title_lines(title: str, name: str) -> tuple[list[str], Pdf]:
        pdf = render(make_report(template, tran_lieu, title=title), tmp_path, name)
        page = pdf.pages[0]
        kind, end = page.find("BÁO CÁO"), page.find("Kính gửi").baseline
        return [line.text for line in page.lines if kind.baseline < line.baseline < end], pdf

    balanced, _ = title_lines(text.replace("\n", " "), "balanced.pdf")
    kept, pdf = title_lines(text, "kept.pdf")
    assert kept == text.split("\n") and balanced != kept
    assert pdf.metadata["Title"] == "BÁO CÁO " + text.replace("\n", " ")


def test_nd30_19_kinh_gui_one_addressee_on_the_same_line(long_pdf: Pdf) -> None:
    """ND30-19: 'Kính gửi: X' upright 14 pt on one line, centred block."""
    line = long_pdf.pages[0].find("Kính gửi")
    assert line.text == "Kính gửi: Sở Khoa học và Công nghệ thành phố"
    assert line.is_face("Regular", 14) and abs(line.centre - CENTRE) <= 2 * MM


def test_nd30_19_kinh_gui_several_addressees_dashes_under_the_colon(short_report: Report,
                                                                   tmp_path: Path) -> None:
    """ND30-19: 'Kính gửi:' alone, then '- …' lines whose dashes align (±1 pt) under the colon."""
    short_report.kinh_gui = ["Sở Khoa học và Công nghệ thành phố;", "Sở Nội vụ thành phố."]
    page = render(short_report, tmp_path).pages[0]
    label = page.find("Kính gửi")
    assert label.text == "Kính gửi:"
    colon = next(c for c in label.chars if c["text"] == ":")
    rows = [page.find("- Sở Khoa học"), page.find("- Sở Nội vụ thành phố.")]
    for row in rows:
        assert abs(row.x0 - colon["x0"]) <= 1 and row.is_face("Regular", 14)
    assert label.baseline < rows[0].baseline < rows[1].baseline


# ---- signature, recipients, page numbers ----

def signature_page(pdf: Pdf) -> Page:
    pages = [page for page in pdf.pages if page.has("Nơi nhận")]
    assert len(pages) == 1
    return pages[0]


def test_nd30_25_noi_nhan_is_12pt_bold_italic_level_with_the_signer(long_pdf: Pdf) -> None:
    """ND30-25: flush left, same baseline (±1 pt) as the first signature line."""
    page = signature_page(long_pdf)
    label, first = page.find("Nơi nhận"), page.find("TM. ỦY BAN NHÂN DÂN")
    assert label.text == "Nơi nhận:" and label.is_face("BoldItalic", 12)
    assert abs(label.x0 - LEFT) <= 0.5
    assert abs(label.baseline - first.baseline) <= 1


def test_nd30_26_recipients_are_11pt_upright_as_typed(long_pdf: Pdf, long_report: Report) -> None:
    """ND30-26: one '- ' line per recipient, 11 pt upright, single spacing, under Nơi nhận."""
    page = signature_page(long_pdf)
    rows = [page.find(f"- {r}") for r in long_report.recipients]
    assert [r.text for r in rows] == [f"- {r}" for r in long_report.recipients]
    for row in rows:
        assert row.is_face("Regular", 11) and abs(row.x0 - LEFT) <= 0.5
    pitches = [b.baseline - a.baseline for a, b in pairwise(rows)]
    assert all(11 <= p <= 1.15 * 11 + 0.5 for p in pitches), pitches
    assert rows[0].baseline > page.find("Nơi nhận").baseline


def test_nd30_23_24_signature_block(long_pdf: Pdf) -> None:
    """ND30-23/24: title lines bold caps 14, name bold 14, one centre axis, ≥ 25 mm to sign."""
    page = signature_page(long_pdf)
    titles = [page.find("TM. ỦY BAN NHÂN DÂN"), page.find("CHỦ TỊCH")]
    name = page.find("Trần Thị Tình")
    for line in titles:
        assert line.is_face("Bold", 14) and line.text == line.text.upper()
    assert name.is_face("Bold", 14) and name.text == "Trần Thị Tình"
    assert max(t.centre for t in [*titles, name]) - min(t.centre for t in [*titles, name]) <= 1
    assert name.centre > CENTRE
    assert name.top - titles[-1].bottom >= 25 * MM


def test_nd30_27_signature_is_never_alone_on_its_page(long_pdf: Pdf) -> None:
    """ND30-27: Nơi nhận, signer and name on one page, with body text above them."""
    page = signature_page(long_pdf)
    label = page.find("Nơi nhận")
    assert page.has("Trần Thị Tình") and page.has("CHỦ TỊCH")
    above = [line for line in page.lines if TOP < line.baseline < label.baseline]
    assert above and above[-1].text.endswith("./.")


def test_multi_line_position_prints_every_line(short_report: Report, tmp_path: Path) -> None:
    """ND30-23: 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH', and the three-line TM./KT. form."""
    short_report.signer = Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")
    page = signature_page(render(short_report, tmp_path, "kt.pdf"))
    first, second = page.find("KT. CHỦ TỊCH"), page.find("PHÓ CHỦ TỊCH")
    assert first.baseline < second.baseline and abs(first.centre - second.centre) <= 1
    assert abs(page.find("Nơi nhận").baseline - first.baseline) <= 1
    short_report.signer = Signer("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "A")
    page = signature_page(render(short_report, tmp_path, "tm.pdf"))
    rows = [page.find("TM. ỦY BAN NHÂN DÂN"), page.find("KT. CHỦ TỊCH"), page.find("PHÓ CHỦ")]
    assert [r.baseline for r in rows] == sorted(r.baseline for r in rows)


def test_nd30_28_page_numbers_top_centre_from_page_2(long_pdf: Pdf) -> None:
    """ND30-28: none on page 1; page n shows 'n', 14 pt upright, centred in the top margin."""
    assert not [c for c in long_pdf.pages[0].chars if c["top"] < TOP and not in_draft_mark(c)]
    for page in long_pdf.pages[1:]:
        top = [line for line in page.lines if line.baseline < TOP and line.text != DRAFT_MARK]
        assert len(top) == 1, [t.text for t in top]
        number = top[0]
        assert number.text == str(page.number) and number.is_face("Regular", 14)
        assert abs(number.centre - CENTRE) <= 1 * MM
        assert 10 * MM <= number.baseline <= 15 * MM


def test_render_to_a_file_object(short_report: Report) -> None:
    """render_pdf also writes to an open binary stream (the preview keeps PDFs in memory)."""
    buffer = io.BytesIO()
    render_pdf(short_report, buffer)
    assert buffer.getvalue().startswith(b"%PDF")


# ---- the profile ----

def test_profile_holds_the_nd30_numbers() -> None:
    """The layout numbers come from resources/profiles/nd30.toml."""
    profile = load_profile("nd30")
    page = profile.page
    assert (page.top_mm, page.bottom_mm, page.left_mm, page.right_mm) == (20, 20, 30, 15)
    assert [line.style.size for line in profile.header.national] == [13, 14]
    assert profile.body.heading(9) == profile.body.headings[-1]
    line_pitch = profile.body.text.leading / profile.body.text.size
    assert line_pitch >= 1.15 and line_pitch <= 1.5  # single to 1.5 lines (ND30 §1)


def test_profile_rejects_unknown_and_missing_keys() -> None:
    """A typo in a profile file names the key instead of being ignored."""
    import tomllib

    raw = tomllib.loads(profile_path("nd30").read_text("utf-8"))
    raw["page"]["top"] = 20
    with pytest.raises(ValueError, match=r"page: unknown key\(s\) top"):
        build_profile(raw)
    del raw["page"]["top"], raw["body"]["first_indent_mm"]
    with pytest.raises(ValueError, match=r"body\.first_indent_mm: missing"):
        build_profile(raw)


def test_a_footnote_mark_in_a_heading_is_raised_and_its_note_printed(short_report: Report,
                                                                      tmp_path: Path) -> None:
    """Issue #4 point 3: '[^1]' in a heading prints as a raised 1, its note at the page foot."""
    short_report.sections[0].heading = "TÌNH HÌNH TRIỂN KHAI[^1]"
    short_report.footnotes = ["Theo Kế hoạch số 12-KH/TU ngày 26/8/2025."]
    page = render(short_report, tmp_path).pages[0]
    assert "[^1]" not in "".join(c["text"] for c in page.chars)
    heading = page.find("I. TÌNH HÌNH TRIỂN KHAI")
    assert heading.text == "I. TÌNH HÌNH TRIỂN KHAI1"
    mark = heading.chars[-1]
    assert mark["size"] < 10 and mark["bottom"] < heading.baseline - 2
    note = page.find("1 Theo Kế hoạch số 12-KH/TU")
    assert note.sizes == {11.0, 7.15} and note.baseline > max(line.baseline for line in page.lines if 14 in line.sizes
                                                        and line.baseline > TOP)


def test_party_profile_starts_from_nd30_and_restates_what_differs() -> None:
    """Issue #4 point 4: the Party's numbers are data (party.toml extends nd30.toml)."""
    nd30, party = load_profile("nd30"), load_profile("party")
    assert [(line.text, line.style.size, line.style.bold) for line in party.header.national] == [
        ("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True)]
    assert (party.header.agency_mark, party.header.number_with_date) == ("star", False)
    assert (party.header.issuer.size, party.header.number.size, party.title.type_name.size) == (14, 14, 15)
    label = party.signature.recipients_label_style
    assert (label.size, label.bold, label.italic, label.underline) == (14, False, False, True)
    assert party.signature.recipients.size == 12 and party.signature.keep_case == ("kiêm",)
    assert party.page == nd30.page and party.body == nd30.body and party.footnotes == nd30.footnotes


def test_a_profile_that_extends_itself_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.toml").write_text('extends = "b"\n', "utf-8")
    (tmp_path / "b.toml").write_text('extends = "a"\n', "utf-8")
    monkeypatch.setattr(profiles, "profile_path", lambda name: tmp_path / f"{name}.toml")
    with pytest.raises(ValueError, match="extends itself"):
        load_profile("a")


def test_a_long_recipient_list_runs_on_while_the_signature_stays_whole(short_report: Report,
                                                                       tmp_path: Path) -> None:
    """Issue #4 point 6: 60 recipients continue on the next pages, in order, at 11 pt, flush left;
    the signature block and the last paragraph stay together on one page."""
    short_report.recipients = [f"Phòng ban số {i};" for i in range(1, 61)]
    short_report.recipients.append("Lưu: VT, VHXH.")
    pdf = render(short_report, tmp_path)
    rows = [(page.number, line) for page in pdf.pages for line in page.segments if line.text.startswith("- ")]
    assert [line.text for _, line in rows] == [f"- {r}" for r in short_report.recipients]
    assert len({number for number, _ in rows}) >= 2
    for _, line in rows:
        assert line.is_face("Regular", 11) and abs(line.x0 - LEFT) <= 0.5
    page = signature_page(pdf)
    assert page.has("TM. ỦY BAN NHÂN DÂN") and page.has("Trần Thị Tình")
    assert page.find("Trần Thị Tình").top - page.find("CHỦ TỊCH").bottom >= 25 * MM
    label = page.find("Nơi nhận")
    assert [line for line in page.lines if TOP < line.baseline < label.baseline and line.text.endswith("./.")]
    first_rows = [line for number, line in rows if number == page.number]
    pitches = {round(b.baseline - a.baseline, 1) for a, b in pairwise(first_rows)}
    assert max(pitches) <= 1.15 * 11 + 0.5, pitches  # no gap where the list leaves the signature's side


def test_roman_appendix_numbers_rewrite_labels_and_references_when_the_profile_says(tmp_path: Path) -> None:
    """ND30-29: 'Phụ lục I, II, III' with two or more appendices (profile numerals = "roman");
    the seeds' 'Phụ lục 1' stays the default."""
    plan = read_report(bundle.samples_dir() / "ke-hoach-002-tran-lieu.json")
    roman = with_roman_appendices(plan)
    assert [a.label for a in roman.appendices] == ["Phụ lục I", "Phụ lục II", "Phụ lục III"]
    texts = " ".join(section.text for _, section in walk(roman.sections))
    assert "(Chi tiết tại Phụ lục II)" in texts and "Phụ lục 2" not in texts
    assert [a.label for a in plan.appendices] == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3"]  # unchanged
    single = dataclasses.replace(plan, appendices=plan.appendices[:1])
    assert with_roman_appendices(single) is single  # one appendix: as typed
    profile = load_profile("nd30")
    assert profile.appendix.numerals == "as_typed"
    out = tmp_path / "roman.pdf"
    render_pdf(plan, out, dataclasses.replace(profile, appendix=dataclasses.replace(profile.appendix,
                                                                                   numerals="roman")))
    pages = read_pdf(out).pages
    assert any(page.has("Phụ lục II") for page in pages)
    assert not any(line.text == "Phụ lục 2" for page in pages for line in page.lines)
