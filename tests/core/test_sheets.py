"""Writing cells a person reads (desktop/core/exchange/sheets.py): every assertion reads the cells of a
workbook saved to bytes and opened again with openpyxl, as Excel would get it."""

import io
import re
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from desktop.core.exchange.sheets import CUT_MARK, MAX_CELL_TEXT, put, sheet_title, write_records, write_table

RISKY_TEXTS = ["=1+1", "+84 912", "-5 ngày", "@x", "=HYPERLINK(\"http://x\")"]


def saved(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def opened(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def worksheet_xml(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]


# ---- sheet_title ----

@pytest.mark.parametrize(("wanted", "expected"), [
    ("Phụ lục 1", "Phụ lục 1"),
    ("Kinh phí [2025]: thu/chi?*\\", "Kinh phí 2025 thu chi"),
    ("Phụ lục 2 - Kinh phí cho phát triển khoa học, công nghệ", "Phụ lục 2 - Kinh phí cho phát t"),
    ("   ", "Trang"),
    ("'trích'", "trích"),
    ("Phu\u0323 lu\u0323c", "Phụ lục"),  # decomposed letters are composed first
])
def test_sheet_title_makes_a_valid_name(wanted: str, expected: str) -> None:
    taken: set[str] = set()
    assert sheet_title(wanted, taken) == expected
    assert taken == {expected}
    assert len(expected) <= 31


def test_sheet_title_numbers_duplicates_ignoring_case() -> None:
    taken = {"Phụ lục 1", "PHỤ LỤC 1 (2)"}
    assert sheet_title("phụ lục 1", taken) == "phụ lục 1 (3)"
    long = "Phụ lục 2 - Kinh phí cho phát triển khoa học"
    first, second = sheet_title(long, taken), sheet_title(long, taken)
    assert (first, second) == ("Phụ lục 2 - Kinh phí cho phát t", "Phụ lục 2 - Kinh phí cho ph (2)")
    assert {"phụ lục 1 (3)", first, second} <= taken


def test_sheet_title_avoids_the_name_excel_reserves() -> None:
    assert sheet_title("History", set()) == "History (2)"


def test_workbook_takes_every_name_sheet_title_gives() -> None:
    wb = Workbook()
    taken = set(wb.sheetnames)
    for wanted in ["Sheet", "a/b", "x" * 40, "x" * 40, "[]", "Dữ liệu", "DỮ LIỆU"]:
        wb.create_sheet(sheet_title(wanted, taken))
    assert len(opened(saved(wb)).sheetnames) == 8


# ---- text is never a formula ----

@pytest.mark.parametrize("text", RISKY_TEXTS)
def test_put_keeps_text_that_looks_like_a_formula_as_text(text: str) -> None:
    wb = Workbook()
    assert put(wb.active, 1, 1, text).data_type == "s"
    data = saved(wb)
    cell = opened(data).active["A1"]
    assert (cell.value, cell.data_type) == (text, "s")
    assert cell.quotePrefix  # editing the cell in Excel keeps it text too
    assert not re.search(r"<f[ >]", worksheet_xml(data)[0])


def test_put_writes_numbers_as_numbers_and_none_as_empty() -> None:
    wb = Workbook()
    ws = wb.active
    put(ws, 1, 1, 33099, number_format="#,##0")
    put(ws, 1, 2, Decimal("407.28"), bold=True)
    put(ws, 1, 3, None)
    put(ws, 1, 4, "Phu\u0323 lu\u0323c", wrap=True)
    a, b, c, d = opened(saved(wb)).active[1]
    assert (a.value, a.data_type, a.number_format) == (33099, "n", "#,##0")
    assert isinstance(a.value, int)
    assert (b.value, b.font.b) == (407.28, True)
    assert c.value is None
    assert d.value == "Phụ lục" and d.alignment.wrap_text


def test_put_on_a_cell_styled_before_keeps_its_look() -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"].fill = PatternFill("solid", fgColor="FFFF00")
    put(ws, 1, 1, "tô vàng", bold=True)
    put(ws, 2, 1, "không tô", bold=True)
    yellow, plain = (c for c in opened(saved(wb)).active["A"])
    assert yellow.font.b and yellow.fill.fgColor.rgb == "00FFFF00"
    assert plain.font.b and plain.fill.fill_type is None


def test_text_longer_than_excel_takes_is_cut_with_a_marker() -> None:
    wb = Workbook()
    put(wb.active, 1, 1, "á" * 40_000)
    put(wb.active, 2, 1, "😀" * 20_000)  # two UTF-16 units each, as Excel counts
    cut, wide = (c.value for c in opened(saved(wb)).active["A"])
    assert len(cut) <= MAX_CELL_TEXT and cut.endswith(CUT_MARK)
    assert cut.startswith("á" * 30_000)
    assert len(wide.encode("utf-16-le")) // 2 <= MAX_CELL_TEXT and wide.endswith(CUT_MARK)


def test_control_characters_excel_refuses_are_dropped() -> None:
    wb = Workbook()
    put(wb.active, 1, 1, "Dòng\x0bmột\x00")
    assert opened(saved(wb)).active["A1"].value == "Dòngmột"


# ---- write_table ----

def test_write_table_lays_out_a_bordered_table_and_returns_the_next_row() -> None:
    wb = Workbook()
    ws = wb.active
    end = write_table(ws, title_lines=["TỔNG HỢP", "Quý III/2025"], headers=["Đơn vị", "Số", "Tỷ lệ"],
                      widths=[30, 10, 10], rows=[["Xã A", 1200, 0.5], ["Cộng", 1200, 0.5]],
                      bold_rows={1}, number_formats={1: "#,##0", 2: "0.00%"}, first_row=2)
    assert end == 7
    ws = opened(saved(wb)).active
    assert [ws.cell(r, 1).value for r in range(2, 7)] == ["TỔNG HỢP", "Quý III/2025", "Đơn vị", "Xã A", "Cộng"]
    assert ws["A2"].font.b and ws["A2"].alignment.horizontal == "center"
    assert ws["A4"].font.b and ws["A4"].alignment.wrap_text and ws["A4"].border.bottom.style == "thin"
    assert (ws["B5"].number_format, ws["C5"].number_format) == ("#,##0", "0.00%")
    assert not ws["A5"].font.b and ws["A6"].font.b
    assert ws["A5"].border.left.style == "thin" and ws["A5"].alignment.vertical == "top"
    assert ws.column_dimensions["A"].width == 30
    assert ws.freeze_panes == "A5"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.fitToWidth == 1




# ---- write_records ----

def test_write_records_lists_values_under_a_frozen_filtered_header() -> None:
    wb = Workbook()
    write_records(wb.active, ["key", "value"], [12.0, 30.0],
                  [["a", 3], ["b", ""], ["c", Decimal("2.61")], *(["risky", t] for t in RISKY_TEXTS)])
    data = saved(wb)
    ws = opened(data).active
    assert [c.value for c in ws[1]] == ["key", "value"] and ws["A1"].font.b
    assert [c.value for c in ws["B"][1:]] == [3, None, 2.61, *RISKY_TEXTS]
    assert all(c.data_type == "s" for c in ws["B"][4:])
    assert not re.search(r"<f[ >]", worksheet_xml(data)[0])
    assert (ws.freeze_panes, ws.auto_filter.ref) == ("A2", "A1:B9")
    assert ws.column_dimensions["B"].width == 30
