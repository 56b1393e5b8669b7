"""In English, no text of the interface is left in Vietnamese (#15 point 4): each screen of the window is shown
with English chosen and every text a person sees or hears (labels, buttons, tabs, menus, list entries, place
holders, tooltips, accessible names) is read. A text with Vietnamese letters fails, unless the Vietnamese comes
from the data shown (the templates, the report, the unit's names): the interface is translated, the report is
not. A string the code shows without self.tr() is caught here; one missing from i18n/ in test_i18n.py."""

import functools
import json
import re
import tomllib

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from desktop.core import bundle, units
from desktop.ui.app import build_window, install_translators

VIETNAMESE = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)
# The language menu names both languages on purpose; «nơi nhận» is the block's name printed on the report.
BILINGUAL = ("Tiếng Việt", "Ngôn ngữ / Language", "nơi nhận")
# The place and date line as the report prints it (the unit dialog shows an example): the document's text.
PRINTED_DATE = re.compile(r"ngày[\s\d]*tháng[\s\d]*năm")
SAMPLE = "ke-hoach-002-tran-lieu.json"
TRAN_LIEU = 10729


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return []


@functools.cache
def data_texts() -> list[str]:
    """What the screens show that is data, not interface: the longest first, to be taken out of a text."""
    found = set(BILINGUAL)
    for form in bundle.forms_dir().glob("*.toml"):
        found.update(strings(tomllib.loads(form.read_text(encoding="utf-8"))))
    for sample in bundle.samples_dir().glob("*.json"):
        report = json.loads(sample.read_text(encoding="utf-8"))
        found.update(strings(report))
        kind, title = report.get("type_name", ""), " ".join(report.get("title", "").split())
        lower = title[:1].lower() + title[1:]
        found.update({f"{kind} {title}", f"{kind.capitalize()} {title}", f"{kind.capitalize()} {lower}"})
    unit = units.commune(TRAN_LIEU)
    found.update({unit.name, unit.proper_name, unit.province_name, unit.name.upper(), unit.lower_name})
    found.update(name for _, name in units.provinces())  # the unit dialog lists them, and the province's communes
    found.update(name for commune in units.communes(unit.province_code) for name in (commune.name, commune.proper_name))
    return sorted((text for text in found if VIETNAMESE.search(text)), key=len, reverse=True)


def shown_texts(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found.update({widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()})
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QTabBar):
            found.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
    for menu in root.findChildren(QMenu):
        found.add(menu.title())
        found.update(action.text() for action in menu.actions())
    return found


def cut_short(line: str, data: list[str]) -> bool:
    """Whether a line ends with a data text cut short with «…» (a long title in a narrow place)."""
    found = VIETNAMESE.search(line)
    if found is None or not line.endswith("…"):
        return False
    start = line.rfind(" ", 0, found.start()) + 1
    tail = line[start:-1].strip()
    return any(tail in piece for piece in data)


def untranslated(texts: set[str], data: list[str]) -> list[str]:
    left = []
    for text in texts:
        for line in text.splitlines():
            rest = PRINTED_DATE.sub("", line)
            for piece in data:
                rest = rest.replace(piece, "")
            if VIETNAMESE.search(rest) and not cut_short(line, data):
                left.append(line)
    return sorted(left)


@pytest.fixture
def english_window(qtbot, qapp, db_path):
    window = build_window(db_path, "en", 50)
    qtbot.addWidget(window)
    window.workspace.set_unit(units.commune(TRAN_LIEU), "proper")
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    window.workspace.store.close()
    install_translators(qapp, "vi")


def test_every_screen_of_a_commune_speaks_english(english_window, qtbot):
    window = english_window
    window.import_file(bundle.samples_dir() / SAMPLE)
    assert window.form is not None
    seen: set[str] = set()
    for tab in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(tab)
        seen |= shown_texts(window)
    window.screens.show_screen("dashboard")
    qtbot.waitUntil(lambda: window.current_screen().isVisible())
    seen |= shown_texts(window)
    left = untranslated(seen, data_texts())
    assert left == [], "\n".join(left)


def test_the_city_screens_speak_english(english_window, qtbot):
    from desktop.core.exchange.scope import Scope

    window = english_window
    window.workspace.set_scope(Scope("province", 31))
    window.show_scope()
    seen: set[str] = set()
    for name in ("import", "completeness", "consolidation"):
        window.screens.show_screen(name)
        qtbot.waitUntil(lambda: window.current_screen().isVisible())
        seen |= shown_texts(window)
    left = untranslated(seen, data_texts())
    assert left == [], "\n".join(left)


def test_the_dialogs_speak_english(english_window, qtbot):
    from desktop.ui.backupdialog import BackupDialog
    from desktop.ui.batchpdf import BatchPdfDialog
    from desktop.ui.helpdialog import HelpDialog
    from desktop.ui.newreportdialog import NewReportDialog
    from desktop.ui.trashdialog import TrashDialog
    from desktop.ui.unitdialog import UnitDialog

    window = english_window
    window.import_file(bundle.samples_dir() / SAMPLE)
    workspace = window.workspace
    path = workspace.store.path
    dialogs = [NewReportDialog(workspace, None, window), TrashDialog(workspace, True, window),
               BatchPdfDialog(workspace, window), HelpDialog(window), UnitDialog(TRAN_LIEU, "proper", window),
               BackupDialog(path, lambda: None, lambda: None, read_only=False, lang="en", parent=window)]
    seen: set[str] = set()
    for dialog in dialogs:
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        seen |= shown_texts(dialog) | {dialog.windowTitle()}
        dialog.close()
    left = untranslated(seen, data_texts())
    assert left == [], "\n".join(left)
