"""Crash safety of the city's import (#12 point 2: a batch is imported whole or not at all): `baocao
import` killed (SIGKILL) at moments spread over its start, its checks, its writes and its commit
leaves a sound database holding every file of the batch or none."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import units
from desktop.core.document import UnitRef
from desktop.core.exchange import keys
from tests.core.exchange_tools import export_file, final_sample

pytestmark = [pytest.mark.crash, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")]

FILES = 60
# Moments of a whole run: start-up, the checks, the writes and the commit come in its first 60 % or so
# here (the rest is printing and exiting); wherever a kill lands, the batch is whole or absent.
FRACTIONS = [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.8]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("nhan")
    for unit in units.communes(51)[:FILES]:
        report = final_sample()
        report.unit = UnitRef.of(unit)
        export_file(folder, report, keys.new_private_key())
    return folder


def city(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "desktop.cli", "scope", "--db", str(db), "province", "51"],
                   check=True, capture_output=True)


def import_command(db: Path, batch: Path) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "import", "--db", str(db), "--enrol-new", str(batch)]


@pytest.fixture(scope="module")
def whole_run(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> float:
    """Seconds a whole import of the batch takes on this machine, start-up included."""
    db = tmp_path_factory.mktemp("mau") / "tinh.sqlite"
    city(db)
    start = time.perf_counter()
    subprocess.run(import_command(db, batch), check=True, capture_output=True)
    return time.perf_counter() - start


def stored(db: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        found = conn.execute("SELECT name FROM sqlite_master WHERE name = 'received'").fetchone()
        count = conn.execute("SELECT count(*) FROM received").fetchone()[0] if found else 0
    return check, count


def import_killed_after(db: Path, batch: Path, delay: float) -> None:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(import_command(db, batch), cwd=root, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(root)})
    time.sleep(delay)  # a real process killed at a real moment: the one sleep of this test is its point
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.parametrize("fraction", FRACTIONS)
def test_a_killed_import_keeps_the_whole_batch_or_none(tmp_path: Path, batch: Path, whole_run: float,
                                                       fraction: float) -> None:
    db = tmp_path / "tinh.sqlite"
    city(db)
    import_killed_after(db, batch, whole_run * fraction)
    check, count = stored(db)
    assert check == "ok" and count in (0, FILES)
    finished = subprocess.run(import_command(db, batch), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert stored(db) == ("ok", FILES)
    expected = "unchanged" if count else "imported"
    assert all(line.endswith("\t" + expected) or "\t" + expected + "\t" in line
               for line in finished.stdout.splitlines())
