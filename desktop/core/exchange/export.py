"""Exporting a finalised report for the level above: one signed .xlsx per issued version."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomicfile import write_atomically
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.exchange import keys
from desktop.core.exchange.canonical import sha256
from desktop.core.exchange.manifest import Origin
from desktop.core.exchange.package import data_bytes, write_package
from desktop.core.filenames import report_kind
from desktop.core.store.reports import Store


@dataclass(frozen=True)
class Export:
    name: str  # «10729_ket-qua-khcn-cds_2025-9M_v2.xlsx»
    data: bytes
    revision: int


def signing_key(store: Store) -> bytes:
    """This installation's private key, made and kept in its database the first time it is needed."""
    private = keys.decode(store.setting(keys.SETTING))
    if private is None:
        private = keys.new_private_key()
        store.set_setting(keys.SETTING, keys.encode(private))
    return private


def own_fingerprint(store: Store) -> str:
    return keys.fingerprint(keys.public_key(signing_key(store)))


def export_name(report: Report, revision: int) -> str:
    code = report.unit.code if report.unit else 0
    return f"{code}_{report_kind(report.template_id)}_{report.period}_v{revision}.xlsx"


def export_document(report: Report, private_key: bytes, *, revision: int = 1, previous_sha256: str | None = None,
                    at: datetime.datetime | None = None) -> Export:
    """The export of a report document as it is (it must be final): `baocao export FILE.json`."""
    if report.status not in ("final", "sent"):
        raise BaocaoError("exchange.export_draft")
    if report.unit is None:
        raise BaocaoError("exchange.export_no_unit")
    origin = Origin(revision, previous_sha256, at or datetime.datetime.now().astimezone())
    return Export(export_name(report, revision), write_package(report, origin, private_key), revision)


def export_stored(store: Store, report_id: int, *, at: datetime.datetime | None = None) -> Export:
    """The export of a stored report's latest issued version; the version before it is chained by its hash."""
    versions = store.versions(report_id)
    if not versions:
        raise BaocaoError("exchange.export_draft")
    latest = versions[-1].number
    report = store.load_version(report_id, latest)[0]
    previous = sha256(data_bytes(store.load_version(report_id, latest - 1)[0])) if latest > 1 else None
    return export_document(report, signing_key(store), revision=latest, previous_sha256=previous, at=at)


def save_export(export: Export, target: Path) -> None:
    try:
        write_atomically(target, export.data)
    except OSError as error:
        raise BaocaoError("exchange.write_failed", file=str(target), detail=error.strerror or str(error)) from error
