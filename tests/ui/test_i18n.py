"""Vietnamese is the source language of the interface; English comes from i18n/baocao_en.ts."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core import bundle

TS = bundle.i18n_dir() / "baocao_en.ts"
TS_VI = bundle.i18n_dir() / "baocao_vi.ts"
TOOL = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"


def i18n_tool():
    """tools/i18n.py: lupdate's extraction and the reading of a .ts file, shared with `make i18n-update`."""
    spec = importlib.util.spec_from_file_location("i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_english_translation_is_finished():
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_english_interface(qtbot, qapp, db_path):
    """English is a setting: the window made for "en" speaks English (i18n/baocao_en.qm, built by make)."""
    from desktop.ui.app import build_window, install_translators

    window = build_window(db_path, "en", 50)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "Commune reports"
        assert window.new_action.text() == "New report"
    finally:
        window.close()
        window.workspace.store.close()
        install_translators(qapp, "vi")


def test_vietnamese_by_default(open_window):
    window = open_window()
    assert window.windowTitle() == "Báo cáo xã, phường"
    assert window.preview_action.text() == "Xem trước / In PDF"


def test_every_string_of_the_interface_is_in_both_languages(tmp_path):
    """A text a person sees, extracted from the code by pyside6-lupdate, without a finished English and
    Vietnamese translation fails here: run `make i18n-update` and translate what it lists."""
    tool = i18n_tool()
    in_code = tool.extracted(tmp_path)
    assert len(in_code) > 400  # the extraction works (lupdate found the interface's texts)
    for ts in (TS, TS_VI):
        kept = tool.messages(ts)
        missing = sorted(f"{context}: {source}" for context, source in in_code - set(kept))
        unfinished = sorted(f"{context}: {source}" for (context, source), done in kept.items() if not done)
        assert (ts.name, missing, unfinished) == (ts.name, [], [])


def test_no_translation_is_left_for_a_text_the_code_no_longer_has(tmp_path):
    tool = i18n_tool()
    in_code = tool.extracted(tmp_path)
    for ts in (TS, TS_VI):
        assert sorted(set(tool.messages(ts)) - in_code) == []


def test_the_vietnamese_translation_is_loaded_at_start(qapp):
    from desktop.ui.app import install_translators

    loaded = install_translators(qapp, "vi")
    try:
        assert any(translator.filePath().endswith("baocao_vi.qm") for translator in loaded)
        assert QCoreApplication.translate("IssuesPanel", "%n lỗi", None, 3) == "3 lỗi"
    finally:
        install_translators(qapp, "vi")
