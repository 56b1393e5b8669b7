"""The official list after the 2025 reorganisation, and what a report takes from a commune."""

import pytest

from desktop.core import units
from desktop.core.errors import BaocaoError


def test_official_list_has_34_provinces_and_3321_communes():
    provinces = units.provinces()
    assert len(provinces) == 34
    assert sum(len(units.communes(code)) for code, _ in provinces) == 3321


def test_tran_lieu(tran_lieu):
    assert tran_lieu.name == "Phường Trần Liễu"
    assert tran_lieu.kind == "phường"
    assert tran_lieu.province_name == "Thành phố Hải Phòng"
    assert units.issuer_lines(tran_lieu) == ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]
    assert tran_lieu.lower_name == "phường Trần Liễu"


def test_place_name_follows_the_seeds_by_default(tran_lieu):
    assert units.place_name(tran_lieu) == "Trần Liễu"
    assert units.place_name(tran_lieu, "full") == "Phường Trần Liễu"


def test_xa_and_dac_khu_names():
    phu_thai = units.commune(10750)
    assert units.issuer_lines(phu_thai) == ["ỦY BAN NHÂN DÂN", "XÃ PHÚ THÁI"]
    assert units.place_name(phu_thai) == "Phú Thái"
    dac_khu = [u for u in units.find_communes("Đặc khu") if u.kind == "đặc khu"]
    assert len(dac_khu) == 13
    assert units.issuer_lines(dac_khu[0])[1].startswith("ĐẶC KHU ")


def test_unit_named_by_a_number_keeps_its_kind_word():
    unit = units.AdminUnit(1, "Phường 1", "phường", 79, "Thành phố Hồ Chí Minh")
    assert units.place_name(unit) == "Phường 1"


def test_find_communes_ignores_case():
    assert [u.code for u in units.find_communes("trần liễu")] == [10729]


def test_unknown_code():
    with pytest.raises(BaocaoError) as caught:
        units.commune(99999999)
    assert caught.value.code == "unit.unknown"


def vietnamese_order(names: list[str]) -> list[str]:
    return sorted(names, key=units.name_key)


def test_names_sort_by_base_letters_in_vietnamese_order():
    # a < ă < â, d < đ < e, o < ô < ơ, u < ư: «Đ» is a letter after «D», not a «D» with a mark
    assert vietnamese_order(["Xã Ba Xa", "Xã Ba Động", "Xã Ba Dinh"]) == ["Xã Ba Dinh", "Xã Ba Động", "Xã Ba Xa"]
    assert vietnamese_order(["Xã Bình Giang", "Xã Bạch Đằng"]) == ["Xã Bạch Đằng", "Xã Bình Giang"]
    assert vietnamese_order(["Xã Ân Hảo", "Xã Ăn Hà", "Xã An Phú"]) == ["Xã An Phú", "Xã Ăn Hà", "Xã Ân Hảo"]
    assert vietnamese_order(["Xã Ba Tơ", "Xã Ba Tô", "Xã Ba To"]) == ["Xã Ba To", "Xã Ba Tô", "Xã Ba Tơ"]
    assert vietnamese_order(["Xã Đa Phúc", "Xã Dương Hòa", "Xã Em"]) == ["Xã Dương Hòa", "Xã Đa Phúc", "Xã Em"]
    assert vietnamese_order(["Xã Ba Tơ", "Xã Ba"]) == ["Xã Ba", "Xã Ba Tơ"]  # a word ended sorts first


def test_the_units_of_a_drill_down_in_vietnamese_order():
    names = ["Xã Ba Xa", "Phường Đức Phổ", "Xã Ba Động", "Xã Ba Dinh", "Xã Ân Hảo", "Xã An Phú", "Xã Ba Tơ", "Xã Ba Tô"]
    assert vietnamese_order(names) == [
        "Xã An Phú", "Xã Ân Hảo", "Xã Ba Dinh", "Xã Ba Động", "Xã Ba Tô", "Xã Ba Tơ", "Xã Ba Xa", "Phường Đức Phổ"]


def test_tones_only_break_ties():
    assert vietnamese_order(["Xã Bạ", "Xã Bá", "Xã Bã", "Xã Bả", "Xã Bà", "Xã Ba"]) == [
        "Xã Ba", "Xã Bà", "Xã Bả", "Xã Bã", "Xã Bá", "Xã Bạ"]
    assert vietnamese_order(["Xã Bac", "Xã Bạ"]) == ["Xã Bạ", "Xã Bac"]  # the letters decide before the tones
    assert vietnamese_order(["Xã Bạc", "Xã Bác"]) == ["Xã Bác", "Xã Bạc"]


def test_the_kind_word_is_ignored():
    assert vietnamese_order(["Xã Ba Tơ", "Phường Đức Phổ", "Đặc khu Côn Đảo", "Phường An Phú"]) == [
        "Phường An Phú", "Xã Ba Tơ", "Đặc khu Côn Đảo", "Phường Đức Phổ"]
    assert vietnamese_order(["Xã A Lưới 2", "Xã A Lưới 1"]) == ["Xã A Lưới 1", "Xã A Lưới 2"]


def test_provinces_in_vietnamese_order():
    names = vietnamese_order([name for _, name in units.provinces()])
    assert names[:6] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Thành phố Cần Thơ", "Thành phố Đà Nẵng"]
    assert names[6:11] == ["Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai"]


def test_search_key_drops_tones_and_marks():
    assert units.search_key("Phường  Trần Liễu") == "phuong tran lieu"
    assert units.search_key("ĐỨC PHỔ") == units.search_key("duc pho") == "duc pho"


def test_search_ignores_diacritics():
    assert [u.code for u in units.search_communes("tran lieu")] == [10729]
    assert [u.name for u in units.search_communes("duc pho")] == ["Phường Đức Phổ"]  # «đ» typed as «d»
    assert [u.code for u in units.search_communes("TRẦN LIỄU")] == [10729]


def test_search_puts_the_exact_spelling_first_then_vietnamese_order():
    found = [u.name for u in units.search_communes("dong")]
    assert found[0] == "Xã Nam Dong"  # spelt as typed
    assert found.index("Phường An Đông") < found.index("Xã Ba Động") < found.index("Xã Đông Hưng")
