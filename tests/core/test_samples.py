"""The bundled sample reports are the two real seed documents, complete and as printed."""

import datetime
import os
import re
import unicodedata
from pathlib import Path

import pytest

from desktop.core import bundle
from desktop.core.document import Report, Section
from desktop.core.reportfile import read_report

# The restored seeds are kept in the repository (copies of ../shared/seeds/restored).
FIXTURE_SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
SEEDS = Path(os.environ.get("BAOCAO_SEEDS", FIXTURE_SEEDS))
SAMPLES = {
    "000": ("so-ket-000-tran-lieu.json", "000_4e39bca68b9f26f3.md"),
    "001": ("so-ket-001-phu-thai.json", "001_a3b60fc1c611b171.md"),
}


def sample_path(key: str) -> Path:
    return bundle.samples_dir() / SAMPLES[key][0]


@pytest.fixture(scope="module")
def tran_lieu_sample() -> Report:
    return read_report(sample_path("000"))


@pytest.fixture(scope="module")
def phu_thai_sample() -> Report:
    return read_report(sample_path("001"))


def walk(sections: list[Section], depth: int = 1):
    """(depth, section) pairs in document order."""
    for section in sections:
        yield depth, section
        yield from walk(section.children, depth + 1)


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def all_text(report: Report) -> str:
    parts = [report.title, report.opening, report.closing]
    for _depth, section in walk(report.sections):
        parts += [section.heading, section.text]
    return "\n".join(parts)


def document_order(report: Report) -> list[tuple[int, str]]:
    """Opening, headings (with their depth) and paragraphs, closing: depth 0 = a paragraph."""
    found = [(0, report.opening)]
    for depth, section in walk(report.sections):
        found.append((depth, section.heading))
        found += [(0, line) for line in lines_of(section.text)]
    found.append((0, report.closing))
    return found


# ---- the seed, read independently of how the samples were made ----

LABELS = {1: r"[IVXLC]+\.", 2: r"\d+\.", 3: r"[a-zđ]\)"}


def seed_clean(line: str) -> str:
    line = line.replace("**", "").replace("\\*", "*")
    line = re.sub(r"\s*\[OCR:[^\]]*\]", "", line)  # editorial note
    line = re.sub(r"\s*\[\?\]", "", line)  # unreadable word: keep the word
    line = re.sub(r"\[([^\[\]]+)\?\]", r"\1", line)  # guessed word: keep the guess
    return unicodedata.normalize("NFC", line.strip())


def seed_items(lines: list[str], first: str, last, labels: dict[int, str] = LABELS) -> list[tuple[int, str]]:
    """The seed's lines from the one starting with `first` to the one `last` accepts, as (depth, text)
    items: headings (depth 1-3, without their label) and paragraphs (depth 0)."""
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if i >= start and last(line))
    found = []
    for line in lines[start:end + 1]:
        heading = re.match(r"^(#{2,4})\s+(.*)$", line)
        if heading:
            depth = len(heading.group(1)) - 1
            text = seed_clean(heading.group(2))
            label = re.match(labels[depth] + r"\s+", text)
            assert label, f"heading without a label: {line}"
            found.append((depth, text[label.end():]))
        elif line.strip():
            found.append((0, seed_clean(line)))
    return found


def seed_recipients(lines: list[str]) -> list[str]:
    """The '- …' lines under «Nơi nhận:», without their dash."""
    start = lines.index("**Nơi nhận:**")
    found = []
    for line in lines[start + 1:]:
        if line.startswith("- "):
            found.append(seed_clean(line[2:]))
        elif found and line.strip():
            break
    return found


def read_seed(name: str) -> list[str]:
    """The lines of a restored seed, from tests/fixtures/seeds (or BAOCAO_SEEDS); fails when it is missing."""
    path = SEEDS / name
    assert path.exists(), f"restored seed not found: {path} (set BAOCAO_SEEDS)"
    return path.read_text(encoding="utf-8").splitlines()


def seed_body(name: str) -> list[tuple[int, str]]:
    """The seed from its opening paragraph to its closing sentence, as (depth, text) items."""
    lines = read_seed(name)
    return seed_items(lines, "Thực hiện Công văn", lambda line: line.startswith("Trên đây là báo cáo"))


# ---- identity ----

def test_tran_lieu_identity(tran_lieu_sample):
    r = tran_lieu_sample
    assert r.template_id == "so-ket-chien-luoc"
    assert (r.number, r.symbol) == ("132", "BC-UBND")
    assert r.date == datetime.date(2025, 8, 15) and r.year == 2025
    assert r.place == "Trần Liễu"
    assert r.unit is not None and r.unit.code == 10729 and r.unit.name == "Phường Trần Liễu"
    assert r.unit.province_code == 31 and r.unit.province_name == "Thành phố Hải Phòng"
    assert r.issuer == ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]
    assert r.period == "2022-2025" and r.type_name == "BÁO CÁO" and r.status == "draft"
    assert r.kinh_gui == []
    assert r.title == ("Sơ kết thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo "
                       "giai đoạn 2022-2025")
    assert r.recipients == ["Sở KHCN thành phố; (để b/c)", "Lãnh đạo UBND phường;", "Lưu: VT,VHXH."]
    assert r.signer.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert r.signer.name == "Trần Thị Tình"


def test_phu_thai_identity(phu_thai_sample):
    r = phu_thai_sample
    assert r.template_id == "so-ket-chien-luoc"
    assert r.number == "" and r.symbol == "BC-UBND"
    assert r.date is None and r.year == 2025
    assert r.place == "Phú Thái"
    assert r.unit is not None and r.unit.code == 10750 and r.unit.name == "Xã Phú Thái"
    assert r.issuer == ["ỦY BAN NHÂN DÂN", "XÃ PHÚ THÁI"]
    assert r.kinh_gui == ["Sở Khoa học và Công nghệ thành phố"]
    assert r.title.endswith("đến năm 2030 (giai đoạn 2022-2025)")
    assert r.recipients == ["Sở Khoa học và Công nghệ (để b/c);", "Lãnh đạo UBND xã;", "Lưu: VT, VHXH."]
    assert r.signer.title_lines() == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert r.signer.name == "Phạm Tiến Nhuận"


# ---- structure and distinctive text ----

def test_tran_lieu_sections(tran_lieu_sample):
    r = tran_lieu_sample
    assert [s.heading for s in r.sections] == [
        "TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC",
        "KẾT QUẢ ĐẠT ĐƯỢC",
        "KHÓ KHĂN, HẠN CHẾ",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2025-2030",
        "KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    first = r.sections[0]
    assert first.children[0].heading == "Công tác chỉ đạo điều hành"
    tasks = first.children[3]
    assert tasks.heading == "Thực hiện các nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo"
    assert [c.heading for c in tasks.children] == [
        "Hoạt động chính quyền số:", "Hoạt động kinh tế số", "Hoạt động xã hội số",
        "Đảm bảo an toàn, an ninh mạng.",
    ]
    assert "* Lĩnh vực sản xuất nông nghiệp" in lines_of(tasks.children[1].text)
    assert len(r.sections[1].children) == 6
    # numbered items without a heading of their own stay paragraphs of their section
    assert lines_of(r.sections[2].text)[0].startswith("1. Lĩnh vực khoa học, công nghệ, đổi mới sáng tạo")
    assert r.sections[2].children == []
    assert r.opening.startswith("Thực hiện Công văn số 2397/SKHCN-VP, ngày 06/8/2025")
    assert r.closing.endswith("giai đoạn 2022-2025./.")
    text = all_text(r)
    for phrase in ("03 chuyên mục Khoa học và công nghệ/tuần",
                   "sáp nhập thành phường Trần Liễu",
                   "HTX Thanh Nhàn tại xã thượng Quận cũ",
                   "Riêng tổ dân phố An Bộ có 01 thôn Thông Minh",
                   "Phòng Văn hóa — Xã hội",
                   "Lĩnh vực công nghiệp, Logistis",
                   'Xây dựng mô hình "phường nông thôn mới thông minh"'):
        assert phrase in text, phrase
    assert "[" not in text and "**" not in text


def test_phu_thai_sections(phu_thai_sample):
    r = phu_thai_sample
    # the seed prints "III." twice; the app numbers them III and IV, the last one V
    assert [s.heading for s in r.sections] == [
        "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "KẾT QUẢ ĐẠT ĐƯỢC",
        "ĐỊNH HƯỚNG PHÁT TRIỂN KHOA HỌC CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO GIAI ĐOẠN 2026 - 2030",
        "KHÓ KHĂN, VƯỚNG MẮC TRONG QUÁ TRÌNH TRIỂN KHAI CHIẾN LƯỢC",
        "ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    assert [c.heading for c in r.sections[2].children] == [
        "Quan điểm và mục tiêu phát triển KH, CN&ĐMST giai đoạn 2026-2030",
        "Giải pháp và nhiệm vụ trọng tâm triển khai Chiến lược tại địa phương",
    ]
    results = lines_of(r.sections[1].text)
    assert results[0].startswith("Thực hiện nghiêm túc các nghị quyết")
    assert results[-1].startswith("Bên cạnh đó, xã đã chủ động rà soát")
    assert "ngày 06/8/2025 của Sở Khoa học và Công nghệ thành phố" in r.opening  # [OCR: …] dropped
    assert r.closing.endswith("của Ủy ban nhân dân xã Phú Thái./.")
    text = all_text(r)
    for phrase in ("26 Tổ công nghệ số cộng đồng với 145 thành viên",
                   "(5-7 thành viên/tổ)",
                   "tiện ích số thiết yếu : dịch vụ công trực tuyến",
                   "Bố trí tối thiểu 3% tổng chi ngân sách hằng năm",
                   "Trong giai đoạn 2026 — 2030",
                   "kỹ năng số... cho cán bộ"):
        assert phrase in text, phrase
    assert "[" not in text and "OCR" not in text


# ---- text form ----


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_no_paragraph_of_the_seed_is_dropped(key):
    sample_name, seed_name = SAMPLES[key]
    seed = seed_body(seed_name)
    report = read_report(sample_path(key))
    headings = {s.heading for _d, s in walk(report.sections)}
    paragraphs = {report.opening, report.closing}
    for _depth, section in walk(report.sections):
        paragraphs.update(line.strip() for line in lines_of(section.text))
    missing = [text for depth, text in seed if text not in (headings if depth else paragraphs)]
    assert missing == [], f"{sample_name} lacks {len(missing)} line(s) of the seed"


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_sample_follows_the_seed_line_by_line(key):
    """Same headings at the same depths and the same paragraphs in the same order, nothing added."""
    seed = seed_body(SAMPLES[key][1])
    assert document_order(read_report(sample_path(key))) == seed


# ---- every bundled sample, whatever its kind ----

ALL_SAMPLES = sorted(p.name for p in bundle.samples_dir().glob("*.json"))


def test_there_is_a_sample_for_each_seed():
    assert len(ALL_SAMPLES) == 5


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_validates_without_errors(name, catalogue):
    from desktop.core.validate import ERROR, validate

    report = read_report(bundle.samples_dir() / name)
    issues = validate(report, catalogue.get(report.template_id), today=datetime.date(2026, 1, 1))
    assert [i.text() for i in issues if i.level == ERROR] == []


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_is_canonical_and_nfc(name):
    from desktop.core.reportfile import report_json

    path = bundle.samples_dir() / name
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert text == report_json(read_report(path))
