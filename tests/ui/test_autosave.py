"""The autosaver (#11): a write after a pause, and at the latest max_wait_ms after the first unsaved
edit while typing goes on without a pause."""

from PySide6.QtCore import QTimer

from desktop.core.errors import BaocaoError
from desktop.ui.autosave import Autosaver


def keep_typing(qtbot, autosaver: Autosaver, every_ms: int = 10) -> QTimer:
    """An edit every `every_ms`: never the pause the debounce waits for."""
    keys = QTimer()
    keys.setInterval(every_ms)
    keys.timeout.connect(autosaver.schedule)
    keys.start()
    return keys


def test_a_burst_without_a_pause_is_saved_while_it_goes_on(qtbot):
    saves: list[int] = []
    autosaver = Autosaver(lambda: saves.append(1), delay_ms=300, max_wait_ms=400)
    keys = keep_typing(qtbot, autosaver)
    try:
        for _ in range(3):  # each write lands with the typing still going on
            with qtbot.waitSignal(autosaver.saved, timeout=2000):
                pass
            assert keys.isActive()
    finally:
        keys.stop()
    assert len(saves) >= 3
    assert autosaver.flush() and not autosaver.pending


def test_a_pause_still_saves_before_the_deadline(qtbot):
    saves: list[int] = []
    autosaver = Autosaver(lambda: saves.append(1), delay_ms=20, max_wait_ms=60_000)
    with qtbot.waitSignal(autosaver.saved, timeout=2000):
        autosaver.schedule()
    assert saves == [1] and not autosaver.pending


def test_a_failed_write_is_retried_even_while_typing_goes_on(qtbot):
    failures = [BaocaoError("db.locked", file="baocao.sqlite") for _ in range(2)]

    def save() -> None:
        if failures:
            raise failures.pop()

    autosaver = Autosaver(save, delay_ms=300, max_wait_ms=300, retry_ms=50)
    keys = keep_typing(qtbot, autosaver)
    try:
        with qtbot.waitSignals([autosaver.failed, autosaver.failed, autosaver.saved], timeout=3000):
            pass
        assert keys.isActive()
    finally:
        keys.stop()
    assert failures == []
    assert autosaver.flush()
