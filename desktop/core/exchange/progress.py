"""Long work (import, consolidation) is a generator: it yields Progress and returns its result, so a
window can show a bar and cancel between two steps, and the command line can print a line."""

from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    label: str = ""


Job = Generator[Progress, None, T]


def finish(job: "Job[T]") -> T:
    """Run a job to its end without showing progress; its result."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
