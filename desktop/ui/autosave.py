"""Debounced autosave: an edit schedules a write; the write happens within the debounce interval."""

import datetime
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import BaocaoError


class Autosaver(QObject):
    """Calls `save` once edits have paused for `delay_ms`, and on `flush()`.

    Signals:
        saved(str): the time of the write, as HH:MM:SS.
        failed(str): the Vietnamese message of a failed write; the edits stay pending.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], delay_ms: int = 400,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
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
        self._timer.start()

    def flush(self) -> bool:
        """Write now if anything is pending; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            self._save()
        except BaocaoError as error:
            self.failed.emit(error.text())
            return False
        self._pending = False
        self.saved.emit(datetime.datetime.now().strftime("%H:%M:%S"))
        return True
