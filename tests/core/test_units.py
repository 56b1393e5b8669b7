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
