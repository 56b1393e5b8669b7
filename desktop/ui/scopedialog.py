"""Cài đặt → «Phạm vi sử dụng…»: whom this copy serves (a commune, a province, the nation), and the
fingerprint of its signing key, which the clerk reads to the city over the phone."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.exchange.scope import Scope
from desktop.core.units import AdminUnit
from desktop.ui.geometry import fit_dialog

FINGERPRINT_POINTS = 20


def fingerprint_font() -> QFont:
    """Large fixed-width letters, so that 0 and O, 8 and B are told apart when read aloud."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(FINGERPRINT_POINTS)
    font.setBold(True)
    return font


class ScopeDialog(QDialog):
    """Chooses one commune (the default), one province (from the official list) or the nation;
    `scope()` is the choice. Shows the fingerprint given (or a note when there is none)."""

    def __init__(self, current: Scope, fingerprint: str | None, home: AdminUnit | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phạm vi sử dụng"))
        self.commune_button = QRadioButton(self.tr("Một xã, phường, đặc khu: lập báo cáo và gửi lên cấp trên"))
        self.province_button = QRadioButton(self.tr("Một tỉnh, thành phố: nhận báo cáo của các xã, phường, "
                                                    "xem đơn vị nào đã nộp"))
        self.nation_button = QRadioButton(self.tr("Cả nước: nhận báo cáo của các tỉnh, thành phố"))
        self.levels = QButtonGroup(self)
        for button in (self.commune_button, self.province_button, self.nation_button):
            self.levels.addButton(button)
        self.province = QComboBox()
        self.province.setAccessibleName(self.tr("Tỉnh, thành phố nhận báo cáo"))
        for code, name in units.provinces():
            self.province.addItem(name, code)
        self._show(current, home)
        layout = QVBoxLayout(self)
        layout.addWidget(self._levels_box())
        layout.addWidget(self._key_box(fingerprint))
        layout.addWidget(self._buttons())
        # Its whole height even where Qt would open it at two thirds of a small or scaled screen (200 %),
        # which cut the wrapped note's first and last lines.
        fit_dialog(self, self.sizeHint())

    def _levels_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Máy này dùng cho"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.commune_button)
        layout.addWidget(self.province_button)
        layout.addWidget(self.province)
        layout.addWidget(self.nation_button)
        self.province_button.toggled.connect(self.province.setEnabled)
        self.province.setEnabled(self.province_button.isChecked())
        return box

    def _key_box(self, fingerprint: str | None) -> QGroupBox:
        box = QGroupBox(self.tr("Dấu vân tay khóa ký của máy này"))
        self.fingerprint_label = QLabel(fingerprint or self.tr("(chưa có: cửa sổ này chỉ để xem)"))
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Dấu vân tay khóa ký"))
        note = QLabel(self.tr("Mọi tệp gửi lên cấp trên đều được ký bằng khóa của máy này. Lần gửi đầu tiên, "
                              "hãy gọi điện cho cán bộ nhận báo cáo ở cấp trên và đọc dãy ký tự trên (chữ số 0-9 "
                              "và chữ cái A-F) để họ đối chiếu rồi đăng ký khóa. Không gửi dãy này qua thư điện tử "
                              "hay tin nhắn."))
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(note)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _show(self, current: Scope, home: AdminUnit | None) -> None:
        button = {"province": self.province_button, "nation": self.nation_button}.get(current.level,
                                                                                      self.commune_button)
        button.setChecked(True)
        code = current.code if current.level == "province" else home.province_code if home else None
        index = self.province.findData(code)
        if index >= 0:
            self.province.setCurrentIndex(index)

    def scope(self) -> Scope:
        """The scope chosen."""
        if self.province_button.isChecked():
            return Scope("province", int(self.province.currentData()))
        return Scope("nation") if self.nation_button.isChecked() else Scope("commune")
