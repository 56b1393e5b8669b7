"""Reading report JSON files (#13 points 1-2): every file a clerk or a stranger could hand us is
either a Report or a BaocaoError naming the file and what is wrong, in both languages; never a
RecursionError, a ValueError from int(), a decimal.InvalidOperation, or a read that blocks."""

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.core import bundle
from desktop.core.errors import BaocaoError
from desktop.core.jsonread import MAX_DEPTH, check_tree, loads, read_bounded, shown
from desktop.core.reportfile import parse_report, read_report, write_report

SAMPLES = sorted(bundle.samples_dir().glob("*.json"))
SAMPLE = bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json"


def sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def refused(path: Path, code: str) -> BaocaoError:
    """read_report must refuse `path` with `code`, and say so in Vietnamese and in English."""
    with pytest.raises(BaocaoError) as caught:
        read_report(path)
    error = caught.value
    assert error.code == code, error.text()
    assert str(path) in error.text("vi") and str(path) in error.text("en")
    assert error.text("vi") != error.text("en")
    return error


def written(tmp_path: Path, text: str | bytes, name: str = "bao-cao.json") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def with_count(value: Any) -> str:
    """The sample's JSON with its second indicator's count (33099, a ratio's numerator in people)."""
    data = sample()
    data["appendices"][0]["tables"][0]["rows"][1]["cells"]["value"] = "@@"
    return json.dumps(data, ensure_ascii=False).replace('"@@"', value)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_sample_is_read(path: Path) -> None:
    assert read_report(path).title


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    assert read_report(written(tmp_path, b"\xef\xbb\xbf" + SAMPLE.read_bytes())).title


# ---- what json.loads takes and no report holds ----

@pytest.mark.parametrize("levels", [MAX_DEPTH + 2, 200, 100_000])
def test_deep_nesting_is_refused(tmp_path: Path, levels: int) -> None:
    error = refused(written(tmp_path, "[" * levels + "]" * levels), "json.too_deep")
    assert "lồng nhau quá sâu" in error.text() and "nested too deeply" in error.text("en")


def test_deeply_nested_sections_name_where(tmp_path: Path) -> None:
    data = sample()
    node = data["sections"][0]
    for _ in range(60):
        node["children"] = [{"heading": "x"}]
        node = node["children"][0]
    error = refused(written(tmp_path, json.dumps(data)), "json.too_deep")
    assert "sections[0].children[0]" in error.text()


def test_deep_data_is_refused_by_parse_report_too() -> None:
    """Data from elsewhere than a file (the exchange, a test) gets the same check: no recursion."""
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(BaocaoError) as caught:
        parse_report({"format": "baocao.report/1", "sections": deep})
    assert caught.value.code == "json.too_deep"


def test_a_report_as_deep_as_allowed_is_read(tmp_path: Path) -> None:
    data = sample()
    node = data["sections"][0]
    for _ in range((MAX_DEPTH - 4) // 2):  # root → sections → [0] → children → [0] …
        node["children"] = [{"heading": "x"}]
        node = node["children"][0]
    assert read_report(written(tmp_path, json.dumps(data))).sections


def test_a_5000_digit_integer(tmp_path: Path) -> None:
    error = refused(written(tmp_path, with_count("9" * 5000)), "json.number_too_long")
    assert "5000 chữ số" in error.text()


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_numbers(tmp_path: Path, constant: str) -> None:
    error = refused(written(tmp_path, with_count(constant)), "json.not_a_number")
    assert f"«{constant}»" in error.text()


def test_a_float_too_big_for_a_float(tmp_path: Path) -> None:
    refused(written(tmp_path, with_count("1e400")), "json.number_too_big")


def test_a_lone_surrogate(tmp_path: Path) -> None:
    data = sample()
    data["title"] = "@@"
    text = json.dumps(data, ensure_ascii=False).replace('"@@"', '"Báo cáo \\ud800"')
    error = refused(written(tmp_path, text), "json.bad_character")
    assert "\\ud800" in error.text() and "«title»" in error.text()


def test_a_surrogate_pair_is_a_character(tmp_path: Path) -> None:
    data = sample()
    data["title"] = "@@"
    text = json.dumps(data).replace('"@@"', '"B\\u00e1o c\\u00e1o \\ud83d\\ude00"')
    assert read_report(written(tmp_path, text)).title == "Báo cáo \U0001f600"


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    error = refused(written(tmp_path, '{\n\n"title": "Báo cáo"}'.encode("cp1258")), "json.not_utf8")
    assert "dòng 3" in error.text()


def test_bad_syntax_names_the_line(tmp_path: Path) -> None:
    error = refused(written(tmp_path, "{\n"), "report.unreadable")  # its code since before #13
    assert error.text().endswith("sai cú pháp JSON ở dòng 2, cột 1")
    assert error.text("en").endswith("JSON syntax error on line 2, column 1")


# ---- number cells ----

@pytest.mark.parametrize("text", ["99,77", "1.234,5", "33.099", "NaN", "Infinity", "khoảng 850", "1e5", ""])
def test_a_number_written_as_text_is_refused_naming_the_cell(tmp_path: Path, text: str) -> None:
    error = refused(written(tmp_path, with_count(json.dumps(text, ensure_ascii=False))), "report.number_as_text")
    context = error.message.context
    assert (context["table"], context["row"], context["column"], context["value"]) == \
        ("Số liệu kết quả trong kỳ báo cáo", 2, "Số lượng / tử số", text)
    assert f"«{text}»" in error.text("en")


def test_a_count_takes_whole_numbers_only(tmp_path: Path) -> None:
    assert refused(written(tmp_path, with_count("3.5")), "report.number_as_text").message.context["value"] == "3.5"
    assert read_report(written(tmp_path, with_count('"33099"'))).appendices[0].tables[0].rows[1].cells["value"] == \
        Decimal("33099")


def test_a_ratio_of_money_takes_decimals() -> None:
    """A ratio's terms are whole numbers unless its unit is money (tables._ratio_terms)."""
    data = sample()
    row = data["appendices"][0]["tables"][0]["rows"][1]
    row["cells"].update(unit="triệu đồng", value="12.5", denominator="40.25")
    cells = parse_report(data).appendices[0].tables[0].rows[1].cells
    assert (cells["value"], cells["denominator"]) == (Decimal("12.5"), Decimal("40.25"))


def test_a_quoted_value_is_shown_without_control_characters(tmp_path: Path) -> None:
    error = refused(written(tmp_path, with_count('"\\u001b[2J850\\u202e"')), "report.number_as_text")
    assert "\x1b" not in error.text() and "\u202e" not in error.text() and "«?[2J850?»" in error.text()
    assert shown("a" * 50) == "a" * 40 + "…"


# ---- paths that are no plain file ----

def test_a_missing_file(tmp_path: Path) -> None:
    assert "không có tệp này" in refused(tmp_path / "khong-co.json", "report.missing").text()


def test_a_folder(tmp_path: Path) -> None:
    refused(tmp_path, "json.is_folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "ong.json"
    os.mkfifo(path)
    refused(path, "json.not_a_file")  # a blocking open would hang here: no writer ever comes


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_through_a_link(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    refused(link, "json.not_a_file")


def test_a_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "lon.json"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written
    assert "20 MB" in refused(path, "json.too_big").text()


def test_the_read_stops_at_the_limit(tmp_path: Path) -> None:
    path = written(tmp_path, b"x" * 11)
    assert read_bounded(path, 11) == b"x" * 11
    with pytest.raises(BaocaoError, match="lớn quá"):
        read_bounded(path, 10)


def test_check_tree_allows_what_reports_hold() -> None:
    check_tree(sample(), "x")
    assert loads(b'{"a": [1, 2.5, "ba"]}', "x") == {"a": [1, 2.5, "ba"]}


def test_write_report_leaves_the_old_file_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import atomicfile

    path = written(tmp_path, "cũ")
    report = read_report(SAMPLE)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomicfile.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_report(report, path)
    assert path.read_text(encoding="utf-8") == "cũ"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
