"""Vietnamese is the source language of the interface; English comes from i18n/baocao_en.ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core import bundle

TS = bundle.i18n_dir() / "baocao_en.ts"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def test_every_english_translation_is_finished():
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_english_interface(qtbot, tmp_path, open_window):
    qm = tmp_path / "baocao_en.qm"
    subprocess.run([lrelease(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window()
        assert window.windowTitle() == "Commune reports"
        assert window.new_action.text() == "New report"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_vietnamese_by_default(open_window):
    window = open_window()
    assert window.windowTitle() == "Báo cáo xã, phường"
    assert window.preview_action.text() == "Xem trước / In PDF"
