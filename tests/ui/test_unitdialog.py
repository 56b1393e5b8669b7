"""Choosing the commune from the official list, and how the place name is written."""

import datetime

from conftest import type_text
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.vnformat import BLANK
from desktop.ui.unitdialog import UnitDialog


def test_filter_and_choose(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    index = dialog._province.findText("Thành phố Hải Phòng")
    dialog._province.setCurrentIndex(index)
    type_text(dialog._filter, "trần liễu")
    unit = dialog.unit()
    assert unit is not None and unit.code == 10729
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
