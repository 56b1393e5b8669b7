"""Making export files for the exchange tests: honest ones, and hostile ones re-signed at will."""

import copy
import datetime
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core import bundle
from desktop.core.document import Report
from desktop.core.exchange import keys
from desktop.core.exchange.canonical import canonical_bytes, sha256
from desktop.core.exchange.export import export_document
from desktop.core.exchange.manifest import DATA, MANIFEST, SIGNATURE
from desktop.core.exchange.package import data_bytes
from desktop.core.reportfile import read_report

DUC_PHO = 21439  # Phường Đức Phổ, Quảng Ngãi (seed 003)
QUANG_NGAI = 51
EXPORTED_AT = datetime.datetime(2025, 10, 7, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
TODAY = datetime.date(2025, 10, 10)


def final_sample(name: str = "bao-cao-ket-qua-003-duc-pho") -> Report:
    report = read_report(bundle.samples_dir() / f"{name}.json")
    report.status, report.number = "final", report.number or "45"
    return report


def export_file(folder: Path, report: Report, key: bytes, revision: int = 1, previous: Report | None = None,
                name: str | None = None) -> Path:
    previous_sha = sha256(data_bytes(previous)) if previous is not None else None
    export = export_document(report, key, revision=revision, previous_sha256=previous_sha, at=EXPORTED_AT)
    path = folder / (name or export.name)
    path.write_bytes(export.data)
    return path


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def resigned(data: bytes, key: bytes, *, edit_data: Callable[[dict[str, Any]], None] | None = None,
             edit_parts: Callable[[dict[str, bytes]], None] | None = None,
             edit_manifest: Callable[[dict[str, Any]], None] | None = None) -> bytes:
    """The file with its data, parts or manifest changed, hashed and signed again by `key`: what a
    hostile (or buggy) program holding a key could send."""
    parts = parts_of(data)
    manifest = json.loads(parts.pop(MANIFEST))
    parts.pop(SIGNATURE)
    if edit_data:
        document = json.loads(parts[DATA])
        edit_data(document)
        parts[DATA] = canonical_bytes(document)
        manifest["data_sha256"] = sha256(parts[DATA])
    if edit_parts:
        edit_parts(parts)
    manifest["parts"] = {name: sha256(body) for name, body in parts.items()}
    manifest["public_key"] = keys.encode(keys.public_key(key))
    if edit_manifest:
        edit_manifest(manifest)
    parts[MANIFEST] = canonical_bytes(manifest)
    parts[SIGNATURE] = keys.encode(keys.sign(key, parts[MANIFEST])).encode()
    return zipped(parts)


def with_value(report: Report, table_id: str, row_key: str, value: Any) -> Report:
    """A copy of the report with one indicator's value changed (a revision's new figure)."""
    changed = copy.deepcopy(report)
    table = changed.table(table_id)
    assert table is not None
    row = table.row_by_key(row_key)
    assert row is not None
    row.cells["value"] = value
    return changed
