"""Qt's own texts in Vietnamese: Qt ships no qtbase_vi, so i18n/qtbase_vi.ts is ours (issue #11).

A source that is not exactly Qt's is silently never used, so every source is checked against a
catalogue Qt ships (qtbase_de.qm, qtbase_fr.qm), and the dialogs a clerk meets are looked at.
"""

import shutil
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTreeView,
)

from desktop.core import bundle
from desktop.ui.app import install_translators

TS = bundle.i18n_dir() / "qtbase_vi.ts"
QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of each message of a compiled .qm: its tagged Messages block (0x69) holds
    records of byte tags, each followed by a big-endian length and the bytes; 1 ends a record."""
    data = path.read_bytes()
    pos, block = 16, b""  # after the magic number
    while pos < len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            block = data[pos + 5:pos + 5 + size]
        pos += 5 + size
    found, record, pos = set(), {}, 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:  # end of a message
            if 6 in record:
                found.add((record.get(7, ""), record[6]))
            record = {}
            continue
        size = struct.unpack(">I", block[pos:pos + 4])[0]
        pos += 4
        if tag in (6, 7):  # source text, context (UTF-8)
            record[tag] = block[pos:pos + size].decode("utf-8")
        if size != 0xFFFFFFFF:
            pos += size
    return found


def messages() -> list[tuple[str, str, ET.Element]]:
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in ET.parse(TS).iter("context") for message in context.iter("message")]


def test_every_message_is_finished_nfc_and_keeps_its_placeholders():
    for context, source, translation in messages():
        text = "".join(translation.itertext())
        assert translation.get("type") is None and text.strip(), (context, source)
        assert unicodedata.is_normalized("NFC", text), (context, source)
        for placeholder in ("%1", "%2", "\n"):
            assert source.count(placeholder) == text.count(placeholder), (context, source)
        assert text.count("&") <= 1, (context, source)  # one mnemonic at most


def test_every_source_is_in_qts_own_catalogue():
    shipped = qm_sources(QT_TRANSLATIONS / "qtbase_de.qm") | qm_sources(QT_TRANSLATIONS / "qtbase_fr.qm")
    assert len(shipped) > 1000  # the reader read them
    ours = [(context, source) for context, source, _ in messages()]
    assert len(ours) == len(set(ours))
    assert [message for message in ours if message not in shipped] == []


@pytest.fixture
def vietnamese(qapp, tmp_path, monkeypatch):
    """The translators as the app installs them, from a fresh build of qtbase_vi.ts; removed afterwards."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(tmp_path / "qtbase_vi.qm")], check=True)
    monkeypatch.setattr(bundle, "i18n_dir", lambda: tmp_path)
    locale = QLocale()
    translators = install_translators(qapp, "vi")
    assert translators
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def plain(text: str) -> str:
    """A widget's text without its mnemonic and the shortcut a menu shows after a tab."""
    return text.split("\t")[0].replace("&", "")


def test_message_box_and_button_box(vietnamese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "baocao", "Lưu?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Có"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Không"
    assert plain(box.button(QMessageBox.StandardButton.Cancel).text()) == "Hủy"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert [plain(buttons.button(which).text()) for which in (
        QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Close)] == [
        "Đồng ý", "Hủy", "Lưu", "Đóng"]


def test_text_context_menus(vietnamese, qtbot):
    line = QLineEdit("Trần Liễu")
    text = QPlainTextEdit("Báo cáo")
    for widget in (line, text):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        shown = [plain(action.text()) for action in menu.actions() if not action.isSeparator()]
        assert shown[:6] == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa"]
        assert "Chọn tất cả" in shown
        menu.deleteLater()


def test_file_dialog(vietnamese, qtbot, tmp_path):
    dialog = QFileDialog(None, "Lưu tệp PDF", str(tmp_path), "Tệp PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= labels
    buttons = {plain(button.text()) for button in dialog.findChildren(QAbstractButton)}
    assert {"Lưu", "Hủy"} <= buttons
    tips = {button.toolTip() for button in dialog.findChildren(QAbstractButton)}
    assert {"Quay lại", "Tiến tới", "Thư mục cha", "Tạo thư mục mới", "Dạng chi tiết"} <= tips
    model = dialog.findChild(QTreeView).model()
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == [
        "Tên", "Kích cỡ", "Loại", "Ngày sửa"]


def test_print_dialog(vietnamese):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)  # as preview.py makes it; deleted here, while the printer still lives
    try:
        groups = {plain(group.title()) for group in dialog.findChildren(QGroupBox)}
        assert {"Máy in", "Phạm vi in", "In hai mặt"} <= groups
        tabs = dialog.findChild(QTabWidget)
        assert [tabs.tabText(index) for index in range(tabs.count())] == ["Số bản", "Tùy chọn"]
        labels = {plain(label.text()) for label in dialog.findChildren(QLabel)}
        assert {"Tên:", "Số bản:"} <= labels
        buttons = {plain(button.text()) for button in dialog.findChildren(QAbstractButton)}
        assert {"In", "Hủy", "Tùy chọn >>", "Thuộc tính", "In tất cả", "Trang từ", "In theo bộ"} <= buttons
    finally:
        shiboken6.delete(dialog)


def test_vietnamese_calendar_names(vietnamese):
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert QLocale().monthName(3) == "tháng 3"
    assert QApplication.translate("QPlatformTheme", "OK") == "Đồng ý"
