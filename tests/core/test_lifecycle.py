"""Issue #5 points 1-3: draft → final (PDF and SHA-256 stored, content locked) → sent; amended
versions kept and compared; every change in the audit log; the next period's report prefilled."""

import datetime
import hashlib
import io
import json
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.changes import Change, changes, describe, field_label, flatten, shown_value
from desktop.core.errors import BaocaoError, StoreError
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace

TODAY = datetime.date(2025, 10, 10)
ISSUED_AT = datetime.datetime(2025, 10, 7, 15, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    store = Store.open(tmp_path / "baocao.sqlite")
    yield Workspace(store, load_catalogue(), today=lambda: TODAY)
    store.close()


def imported(workspace: Workspace, name: str = "bao-cao-ket-qua-003-duc-pho"):
    report_id, report = workspace.import_file(bundle.samples_dir() / f"{name}.json")
    report.number, report.date = "45", datetime.date(2025, 10, 7)
    workspace.store.save_report(report_id, report)
    return report_id, report


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_finalising_stores_the_pdf_as_issued_with_its_sha256(workspace: Workspace) -> None:
    report_id, report = imported(workspace)
    version = workspace.finalise(report_id, report, at=ISSUED_AT)
    assert (version.number, version.status) == (1, "final")
    stored, pdf = workspace.store.load_version(report_id, 1)
    assert hashlib.sha256(pdf).hexdigest() == version.pdf_sha256
    text = pdf_text(pdf)
    assert "Số: 45/BC-UBND" in text and "DỰ THẢO" not in text  # the issued PDF has no draft mark
    assert stored.status == "final" and workspace.store.load_report(report_id).status == "final"
    assert workspace.store.versions(report_id) == [version]


def test_finalising_needs_a_number_and_a_date(workspace: Workspace) -> None:
    report_id, report = workspace.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    with pytest.raises(BaocaoError) as raised:
        workspace.finalise(report_id, report)
    assert raised.value.code == "report.needs_number_date" and "số và ngày ban hành" in raised.value.text()
    assert workspace.store.versions(report_id) == [] and workspace.store.load_report(report_id).status == "draft"


def test_a_final_report_cannot_change_behind_anyones_back(workspace: Workspace, tmp_path: Path) -> None:
    report_id, report = imported(workspace)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    before = workspace.store.db.execute("SELECT document FROM reports WHERE id = ?", [report_id]).fetchone()
    report.title = "Sửa lén sau khi ký"
    with pytest.raises(StoreError) as raised:
        workspace.store.save_report(report_id, report)
    assert raised.value.code == "report.locked" and "bản điều chỉnh" in raised.value.text()
    after = workspace.store.db.execute("SELECT document FROM reports WHERE id = ?", [report_id]).fetchone()
    assert after == before
    workspace.store.trash_report(report_id)  # an issued report goes to the trash, never further
    with pytest.raises(StoreError, match="không xóa được"):
        workspace.store.purge_report(report_id)
    assert workspace.store.versions(report_id) and workspace.store.trashed_reports()[0].id == report_id


def test_an_amended_version_keeps_the_issued_one_and_the_two_compare(workspace: Workspace) -> None:
    report_id, report = imported(workspace)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    first_title = report.title
    workspace.amend(report_id, report)
    assert workspace.store.load_report(report_id).status == "draft"
    report.title = "Kết quả khoa học, công nghệ 9 tháng năm 2025 (điều chỉnh)"
    report.tables()[0].rows[1].cells["value"] = Decimal(33100)
    workspace.store.save_report(report_id, report)
    second = workspace.finalise(report_id, report, at=ISSUED_AT + datetime.timedelta(days=2))
    assert [v.number for v in workspace.store.versions(report_id)] == [1, 2] and second.number == 2
    assert workspace.store.load_version(report_id, 1)[0].title == first_title
    found = {c.field: c for c in workspace.compare(report_id, 1, 2)}
    assert found["title"] == Change("title", first_title, report.title)
    cell = "appendices[0].tables[0].rows[1].cells.value"
    assert (found[cell].old, found[cell].new) == ("33099", "33100")
    assert field_label(cell) == "Phụ lục 1 › bảng 1 › dòng 2 › cột › value"
    assert describe(cell, report) == ("Phụ lục, dòng 1 «Công dân trên 14 tuổi đã được cấp căn cước công dân / "
                                      "số …», cột «Số lượng / tử số»")
    assert shown_value("status", "final") == "đã hoàn tất" and shown_value("title", "final") == "final"


def test_sending_marks_the_report_and_its_latest_version(workspace: Workspace) -> None:
    report_id, report = imported(workspace)
    with pytest.raises(BaocaoError, match="chưa hoàn tất"):
        workspace.mark_sent(report_id, report)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    workspace.mark_sent(report_id, report)
    [version] = workspace.store.versions(report_id)
    assert version.status == "sent" and version.sent_at is not None
    assert workspace.store.load_report(report_id).status == "sent"


def test_a_pdf_changed_outside_the_app_is_detected(workspace: Workspace) -> None:
    report_id, report = imported(workspace)
    workspace.finalise(report_id, report, at=ISSUED_AT)
    workspace.store.db.execute("UPDATE report_versions SET pdf = ? WHERE report_id = ?", [b"%PDF-1.4 other", report_id])
    with pytest.raises(StoreError) as raised:
        workspace.store.load_version(report_id, 1)
    assert raised.value.code == "version.tampered"


def test_every_change_is_in_the_audit_log(workspace: Workspace) -> None:
    report_id, report = workspace.import_file(bundle.samples_dir() / "so-ket-000-tran-lieu.json")
    old_title = report.title
    report.title = "Tiêu đề mới"
    report.signer.name = "Nguyễn Văn A"
    workspace.store.save_report(report_id, report)
    workspace.store.save_report(report_id, report)  # nothing changed: nothing logged
    entries = workspace.store.audit(report_id)
    assert [(e.field, e.old, e.new) for e in entries] == [
        ("title", old_title, "Tiêu đề mới"), ("signer.name", "Trần Thị Tình", "Nguyễn Văn A")]
    assert datetime.datetime.fromisoformat(entries[0].at).tzinfo is not None
    other_id, _ = workspace.import_file(bundle.samples_dir() / "so-ket-001-phu-thai.json")
    workspace.store.trash_report(other_id)
    [deleted] = workspace.store.audit(other_id)
    assert deleted.field == "*" and deleted.new is None and deleted.old


def test_the_next_quarter_is_prefilled_from_the_last(workspace: Workspace) -> None:
    report_id, report = imported(workspace)  # 9 tháng 2025, figures cleared by its template
    new_id, following = workspace.create_next(report_id)
    assert new_id != report_id and following.period == "2026-9M"
    assert (following.number, following.status, following.date) == ("", "draft", TODAY)
    assert following.sections[0].text == report.sections[0].text
    table = following.tables()[0]
    assert table.rows[1].cells.get("value") is None
    assert table.rows[1].cells["name"] == report.tables()[0].rows[1].cells["name"]
    assert workspace.store.load_report(new_id).period == "2026-9M"


def test_a_template_may_keep_the_figures_for_the_next_period(workspace: Workspace) -> None:
    report_id, report = workspace.import_file(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")
    _, following = workspace.create_next(report_id)
    assert following.period == "2025-Q4" and "quý IV/2025" in following.title and "III/2025" not in following.title
    counts = following.tables()[0].rows[0].cells
    kept = {k: v for k, v in report.tables()[0].rows[0].cells.items() if k != "note"}
    assert counts == kept  # bao-cao-quy-nq57 says next_period_figures = "keep"; the notes are not kept


def test_changes_and_flatten() -> None:
    old = {"title": "A", "recipients": ["x;", "y."], "signer": {"name": "B"}}
    new = {"title": "A", "recipients": ["x;", "z;", "y."], "signer": {"name": "C"}}
    assert flatten(old) == {"title": "A", "recipients[0]": "x;", "recipients[1]": "y.", "signer.name": "B"}
    assert changes(old, new) == [Change("recipients[1]", "y.", "z;"), Change("recipients[2]", None, "y."),
                                 Change("signer.name", "B", "C")]
    assert field_label("sections[1].children[0].text") == "Nội dung II › 1 › nội dung"
    assert field_label("signer.name", "en") == "Signer › name"
    assert json.loads(flatten({"n": 5})["n"]) == 5


# ---- #15 point 10: the next period without last period's notes; the change log as clerks read it ----

def test_the_next_period_leaves_the_notes_and_explanations(workspace: Workspace) -> None:
    report_id, report = workspace.import_file(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")
    report.tables()[0].rows[1].explanations["assigned"] = "số tạm tính"
    workspace.store.save_report(report_id, report)
    assert any("note" in r.cells for r in report.tables()[0].rows)
    _, following = workspace.create_next(report_id)
    rows = [r for t in following.tables() for r in t.rows]
    assert all("note" not in r.cells and not r.explanations for r in rows)
    assert following.tables()[0].rows[0].cells["assigned"] == report.tables()[0].rows[0].cells["assigned"]


def test_a_deleted_or_inserted_row_is_one_change() -> None:
    rows = [{"key": k, "cells": {"name": k.upper(), "value": i}} for i, k in enumerate("abcde")]
    old = {"appendices": [{"tables": [{"rows": rows}]}]}
    new = {"appendices": [{"tables": [{"rows": rows[:2] + rows[3:]}]}]}
    found = changes(old, new)
    assert [(c.field, c.new) for c in found] == [("appendices[0].tables[0].rows[2]", None)]
    assert json.loads(found[0].old) == rows[2]
    assert [(c.field, c.old) for c in changes(new, old)] == [("appendices[0].tables[0].rows[2]", None)]
    assert shown_value("appendices[0].tables[0].rows[2]", found[0].old) == "C | 2"


def test_figures_in_the_log_read_the_vietnamese_way(workspace: Workspace) -> None:
    _, report = workspace.import_file(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    path = "appendices[0].tables[0].rows[1].cells.value"
    assert shown_value(path, "1234") == "1.234" and shown_value(path, "407.28") == "407,28"
    assert shown_value(path, "Đạt") == "Đạt" and shown_value("number", "1234") == "1234"
    label = report.appendices[0].label
    assert describe("appendices[0].tables[0].rows[2]", report) == f"{label}, dòng thứ 3 (cả dòng)"
