"""Crash safety of the window (#11): a clerk typing without a pause loses at most the last second
when the app is killed (SIGKILL: no clean-up of any kind), not the whole burst.

The child types continuously into the opening paragraph; it says «key n» after each character. The
test kills it at a random moment and reads the database: the stored paragraph must be what was typed,
in order, up to at least the character the child reported MAX_LOSS_S before the kill.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core.store.reports import Store

pytestmark = [pytest.mark.crash, pytest.mark.gui,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]

CHILD = Path(__file__).with_name("typing_child.py")
KILLS = 4
MAX_LOSS_S = 1.5  # the autosave's max wait (1 s) plus the time to write it on a loaded 2-core machine
TIMEOUT = 30


def typed_text(count: int) -> str:
    sys.path.insert(0, str(CHILD.parent))
    from typing_child import typed_text as text

    return text(count)


class Child:
    """The typing window, and the times its lines arrived."""

    def __init__(self, db_path: Path) -> None:
        root = Path(__file__).resolve().parents[2]
        env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen([sys.executable, str(CHILD), str(db_path)], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, cwd=root, env=env)
        self.keys: list[tuple[float, int]] = []  # (arrival time, characters typed)
        self.report_id: int | None = None
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            kind, value = line.split()
            if kind == "ready":
                self.report_id = int(value)
                self.ready.set()
            else:
                self.keys.append((time.monotonic(), int(value)))

    def kill_after(self, seconds: float) -> float:
        if not self.ready.wait(TIMEOUT):
            self.process.kill()
            pytest.fail("the window did not start: " + self.process.communicate()[1])
        time.sleep(seconds)  # a random moment of the burst: the child types meanwhile
        killed_at = time.monotonic()
        self.process.send_signal(signal.SIGKILL)
        _, stderr = self.process.communicate(timeout=TIMEOUT)
        self.reader.join(TIMEOUT)
        assert self.process.returncode == -signal.SIGKILL, stderr
        return killed_at


def test_a_killed_window_keeps_all_but_the_last_second_of_continuous_typing(tmp_path):
    rng = random.Random(20251007)
    losses = []
    for run in range(KILLS):
        db_path = tmp_path / f"typing-{run}.sqlite"
        child = Child(db_path)
        killed_at = child.kill_after(rng.uniform(2.0, 3.0))
        typed = max(count for _, count in child.keys)
        must_have = max((count for at, count in child.keys if at <= killed_at - MAX_LOSS_S), default=0)
        assert must_have > 20, "the child typed too little to test anything"
        store = Store.open(db_path)
        try:
            stored = store.load_report(child.report_id).opening
        finally:
            store.close()
        assert stored == typed_text(len(stored)), "the stored text is not what was typed, in order"
        assert must_have <= len(stored) <= typed, (must_have, len(stored), typed)
        lost_at = next((at for at, count in child.keys if count == len(stored) + 1), killed_at)
        losses.append(killed_at - lost_at)
    print(f"lost at most {max(losses):.2f} s of typing over {KILLS} kills")
