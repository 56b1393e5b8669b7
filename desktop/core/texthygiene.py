"""Control characters in texts (#13): found, named and removed wherever text comes in.

A clerk's text may bring invisible characters from a paste, a web page or a crafted file: NUL, ESC,
the bidi controls that display text reversed (U+202E), vertical tab, form feed, the Unicode line and
paragraph separators, lone surrogates. None of them belongs in a report: they are removed at input
(cells.py, vnformat.nfc, which every printed text passes through), and validation names any still in
a report read from a file or the database. Line breaks (\\n) and tabs stay: a text may have lines.
"""

import re
from typing import Any

# C0 controls but tab and newline, DEL and the C1 controls; the bidi embeddings, overrides, isolates
# and marks (U+061C, U+200E-F, U+202A-E, U+2066-9); the line and paragraph separators; the byte
# order mark inside a text; lone surrogates (a broken UTF-16 pair, not a character at all).
CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ufeff\ud800-\udfff]"
)
# Line breaks written another way: a carriage return (Windows, old Mac) and the Unicode separators.
_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def codepoint(char: str) -> str:
    """'U+202E': how a message names a character that cannot be shown."""
    return f"U+{ord(char):04X}"


def controls(text: str) -> list[str]:
    """The distinct control characters of a text, in order of first appearance; a carriage return
    is a line break written the Windows way, not one of them."""
    return [char for char in dict.fromkeys(CONTROL.findall(text)) if char != "\r"]


def clean(text: str, *, lines: bool = True) -> tuple[str, int]:
    """(the text without control characters, how many were removed).

    A carriage return, alone or before a newline, is a line break written another way and becomes a
    newline (not counted); U+2028 and U+2029 become newlines too (counted).

    Args:
        lines: the text may hold lines and tabs. Without it each run of them becomes one space (counted).
    """
    if CONTROL.search(text) is None and (lines or ("\n" not in text and "\t" not in text)):
        return text, 0  # nearly every text: one scan
    count = len(re.findall("[\u2028\u2029]", text))
    text, removed = CONTROL.subn("", _BREAKS.sub("\n", text))
    count += removed
    if not lines:
        text, joined = re.subn("[\t\n]+", " ", text)
        count += joined
    return text, count


def clean_tree(value: Any) -> tuple[Any, int]:
    """Every string inside nested lists and dicts cleaned, dict keys too: (the copy, characters removed)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        items = [clean_tree(item) for item in value]
        return [item for item, _ in items], sum(count for _, count in items)
    if isinstance(value, dict):
        pairs = [(clean_tree(key), clean_tree(item)) for key, item in value.items()]
        return {key: item for (key, _), (item, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    return value, 0
