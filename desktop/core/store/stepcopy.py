"""A database copy in steps whose progress a job can yield, and which a job can stop between two steps.

sqlite3's `Connection.backup(target, pages=N, progress=...)` copies N pages at a time but runs every
step in one call, calling `progress` in between; a generator cannot yield from inside that callback.
So the copy runs in a helper thread that passes each step to the job through a queue, and stops at
its next step once the job is closed (a cancel, Ctrl-C in the job's thread): the copy then raises
in its own thread, where the caller's clean-up (the temporary file) can follow once it has ended.
"""

import queue
import threading
from collections.abc import Callable, Iterator

# The copy's progress callback, as sqlite3 calls it: (status, remaining pages, total pages).
StepCallback = Callable[[int, int, int], None]
Copy = Callable[[StepCallback], None]

_WAIT_S = 0.2  # how long the job waits for a step at a time: Ctrl-C is heard between two waits (Windows)


class _Stopped(Exception):
    """Raised in the copy's thread at its next step once the job is closed."""


def copy_in_steps(copy: Copy) -> Iterator[tuple[int, int]]:
    """Run `copy(step)` in a helper thread; yield (pages copied, total pages) after each step.

    Whatever the copy raised is raised here; closing this generator (or Ctrl-C here, at any point)
    stops the copy at its next step and returns once the copy has ended (its files closed), or
    makes sure it never begins.
    """
    steps: queue.Queue[tuple[int, int] | None] = queue.Queue()
    gate, stop, began, ended = threading.Lock(), threading.Event(), threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def step(status: int, remaining: int, total: int) -> None:
        if stop.is_set():
            raise _Stopped
        steps.put((total - remaining, total))

    def run() -> None:
        with gate:
            if stop.is_set():
                return  # stopped before it began: nothing to copy, nothing to wait for
            began.set()
        try:
            copy(step)
        except BaseException as error:  # handed to the job's thread, which raises it
            failure.append(error)
        finally:
            steps.put(None)
            ended.set()

    try:
        threading.Thread(target=run, name="baocao-copy", daemon=True).start()
        while (done := _next(steps)) is not None:
            yield done
    finally:
        with gate:
            stop.set()
        if began.is_set():
            _wait(ended)
    if failure:
        raise failure[0]


def _wait(ended: threading.Event) -> None:
    """Wait for the copy to end (at its next step); a second Ctrl-C meanwhile does not cut it short,
    for the files it has open must be closed before the caller removes them."""
    while not ended.is_set():
        try:
            ended.wait()
        except KeyboardInterrupt:
            continue


def _next(steps: "queue.Queue[tuple[int, int] | None]") -> tuple[int, int] | None:
    while True:
        try:
            return steps.get(timeout=_WAIT_S)
        except queue.Empty:
            continue
