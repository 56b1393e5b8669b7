"""One whole session of the app, run by test_quit.py in a process of its own (issue #11).

    python tests/ui/quit_session.py DATABASE [REPAINTS]

Opens the app through desktop.ui.app.main(), as the clerk does: creates a report and types into it,
opens a bundled sample and edits a cell of its table, undoes and redoes, checks, switches reports,
opens the preview (closed as soon as it has shown its pages), repaints the sections editor REPAINTS
times (what hours of work do to it), and quits by closing the window; the interpreter then ends as
it always does. The exit code is main()'s; a crash on the way out shows as a signal and a
"Fatal Python error" on stderr.
"""

import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTreeWidget

from desktop.core import bundle
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.units import commune
from desktop.core.workspace import Workspace
from desktop.ui import app as baocao_app
from desktop.ui import mainwindow
from desktop.ui.preview import PreviewDialog

SAMPLE = "ke-hoach-002-tran-lieu.json"  # sections, and tables with group rows
done: list[str] = []  # the steps that happened: main() says 3 unless all did


def type_text(widget, text: str) -> None:
    """As conftest.type_text: key events, any Unicode letter."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def close_preview_when_shown() -> None:
    """The preview's exec() blocks: once it is up, paint it and close it."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreviewDialog):
            QTimer.singleShot(10, close)
            return
        if dialog.page_count() > 0:
            done.append("preview")
        dialog.grab()
        dialog.reject()

    QTimer.singleShot(0, close)


def work(window: mainwindow.MainWindow, repaints: int) -> None:
    try:
        edit_and_preview(window, repaints)
    except BaseException:
        traceback.print_exc()
    else:
        done.append("work")
    window.close()  # the last window: app.exec() returns


def edit_and_preview(window: mainwindow.MainWindow, repaints: int) -> None:
    window.new_report("so-ket-chien-luoc")
    first = window.report_id
    type_text(window.form.editors["title"], "Báo cáo sơ kết thử")
    type_text(window.form.editors["number"], "12")
    window.autosaver.flush()
    window.undo()
    window.redo()
    window.import_file(bundle.samples_dir() / SAMPLE)
    for tab in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(tab)
        window.grab()
    grid = next(iter(window.form.tables.values())).grid
    grid.setCurrentIndex(grid._next_editable(0, -1, 1))
    type_text(grid, "7\r")
    window.check()
    window.autosaver.flush()
    window.undo()
    close_preview_when_shown()
    window.preview()
    window.open_report(first)  # the sample's form goes (deleteLater) while the other comes
    window.import_file(bundle.samples_dir() / SAMPLE)
    window.form.tabs.setCurrentIndex(1)
    headings = window.form.findChild(QTreeWidget)  # the sections editor's: its delegate labels them
    for _ in range(repaints):
        headings.viewport().grab()


def main() -> int:
    db_path = Path(sys.argv[1])
    repaints = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    store = Store.open(db_path)  # a unit chosen already, so no dialog at start
    Workspace(store, load_catalogue()).set_unit(commune(10729), "proper")
    store.close()
    show = mainwindow.MainWindow.show

    def show_then_work(window: mainwindow.MainWindow) -> None:
        show(window)
        QTimer.singleShot(0, lambda: work(window, repaints))

    mainwindow.MainWindow.show = show_then_work  # type: ignore[method-assign]
    code = baocao_app.main(db_path, "vi")
    return code if code or done == ["preview", "work"] else 3


if __name__ == "__main__":
    sys.exit(main())
