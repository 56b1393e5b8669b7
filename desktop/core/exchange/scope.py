"""Whom an installation serves: one commune (it sends), one province (it receives from its communes
and sends up), or the nation (it receives from the provinces)."""

from dataclasses import dataclass
from typing import Any

from desktop.core import units
from desktop.core.units import AdminUnit

SETTING = "scope"
LEVELS = ("commune", "province", "nation")


@dataclass(frozen=True)
class Scope:
    level: str  # "commune", "province" or "nation"
    code: int = 0  # the province's code for "province"

    @property
    def receives(self) -> str | None:
        """The level of the reports this installation receives: communes' for a province, provinces' for the nation."""
        return {"province": "commune", "nation": "province"}.get(self.level)

    def to_setting(self) -> dict[str, Any]:
        return {"level": self.level, "code": self.code}


def from_setting(value: Any) -> Scope:
    """The stored scope; anything unreadable is the commune copy it was before scopes existed."""
    if isinstance(value, dict) and value.get("level") in LEVELS:
        code = value.get("code", 0)
        if value["level"] != "province" or (isinstance(code, int) and code > 0):
            return Scope(value["level"], code if value["level"] == "province" else 0)
    return Scope("commune")


def scope_unit(scope: Scope) -> AdminUnit | None:
    """The province a province copy speaks for; None for the nation (and for a commune copy)."""
    return units.province(scope.code) if scope.level == "province" else None


def scope_name(scope: Scope) -> str:
    if scope.level == "nation":
        return "cả nước"
    unit = scope_unit(scope)
    return unit.name if unit else "xã, phường"


def expected_units(scope: Scope) -> list[AdminUnit]:
    """The units that report to this installation, in Vietnamese order."""
    if scope.level == "province":
        return units.communes(scope.code)
    if scope.level == "nation":
        return [units.province(code) for code, _ in units.provinces()]
    return []


def official_unit(level: str, code: int) -> AdminUnit:
    """The unit of a received file as the official list has it (not as the file says)."""
    return units.commune(code) if level == "commune" else units.province(code)
