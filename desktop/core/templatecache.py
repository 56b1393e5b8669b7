"""Parsed templates kept in the user's cache. Parsing the four TOML forms and building their dataclasses
is 60-90 ms of every start of the window; loading them back from a pickle is a few. The key is the
form's bytes, its path and the code that builds a template, so an edited form or a new version of the
app parses again; a cache that is missing, stale, corrupt or unwritable only costs the parsing."""

import contextlib
import hashlib
import pickle
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from desktop import __version__
from desktop.core.atomicfile import write_atomically
from desktop.core.template import Template
from desktop.core.userdirs import cache_dir

_CODE_DIR = Path(__file__).parent  # the modules that build a Template: its shape follows their code


@cache
def _code_stamp() -> bytes:
    """What the pickled objects depend on besides the form: the app and Python versions and this
    package's modules (their sizes and times, for a developer's checkout between versions)."""
    parts = [__version__, sys.version]
    for module in sorted(_CODE_DIR.glob("*.py")):
        with contextlib.suppress(OSError):
            info = module.stat()
            parts.append(f"{module.name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts).encode()


def _key(text: str, path: Path) -> str:
    data = b"\0".join((text.encode("utf-8"), str(path).encode("utf-8", "surrogatepass"), _code_stamp()))
    return hashlib.sha256(data).hexdigest()[:24]


def cached_template(text: str, path: Path, build: Callable[[], Template]) -> Template:
    """The template of a form's text: from the cache when an earlier run built it, else `build()`,
    kept for the next run. Only our own writes are read back (the user's own cache folder)."""
    place = cache_dir() / "templates" / f"{_key(text, path)}.pickle"
    with contextlib.suppress(Exception):  # a corrupt or foreign file is rebuilt, never trusted as valid
        found = pickle.loads(place.read_bytes())
        if isinstance(found, Template):
            return found
    template = build()
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        place.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(place, pickle.dumps(template, protocol=pickle.HIGHEST_PROTOCOL))
    return template
