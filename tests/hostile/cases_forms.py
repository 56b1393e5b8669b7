"""Templates and texts (#13 points 5 and 6): hostile template files under `baocao check-forms FOLDER`
(placeholders that format, nan and inf, a huge or deep file, a FIFO, folders without templates), and
report files under `baocao validate` whose texts would not print (control characters, emoji), whose unit
contradicts its province, whose period the template does not take, whose ratios are 0/0 or n/0.

check-forms refuses with exit 2 and names the file's field; validate exits 1 when the report has an
error and 0 when it has warnings only."""

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.hostile.case import Case

ROOT = Path(__file__).resolve().parents[2]
FORM = (ROOT / "forms" / "so-ket-chien-luoc.toml").read_text(encoding="utf-8")
SAMPLE = ROOT / "resources" / "samples" / "bao-cao-ket-qua-003-duc-pho.json"
OPENING = "Ủy ban nhân dân {unit_name} báo cáo kết quả thực hiện như sau:"
TABLE = """
[[appendices]]
id = "phu-luc"
label = "Phụ lục"
title = "SỐ LIỆU"

[[appendices.tables]]
id = "so-lieu"
kind = "grid"
columns = [{key = "name", title = "Nội dung", width = WIDTH}]

[[appendices.tables.rows]]
name = CELL
"""


def form(text: str) -> dict[str, str]:
    """A forms folder holding one template file with this text."""
    return {"forms/mau.toml": text}


def placeholder(written: str) -> dict[str, str]:
    """The real so-ket template with the {unit_name} of its opening written another way."""
    assert OPENING in FORM
    return form(FORM.replace(OPENING, OPENING.replace("{unit_name}", written)))


def appended(text: str) -> dict[str, str]:
    return form(FORM + "\n" + text)


def table(width: str = "4", cell: str = '"Chỉ tiêu"') -> dict[str, str]:
    return appended(TABLE.replace("WIDTH", width).replace("CELL", cell))


def fifo(path: Path) -> None:
    os.mkfifo(path)


def link_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def folder(path: Path) -> None:
    path.mkdir(parents=True)


def report(edit: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    """Sample 003 (Phường Đức Phổ, 9 months of 2025), edited, as a report file."""
    def make(path: Path) -> None:
        data = json.loads(SAMPLE.read_text(encoding="utf-8"))
        edit(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return make


def setting(**fields: object) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.update(fields)


def ratio(value: int, denominator: int) -> Callable[[dict[str, Any]], None]:
    """The first indicator of the sample (citizens with an ID card, a ratio) set to value/denominator."""
    def edit(data: dict[str, Any]) -> None:
        data["appendices"][0]["tables"][0]["rows"][1]["cells"].update(value=value, denominator=denominator)
    return edit


def unit(code: int, province_code: int) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["unit"].update(code=code, province_code=province_code)
    return edit


def section_text(text: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["sections"][0]["text"] = text + data["sections"][0]["text"]
    return edit


def cell_name(text: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["appendices"][0]["tables"][0]["rows"][1]["cells"]["name"] = text
    return edit


CHECK = ["check-forms", "{tmp}/forms"]
R = ["validate", "{tmp}/r.json"]

CASES = [
    # ---- a placeholder is {name}, nothing more (a format spec built a 900 M character text) ----
    Case("forms-placeholder-format-spec", CHECK, placeholder("{unit_name:>900000000}"),
         says="«document.opening»: chỗ điền «{unit_name:>900000000}» chỉ được viết tên trong ngoặc"),
    Case("forms-placeholder-format-spec-in-english", ["--lang", "en", *CHECK], placeholder("{unit_name:>900000000}"),
         says="the placeholder «{unit_name:>900000000}» may only be a name in braces"),
    Case("forms-placeholder-conversion-r", CHECK, placeholder("{unit_name!r}"), says="«{unit_name!r}»"),
    Case("forms-placeholder-conversion-s", CHECK, placeholder("{unit_name!s:^99}"), says="«{unit_name!s:^99}»"),
    Case("forms-placeholder-attribute", CHECK, placeholder("{unit_name.__class__}"),
         says="«{unit_name.__class__}» chỉ được viết tên"),
    Case("forms-placeholder-index", CHECK, placeholder("{unit_name[0]}"), says="«{unit_name[0]}»"),
    Case("forms-placeholder-positional", CHECK, placeholder("{0}"), says="không có chỗ điền «{0}»"),
    Case("forms-placeholder-empty", CHECK, placeholder("{}"), says="không có chỗ điền «{}»"),
    Case("forms-placeholder-unknown-name", CHECK, placeholder("{commune}"),
         says="không có chỗ điền «{commune}»; dùng được: {unit_name}"),
    Case("forms-placeholder-unclosed", CHECK, placeholder("{unit_name"), says="dấu ngoặc { } không khớp"),
    Case("forms-placeholder-in-a-recipient", CHECK,
         form(FORM.replace('"Lãnh đạo UBND {unit_kind};"', '"Lãnh đạo UBND {unit_kind:*>50000000};"')),
         says="«document.recipients[1]»"),
    # ---- numbers: finite and of a sensible size ----
    Case("forms-jump-nan", CHECK, appended("[validation]\njump = nan\n"),
         says="«validation.jump»: «nan» không phải là một số thật"),
    Case("forms-jump-inf", CHECK, appended("[validation]\njump = inf\n"), says="«validation.jump»: «inf»"),
    Case("forms-jump-minus-inf", CHECK, appended("[validation]\njump = -inf\n"), says="«-inf»"),
    Case("forms-jump-nan-in-english", ["--lang", "en", *CHECK], appended("[validation]\njump = nan\n"),
         says="error in field «validation.jump»: «nan» is not a real number"),
    Case("forms-jump-1e400-is-inf", CHECK, appended("[validation]\njump = 1e400\n"), says="«inf»"),
    Case("forms-column-width-nan", CHECK, table(width="nan"),
         says="«appendices[0].tables[0].columns[0].width»: «nan»"),
    Case("forms-row-cell-inf", CHECK, table(cell="inf"), says="«appendices[0].tables[0].rows[0].name»: «inf»"),
    Case("forms-version-30-digits", CHECK, form(FORM.replace("version = 1", "version = " + "9" * 30)),
         says="«version»: số dài quá 15 chữ số"),
    Case("forms-version-5000-digits", CHECK, form(FORM.replace("version = 1", "version = " + "9" * 5000)),
         says="có lỗi ở dòng 7: có một số dài 5000 chữ số"),
    Case("forms-row-cell-5000-digits", CHECK, table(cell="1" * 5000), says="5000 chữ số"),
    # ---- size and depth, limited while reading ----
    Case("forms-3-MB-template", CHECK, appended("# " + "x" * (3 * 1024 * 1024) + "\n"),
         says="lớn quá 2 MB"),
    Case("forms-3-MB-text", CHECK, form(FORM.replace(OPENING, "x" * (3 * 1024 * 1024))), says="lớn quá 2 MB"),
    Case("forms-nested-arrays-100000-deep", CHECK, appended("x = " + "[" * 100_000 + "]" * 100_000 + "\n"),
         says="lồng nhau quá 16 cấp"),
    Case("forms-nested-inline-tables-50000-deep", CHECK,
         appended("x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n"), says="lồng nhau quá 16 cấp"),
    Case("forms-dotted-key-500000-parts", CHECK, appended("a" + ".a" * 500_000 + " = 1\n"),
         says="lồng nhau quá 16 cấp"),
    Case("forms-dotted-quoted-key-500000-parts", CHECK, appended('"a"' + '."a"' * 500_000 + " = 1\n"),
         says="lồng nhau quá 16 cấp"),
    Case("forms-table-header-40-deep", CHECK, appended("[" + ".".join(["b"] * 40) + "]\nc = 1\n"),
         says="lồng nhau quá 16 cấp"),
    Case("forms-table-header-20-deep-names-the-field", CHECK,
         appended("[" + ".".join(["b"] * 20) + "]\nc = 1\n"), says="«b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b»"),
    Case("forms-outline-20-levels", CHECK,
         appended("".join(f"[[outline{'.children' * i}]]\nheading = \"MỤC {i}\"\n" for i in range(20))),
         says="lồng nhau quá 16 cấp"),
    # ---- what is not a template file ----
    Case("forms-fifo-named-toml", CHECK, {"forms/ong.toml": fifo}, says="không phải tệp thường"),
    Case("forms-dev-zero-named-toml", CHECK, {"forms/zero.toml": link_to("/dev/zero")},
         says="không phải tệp thường"),
    Case("forms-folder-named-toml", CHECK, {"forms/thu-muc.toml": folder}, says="không phải tệp thường"),
    Case("forms-not-utf8", CHECK, {"forms/mau.toml": FORM.encode("cp1258", errors="replace")},
         says="Không đọc được tệp mẫu báo cáo"),
    Case("forms-toml-syntax-error", CHECK, form(FORM.replace('version = 1', 'version = ')),
         says="sai cú pháp TOML"),
    Case("forms-two-files-one-id", CHECK, {"forms/a.toml": FORM, "forms/b.toml": FORM},
         says="Hai tệp mẫu báo cáo cùng mã «so-ket-chien-luoc»"),
    Case("forms-folder-holding-no-toml", CHECK, {"forms/ghi-chu.txt": "không phải mẫu", "forms/mau.TOML.bak": FORM},
         says="không có tệp mẫu báo cáo (.toml) nào"),
    Case("forms-folder-missing-two-levels", ["check-forms", "{tmp}/a/b/forms"], says="Không có thư mục mẫu báo cáo"),
    Case("forms-folder-missing-in-english", ["--lang", "en", "check-forms", "{tmp}/khong-co"],
         says="There is no template folder"),
    # ---- control characters in a template are refused, with the field ----
    Case("forms-right-to-left-override-in-a-heading", CHECK,
         form(FORM.replace('heading = "KẾT QUẢ ĐẠT ĐƯỢC"', 'heading = "KẾT QUẢ\\u202e ĐẠT ĐƯỢC"')),
         says="«outline[1].heading»: có ký tự điều khiển U+202E"),
    Case("forms-nul-and-escape-in-the-title", CHECK,
         form(FORM.replace('title = "Sơ kết', 'title = "\\u0000\\u001b[2JSơ kết')), says="U+0000, U+001B"),
    Case("forms-escape-sequence-in-a-key", CHECK, form('"x\\u001b[2J" = 1\n' + FORM),
         says="«x[2J»: có ký tự điều khiển U+001B"),
    # ---- what must still load ----
    Case("forms-good-copy-loads", CHECK, form(FORM), exit_codes=(0,), says="so-ket-chien-luoc"),
    Case("forms-with-byte-order-mark-loads", CHECK, {"forms/mau.toml": b"\xef\xbb\xbf" + FORM.encode("utf-8")},
         exit_codes=(0,), says="so-ket-chien-luoc"),
    Case("forms-doubled-braces-load", CHECK, placeholder("{unit_name} {{không phải chỗ điền}}"),
         exit_codes=(0,), says="so-ket-chien-luoc"),

    # ---- validate: texts that would not print (warnings: exit 0) ----
    Case("validate-right-to-left-override-in-the-title", R,
         {"r.json": report(setting(title="Báo cáo \u202eIII ýuq"))}, exit_codes=(0,),
         says="Cảnh báo: Trích yếu: có ký tự điều khiển U+202E"),
    Case("validate-escape-sequence-in-the-title-not-echoed", R,
         {"r.json": report(setting(title="Báo cáo\x1b[2J\x1b]0;x\x07 quý III"))}, exit_codes=(0,),
         says="có ký tự điều khiển U+001B, U+0007"),
    Case("validate-nul-in-a-cell", R, {"r.json": report(cell_name("Công dân\x00 đã được cấp căn cước"))},
         exit_codes=(0,), says="dòng 1 «Công dân đã được cấp căn cước», cột «Chỉ tiêu»: có ký tự điều khiển U+0000"),
    Case("validate-vertical-tab-form-feed-line-separator", R,
         {"r.json": report(section_text("Một\x0bhai\x0cba\u2028bốn\u2029"))}, exit_codes=(0,),
         says="U+000B, U+000C, U+2028, U+2029"),
    Case("validate-bidi-isolates-and-marks", R,
         {"r.json": report(setting(place="Đức\u2066 Phổ\u2069\u200f"))}, exit_codes=(0,),
         says="Địa danh: có ký tự điều khiển U+2066, U+2069, U+200F"),
    Case("validate-c1-control-and-del", R, {"r.json": report(setting(closing="Trên đây\x85 là báo cáo\x7f./."))},
         exit_codes=(0,), says="Đoạn kết: có ký tự điều khiển U+0085, U+007F"),
    Case("validate-control-characters-in-english", [*R, "--lang", "en"],
         {"r.json": report(setting(title="Báo cáo \u202equý III"))}, exit_codes=(0,),
         says="Subject line: holds the control characters U+202E"),
    Case("validate-control-characters-as-json", [*R, "--json"],
         {"r.json": report(setting(title="Báo cáo \u202equý III"))}, exit_codes=(0,),
         says='"code": "check.control_chars"'),
    Case("validate-emoji-in-a-section", R, {"r.json": report(section_text("Hoàn thành 👍 chỉ tiêu. "))},
         exit_codes=(0,), says="có ký tự «👍» (U+1F44D) mà phông chữ của văn bản không có"),
    Case("validate-cjk-and-check-mark-in-the-title", R, {"r.json": report(setting(title="Báo cáo 中文 ✓"))},
         exit_codes=(0,), says="«中» (U+4E2D), «文» (U+6587), «✓» (U+2713)"),
    Case("validate-emoji-in-english", [*R, "--lang", "en"],
         {"r.json": report(section_text("Hoàn thành 👍 chỉ tiêu. "))}, exit_codes=(0,),
         says="which the document's font does not have"),
    Case("validate-zero-over-zero-warns", R, {"r.json": report(ratio(0, 0))}, exit_codes=(0,),
         says="cột «Mẫu số»: 0/0 không tính được tỷ lệ"),
    # ---- validate: errors (exit 1) ----
    Case("validate-number-over-zero", R, {"r.json": report(ratio(5, 0))}, exit_codes=(1,),
         says="Lỗi: Phụ lục, dòng 1 «Công dân trên 14 tuổi đã được cấp căn cước công dân / số …», cột «Mẫu số»: "
              "mẫu số bằng 0 nhưng tử số là 5"),
    Case("validate-unit-of-another-province", R, {"r.json": report(unit(21439, 31))}, exit_codes=(1,),
         says="Đơn vị báo cáo: mã đơn vị 21439 là Phường Đức Phổ thuộc Quảng Ngãi (mã 51), không thuộc tỉnh, "
              "thành phố mã 31 ghi trong báo cáo"),
    Case("validate-unit-of-another-province-in-english", [*R, "--lang", "en"], {"r.json": report(unit(21439, 31))},
         exit_codes=(1,), says="not in the province with code 31 the report gives"),
    Case("validate-unit-code-not-in-the-official-list", R, {"r.json": report(unit(99999999, 51))}, exit_codes=(1,),
         says="mã đơn vị hành chính 99999999 không có trong danh mục chính thức"),
    Case("validate-unit-code-of-a-province-as-a-commune", R, {"r.json": report(unit(51, 51))}, exit_codes=(1,),
         says="mã đơn vị hành chính 51 không có trong danh mục"),
    Case("validate-period-the-template-does-not-take", R, {"r.json": report(setting(period="2022-2025"))},
         exit_codes=(1,), says="Kỳ báo cáo: mẫu báo cáo này không lập cho giai đoạn 2022-2025; mẫu nhận: quý, "
                                "6 tháng, 9 tháng, năm"),
    Case("validate-period-in-english", [*R, "--lang", "en"], {"r.json": report(setting(period="2022-2025"))},
         exit_codes=(1,), says="this report template is not made for 2022-2025"),
    Case("validate-period-that-cannot-be", R, {"r.json": report(setting(period="2025-2024"))}, exit_codes=(1,),
         says="không hiểu kỳ báo cáo «2025-2024»"),
    # ---- render prints them without the control characters ----
    Case("render-control-characters-and-emoji", ["render", "{tmp}/r.json", "-o", "{tmp}/ra.pdf"],
         {"r.json": report(setting(title="Báo cáo\u202e\x1b[2J quý III 👍"))}, exit_codes=(0,), says="ra.pdf"),
]
