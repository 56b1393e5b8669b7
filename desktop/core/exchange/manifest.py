"""The manifest of an exported file: what it holds, who made it, and the hash of every other part."""

import datetime
from dataclasses import dataclass
from typing import Any

from desktop import __version__
from desktop.core.document import Report

FORMAT = "baocao.export/1"
MANIFEST = "baocao/manifest.json"
SIGNATURE = "baocao/manifest.sig"
DATA = "baocao/data.json"
SCHEMA = "manifest.schema.json"
LEVELS = ("commune", "province")


@dataclass(frozen=True)
class Origin:
    """Which revision of which unit's report a file carries, and the hash of the revision before it."""

    revision: int
    previous_sha256: str | None
    exported_at: datetime.datetime


def unit_level(report: Report) -> str:
    """'province' for a city's (or province's) own consolidated report, 'commune' otherwise."""
    return "province" if report.unit is not None and report.unit.kind in ("tỉnh", "thành phố") else "commune"


def build_manifest(report: Report, origin: Origin, *, data_sha256: str, parts: dict[str, str],
                   public_key: str) -> dict[str, Any]:
    unit = report.unit
    assert unit is not None, "only a unit's report is exported"
    return {
        "format": FORMAT,
        "app_version": __version__,
        "template": {"id": report.template_id, "version": report.template_version},
        "unit": {"level": unit_level(report), "code": unit.code, "name": unit.name,
                 "province_code": unit.province_code, "province_name": unit.province_name},
        "period": report.period,
        "revision": origin.revision,
        "previous_sha256": origin.previous_sha256,
        "exported_at": origin.exported_at.isoformat(timespec="seconds"),
        "report": {"number": report.number, "symbol": report.symbol,
                   "date": report.date.isoformat() if report.date else None, "title": report.title},
        "data_sha256": data_sha256,
        "parts": dict(sorted(parts.items())),
        "public_key": public_key,
    }
