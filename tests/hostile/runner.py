"""Running one case of the corpus as a real `baocao` process; the verdict, for the test and the bench."""

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.hostile.case import Case

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120


@dataclass(frozen=True)
class Verdict:
    case: Case
    code: int
    output: str  # stderr then stdout
    traceback: bool
    db_identical: bool
    files_kept: bool

    @property
    def clean(self) -> bool:
        """Refused (or done) plainly: an allowed exit, the words expected, no traceback."""
        return (not self.traceback and self.code in self.case.exit_codes
                and (not self.case.says or self.case.says in self.output))


def _make_files(case: Case, folder: Path) -> dict[str, bytes]:
    for name, content in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return {name: (folder / name).read_bytes() for name in case.unchanged if (folder / name).is_file()}


def _run(case: Case, args: list[str]) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **case.env}
    stdout = subprocess.PIPE
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, env=env,
                               stdout=stdout, stderr=subprocess.PIPE)
    if case.close_stdout:
        process.stdout.close()  # type: ignore[union-attr]
    if case.interrupt_after is not None:
        time.sleep(case.interrupt_after)  # Ctrl-C at a moment of the run: the delay is the point
        process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=TIMEOUT) if not case.close_stdout else \
            (b"", process.communicate(timeout=TIMEOUT)[1])
    except subprocess.TimeoutExpired:
        process.kill()
        return -9, "timeout"
    text = err.decode("utf-8", "replace") + (out or b"").decode("utf-8", "replace")
    return process.returncode, text


def run_case(case: Case, folder: Path, database: Path) -> Verdict:
    """Run `case` in `folder` (empty) on a copy of `database`."""
    db = folder / "baocao.sqlite"
    shutil.copyfile(database, db)
    before_db = db.read_bytes()
    kept = _make_files(case, folder)
    args = [a.format(tmp=folder, db=db) for a in case.args]
    code, output = _run(case, args)
    same_db = case.db_may_change or (db.read_bytes() == before_db if db.exists() else False)
    files_kept = all((folder / n).is_file() and (folder / n).read_bytes() == b for n, b in kept.items()) \
        and not any((folder / n).exists() for n in case.absent)
    return Verdict(case, code, output, "Traceback (most recent call last)" in output, same_db, files_kept)


def seeded_database(path: Path) -> Path:
    """A database as a commune's app leaves it: a few reports, one of them issued."""
    import datetime

    from desktop.core import bundle
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store
    from desktop.core.workspace import Workspace

    store = Store.open(path)
    workspace = Workspace(store, load_catalogue(), today=lambda: datetime.date(2025, 10, 10))
    for sample in sorted(bundle.samples_dir().glob("*.json"))[:3]:
        workspace.import_file(sample)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def all_cases() -> list[Case]:
    import importlib

    found: list[Case] = []
    for module in sorted((ROOT / "tests" / "hostile").glob("cases_*.py")):
        found.extend(importlib.import_module(f"tests.hostile.{module.stem}").CASES)
    return found
