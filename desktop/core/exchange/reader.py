"""Reading a received export file: every check that needs nothing but the file itself.

The order matters: the zip's directory (bombs), our parts present, the manifest's shape, its
signature, every part's hash, then the data, which is what gets imported (never the cells).
Whether the key is the unit's enrolled one, and whether the unit, template and period are welcome
here, is the importer's business (importer.py).
"""

import json
import re
from dataclasses import dataclass
from typing import Any

from desktop.core.document import Report
from desktop.core.errors import BaocaoError, ReportFileError
from desktop.core.exchange import keys
from desktop.core.exchange.canonical import sha256
from desktop.core.exchange.manifest import DATA, MANIFEST, SCHEMA, SIGNATURE
from desktop.core.exchange.safezip import SafeZip, open_zip
from desktop.core.reportfile import MAX_BYTES, parse_report
from desktop.core.schemacheck import first_problem

MAX_MANIFEST = 256 * 1024
MAX_DEPTH = 40
MAX_STRING = 200_000
_FORMULA = re.compile(rb"<(?:[a-z]+:)?f[ >/]")


@dataclass(frozen=True)
class Package:
    """A received file whose every part checked out: its manifest, its key and its report."""

    file: str
    manifest: dict[str, Any]
    public_key: bytes
    report: Report

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key)

    @property
    def data_sha256(self) -> str:
        return str(self.manifest["data_sha256"])

    @property
    def level(self) -> str:
        return str(self.manifest["unit"]["level"])

    @property
    def unit_code(self) -> int:
        return int(self.manifest["unit"]["code"])

    @property
    def unit_name(self) -> str:
        return str(self.manifest["unit"]["name"])

    @property
    def template_id(self) -> str:
        return str(self.manifest["template"]["id"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def revision(self) -> int:
        return int(self.manifest["revision"])


def read_package(data: bytes, file: str) -> Package:
    """The checked content of one export file; BaocaoError naming what is wrong otherwise."""
    archive = open_zip(data, file)
    if not {MANIFEST, SIGNATURE, DATA} <= set(archive.names):
        raise BaocaoError("exchange.not_baocao", file=file)
    manifest_bytes = archive.read(MANIFEST, MAX_MANIFEST)
    manifest = _manifest(manifest_bytes, file)
    public = keys.decode(manifest["public_key"])
    signature = keys.decode(archive.read(SIGNATURE, 200).decode("ascii", "replace").strip(), 64)
    if public is None or signature is None or not keys.verify(public, manifest_bytes, signature):
        raise BaocaoError("exchange.bad_signature", file=file)
    _check_parts(archive, manifest, file)
    report = _report(archive.read(DATA, MAX_BYTES), file)
    _check_agrees(report, manifest, file)
    return Package(file, manifest, public, report)


def _manifest(raw: bytes, file: str) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BaocaoError("exchange.manifest_invalid", file=file, field="(gốc)", detail=str(error)[:200]) from error
    problem = first_problem(SCHEMA, manifest)
    if problem:
        raise BaocaoError("exchange.manifest_invalid", file=file, field=problem[0], detail=problem[1][:300])
    return dict(manifest)


def _check_parts(archive: SafeZip, manifest: dict[str, Any], file: str) -> None:
    listed = manifest["parts"]
    present = set(archive.names) - {MANIFEST, SIGNATURE}
    for name in sorted(set(listed) - present):
        raise BaocaoError("exchange.missing_part", file=file, part=name)
    for name in sorted(present - set(listed)):
        raise BaocaoError("exchange.extra_part", file=file, part=name)
    if listed.get(DATA) != manifest["data_sha256"]:
        raise BaocaoError("exchange.part_changed", file=file, part=DATA)
    for name in sorted(listed):
        body = archive.read(name)
        if sha256(body) != listed[name]:
            raise BaocaoError("exchange.part_changed", file=file, part=name)
        if name.startswith("xl/worksheets/") and _FORMULA.search(body):
            raise BaocaoError("exchange.formula", file=file, part=name)


def _report(raw: bytes, file: str) -> Report:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BaocaoError("exchange.data_invalid", file=file, field="(gốc)", detail=str(error)[:200]) from error
    _check_limits(data, file, "", 0)
    try:
        return parse_report(data, file)
    except ReportFileError as error:
        context = error.message.context
        if error.code == "report.number_as_text":  # the exchange's own words: "Không nhận"
            raise BaocaoError("exchange.number_as_text", **context) from error
        raise BaocaoError("exchange.data_invalid", file=file, field=context.get("field", ""),
                          detail=context.get("detail", "")) from error


def _check_limits(value: Any, file: str, where: str, depth: int) -> None:
    """No nesting deeper than any report needs, no string longer than any report holds."""
    if depth > MAX_DEPTH:
        raise BaocaoError("exchange.data_invalid", file=file, field=where, detail="lồng nhau quá sâu")
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise BaocaoError("exchange.data_invalid", file=file, field=where,
                          detail=f"chuỗi dài {len(value)} ký tự, quá {MAX_STRING}")
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        _check_limits(item, file, f"{where}.{key}" if where else str(key), depth + 1)


def _check_agrees(report: Report, manifest: dict[str, Any], file: str) -> None:
    """The manifest says what the data holds; a file whose two disagree was put together by hand."""
    unit = report.unit
    said = (manifest["template"]["id"], manifest["template"]["version"], manifest["unit"]["code"], manifest["period"])
    held = (report.template_id, report.template_version, unit.code if unit else None, report.period)
    if said != held:
        raise BaocaoError("exchange.mismatch", file=file)
    if report.status not in ("final", "sent"):
        raise BaocaoError("exchange.not_final", file=file)
