"""Sample 004: Báo cáo 01-BC/BCĐ quý III/2025 of the city's Ban Chỉ đạo NQ 57 (Thành ủy Hải Phòng).

The sample is a Party-format report with no commune (unit null), 20 footnotes and two appendices
built from the seed's figures: task statistics (section I.1.a) and the budget (section I.10).
"""

import datetime
import io
import re
from decimal import Decimal

import pytest
from test_samples import SEEDS, document_order, lines_of, read_seed, seed_clean, seed_items, seed_recipients, walk

from desktop.core import bundle
from desktop.core.document import Report, new_report
from desktop.core.loader import load_template
from desktop.core.reportfile import read_report, report_json
from desktop.core.tables import Table, row_labels, row_ratio, shown_value, table_total
from desktop.core.units import commune
from desktop.core.vnformat import format_percent

SEED = SEEDS / "004_dd231cc5147f2c3c.md"
SAMPLE = "bao-cao-quy-004-hai-phong.json"
TEMPLATE = "bao-cao-quy-nq57.toml"
LABELS = {1: r"[IVXLC]+\.", 2: r"\d+\.", 3: r"[a-zđ]\)"}
PARTS = ("completed", "in_time", "overdue", "not_started")


@pytest.fixture(scope="module")
def sample() -> Report:
    return read_report(bundle.samples_dir() / SAMPLE)


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return read_seed(SEED.name)


def stats(report: Report) -> Table:
    table = report.table("thong-ke-nhiem-vu")
    assert table is not None
    return table


def budget(report: Report) -> Table:
    table = report.table("kinh-phi")
    assert table is not None
    return table


def values(table: Table) -> dict[str, Decimal]:
    return {r.key: r.cells["value"] for r in table.rows if "value" in r.cells}


# ---- the seed, read independently of how the sample was made ----

def seed_body(lines: list[str]) -> list[tuple[int, str]]:
    """Opening paragraph to the closing 'Trên đây là Báo cáo …' (capital B here), as (depth, text)."""
    return seed_items(lines, "Thực hiện Công văn", lambda line: line.startswith("Trên đây là Báo cáo"))


def seed_footnotes(lines: list[str]) -> dict[int, str]:
    notes = {}
    for line in lines:
        match = re.match(r"^\[\^(\d+)\]:\s+(.*)$", line)
        if match:
            notes[int(match.group(1))] = seed_clean(match.group(2))
    return notes




def seed_issuer(lines: list[str]) -> list[str]:
    """The issuing-body cell of the header table: 'BAN CHỈ ĐẠO PHÁT TRIỂN<br>KHOA HỌC, …'."""
    row = next(line for line in lines if line.startswith("| **BAN CHỈ ĐẠO"))
    cell = row.split("|")[1]
    return [seed_clean(part) for part in cell.split("<br>")]


# ---- identity ----

def test_identity(sample, seed_lines):
    r = sample
    assert r.template_id == "bao-cao-quy-nq57" and r.profile == "party"
    assert (r.number, r.symbol) == ("01", "BC/BCĐ")
    assert r.date == datetime.date(2025, 10, 7) and r.year == 2025
    assert r.place == "Hải Phòng" and r.period == "2025-Q3"
    assert r.unit is None
    assert r.issuer_parent == "THÀNH ỦY HẢI PHÒNG"
    assert r.issuer == ["BAN CHỈ ĐẠO PHÁT TRIỂN", "KHOA HỌC, CÔNG NGHỆ,", "ĐỔI MỚI SÁNG TẠO", "VÀ CHUYỂN ĐỔI SỐ"]
    assert r.issuer == seed_issuer(seed_lines)
    assert r.type_name == "BÁO CÁO" and r.status == "draft"
    assert r.title == ("tình hình thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nquý III/2025 "
                       "và nhiệm vụ trọng tâm cuối năm 2025")  # broken where the seed breaks it
    assert r.kinh_gui == ["Văn phòng Trung ương Đảng,"]
    assert r.legal_bases == []


def test_recipients_as_printed(sample, seed_lines):
    assert sample.recipients == [
        "Như trên,",
        "Ban Thường vụ Thành ủy,",
        "Thành viên Ban Chỉ đạo thành phố,",
        "Các ban, sở, ngành, MTTQ TP,",
        "Các đảng ủy TTTU,",
        "Tổ giúp việc BCĐ thành phố,",
        "Lưu Văn phòng Thành ủy.",
    ]
    assert sample.recipients == seed_recipients(seed_lines)


def test_signer(sample):
    s = sample.signer
    assert (s.authority, s.on_behalf_of, s.name) == ("", "", "")  # the name is not in the scan
    assert s.title_lines() == ["PHÓ BÍ THƯ THƯỜNG TRỰC", "kiêm", "PHÓ TRƯỞNG BAN CHỈ ĐẠO"]


# ---- body ----

def test_sections(sample):
    r = sample
    assert [s.heading for s in r.sections] == [
        "KẾT QUẢ TRIỂN KHAI ĐẾN HẾT QUÝ III/2025",
        "NHỮNG TỒN TẠI, HẠN CHẾ, ĐIỂM NGHẼN",
        "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM CẦN TẬP TRUNG THỰC HIỆN",
        "ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    results = r.sections[0]
    assert len(results.children) == 11
    assert results.children[9].heading == "Về tài chính, kinh phí"
    assert [c.heading for c in results.children[0].children] == [
        "Thống kê số nhiệm vụ",
        "Hoạt động chỉ đạo, điều hành của các Cơ quan/ Ban Chỉ đạo Nghị quyết số 57-NQ/TW của cơ quan, "
        "địa phương",
    ]
    assert [c.heading for c in r.sections[1].children] == ["Tồn tại, hạn chế", "Nguyên nhân",
                                                           "Giải pháp khắc phục"]
    assert [c.heading for c in r.sections[2].children[1].children] == ["Nghị quyết số 57-NQ/TW",
                                                                       "Kế hoạch số 02-KH/BCĐTW"]
    # numbered proposals without a heading of their own stay paragraphs of section IV
    proposals = lines_of(r.sections[3].text)
    assert proposals[0].startswith("1. Đề nghị Trung ương chỉ đạo")
    assert proposals[3] == "4. Đề nghị đơn giản hóa TTHC về chứng thực, trong đó:"
    assert r.sections[3].children == []
    assert r.opening.startswith("Thực hiện Công văn số 17997-CV/VPTW, ngày 30/9/2025 của Văn phòng Trung ương Đảng")
    assert r.closing.startswith("Trên đây là Báo cáo của Ban Chỉ đạo thành phố")
    assert r.closing.endswith("trên địa bàn thành phố Hải Phòng.")


def test_sample_follows_the_seed_line_by_line(sample, seed_lines):
    """Same headings at the same depths and the same paragraphs in the same order, nothing added."""
    assert document_order(sample) == seed_body(seed_lines)


def test_restoration_marks_resolved(sample):
    text = "\n".join([sample.opening, sample.closing, *(s.text for _d, s in walk(sample.sections)),
                      *sample.footnotes])
    first = lines_of(sample.sections[0].children[0].children[0].text)[0]
    assert first.startswith("Ban Chỉ đạo thành phố đã bám sát")  # "[Ban?]"
    for phrase in ("quản trị 6 lớp học", "theo Nghị định số 60/2021/NĐ-CP",
                   "chưa đủ so với yêu cầu", "Cục C06 — Bộ Công an", "Tổ trưởng[^4],",
                   "Nghị quyết số 71/NQ-CP và các Thông báo Kết luận", "chiếm 0,57% (407,28 tỷ đồng/71.429 tỷ đồng)"):
        assert phrase in text, phrase
    assert "?]" not in text and "**" not in text and "not in scan" not in text


# ---- footnotes ----

def test_footnotes(sample, seed_lines):
    notes = seed_footnotes(seed_lines)
    assert sorted(notes) == list(range(1, 21))
    assert sample.footnotes == [notes[n] for n in range(1, 21)]
    assert sample.footnotes[0] == "Quyết định số 01-QĐ/TU, ngày 01/7/2025 của Ban Thường vụ Thành ủy Hải Phòng."
    assert sample.footnotes[10] == "Gồm 917 máy tính để bàn, 150 máy tính xách tay, 192 máy in, 39 máy quét tài liệu."


def test_each_footnote_mark_once(sample):
    texts = [sample.opening, sample.closing, *sample.legal_bases]
    for _depth, section in walk(sample.sections):
        texts += [section.heading, section.text]
    marks = [int(n) for text in texts for n in re.findall(r"\[\^(\d+)\]", text)]
    assert sorted(marks) == list(range(1, 21))
    assert marks == list(range(1, 21))  # in document order, too
    assert "[^" not in "".join(sample.footnotes)


# ---- Phụ lục 1: task statistics (section I.1.a) ----

def test_statistics_table(sample):
    assert [(a.label, [t.id for t in a.tables]) for a in sample.appendices] == [
        ("Phụ lục 1", ["thong-ke-nhiem-vu"]), ("Phụ lục 2", ["kinh-phi"])]
    table = stats(sample)
    assert table.total_row == "Tổng cộng" and table.can_add_rows
    assert row_labels(table) == ["1", "2", "3", "4"]
    cells = {r.key: {k: r.cells.get(k) for k in ("assigned", *PARTS)} for r in table.rows}
    assert cells == {
        "nq-71-cp": {"assigned": 25, "completed": None, "in_time": 24, "overdue": 0, "not_started": 1},
        "thong-bao-ket-luan-bcdtw": {"assigned": 84, "completed": 37, "in_time": 47, "overdue": 0,
                                     "not_started": 0},
        "kh-02-bcdtw": {"assigned": 25, "completed": 17, "in_time": 8, "overdue": 0, "not_started": 0},
        "kh-447-tu": {"assigned": 19, "completed": 5, "in_time": 14, "overdue": 0, "not_started": 0},
    }
    names = [r.cells["name"] for r in table.rows]
    assert names[0] == "Nghị quyết số 71-NQ/CP"
    assert names[3].startswith("Kế hoạch số 447-KH/TU của Ban Thường vụ Thành ủy")
    notes = {r.key: r.cells.get("note", "") for r in table.rows}
    assert "đã và đang thực hiện 24 nhiệm vụ" in notes["nq-71-cp"].lower()
    assert "2 nhiệm vụ sẽ hoàn thành trong tháng 10/2025, 12 nhiệm vụ đang thực hiện trong hạn" in notes["kh-447-tu"]


def test_statistics_rows_add_up(sample):
    table = stats(sample)
    for row in table.rows:
        assert row.cells["assigned"] == sum(row.cells.get(p) or 0 for p in PARTS), row.key
    assert table_total(table, "assigned") == 153
    assert [table_total(table, p) for p in PARTS] == [59, 93, 0, 1]


# ---- Phụ lục 2: budget (section I.10) ----

def test_budget_figures_as_printed(sample):
    table = budget(sample)
    assert values(table) == {
        "kinh-phi-tong": Decimal("407.28"),
        "kinh-phi-hai-phong-cu": Decimal("251.2"),
        "kinh-phi-hai-duong-cu": Decimal("155.8"),
        "chi-thuong-xuyen": Decimal("352.82"),
        "chi-thuong-xuyen-khcn": Decimal("49.9"),
        "chi-thuong-xuyen-dmst": Decimal("59.92"),
        "chi-thuong-xuyen-cds": Decimal("243"),
        "chi-dau-tu": Decimal("54.46"),
        "ty-le-chi-ngan-sach": Decimal("407.28"),
    }
    assert row_labels(table) == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "4"]
    kinds = {r.key: (r.kind, r.aggregate, r.cells.get("unit")) for r in table.rows}
    assert set(kinds.values()) == {("money", "sum", "tỷ đồng"), ("ratio", "ratio_of_sums", "tỷ đồng")}


def test_budget_ratio_is_printed_one(sample):
    table = budget(sample)
    index = next(i for i, r in enumerate(table.rows) if r.key == "ty-le-chi-ngan-sach")
    row = table.rows[index]
    assert row.cells["denominator"] == Decimal("71429")
    assert row.cells["target:2025"] == "3%"
    assert format_percent(row_ratio(table, index, table.column("ratio"))) == "0,57%"
    assert format_percent(shown_value(table, index, table.column("ratio"))) == "0,57%"


def test_budget_sums(sample):
    v = values(budget(sample))
    # printed: 251,2 + 155,8 = 407,0, not the stated 407,28 (kept as printed; the app warns)
    assert v["kinh-phi-hai-phong-cu"] + v["kinh-phi-hai-duong-cu"] == Decimal("407.0") != v["kinh-phi-tong"]
    assert v["chi-thuong-xuyen"] + v["chi-dau-tu"] == v["kinh-phi-tong"]
    assert v["chi-thuong-xuyen-khcn"] + v["chi-thuong-xuyen-dmst"] + v["chi-thuong-xuyen-cds"] \
        == v["chi-thuong-xuyen"]


def test_validation_warns_only_about_the_printed_sum(sample):
    from desktop.core.validate import ERROR, validate

    template = load_template(bundle.forms_dir() / TEMPLATE)
    issues = validate(sample, template, today=datetime.date(2025, 10, 7))
    sums = [i for i in issues if i.code == "check.sum"]
    assert len(sums) == 1 and sums[0].level == "warning"
    assert sums[0].place.field == "table:kinh-phi" and sums[0].place.row == 0
    assert [i for i in issues if i.level == ERROR] == []
    # the signer's name is not in the scan: the only other warning
    assert {i.code for i in issues} == {"check.sum", "check.recommended"}


# ---- the template ----

def test_template_for_a_commune():
    template = load_template(bundle.forms_dir() / TEMPLATE)
    assert template.profile == "party" and template.periods == ("quarter",)
    assert template.symbol == "BC/BCĐ"
    assert template.validation.recipient_end == ","
    report = new_report(template, commune(10729), today=datetime.date(2025, 10, 7))
    assert report.issuer_parent == "ĐẢNG ỦY PHƯỜNG TRẦN LIỄU"
    assert report.issuer == ["BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC,", "CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO",
                             "VÀ CHUYỂN ĐỔI SỐ"]
    assert report.profile == "party" and report.symbol == "BC/BCĐ"
    assert re.fullmatch(r"\d{4}-Q[1-4]", report.period)
    assert all(line.endswith(",") for line in report.recipients[:-1])
    assert report.recipients[-1].endswith(".")
    assert re.search(r"\{[a-zA-Z_]+\}", report_json(report)) is None  # every placeholder filled
    assert [s.heading for s in report.sections][-1] == "ĐỀ XUẤT, KIẾN NGHỊ"
    assert len(report.sections[0].children) == 11
    assert [t.id for t in report.tables()] == ["thong-ke-nhiem-vu", "kinh-phi"]
    assert [r.key for r in report.table("thong-ke-nhiem-vu").rows] == [
        "nq-71-cp", "thong-bao-ket-luan-bcdtw", "kh-02-bcdtw", "kh-447-tu"]


def test_sample_tables_keep_the_template_columns(sample):
    template = load_template(bundle.forms_dir() / TEMPLATE)
    for table_id in ("thong-ke-nhiem-vu", "kinh-phi"):
        assert sample.table(table_id).columns == template.table(table_id).columns
        assert [r.key for r in sample.table(table_id).rows] == [r.key for r in template.table(table_id).rows]


# ---- file form and rendering ----


def test_renders_to_pdf(sample):
    from desktop.core.pdf.render import render_pdf

    out = io.BytesIO()
    render_pdf(sample, out)
    assert out.getvalue().startswith(b"%PDF")
