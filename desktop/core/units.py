"""The official administrative units after the 2025 reorganisation (34 provinces, 3,321 communes)."""

from dataclasses import dataclass

from vietnam_provinces import Province, Ward

from desktop.core.errors import BaocaoError
from desktop.core.vnformat import nfc

# Prefixes the official list puts before a commune's proper name.
_KIND_PREFIXES = ("Đặc khu ", "Phường ", "Xã ")


@dataclass(frozen=True)
class AdminUnit:
    """A commune-level unit (xã, phường, đặc khu) and its province."""

    code: int
    name: str  # official name with its kind: "Phường Trần Liễu"
    kind: str  # "xã", "phường" or "đặc khu"
    province_code: int
    province_name: str

    @property
    def proper_name(self) -> str:
        """The name without the kind word: 'Trần Liễu'."""
        for prefix in _KIND_PREFIXES:
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name

    @property
    def lower_name(self) -> str:
        """The name as written inside a sentence: 'phường Trần Liễu'."""
        return f"{self.kind} {self.proper_name}"


def _sort_key(name: str) -> str:
    for prefix in ("Thành phố ", *_KIND_PREFIXES):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return nfc(name).casefold()


def provinces() -> list[tuple[int, str]]:
    """(code, name) of every province, sorted by proper name."""
    items = [(int(p.code), nfc(p.name)) for p in Province.iter_all()]
    return sorted(items, key=lambda item: _sort_key(item[1]))


def _unit(ward: Ward) -> AdminUnit:
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
    units = [_unit(w) for w in Ward.iter_all() if int(w.province_code) == province_code]
    return sorted(units, key=lambda unit: _sort_key(unit.name))


def commune(code: int) -> AdminUnit:
    """The commune with this official code."""
    from vietnam_provinces import WardCode

    try:
        return _unit(Ward.from_code(WardCode(code)))
    except ValueError as error:
        raise BaocaoError("unit.unknown", unit_code=code) from error


def find_communes(text: str) -> list[AdminUnit]:
    """Communes whose name contains the text (case-insensitive), across all provinces."""
    wanted = nfc(text).casefold().strip()
    found = [_unit(w) for w in Ward.iter_all() if wanted in nfc(w.name).casefold()]
    return sorted(found, key=lambda unit: (_sort_key(unit.name), unit.province_name))


def issuer_lines(unit: AdminUnit) -> list[str]:
    """The issuing-body lines of the People's Committee: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRẦN LIỄU']."""
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
