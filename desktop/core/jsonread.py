"""Reading a JSON file someone hands us, within limits (#13): a path that is no plain file (a FIFO,
a device, a folder) is refused without blocking; at most `limit` bytes are read, whatever the size
the file claims; and what json.loads would accept but no file of ours holds is refused by name:
nesting deeper than MAX_DEPTH, integers longer than MAX_DIGITS digits (Python refuses 4300), NaN
and Infinity, and lone UTF-16 surrogates («\\ud800»), which no printer or console can encode.
"""

import json
import math
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from desktop.core.errors import BaocaoError

MAX_DEPTH = 40  # a report nests about 10 deep (sections in sections, tables, rows, cells)
MAX_DIGITS = 30  # the longest number a cell takes as text (exchange.reader) is 30 digits
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonFileError(BaocaoError):
    """A JSON file that is unreadable, or beyond what any file of ours holds."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a plain file of at most `limit` bytes. OSError when it cannot be opened.

    A FIFO is opened non-blocking (no writer needed), a device or a folder is refused after fstat:
    the size a file claims is never trusted: a growing file stops at limit + 1 bytes."""
    if path.is_dir():  # Windows cannot open a folder at all, and would say «permission denied»
        raise JsonFileError("json.is_folder", file=str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise JsonFileError("json.is_folder", file=str(path))
        if not stat.S_ISREG(mode):
            raise JsonFileError("json.not_a_file", file=str(path))
    except BaseException:
        os.close(handle)
        raise
    with os.fdopen(handle, "rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise JsonFileError("json.too_big", file=str(path), limit=limit // (1024 * 1024))
    return data


def loads(raw: bytes, file: str) -> Any:
    """The value of a JSON text in UTF-8 (a byte-order mark is allowed: Notepad writes one);
    numbers, depth and strings checked as the module says."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise JsonFileError("json.not_utf8", file=file, line=line) from error
    try:
        data = json.loads(text, parse_int=lambda digits: _int(digits, file),
                          parse_float=lambda digits: _float(digits, file),
                          parse_constant=lambda name: _constant(name, file))
    except json.JSONDecodeError as error:
        raise JsonFileError("json.syntax", file=file, line=error.lineno, column=error.colno) from error
    except RecursionError as error:  # json's own scanner stops near 1000 levels; MAX_DEPTH says why
        raise JsonFileError("json.too_deep", file=file, limit=MAX_DEPTH, field="(gốc)") from error
    check_tree(data, file)
    return data


def _int(digits: str, file: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise JsonFileError("json.number_too_long", file=file, digits=len(digits.lstrip("-")),
                            start=digits[:12], limit=MAX_DIGITS)
    return int(digits)


def _float(digits: str, file: str) -> float:
    value = float(digits)
    if not math.isfinite(value):  # 1e400 reads as inf
        raise JsonFileError("json.number_too_big", file=file, value=digits[:40])
    return value


def _constant(name: str, file: str) -> Any:
    raise JsonFileError("json.not_a_number", file=file, value=name)


# Where a value is: (where its container is, its key or index); None for the whole file. The text
# of a path is made only for a message, as most files have tens of thousands of values.
_Where = tuple[Any, str | int] | None


def check_tree(data: Any, file: str) -> None:
    """No nesting deeper than MAX_DEPTH, no lone surrogate in a string or a key. Iterative, so it
    holds for data of any depth (nfc_tree and jsonschema recurse, and would fail at about 200)."""
    stack: list[tuple[Any, _Where, int]] = [(data, None, 0)]
    while stack:
        value, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonFileError("json.too_deep", file=file, limit=MAX_DEPTH, field=_path(where))
        if isinstance(value, str):
            _check_text(value, file, where)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(str(key), file, where)
                stack.append((item, (where, str(key)), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, (where, index), depth + 1) for index, item in enumerate(value))


def _path(where: _Where) -> str:
    """'sections[0].children[2].heading'; a path through 40 levels shows its two ends."""
    parts: list[str] = []
    while where is not None:
        where, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    text = shown("".join(reversed(parts)).lstrip("."), 1000) or "(gốc)"
    return text if len(text) <= 120 else f"{text[:50]} … {text[-60:]}"


def shown(text: str, limit: int = 40) -> str:
    """A piece of a file as a message may quote it: at most `limit` characters, control and format
    characters (ESC, U+202E, lone surrogates) as «?», so that quoting never drives the terminal."""
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return "".join("?" if unicodedata.category(c)[0] == "C" else c for c in cut)


def _check_text(text: str, file: str, where: _Where) -> None:
    found = _SURROGATE.search(text)
    if found:
        raise JsonFileError("json.bad_character", file=file, field=_path(where),
                            code=f"\\u{ord(found.group()):04x}")
