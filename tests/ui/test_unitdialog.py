"""Choosing the commune from the official list, and how the place name is written."""

import datetime

from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import units
from desktop.core.vnformat import BLANK
from desktop.ui.unitdialog import UnitDialog


def test_filter_and_choose(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    type_text(dialog._filter, "trần liễu")  # found across the country, whatever the province
    unit = dialog.unit()  # the only match: chosen, so Enter takes it
    assert unit is not None and unit.code == 10729
    assert dialog._communes.currentItem().text() == "Phường Trần Liễu (Thành phố Hải Phòng)"
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


def ok_enabled(dialog: UnitDialog) -> bool:
    return dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_first_start_chooses_nothing_so_enter_picks_no_unit(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unit() is None and not ok_enabled(dialog)
    assert dialog._province.currentIndex() == -1 and dialog._province.placeholderText()
    QTest.keyClick(dialog._filter, Qt.Key.Key_Return)
    assert dialog.result() != UnitDialog.DialogCode.Accepted and dialog.unit() is None
    dialog._province.setCurrentIndex(dialog._province.findData(31))  # a province shown: still nothing chosen
    assert dialog._communes.count() == len(units.communes(31))
    assert dialog.unit() is None and not ok_enabled(dialog)
    type_text(dialog._filter, "xa phu")  # many matches: none taken for the clerk
    assert dialog._communes.count() > 1 and dialog.unit() is None
    QTest.keyClick(dialog._filter, Qt.Key.Key_Down)  # ↓ goes into the list, onto its first commune
    assert dialog.focusWidget() is dialog._communes and dialog.unit() == units.commune(
        dialog._communes.item(0).data(Qt.ItemDataRole.UserRole))
    assert ok_enabled(dialog)


def test_search_ignores_diacritics_and_leaves_the_province_alone(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog._province.setCurrentIndex(dialog._province.findData(31))  # Hải Phòng
    type_text(dialog._filter, "tran lieu")
    assert [dialog._communes.item(row).text() for row in range(dialog._communes.count())] == [
        "Phường Trần Liễu (Thành phố Hải Phòng)"]
    dialog._filter.clear()
    dialog._province.setCurrentIndex(dialog._province.findData(51))  # Quảng Ngãi
    type_text(dialog._filter, "duc pho")  # «đ» typed as «d»
    assert dialog.unit().name == "Phường Đức Phổ"
    assert dialog._province.currentText() == "Quảng Ngãi"
    dialog._filter.clear()
    dialog._province.setCurrentIndex(0)  # An Giang
    type_text(dialog._filter, "Phú Thái")  # typing does not move the province
    assert dialog.unit().code == 10750
    assert dialog._province.currentText() == "An Giang"  # Phú Thái is in Hải Phòng


def test_exact_spelling_comes_first_in_the_search(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    type_text(dialog._filter, "Đồ Sơn")
    names = [dialog._communes.item(row).text() for row in range(dialog._communes.count())]
    assert names[0] == "Phường Đồ Sơn (Thành phố Hải Phòng)"


def test_provinces_and_communes_in_vietnamese_order(qtbot):
    dialog = UnitDialog(10729)
    qtbot.addWidget(dialog)
    provinces = [dialog._province.itemText(i) for i in range(dialog._province.count())]
    assert provinces[:11] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Thành phố Cần Thơ", "Thành phố Đà Nẵng",
                              "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai"]
    communes = [dialog._communes.item(row).text() for row in range(dialog._communes.count())]
    assert communes.index("Phường Bạch Đằng") < communes.index("Xã Bình Giang")
    assert communes.index("Phường Dương Kinh") < communes.index("Phường Đồ Sơn") < communes.index("Phường Đông Hải")
    assert communes == sorted(communes, key=units.name_key)


def test_opens_on_the_chosen_unit(qtbot):
    dialog = UnitDialog(10750, "full")
    qtbot.addWidget(dialog)
    assert dialog.unit().name == "Xã Phú Thái"
    assert dialog._province.currentText() == "Thành phố Hải Phòng" and ok_enabled(dialog)
    assert dialog.place_style() == "full"


def test_clearing_the_search_lists_the_province(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    type_text(dialog._filter, "Phú Thái")
    assert dialog.unit().code == 10750
    assert dialog._province.currentIndex() == -1  # not moved while typing
    dialog._filter.clear()  # the search done: the chosen commune is shown in its province's list
    assert dialog._province.currentText() == "Thành phố Hải Phòng"
    assert dialog._communes.count() == len(units.communes(31))
    assert dialog.unit().code == 10750
