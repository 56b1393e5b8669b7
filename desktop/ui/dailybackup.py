"""The daily automatic backup while the app runs: looked for every hour, the copy made off the interface
thread (a Worker over core auto_backup_job), so that copying a big database never freezes typing."""

import datetime
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.core.store.backup import auto_backup_job
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class DailyBackup(QObject):
    """Every `interval_ms`, the automatic backup if one is due, one copy at a time; `report` gets the
    message of a failure (a backup is a safety net: the clerk works on). The copy stops, leaving no
    file, when the app quits.

    Signals:
        ended(object): a look ended: the backup made (a Path), or None (none due, stopped or failed).
    """

    ended = Signal(object)

    def __init__(self, parent: QObject, db_path: Path, report: Callable[[str], None], interval_ms: int,
                 now: Callable[[], datetime.datetime] = datetime.datetime.now) -> None:
        super().__init__(parent)
        self.db_path, self._report, self._now = db_path, report, now
        self.worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # a job's thread must end before the window goes

    def check(self) -> None:
        """Make the backup now if it is due (off the interface thread); nothing while a copy runs."""
        if self.worker is not None:
            return
        self.worker = Worker(auto_backup_job(self.db_path, now=self._now()), parent=self)
        self.worker.finished.connect(self._made)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._stopped)
        self.worker.start()

    def busy(self) -> bool:
        return self.worker is not None

    def stop(self) -> None:
        """No more looks; a copy going on stops (its temporary file removed) and is waited for."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.stop()

    @Slot(object)
    def _made(self, made: object) -> None:
        if made is not None:
            log.info("automatic backup: %s", made)
        self._end(made)

    @Slot(str)
    def _failed(self, message: str) -> None:
        log.warning("automatic backup failed: %s", message)
        self._report(QCoreApplication.translate("app", "Chưa tự động sao lưu được: {0}").format(message))
        self._end(None)

    @Slot()
    def _stopped(self) -> None:
        self._end(None)

    def _end(self, made: object) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.ended.emit(made)
