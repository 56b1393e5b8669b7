"""The official administrative units after the 2025 reorganisation (34 provinces, 3,321 communes)."""

import dataclasses
import functools
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desktop.core.errors import BaocaoError
from desktop.core.vnformat import nfc

if TYPE_CHECKING:  # the official list is read when a unit is asked for: 40-60 ms a process spared
    from vietnam_provinces import Ward

# Prefixes the official list puts before a unit's proper name.
_KIND_PREFIXES = ("Đặc khu ", "Phường ", "Xã ", "Thành phố ", "Tỉnh ")
# Vietnamese dictionary order: the base letters first (a ă â b c d đ e ê … o ô ơ … u ư …), the tones only
# to break ties, in CLDR's order for vi (none, huyền, hỏi, ngã, sắc, nặng).
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_TONES = "\u0300\u0309\u0303\u0301\u0323"
_AFTER_ANY_CHARACTER = 0x110000  # letters sort after spaces, digits and punctuation
# The kinds of a province-level unit: a city under the central government, or a province.
PROVINCE_KINDS = ("thành phố", "tỉnh")


@dataclass(frozen=True)
class AdminUnit:
    """A commune-level unit (xã, phường, đặc khu) and its province, or a province itself (tỉnh,
    thành phố), whose province is then itself."""

    code: int
    name: str  # official name with its kind: "Phường Trần Liễu", "Thành phố Hải Phòng", "Tỉnh Quảng Ngãi"
    kind: str  # "xã", "phường" or "đặc khu"; "thành phố" or "tỉnh"
    province_code: int
    province_name: str

    @property
    def proper_name(self) -> str:
        """The name without the kind word: 'Trần Liễu', 'Hải Phòng'."""
        for prefix in _KIND_PREFIXES:
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name

    @property
    def lower_name(self) -> str:
        """The name as written inside a sentence: 'phường Trần Liễu', 'thành phố Hải Phòng'."""
        return f"{self.kind} {self.proper_name}"


def unit_record(unit: AdminUnit) -> dict[str, object]:
    """A unit as a setting stores it (JSON)."""
    return dataclasses.asdict(unit)


def unit_from_record(record: object) -> AdminUnit | None:
    """The unit a setting stored, or None when the setting is not one (missing, from an older
    version, or edited by hand)."""
    if not isinstance(record, dict) or set(record) != {field.name for field in dataclasses.fields(AdminUnit)}:
        return None
    if not all(isinstance(record[key], int) and not isinstance(record[key], bool)
               for key in ("code", "province_code")):
        return None
    if not all(isinstance(record[key], str) and record[key] for key in ("name", "kind", "province_name")):
        return None
    return AdminUnit(**{key: nfc(value) if isinstance(value, str) else value for key, value in record.items()})


def _sort_key(name: str) -> str:
    for prefix in _KIND_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
    return nfc(name).casefold()


def name_key(name: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A sort key putting unit names in Vietnamese dictionary order of their proper names.

    «Xã An Phú» < «Xã Ân Hảo» < «Xã Ba Động» < «Xã Ba Xa» < «Phường Đức Phổ»; «Bạch Đằng» < «Bình Giang».
    The kind word («Xã», «Phường», «Đặc khu», «Tỉnh», «Thành phố») is ignored, and the tones only break
    ties between names spelt with the same letters («Ba» < «Bà» < «Bá»).
    """
    folded = nfc(name).casefold()
    for prefix in _KIND_PREFIXES:
        if folded.startswith(prefix.casefold()):
            folded = folded.removeprefix(prefix.casefold())
            break
    letters, tones = [], []
    for char in folded:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) or char
        index = _LETTERS.find(base[0])
        letters.append(_AFTER_ANY_CHARACTER + index if index >= 0 else ord(base[0]))
        tones.append(next((_TONES.index(c) + 1 for c in parts if c in _TONES), 0))
    return tuple(letters), tuple(tones), name


def provinces() -> list[tuple[int, str]]:
    """(code, name) of every province, sorted by proper name."""
    from vietnam_provinces import Province

    items = [(int(p.code), nfc(p.name)) for p in Province.iter_all()]
    return sorted(items, key=lambda item: _sort_key(item[1]))


def _unit(ward: "Ward") -> AdminUnit:
    from vietnam_provinces import Province

    province = Province.from_code(ward.province_code)
    return AdminUnit(
        code=int(ward.code),
        name=nfc(ward.name),
        kind=ward.division_type.value,
        province_code=int(ward.province_code),
        province_name=nfc(province.name),
    )


def communes(province_code: int) -> list[AdminUnit]:
    """The communes of a province, sorted by proper name."""
    from vietnam_provinces import Ward

    units = [_unit(w) for w in Ward.iter_all() if int(w.province_code) == province_code]
    return sorted(units, key=lambda unit: _sort_key(unit.name))


def commune(code: int) -> AdminUnit:
    """The commune with this official code."""
    from vietnam_provinces import Ward, WardCode

    try:
        return _unit(Ward.from_code(WardCode(code)))
    except ValueError as error:
        raise BaocaoError("unit.unknown", unit_code=code) from error


def province(code: int) -> AdminUnit:
    """The province (tỉnh) or centrally-run city (thành phố) with this official code, as a unit."""
    from vietnam_provinces import Province, ProvinceCode

    try:
        found = Province.from_code(ProvinceCode(code))
    except ValueError as error:
        raise BaocaoError("unit.unknown", unit_code=code) from error
    city = found.division_type.name == "THANH_PHO_TRUNG_UONG"
    proper = nfc(found.name).removeprefix("Thành phố ")
    name = f"{'Thành phố' if city else 'Tỉnh'} {proper}"
    return AdminUnit(code=code, name=name, kind="thành phố" if city else "tỉnh", province_code=code,
                     province_name=name)


def level(unit: AdminUnit) -> Literal["commune", "province"]:
    """Whether a unit is a commune (xã, phường, đặc khu) or a province (tỉnh, thành phố)."""
    return "province" if unit.kind in PROVINCE_KINDS else "commune"


def find_communes(text: str) -> list[AdminUnit]:
    """Communes whose name contains the text (case-insensitive), across all provinces."""
    from vietnam_provinces import Ward

    wanted = nfc(text).casefold().strip()
    found = [_unit(w) for w in Ward.iter_all() if wanted in nfc(w.name).casefold()]
    return sorted(found, key=lambda unit: (_sort_key(unit.name), unit.province_name))


def issuer_lines(unit: AdminUnit) -> list[str]:
    """The issuing-body lines of the People's Committee: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRẦN LIỄU'],
    ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG']."""
    return ["ỦY BAN NHÂN DÂN", unit.name.upper()]


PLACE_STYLES = ("proper", "full")


def place_name(unit: AdminUnit, style: str = "proper") -> str:
    """The place of the date line.

    'proper' ('Trần Liễu') follows the seed documents; 'full' ('Phường Trần Liễu') is the strict
    reading of Decree 30 for units named after a person. A unit named by a number is always written
    in full ('Phường 1').
    """
    if style == "full" or unit.proper_name.isdigit():
        return unit.name
    return unit.proper_name


def search_key(text: str) -> str:
    """Text as it is compared when a clerk searches: no tones or marks, «đ» as «d», lower case, single
    spaces. «Phường Trần Liễu» → «phuong tran lieu», «Đức Phổ» → «duc pho»."""
    parts = unicodedata.normalize("NFD", nfc(text).casefold().replace("đ", "d"))
    bare = "".join(c for c in parts if not unicodedata.combining(c))
    return " ".join(bare.split())


def search_communes(text: str) -> list[AdminUnit]:
    """Communes whose name contains the text, typed with or without its diacritics («tran lieu» finds
    «Phường Trần Liễu»), across all provinces. Names spelt exactly as typed come first, then Vietnamese
    order of the name and of the province."""
    wanted = search_key(text)
    exact = " ".join(nfc(text).casefold().split())
    found = [_unit(ward) for key, ward in _searchable_wards() if wanted in key]
    return sorted(found, key=lambda unit: (exact not in " ".join(unit.name.casefold().split()),
                                           name_key(" ".join(unit.name.split())), name_key(unit.province_name)))


@functools.cache
def _searchable_wards() -> "tuple[tuple[str, Ward], ...]":
    from vietnam_provinces import Ward

    return tuple((search_key(ward.name), ward) for ward in Ward.iter_all())
