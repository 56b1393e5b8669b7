"""A layout profile (resources/profiles/<name>.toml) as frozen dataclasses: the numbers as data."""

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import bundle
from desktop.core.vnformat import nfc_tree

MM = 72 / 25.4  # points per millimetre
PAGE_NUMBERINGS = ("restart", "continue")  # appendix pages: counted again from 1, or running on
AGENCY_MARKS = ("rule", "star")
APPENDIX_NUMERALS = ("as_typed", "roman")


@dataclass(frozen=True)
class TextStyle:
    """Size and leading in points, and the face."""

    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Page:
    width_mm: float
    height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float


@dataclass(frozen=True)
class Fonts:
    """A font family: the registered base name and its four files in resources/fonts."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True)
class HeaderLine:
    text: str
    style: TextStyle


@dataclass(frozen=True)
class Header:
    left_fraction: float
    national: tuple[HeaderLine, ...]
    issuer_parent: TextStyle
    issuer: TextStyle
    number: TextStyle
    date: TextStyle
    rule_thickness: float
    rule_gap: float
    agency_rule_fraction: float
    national_rule_fraction: float
    row_gap: float
    agency_mark: str = "rule"  # under the issuer: "rule" (ND30) or "star" (the Party's "*")
    star: TextStyle = TextStyle(14, 16)
    number_with_date: bool = True  # Số and the date on one baseline (ND30); else each ends its column


@dataclass(frozen=True)
class Title:
    type_name: TextStyle
    text: TextStyle
    space_before: float
    max_width_fraction: float
    rule_fraction: float
    space_after: float
    rule_text: str = ""  # printed under the trích yếu instead of the drawn rule (e.g. "-----")


@dataclass(frozen=True)
class KinhGui:
    label: str
    text: TextStyle
    space_after: float


@dataclass(frozen=True)
class HeadingStyle:
    """Face of a heading level; size and leading are the body's."""

    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Body:
    text: TextStyle
    first_indent_mm: float
    space_after: float
    headings: tuple[HeadingStyle, ...]
    legal_basis: TextStyle  # the "Căn cứ ..." lines before the opening

    def heading(self, level: int) -> HeadingStyle:
        """The style of a heading level (1 = 'I.'); the last entry serves every deeper level."""
        return self.headings[min(level, len(self.headings)) - 1]


@dataclass(frozen=True)
class Signature:
    left_fraction: float
    space_before: float
    recipients_label: str
    recipients_label_style: TextStyle
    recipients: TextStyle
    title: TextStyle  # the authority line (TM. ỦY BAN NHÂN DÂN) and the positions under it
    name: TextStyle
    gap_mm: float
    position: TextStyle | None = None  # the positions, when styled apart from the authority line
    keep_case: tuple[str, ...] = ()  # title lines printed as typed, not in capitals ("kiêm")


@dataclass(frozen=True)
class PageNumber:
    style: TextStyle
    baseline_mm: float
    on_first_page: bool


@dataclass(frozen=True)
class DraftMark:
    """The boxed "DỰ THẢO" in the top margin of every page while a report is not final."""

    text: str
    style: TextStyle
    top_mm: float  # from the top edge of the page to the top of the box
    padding: float  # between the text and the box, in points
    border: float  # line width of the box, in points


@dataclass(frozen=True)
class Footnotes:
    """Notes at the foot of the page of their mark, under a short rule."""

    text: TextStyle
    mark_scale: float  # superscript mark size as a share of the text it sits in
    mark_rise: float  # and its rise, as a share of that text's size
    space_before: float  # at least this much between the body and the rule
    rule_length_mm: float
    rule_thickness: float
    rule_gap: float  # from the rule to the first note


@dataclass(frozen=True)
class AppendixLayout:
    """The top of a Phụ lục and its page numbers."""

    label: TextStyle
    title: TextStyle
    caption: TextStyle
    rule_fraction: float  # short rule under the caption, share of its widest line
    max_width_fraction: float  # the caption's lines are balanced within this share of the width
    space_after: float
    page_numbers: str  # "restart": each appendix counts from 1 (ND30); "continue": runs on
    number_first_page: bool
    portrait_max_columns: int  # wider tables put their appendix on landscape pages
    numerals: str = "as_typed"  # "roman": two or more appendices print as Phụ lục I, II (ND30 §7)


@dataclass(frozen=True)
class TableLayout:
    """Appendix tables: a full grid, header row repeated on every page."""

    text: TextStyle  # cells; the header row and group rows are this in bold
    title: TextStyle  # a table's own title line
    padding: float
    grid: float
    space_before: float
    space_after: float


@dataclass(frozen=True)
class Profile:
    """Every layout number the PDF renderer uses."""

    name: str
    description: str
    page: Page
    fonts: Fonts
    header: Header
    title: Title
    kinh_gui: KinhGui
    body: Body
    signature: Signature
    page_number: PageNumber
    draft_mark: DraftMark
    footnotes: Footnotes
    appendix: AppendixLayout
    table: TableLayout


def _convert(kind: Any, value: Any, path: str) -> Any:
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise ValueError(f"{path}: expected a table")
        return _build(kind, value, path)
    origin = typing.get_origin(kind)
    if origin is types.UnionType:  # "X | None": absent means None, present must be an X
        return _convert(next(k for k in typing.get_args(kind) if k is not type(None)), value, path)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        if not isinstance(value, list) or not value:
            raise ValueError(f"{path}: expected a non-empty list")
        return tuple(_convert(item_kind, v, f"{path}[{i}]") for i, v in enumerate(value))
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind in (str, bool) and isinstance(value, kind):
        return value
    raise ValueError(f"{path}: expected {kind.__name__}, got {value!r}")


def _build(cls: type, raw: dict[str, Any], path: str) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ValueError(f"{path}: unknown key(s) {', '.join(unknown)}")
    values = {}
    for name, spec in fields.items():
        key = f"{path}.{name}" if path else name
        if name in raw:
            values[name] = _convert(hints[name], raw[name], key)
        elif spec.default is dataclasses.MISSING:
            raise ValueError(f"{key}: missing")
    return cls(**values)


def build_profile(raw: dict[str, Any]) -> Profile:
    """A Profile from a parsed profile table; raises ValueError naming the bad key."""
    profile: Profile = _build(Profile, nfc_tree(raw), "")
    if profile.appendix.page_numbers not in PAGE_NUMBERINGS:
        raise ValueError(f"appendix.page_numbers: one of {', '.join(PAGE_NUMBERINGS)}")
    if profile.appendix.numerals not in APPENDIX_NUMERALS:
        raise ValueError(f"appendix.numerals: one of {', '.join(APPENDIX_NUMERALS)}")
    if profile.header.agency_mark not in AGENCY_MARKS:
        raise ValueError(f"header.agency_mark: one of {', '.join(AGENCY_MARKS)}")
    return profile


def profile_path(name: str) -> Path:
    return bundle.resources_dir() / "profiles" / f"{name}.toml"


def _merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`base` with each section of `changes` laid over it: a key given replaces the base's value
    whole (a text style is restated in full, never half inherited)."""
    merged = dict(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _read(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """A profile file's table; `extends = "other"` starts from that profile and changes it."""
    if name in seen:
        raise ValueError(f"{name}.toml: extends itself through {' → '.join(seen)}")
    with profile_path(name).open("rb") as file:
        raw = tomllib.load(file)
    base = raw.pop("extends", None)
    return _merged(_read(base, (*seen, name)), raw) if isinstance(base, str) else raw


def load_profile(name: str = "nd30") -> Profile:
    """The bundled profile resources/profiles/<name>.toml."""
    raw = _read(name)
    try:
        return build_profile(raw)
    except ValueError as error:
        raise ValueError(f"{name}.toml: {error}") from error
