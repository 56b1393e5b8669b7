"""Template files: the real ones load; a broken one is refused with its file and field named."""

import tomllib
from pathlib import Path

import pytest

from desktop.core import bundle
from desktop.core.errors import TemplateError
from desktop.core.loader import load_catalogue, load_template
from desktop.core.templatebuild import build_template

MINIMAL = """
id = "bao-cao-thu"
name = "Báo cáo thử"
version = 1
profile = "nd30"
periods = ["quarter"]

[document]
type_name = "BÁO CÁO"
type_code = "BC"
issuer_code = "UBND"
title = "Kết quả thử nghiệm của {unit_name}"
recipients = ["Lưu: VT."]

[signer]
authority = "KT."
on_behalf_of = "CHỦ TỊCH"
position = "PHÓ CHỦ TỊCH"

[[outline]]
heading = "KẾT QUẢ"
"""


def write(tmp_path: Path, text: str, name: str = "thu.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_form_in_the_repository_loads():
    catalogue = load_catalogue()
    assert len(catalogue) == len(list(bundle.forms_dir().glob("*.toml"))) >= 1


def test_so_ket_template_mirrors_the_seeds(template):
    assert (template.type_name, template.symbol) == ("BÁO CÁO", "BC-UBND")
    assert template.title.startswith("Sơ kết thực hiện Chiến lược phát triển khoa học")
    assert template.kinh_gui == ("Sở Khoa học và Công nghệ thành phố",)
    assert [s.heading for s in template.outline] == [
        "TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC", "KẾT QUẢ ĐẠT ĐƯỢC", "KHÓ KHĂN, HẠN CHẾ",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026-2030", "KIẾN NGHỊ, ĐỀ XUẤT"]
    fourth = template.outline[0].children[3]
    assert [c.heading for c in fourth.children][:2] == ["Hoạt động chính quyền số",
                                                        "Hoạt động kinh tế số"]
    assert template.recipients[-1] == "Lưu: VT, VHXH."
    assert (template.signer.authority, template.signer.on_behalf_of) == ("TM.", "ỦY BAN NHÂN DÂN")


def test_minimal_template_loads(tmp_path):
    template = load_template(write(tmp_path, MINIMAL))
    assert template.id == "bao-cao-thu"
    assert template.symbol == "BC-UBND"
    assert template.outline[0].heading == "KẾT QUẢ"


@pytest.mark.parametrize(
    ("change", "field", "detail"),
    [
        (lambda t: t.replace('type_name = "BÁO CÁO"\n', ""), "document.type_name",
         "thiếu trường bắt buộc"),
        (lambda t: t.replace('profile = "nd30"', 'profile = "abc"'), "profile", "phải là một trong"),
        (lambda t: t.replace("version = 1", 'version = "một"'), "version", "phải là số nguyên"),
        (lambda t: t.replace('heading = "KẾT QUẢ"', 'heading = ""'), "outline[0].heading",
         "không được để trống"),
        (lambda t: t.replace('periods = ["quarter"]', 'periods = ["quý 3"]'), "periods[0]",
         "không đúng định dạng"),
        (lambda t: t.replace('authority = "KT."', 'authority = "KT"'), "signer.authority",
         "phải là một trong"),
        (lambda t: 'colour = "red"\n' + t, "colour", "không có trong mẫu"),
        (lambda t: t.replace("{unit_name}", "{commune}"), "document.title", "{commune}"),
    ],
)
def test_broken_template_names_file_and_field(tmp_path, change, field, detail):
    path = write(tmp_path, change(MINIMAL))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    message = caught.value.text()
    assert caught.value.code == "template.invalid"
    assert str(path) in message
    assert f"«{field}»" in message
    assert detail in message


def test_toml_syntax_error_is_reported_with_the_file(tmp_path):
    path = write(tmp_path, MINIMAL.replace('name = "Báo cáo thử"', 'name = "Báo cáo thử'))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.code == "template.unreadable"
    assert str(path) in caught.value.text()
    assert "TOML" in caught.value.text()


def test_english_message(tmp_path):
    path = write(tmp_path, MINIMAL.replace('type_name = "BÁO CÁO"\n', ""))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.text("en").startswith("The report template file")


def test_two_templates_with_one_id_are_refused(tmp_path):
    write(tmp_path, MINIMAL, "a.toml")
    write(tmp_path, MINIMAL, "b.toml")
    with pytest.raises(TemplateError) as caught:
        load_catalogue(tmp_path)
    assert caught.value.code == "template.duplicate"


def test_text_is_normalised_to_nfc():
    decomposed = tomllib.loads(MINIMAL)
    decomposed["name"] = "Ba\u0301o ca\u0301o"  # combining acute accents
    assert build_template(decomposed).name == "Báo cáo"


# ---- #13: hostile template files are refused with the field named, before they cost anything ----

@pytest.mark.parametrize("placeholder", ["{unit_name:>900000000}", "{unit_name!r}", "{unit_name!s}",
                                         "{unit_name.upper}", "{unit_name[0]}", "{place:}"])
def test_a_placeholder_is_a_name_only(tmp_path, placeholder):
    path = write(tmp_path, MINIMAL.replace("{unit_name}", placeholder))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.code == "template.placeholder_format"
    assert "«document.title»" in caught.value.text() and f"«{placeholder}»" in caught.value.text()
    assert caught.value.text("en").startswith("The report template file")


def test_doubled_braces_print_one_and_placeholders_fill(tmp_path, tran_lieu):
    import datetime

    from desktop.core.document import new_report

    template = load_template(write(tmp_path, MINIMAL.replace("{unit_name}", "{{mã}} {unit_name}")))
    report = new_report(template, tran_lieu, today=datetime.date(2025, 8, 15))
    assert report.title == "Kết quả thử nghiệm của {mã} phường Trần Liễu"


def test_a_report_from_an_unchecked_template_leaves_a_bad_placeholder_as_written(tran_lieu):
    import dataclasses
    import datetime

    from desktop.core.document import new_report

    template = build_template(tomllib.loads(MINIMAL))
    unchecked = dataclasses.replace(template, title="{unit_name:>900000000} {unit_name!r} {unit_name.x} {place}")
    report = new_report(unchecked, tran_lieu, today=datetime.date(2025, 8, 15))
    assert report.title == "{unit_name:>900000000} {unit_name!r} {unit_name.x} Trần Liễu"


@pytest.mark.parametrize(("addition", "field", "value"), [
    ("\n[validation]\njump = nan\n", "validation.jump", "nan"),
    ("\n[validation]\njump = inf\n", "validation.jump", "inf"),
    ("\n[validation]\njump = -inf\n", "validation.jump", "-inf"),
    ("\n[[appendices]]\nid = 'p'\nlabel = 'PL'\ntitle = 'T'\n[[appendices.tables]]\nid = 't'\nkind = 'grid'\n"
     "columns = [{key = 'name', title = 'A', width = nan}]\n", "appendices[0].tables[0].columns[0].width", "nan"),
    ("\n[[appendices]]\nid = 'p'\nlabel = 'PL'\ntitle = 'T'\n[[appendices.tables]]\nid = 't'\nkind = 'grid'\n"
     "columns = [{key = 'name', title = 'A'}]\n[[appendices.tables.rows]]\nname = inf\n",
     "appendices[0].tables[0].rows[0].name", "inf"),
])
def test_numbers_must_be_finite(tmp_path, addition, field, value):
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, MINIMAL + addition))
    assert caught.value.code == "template.not_finite"
    assert f"«{field}»" in caught.value.text() and f"«{value}»" in caught.value.text()


def test_integers_longer_than_any_figure_are_refused(tmp_path):
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, MINIMAL.replace("version = 1", "version = " + "9" * 30)))
    assert (caught.value.code, caught.value.message.context["field"]) == ("template.number_too_big", "version")
    with pytest.raises(TemplateError) as caught:  # tomllib alone fails on 4,301 digits with a ValueError
        load_template(write(tmp_path, MINIMAL.replace("version = 1", "version = " + "9" * 5000)))
    assert caught.value.code == "template.number_too_long_at_line"
    assert "dòng 4" in caught.value.text() and "5000 chữ số" in caught.value.text()


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    from desktop.core.loader import MAX_BYTES

    path = write(tmp_path, MINIMAL + "# " + "x" * MAX_BYTES + "\n")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.code == "template.too_big" and "2 MB" in caught.value.text()


def test_a_device_or_folder_named_toml_is_not_read(tmp_path):
    (tmp_path / "zero.toml").symlink_to("/dev/zero")  # reading it would never end
    with pytest.raises(TemplateError) as caught:
        load_template(tmp_path / "zero.toml")
    assert caught.value.code == "template.not_a_file"
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(TemplateError) as caught:
        load_template(tmp_path / "folder.toml")
    assert caught.value.code == "template.not_a_file"


@pytest.mark.parametrize("addition", [
    "x = " + "[" * 100_000 + "]" * 100_000 + "\n",  # tomllib: RecursionError
    "x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n",
    "a" + ".a" * 500_000 + " = 1\n",  # tomllib: quadratic, hours
    "a" + ".1" * 500_000 + " = 1\n",
    '"a"' + '."a"' * 500_000 + " = 1\n",
    "[" + ".".join(["b"] * 40) + "]\nc = 1\n",
])
def test_deep_nesting_is_refused_before_parsing(tmp_path, addition):
    import time

    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, MINIMAL + addition))
    assert caught.value.code == "template.too_deep_at_line"
    assert "dòng 22" in caught.value.text() and caught.value.text("en").count("line 22") == 1
    assert time.monotonic() - started < 2


def test_nesting_past_what_a_template_needs_names_the_field(tmp_path):
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, MINIMAL + "[" + ".".join(["b"] * 20) + "]\nc = 1\n"))
    assert caught.value.code == "template.too_deep"
    assert caught.value.message.context["field"] == ".".join(["b"] * 16)


def test_control_characters_in_a_template_text_are_refused(tmp_path):
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, MINIMAL.replace('heading = "KẾT QUẢ"', 'heading = "KẾT\\u202eQUẢ\\u001b"')))
    assert caught.value.code == "template.control_chars"
    text = caught.value.text()
    assert "«outline[0].heading»" in text and "U+202E, U+001B" in text and "\u202e" not in text


def test_control_characters_in_a_key_are_refused_without_being_shown(tmp_path):
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, '"x\\u001b[2J" = 1\n' + MINIMAL))
    assert caught.value.code == "template.control_chars"
    assert "«x[2J»" in caught.value.text() and "\x1b" not in caught.value.text()


def test_a_byte_order_mark_is_not_text(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    assert load_template(path).id == "bao-cao-thu"


def test_a_folder_without_templates_is_refused(tmp_path):
    (tmp_path / "ghi-chu.txt").write_text("không phải mẫu", encoding="utf-8")
    a_file = tmp_path / "ghi-chu.txt"
    cases = [(tmp_path / "khong-co", "forms.folder_missing", "Không có thư mục mẫu báo cáo"),
             (tmp_path, "forms.folder_empty", "không có tệp mẫu báo cáo (.toml) nào"),
             (a_file, "forms.not_a_folder", "không phải thư mục")]
    for folder, code, words in cases:
        with pytest.raises(TemplateError) as caught:
            load_catalogue(folder)
        assert caught.value.code == code and words in caught.value.text() and str(folder) in caught.value.text()


def test_the_new_template_messages_have_english():
    from desktop.core.messages import CATALOGUE

    codes = ["template.not_a_file", "template.too_big", "template.too_deep", "template.too_deep_at_line",
             "template.number_too_long_at_line", "template.not_finite", "template.number_too_big",
             "template.control_chars", "template.placeholder_format", "template.folder_unreadable"]
    for code in codes:
        vi, en = CATALOGUE[code]
        assert vi.startswith(("Tệp", "Không", "{file}")) and en.startswith(("The", "Cannot", "{file}")), code
