"""WORKAROUND (PySide6 / shiboken6 6.12.0, the cp310-abi3 wheel, on CPython 3.11): keep None, True
and False alive.

In that wheel libshiboken returns None from every binding that returns nothing (each void method:
setText, setBold, initStyleOption…, and each pointer that is null) without taking a reference to it,
and Signal.emit() returns True the same way: it was compiled with the Py_RETURN_NONE / Py_RETURN_TRUE
of Python 3.12+, where those objects are immortal (PEP 683). On 3.11 they are ordinary objects, so
every such call from Python takes away one reference that nobody gave. A long session (thousands of
repaints of the outline editor, whose delegate calls the base initStyleOption for each heading
painted; or thousands of keystrokes, each of which emits the form's `changed` signal) takes away
more than there are, and the app ends in "Fatal Python error: none_dealloc" or "bool_dealloc",
mostly on quit (issue #11).

The fix is Python 3.12's own: these objects are never freed. pin_singletons() checks, object by
object, that the bug is there (a call from Python lowers its count) and, only then and only before
3.12, raises its reference count by 2**40, out of reach of any session. A fixed shiboken, or Python
3.12+, leaves them untouched.
"""

import ctypes
import gc
import sys
from collections.abc import Callable

PIN = 1 << 40  # references given at once; a session takes away one per call
_PROBE_CALLS = 64


def _stolen(singleton: object, call: Callable[[], object]) -> bool:
    """True when `call`, made _PROBE_CALLS times, takes exactly that many references to `singleton`."""
    enabled = gc.isenabled()
    gc.disable()  # nothing else may let go of a reference meanwhile
    try:
        before = sys.getrefcount(singleton)
        for _ in range(_PROBE_CALLS):
            call()
        after = sys.getrefcount(singleton)
    finally:
        if enabled:
            gc.enable()
    return before - after == _PROBE_CALLS


def none_is_stolen() -> bool:
    """True when a PySide call that returns None takes a reference to None it never gave."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return _stolen(None, lambda: probe.setObjectName(""))  # void: the binding returns None


def true_is_stolen() -> bool:
    """True when Signal.emit() from Python takes a reference to True it never gave."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    return _stolen(True, probe.ping.emit)


def _pin(singleton: object) -> None:
    ctypes.c_ssize_t.from_address(id(singleton)).value += PIN  # ob_refcnt, the first field of PyObject


def pin_singletons() -> list[str]:
    """Make None, True and False immortal where this PySide build steals their references;
    returns the names of those pinned."""
    if sys.version_info >= (3, 12):
        return []
    pinned = []
    if none_is_stolen():
        _pin(None)
        pinned.append("None")
    if true_is_stolen():
        _pin(True)
        _pin(False)  # returned by the same kind of code; pinning it is harmless, as in 3.12
        pinned += ["True", "False"]
    return pinned
