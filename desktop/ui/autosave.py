"""Autosave: a write once typing pauses, and at the latest `max_wait_ms` after the first unsaved edit,
so a long burst of typing without a pause is on disk within about a second too (#11)."""

import datetime
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import BaocaoError

RETRY_MS = 5000  # a failed write (file locked by a backup program, USB stick pulled out) is tried again
MAX_WAIT_MS = 1000  # what a crash may take of a continuous burst of typing


class Autosaver(QObject):
    """Calls `save` once edits have paused for `delay_ms`, or `max_wait_ms` after the first edit not
    yet saved if they go on without a pause, and on `flush()`; a failed write is tried again every
    `retry_ms` until it works, with no further edit needed.

    Signals:
        saved(str): the time of the write, as HH:MM:SS.
        failed(str): the Vietnamese message of a failed write; the edits stay pending.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], delay_ms: int = 400,
                 parent: QObject | None = None, retry_ms: int = RETRY_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._delay_ms, self.retry_ms = delay_ms, retry_ms
        self._pending = False
        self._timer = self._single_shot()
        self._max_wait_ms = max(max_wait_ms, delay_ms)
        self._deadline = self._single_shot()  # runs from the first unsaved edit; typing does not push it back

    def _single_shot(self) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        """An edit happened: write it soon."""
        self._pending = True
        if not self._deadline.isActive():
            self._deadline.start(self._max_wait_ms)
        self._timer.start(self._delay_ms)

    def flush(self) -> bool:
        """Write now if anything is pending; True when nothing is left unsaved."""
        self._timer.stop()
        self._deadline.stop()
        if not self._pending:
            return True
        try:
            self._save()
        except BaocaoError as error:
            self._deadline.start(self.retry_ms)  # not pushed back by further typing either
            self.failed.emit(error.text())
            return False
        self._pending = False
        self.saved.emit(datetime.datetime.now().strftime("%H:%M:%S"))
        return True
