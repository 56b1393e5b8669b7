"""The words of `baocao` on a terminal (#13 point 7): the language, chosen from the arguments before
they are parsed so that argparse's own texts («usage:», «error: …») follow it, and output that no
console encoding can break (PYTHONIOENCODING=ascii, a cp1252 console)."""

import argparse
import codecs
import contextlib
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

# argparse's messages (Python 3.11-3.13) in Vietnamese; a text not here stays in English.
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không có: %(value)r (chọn một trong %(choices)s)",
    "invalid choice: %(value)r, choose from %(choices)s": "lựa chọn không có: %(value)r, chọn một trong %(choices)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không đúng: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn không rõ: %(option)s có thể là %(matches)s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
}


def language(argv: Sequence[str]) -> str:
    """'en' when `--lang en` (or `--lang=en`) is among the arguments, top-level or a command's."""
    lang = "vi"
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            lang = "en" if argv[index + 1] == "en" else "vi"
        elif arg.startswith("--lang="):
            lang = "en" if arg.partition("=")[2] == "en" else "vi"
    return lang


def pick(lang: str) -> Callable[[str, str], str]:
    """t(vietnamese, english) → the text of `lang`: for help texts written side by side."""
    return (lambda vi, en: en) if lang == "en" else (lambda vi, en: vi)


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's texts in `lang` while the parser is built and used.

    WORKAROUND: argparse translates through the names `_` and `ngettext` it imports from gettext,
    which only reads compiled .mo catalogues; they are swapped for this block, then put back, so
    another parser of the same process (pytest's) is not affected."""
    if lang != "vi":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _vi  # type: ignore[attr-defined]
    argparse.ngettext = _vi_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _vi(text: str) -> str:
    return ARGPARSE_VI.get(text, text)


def _vi_plural(one: str, many: str, count: int) -> str:
    return _vi(one if count == 1 else many)


def _plain_latin(error: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: Vietnamese a console cannot show, without its marks («Khong doc
    duoc»), rather than a crash; anything else as a \\u escape."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = unicodedata.normalize("NFD", error.object[error.start:error.end]).replace("đ", "d").replace("Đ", "D")
    kept = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if c.isascii() else c.encode("ascii", "backslashreplace").decode() for c in kept), error.end


codecs.register_error("baocao.plain_latin", _plain_latin)


def tolerant(stream: TextIO) -> None:
    """Make `stream` print what its encoding cannot show as plain Latin instead of raising."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError, AttributeError):
            reconfigure(errors="baocao.plain_latin")


def shows_vietnamese(stream: TextIO | None = None) -> bool:
    """Whether the encoding of `stream` (stdout) has the Vietnamese letters (UTF-8, cp1258 …)."""
    try:
        "Không đọc được ệ".encode(getattr(stream or sys.stdout, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True
