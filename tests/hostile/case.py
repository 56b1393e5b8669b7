"""The bad-input corpus (#13): each case is one `baocao` command on hostile or clumsy input, run as a
real process on a fresh copy of a database holding reports. Every case must end without a Python
traceback, with one of its allowed exit codes, saying what it should, and leaving the database and
the files it names byte-identical.

Cases live in tests/hostile/cases_*.py as a list CASES; test_corpus.py runs them all and
`make bench` counts them (BENCH hostile_*).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# A file's content, or a function making it in the case's folder (a FIFO, a device link, a deep file).
Content = bytes | str | Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One command. In `args`, `{tmp}` is the case's folder and `{db}` its database copy."""

    name: str
    args: list[str]
    files: dict[str, Content] = field(default_factory=dict)
    exit_codes: tuple[int, ...] = (2,)
    says: str = ""  # a piece of what stderr (or stdout) must say
    env: dict[str, str] = field(default_factory=dict)
    unchanged: tuple[str, ...] = ()  # files of the folder that must be byte-identical after the run
    absent: tuple[str, ...] = ()  # files that must not exist after the run (no torn or 0-byte output)
    interrupt_after: float | None = None  # send SIGINT (Ctrl-C) this many seconds after the start
    close_stdout: bool = False  # the reader of stdout went away (`baocao … | head -0`): a broken pipe
    db_may_change: bool = False  # only for cases whose point is a write that succeeds
