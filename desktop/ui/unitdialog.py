"""Choosing the commune (xã, phường, đặc khu) the reports are made for, from the official list.

Provinces and communes are listed in Vietnamese order; the search ignores diacritics and looks across
the country without touching the province chosen; nothing is chosen until the clerk chooses it.
"""

import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.vnformat import date_line
from desktop.ui.geometry import fit_dialog, text_size


class UnitDialog(QDialog):
    """Province, then commune (filtered as the clerk types), then how the place name is written."""

    def __init__(self, unit_code: int | None = None, place_style: str = "proper",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đơn vị hành chính"))
        self._province = QComboBox()
        self._province.setPlaceholderText(self.tr("Chọn tỉnh, thành phố"))
        for code, name in sorted(units.provinces(), key=lambda item: units.name_key(item[1])):
            self._province.addItem(name, code)
        self._filter = QLineEdit()
        self._filter.setPlaceholderText(self.tr("Gõ tên để tìm trong cả nước, ví dụ: Trần Liễu"))
        self._filter.setClearButtonEnabled(True)
        self._filter.installEventFilter(self)  # ↓ goes from the search to the list
        self._communes = QListWidget()
        self._communes.setAccessibleName(self.tr("Xã, phường, đặc khu"))
        self._communes.setAccessibleDescription(self.tr("Mũi tên lên, xuống để chọn; Enter để nhận"))
        self._proper = QRadioButton()
        self._full = QRadioButton()
        self._preview = QLabel()
        self._preview.setTextFormat(Qt.TextFormat.PlainText)
        self._preview.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chọn"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._layout()
        self._province.currentIndexChanged.connect(self._province_changed)
        self._filter.textChanged.connect(self._search_changed)
        self._communes.currentItemChanged.connect(self._update)
        self._communes.itemDoubleClicked.connect(self.accept)
        self._proper.toggled.connect(self._update)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        (self._full if place_style == "full" else self._proper).setChecked(True)
        self._select(unit_code)
        self._filter.setFocus()
        fit_dialog(self, text_size(self, 94, 40))

    def _layout(self) -> None:
        form = QFormLayout()
        # Each label's Alt+letter puts the cursor in its field; a screen reader names the field by it.
        for text, field in ((self.tr("&Tỉnh, thành phố:"), self._province),
                            (self.tr("Tìm &xã, phường:"), self._filter)):
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, field)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Chọn đơn vị ban hành báo cáo theo danh mục đơn vị hành chính "
                               "sau sắp xếp năm 2025."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._communes, 1)
        place = QLabel(self.tr("Địa danh ghi ở dòng ngày tháng:"))
        place.setBuddy(self._proper)
        layout.addWidget(place)
        layout.addWidget(self._proper)
        layout.addWidget(self._full)
        layout.addWidget(self._preview)
        layout.addWidget(self._buttons)

    def _select(self, unit_code: int | None) -> None:
        """Open on the unit chosen before; on a first start, on nothing, so Enter cannot pick a wrong one."""
        unit = units.commune(unit_code) if unit_code else None
        self._province.setCurrentIndex(self._province.findData(unit.province_code) if unit else -1)
        self._fill_communes()
        if unit:
            for row in range(self._communes.count()):
                if self._communes.item(row).data(Qt.ItemDataRole.UserRole) == unit.code:
                    self._communes.setCurrentRow(row)

    def _fill_communes(self) -> None:
        """The province's communes, or, while the clerk types, the matching communes of the country.

        The commune chosen stays chosen while it is listed; else none is, unless the search leaves only one.
        """
        wanted = self._filter.text().strip()
        previous = self._communes.currentItem()
        keep = previous.data(Qt.ItemDataRole.UserRole) if previous else None
        self._communes.blockSignals(True)
        self._communes.clear()
        for unit in self._listed(wanted):
            text = f"{unit.name} ({unit.province_name})" if wanted else unit.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self._communes.addItem(item)
            if unit.code == keep:
                self._communes.setCurrentItem(item)
        if self._communes.currentItem() is None and wanted and self._communes.count() == 1:
            self._communes.setCurrentRow(0)
        self._communes.blockSignals(False)
        self._update()

    def _search_changed(self, text: str) -> None:
        """Typing leaves the province alone; once the search is cleared, the chosen commune's province is listed."""
        unit = self.unit()
        if not text.strip() and unit is not None:
            self._show_province(unit.province_code)
        self._fill_communes()

    def _province_changed(self) -> None:
        """A province chosen: its communes are listed, in place of a search's results."""
        self._filter.blockSignals(True)
        self._filter.clear()
        self._filter.blockSignals(False)
        self._fill_communes()

    def _listed(self, wanted: str) -> list[units.AdminUnit]:
        if wanted:
            return units.search_communes(wanted)
        code = self._province.currentData()
        found = units.communes(code) if code is not None else []
        return sorted(found, key=lambda unit: units.name_key(" ".join(unit.name.split())))

    def _show_province(self, code: int) -> None:
        self._province.blockSignals(True)
        self._province.setCurrentIndex(self._province.findData(code))
        self._province.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search field moves into the list, onto its first commune if none is chosen."""
        if (watched is self._filter and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self._communes.count()):
            self._communes.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._communes.currentItem() is None:
                self._communes.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def unit(self) -> units.AdminUnit | None:
        item = self._communes.currentItem()
        if item is None:
            return None
        return units.commune(item.data(Qt.ItemDataRole.UserRole))

    def place_style(self) -> str:
        return "full" if self._full.isChecked() else "proper"

    def _update(self) -> None:
        unit = self.unit()
        self._ok.setEnabled(unit is not None)
        if unit is None:
            self._proper.setText(self.tr("Tên riêng"))
            self._full.setText(self.tr("Tên đầy đủ"))
            self._preview.setText("")
            return
        self._proper.setText(self.tr("«{0}» (như các báo cáo mẫu)").format(unit.proper_name))
        self._full.setText(self.tr("«{0}» (cách viết đầy đủ)").format(unit.name))
        place = units.place_name(unit, self.place_style())
        lines = units.issuer_lines(unit)
        self._preview.setText("\n".join([*lines, date_line(place, None, datetime.date.today().year)]))
