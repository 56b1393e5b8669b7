"""An exception escaping a slot neither ends the app nor prints a traceback at the clerk: a
BaocaoError (the environment: a full disk, a file locked) is shown as its message; a bug is logged
(desktop/core/crashlog.py) and shown as one sentence naming the log. The work already saved stays."""

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import crashlog
from desktop.core.errors import BaocaoError


def bug_message(path: object) -> str:
    return QCoreApplication.translate(
        "crash", "Phần mềm gặp lỗi và đã dừng việc vừa làm; những gì đã lưu vẫn còn nguyên. "
                 "Chi tiết lỗi đã ghi vào tệp {0}: hãy gửi tệp này cho người hỗ trợ.").format(path)


def show_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(error, BaocaoError):
        QMessageBox.warning(parent, "baocao", error.text())
        return
    error.__traceback__ = trace
    path = crashlog.record(error, "window")
    QMessageBox.critical(parent, QCoreApplication.translate("crash", "Lỗi phần mềm"),
                         bug_message(path or crashlog.log_file()))


def install() -> None:
    """From now on, exceptions escaping Qt's event loop are shown as above (main() installs it)."""
    sys.excepthook = show_exception
