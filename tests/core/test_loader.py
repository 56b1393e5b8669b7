"""Template files: the real ones load; a broken one is refused with its file and field named."""

import tomllib
from pathlib import Path

import pytest

from desktop.core import bundle
from desktop.core.errors import TemplateError
from desktop.core.loader import build_template, load_catalogue, load_template

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
