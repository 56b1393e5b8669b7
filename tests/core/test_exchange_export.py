"""Issue #12 point 1 and 7: the exported .xlsx: readable sheets, the data, a signed manifest, its name."""

import datetime
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.core import bundle
from desktop.core.document import to_dict
from desktop.core.errors import BaocaoError
from desktop.core.exchange import keys
from desktop.core.exchange.canonical import canonical_bytes, sha256
from desktop.core.exchange.export import export_document, export_stored, own_fingerprint, signing_key
from desktop.core.exchange.manifest import DATA, MANIFEST, SIGNATURE
from desktop.core.exchange.reader import read_package
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace
from tests.core.exchange_tools import EXPORTED_AT, final_sample, parts_of

ISSUED_AT = datetime.datetime(2025, 10, 7, 15, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


@pytest.fixture
def workspace(tmp_path: Path):
    store = Store.open(tmp_path / "baocao.sqlite")
    yield Workspace(store, load_catalogue(), today=lambda: datetime.date(2025, 10, 10))
    store.close()


def finalised(workspace: Workspace) -> tuple[int, object]:
    report_id, report = workspace.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    report.number, report.date = "45", datetime.date(2025, 10, 7)
    workspace.store.save_report(report_id, report)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    return report_id, report


def test_the_file_is_named_by_unit_kind_period_and_version() -> None:
    export = export_document(final_sample(), keys.new_private_key(), revision=2, previous_sha256="0" * 64,
                             at=EXPORTED_AT)
    assert export.name == "21439_ket-qua-khcn-cds_2025-9M_v2.xlsx"


def test_a_draft_is_not_exported() -> None:
    report = final_sample()
    report.status = "draft"
    with pytest.raises(BaocaoError) as raised:
        export_document(report, keys.new_private_key())
    assert raised.value.code == "exchange.export_draft" and "hoàn tất" in raised.value.text()


def test_the_workbook_reads_in_a_spreadsheet_program_and_holds_the_signed_data() -> None:
    key = keys.new_private_key()
    report = final_sample()
    data = export_document(report, key, at=EXPORTED_AT).data
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames[0] == "Thông tin tệp" and "Báo cáo" in book.sheetnames and "Dữ liệu" in book.sheetnames
    info = {row[0].value: row[1].value for row in book["Thông tin tệp"].iter_rows(min_row=3) if row[0].value}
    assert info["Đơn vị báo cáo"] == "Phường Đức Phổ (mã 21439)"
    assert info["Kỳ báo cáo"] == "9 tháng đầu năm 2025"
    assert info["Dấu vân tay khóa ký"] == keys.fingerprint(keys.public_key(key))
    parts = parts_of(data)
    assert parts[DATA] == canonical_bytes(to_dict(report))
    manifest = json.loads(parts[MANIFEST])
    assert manifest["data_sha256"] == sha256(parts[DATA]) == info["Mã kiểm tra dữ liệu (SHA-256)"]
    assert set(manifest["parts"]) == set(parts) - {MANIFEST, SIGNATURE}
    assert all(sha256(parts[name]) == digest for name, digest in manifest["parts"].items())
    signature = keys.decode(parts[SIGNATURE].decode(), 64)
    assert keys.verify(keys.decode(manifest["public_key"]), parts[MANIFEST], signature)
    assert (manifest["unit"], manifest["period"], manifest["revision"], manifest["previous_sha256"]) == (
        {"level": "commune", "code": 21439, "name": "Phường Đức Phổ", "province_code": 51,
         "province_name": "Quảng Ngãi"}, "2025-9M", 1, None)
    assert manifest["template"] == {"id": "bao-cao-ket-qua-khcn-cds", "version": 1}
    assert manifest["exported_at"] == "2025-10-07T09:30:00+07:00" and manifest["app_version"]


def test_our_parts_are_declared_so_the_package_is_well_formed() -> None:
    data = export_document(final_sample(), keys.new_private_key()).data
    types = parts_of(data)["[Content_Types].xml"]
    assert b'Extension="json"' in types and b'Extension="sig"' in types
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None


def test_text_that_looks_like_a_formula_stays_text() -> None:
    report = final_sample()
    report.title = "=HYPERLINK(\"http://x\",\"bấm\")"
    report.sections[0].text = "+84 912 345 678\n-5 ngày\n@mọi người"
    data = export_document(report, keys.new_private_key()).data
    assert not any(b"<f>" in body or b"<f " in body for name, body in parts_of(data).items()
                   if name.startswith("xl/worksheets/"))
    book = openpyxl.load_workbook(io.BytesIO(data))
    texts = [c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "=HYPERLINK(\"http://x\",\"bấm\")" in texts or any("=HYPERLINK" in t for t in texts)
    assert read_package(data, "x.xlsx").report.title == report.title


def test_the_installation_key_is_made_once_and_kept(workspace: Workspace) -> None:
    first = signing_key(workspace.store)
    assert signing_key(workspace.store) == first
    assert own_fingerprint(workspace.store) == keys.fingerprint(keys.public_key(first))
    assert len(own_fingerprint(workspace.store)) == 39  # 8 groups of 4, read over the phone


def test_a_stored_report_exports_its_issued_version_and_chains_the_amendment(workspace: Workspace) -> None:
    report_id, report = finalised(workspace)
    first = export_stored(workspace.store, report_id, at=EXPORTED_AT)
    assert first.name.endswith("_v1.xlsx") and first.revision == 1
    one = read_package(first.data, first.name)
    workspace.amend(report_id, report)
    report.tables()[0].row_by_key("cccd-cap").cells["value"] = 33100
    workspace.store.save_report(report_id, report)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    second = export_stored(workspace.store, report_id, at=EXPORTED_AT)
    two = read_package(second.data, second.name)
    assert second.name.endswith("_v2.xlsx")
    assert two.manifest["previous_sha256"] == one.data_sha256 and two.revision == 2
    assert two.report.tables()[0].row_by_key("cccd-cap").cells["value"] == 33100


def test_an_unfinished_stored_report_is_not_exported(workspace: Workspace) -> None:
    report_id, _ = workspace.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    with pytest.raises(BaocaoError) as raised:
        export_stored(workspace.store, report_id)
    assert raised.value.code == "exchange.export_draft"
