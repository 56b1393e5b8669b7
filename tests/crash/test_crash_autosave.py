"""Crash safety (#5): an autosaving process killed at random moments never loses an acknowledged
edit and never leaves a damaged database.

A writer acknowledges each edit on stdout only after its commit returned; the test kills it
(SIGKILL: no clean-up of any kind) after a random number of acknowledgements plus a random
delay, many times over the same database files, and after every kill reopens the database
with Store.open and checks it. A process kill, not a power cut: the OS still writes what was
handed to it, so this tests SQLite's journal and our transactions, not the disk's cache
(synchronous=FULL is for that).
"""

import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core.store.reports import Store

pytestmark = [pytest.mark.crash,
              pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked (POSIX)")]

CHILD = Path(__file__).with_name("autosave_child.py")
DATABASES = 4
KILLS_PER_DATABASE = 60
TIMEOUT = 20  # seconds to wait for any one line from the writer: only reached when something hangs
EDIT = re.compile(r"^Lần sửa (\d+)\.")


class Writers:
    """The child process that forks writers; its output lines arrive in a queue."""

    def __init__(self, log: Path) -> None:
        root = Path(__file__).resolve().parents[2]
        self.log = log  # a file, not a pipe: a writer still alive would keep a pipe open, and reading it would hang
        with log.open("w") as stderr:
            self.process = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=root,
                                            env={**os.environ, "PYTHONPATH": str(root)})
        self.lines: queue.Queue[str] = queue.Queue()
        self.alive: int | None = None
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("eof")

    def line(self) -> list[str]:
        try:
            line = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            pytest.fail("the writer stopped answering")
        if line == "eof":
            pytest.fail("the writers' process ended: " + self.stderr())
        return line.split()

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def start(self, db_path: Path, first: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{db_path}\t{first}\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.alive is not None:
            os.kill(self.alive, signal.SIGKILL)
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(TIMEOUT)
        assert self.process.stdout is not None
        self.process.stdout.close()


def run_and_kill(writers: Writers, db_path: Path, first: int, rng: random.Random) -> dict[int, int]:
    """Start a writer, kill it after a random number of acknowledgements plus a random delay;
    returns {report id: last acknowledged edit} of this run."""
    acked: dict[int, int] = {}
    count, target, pid = 0, rng.randint(0, 12), None
    writers.start(db_path, first)
    while pid is None or count < target:
        kind, *rest = writers.line()
        if kind == "pid":
            pid = writers.alive = int(rest[0])
        elif kind == "ack":
            acked[int(rest[1])] = int(rest[0])
            count += 1
        else:
            pytest.fail(f"the writer ended by itself (wait status {rest[1]}): {writers.stderr()}")
    time.sleep(rng.uniform(0, 0.004))
    os.kill(pid, signal.SIGKILL)
    while (line := writers.line())[0] != "dead":
        if line[0] == "ack":  # printed before the kill landed
            acked[int(line[2])] = int(line[1])
    writers.alive = None
    assert os.WIFSIGNALED(int(line[2])) and os.WTERMSIG(int(line[2])) == signal.SIGKILL, line
    return acked


def check(db_path: Path, acked: dict[int, int], last_started: int) -> int:
    """The database is sound and holds every acknowledged edit; returns the highest edit stored."""
    store = Store.open(db_path)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {}
        for summary in store.list_reports():
            match = EDIT.match(store.load_report(summary.id).sections[0].text)
            assert match, summary
            stored[summary.id] = int(match.group(1))
    finally:
        store.close()
    for report_id, edit in acked.items():
        assert report_id in stored, (report_id, stored)
        # The acknowledged edit, or one begun after it (committed just before the kill).
        assert edit <= stored[report_id] <= last_started, (report_id, edit, stored, last_started)
    return max(stored.values(), default=0)


def test_killed_autosaves_lose_no_acknowledged_edit(tmp_path):
    rng = random.Random(20250815)
    writers = Writers(tmp_path / "writers.log")
    kills = 0
    try:
        for database in range(DATABASES):
            db_path = tmp_path / f"crash-{database}.sqlite"
            acked: dict[int, int] = {}
            next_edit = 1
            for _ in range(KILLS_PER_DATABASE):
                run = run_and_kill(writers, db_path, next_edit, rng)
                kills += 1
                acked.update(run)
                last_started = max([next_edit, *run.values()]) + 1
                next_edit = max(check(db_path, acked, last_started), *run.values(), next_edit) + 1
            assert len(acked) == 3, acked  # the runs got past creating the reports
    finally:
        writers.close()
    assert kills >= 200
