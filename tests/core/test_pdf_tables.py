"""Legal bases, footnotes and appendices with their tables in the report PDF, read back with pdfplumber.

ND30.md §2.2 (Căn cứ lines italic), §6 (page numbers; appendices numbered separately), §7 (Phụ lục:
label, title, caption; tables: grid, header repeated, Vietnamese numbers, rows not split across pages),
§9 (footnotes: practice, also in table cells). Issue #4 point 2: column widths fit the content (no
text outside its cell), group rows stay with the row after them, only a row taller than a page splits.
"""

import dataclasses
import datetime
import tomllib
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.document import Report, UnitRef, new_report
from desktop.core.pdf.appendix import appendix_caption, issuer_phrase
from desktop.core.pdf.profile import MM, load_profile
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.core.tables import Row
from desktop.core.templatebuild import build_template
from desktop.core.units import AdminUnit
from desktop.core.vnformat import BLANK

TEMPLATE = """
id = "thu-phu-luc"
name = "Kế hoạch thử có phụ lục"
version = 1
profile = "nd30"
periods = ["year"]

[document]
type_name = "KẾ HOẠCH"
type_code = "KH"
issuer_code = "UBND"
title = "Thực hiện chuyển đổi số năm 2025"
legal_bases = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
]
opening = "Ủy ban nhân dân {unit_name} ban hành kế hoạch[^1] thực hiện như sau:"
closing = "Trên đây là kế hoạch của Ủy ban nhân dân {unit_name}./."
recipients = ["UBND thành phố;", "Lưu: VT, VHXH."]

[signer]
authority = "TM."
on_behalf_of = "ỦY BAN NHÂN DÂN"
position = "CHỦ TỊCH"

[[outline]]
heading = "MỤC ĐÍCH, YÊU CẦU"
text = "Bảo đảm tiến độ và chất lượng[^2] các nhiệm vụ chuyển đổi số."

[[appendices]]
id = "phu-luc-1"
label = "Phụ lục 1"
title = "Chỉ tiêu chuyển đổi số"

[[appendices.tables]]
id = "chi-tieu"
kind = "indicators"
title = "Bảng 1. Kết quả thực hiện các chỉ tiêu"
numbering = "continuous"
total_row = "Tổng cộng"
columns = [
  {key = "stt"},
  {key = "name", title = "Chỉ tiêu"},
  {key = "unit"},
  {key = "value", total = true},
  {key = "denominator", total = true},
  {key = "ratio"},
  {key = "previous"},
]

[[appendices.tables.rows]]
key = "dich-vu-cong"
group = true
name = "Dịch vụ công trực tuyến"

[[appendices.tables.rows]]
key = "ho-so-truc-tuyen"
kind = "ratio"
name = "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình"
unit = "%"

[[appendices.tables.rows]]
key = "thanh-toan"
kind = "ratio"
name = "Tỷ lệ hồ sơ có thanh toán trực tuyến"
unit = "%"

[[appendices.tables]]
id = "so-lieu"
kind = "indicators"
columns = [{key = "stt"}, {key = "name", title = "Chỉ tiêu"}, {key = "unit"}, {key = "value"}]

[[appendices.tables.rows]]
key = "so-ho-so"
kind = "count"
name = "Số hồ sơ tiếp nhận"
unit = "Hồ sơ"

[[appendices.tables.rows]]
key = "kinh-phi"
kind = "money"
name = "Kinh phí thực hiện"
unit = "Triệu đồng"

[[appendices]]
id = "phu-luc-2"
label = "Phụ lục 2"
title = "Danh mục nhiệm vụ"
text = "Các nhiệm vụ giao cho các phòng, ban, đơn vị."

[[appendices.tables]]
id = "nhiem-vu"
kind = "tasks"
columns = [
  {key = "stt"}, {key = "name", title = "Nhiệm vụ"}, {key = "lead"}, {key = "partners"},
  {key = "deadline"}, {key = "status"}, {key = "result"}, {key = "output"}, {key = "note"},
]

[[appendices.tables.rows]]
group = true
name = "Hoàn thiện thể chế"
"""

CAPTION = "(Kèm theo Kế hoạch số 79/KH-UBND ngày 02/10/2025 của Ủy ban nhân dân phường Trần Liễu)"
NOTES = ["Theo Kế hoạch số 02-KH/TU ngày 10/01/2025 của Thành ủy.", "Chi tiết tại Phụ lục 1."]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---- reading back ----

@dataclass
class Line:
    chars: list[dict[str, Any]]

    @property
    def text(self) -> str:
        """The characters, with a space where a gap separates them (table cells)."""
        parts = [self.chars[0]["text"]]
        for before, c in zip(self.chars, self.chars[1:], strict=False):
            gap = c["x0"] - before["x1"] > 1.5 and not (before["text"] + c["text"]).isspace()
            parts.append((" " if gap else "") + c["text"])
        return " ".join(nfc("".join(parts)).split())

    @property
    def baseline(self) -> float:
        return float(self.chars[0]["matrix"][5])  # from the bottom edge, PDF coordinates

    def words(self) -> list[list[dict[str, Any]]]:
        """Runs of touching characters on one baseline (the line may hold several baselines)."""
        found = [[self.chars[0]]]
        for before, c in zip(self.chars, self.chars[1:], strict=False):
            apart = c["x0"] - before["x1"] > 1 or c["matrix"][5] != before["matrix"][5]
            (found.append([c]) if apart else found[-1].append(c))
        return found

    @property
    def centre(self) -> float:
        return (min(c["x0"] for c in self.chars) + max(c["x1"] for c in self.chars)) / 2

    @property
    def faces(self) -> set[str]:
        names = {c["fontname"].split("+")[-1] for c in self.chars if c["text"].strip()}
        return {n.split("-")[1] if "-" in n else "Regular" for n in names}

    @property
    def sizes(self) -> set[float]:
        return {round(c["size"], 2) for c in self.chars if c["text"].strip()}


@dataclass
class Page:
    number: int
    width: float
    height: float
    chars: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    text: str
    tables: list[list[list[str]]]  # found by pdfplumber from the grid lines

    def lines(self) -> list[Line]:
        """Characters sharing a baseline, top of the page first."""
        rows: dict[float, list[dict[str, Any]]] = {}
        for c in self.chars:
            rows.setdefault(round(float(c["matrix"][5]), 1), []).append(c)
        found = [Line(sorted(rows[k], key=lambda c: c["x0"])) for k in sorted(rows, reverse=True)]
        return [line for line in found if line.text]

    def find(self, start: str) -> Line:
        for line in self.lines():
            if line.text.startswith(nfc(start)):
                return line
        raise AssertionError(f"no line starting {start!r} on page {self.number}")

    def has(self, start: str) -> bool:
        return any(line.text.startswith(nfc(start)) for line in self.lines())

    def holding(self, text: str) -> Line:
        """The first line that contains `text`."""
        for line in self.lines():
            if nfc(text) in line.text:
                return line
        raise AssertionError(f"no line holding {text!r} on page {self.number}")


def _cells(table: list[list[str | None]]) -> list[list[str]]:
    return [[" ".join(nfc(cell or "").split()) for cell in row] for row in table]


def read(path: Path) -> list[Page]:
    with pdfplumber.open(path) as pdf:
        return [Page(i, float(p.width), float(p.height), list(p.chars),
                     [r for r in [*p.lines, *p.rects] if r["height"] < 2], nfc(p.extract_text() or ""),
                     [_cells(t) for t in p.extract_tables()])
                for i, p in enumerate(pdf.pages, start=1)]


def render(report: Report, tmp_path: Path, name: str = "out.pdf", **kwargs: Any) -> list[Page]:
    out = tmp_path / name
    render_pdf(report, out, **kwargs)
    return read(out)


def page_with(pages: list[Page], start: str) -> Page:
    found = [p for p in pages if p.has(start)]
    assert len(found) == 1, (start, [p.number for p in found])
    return found[0]


def task_grids(pages: list[Page], least_pages: int) -> list[tuple[Page, list[list[str]]]]:
    """The task table of Phụ lục 2 on each of its pages (at least `least_pages`), its header
    row checked on every one."""
    start = page_with(pages, "Phụ lục 2").number
    grids = []
    for page in pages[start - 1:]:
        [grid] = page.tables
        assert grid[0] == TASK_HEADER, page.number
        grids.append((page, grid))
    assert len(grids) >= least_pages
    return grids


# ---- reports ----

def make(unit: AdminUnit, tasks: int = 3) -> Report:
    template = build_template(tomllib.loads(TEMPLATE))
    report = new_report(template, unit, today=datetime.date(2025, 10, 2))
    report.number, report.footnotes = "79", list(NOTES)
    report.signer.name = "Trần Thị Tình"
    indicators = report.table("chi-tieu")
    assert indicators is not None
    indicators.row_by_key("ho-so-truc-tuyen").cells.update(value=1769, denominator=1772)  # type: ignore[union-attr]
    indicators.row_by_key("thanh-toan").cells.update(value=300, denominator=400)  # type: ignore[union-attr]
    figures = report.table("so-lieu")
    assert figures is not None
    figures.row_by_key("so-ho-so").cells.update(value=33099)  # type: ignore[union-attr]
    figures.row_by_key("kinh-phi").cells.update(value=Decimal("407.28"))  # type: ignore[union-attr]
    table = report.table("nhiem-vu")
    assert table is not None
    for i in range(1, tasks + 1):
        table.rows.append(Row(cells={
            "name": f"Nhiệm vụ số {i}: xây dựng, cập nhật cơ sở dữ liệu chuyên ngành",
            "lead": "Phòng Văn hóa - Xã hội", "partners": "Các phòng, ban, đơn vị liên quan",
            "deadline": "Thường xuyên", "status": "đang thực hiện trong hạn",
            "result": "Đã triển khai", "output": "Báo cáo", "note": ""}))
    return report


@pytest.fixture(scope="module")
def report(tran_lieu: AdminUnit) -> Report:
    return make(tran_lieu)


@pytest.fixture(scope="module")
def pages(report: Report, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    return render(report, tmp_path_factory.mktemp("tables"))


@pytest.fixture(scope="module")
def long_pages(tran_lieu: AdminUnit, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    return render(make(tran_lieu, tasks=300), tmp_path_factory.mktemp("long"))


# ---- legal bases and footnotes ----

def test_legal_bases_print_italic_between_the_title_and_the_opening(pages: list[Page]) -> None:
    page = pages[0]
    first, second = page.find("Căn cứ Luật"), page.find("Căn cứ Nghị quyết")
    opening = page.find("Ủy ban nhân dân phường Trần Liễu ban hành")
    assert first.faces == {"Italic"} and first.sizes == {14.0}
    assert page.find("Thực hiện chuyển đổi số").baseline > first.baseline > second.baseline > opening.baseline
    assert abs(first.chars[0]["x0"] - (30 + 10) * MM) <= 0.5  # body first-line indent


def test_footnote_mark_is_a_raised_smaller_number_and_its_note_is_at_the_page_foot(pages: list[Page]) -> None:
    """ND30.md §9 (practice): superscript Arabic numbers; notes 11 pt under a short rule."""
    page = pages[0]
    opening = page.find("Ủy ban nhân dân phường Trần Liễu ban hành")
    assert "ban hành kế hoạch1 thực hiện" in opening.text
    marks = [(i, c) for i, c in enumerate(opening.chars) if c["size"] < 14]
    assert [c["text"] for _, c in marks] == ["1"]
    index, mark = marks[0]
    before = opening.chars[index - 1]
    assert before["text"] == "h" and round(mark["size"], 1) == 9.1
    assert before["bottom"] - mark["bottom"] >= 3  # raised by a third of 14 pt
    note = page.holding("Theo Kế hoạch số 02-KH/TU")
    assert note.text == "1 Theo Kế hoạch số 02-KH/TU ngày 10/01/2025 của Thành ủy."
    assert {c["size"] for c in note.chars if c["text"] != "1"} == {11.0} and note.faces == {"Regular"}
    assert note.baseline < min(line.baseline for line in page.lines() if 14.0 in line.sizes)
    assert note.baseline >= 20 * MM
    second = page.holding("Chi tiết tại Phụ lục 1.")
    assert second.text == "2 Chi tiết tại Phụ lục 1." and second.baseline < note.baseline
    rules = [r for r in page.rules if abs(r["x0"] - 30 * MM) < 1 and abs(r["width"] - 50 * MM) < 1]
    assert len(rules) == 1 and 0 < (page.height - rules[0]["top"]) - note.baseline < 20


def test_every_note_is_on_the_page_of_its_mark_below_the_text(tran_lieu: AdminUnit, tmp_path: Path) -> None:
    """Thirty marked paragraphs over several pages: each note lands on its mark's page, and the
    body never runs into the notes."""
    report = make(tran_lieu)
    report.appendices = []
    long = "Nội dung triển khai nhiệm vụ chuyển đổi số trên địa bàn phường được thực hiện đồng bộ " * 4
    report.sections[0].text = "\n".join(f"{long}theo kế hoạch[^{k}] số {k}." for k in range(1, 31))
    report.footnotes = [f"Ghi chú số {k}: văn bản hướng dẫn của Sở." for k in range(1, 31)]
    pages = render(report, tmp_path)
    assert len(pages) >= 3
    for k in range(1, 31):
        homes = [p for p in pages if any(f"Ghi chú số {k}:" in line.text for line in p.lines())]
        assert len(homes) == 1, k
        body = [line for line in homes[0].lines() if 14.0 in line.sizes]
        assert any(f"kế hoạch{k} số {k}." in line.text for line in body), k
        notes = [line for line in homes[0].lines() if "Ghi chú số" in line.text]
        assert min(b.baseline for b in body) - max(n.baseline for n in notes) > 14


def test_a_note_marked_twice_prints_once_and_an_overlong_note_does_not_stop_the_render(
        tran_lieu: AdminUnit, tmp_path: Path) -> None:
    report = make(tran_lieu)
    report.appendices = []
    report.closing = "Trên đây là kế hoạch[^1] của Ủy ban nhân dân phường./."
    report.footnotes[1] = "Chi tiết rất dài. " * 400  # more than half a page
    pages = render(report, tmp_path)
    text = "\n".join(page.text for page in pages)
    assert text.count("Theo Kế hoạch số 02-KH/TU") == 1
    assert pages[-1].has("Trần Thị Tình")


# ---- appendices ----

def test_appendix_starts_on_a_new_page_with_label_title_and_caption(pages: list[Page]) -> None:
    signature = page_with(pages, "Nơi nhận")
    page = page_with(pages, "Phụ lục 1")
    assert page.number == signature.number + 1
    label, title = page.find("Phụ lục 1"), page.find("CHỈ TIÊU CHUYỂN ĐỔI SỐ")
    assert label.faces == {"Bold"} and label.sizes == {14.0}
    assert title.faces == {"Bold"} and label.baseline > title.baseline
    assert abs(label.centre - (30 * MM + (page.width - 45 * MM) / 2)) <= 1
    text_lines = [line for line in page.lines() if line.baseline < 297 * MM - 20 * MM]
    assert text_lines[0].text == "Phụ lục 1"
    caption = [line for line in page.lines() if line.faces == {"Italic"}]
    assert " ".join(line.text for line in caption).replace("\u00a0", " ") == CAPTION
    assert all(line.sizes == {14.0} for line in caption)


def test_appendix_caption_from_the_report(report: Report) -> None:
    assert appendix_caption(report) == CAPTION
    draft = dataclasses.replace(report, number="", date=None)
    assert appendix_caption(draft) == (f"(Kèm theo Kế hoạch số {BLANK}/KH-UBND ngày {BLANK}/{BLANK}/2025 "
                                       "của Ủy ban nhân dân phường Trần Liễu)")
    party = dataclasses.replace(report, number="5", symbol="BC/ĐU", type_name="BÁO CÁO", profile="party",
                                issuer=["ĐẢNG ỦY PHƯỜNG TRẦN LIỄU"])
    assert appendix_caption(party) == "(Kèm theo Báo cáo số 05-BC/ĐU ngày 02/10/2025 của Đảng ủy phường Trần Liễu)"


def test_issuer_in_a_sentence_keeps_proper_names() -> None:
    unit = UnitRef(10750, "Xã Phú Thái", "xã", 31, "Thành phố Hải Phòng")
    report = Report("t", unit, "", ["ỦY BAN NHÂN DÂN", "XÃ PHÚ THÁI"], "Phú Thái", "2025", "", "BC-UBND",
                    None, 2025, "BÁO CÁO", "")
    assert issuer_phrase(report) == "Ủy ban nhân dân xã Phú Thái"
    report.issuer = ["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "THÀNH PHỐ HẢI PHÒNG"]
    assert issuer_phrase(report) == "Ban Chỉ đạo chuyển đổi số thành phố Hải Phòng"
    report.unit = None
    assert issuer_phrase(report) == "Ban Chỉ đạo chuyển đổi số thành phố hải phòng"
    report.issuer = ["ỦY BAN NHÂN DÂN", "XÃ PHÚ THÁI"]
    assert issuer_phrase(report) == "Ủy ban nhân dân xã Phú Thái"  # the place keeps its capitals


def test_indicator_cells_are_formatted_and_computed(pages: list[Page]) -> None:
    """STT labels, '1.769', ratio '99,83%', bold group row with its sums, a total row with the
    ratio of the sums; the previous periods column is not printed."""
    page = page_with(pages, "Phụ lục 1")
    assert page.width < page.height
    assert page.find("Bảng 1. Kết quả").faces == {"Bold"}
    indicators, figures = page.tables
    assert indicators == [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Mẫu số", "Tỷ lệ"],
        ["I", "Dịch vụ công trực tuyến", "", "2.069", "", "95,26%"],
        ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "1.769", "1.772", "99,83%"],
        ["2", "Tỷ lệ hồ sơ có thanh toán trực tuyến", "%", "300", "400", "75%"],
        ["", "Tổng cộng", "", "2.069", "2.172", "95,26%"],
    ]
    assert figures == [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"],
                       ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", "33.099"],
                       ["2", "Kinh phí thực hiện", "Triệu đồng", "407,28"]]
    assert page.find("STT").faces == {"Bold"}
    assert page.find("I Dịch vụ công trực tuyến").faces == {"Bold"}
    assert page.find("Tổng cộng").faces == {"Bold"}
    assert page.find("2 Tỷ lệ hồ sơ có thanh toán").faces == {"Regular"}
    assert "Các kỳ trước" not in page.text


def test_numbers_are_right_aligned_and_stt_centred(pages: list[Page]) -> None:
    page = page_with(pages, "Phụ lục 1")
    first, second = page.holding("1.769 1.772 99,83%"), page.find("2 Tỷ lệ hồ sơ có thanh toán")
    ends = [max(c["x1"] for c in line.chars if c["text"] == "%") for line in (first, second)]
    assert abs(ends[0] - ends[1]) < 0.5
    stt = [min(c["x0"] for c in line.chars) for line in (page.find("I Dịch vụ"), first)]
    assert stt[0] > 30 * MM + 3


def test_a_wide_table_puts_its_appendix_on_landscape_pages(pages: list[Page]) -> None:
    page = page_with(pages, "Phụ lục 2")
    assert page.width > page.height
    assert page.find("Phụ lục 2").faces == {"Bold"}
    assert page.has("Các nhiệm vụ giao cho") and page.find("STT").faces == {"Bold"}
    for c in page.chars:  # margins 30 / 15 / 20 / 20 mm as the page is read
        assert c["x0"] >= 30 * MM - 0.5 and c["x1"] <= page.width - 15 * MM + 0.5, c["text"]
        assert c["bottom"] <= page.height - 20 * MM + 0.5, c["text"]


TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng",
               "Kết quả thực hiện", "Sản phẩm đầu ra", "Ghi chú"]


def task_name(number: int) -> str:
    return f"Nhiệm vụ số {number}: xây dựng, cập nhật cơ sở dữ liệu chuyên ngành"


def test_a_300_row_table_prints_every_row_whole_under_a_header_on_every_page(long_pages: list[Page]) -> None:
    """The bold header row repeats on every page; each row prints once, all on one page (ND30.md §7)."""
    names: list[str] = []
    for page, grid in task_grids(long_pages, 4):
        assert page.find("STT").faces == {"Bold"}
        names += [row[1] for row in grid[1:]]
    assert names == ["Hoàn thiện thể chế", *(task_name(n) for n in range(1, 301))]
    assert long_pages[-1].holding("Nhiệm vụ số 300:")


def test_appendix_pages_are_numbered_from_1_per_appendix(long_pages: list[Page]) -> None:
    """ND30 §6: each appendix is numbered separately; its first page shows no number."""
    start = page_with(long_pages, "Phụ lục 2").number
    first = long_pages[start - 1]
    assert not [c for c in first.chars if c["top"] < 20 * MM and "Bold" not in c["fontname"]]  # bold: DỰ THẢO
    for page in long_pages[start:]:
        top = [line for line in page.lines() if page.height - line.baseline < 20 * MM and line.text != "DỰ THẢO"]
        assert [line.text for line in top] == [str(page.number - start + 1)]
        assert top[0].sizes == {14.0} and abs(top[0].centre - (30 * MM + (page.width - 45 * MM) / 2)) <= 1


def test_appendix_pages_run_on_with_the_continue_profile(report: Report, tmp_path: Path) -> None:
    nd30 = load_profile()
    profile = dataclasses.replace(nd30, appendix=dataclasses.replace(nd30.appendix, page_numbers="continue"))
    pages = render(report, tmp_path, profile=profile)
    for page in pages[1:]:
        top = [line for line in page.lines() if page.height - line.baseline < 20 * MM and line.text != "DỰ THẢO"]
        assert [line.text for line in top] == [str(page.number)]


def test_all_text_comes_back_in_nfc(pages: list[Page]) -> None:
    text = "\n".join(page.text for page in pages)
    assert unicodedata.is_normalized("NFC", text)
    assert "Ủy ban nhân dân phường Trần Liễu" in text


def test_party_number_line(report: Report, tmp_path: Path) -> None:
    party = dataclasses.replace(report, number="1", symbol="KH/ĐU", profile="party", appendices=[])
    assert render(party, tmp_path)[0].has("Số 01-KH/ĐU")


def rows_on(page: Page) -> list[str]:
    """The name cells of the rows of the page's last table, header left out."""
    return [row[1] for row in page.tables[-1][1:]] if page.tables else []


def test_a_group_row_never_ends_a_page(tran_lieu: AdminUnit, tmp_path: Path) -> None:
    """A bold group row put where it fits at the foot of the table's first page, but the row after
    it does not, moves to the next page with that row."""
    report = make(tran_lieu, tasks=40)
    first = page_with(render(report, tmp_path, "plain.pdf"), "Phụ lục 2")
    last = int(rows_on(first)[-1].split(":")[0].removeprefix("Nhiệm vụ số "))
    with pdfplumber.open(tmp_path / "plain.pdf") as pdf:
        [table] = pdf.pages[first.number - 1].find_tables()
        free = pdf.pages[first.number - 1].height - 20 * MM - table.bbox[3]
        group = table.rows[1].bbox[3] - table.rows[1].bbox[1]  # "I Hoàn thiện thể chế", one line
    # after the last task if it fits in the space left, else in that task's place (it is shorter)
    at = last + 1 if group < free else last
    tasks = report.table("nhiem-vu")
    assert tasks is not None
    tasks.rows.insert(at, Row(cells={"name": "Nhóm nhiệm vụ thứ hai"}, level=1, group=True))
    pages = render(report, tmp_path, "grouped.pdf")
    first = page_with(pages, "Phụ lục 2")
    following = pages[first.number]
    assert rows_on(first)[-1] == task_name(at - 1)
    assert rows_on(following)[:2] == ["Nhóm nhiệm vụ thứ hai", task_name(at)]
    assert following.find("II Nhóm nhiệm vụ thứ hai").faces == {"Bold"}


def test_a_row_taller_than_a_page_splits_inside_and_the_rows_around_it_stay_whole(
        tran_lieu: AdminUnit, tmp_path: Path) -> None:
    """reportlab alone stops with a LayoutError on such a row; here it starts where it falls and
    runs on under the repeated header, every sentence printed once, in order."""
    report = make(tran_lieu, tasks=3)
    tasks = report.table("nhiem-vu")
    assert tasks is not None
    tasks.rows[2].cells["result"] = " ".join(f"Kết quả chi tiết số {k}." for k in range(1, 301))
    pages = render(report, tmp_path)
    grids = task_grids(pages, 3)
    table_pages = [page for page, _ in grids]
    printed: list[str] = []
    for _, grid in grids:
        printed += [row[6] for row in grid[1:] if "Kết quả chi tiết" in row[6]]
    assert " ".join(printed) == " ".join(f"Kết quả chi tiết số {k}." for k in range(1, 301))
    assert rows_on(table_pages[0]) == ["Hoàn thiện thể chế", task_name(1), task_name(2)]
    assert rows_on(table_pages[-1])[-1] == task_name(3)
    assert sum(task_name(3) in rows_on(page) for page in table_pages) == 1


def test_a_note_marked_in_a_cell_prints_at_the_foot_of_that_page(tran_lieu: AdminUnit, tmp_path: Path) -> None:
    report = make(tran_lieu, tasks=40)
    report.footnotes.append("Số liệu tạm tính đến ngày 30/9/2025.")
    tasks = report.table("nhiem-vu")
    assert tasks is not None
    tasks.rows[20].cells["output"] = "Báo cáo[^3]"
    pages = render(report, tmp_path)
    [page] = [p for p in pages if task_name(20) in rows_on(p)]
    line = page.holding("cáo3")  # the cell wraps after "Báo"
    marks = [c for c in line.chars if c["text"] == "3" and c["size"] < 12]
    assert len(marks) == 1 and round(marks[0]["size"], 1) == 7.8
    before = line.chars[line.chars.index(marks[0]) - 1]
    assert before["text"] == "o" and before["bottom"] - marks[0]["bottom"] >= 3
    note = page.holding("Số liệu tạm tính")
    assert note.text == "3 Số liệu tạm tính đến ngày 30/9/2025."
    assert note.baseline < min(line.baseline for line in page.lines() if 12.0 in line.sizes) - 12
    assert "\n".join(p.text for p in pages).count("Số liệu tạm tính") == 1


# ---- every sample: cells hold their text ----

SAMPLES = sorted(bundle.samples_dir().glob("*.json"))
Box = tuple[float, float, float, float]  # x0, top, x1, bottom as pdfplumber reads them


@dataclass
class Grid:
    """A table on one page as pdfplumber finds it from the grid lines."""

    cells: list[Box]
    rows: list[Box]
    words: list[list[dict[str, Any]]]  # runs of touching characters on one baseline inside it

    def cell_of(self, word: list[dict[str, Any]]) -> Box:
        """The cell holding the word's first character."""
        first = word[0]
        x, y = (first["x0"] + first["x1"]) / 2, (first["top"] + first["bottom"]) / 2
        [box] = [b for b in self.cells if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
        return box


@dataclass
class SamplePage:
    number: int
    text: str
    body: list[dict[str, Any]]  # characters below the top margin (page number, DỰ THẢO left out)
    grids: list[Grid]


def read_grids(path: Path) -> list[SamplePage]:
    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            grids = []
            for table in page.find_tables():
                x0, top, x1, bottom = table.bbox
                inside = [c for c in page.chars if x0 < c["x0"] < x1 and top < c["top"] < bottom]
                chars = sorted((c for c in inside if c["text"].strip()), key=lambda c: (-c["matrix"][5], c["x0"]))
                grids.append(Grid(list(table.cells), [row.bbox for row in table.rows], Line(chars).words()))
            pages.append(SamplePage(number, nfc(page.extract_text() or ""),
                                    [c for c in page.chars if c["top"] > 20 * MM], grids))
    return pages


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[SamplePage]]:
    folder = tmp_path_factory.mktemp("samples")
    for path in SAMPLES:
        render_pdf(read_report(path), folder / f"{path.stem}.pdf")
    return {path.stem: read_grids(folder / f"{path.stem}.pdf") for path in SAMPLES}


def test_every_character_of_every_sample_table_lies_inside_its_cell(samples: dict[str, list[SamplePage]]) -> None:
    """No word, number or STT label runs over its cell's grid lines."""
    checked = 0
    for name, pages in samples.items():
        for page in pages:
            for grid in page.grids:
                for word in grid.words:
                    x0, top, x1, bottom = grid.cell_of(word)
                    where = (name, page.number, "".join(c["text"] for c in word))
                    assert min(c["x0"] for c in word) >= x0 and max(c["x1"] for c in word) <= x1, where
                    assert min(c["top"] for c in word) >= top and max(c["bottom"] for c in word) <= bottom, where
                    checked += 1
    assert checked > 5000


def test_no_sample_page_is_left_blank(samples: dict[str, list[SamplePage]]) -> None:
    """A table ending at a page's foot leaves no page holding only its number: the space after
    the table is dropped there."""
    for name, pages in samples.items():
        assert all(page.body for page in pages), (name, [page.number for page in pages if not page.body])


def test_wide_cells_keep_the_rows_of_002_phu_luc_2_short(samples: dict[str, list[SamplePage]]) -> None:
    """Its «Năm 2025» cell of row 4 holds a long remark: with widths by the template's weights that
    column was 53 pt and the row 199 pt, 41 % of a landscape page, which then ended early. The
    widths now follow the content: no row takes more than a quarter of the page."""
    pages = samples["ke-hoach-002-tran-lieu"]
    start, end = ([p.number for p in pages if label in p.text.splitlines()[:3]] for label in ("Phụ lục 2", "Phụ lục 3"))
    heights = [row[3] - row[1] for page in pages[start[0] - 1:end[0] - 1] for grid in page.grids for row in grid.rows]
    assert len(heights) > 30 and max(heights) <= (210 - 20 - 20) * MM / 4


def test_a_percent_indicator_prints_its_value_once_under_ty_le(samples: dict[str, list[SamplePage]]) -> None:
    """Seed 003 prints «Hồ sơ chưa số hóa kết quả giải quyết … 2,61%» under «Tỷ lệ» alone; a ratio
    row prints its terms and its ratio."""
    text = "\n".join(page.text for page in samples["bao-cao-ket-qua-003-duc-pho"] if page.grids)
    percent = next(line for line in text.splitlines() if "2,61%" in line)
    assert percent.count("2,61%") == 1, percent
    ratio = next(line for line in text.splitlines() if "99,77%" in line)
    assert "33.099" in ratio and "33.174" in ratio, ratio
