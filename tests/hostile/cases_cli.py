"""The command line and report files (#13 points 1, 2, 5-7): hostile report JSON (deep, huge numbers,
broken characters, NaN, numbers written the Vietnamese way), paths that are no plain file, outputs
that would destroy an input, broken pipes, consoles that cannot show Vietnamese, Ctrl-C, and
argparse's own words in English."""

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.hostile.case import Case

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bao-cao-ket-qua-003-duc-pho.json"
RAW = "@@raw@@"  # stands for a JSON text that json.dumps cannot write (NaN, 5000 digits)


def report(edit: Callable[[dict[str, Any]], None] = lambda data: None, raw: str = "") -> Callable[[Path], None]:
    """A real report file, edited; `raw` replaces the string RAW in its JSON text."""
    def make(path: Path) -> None:
        data = json.loads(SAMPLE.read_text(encoding="utf-8"))
        edit(data)
        text = json.dumps(data, ensure_ascii=False).replace(f'"{RAW}"', raw)
        path.write_text(text, encoding="utf-8")
    return make


def cell(value: object, raw: str = "") -> Callable[[Path], None]:
    """The sample with its second indicator's count (33099) replaced."""
    def edit(data: dict[str, Any]) -> None:
        data["appendices"][0]["tables"][0]["rows"][1]["cells"]["value"] = value
    return report(edit, raw)


def deep_sections(levels: int) -> Callable[[Path], None]:
    def edit(data: dict[str, Any]) -> None:
        node = data["sections"][0]
        for _ in range(levels):
            node["children"] = [{"heading": "x", "text": ""}]
            node = node["children"][0]
    return report(edit)


def long_report(rows: int) -> Callable[[Path], None]:
    """A report whose table has `rows` rows: its render takes seconds."""
    def edit(data: dict[str, Any]) -> None:
        table = data["appendices"][0]["tables"][0]
        plain = [r for r in table["rows"] if not r.get("group")]
        table["rows"] = (plain * (rows // len(plain) + 1))[:rows]
    return report(edit)


def unknown_template(data: dict[str, Any]) -> None:
    data["template"] = "mau-khong-co"


def fifo(path: Path) -> None:
    os.mkfifo(path)


def link_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as file:
            file.truncate(size)
    return make


def empty_folder(path: Path) -> None:
    path.mkdir()


GOOD = {"r.json": report()}
OLD_PDF = b"%PDF-1.4 the PDF printed last week\n"

CASES = [
    # ---- report files beyond what json.loads, the schema or Decimal take (point 1) ----
    Case("validate-nested-200-levels", ["validate", "{tmp}/sau.json"], files={"sau.json": "[" * 200 + "]" * 200},
         says="lồng nhau quá sâu"),
    Case("validate-nested-100000-levels", ["validate", "{tmp}/sau.json"],
         files={"sau.json": "[" * 100_000 + "]" * 100_000}, says="lồng nhau quá sâu"),
    Case("render-sections-nested-60-deep", ["render", "{tmp}/sau.json", "-o", "{tmp}/ra.pdf"],
         files={"sau.json": deep_sections(60)}, says="lồng nhau quá sâu", absent=("ra.pdf",)),
    Case("validate-5000-digit-integer", ["validate", "{tmp}/so.json"], files={"so.json": cell(RAW, "9" * 5000)},
         says="5000 chữ số"),
    Case("render-5000-digit-integer", ["render", "{tmp}/so.json", "-o", "{tmp}/ra.pdf"],
         files={"so.json": cell(RAW, "9" * 5000)}, says="5000 chữ số", absent=("ra.pdf",)),
    Case("validate-1e400", ["validate", "{tmp}/so.json"], files={"so.json": cell(RAW, "1e400")},
         says="lớn quá mức"),
    Case("validate-lone-surrogate", ["validate", "{tmp}/chu.json"],
         files={"chu.json": report(lambda d: d.update(title=RAW), raw='"Báo cáo \\ud800 quý III"')},
         says="ký tự hỏng \\ud800 (nửa cặp UTF-16) ở «title»"),
    Case("validate-lone-surrogate-in-a-key", ["validate", "{tmp}/chu.json"],
         files={"chu.json": '{"\\udfff": 1}'}, says="ký tự hỏng"),
    Case("validate-nan-constant", ["validate", "{tmp}/so.json"], files={"so.json": cell(RAW, "NaN")},
         says="«NaN», không phải là số"),
    Case("validate-infinity-constant", ["validate", "{tmp}/so.json"], files={"so.json": cell(RAW, "Infinity")},
         says="«Infinity», không phải là số"),
    Case("render-minus-infinity-constant", ["render", "{tmp}/so.json", "-o", "{tmp}/ra.pdf"],
         files={"so.json": cell(RAW, "-Infinity")}, says="không phải là số", absent=("ra.pdf",)),
    Case("validate-count-99,77", ["validate", "{tmp}/so.json"], files={"so.json": cell("99,77")},
         says="dòng 2, cột «Số lượng / tử số»: số được ghi dạng chữ «99,77»"),
    Case("render-count-99,77", ["render", "{tmp}/so.json", "-o", "{tmp}/ra.pdf"], files={"so.json": cell("99,77")},
         says="«99,77»", absent=("ra.pdf",)),
    Case("validate-count-1.234,5", ["validate", "{tmp}/so.json"], files={"so.json": cell("1.234,5")},
         says="«1.234,5»"),
    Case("validate-count-33.099", ["validate", "{tmp}/so.json"], files={"so.json": cell("33.099")},
         says="«33.099»"),
    Case("validate-count-NaN-as-text", ["validate", "{tmp}/so.json"], files={"so.json": cell("NaN")},
         says="số được ghi dạng chữ «NaN»"),
    Case("validate-count-Infinity-as-text", ["validate", "{tmp}/so.json"], files={"so.json": cell("Infinity")},
         says="«Infinity»"),
    Case("validate-count-khoang-850", ["validate", "{tmp}/so.json"], files={"so.json": cell("khoảng 850")},
         says="«khoảng 850»"),
    Case("render-count-khoang-850", ["render", "{tmp}/so.json", "-o", "{tmp}/ra.pdf"],
         files={"so.json": cell("khoảng 850")}, says="«khoảng 850»", absent=("ra.pdf",)),
    Case("validate-count-escape-sequence-not-echoed", ["validate", "{tmp}/so.json"],
         files={"so.json": cell("\x1b[2J850")}, says="«?[2J850»"),
    Case("validate-empty-file", ["validate", "{tmp}/rong.json"], files={"rong.json": b""},
         says="sai cú pháp JSON ở dòng 1"),
    Case("validate-not-utf8", ["validate", "{tmp}/latin.json"],
         files={"latin.json": '{\n"title": "Báo cáo"}'.encode("cp1258")},
         says="không phải văn bản UTF-8 (có byte lạ ở dòng 2)"),
    Case("validate-utf8-with-bom-is-read", ["validate", "{tmp}/bom.json"],
         files={"bom.json": b"\xef\xbb\xbf" + SAMPLE.read_bytes()}, exit_codes=(0,), says="Cảnh báo"),
    Case("validate-a-list-not-a-report", ["validate", "{tmp}/ds.json"], files={"ds.json": "[1, 2]"},
         says="có lỗi ở trường «(gốc)»"),
    Case("validate-a-25-MB-file", ["validate", "{tmp}/lon.json"], files={"lon.json": sparse(25 * 1024 * 1024)},
         says="lớn quá 20 MB"),
    # ---- paths that are no plain file: refused at once, never read or waited on ----
    Case("render-fifo-as-input", ["render", "{tmp}/ong.json", "-o", "{tmp}/ra.pdf"], files={"ong.json": fifo},
         says="không phải tệp thường", absent=("ra.pdf",)),
    Case("validate-fifo-as-input", ["validate", "{tmp}/ong.json"], files={"ong.json": fifo},
         says="ống FIFO"),
    Case("validate-dev-zero-linked-as-input", ["validate", "{tmp}/zero.json"],
         files={"zero.json": link_to("/dev/zero")},
         says="không phải tệp thường"),
    Case("render-dev-zero-linked-as-input", ["render", "{tmp}/zero.json", "-o", "{tmp}/ra.pdf"],
         files={"zero.json": link_to("/dev/zero")}, says="không phải tệp thường", absent=("ra.pdf",)),
    Case("validate-folder-as-input", ["validate", "{tmp}/thu-muc"], files={"thu-muc": empty_folder},
         says="là một thư mục"),
    Case("render-undecodable-file-name", ["render", "{tmp}/\udcff\udcfe.json"], says="không có tệp này"),
    # ---- render never destroys what it was given (point 2) ----
    Case("render-output-is-the-input", ["render", "{tmp}/r.json", "-o", "{tmp}/r.json"], files=GOOD,
         says="chính là tệp báo cáo", unchanged=("r.json",)),
    Case("render-output-is-the-input-through-a-link", ["render", "{tmp}/r.json", "-o", "{tmp}/lien-ket.json"],
         files={**GOOD, "lien-ket.json": link_to("r.json")}, says="chính là tệp báo cáo", unchanged=("r.json",)),
    Case("render-output-is-the-input-by-another-path", ["render", "{tmp}/r.json", "-o", "{tmp}/con/../r.json"],
         files={**GOOD, "con": empty_folder}, says="chính là tệp báo cáo", unchanged=("r.json",)),
    Case("render-input-named-pdf-without-o", ["render", "{tmp}/bao-cao.pdf"], files={"bao-cao.pdf": report()},
         says="là tệp PDF, không phải tệp báo cáo", unchanged=("bao-cao.pdf",)),
    Case("render-input-named-PDF-upper-case", ["render", "{tmp}/BAO-CAO.PDF"], files={"BAO-CAO.PDF": report()},
         says="là tệp PDF", unchanged=("BAO-CAO.PDF",)),
    Case("render-output-is-a-fifo", ["render", "{tmp}/r.json", "-o", "{tmp}/ong.pdf"],
         files={**GOOD, "ong.pdf": fifo}, says="phần mềm không ghi vào đó", unchanged=("r.json",)),
    Case("render-output-in-a-missing-folder", ["render", "{tmp}/r.json", "-o", "{tmp}/khong-co/ra.pdf"],
         files=GOOD, says="không có thư mục", unchanged=("r.json",)),
    Case("render-unknown-template", ["render", "{tmp}/la.json", "-o", "{tmp}/ra.pdf"],
         files={"la.json": report(unknown_template)}, says="theo mẫu «mau-khong-co»", absent=("ra.pdf",)),
    Case("render-that-fails-keeps-the-old-pdf", ["render", "{tmp}/la.json", "-o", "{tmp}/cu.pdf"],
         files={"la.json": report(unknown_template), "cu.pdf": OLD_PDF}, says="phần mềm không có mẫu này",
         unchanged=("cu.pdf", "la.json")),
    Case("render-with-a-bad-number-keeps-the-old-pdf", ["render", "{tmp}/so.json", "-o", "{tmp}/cu.pdf"],
         files={"so.json": cell("99,77"), "cu.pdf": OLD_PDF}, says="«99,77»", unchanged=("cu.pdf",)),
    Case("render-into-a-folder-names-the-pdf-after-the-input", ["render", "{tmp}/r.json", "-o", "{tmp}/ra"],
         files={**GOOD, "ra": empty_folder}, exit_codes=(0,), says="ra/r.pdf", unchanged=("r.json",)),
    Case("render-ctrl-c-leaves-no-pdf", ["render", "{tmp}/lon.json", "-o", "{tmp}/ra.pdf"],
         files={"lon.json": long_report(2000)}, interrupt_after=1.5, exit_codes=(130,),
         says="Đã dừng theo yêu cầu (Ctrl-C); không có gì bị thay đổi.", absent=("ra.pdf",)),
    Case("render-ctrl-c-keeps-the-old-pdf", ["render", "{tmp}/lon.json", "-o", "{tmp}/cu.pdf"],
         files={"lon.json": long_report(2000), "cu.pdf": OLD_PDF}, interrupt_after=1.5, exit_codes=(130,),
         says="Ctrl-C", unchanged=("cu.pdf", "lon.json")),
    # ---- unknown template (point 6) ----
    Case("validate-unknown-template", ["validate", "{tmp}/la.json"], files={"la.json": report(unknown_template)},
         says="theo mẫu «mau-khong-co», nhưng phần mềm không có mẫu này"),
    Case("validate-unknown-template-in-english", ["validate", "{tmp}/la.json", "--lang", "en"],
         files={"la.json": report(unknown_template)}, says="which this app does not have"),
    # ---- check-forms on a folder without templates (point 5) ----
    Case("check-forms-empty-folder", ["check-forms", "{tmp}/mau"], files={"mau": empty_folder},
         says="không có tệp mẫu báo cáo (.toml) nào"),
    Case("check-forms-missing-folder", ["check-forms", "{tmp}/khong-co"], says="Không có thư mục mẫu báo cáo"),
    Case("check-forms-a-file-not-a-folder", ["check-forms", "{tmp}/r.json"], files=GOOD, says="không phải thư mục"),
    Case("check-forms-empty-folder-in-english", ["--lang", "en", "check-forms", "{tmp}/mau"],
         files={"mau": empty_folder}, says="holds no report template file"),
    # ---- the terminal: a closed pipe, a console without Vietnamese (point 1) ----
    Case("check-forms-into-a-closed-pipe", ["check-forms"], close_stdout=True, exit_codes=(141,)),
    Case("validate-into-a-closed-pipe", ["validate", "{tmp}/r.json"], files=GOOD, close_stdout=True,
         exit_codes=(141,)),
    Case("validate-on-an-ascii-console", ["validate", "{tmp}/r.json"], files=GOOD, env={"PYTHONIOENCODING": "ascii"},
         exit_codes=(0,), says="Canh bao: Ngay ban hanh"),
    Case("validate-json-on-an-ascii-console", ["validate", "{tmp}/r.json", "--json"], files=GOOD,
         env={"PYTHONIOENCODING": "ascii"}, exit_codes=(0,), says='"level": "warning"'),
    Case("error-on-an-ascii-console", ["validate", "{tmp}/khong-co.json"], env={"PYTHONIOENCODING": "ascii"},
         says="Khong doc duoc tep bao cao"),
    Case("error-on-a-cp1252-console", ["validate", "{tmp}/sau.json"], files={"sau.json": "[" * 200 + "]" * 200},
         env={"PYTHONIOENCODING": "cp1252"}, says="long nhau qu"),
    Case("argparse-error-on-an-ascii-console", ["render"], env={"PYTHONIOENCODING": "ascii"},
         says="thieu tham so bat buoc"),
    # ---- argparse in the language asked for (point 7) ----
    Case("argparse-unrecognized-in-english", ["--lang", "en", "render", "{tmp}/r.json", "--bogus"],
         says="error: unrecognized arguments: --bogus"),
    Case("argparse-required-in-english", ["--lang", "en", "render"],
         says="error: the following arguments are required: FILE.json"),
    Case("argparse-usage-in-english", ["render", "--lang=en"], says="usage: baocao"),
    Case("argparse-bad-language", ["validate", "{tmp}/r.json", "--lang", "fr"],
         says="lỗi: tham số --lang: lựa chọn không có: 'fr' (chọn một trong 'vi', 'en')"),
    Case("argparse-unrecognized-in-vietnamese", ["render", "{tmp}/r.json", "--bogus"],
         says="lỗi: không hiểu các tham số: --bogus"),
    Case("argparse-required-in-vietnamese", ["render"], says="cách dùng: baocao render"),
    Case("argparse-bad-date-in-english", ["--lang", "en", "completeness", "--db", "{db}", "--kind", "x",
                                          "--period", "2025", "--deadline", "31/12/2025"],
         says="invalid date value: '31/12/2025'"),
    Case("report-error-in-english", ["--lang", "en", "validate", "{tmp}/sau.json"],
         files={"sau.json": "[" * 200 + "]" * 200}, says="is nested too deeply"),
    Case("number-as-text-in-english", ["render", "{tmp}/so.json", "--lang", "en", "-o", "{tmp}/ra.pdf"],
         files={"so.json": cell("99,77")}, says="the number is written as text «99,77»", absent=("ra.pdf",)),
    # ---- exchange commands given too little (a SystemExit in Vietnamese only before) ----
    Case("export-without-a-report", ["export", "--db", "{db}"], says="cần tệp báo cáo .json hoặc --report"),
    Case("export-a-deep-file", ["export", "--db", "{db}", "{tmp}/sau.json", "-o", "{tmp}/ra.xlsx"],
         files={"sau.json": "[" * 300 + "]" * 300}, says="lồng nhau quá sâu", absent=("ra.xlsx",)),
    Case("export-a-fifo", ["export", "--db", "{db}", "{tmp}/ong.json", "-o", "{tmp}/ra.xlsx"],
         files={"ong.json": fifo}, says="không phải tệp thường", absent=("ra.xlsx",)),
]
