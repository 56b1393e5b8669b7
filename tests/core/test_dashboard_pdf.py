"""The overview PDF («Tổng quan») read back with pdfplumber: its Vietnamese text whole, its charts, its length."""

import datetime
import io
import unicodedata

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.dashboard import Dashboard, unit_dashboard
from desktop.core.dashboard_pdf import dashboard_pdf, write_dashboard_pdf
from desktop.core.document import UnitRef
from desktop.core.errors import BaocaoError
from desktop.core.reportfile import read_report
from desktop.core.units import commune
from desktop.core.workspace import Workspace

CREATED = datetime.datetime(2025, 10, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def board(store, catalogue) -> Dashboard:
    """The plan of seed 002 and the 9-month results of seed 003, as one commune's, on 01/10/2025."""
    workspace = Workspace(store, catalogue, today=lambda: datetime.date(2025, 10, 1))
    unit = commune(10729)
    workspace.set_unit(unit, "proper")
    for name in ("ke-hoach-002-tran-lieu.json", "bao-cao-ket-qua-003-duc-pho.json"):
        sample = read_report(bundle.samples_dir() / name)
        sample.unit = UnitRef.of(unit)
        store.add_report(sample)
    return unit_dashboard(workspace)


def pages(pdf: bytes) -> list[str]:
    """Each page's words on one line, NFC, so a sentence wrapped in the PDF reads whole."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [" ".join(unicodedata.normalize("NFC", p.extract_text() or "").split()) for p in document.pages]


def test_the_overview_of_the_samples(board):
    found = pages(dashboard_pdf(board, created=CREATED))
    assert len(found) <= 2
    text = " ".join(found)
    for expected in ("TỔNG QUAN", "Phường Trần Liễu, số liệu đến ngày 01/10/2025",
                     "Chỉ tiêu: kết quả mới nhất so với mục tiêu",
                     "Mục tiêu 2030",
                     "Còn 28 chỉ tiêu có mục tiêu nhưng chưa có số liệu trong các báo cáo.",
                     "Nhiệm vụ theo tình trạng", "Chưa cập nhật tình trạng", "45 nhiệm vụ",
                     "Báo cáo 9 tháng đầu năm 2025 — hạn 05/10/2025 (còn 4 ngày)"):
        assert expected in text, expected


def one_line(cell: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", cell or "").split())


def test_the_indicator_table(board):
    with pdfplumber.open(io.BytesIO(dashboard_pdf(board, created=CREATED))) as document:
        [table] = [t for t in document.pages[0].extract_tables() if len(t[0]) == 6]
    assert [one_line(c) for c in table[0]] == ["Chỉ tiêu", "Kết quả mới nhất", "Kỳ", "Mục tiêu 2025",
                                               "Mục tiêu 2030", "Đánh giá"]
    assert [one_line(c) for c in table[1]] == [
        "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông", "80%",
        "9 tháng đầu năm 2025 (bản nháp)", "80%", "90%", "Đạt (2025)"]
    assert len(table) == 2  # only the indicators with both a figure and a target


def test_the_charts_are_drawn_with_their_figures(board):
    with pdfplumber.open(io.BytesIO(dashboard_pdf(board, created=CREATED))) as document:
        first = document.pages[0]
        words = {unicodedata.normalize("NFC", w["text"]) for w in first.extract_words()}
        bars = [r for r in first.rects if r["width"] > 20 and r["height"] < 20 and r["non_stroking_color"]]
    assert {"80%", "90%", "Kết", "quả"} <= words  # the bars' labels and the legend
    assert len(bars) >= 3  # the figure and its targets for 2025 and 2030


def test_in_english(board):
    text = " ".join(pages(dashboard_pdf(board, "en", created=CREATED)))
    assert "OVERVIEW" in text and "Met (2025)" in text and "Tasks by status" in text
    assert "Report for first 9 months of 2025 — due 05/10/2025 (4 days left)" in text


def test_the_same_day_gives_the_same_file(board):
    assert dashboard_pdf(board, created=CREATED) == dashboard_pdf(board, created=CREATED)


def test_no_reports_says_so():
    empty = Dashboard("Phường Trần Liễu", datetime.date(2025, 10, 1), 0)
    text = " ".join(pages(dashboard_pdf(empty, created=CREATED)))
    assert "Chưa có báo cáo nào để tổng hợp." in text and "Nhiệm vụ" not in text


def test_writing_into_a_missing_folder_is_refused(board, tmp_path):
    target = tmp_path / "khong-co" / "tong-quan.pdf"
    with pytest.raises(BaocaoError) as refused:
        write_dashboard_pdf(board, target)
    assert refused.value.code == "file.no_folder" and not target.parent.exists()
