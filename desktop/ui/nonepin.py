"""WORKAROUND (PySide6 / shiboken6 6.12.0, the cp310-abi3 wheel, on CPython 3.11): keep None alive.

In that wheel libshiboken's Sbk_ReturnFromPython_None(), the common end of every binding that returns
None (each void method: setText, setBold, initStyleOption…, and each pointer that is null), does
`return Py_None` without taking a reference: it was compiled with the Py_RETURN_NONE of Python 3.12+,
where None is immortal (PEP 683). On 3.11 None is an ordinary object, so every such call from Python
takes away one reference that nobody gave. A long session (thousands of repaints of the outline
editor, whose delegate calls the base initStyleOption for each heading painted) takes away more than
the references left while the interpreter tears down, and quitting ends in
"Fatal Python error: none_dealloc" (issue #11).

The fix is Python 3.12's own: None is never freed. pin_none() checks that the bug is there (a void
call from Python lowers None's count) and, only then and only before 3.12, raises None's reference
count by 2**40, out of reach of any session. A fixed shiboken, or Python 3.12+, leaves it untouched.
"""

import ctypes
import gc
import sys

PIN = 1 << 40  # references given to None at once; a session takes away a few per repaint
_PROBE_CALLS = 64


def none_is_stolen() -> bool:
    """True when a PySide call that returns None takes a reference to None it never gave."""
    from PySide6.QtCore import QObject

    probe = QObject()
    enabled = gc.isenabled()
    gc.disable()  # nothing else may let go of a None meanwhile
    try:
        before = sys.getrefcount(None)
        for _ in range(_PROBE_CALLS):
            probe.setObjectName("")  # void: the binding returns None
        after = sys.getrefcount(None)
    finally:
        if enabled:
            gc.enable()
    return before - after == _PROBE_CALLS


def pin_none() -> bool:
    """Make None immortal when this PySide build steals its references; True if it was needed."""
    if sys.version_info >= (3, 12) or not none_is_stolen():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += PIN  # ob_refcnt, the first field of PyObject
    return True
