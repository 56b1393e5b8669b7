"""Issue #15 point 1: «Xóa báo cáo» moves a report to a trash it can come back from; a report in the
trash counts nowhere; only a report never issued can be deleted for ever."""

import dataclasses
import datetime
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from olddb import build_old

from desktop.core.document import Report, to_dict
from desktop.core.errors import StoreError
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.units import commune
from desktop.core.workspace import Workspace

TODAY = datetime.date(2025, 10, 10)
PDF = b"%PDF-1.4 issued"


@pytest.fixture
def workspace(store: Store) -> Workspace:
    workspace = Workspace(store, load_catalogue(), today=lambda: TODAY)
    workspace.set_unit(commune(10729), "proper")
    return workspace


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.db.execute(sql).fetchall()


def test_a_trashed_report_leaves_the_list_and_comes_back_as_it_was(store: Store, report: Report) -> None:
    kept, gone = store.add_report(report), store.add_report(report)
    before = rows(store, f"SELECT document, updated_at FROM reports WHERE id = {gone}")
    store.trash_report(gone)
    assert [s.id for s in store.list_reports()] == [kept]
    [trashed] = store.trashed_reports()
    assert trashed.id == gone and trashed.title == report.title and trashed.deleted_at is not None
    assert datetime.datetime.fromisoformat(trashed.deleted_at).tzinfo is not None
    store.restore_report(gone)
    assert store.trashed_reports() == [] and {s.id for s in store.list_reports()} == {kept, gone}
    assert rows(store, f"SELECT document, updated_at FROM reports WHERE id = {gone}") == before
    assert [(e.field, e.old, e.new) for e in store.audit(gone)] == [
        ("*", report.title, None), ("*", None, report.title)]


def test_the_trash_lists_the_latest_deleted_first(store: Store, report: Report) -> None:
    first, second = store.add_report(report), store.add_report(report)
    store.trash_report(second)
    store.trash_report(first)
    at = {first: "2025-10-02T01:00:00.000+00:00", second: "2025-10-01T01:00:00.000+00:00"}
    for report_id, deleted_at in at.items():  # apart by a day, not by a millisecond or none
        store.db.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [deleted_at, report_id])
    store.trash_report(first)  # already there: nothing changes
    assert [(s.id, s.deleted_at) for s in store.trashed_reports()] == [(first, at[first]), (second, at[second])]
    assert len(store.audit(first)) == 1


def test_purge_deletes_for_ever_what_is_in_the_trash(store: Store, report: Report) -> None:
    report_id = store.add_report(report)
    with pytest.raises(ValueError):
        store.purge_report(report_id)  # not in the trash: a live report is never purged by mistake
    store.trash_report(report_id)
    store.purge_report(report_id)
    assert store.trashed_reports() == [] and store.list_reports() == []
    with pytest.raises(StoreError) as caught:
        store.load_report(report_id)
    assert caught.value.code == "report.not_found"
    with pytest.raises(StoreError) as caught:
        store.restore_report(report_id)
    assert caught.value.code == "report.not_found"


def test_an_issued_report_may_go_to_the_trash_but_is_kept_for_good(store: Store, report: Report) -> None:
    report_id = store.add_report(report)
    report.status = "final"
    store.add_version(report_id, report, PDF)
    store.trash_report(report_id)
    with pytest.raises(StoreError) as caught:
        store.purge_report(report_id)
    assert caught.value.code == "report.issued" and "không xóa được" in caught.value.text()
    assert [s.id for s in store.trashed_reports()] == [report_id]
    assert store.load_version(report_id, 1)[1] == PDF
    store.restore_report(report_id)
    [back] = store.list_reports()
    assert (back.status, back.versions) == ("final", 1)


def test_a_missing_report_cannot_be_trashed(store: Store) -> None:
    with pytest.raises(StoreError) as caught:
        store.trash_report(42)
    assert caught.value.code == "report.not_found"


def test_a_trashed_report_counts_nowhere(workspace: Workspace, report: Report) -> None:
    store = workspace.store
    earlier = dataclasses.replace(report, number="5")
    report_id = store.add_report(earlier)
    assert workspace.existing_copy(earlier) == report_id
    assert len(store.unit_reports(10729)) == 1
    assert [s.id for s in workspace.copy_sources(earlier.template_id)] == [report_id]
    store.trash_report(report_id)
    assert workspace.existing_copy(earlier) is None
    assert store.unit_reports(10729) == []
    assert workspace.copy_sources(earlier.template_id) == []


def test_a_read_only_store_refuses_and_changes_nothing(tmp_path: Path, report: Report) -> None:
    path = tmp_path / "baocao.sqlite"
    writer = Store.open(path)
    live, trashed = writer.add_report(report), writer.add_report(report)
    writer.trash_report(trashed)
    reader = Store.open(path, read_only=True)
    try:
        for verb, report_id in ((reader.trash_report, live), (reader.restore_report, trashed),
                                (reader.purge_report, trashed)):
            with pytest.raises(StoreError) as caught:
                verb(report_id)
            assert caught.value.code == "db.read_only_mode", verb
        assert [s.id for s in writer.list_reports()] == [live]
        assert [s.id for s in writer.trashed_reports()] == [trashed]
        assert len(writer.audit(trashed)) == 1
    finally:
        reader.close()
        writer.close()


def test_a_database_of_the_previous_schema_keeps_its_reports_out_of_the_trash(tmp_path: Path, report: Report) -> None:
    path = tmp_path / "cu.sqlite"
    build_old(path, 3, report)  # as baocao left it before the trash
    with closing(sqlite3.connect(path)) as conn:
        before = conn.execute("SELECT id, template_id, status, title, document, created_at, updated_at"
                              " FROM reports").fetchall()
    store = Store.open(path)
    try:
        after = store.db.execute("SELECT id, template_id, status, title, document, created_at, updated_at"
                                 " FROM reports").fetchall()
        assert after == before and len(before) == 1
        [summary] = store.list_reports()
        assert summary.deleted_at is None and store.trashed_reports() == []
        assert to_dict(store.load_report(summary.id)) == to_dict(report)
        store.trash_report(summary.id)
        assert store.list_reports() == [] and store.versions(summary.id)  # its issued version is kept
    finally:
        store.close()
