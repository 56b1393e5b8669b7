"""The readable sheets of an exported report (desktop/core/exchange/reportsheets.py): every assertion
reads the cells of a workbook saved to bytes and opened again with openpyxl, as Excel would get it."""

import datetime
import re
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core import bundle
from desktop.core.document import Appendix, Report, Section, Signer
from desktop.core.exchange.reportsheets import DATA_HEADERS, add_report_sheets
from desktop.core.reportfile import read_report
from desktop.core.tables import Column, Row, Table, row_labels
from tests.core.test_sheets import RISKY_TEXTS, opened, saved, worksheet_xml

DUC_PHO = "bao-cao-ket-qua-003-duc-pho.json"
TRAN_LIEU = "ke-hoach-002-tran-lieu.json"
HAI_PHONG = "bao-cao-quy-004-hai-phong.json"


def sample(name: str) -> Report:
    return read_report(bundle.samples_dir() / name)


def exported(report: Report, lang: str = "vi") -> tuple[list[str], bytes]:
    """The sheet names add_report_sheets returns and the saved workbook."""
    wb = Workbook()
    wb.remove(wb.active)
    names = add_report_sheets(wb, report, lang=lang)
    return names, saved(wb)


def grid(ws: Worksheet) -> tuple[int, list[str], list[list[Any]]]:
    """A table sheet as (header row number, column titles, rows of cell objects below the header)."""
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    titles = [c.value for c in ws[header]]
    return header, titles, [list(row) for row in ws.iter_rows(min_row=header + 1)]


def row_named(ws: Worksheet, name: str) -> dict[str, Any]:
    """The cells of the row whose name column starts with `name`, by column title."""
    _, titles, rows = grid(ws)
    row = next(r for r in rows if str(r[1].value or "").startswith(name))
    return dict(zip(titles, row, strict=True))


def small_report(*tables: Table, **fields: Any) -> Report:
    """A report written inline: a header, one section, and an appendix holding `tables`."""
    values: dict[str, Any] = dict(
        template_id="thu", unit=None, issuer_parent="", issuer=["ỦY BAN NHÂN DÂN", "XÃ THỬ"], place="Thử",
        period="2025-Q3", number="5", symbol="BC-UBND", date=datetime.date(2025, 10, 7), year=2025,
        type_name="BÁO CÁO", title="Kết quả thử", sections=[Section("Kết quả", "Đoạn một.\nĐoạn hai.")],
        signer=Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"),
        appendices=[Appendix("pl", "Phụ lục", "SỐ LIỆU", tables=list(tables))] if tables else [])
    values.update(fields)
    return Report(**values)


def counts_table() -> Table:
    columns = [Column("stt", "STT", "stt"), Column("name", "Tên", "text"),
               Column("count", "Số lượng", "count", total=True), Column("note", "Ghi chú", "text")]
    rows = [Row({"name": "Nhóm"}, key="g", level=1, group=True), Row({"name": "A", "count": 3}, key="a"),
            Row({"name": "B", "note": "chưa có số"}, key="b"), Row({}, key="trong")]
    return Table("dem", "grid", "Bảng đếm", columns, rows, total_row="Tổng cộng")


# ---- sheet names ----

@pytest.mark.parametrize(("name", "expected"), [
    (DUC_PHO, ["Báo cáo", "Phụ lục", "Dữ liệu"]),
    (TRAN_LIEU, ["Báo cáo", "Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Dữ liệu"]),
    (HAI_PHONG, ["Báo cáo", "Phụ lục 1", "Phụ lục 2", "Dữ liệu"]),
    ("so-ket-000-tran-lieu.json", ["Báo cáo", "Dữ liệu"]),
])
def test_sheet_names_of_each_sample(name: str, expected: list[str]) -> None:
    names, data = exported(sample(name))
    assert names == expected
    assert opened(data).sheetnames == expected


def test_an_appendix_with_two_tables_names_each_sheet_after_its_table() -> None:
    first = counts_table()
    second = Table("kinh-phi", "grid", "Kinh phí cho phát triển KHCN, ĐMST và CĐS", first.columns, [])
    untitled = Table("khac", "grid", "", first.columns, [])
    names, _ = exported(small_report(first, second, untitled))
    assert names == ["Báo cáo", "Phụ lục - Bảng đếm", "Phụ lục - Kinh phí cho phát", "Phụ lục - Bảng 3", "Dữ liệu"]


def test_sheets_are_added_beside_those_already_in_the_workbook() -> None:
    wb = Workbook()
    wb.active.title = "Báo cáo"
    names = add_report_sheets(wb, small_report())
    assert names == ["Báo cáo (2)", "Dữ liệu"]
    assert opened(saved(wb)).sheetnames == ["Báo cáo", "Báo cáo (2)", "Dữ liệu"]


# ---- appendix tables ----

def test_ratio_of_003_is_a_percentage_value_not_a_formula() -> None:
    _, data = exported(sample(DUC_PHO))
    ws = opened(data)["Phụ lục"]
    row = row_named(ws, "Công dân trên 14 tuổi đã được cấp căn cước")
    assert row["Số lượng / tử số"].value == 33099
    assert row["Số lượng / tử số"].number_format == "#,##0"
    assert row["Mẫu số"].value == 33174
    ratio = row["Tỷ lệ"]
    assert ratio.value == pytest.approx(33099 / 33174)
    assert ratio.number_format == "0.00%"
    assert ratio.data_type == "n"
    assert "Các kỳ trước" not in grid(ws)[1]


def test_a_percent_indicator_prints_its_value_once_under_ty_le() -> None:
    _, data = exported(sample(DUC_PHO))
    ws = opened(data)["Phụ lục"]
    row = row_named(ws, "Tỷ lệ hồ sơ chưa số hóa kết quả giải quyết")
    assert row["Số lượng / tử số"].value is None
    assert (row["Tỷ lệ"].value, row["Tỷ lệ"].number_format) == (pytest.approx(0.0261), "0.00%")
    whole = row_named(ws, "Tỷ lệ văn bản điện tử được ký số")
    assert (whole["Tỷ lệ"].value, whole["Tỷ lệ"].number_format) == (1, "0%")


def test_stt_labels_and_bold_group_rows() -> None:
    report = sample(DUC_PHO)
    _, data = exported(report)
    ws = opened(data)["Phụ lục"]
    _, _, rows = grid(ws)
    assert [r[0].value for r in rows] == row_labels(report.tables()[0])
    assert [r[0].value for r in rows][:8] == ["I", "1", "2", "3", "II", "1", "1.1", "1.2"]
    group = row_named(ws, "Đề án 06")
    assert group["STT"].value == "I"
    assert group["Chỉ tiêu"].font.b and group["STT"].font.b
    assert not row_named(ws, "Tổng số hồ sơ tiếp nhận")["Chỉ tiêu"].font.b


def test_title_lines_header_and_page_of_a_table_sheet() -> None:
    _, data = exported(sample(DUC_PHO))
    ws = opened(data)["Phụ lục"]
    header, titles, _ = grid(ws)
    assert [ws.cell(r, 1).value for r in range(1, header)] == [
        "Phụ lục", "SỐ LIỆU KẾT QUẢ KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
        "Số liệu kết quả trong kỳ báo cáo"]
    assert titles == ["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng / tử số", "Mẫu số", "Tỷ lệ", "Ghi chú"]
    assert all(c.font.b and c.border.top.style == "thin" for c in ws[header])
    assert ws.freeze_panes == f"A{header + 1}"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_total_row_of_004_task_statistics() -> None:
    _, data = exported(sample(HAI_PHONG))
    ws = opened(data)["Phụ lục 1"]
    _, titles, rows = grid(ws)
    total = dict(zip(titles, rows[-1], strict=True))
    assert total["Văn bản giao nhiệm vụ"].value == "Tổng cộng"
    assert [total[t].value for t in titles[2:7]] == [153, 59, 93, 0, 1]  # 25+84+25+19, …
    assert all(total[t].font.b for t in titles[1:7])
    assert total["Số nhiệm vụ được giao"].number_format == "#,##0"
    assert [r[0].value for r in rows] == ["1", "2", "3", "4", None]


def test_total_row_and_group_total_of_a_table_filled_in_the_test() -> None:
    table = counts_table()
    table.rows[3].cells = {"name": "C", "count": 1200}
    _, data = exported(small_report(table))
    ws = opened(data)["Phụ lục"]
    _, _, rows = grid(ws)
    values = [[c.value for c in r] for r in rows]
    assert values == [["I", "Nhóm", 1203, None], ["1", "A", 3, None], ["2", "B", None, "chưa có số"],
                      ["3", "C", 1200, None], [None, "Tổng cộng", 1203, None]]
    assert rows[0][2].font.b and rows[-1][2].font.b and not rows[1][2].font.b


def test_money_keeps_the_decimals_it_was_stored_with_and_targets_stay_text() -> None:
    _, data = exported(sample(HAI_PHONG))
    ws = opened(data)["Phụ lục 2"]
    total = row_named(ws, "Đầu tư cho phát triển khoa học")
    assert (total["Số liệu"].value, total["Số liệu"].number_format) == (407.28, "#,##0.00")
    part = row_named(ws, "Hải Phòng trước hợp nhất")
    assert (part["Số liệu"].value, part["Số liệu"].number_format) == (251.2, "#,##0.0")
    share = row_named(ws, "Tỷ lệ chi cho phát triển KHCN")
    assert share["Tỷ lệ"].value == pytest.approx(407.28 / 71429)
    assert share["Tổng chi ngân sách địa phương"].value == 71429
    assert (share["Mục tiêu năm 2025"].value, share["Mục tiêu năm 2025"].data_type) == ("3%", "s")


def test_targets_of_002_are_text_as_typed() -> None:
    _, data = exported(sample(TRAN_LIEU))
    ws = opened(data)["Phụ lục 2"]
    row = row_named(ws, "Tỷ lệ phủ sóng 6G")
    assert [row[f"Năm {y}"].value for y in (2025, 2030, 2035, 2040, 2045)] == ["-", "-", "50%", "80%", "100%"]
    assert all(row[f"Năm {y}"].data_type == "s" for y in (2025, 2035))


# ---- text is never a formula ----

def test_typed_texts_in_a_report_stay_text_on_every_sheet() -> None:
    table = counts_table()
    for row, text in zip(table.rows, RISKY_TEXTS, strict=False):
        row.cells["note"] = text
    report = small_report(table, opening="=SUM(A1:A9)", recipients=["+84 912"])
    _, data = exported(report)
    assert not any(re.search(r"<f[ >]", xml) for xml in worksheet_xml(data))
    wb = opened(data)
    notes = [r[3] for r in grid(wb["Phụ lục"])[2][:4]]
    assert [(c.value, c.data_type) for c in notes] == [(t, "s") for t in RISKY_TEXTS[:4]]
    stored = [c for row in wb["Dữ liệu"].iter_rows(min_row=2) for c in row if c.value in RISKY_TEXTS]
    assert len(stored) == 4 and all(c.data_type == "s" for c in stored)
    texts = [c.value for c in wb["Báo cáo"]["A"]]
    assert "=SUM(A1:A9)" in texts and "- +84 912" in texts


# ---- the document sheet ----

def test_report_sheet_of_002_reads_as_the_document() -> None:
    _, data = exported(sample(TRAN_LIEU))
    texts = [c.value for c in opened(data)["Báo cáo"]["A"] if c.value]
    assert texts[:9] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 79/KH-UBND", "P. Trần Liễu, ngày 02 tháng 10 năm 2025",
                         "KẾ HOẠCH", texts[7], "Kỳ báo cáo: giai đoạn 2025-2030"]
    assert texts[7].startswith("Thực hiện Nghị quyết số 57-NQ/TW")
    for heading in ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Mục tiêu, chỉ tiêu cụ thể",
                    "2.1. Các chỉ tiêu theo Nghị quyết 71/NQ-CP", "V. TỔ CHỨC THỰC HIỆN"]:
        assert heading in texts
    assert texts.index("I. MỤC ĐÍCH, YÊU CẦU") < texts.index("V. TỔ CHỨC THỰC HIỆN") < texts.index("Nơi nhận:")
    assert texts[-3:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Tình"]


def test_report_sheet_of_003_has_its_period_and_bold_headings() -> None:
    _, data = exported(sample(DUC_PHO))
    ws = opened(data)["Báo cáo"]
    cells = {c.value: c for c in ws["A"] if c.value}
    assert "Kỳ báo cáo: 9 tháng đầu năm 2025" in cells
    assert "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND" in cells  # no number yet: room to write it
    heading = next(c for text, c in cells.items() if text.startswith("I. "))
    assert heading.font.b
    assert 60 <= ws.column_dimensions["A"].width <= 75  # within A4 portrait and heading.alignment.wrap_text


def test_footnote_marks_print_as_superscripts_and_notes_follow() -> None:
    _, data = exported(sample(HAI_PHONG))
    texts = [c.value for c in opened(data)["Báo cáo"]["A"] if c.value]
    assert "Số 01-BC/BCĐ" in texts and "Hải Phòng, ngày 07 tháng 10 năm 2025" in texts
    assert not any("[^" in t for t in texts)
    assert any("¹" in t for t in texts[:texts.index("Chú thích")])
    notes = texts[texts.index("Chú thích") + 1:]
    assert len(notes) == 20 and notes[0].startswith("¹ Quyết định số 01-QĐ/TU") and notes[-1].startswith("²⁰ ")


def test_english_labels() -> None:
    _, data = exported(sample(DUC_PHO), lang="en")
    wb = opened(data)
    assert "Reporting period: first 9 months of 2025" in [c.value for c in wb["Báo cáo"]["A"]]
    assert [c.value for c in wb["Dữ liệu"]["F"][1:3]] == ["Unit code", "Unit name"]


# ---- the data sheet ----

def test_data_sheet_has_one_row_per_filled_cell() -> None:
    _, data = exported(small_report(counts_table()))
    ws = opened(data)["Dữ liệu"]
    assert [c.value for c in ws[1]] == DATA_HEADERS
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r for r in rows if r[0] == "dem"] == [
        ["dem", 0, "g", "I", "name", "Tên", "Nhóm", "text"],
        ["dem", 1, "a", "1", "name", "Tên", "A", "text"],
        ["dem", 1, "a", "1", "count", "Số lượng", 3, "count"],
        ["dem", 2, "b", "2", "name", "Tên", "B", "text"],
        ["dem", 2, "b", "2", "note", "Ghi chú", "chưa có số", "text"],
    ]
    fields = {r[4]: r[6] for r in rows if r[0] is None}
    assert fields == {"unit_code": None, "unit_name": None, "template": "thu", "period": "2025-Q3",
                      "number": "5", "symbol": "BC-UBND", "date": "2025-10-07", "title": "Kết quả thử"}
    assert ws.freeze_panes == "A2"


def test_data_sheet_of_003_holds_stored_values_not_computed_ones() -> None:
    report = sample(DUC_PHO)
    _, data = exported(report)
    rows = [[c.value for c in row] for row in opened(data)["Dữ liệu"].iter_rows(min_row=2)]
    table = report.tables()[0]
    filled = sum(1 for r in table.rows for c in table.columns if r.cells.get(c.key) not in (None, ""))
    assert len([r for r in rows if r[0] == table.id]) == filled
    assert ["so-lieu-khcn-cds", 1, "cccd-cap", "1", "value", "Số lượng / tử số", 33099, "count"] in rows
    assert ["so-lieu-khcn-cds", 18, "chua-so-hoa-ket-qua", "3", "value", "Số lượng / tử số", 2.61, "percent"] in rows
    assert not any(r[4] == "ratio" for r in rows)
    assert next(r[6] for r in rows if r[4] == "unit_code") == 21439
