"""Run by test_crash_typing.py: the real window, offscreen, typing into a report without a pause
until it is killed. Arguments: the database path. Output, one line each:
  "ready <report id>"   the report is open; typing starts
  "key <n>"             the n-th character was typed (the form holds it; saving is the app's business)
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.core.units import commune
from desktop.ui.app import build_window

KEY_MS = 15  # about 65 characters a second: a fast typist, never pausing


def typed_text(count: int) -> str:
    """The first `count` characters the child types: Vietnamese letters, so the test sees the order."""
    return "".join("ăâđêôơưạảấầẩẫậ"[n % 14] for n in range(count))


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = build_window(Path(sys.argv[1]), "vi")  # the app's own autosave delays
    window.workspace.set_unit(commune(10729), "proper")
    window.new_report("so-ket-chien-luoc")
    window.show()
    editor = window.form.editors["opening"]
    editor.setFocus()
    editor.selectAll()
    text = typed_text(100_000)
    count = 0

    def key() -> None:
        nonlocal count
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text[count]))
        count += 1
        os.write(1, f"key {count}\n".encode())

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(KEY_MS)
    os.write(1, f"ready {window.report_id}\n".encode())
    app.exec()


if __name__ == "__main__":
    main()
