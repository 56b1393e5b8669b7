"""Composition root of the desktop app: Qt application, translations, store, templates, window."""

import datetime
import logging
import sys
from collections.abc import Callable
from pathlib import Path

# WORKAROUND (PySide6 6.12): once PySide6 is imported it reads the source of every module imported
# after it (its __feature__ check), 40-50 ms of CPU for the core's modules at each start; imported
# before it, they are spared. tests/test_architecture.py checks that none of these imports Qt.
# isort: off
import desktop.core.loader
import desktop.core.store.backup
import desktop.core.workspace  # noqa: F401  (the store, the units, the documents)
# isort: on

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core import bundle
from desktop.core.errors import BaocaoError
from desktop.core.loader import load_catalogue
from desktop.core.store.backup import auto_backup
from desktop.core.store.lock import DatabaseLock
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace
from desktop.ui import crash
from desktop.ui.dailybackup import DailyBackup
from desktop.ui.mainwindow import MainWindow
from desktop.ui.nonepin import pin_singletons
from desktop.ui.paths import default_database


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """The interface is written in Vietnamese (i18n/baocao_vi.qm holds the same texts, and the one plural
    form); English comes from i18n/baocao_en.qm.

    Qt's own texts (standard buttons, context menus, the file and print dialogs) are English; Qt ships
    no Vietnamese for them, so i18n/qtbase_vi.qm is ours, above Qt's own qtbase_vi should a Qt ever ship
    one. Vietnamese is also made the default QLocale (English keeps the system's), for the month and day
    names of the date calendars and the file dialog's file types: safe, as the app formats and parses its
    numbers itself (desktop/core/vnformat.py) and gives Qt's editors only text. A later call (each window
    makes one) replaces the translators of the earlier call instead of stacking them.
    """
    for old in app.findChildren(QTranslator, "baocao"):
        app.removeTranslator(old)
        old.setParent(None)
    if lang == "en":
        QLocale.setDefault(QLocale.system())
        wanted = [(str(bundle.i18n_dir() / "baocao_en.qm"),)]
    else:
        vietnamese = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        QLocale.setDefault(vietnamese)
        wanted = [(vietnamese, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  (vietnamese, "qtbase", "_", str(bundle.i18n_dir())),
                  (str(bundle.i18n_dir() / "baocao_vi.qm"),)]  # the source texts, and Vietnamese plurals
    translators = []
    for arguments in wanted:
        translator = QTranslator(app)
        translator.setObjectName("baocao")
        if translator.load(*arguments):
            app.installTranslator(translator)  # the last installed is asked first
            translators.append(translator)
        else:
            translator.setParent(None)
    return translators


BACKUP_CHECK_MS = 60 * 60 * 1000  # the daily backup is due when the newest is a day old; look every hour
log = logging.getLogger(__name__)


def build_window(db_path: Path, lang: str | None = None, autosave_ms: int = 400,
                 forms_dir: Path | None = None, read_only: bool = False,
                 settings: QSettings | None = None) -> MainWindow:
    """Open the store and the templates and make the main window (used by main() and the tests).

    With `read_only` (another window holds the database's lock) the store only reads.
    """
    catalogue = load_catalogue(forms_dir)
    store = Store.open(db_path, read_only=read_only)
    workspace = Workspace(store, catalogue, lang=lang)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translators(app, workspace.language())
    return MainWindow(workspace, autosave_ms, settings)


def backup_quietly(db_path: Path, now: datetime.datetime | None = None) -> str | None:
    """The automatic backup, if due; a failure is logged and returned as a message, never raised:
    the clerk can still work (a backup is a safety net, not a condition)."""
    try:
        made = auto_backup(db_path, now=now)
    except BaocaoError as error:
        log.warning("automatic backup failed: %s", error.text("en"))
        return QCoreApplication.translate("app", "Chưa tự động sao lưu được: {0}").format(error.text())
    if made is not None:
        log.info("automatic backup: %s", made)
    return None


def start_backup_timer(parent: QObject, db_path: Path, report: Callable[[str], None],
                       interval_ms: int = BACKUP_CHECK_MS,
                       now: Callable[[], datetime.datetime] = datetime.datetime.now,
                       at_once: bool = False) -> DailyBackup:
    """Look every `interval_ms` while the app runs (and now, `at_once`) whether the daily backup is due;
    the copy is made off the interface thread, so a big database never freezes typing. `report` gets failures."""
    daily = DailyBackup(parent, db_path, report, interval_ms, now)
    daily.timer.start()
    if at_once:
        daily.check()
    return daily


def start(db_path: Path, lang: str | None = None,
          settings: QSettings | None = None) -> tuple[MainWindow, DatabaseLock]:
    """Take the database's lock, back it up if due, and open the window; read-only when another
    window holds the lock (only that one writes, so two windows never overwrite each other)."""
    lock = DatabaseLock(db_path)
    read_only = not lock.acquire()
    message = None if read_only else backup_quietly(db_path)  # before the store opens it
    try:
        window = build_window(db_path, lang, read_only=read_only, settings=settings)
    except BaseException:
        lock.release()
        raise
    window.lock = lock  # a read-only window takes it on F5 once the other window has closed
    if message:
        window.statusBar().showMessage(message)
    return window, lock


def main(db_path: Path | None = None, lang: str | None = None) -> int:
    # WORKAROUND (PySide6 6.12.0 on Python 3.11): each PySide call returning None takes a reference to
    # None, each Signal.emit one to True, and a long session crashed with "none_dealloc" (#11); see nonepin.py.
    pin_singletons()
    crash.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("baocao")
    app.setOrganizationName("baocao")
    app.setApplicationVersion(__version__)
    db_path = db_path or default_database()
    try:
        window, lock = start(db_path, lang, QSettings())  # the window's size and place, per user
    except BaocaoError as error:
        QMessageBox.critical(None, "baocao", error.text())
        return 1
    window.show()
    def writing(at_once: bool = False) -> None:
        start_backup_timer(window, db_path, lambda message: window.statusBar().showMessage(message), at_once=at_once)
        if window.workspace.unit() is None:
            window.choose_unit()

    if lock.held:
        writing()
    else:
        QMessageBox.information(window, "baocao", QCoreApplication.translate(
            "app", "Một cửa sổ baocao khác đang mở cơ sở dữ liệu này:\n{0}\n\n"
            "Cửa sổ này chỉ để xem, không lưu được thay đổi. Hãy sửa báo cáo ở cửa sổ kia.").format(db_path))
        window.became_writable.connect(lambda: writing(at_once=True))  # the backup off the interface thread
    code = app.exec()
    window.workspace.store.close()
    lock.release()
    return code
