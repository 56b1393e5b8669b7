"""The draft mark (issue #4 point 5): a boxed "DỰ THẢO" on every page while a report is not final."""

from pathlib import Path

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.pdf.profile import MM, load_profile
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report

PROFILE = load_profile()
RIGHT_EDGE_MM = PROFILE.page.right_mm  # the box ends where the text block ends


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    """The 28-page plan of seed 002, portrait and landscape pages, rendered as a draft and as final."""
    report = read_report(bundle.samples_dir() / "ke-hoach-002-tran-lieu.json")
    folder: Path = tmp_path_factory.mktemp("draft")
    render_pdf(report, folder / "draft.pdf")
    report.status = "final"
    render_pdf(report, folder / "final.pdf")
    return folder


def mark_chars(page):
    return [c for c in page.chars if c["top"] < PROFILE.page.top_mm * MM and "Bold" in c["fontname"]]


def test_every_page_of_a_draft_carries_the_boxed_mark_at_the_top_right(plan):
    with pdfplumber.open(plan / "draft.pdf") as pdf:
        landscape = 0
        for page in pdf.pages:
            chars = mark_chars(page)
            assert "".join(c["text"] for c in chars) == "DỰ THẢO", page.page_number
            assert {round(c["size"]) for c in chars} == {13}
            right = page.width - RIGHT_EDGE_MM * MM
            box = [r for r in page.rects if r["top"] < PROFILE.page.top_mm * MM]
            assert len(box) == 1 and abs(box[0]["x1"] - right) < 0.5, page.page_number
            assert box[0]["x0"] < min(c["x0"] for c in chars) and max(c["x1"] for c in chars) < box[0]["x1"]
            assert box[0]["top"] < min(c["top"] for c in chars) and max(c["bottom"] for c in chars) < box[0]["bottom"]
            landscape += page.width > page.height
        assert landscape > 0  # the wide appendix pages are marked too


def test_a_final_report_has_no_mark(plan):
    with pdfplumber.open(plan / "final.pdf") as pdf:
        assert all(mark_chars(page) == [] for page in pdf.pages)
        assert "DỰ THẢO" not in "".join(page.extract_text() for page in pdf.pages)
