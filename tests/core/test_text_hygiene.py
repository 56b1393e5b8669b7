"""Control characters (#13): removed at input, named by validation, never printed; the font's glyphs."""

import io
import string

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.document import from_dict, to_dict
from desktop.core.pdf.fonts import glyph_coverage, missing_glyphs
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.core.texthygiene import CONTROL, clean, clean_tree, codepoint, controls
from desktop.core.vnformat import nfc, nfc_tree

# NUL, ESC, vertical tab, form feed, DEL, a C1 control, right-to-left override, the other bidi controls,
# line and paragraph separators, a byte order mark, a lone surrogate.
HOSTILE = "\x00\x1b\x0b\x0c\x7f\x85\u202e\u202a\u200f\u2066\u061c\u2028\u2029\ufeff\ud800"


@pytest.mark.parametrize("char", list(HOSTILE))
def test_each_control_character_is_found_and_removed(char):
    assert controls(f"Trần{char} Liễu") == [char]
    cleaned, removed = clean(f"Trần{char} Liễu")
    assert removed == 1 and CONTROL.search(cleaned) is None
    assert cleaned in ("Trần Liễu", "Trần\n Liễu")  # U+2028/U+2029 are line breaks written another way


def test_line_breaks_and_tabs_stay_and_a_carriage_return_is_a_line_break():
    assert clean("Một\tHai\nBa") == ("Một\tHai\nBa", 0)
    assert clean("Một\r\nHai\rBa") == ("Một\nHai\nBa", 0)
    assert controls("Một\r\nHai") == []
    assert clean("Tên\r\n đơn\tvị\x00", lines=False) == ("Tên  đơn vị", 3)


def test_vietnamese_and_ordinary_punctuation_are_not_control_characters():
    text = "Ủy ban nhân dân phường Trần Liễu — 99,77% “đạt” … ≥ 60%; ½ ₫ \u00a0 \u200b \u00ad"
    assert clean(text) == (text, 0) and controls(text) == []


def test_clean_tree_cleans_every_string_and_counts():
    data = {"title\x1b": "A\u202eB", "rows": [{"cells": {"name": "x\x00y", "value": 5}}], "n": None}
    assert clean_tree(data) == ({"title": "AB", "rows": [{"cells": {"name": "xy", "value": 5}}], "n": None}, 3)


def test_codepoint_names_a_character():
    assert (codepoint("\u202e"), codepoint("\x00"), codepoint("😀")) == ("U+202E", "U+0000", "U+1F600")


def test_nfc_drops_control_characters_and_nfc_tree_keeps_them_for_validation():
    assert nfc("Tra\u0302\u0300n\u202e Lie\u0302\u0303u\x1b") == "Trần Liễu"
    assert nfc_tree({"a": ["Tra\u0302\u0300n\u202e"]}) == {"a": ["Trần\u202e"]}


def test_the_font_prints_ascii_and_vietnamese_but_not_emoji_or_cjk():
    covered = glyph_coverage("nd30")
    vietnamese = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    assert all(ord(c) in covered for c in string.printable if c not in "\t\n\r\x0b\x0c")
    assert all(ord(c) in covered for c in vietnamese + vietnamese.upper() + "“”‘’…–—≥≤±×%‰№")
    assert missing_glyphs("Chào 😀 中文 ✓ ℃\n\t") == ["😀", "中", "文", "✓", "℃"]
    assert glyph_coverage("party") == covered


def _spiked(value: object) -> object:
    """Every text of a report data with hostile characters in it (numbers written as text stay)."""
    if isinstance(value, str):
        return value[:3] + HOSTILE[:-1] + value[3:] if " " in value else value
    if isinstance(value, list):
        return [_spiked(v) for v in value]
    if isinstance(value, dict):
        return {k: _spiked(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("sample", ["bao-cao-ket-qua-003-duc-pho.json", "so-ket-000-tran-lieu.json"])
def test_control_characters_in_a_report_are_never_printed(sample):
    report = from_dict(_spiked(to_dict(read_report(bundle.samples_dir() / sample))))  # type: ignore[arg-type]
    out = io.BytesIO()
    render_pdf(report, out)
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert len(text) > 10000
    assert CONTROL.findall(text) == []
