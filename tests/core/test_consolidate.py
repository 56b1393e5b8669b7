"""Consolidation: communes' reports added up into the city's, the cities' into the nation's.

Unit reports are built from the real templates in forms/, cells typed as a clerk types them.
"""

import datetime
import tomllib
import unicodedata
from decimal import Decimal
from io import BytesIO

import pytest

from desktop.core import units
from desktop.core.cells import cell_text, set_cell
from desktop.core.document import Report, UnitRef, new_report, to_dict
from desktop.core.errors import BaocaoError, TemplateError
from desktop.core.exchange.consolidate import Consolidation, Contribution, RowFigures, consolidate
from desktop.core.exchange.consolidated_report import consolidated_report
from desktop.core.exchange.gather import find_section
from desktop.core.loader import Catalogue
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import parse_report
from desktop.core.tables import Row, Table, column_from_dict, row_ratio, table_total
from desktop.core.template import Template
from desktop.core.templatebuild import build_template
from desktop.core.vnformat import format_percent

TODAY = datetime.date(2025, 10, 5)
HAI_PHONG, QUANG_NGAI = 31, 51
KHCN, QUY, KE_HOACH = "bao-cao-ket-qua-khcn-cds", "bao-cao-quy-nq57", "ke-hoach-nq57"
LIMITS_KHCN = ("Thuận lợi, hạn chế, nguyên nhân", "Hạn chế và nguyên nhân")
LIMITS_QUY = ("NHỮNG TỒN TẠI, HẠN CHẾ, ĐIỂM NGHẼN", "Tồn tại, hạn chế")
PROPOSALS_QUY = ("ĐỀ XUẤT, KIẾN NGHỊ",)


@pytest.fixture(scope="module")
def hai_phong() -> list[units.AdminUnit]:
    """Four communes of Hải Phòng: Trần Liễu, Phú Thái, An Biên, An Dương."""
    return [units.commune(code) for code in (10729, 10750, 11407, 11581)]


def row_index(table: Table, key: str) -> int:
    return next(i for i, row in enumerate(table.rows) if row.key == key)


def unit_report(template: Template, unit: units.AdminUnit, cells: dict[tuple[str, str, str], str],
                texts: dict[tuple[str, ...], str] | None = None) -> Contribution:
    """A commune's report with cells typed ((table, row key, column) → text) and section texts."""
    report = new_report(template, unit, today=TODAY)
    for (table_id, key, column), text in cells.items():
        table = report.table(table_id)
        assert table is not None
        set_cell(table, row_index(table, key), column, text)
    for path, text in (texts or {}).items():
        section = find_section(report.sections, path)
        assert section is not None
        section.text = text
    return Contribution(UnitRef.of(unit), report)


def figures(consolidation: Consolidation, table_id: str, key: str) -> RowFigures:
    table = consolidation.table(table_id)
    assert table is not None
    return next(r for r in table.rows if r.key == key)


def drill_down(row: RowFigures) -> list[tuple[str, object, object, object]]:
    return [(u.unit.name, u.values.get("value"), u.values.get("denominator"), u.ratio) for u in row.units]


def table_of(report: Report, table_id: str) -> Table:
    table = report.table(table_id)
    assert table is not None
    return table


def cells_of(report: Report, table_id: str, key: str) -> dict[str, object]:
    row = table_of(report, table_id).row_by_key(key)
    assert row is not None
    return row.cells


def valid_and_printable(report: Report) -> Report:
    """The report passes the report schema and renders to a PDF; returns it as read back."""
    again = parse_report(to_dict(report))
    out = BytesIO()
    render_pdf(report, out)
    assert out.getvalue().startswith(b"%PDF")
    return again


# ---- units.province ----

def test_hai_phong_as_a_unit():
    city = units.province(HAI_PHONG)
    assert (city.code, city.name, city.kind) == (31, "Thành phố Hải Phòng", "thành phố")
    assert (city.province_code, city.province_name) == (31, "Thành phố Hải Phòng")
    assert units.place_name(city) == "Hải Phòng"
    assert units.issuer_lines(city) == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]
    assert city.lower_name == "thành phố Hải Phòng"
    assert units.level(city) == "province"


def test_a_province_is_named_tinh():
    province = units.province(QUANG_NGAI)
    assert (province.name, province.kind, province.proper_name) == ("Tỉnh Quảng Ngãi", "tỉnh", "Quảng Ngãi")
    assert units.issuer_lines(province) == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]
    assert units.level(units.commune(10729)) == "commune"


def test_unknown_province_code():
    with pytest.raises(BaocaoError) as caught:
        units.province(2)
    assert caught.value.code == "unit.unknown"


# ---- the gather flag ----

def test_forms_mark_the_sections_to_gather(catalogue: Catalogue):
    gathered = {t.id: [i.heading for i in t.outline if i.gather] for t in catalogue}
    assert gathered[QUY] == ["NHỮNG TỒN TẠI, HẠN CHẾ, ĐIỂM NGHẼN", "ĐỀ XUẤT, KIẾN NGHỊ"]
    assert gathered["so-ket-chien-luoc"] == ["KHÓ KHĂN, HẠN CHẾ", "KIẾN NGHỊ, ĐỀ XUẤT"]
    limits = catalogue.get(QUY).outline[1]
    assert [c.gather for c in limits.children] == [True, True, False]  # the remedies are not gathered


GATHER_TOML = """
id = "bao-cao-thu"
name = "Báo cáo thử"
version = 1
profile = "nd30"
periods = ["quarter"]
[document]
type_name = "BÁO CÁO"
type_code = "BC"
issuer_code = "UBND"
title = "Thử"
recipients = ["Lưu: VT."]
[signer]
authority = ""
position = "CHỦ TỊCH"
[[outline]]
heading = "KIẾN NGHỊ"
gather = GATHER
"""


def test_gather_is_a_boolean():
    assert build_template(tomllib.loads(GATHER_TOML.replace("GATHER", "true"))).outline[0].gather
    with pytest.raises(TemplateError) as caught:
        build_template(tomllib.loads(GATHER_TOML.replace("GATHER", '"có"')))
    assert "gather" in caught.value.text()


# ---- indicators: sum, ratio of sums, none ----

@pytest.fixture(scope="module")
def khcn_units(catalogue: Catalogue, hai_phong: list[units.AdminUnit]) -> list[Contribution]:
    template = catalogue.get(KHCN)
    table = "so-lieu-khcn-cds"
    first = unit_report(template, hai_phong[0], {
        (table, "cccd-cap", "value"): "45/50", (table, "ho-so-tiep-nhan", "value"): "1.200",
        (table, "van-ban-ky-so", "value"): "95%"},
        {LIMITS_KHCN: "Hạ tầng còn yếu[^1].\n\n- Thiếu nhân lực."})
    first.report.footnotes.append("Trạm BTS thôn Đông chưa có.")
    second = unit_report(template, hai_phong[1], {
        (table, "cccd-cap", "value"): "30/60", (table, "ho-so-tiep-nhan", "value"): "34"})
    third = unit_report(template, hai_phong[2], {(table, "ho-so-tiep-nhan", "value"): "6"},
                        {LIMITS_KHCN: "   "})
    del table_of(third.report, table).rows[row_index(table_of(third.report, table), "cccd-cap")]
    fourth = unit_report(template, hai_phong[3], {}, {LIMITS_KHCN: "Kinh phí ít."})
    parent = find_section(fourth.report.sections, LIMITS_KHCN[:1])
    assert parent is not None
    parent.heading = "thuận lợi, HẠN CHẾ, nguyên nhân "  # retyped by the clerk: still the same section
    parent.children[1].heading = unicodedata.normalize("NFD", "Hạn chế và nguyên nhân")
    cells_of(fourth.report, table, "cccd-cap")["value"] = "khoảng 40"
    return [first, second, third, fourth]


@pytest.fixture(scope="module")
def khcn(catalogue: Catalogue, khcn_units: list[Contribution]) -> Consolidation:
    return consolidate(catalogue.get(KHCN), khcn_units)


def test_ratio_of_sums_adds_numerators_and_denominators(khcn: Consolidation):
    row = figures(khcn, "so-lieu-khcn-cds", "cccd-cap")
    assert row.aggregate == "ratio_of_sums"
    assert row.totals == {"value": 75, "denominator": 110}
    assert format_percent(row.ratio) == "68,18%"
    assert drill_down(row) == [("Phường Trần Liễu", 45, 50, Decimal(90)), ("Xã Phú Thái", 30, 60, Decimal(50)),
                               ("Phường An Dương", None, None, None)]


def test_a_unit_missing_a_row_does_not_contribute(khcn: Consolidation):
    row = figures(khcn, "so-lieu-khcn-cds", "cccd-cap")
    assert [u.name for u in row.reported] == ["Phường Trần Liễu", "Xã Phú Thái"]
    assert [u.name for u in row.missing] == ["Phường An Biên", "Phường An Dương"]


def test_sum_is_exact_and_counts_who_gave_a_value(khcn: Consolidation):
    row = figures(khcn, "so-lieu-khcn-cds", "ho-so-tiep-nhan")
    assert row.totals == {"value": 1240} and type(row.totals["value"]) is int
    assert len(row.reported) == 3 and [u.name for u in row.missing] == ["Phường An Dương"]


def test_none_gives_no_city_figure_but_a_drill_down(khcn: Consolidation):
    row = figures(khcn, "so-lieu-khcn-cds", "van-ban-ky-so")
    assert (row.aggregate, row.totals) == ("none", {})
    assert drill_down(row)[0] == ("Phường Trần Liễu", Decimal(95), None, Decimal(95))
    assert len(row.reported) == 1 and len(row.missing) == 3


def test_a_text_in_a_number_cell_is_listed_not_added(khcn: Consolidation):
    [problem] = khcn.problems
    assert (problem.unit.name, problem.table, problem.row, problem.column, problem.value) == \
        ("Phường An Dương", "so-lieu-khcn-cds", "cccd-cap", "value", "khoảng 40")
    assert "Phường An Dương" in problem.text() and "khoảng 40" in problem.text()
    assert "not a number" in problem.text("en")


def test_consolidated_indicators_fill_the_city_report(catalogue: Catalogue, khcn: Consolidation):
    report = consolidated_report(catalogue.get(KHCN), units.province(HAI_PHONG), "2025-9M", khcn, today=TODAY)
    table = table_of(report, "so-lieu-khcn-cds")
    assert cells_of(report, table.id, "cccd-cap")["value"] == 75
    assert cells_of(report, table.id, "cccd-cap")["denominator"] == 110
    index = row_index(table, "cccd-cap")
    assert cell_text(table, index, table.column("ratio")) == "68,18%"
    assert cells_of(report, table.id, "ho-so-tiep-nhan")["value"] == 1240
    assert "value" not in cells_of(report, table.id, "van-ban-ky-so")
    assert report.period == "2025-9M"
    assert report.title.endswith("chuyển đổi số 9 tháng đầu năm 2025")
    assert (report.issuer, report.place) == (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], "Hải Phòng")
    assert "Ủy ban nhân dân thành phố Hải Phòng báo cáo" in report.opening
    valid_and_printable(report)


def test_gathered_texts_name_each_unit(catalogue: Catalogue, khcn: Consolidation):
    report = consolidated_report(catalogue.get(KHCN), units.province(HAI_PHONG), "2025-9M", khcn, today=TODAY)
    section = find_section(report.sections, LIMITS_KHCN)
    assert section is not None
    assert section.text.splitlines() == [
        "- Phường Trần Liễu: Hạ tầng còn yếu[^1].",
        "- Phường Trần Liễu: Thiếu nhân lực.",
        "- Phường An Dương: Kinh phí ít.",
    ]
    assert report.footnotes == ["Trạm BTS thôn Đông chưa có."]
    assert report.closing.startswith("Trên đây là báo cáo") and report.closing.endswith("tổng hợp./.")


def test_a_report_of_another_template_is_refused(catalogue: Catalogue, khcn_units: list[Contribution]):
    with pytest.raises(ValueError):
        consolidate(catalogue.get(QUY), khcn_units)


# ---- grids and money (the quarterly NQ 57 report) ----

@pytest.fixture(scope="module")
def quarter(catalogue: Catalogue, hai_phong: list[units.AdminUnit]) -> tuple[Consolidation, Report]:
    template = catalogue.get(QUY)
    grid, money = "thong-ke-nhiem-vu", "kinh-phi"
    reports = [
        unit_report(template, hai_phong[0], {
            (grid, "nq-71-cp", "assigned"): "10", (grid, "nq-71-cp", "completed"): "4",
            (grid, "nq-71-cp", "in_time"): "6", (money, "kinh-phi-tong", "value"): "251,2",
            (money, "ty-le-chi-ngan-sach", "value"): "251,2/40.000"},
            {LIMITS_QUY: "Hạ tầng số còn yếu.", PROPOSALS_QUY: "Đề nghị bổ sung kinh phí."}),
        unit_report(template, hai_phong[1], {
            (grid, "nq-71-cp", "assigned"): "5", (grid, "nq-71-cp", "completed"): "5",
            (money, "kinh-phi-tong", "value"): "156,08", (money, "ty-le-chi-ngan-sach", "value"): "156,08/31.429"},
            {PROPOSALS_QUY: "Đề nghị tập huấn AI."}),
        unit_report(template, hai_phong[2], {(grid, "kh-02-bcdtw", "assigned"): "7"}),
    ]
    for contribution, name, assigned in ((reports[0], "Kế hoạch số 12-KH/TU", 3),
                                         (reports[1], "  kế hoạch SỐ 12-KH/TU ", 2),
                                         (reports[2], "Chỉ thị số 05", 1)):
        table_of(contribution.report, grid).rows.append(Row(cells={"name": name, "assigned": assigned}))
    consolidation = consolidate(template, reports)
    return consolidation, consolidated_report(template, units.province(HAI_PHONG), "2025-Q3", consolidation,
                                              today=TODAY)


def test_grid_total_columns_are_summed_by_row(quarter: tuple[Consolidation, Report]):
    consolidation, _ = quarter
    row = figures(consolidation, "thong-ke-nhiem-vu", "nq-71-cp")
    assert row.totals == {"assigned": 15, "completed": 9, "in_time": 6, "overdue": None, "not_started": None}
    assert [(u.unit.name, u.values["assigned"]) for u in row.units] == [
        ("Phường Trần Liễu", 10), ("Xã Phú Thái", 5), ("Phường An Biên", None)]
    assert [u.name for u in row.missing] == ["Phường An Biên"]


def test_rows_clerks_added_are_matched_by_name(quarter: tuple[Consolidation, Report]):
    consolidation, report = quarter
    table = consolidation.table("thong-ke-nhiem-vu")
    assert table is not None
    added = [(r.key, r.name, r.totals["assigned"]) for r in table.rows if not r.key]
    assert added == [("", "Kế hoạch số 12-KH/TU", 5), ("", "Chỉ thị số 05", 1)]
    printed = table_of(report, "thong-ke-nhiem-vu")
    assert [(r.cells["name"], r.cells["assigned"]) for r in printed.rows[-2:]] == [
        ("Kế hoạch số 12-KH/TU", 5), ("Chỉ thị số 05", 1)]
    assert table_total(printed, "assigned") == 15 + 7 + 5 + 1


def test_money_is_summed_exactly(quarter: tuple[Consolidation, Report]):
    consolidation, report = quarter
    assert figures(consolidation, "kinh-phi", "kinh-phi-tong").totals == {"value": Decimal("407.28")}
    ratio = figures(consolidation, "kinh-phi", "ty-le-chi-ngan-sach")
    assert ratio.totals == {"value": Decimal("407.28"), "denominator": 71429}
    assert format_percent(ratio.ratio) == "0,57%"
    table = table_of(report, "kinh-phi")
    assert format_percent(row_ratio(table, row_index(table, "ty-le-chi-ngan-sach"), table.column("ratio"))) \
        == "0,57%"


def test_quarterly_report_gathers_limits_and_proposals(quarter: tuple[Consolidation, Report]):
    _, report = quarter
    assert [find_section(report.sections, p).text for p in (LIMITS_QUY, PROPOSALS_QUY)] == [
        "- Phường Trần Liễu: Hạ tầng số còn yếu.",
        "- Phường Trần Liễu: Đề nghị bổ sung kinh phí.\n- Xã Phú Thái: Đề nghị tập huấn AI.",
    ]
    assert "quý III/2025 và nhiệm vụ trọng tâm" in report.title
    assert report.sections[0].heading == "KẾT QUẢ TRIỂN KHAI ĐẾN HẾT QUÝ III/2025"
    assert report.issuer_parent == "ĐẢNG ỦY THÀNH PHỐ HẢI PHÒNG"
    again = valid_and_printable(report)
    assert again.unit is not None and again.unit.kind == "thành phố"


# ---- tasks (the plan's Phụ lục 3, with a status column as a monitoring copy carries) ----

def with_status(contribution: Contribution, statuses: dict[str, str]) -> Contribution:
    table = table_of(contribution.report, "nhiem-vu")
    table.columns.append(column_from_dict({"key": "status"}))
    for key, status in statuses.items():
        set_cell(table, row_index(table, key), "status", status)
    return contribution


@pytest.fixture(scope="module")
def plan(catalogue: Catalogue, hai_phong: list[units.AdminUnit]) -> tuple[Consolidation, Report]:
    template = catalogue.get(KE_HOACH)
    first, second, third, fourth = (unit_report(template, unit, {}) for unit in hai_phong)
    with_status(first, {"nhan-thuc-1": "hoàn thành đúng hạn", "nhan-thuc-2": "chưa triển khai"})
    with_status(second, {"nhan-thuc-1": "đang thực hiện trong"})  # a choice is typed by its start
    with_status(third, {})
    cells_of(third.report, "nhiem-vu", "nhan-thuc-2")["status"] = "xong rồi"
    nhiem_vu = table_of(fourth.report, "nhiem-vu")
    del nhiem_vu.rows[row_index(nhiem_vu, "nhan-thuc-1")]
    consolidation = consolidate(template, [first, second, third, fourth])
    return consolidation, consolidated_report(template, units.province(HAI_PHONG), "2025-2030", consolidation,
                                              today=TODAY)


def test_tasks_are_counted_by_status(plan: tuple[Consolidation, Report]):
    consolidation, _ = plan
    row = figures(consolidation, "nhiem-vu", "nhan-thuc-1")
    assert {s: n for s, n in row.statuses.items() if n} == {
        "hoàn thành đúng hạn": 1, "đang thực hiện trong hạn": 1, "chưa điền": 1}
    assert sum(row.statuses.values()) == 3  # the fourth unit has no such task
    assert [u.status for u in row.units] == ["hoàn thành đúng hạn", "đang thực hiện trong hạn", ""]
    assert [u.name for u in row.missing] == ["Phường An Biên", "Phường An Dương"]


def test_a_status_not_in_the_list_is_listed(plan: tuple[Consolidation, Report]):
    consolidation, _ = plan
    [problem] = consolidation.problems
    assert (problem.unit.name, problem.row, problem.column, problem.value) == \
        ("Phường An Biên", "nhan-thuc-2", "status", "xong rồi")
    assert figures(consolidation, "nhiem-vu", "nhan-thuc-2").statuses["chưa điền"] == 3


def test_consolidated_tasks_say_how_many_units_gave_each_status(plan: tuple[Consolidation, Report]):
    _, report = plan
    assert cells_of(report, "nhiem-vu", "nhan-thuc-1")["result"] == \
        "Hoàn thành đúng hạn: 1; Đang thực hiện trong hạn: 1; Chưa điền: 1"
    assert cells_of(report, "nhiem-vu", "nhan-thuc-2")["result"] == "Chưa triển khai: 1; Chưa điền: 3"
    assert "status" not in cells_of(report, "nhiem-vu", "nhan-thuc-1")
    assert report.period == "2025-2030"
    valid_and_printable(report)


# ---- commune → province → nation ----

def province_report(template: Template, code: int, communes: list[tuple[int, str, str]]) -> Contribution:
    """A province's consolidated report of its communes' figures, as the ministry imports it."""
    table = "so-lieu-khcn-cds"
    reports = [unit_report(template, units.commune(unit), {
        (table, "cccd-cap", "value"): ratio, (table, "ho-so-tiep-nhan", "value"): received},
        {LIMITS_KHCN: f"Khó khăn của {units.commune(unit).proper_name}."}) for unit, ratio, received in communes]
    city = units.province(code)
    report = consolidated_report(template, city, "2025-9M", consolidate(template, reports), today=TODAY)
    return Contribution(UnitRef.of(city), valid_and_printable(report))


def test_commune_to_province_to_nation(catalogue: Catalogue):
    template = catalogue.get(KHCN)
    provinces = [province_report(template, HAI_PHONG, [(10729, "45/50", "1.200"), (10750, "30/60", "34")]),
                 province_report(template, QUANG_NGAI, [(21439, "900/1.000", "500")])]
    nation = consolidate(template, provinces)
    row = figures(nation, "so-lieu-khcn-cds", "cccd-cap")
    assert row.totals == {"value": 45 + 30 + 900, "denominator": 50 + 60 + 1000}
    assert format_percent(row.ratio) == "87,84%"
    assert [u.name for u in row.reported] == ["Thành phố Hải Phòng", "Tỉnh Quảng Ngãi"]
    assert figures(nation, "so-lieu-khcn-cds", "ho-so-tiep-nhan").totals == {"value": 1200 + 34 + 500}
    report = consolidated_report(template, None, "2025-9M", nation, today=TODAY)
    assert (report.unit, report.issuer, report.place) == (None, ["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], "Hà Nội")
    assert "Ủy ban nhân dân cả nước" in report.opening and "{" not in report.closing
    assert find_section(report.sections, LIMITS_KHCN).text.splitlines() == [
        "- Thành phố Hải Phòng: Phường Trần Liễu: Khó khăn của Trần Liễu.",
        "- Thành phố Hải Phòng: Xã Phú Thái: Khó khăn của Phú Thái.",
        "- Tỉnh Quảng Ngãi: Phường Đức Phổ: Khó khăn của Đức Phổ.",
    ]
    assert cells_of(report, "so-lieu-khcn-cds", "cccd-cap")["value"] == 975
    valid_and_printable(report)


def test_a_row_not_in_the_template_is_listed_not_dropped(catalogue: Catalogue, khcn_units: list[Contribution]):
    import copy

    from desktop.core.cells import add_row, set_cell

    added = copy.deepcopy(khcn_units[1])
    table = table_of(added.report, "so-lieu-khcn-cds")
    add_row(table, len(table.rows))
    set_cell(table, len(table.rows) - 1, "name", "Số hộ dùng camera an ninh")
    set_cell(table, len(table.rows) - 1, "value", "120")
    result = consolidate(catalogue.get(KHCN), [khcn_units[0], added])
    [problem] = [p for p in result.problems if p.message.code == "consolidate.row_not_in_template"]
    assert (problem.unit.name, problem.value) == ("Xã Phú Thái", "Số hộ dùng camera an ninh")
    assert "không có trong mẫu báo cáo nên không cộng" in problem.text()
