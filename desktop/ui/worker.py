"""Running a core job (a generator yielding Progress, returning its result) off the interface thread.

The job runs in a QThread of its own, as the print job does (printing.py): the thread only runs the
generator and keeps what it returned or raised; the window hears of the end through QThread's own
`finished`, waits for the thread, and only then passes the result on, from the interface thread. So
no Python object crosses threads in a queued signal, only the three plain values of each step.
"""

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import BaocaoError
from desktop.core.exchange.progress import Job

log = logging.getLogger(__name__)


class CollectorPause:
    """Python's cycle collector runs in whichever thread happens to allocate. Run in a job's thread, it
    may free a cycle holding a widget, whose C++ side must die in the interface thread: a crash
    (seen as a segmentation fault in the tests). So while a job runs the collector waits, and runs
    in the interface thread when the last job ends. Plain reference counting goes on as ever."""

    running = 0
    paused = False

    @classmethod
    def hold(cls) -> None:
        if cls.running == 0 and gc.isenabled():
            gc.disable()
            cls.paused = True
        cls.running += 1

    @classmethod
    def release(cls) -> None:
        cls.running = max(0, cls.running - 1)
        if cls.running == 0 and cls.paused:
            cls.paused = False
            gc.enable()
            gc.collect()


class _JobThread(QThread):
    """Steps through a job; stops it between two steps when interrupted.

    Signals:
        stepped(int, int, str): a step was yielded (emitted in the job's thread).
    """

    stepped = Signal(int, int, str)

    def __init__(self, job: Job[object]) -> None:
        super().__init__()
        self.job = job
        self.result: object = None
        self.error: Exception | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self._steps()
        except StopIteration as stop:
            self.result = stop.value
        except Exception as error:  # reported from the interface thread by Worker._ended
            self.error = error

    def _steps(self) -> None:
        done = False  # a job that reported done == total has finished its work: it runs to its return
        while True:
            if self.isInterruptionRequested() and not done:
                self.job.close()  # GeneratorExit at the job's yield: its transaction rolls back
                self.cancelled = True
                return
            step = next(self.job)
            done = step.total > 0 and step.done >= step.total
            self.stepped.emit(step.done, step.total, step.label)


class Worker(QObject):
    """Runs a core job in a thread; `cancel()` closes it between two of its steps.

    Once the job has reported its last step (done == total) its work is complete (an import has
    committed), so a cancel that comes later changes nothing and the job ends as finished.

    Signals:
        progress(int, int, str): done, total and the label of the step starting (emitted in the job's
            thread: a slot connected with DirectConnection runs there, between two steps).
        finished(object): the job's return value.
        failed(str): the job raised; the message to show.
        cancelled(): the job was stopped by cancel() before its end.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job[object], lang: str = "vi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._thread: _JobThread | None = _JobThread(job)
        self._held = False  # the cycle collector waits for this job (CollectorPause)
        # Direct: progress is emitted in the job's thread, so that a slot may stop it between two steps.
        self._thread.stepped.connect(self._step, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._ended)

    def start(self) -> None:
        if self._thread is not None:
            CollectorPause.hold()
            self._held = True
            self._thread.start()

    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        """Stop the job before its next step (safe from any thread)."""
        if self._thread is not None:
            self._thread.requestInterruption()

    def stop(self) -> None:
        """Cancel the job and wait for its thread (a window closing); the end is reported at once."""
        if self._thread is not None:
            self._thread.requestInterruption()
            self._thread.wait()
            self._ended()

    def _step(self, done: int, total: int, label: str) -> None:
        self.progress.emit(done, total, label)

    @Slot()
    def _ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.wait()
        if self._held:
            self._held = False
            CollectorPause.release()
        if thread.error is not None:
            self.failed.emit(self._message(thread.error))
        elif thread.cancelled:
            self.cancelled.emit()
        else:
            self.finished.emit(thread.result)

    def _message(self, error: Exception) -> str:
        if isinstance(error, BaocaoError):
            return error.text(self.lang)
        log.error("a background job failed", exc_info=error)  # a bug: logged, the window keeps going
        return QCoreApplication.translate("Worker", "Lỗi phần mềm khi đang làm việc: {0}").format(error)


class JobOwner:
    """What a screen or dialog running one job at a time shares (the import and consolidation screens, the
    backups and the many-PDFs dialogs): its Worker, wired to its `_step`, `_failed` and `_cancelled` and to
    `done` (methods, not lambdas: progress comes from the job's thread and is queued to the owner's), and
    cancel, stop and busy. Mixed in before the Qt class: `class ImportPage(JobOwner, CityPage)`."""

    worker: Worker | None = None

    def make_worker(self, job: Job[Any], lang: str, done: Callable[[Any], None]) -> Worker:
        """The worker of `job`, wired; the owner shows that it runs, then calls its start()."""
        assert isinstance(self, QObject)
        worker = Worker(job, lang, self)
        worker.progress.connect(self._step)  # type: ignore[attr-defined]
        worker.finished.connect(done)
        worker.failed.connect(self._failed)  # type: ignore[attr-defined]
        worker.cancelled.connect(self._cancelled)  # type: ignore[attr-defined]
        self.worker = worker
        return worker

    def busy(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        """Stop the job before its next step."""
        if self.worker is not None:
            self.worker.cancel()

    def stop(self) -> None:
        """Stop the job and wait for its thread (the window closing)."""
        if self.worker is not None:
            self.worker.stop()

    def let_worker_go(self) -> None:
        """The job has ended: its worker is deleted."""
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
