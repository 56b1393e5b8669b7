"""Composition root of the desktop app: Qt application, translations, store, templates, window."""

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core import bundle
from desktop.core.errors import BaocaoError
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace
from desktop.ui.mainwindow import MainWindow
from desktop.ui.paths import default_database


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """The interface is written in Vietnamese; English comes from i18n/baocao_en.qm."""
    translators = []
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(bundle.i18n_dir() / "baocao_en.qm")):
            translators.append(ours)
    else:
        # Qt's own dialogs (buttons, file dialogs) in Vietnamese, when Qt ships that translation.
        qt = QTranslator(app)
        if qt.load(QLocale("vi_VN"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def build_window(db_path: Path, lang: str | None = None, autosave_ms: int = 400,
                 forms_dir: Path | None = None) -> MainWindow:
    """Open the store and the templates and make the main window (used by main() and the tests)."""
    catalogue = load_catalogue(forms_dir)
    store = Store.open(db_path)
    workspace = Workspace(store, catalogue)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translators(app, lang or workspace.language())
    return MainWindow(workspace, autosave_ms)


def main(db_path: Path | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("baocao")
    app.setOrganizationName("baocao")
    app.setApplicationVersion(__version__)
    try:
        window = build_window(db_path or default_database(), lang)
    except BaocaoError as error:
        QMessageBox.critical(None, "baocao", error.text())
        return 1
    window.show()
    if window.workspace.unit() is None:
        window.choose_unit()
    code = app.exec()
    window.workspace.store.close()
    return code
