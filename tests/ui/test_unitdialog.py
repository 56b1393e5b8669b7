"""Choosing the commune from the official list, and how the place name is written."""

import datetime

from conftest import type_text
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import units
from desktop.core.vnformat import BLANK
from desktop.ui.unitdialog import UnitDialog


def test_filter_and_choose(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    assert dialog._province.currentText() != "Thành phố Hải Phòng"
    type_text(dialog._filter, "trần liễu")  # found across the country, whatever the province
    unit = dialog.unit()
    assert unit is not None and unit.code == 10729
    assert dialog._communes.currentItem().text() == "Phường Trần Liễu (Thành phố Hải Phòng)"
    assert dialog._province.currentText() == "Thành phố Hải Phòng"
    assert dialog.place_style() == "proper"
    assert dialog._preview.text().splitlines() == [
        "ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU",
        f"Trần Liễu, ngày{BLANK}tháng{BLANK}năm {datetime.date.today().year}"]
    dialog._full.setChecked(True)
    assert dialog._preview.text().splitlines()[2].startswith("Phường Trần Liễu, ngày")


def test_no_match_disables_ok(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    type_text(dialog._filter, "không có xã nào tên này")
    assert dialog.unit() is None
    assert not dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_opens_on_the_chosen_unit(qtbot):
    dialog = UnitDialog(10750, "full")
    qtbot.addWidget(dialog)
    assert dialog.unit().name == "Xã Phú Thái"
    assert dialog.place_style() == "full"


def test_clearing_the_search_lists_the_province(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    type_text(dialog._filter, "Phú Thái")
    assert dialog.unit().code == 10750
    dialog._filter.clear()
    assert dialog._communes.count() == len(units.communes(31))
    assert dialog.unit().code == 10750
