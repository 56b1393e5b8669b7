"""Debounced autosave: an edit schedules a write; the write happens within the debounce interval."""

import datetime
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import BaocaoError

RETRY_MS = 5000  # a failed write (file locked by a backup program, USB stick pulled out) is tried again


class Autosaver(QObject):
    """Calls `save` once edits have paused for `delay_ms`, and on `flush()`; a failed write is
    tried again every `retry_ms` until it works, with no further edit needed.

    Signals:
        saved(str): the time of the write, as HH:MM:SS.
        failed(str): the Vietnamese message of a failed write; the edits stay pending.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], delay_ms: int = 400,
                 parent: QObject | None = None, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._delay_ms, self.retry_ms = delay_ms, retry_ms
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        """An edit happened: write it soon."""
        self._pending = True
        self._timer.start(self._delay_ms)

    def flush(self) -> bool:
        """Write now if anything is pending; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            self._save()
        except BaocaoError as error:
            self._timer.start(self.retry_ms)
            self.failed.emit(error.text())
            return False
        self._pending = False
        self.saved.emit(datetime.datetime.now().strftime("%H:%M:%S"))
        return True
