"""A faster render prints the same report (issue #14).

- SPEED-01: every page of two samples keeps its text, the place, face and size of each character
  and the place of each rule and box: fingerprints recorded from the renders before #14.
- SPEED-02: a render that reuses what earlier renders in the process kept (parsed paragraphs,
  styles, fitted column widths) writes the bytes of one that starts with nothing kept.
- SPEED-03: after an edit of the text or of a table cell, the next render reuses nothing stale:
  the bytes of a render of the edited report with nothing kept.

A legitimate change of layout changes SPEED-01's fingerprints: the failure prints the new lines to
put in PAGES after checking the pages by eye.
"""

import datetime
import hashlib
import io
from pathlib import Path

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.document import Report
from desktop.core.pdf.render import forget_kept, render_pdf
from desktop.core.reportfile import read_report

CREATED = datetime.datetime(2025, 10, 2, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))

# Per page: its number, size, characters, a hash of the characters (text|x0|top|font|size, 0.01 pt)
# and a hash of the rules and boxes (x0|top|x1|bottom).
PAGES = {
    # Nghị định 30 with three appendices, one of them on landscape pages.
    "ke-hoach-002-tran-lieu.json": """
        1 595x842 2274 c154694bd0f358fb 70fa3feba5a0e174
        2 595x842 2356 b0925d5b0a98511f 0651b6fc75e24cc5
        3 595x842 2445 4a8b4a95228dc58f 0651b6fc75e24cc5
        4 595x842 2649 fffbc8bb39e339db 0651b6fc75e24cc5
        5 595x842 2481 faeee2f1a3a5d1de 0651b6fc75e24cc5
        6 595x842 2338 f269ac4c9362fa41 0651b6fc75e24cc5
        7 595x842 2593 5e9dff62d12c38b4 0651b6fc75e24cc5
        8 595x842 2518 22d44138608559c7 0651b6fc75e24cc5
        9 595x842 2309 e326ab835f590ba0 0651b6fc75e24cc5
        10 595x842 1935 4f04c28ec4395967 0651b6fc75e24cc5
        11 595x842 629 021dac583507079c 0651b6fc75e24cc5
        12 595x842 1794 8b748db910522861 0dda816d3572fd28
        13 595x842 1307 dbe8a64f01dc1e03 d75f016f3910be96
        14 595x842 1627 60dfda9fa3c72ccf 1cc8c010634a7504
        15 595x842 250 78b1f51b44489aad 35d66ff445177001
        16 842x595 1330 b41f054686d9418d 1b744e0132a47ecd
        17 842x595 1549 6b50cd688b680d6e d5e75e0f82a393f0
        18 842x595 1604 67908e2efe2c42a8 100e648244796851
        19 842x595 1202 42da9e70dd1d9e92 fb336e14aeb51b46
        20 595x842 2003 9ade0eb45709ecd2 9b43f34bcd3b95a1
        21 595x842 1925 ee2ebc037c807a83 a61370e2eed88b84
        22 595x842 2036 0e572e1694f4df10 646394b6993520fa
        23 595x842 2254 5d9d2b49ff69d89b 3da19e6022d81e3c
        24 595x842 1964 5b61125b835e8d43 fa6c6e8b3edc2357
        25 595x842 1563 61d6bf38a318e532 bfa26a281b9ddd7c
        26 595x842 1870 65416ffaa927c0ac 139583c40c68ceb5
        27 595x842 1148 2f530d69909220c8 060e4717f8099a53
    """,
    # The Party's format: footnotes at the foot of their pages, Roman appendix numbers.
    "bao-cao-quy-004-hai-phong.json": """
        1 595x842 1769 1f43389573e86603 b9784cf40a52c794
        2 595x842 2298 1fb1c5f60ede7a38 7c3e10e2a5227354
        3 595x842 2699 4c38b26873104428 09c4bf4dcebd08c2
        4 595x842 2922 90ead0e79c48bab1 7c3e10e2a5227354
        5 595x842 2868 2be27615047057a8 0651b6fc75e24cc5
        6 595x842 2729 d2415f3c1091dc2c 3cb173e268c1349d
        7 595x842 2678 151068ba4e830662 0651b6fc75e24cc5
        8 595x842 3206 b3db2068c69d8ba6 c61aa852ad84eaf6
        9 595x842 2739 86b3335edc169104 4aa1d50353460025
        10 595x842 2650 0a68b6d092e34a44 0651b6fc75e24cc5
        11 595x842 2537 8e36cbbff47312de 0651b6fc75e24cc5
        12 595x842 2575 3111517810710c21 0651b6fc75e24cc5
        13 595x842 2787 b9544aeae44050ae 0651b6fc75e24cc5
        14 595x842 3117 b5b3ba4b0e469a60 e20b6cfa298fc2f0
        15 595x842 2768 8b6e68dd81b34da5 3cb173e268c1349d
        16 595x842 2121 52546c216b12c4e2 0651b6fc75e24cc5
        17 595x842 2774 6440c57949a5ea1b 465acbff933fedcc
        18 595x842 2304 bad4f40e5ca08346 7c3e10e2a5227354
        19 595x842 2362 4bccfa2df5212939 0651b6fc75e24cc5
        20 595x842 2629 de75883d97e23ebd 0651b6fc75e24cc5
        21 595x842 2405 a40472bcdd65a3dc 0651b6fc75e24cc5
        22 595x842 2644 430f77b151376d09 0651b6fc75e24cc5
        23 595x842 2079 71187edc893708a4 892785212d544b19
        24 842x595 919 c595b9d3a04f64c4 3963381f20e8987a
        25 842x595 885 059c22483bf587fe 712e2a8d60bdb9bb
    """,
}


def _hash(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def fingerprints(pdf: bytes) -> tuple[list[str], list[str]]:
    """Each page's fingerprint line (as in PAGES) and its text, read back with pdfplumber."""
    lines, texts = [], []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            chars = [f"{c['text']}|{c['x0']:.2f}|{c['top']:.2f}|{c['fontname']}|{c['size']:.2f}" for c in page.chars]
            shapes = [f"{s['x0']:.2f}|{s['top']:.2f}|{s['x1']:.2f}|{s['bottom']:.2f}"
                      for s in (*page.lines, *page.rects)]
            lines.append(f"{page.page_number} {float(page.width):.0f}x{float(page.height):.0f} {len(chars)} "
                         f"{_hash(chars)} {_hash(shapes)}")
            texts.append("".join(c["text"] for c in page.chars))
    return lines, texts


def rendered(report: Report) -> bytes:
    out = io.BytesIO()
    render_pdf(report, out, created=CREATED)
    return out.getvalue()


def sample(name: str) -> Report:
    return read_report(bundle.samples_dir() / name)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_page_keeps_its_text_and_the_place_of_every_character(name: str) -> None:
    """SPEED-01."""
    expected = [line.strip() for line in PAGES[name].strip().splitlines()]
    found, texts = fingerprints(rendered(sample(name)))
    moved = [f"page {i + 1}: {texts[i][:60]!r}…" for i, line in enumerate(found)
             if i >= len(expected) or line != expected[i]]
    assert len(found) == len(expected) and not moved, (
        f"{name}: {len(found)} pages for {len(expected)}; changed: {moved}\nnew fingerprints:\n" + "\n".join(found))


@pytest.mark.parametrize("name", ["ke-hoach-002-tran-lieu.json", "bao-cao-quy-004-hai-phong.json",
                                  "bao-cao-ket-qua-003-duc-pho.json"])
def test_what_renders_keep_for_the_next_changes_no_byte(name: str) -> None:
    """SPEED-02: the first render with nothing kept, then twice with what it kept."""
    report = sample(name)
    forget_kept()
    fresh = rendered(report)
    assert rendered(report) == fresh
    assert rendered(report) == fresh


@pytest.mark.parametrize("edit", ["text", "cell"])
def test_a_render_after_an_edit_reuses_nothing_stale(edit: str, tmp_path: Path) -> None:
    """SPEED-03: the window renders again after each edit; the PDF is the edited report's."""
    report = sample("ke-hoach-002-tran-lieu.json")
    before = rendered(report)
    if edit == "text":
        report.sections[0].text += "\nMột đoạn văn thêm vào sau khi xem trước."
    else:
        table = report.appendices[0].tables[0]
        row = next(row for row in table.rows if not row.group)
        row.cells["unit"] = "người/km²/năm/hộ-gia-đình"  # one long word: the narrow column widens
    after = rendered(report)
    forget_kept()
    assert after == rendered(report)
    assert after != before
