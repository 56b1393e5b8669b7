"""Issue #12 points 6-7: every bad file is refused with a clear message and the city's database is
left exactly as it was. Each case is a file a city could really receive."""

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.core.exchange import importer, keys
from desktop.core.exchange.canonical import sha256
from desktop.core.exchange.enrolment import enrol_package
from desktop.core.exchange.export import export_document
from desktop.core.exchange.manifest import DATA, MANIFEST
from desktop.core.exchange.progress import finish
from desktop.core.exchange.reader import read_package
from desktop.core.exchange.scope import Scope
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from tests.core.exchange_tools import EXPORTED_AT, QUANG_NGAI, TODAY, final_sample, parts_of, resigned, zipped

COMMUNE_KEY = keys.new_private_key()
OTHER_KEY = keys.new_private_key()


@pytest.fixture(scope="module")
def good() -> bytes:
    return export_document(final_sample(), COMMUNE_KEY, at=EXPORTED_AT).data


@pytest.fixture
def inbox(tmp_path: Path, good: bytes):
    store = Store.open(tmp_path / "city.sqlite")
    city = importer.Inbox(store, load_catalogue(), Scope("province", QUANG_NGAI), TODAY)
    enrol_package(store, read_package(good, "good.xlsx"))
    yield city
    store.close()


def dump(inbox: importer.Inbox) -> list[str]:
    return list(inbox.store.db.conn.iterdump())


def refused(inbox: importer.Inbox, tmp_path: Path, data: bytes, name: str = "bad.xlsx") -> importer.Outcome:
    """Import one file; it must be rejected and leave the database as it was."""
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(inbox)
    [outcome] = finish(importer.import_files(inbox, [path]))
    assert outcome.status == importer.REJECTED, outcome
    assert dump(inbox) == before
    assert outcome.reason("vi") and outcome.reason("en") != outcome.reason("vi")
    return outcome


def code(outcome: importer.Outcome) -> str:
    assert outcome.error is not None
    return outcome.error.code


def test_the_good_file_is_taken(inbox, tmp_path: Path, good: bytes) -> None:
    path = tmp_path / "good.xlsx"
    path.write_bytes(good)
    [outcome] = finish(importer.import_files(inbox, [path]))
    assert outcome.status == importer.IMPORTED


def test_not_a_zip(inbox, tmp_path: Path) -> None:
    outcome = refused(inbox, tmp_path, "Báo cáo quý III\n".encode() * 100)
    assert code(outcome) == "exchange.not_zip" and "không phải tệp Excel" in outcome.reason()


def test_a_truncated_file(inbox, tmp_path: Path, good: bytes) -> None:
    assert code(refused(inbox, tmp_path, good[: len(good) // 2])) == "exchange.zip_broken"


def test_a_zip_bomb_is_refused_before_it_is_inflated(inbox, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (25 * 1024 * 1024))
    outcome = refused(inbox, tmp_path, buffer.getvalue())
    assert code(outcome) == "exchange.zip_unsafe" and "bom nén" in outcome.reason()


def test_a_zip_with_a_path_out_of_the_folder(inbox, tmp_path: Path, good: bytes) -> None:
    parts = parts_of(good)
    parts["../../evil.xml"] = b"x"
    assert code(refused(inbox, tmp_path, zipped(parts))) == "exchange.zip_unsafe"


def test_a_workbook_from_another_program(inbox, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Báo cáo"
    buffer = io.BytesIO()
    book.save(buffer)
    outcome = refused(inbox, tmp_path, buffer.getvalue())
    assert code(outcome) == "exchange.not_baocao" and "xuất lại tệp" in outcome.reason()


def test_our_file_opened_and_saved_again_in_a_spreadsheet_program(inbox, tmp_path: Path, good: bytes) -> None:
    book = openpyxl.load_workbook(io.BytesIO(good))
    book["Thông tin tệp"]["B3"] = "Phường khác"
    buffer = io.BytesIO()
    book.save(buffer)
    assert code(refused(inbox, tmp_path, buffer.getvalue())) == "exchange.not_baocao"


def test_a_missing_sheet(inbox, tmp_path: Path, good: bytes) -> None:
    parts = parts_of(good)
    del parts["xl/worksheets/sheet2.xml"]
    outcome = refused(inbox, tmp_path, zipped(parts))
    assert code(outcome) == "exchange.missing_part" and "sheet2.xml" in outcome.reason()


def test_a_cell_edited_after_export(inbox, tmp_path: Path, good: bytes) -> None:
    parts = parts_of(good)
    sheet = "xl/worksheets/sheet3.xml"
    parts[sheet] = parts[sheet].replace(b"<v>33099</v>", b"<v>43099</v>", 1)
    assert parts[sheet] != parts_of(good)[sheet]
    outcome = refused(inbox, tmp_path, zipped(parts))
    assert code(outcome) == "exchange.part_changed" and "sheet3.xml" in outcome.reason()


def test_data_edited_and_its_hash_recomputed_without_the_key(inbox, tmp_path: Path, good: bytes) -> None:
    parts = parts_of(good)
    parts[DATA] = parts[DATA].replace(b"33099", b"43099")
    manifest = json.loads(parts[MANIFEST])
    manifest["data_sha256"] = manifest["parts"][DATA] = sha256(parts[DATA])
    parts[MANIFEST] = json.dumps(manifest).encode()
    assert code(refused(inbox, tmp_path, zipped(parts))) == "exchange.bad_signature"


def test_a_file_signed_by_another_key(inbox, tmp_path: Path, good: bytes) -> None:
    forged = resigned(good, OTHER_KEY, edit_data=lambda d: d["appendices"][0]["tables"][0]["rows"][1]["cells"]
                      .update(value=43099))
    outcome = refused(inbox, tmp_path, forged)
    assert code(outcome) == "exchange.key_changed"
    assert keys.fingerprint(keys.public_key(OTHER_KEY)) in outcome.reason()


def test_formulas_in_a_sheet(inbox, tmp_path: Path, good: bytes) -> None:
    def add_formula(parts: dict[str, bytes]) -> None:
        sheet = "xl/worksheets/sheet3.xml"
        parts[sheet] = parts[sheet].replace(b"<v>33099</v>", b"<f>WEBSERVICE(\"http://x\")</f><v>33099</v>", 1)

    outcome = refused(inbox, tmp_path, resigned(good, COMMUNE_KEY, edit_parts=add_formula))
    assert code(outcome) == "exchange.formula"


def test_a_very_long_string(inbox, tmp_path: Path, good: bytes) -> None:
    def long_text(document: dict) -> None:
        document["sections"][0]["text"] = "Chuyển đổi số " * 30_000

    outcome = refused(inbox, tmp_path, resigned(good, COMMUNE_KEY, edit_data=long_text))
    assert code(outcome) == "exchange.data_invalid" and "quá 200000" in outcome.reason()


def test_nesting_too_deep(inbox, tmp_path: Path, good: bytes) -> None:
    def deep(document: dict) -> None:
        node: dict = {}
        document["sections"][0]["children"] = [node]
        for _ in range(300):
            node["children"] = [{"heading": "x", "text": "", "children": []}]
            node = node["children"][0]

    assert code(refused(inbox, tmp_path, resigned(good, COMMUNE_KEY, edit_data=deep))) == "exchange.data_invalid"


@pytest.mark.parametrize("text", ["1.234,5", "33.099", "99,77", "NaN", "Infinity", "khoảng 850", "1e5"])
def test_numbers_stored_as_text_in_vietnamese_form(inbox, tmp_path: Path, good: bytes, text: str) -> None:
    def as_text(document: dict) -> None:
        document["appendices"][0]["tables"][0]["rows"][1]["cells"]["value"] = text

    outcome = refused(inbox, tmp_path, resigned(good, COMMUNE_KEY, edit_data=as_text))
    assert code(outcome) == "exchange.number_as_text"
    assert f"«{text}»" in outcome.reason() and "dòng 2" in outcome.reason()


def test_a_template_this_copy_does_not_know(inbox, tmp_path: Path, good: bytes) -> None:
    def rename(document: dict) -> None:
        document["template"] = "bao-cao-khong-co"

    forged = resigned(good, COMMUNE_KEY, edit_data=rename,
                      edit_manifest=lambda m: m["template"].update(id="bao-cao-khong-co"))
    outcome = refused(inbox, tmp_path, forged)
    assert code(outcome) == "exchange.unknown_template" and "bao-cao-khong-co" in outcome.reason()


def test_a_unit_outside_the_province(inbox, tmp_path: Path, good: bytes) -> None:
    tran_lieu = {"code": 10729, "name": "Phường Trần Liễu", "kind": "phường", "province_code": 31,
                 "province_name": "Thành phố Hải Phòng"}

    def move(document: dict) -> None:
        document["unit"] = tran_lieu

    forged = resigned(good, COMMUNE_KEY, edit_data=move, edit_manifest=lambda m: m["unit"].update(
        code=10729, name="Phường Trần Liễu", province_code=31, province_name="Thành phố Hải Phòng"))
    outcome = refused(inbox, tmp_path, forged)
    assert code(outcome) == "exchange.outside_scope" and "Trần Liễu" in outcome.reason()


def test_a_manifest_that_disagrees_with_its_data(inbox, tmp_path: Path, good: bytes) -> None:
    forged = resigned(good, COMMUNE_KEY, edit_manifest=lambda m: m.update(period="2025-6M"))
    assert code(refused(inbox, tmp_path, forged)) == "exchange.mismatch"


def test_a_period_the_template_does_not_take(inbox, tmp_path: Path, good: bytes) -> None:
    def stage(document: dict) -> None:
        document["period"] = "2021-2025"

    forged = resigned(good, COMMUNE_KEY, edit_data=stage, edit_manifest=lambda m: m.update(period="2021-2025"))
    assert code(refused(inbox, tmp_path, forged)) == "exchange.period_not_taken"


def test_a_draft(inbox, tmp_path: Path, good: bytes) -> None:
    forged = resigned(good, COMMUNE_KEY, edit_data=lambda d: d.update(status="draft"))
    assert code(refused(inbox, tmp_path, forged)) == "exchange.not_final"


def test_a_data_part_that_breaks_the_report_schema(inbox, tmp_path: Path, good: bytes) -> None:
    forged = resigned(good, COMMUNE_KEY, edit_data=lambda d: d.update(year="hai nghìn"))
    outcome = refused(inbox, tmp_path, forged)
    assert code(outcome) == "exchange.data_invalid" and "year" in outcome.reason()


@pytest.mark.parametrize("make", [
    lambda tmp: tmp / "thu-muc.xlsx",
    lambda tmp: tmp / "khong-co.xlsx",
])
def test_a_path_that_is_not_a_readable_file(inbox, tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path)
    if path.name == "thu-muc.xlsx":
        path.mkdir()
    before = dump(inbox)
    [outcome] = finish(importer.import_files(inbox, [path]))
    assert outcome.status == importer.REJECTED and code(outcome) in ("exchange.not_a_file", "exchange.unreadable")
    assert dump(inbox) == before
