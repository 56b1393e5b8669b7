"""Writing an export file: the readable workbook, the report's data, the manifest and its signature."""

import io
import zipfile

from openpyxl import Workbook

from desktop.core.document import Report, to_dict
from desktop.core.exchange import keys
from desktop.core.exchange.canonical import canonical_bytes, sha256
from desktop.core.exchange.infosheet import add_info_sheet
from desktop.core.exchange.manifest import DATA, MANIFEST, SIGNATURE, Origin, build_manifest
from desktop.core.exchange.reportsheets import add_report_sheets

_CONTENT_TYPES = "[Content_Types].xml"
# Our parts are declared, so that spreadsheet programs see a well-formed package.
_OUR_TYPES = (b'<Default Extension="json" ContentType="application/json"/>'
              b'<Default Extension="sig" ContentType="application/octet-stream"/>')


def data_bytes(report: Report) -> bytes:
    """baocao/data.json: the report document as canonical JSON (its SHA-256 chains the revisions)."""
    return canonical_bytes(to_dict(report))


def write_package(report: Report, origin: Origin, private_key: bytes) -> bytes:
    """The .xlsx bytes of one report revision, signed by the installation's key."""
    data = data_bytes(report)
    public = keys.public_key(private_key)
    parts = _workbook_parts(report, origin, sha256(data), keys.fingerprint(public))
    parts[DATA] = data
    manifest = build_manifest(report, origin, data_sha256=sha256(data),
                              parts={name: sha256(body) for name, body in parts.items()},
                              public_key=keys.encode(public))
    manifest_bytes = canonical_bytes(manifest)
    parts[MANIFEST] = manifest_bytes
    parts[SIGNATURE] = keys.encode(keys.sign(private_key, manifest_bytes)).encode("ascii")
    return _zip(parts, origin)


def _workbook_parts(report: Report, origin: Origin, data_sha256: str, fingerprint: str) -> dict[str, bytes]:
    book = Workbook()
    book.remove(book.active)
    add_info_sheet(book, report, origin, data_sha256=data_sha256, fingerprint=fingerprint)
    add_report_sheets(book, report)
    book.active = 1 if len(book.sheetnames) > 1 else 0  # the report opens first, not the file's details
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[_CONTENT_TYPES] = parts[_CONTENT_TYPES].replace(b"<Default ", _OUR_TYPES + b"<Default ", 1)
    return parts


def _zip(parts: dict[str, bytes], origin: Origin) -> bytes:
    stamp = origin.exported_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, body)
    return buffer.getvalue()
