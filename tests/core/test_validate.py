"""Validation: every problem of a report at once, by code and place; errors block finalising."""

import datetime
import tomllib
from decimal import Decimal

import pytest

from desktop.core.cells import add_row, set_cell
from desktop.core.document import new_report
from desktop.core.history import indicator_history
from desktop.core.templatebuild import build_template
from desktop.core.validate import ERROR, WARNING, validate

TODAY = datetime.date(2025, 10, 7)

TEMPLATE = """
id = "thu-nghiem"
name = "Báo cáo thử nghiệm"
version = 1
profile = "nd30"
periods = ["quarter", "9M"]

[document]
type_name = "BÁO CÁO"
type_code = "BC"
issuer_code = "UBND"
title = "Kết quả quý"
closing = "Trên đây là báo cáo./."
recipients = ["Sở Khoa học và Công nghệ;", "Lưu: VT, VHXH."]

[signer]
authority = "KT."
on_behalf_of = "CHỦ TỊCH"
position = "PHÓ CHỦ TỊCH"

[[outline]]
heading = "KẾT QUẢ"

[validation]
jump = 0.5

[[validation.sums]]
table = "nhiem-vu"
across = "columns"
total = "assigned"
parts = ["completed", "in_progress", "not_started"]

[[validation.sums]]
table = "so-lieu"
across = "rows"
total = "tiep-nhan"
parts = ["ky-truoc", "moi"]
level = "warning"

[[appendices]]
id = "phu-luc"
label = "Phụ lục"
title = "SỐ LIỆU"

[[appendices.tables]]
id = "so-lieu"
kind = "indicators"
can_add_rows = false
columns = [{key = "stt"}, {key = "name"}, {key = "value"}, {key = "denominator"}, {key = "ratio"}]

[[appendices.tables.rows]]
key = "cccd"
kind = "ratio"
name = "CCCD đã cấp"

[[appendices.tables.rows]]
key = "tiep-nhan"
name = "Hồ sơ tiếp nhận"

[[appendices.tables.rows]]
key = "ky-truoc"
level = 3
name = "Kỳ trước chuyển qua"

[[appendices.tables.rows]]
key = "moi"
level = 3
name = "Tiếp nhận mới"

[[appendices.tables]]
id = "nhiem-vu"
kind = "grid"
columns = [
  {key = "stt"}, {key = "name", title = "Văn bản"},
  {key = "assigned", title = "Được giao", type = "count"},
  {key = "completed", title = "Hoàn thành", type = "count"},
  {key = "in_progress", title = "Đang thực hiện", type = "count"},
  {key = "not_started", title = "Chưa triển khai", type = "count"},
  {key = "status", title = "Tình trạng", type = "choice", options = ["đạt", "chưa đạt"]},
]
"""


@pytest.fixture
def template():
    return build_template(tomllib.loads(TEMPLATE))


@pytest.fixture
def draft(template, tran_lieu):
    report = new_report(template, tran_lieu, today=TODAY)
    report.number, report.signer.name = "05", "Nguyễn Văn A"
    return report


def codes(issues, level=None):
    return [i.code for i in issues if level is None or i.level == level]


def fill(report, table_id, row, **cells):
    table = report.table(table_id)
    for key, text in cells.items():
        set_cell(table, row, key, text)


def test_a_complete_draft_has_no_issues(draft):
    assert validate(draft, None, today=TODAY) == []


def test_required_fields_are_errors_and_name_the_field(template, draft):
    draft.title, draft.recipients = "  ", []
    issues = validate(draft, template, today=TODAY)
    assert codes(issues, ERROR) == ["check.required", "check.required"]
    assert {i.place.vi for i in issues} == {"Trích yếu", "Nơi nhận"}
    assert issues[0].text("vi").startswith("Trích yếu: chưa điền")


def test_number_and_date_may_wait_for_the_records_officer(template, draft):
    draft.number, draft.date = "", None
    issues = validate(draft, template, today=TODAY)
    assert codes(issues) == ["check.recommended", "check.recommended"]
    assert all(i.level == WARNING for i in issues)


def test_date_in_the_future_or_another_year_is_an_error(template, draft):
    draft.date = datetime.date(2025, 10, 8)
    assert codes(validate(draft, template, today=TODAY), ERROR) == ["check.date_future"]
    draft.date, draft.year = datetime.date(2024, 12, 30), 2025
    assert codes(validate(draft, template, today=TODAY), ERROR) == ["check.date_year"]


def test_document_number_is_digits_only(template, draft):
    draft.number = "05a"
    issue, = validate(draft, template, today=TODAY)
    assert issue.code == "check.number_format" and issue.place.field == "number"


def test_numerator_above_denominator_is_an_error_in_its_cell(template, draft):
    fill(draft, "so-lieu", 0, value="33.175", denominator="33.174")
    issue, = validate(draft, template, today=TODAY)
    assert issue.code == "check.ratio_above" and issue.level == ERROR
    assert (issue.place.field, issue.place.row, issue.place.column) == ("table:so-lieu", 0, "value")
    assert issue.text("vi") == ("Phụ lục, dòng 1 «CCCD đã cấp», cột «Kết quả»: "
                                "tử số 33.175 lớn hơn mẫu số 33.174")


def test_negative_and_fractional_counts_from_a_file_are_errors(template, draft):
    table = draft.table("nhiem-vu")
    add_row(table, 0)
    table.rows[0].cells.update(name="Kế hoạch 02", assigned=-1, completed=Decimal("1.5"))
    found = codes(validate(draft, template, today=TODAY), ERROR)
    assert "check.negative" in found and "check.not_integer" in found


def test_parts_must_add_up_to_the_assigned_tasks(template, draft):
    table = draft.table("nhiem-vu")
    add_row(table, 0)
    fill(draft, "nhiem-vu", 0, name="Kế hoạch số 02-KH/BCĐTW", assigned="25", completed="17", in_progress="7")
    issue, = validate(draft, template, today=TODAY)
    assert issue.code == "check.sum" and issue.level == ERROR
    assert "tổng 25 không bằng Hoàn thành + Đang thực hiện + Chưa triển khai = 24" in issue.text("vi")
    fill(draft, "nhiem-vu", 0, not_started="1")
    assert validate(draft, template, today=TODAY) == []


def test_a_printed_total_that_does_not_add_up_is_a_warning(template, draft):
    fill(draft, "so-lieu", 1, value="1.866")
    fill(draft, "so-lieu", 2, value="78")
    fill(draft, "so-lieu", 3, value="1.780")
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level) == ("check.sum", WARNING)
    assert "1.866" in issue.text("vi") and "1.858" in issue.text("vi")


def test_choice_outside_the_list_is_an_error(template, draft):
    add_row(draft.table("nhiem-vu"), 0)
    draft.table("nhiem-vu").rows[0].cells["status"] = "xong"
    assert codes(validate(draft, template, today=TODAY)) == ["check.choice"]


def test_footnote_marks_and_notes_must_match(template, draft):
    draft.opening = "Theo kế hoạch[^1] và quyết định[^3]."
    draft.footnotes = ["Kế hoạch số 12-KH/TU.", "Không dùng."]
    issues = validate(draft, template, today=TODAY)
    assert [(i.code, i.level) for i in issues] == [("check.footnote_missing", ERROR),
                                                   ("check.footnote_unused", WARNING)]


def test_recipient_punctuation_and_the_end_mark_are_warnings(template, draft):
    draft.recipients = ["Sở Khoa học và Công nghệ; (để b/c)", "Lãnh đạo UBND", "Lưu: VT, VHXH"]
    draft.closing = "Trên đây là báo cáo."
    issues = validate(draft, template, today=TODAY)
    assert codes(issues, WARNING) == ["check.recipient_end", "check.recipient_end", "check.closing_end"]
    assert "«Lãnh đạo UBND» nên kết thúc bằng «;»" in issues[0].text("vi")


def test_mục_headings_not_in_capitals_are_one_warning(template, draft):
    from desktop.core.document import Section

    draft.sections = [Section("KẾT QUẢ ĐẠT ĐƯỢC[^1]"), Section("Hạn chế, nguyên nhân", children=[Section("Hạn chế")]),
                      Section("NHIỆM VỤ QUÝ IV/2025"), Section("Đề xuất[^1]")]
    draft.footnotes = ["Theo số liệu ngày 30/9/2025."]
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level, issue.place.field) == ("check.heading_case", WARNING, "sections")
    assert issue.text("vi") == ("Nội dung: tiêu đề mục II, IV đang viết chữ thường; Nghị định 30 quy định "
                                "tiêu đề các mục I, II, … viết chữ in hoa")
    draft.sections[1].heading, draft.sections[3].heading = "HẠN CHẾ, NGUYÊN NHÂN", "ĐỀ XUẤT[^1]"
    assert validate(draft, template, today=TODAY) == []


def test_a_big_jump_from_the_previous_period_warns_and_keeps_its_explanation(template, tran_lieu, draft):
    before = new_report(template, tran_lieu, today=TODAY)
    before.period = "2025-Q2"
    fill(before, "so-lieu", 0, value="900", denominator="1.000")
    draft.period = "2025-Q3"
    fill(draft, "so-lieu", 0, value="300", denominator="1.000")
    history = indicator_history(draft, [before])
    assert [p.text for p in history["cccd"]] == ["90%"]
    issue, = validate(draft, template, today=TODAY, history=history)
    assert (issue.code, issue.level, issue.explanation) == ("check.jump", WARNING, "")
    assert "quý II/2025 (90% → 30%)" in issue.text("vi")
    draft.table("so-lieu").rows[0].explanations["value"] = "Đổi cách tính theo hướng dẫn mới"
    issue, = validate(draft, template, today=TODAY, history=history)
    assert issue.explanation == "Đổi cách tính theo hướng dẫn mới"


def test_history_keeps_only_earlier_periods_of_the_same_unit(template, tran_lieu, draft):
    from desktop.core.units import commune

    later = new_report(template, tran_lieu, today=TODAY)
    later.period = "2025-Q4"
    other = new_report(template, commune(10750), today=TODAY)
    other.period = "2025-Q1"
    for report in (later, other):
        fill(report, "so-lieu", 0, value="1", denominator="2")
    draft.period = "2025-Q3"
    assert indicator_history(draft, [later, other]) == {}


def test_english_messages(template, draft):
    draft.title = ""
    issue, = validate(draft, template, today=TODAY)
    assert issue.text("en") == "Subject line: is empty; fill it in before finalising the report"


# ---- #13: the unit and its province, the period, 0/0, texts that would not print ----

def test_a_unit_code_of_another_province_is_an_error(template, draft):
    draft.unit.province_code = 51  # Trần Liễu is in Hải Phòng (31), not Quảng Ngãi
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level, issue.place.field) == ("check.unit_province", ERROR, "unit")
    assert issue.text("vi") == ("Đơn vị báo cáo: mã đơn vị 10729 là Phường Trần Liễu thuộc Thành phố Hải Phòng "
                                "(mã 31), không thuộc tỉnh, thành phố mã 51 ghi trong báo cáo")
    assert issue.text("en").startswith("Reporting unit: the unit code 10729 is Phường Trần Liễu")


@pytest.mark.parametrize("code", [99999999, 31, 10 ** 40])
def test_a_unit_code_not_in_the_official_list_is_an_error(template, draft, code):
    draft.unit.code = code  # 31 is a province's code, not a commune's
    assert codes(validate(draft, template, today=TODAY)) == ["check.unit_unknown"]


def test_a_province_and_the_nation_report_as_themselves(template, draft):
    from desktop.core.document import UnitRef
    from desktop.core.units import province

    draft.unit = UnitRef.of(province(31))
    assert validate(draft, template, today=TODAY) == []
    draft.unit.code = 51  # a province's report under another province's code
    assert codes(validate(draft, template, today=TODAY)) == ["check.unit_province"]
    draft.unit = None
    assert validate(draft, template, today=TODAY) == []


def test_a_period_the_template_does_not_take_is_an_error(template, draft):
    draft.period = "2025"  # the template takes quarters and the first 9 months
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level, issue.place.field) == ("check.period_not_taken", ERROR, "period")
    assert issue.text("vi") == "Kỳ báo cáo: mẫu báo cáo này không lập cho năm 2025; mẫu nhận: quý, 9 tháng"
    assert issue.text("en") == ("Reporting period: this report template is not made for 2025; "
                                "it takes: quarter, 9 months")
    draft.period = "2025-9M"
    assert validate(draft, template, today=TODAY) == []
    assert validate(draft, None, today=TODAY) == []  # without its template, any period


def test_a_period_that_cannot_be_read_is_an_error_not_a_crash(template, draft, tran_lieu):
    before = new_report(template, tran_lieu, today=TODAY)
    before.period = "2025-Q2"
    fill(before, "so-lieu", 0, value="900", denominator="1.000")
    fill(draft, "so-lieu", 0, value="300", denominator="1.000")
    draft.period = "2025-2024"  # the file's pattern allows it; no such stage
    issues = validate(draft, template, today=TODAY, history=indicator_history(before, [before]))
    assert codes(issues) == ["check.period_invalid"]


def test_zero_over_zero_is_a_warning_and_a_number_over_zero_an_error(template, draft):
    fill(draft, "so-lieu", 0, value="0", denominator="0")
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level) == ("check.ratio_zero", WARNING)
    assert (issue.place.field, issue.place.row, issue.place.column) == ("table:so-lieu", 0, "denominator")
    assert issue.text("vi").endswith("cột «Mẫu số»: 0/0 không tính được tỷ lệ: tử số và mẫu số đều bằng 0; "
                                     "nếu chưa có số liệu, hãy để trống")
    fill(draft, "so-lieu", 0, value="12")
    issue, = validate(draft, template, today=TODAY)  # not also «12 above 0»
    assert (issue.code, issue.level) == ("check.ratio_zero_denominator", ERROR)
    assert "mẫu số bằng 0 nhưng tử số là 12" in issue.text("vi")


def test_zero_over_zero_in_a_ratio_column_of_a_grid(tran_lieu):
    grid = TEMPLATE.split("[[appendices.tables]]\nid = \"nhiem-vu\"")[0] + """[[appendices.tables]]
id = "ho-so"
kind = "grid"
columns = [{key = "name", title = "Thủ tục"}, {key = "done", title = "Đã giải quyết", type = "count"},
           {key = "received", title = "Tiếp nhận", type = "count"},
           {key = "rate", title = "Tỷ lệ", type = "ratio", of = ["done", "received"]}]
"""
    template = build_template(tomllib.loads(grid.replace(
        '[[validation.sums]]\ntable = "nhiem-vu"\nacross = "columns"\ntotal = "assigned"\n'
        'parts = ["completed", "in_progress", "not_started"]\n', "")))
    report = new_report(template, tran_lieu, today=TODAY)
    report.number, report.signer.name = "05", "Nguyễn Văn A"
    add_row(report.table("ho-so"), 0)
    fill(report, "ho-so", 0, name="Cấp phép xây dựng", done="0", received="0")
    issue, = validate(report, template, today=TODAY)
    assert (issue.code, issue.place.column) == ("check.ratio_zero", "received")


def test_control_characters_still_in_a_report_are_named_never_shown(template, draft):
    draft.title = "Kết quả\u202e quý\x1b[2J"
    fill(draft, "so-lieu", 0, value="5", denominator="10")
    draft.table("so-lieu").rows[0].cells["name"] = "CCCD\x00 đã cấp"  # as a file or an old database holds it
    issues = validate(draft, template, today=TODAY)
    assert [(i.code, i.level, i.place.field) for i in issues] == [
        ("check.control_chars", WARNING, "title"), ("check.control_chars", WARNING, "table:so-lieu")]
    assert issues[0].text("vi") == ("Trích yếu: có ký tự điều khiển U+202E, U+001B (không nhìn thấy, có thể đảo "
                                    "ngược chữ hiển thị); khi in, các ký tự này bị bỏ đi; hãy xóa đi hoặc gõ lại "
                                    "đoạn này")
    assert issues[1].place.vi == "Phụ lục, dòng 1 «CCCD đã cấp», cột «Nội dung»"
    assert not any(c in i.text(lang) for i in issues for lang in ("vi", "en") for c in "\u202e\x1b\x00")


def test_characters_the_font_cannot_print_are_a_warning(template, draft):
    from desktop.core.document import Section

    draft.sections = [Section("KẾT QUẢ", "Đã triển khai 100% 👍, đạt ✓ chỉ tiêu 中")]
    issue, = validate(draft, template, today=TODAY)
    assert (issue.code, issue.level, issue.place.field) == ("check.no_glyph", WARNING, "sections")
    assert issue.text("vi") == ("Nội dung, mục I. «KẾT QUẢ»: có ký tự «👍» (U+1F44D), «✓» (U+2713), «中» (U+4E2D) "
                                "mà phông chữ của văn bản không có, nên in ra sẽ thành chỗ trống; hãy thay bằng "
                                "chữ hoặc xóa đi")
    draft.sections[0].text = "Tỷ lệ 99,77% — “đạt”… ≥ 60%; Đặc khu Bạch Long Vĩ; ½ ₫"
    assert validate(draft, template, today=TODAY) == []


def test_a_typed_value_quoted_in_a_message_loses_its_control_characters(template, draft):
    add_row(draft.table("nhiem-vu"), 0)
    draft.table("nhiem-vu").rows[0].cells["status"] = "xong\x1b]0;pwned\x07"
    issue = next(i for i in validate(draft, template, today=TODAY) if i.code == "check.choice")
    assert "«xong]0;pwned»" in issue.text("vi")


# ---- #15 point 10: the app's own templates, «…» left to fill, what finalising needs ----

def test_a_new_report_of_each_template_keeps_its_headings_without_a_warning():
    """forms/bao-cao-ket-qua-khcn-cds.toml writes its mục headings in sentence case, as seed 003 prints
    them: a template's own heading is not warned about; one typed in lower case is."""
    from desktop.core.loader import load_catalogue
    from desktop.core.units import commune

    for template in load_catalogue():
        report = new_report(template, commune(10729), today=TODAY)
        codes = {i.code for i in validate(report, template, today=TODAY)}
        assert "check.heading_case" not in codes, template.id
        assert {i.level for i in validate(report, template, today=TODAY)} <= {WARNING}, template.id
        report.sections[0].heading = "kết quả riêng"
        issue = next(i for i in validate(report, template, today=TODAY) if i.code == "check.heading_case")
        assert "mục I đang viết chữ thường" in issue.text()


def test_placeholders_left_in_the_texts_are_warned_about(template, draft):
    from desktop.core.document import Section

    draft.title = "Kết quả quý ..."
    draft.opening = "Thực hiện Công văn số … ngày …, Ủy ban báo cáo:"
    draft.sections = [Section("KẾT QUẢ", "Học trực tuyến, khám bệnh từ xa...")]  # prose: not a placeholder
    issues = [i for i in validate(draft, template, today=TODAY) if i.code == "check.placeholder"]
    assert [(i.level, i.place.field) for i in issues] == [(WARNING, "title"), (WARNING, "opening")]
    assert issues[1].text() == ("Đoạn mở đầu: còn dấu «…» chưa điền («Thực hiện Công văn số …»); hãy thay bằng "
                                "nội dung thật hoặc xóa đi")
    draft.sections[0].text = "Đến hết quý ... năm 2025"
    issue = [i for i in validate(draft, template, today=TODAY) if i.code == "check.placeholder"][-1]
    assert issue.place.vi == "Nội dung, mục I. «KẾT QUẢ»"


def test_finalising_needs_a_number_and_a_date(draft):
    from desktop.core.validate import finalise_needs

    draft.number, draft.date = "", None
    assert [(i.code, i.place.field) for i in finalise_needs(draft)] == [
        ("finalise.needs_number", "number"), ("finalise.needs_date", "date")]
    draft.number, draft.date = "7", TODAY
    assert finalise_needs(draft) == []
