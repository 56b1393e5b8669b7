"""A template's text → checked (tokens, TOML, the template schema, values) → Template. Errors name the file
and field. Only a form not in the user's cache is parsed (templatecache.py): the window's start does not
import tomllib, the schema checker or fastjsonschema."""

import math
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from desktop.core.errors import TemplateError
from desktop.core.schemacheck import field_path, first_problem
from desktop.core.tabledefs import build_appendices, build_validation
from desktop.core.template import PLACEHOLDERS, OutlineItem, SignerDefaults, Template
from desktop.core.texthygiene import clean, codepoint, controls
from desktop.core.vnformat import nfc_tree

SCHEMA = "template.schema.json"
# Tables and lists nested: the real forms go 8 deep, an outline of four levels 9.
MAX_DEPTH = 16
# Before parsing, brackets and dotted keys on a line (tomllib recurses on the first and is quadratic in
# the second: 30,000 dotted parts take 20 s); generous, since floats in an array count as well.
MAX_NESTING = 2 * MAX_DEPTH
# No figure a template gives (a version, a level, a width, a cell) needs more than 15 digits.
MAX_INTEGER = 10**15


def _texts(value: Any, path: list[str | int]) -> Iterable[tuple[list[str | int], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, [*path, i])
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, [*path, key])


# In a text: a doubled brace (printed as one), a {…} placeholder, or a brace left alone.
_BRACES = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def _check_placeholders(raw: Mapping[str, Any], file: str) -> None:
    """Only {name} with a known name: no format spec ({unit_name:>900000000} would build a 900 M
    character text), no conversion (!r), no attribute or index ({unit_name.x}, {unit_name[0]})."""
    known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for path, text in _texts(raw, []):
        for match in _BRACES.finditer(text):
            inner = match[1]
            if match[0] in ("{{", "}}"):
                continue
            if inner is None:
                raise TemplateError("template.invalid", file=file, field=field_path(path),
                                    detail="dấu ngoặc { } không khớp (viết {{ hoặc }} để in một dấu ngoặc)")
            if inner in PLACEHOLDERS:
                continue
            name = re.split(r"[:!.\[]", inner, maxsplit=1)[0]
            if name != inner:
                raise TemplateError("template.placeholder_format", file=file, field=field_path(path),
                                    placeholder=match[0][:60], known=known)
            raise TemplateError("template.invalid", file=file, field=field_path(path),
                                detail=f"không có chỗ điền «{{{name[:60]}}}»; dùng được: {known}")


def _outline(items: list[dict[str, Any]]) -> tuple[OutlineItem, ...]:
    return tuple(
        OutlineItem(
            heading=item["heading"],
            hint=item.get("hint", ""),
            text=item.get("text", ""),
            children=_outline(item.get("children", [])),
            numbering=item.get("numbering", ""),
            gather=item.get("gather", False),
        )
        for item in items
    )


def _walk(raw: Mapping[str, Any]) -> Iterator[tuple[list[str | int], Any]]:
    """Every value of a parsed file with its path, containers included, without recursion."""
    stack: list[tuple[list[str | int], Any]] = [([], raw)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if isinstance(value, dict):
            stack.extend(([*path, k], v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(([*path, i], v) for i, v in reversed(list(enumerate(value))))


def _check_values(raw: Mapping[str, Any], file: str) -> None:
    """What the schema cannot say: the depth, numbers that are finite and of a sensible size, texts
    without control characters."""
    for path, value in _walk(raw):
        if len(path) >= MAX_DEPTH and isinstance(value, dict | list):
            raise TemplateError("template.too_deep", file=file, field=field_path(path), limit=MAX_DEPTH)
        if isinstance(value, float) and not math.isfinite(value):
            raise TemplateError("template.not_finite", file=file, field=field_path(path), value=str(value))
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INTEGER:
            raise TemplateError("template.number_too_big", file=file, field=field_path(path),
                                limit=len(str(MAX_INTEGER)) - 1)
        texts = [(path, value)] if isinstance(value, str) else []
        if isinstance(value, dict):  # a key is printed in the messages that name a field
            texts += [([*path, clean(key)[0]], key) for key in value if isinstance(key, str)]
        for where, text in texts:
            if found := controls(text):
                raise TemplateError("template.control_chars", file=file, field=field_path(where),
                                    chars=", ".join(codepoint(c) for c in found[:5]))


def build_template(raw: Mapping[str, Any], source: Path | None = None) -> Template:
    """A Template from a parsed template file (a dict), after checking it against the schema."""
    file = str(source) if source else "(mẫu)"
    _check_values(raw, file)
    raw = nfc_tree(dict(raw))
    problem = first_problem(SCHEMA, raw)
    if problem:
        raise TemplateError("template.invalid", file=file, field=problem[0], detail=problem[1])
    _check_placeholders(raw, file)
    doc = raw["document"]
    signer = raw["signer"]
    appendices = build_appendices(raw.get("appendices", []), file)
    return Template(
        id=raw["id"],
        name=raw["name"],
        version=raw["version"],
        profile=raw["profile"],
        periods=tuple(raw["periods"]),
        type_name=doc["type_name"],
        type_code=doc["type_code"],
        issuer_code=doc["issuer_code"],
        title=doc["title"],
        kinh_gui=tuple(doc.get("kinh_gui", [])),
        opening=doc.get("opening", ""),
        closing=doc.get("closing", ""),
        recipients=tuple(doc["recipients"]),
        signer=SignerDefaults(signer["authority"], signer.get("on_behalf_of", ""),
                              signer["position"]),
        outline=_outline(raw["outline"]),
        legal_bases=tuple(doc.get("legal_bases", [])),
        issuer_parent=doc.get("issuer_parent", ""),
        issuer=tuple(doc.get("issuer", [])),
        appendices=appendices,
        validation=build_validation(raw.get("validation", {}), appendices, file),
        next_period_figures=doc.get("next_period_figures", "clear"),
        source=source,
    )


# Tokens that matter for nesting: strings and comments (skipped whole), line ends, brackets, dots.
_TOKENS = re.compile(r'''
    "{3}(?:[^\\]|\\.)*?"{3,5}     # multi-line basic string
  | '{3}.*?'{3,5}                 # multi-line literal string
  | "[^"\\\n]*(?:\\.[^"\\\n]*)*"  # basic string
  | '[^'\n]*'                     # literal string
  | \#[^\n]*                      # comment
  | \n | [\[\]{}]
  | [0-9][0-9_]*(?:\.[0-9][0-9_]*)+  # a float (one dot), or a dotted key of numbers
  | [0-9][0-9_]{31,}               # a long run of digits (tomllib converts any length, slowly)
  | \.                            # a dot between the parts of a key
''', re.DOTALL | re.VERBOSE)


def _check_tokens(text: str, file: str) -> None:
    """Refuse, before parsing, a line nesting brackets and dotted keys beyond MAX_NESTING, and a number
    far longer than any figure."""
    depth = dots = 0
    for token in _TOKENS.finditer(text):
        word = token[0]
        if word == "\n":
            dots = 0
        elif word in "[{":
            depth += 1
        elif word in "]}":
            depth = max(depth - 1, 0)
        elif word == ".":
            dots += 1
        elif word[0].isdigit():
            if "." not in word:
                raise TemplateError("template.number_too_long_at_line", file=file, line=_line(text, token.start()),
                                    digits=len(word.replace("_", "")), limit=len(str(MAX_INTEGER)) - 1)
            dots += word.count(".") - 1
        if depth + dots > MAX_NESTING:
            raise TemplateError("template.too_deep_at_line", file=file, line=_line(text, token.start()),
                                limit=MAX_DEPTH)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def parse_template(text: str, path: Path) -> Template:
    _check_tokens(text, str(path))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError("template.unreadable", file=str(path),
                            detail=f"sai cú pháp TOML: {error}") from error
    except ValueError as error:  # an integer of more than 4,300 digits
        raise TemplateError("template.unreadable", file=str(path), detail=str(error)[:200]) from error
    except RecursionError as error:  # what _check_tokens missed
        raise TemplateError("template.too_deep", file=str(path), field="(gốc)", limit=MAX_DEPTH) from error
    return build_template(raw, path)
