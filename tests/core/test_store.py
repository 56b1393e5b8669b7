"""Reports kept in a real SQLite file: the round trip, the settings, crash-safe settings."""

import datetime
import sqlite3

import pytest

from desktop.core.document import Section, to_dict
from desktop.core.errors import StoreError
from desktop.core.store.reports import Store


def test_round_trip_through_a_real_file(tmp_path, report):
    path = tmp_path / "db.sqlite"
    store = Store.open(path)
    report.number = "132"
    report.sections[0].children[0].text = "- Dòng một\n- Dòng hai có dấu: ữ ự ỹ"
    report.sections.append(Section("MỤC THÊM", "Nội dung", [Section("Con")]))
    report.signer.name = "Trần Thị Tình"
    report_id = store.add_report(report)
    store.close()

    again = Store.open(path)
    loaded = again.load_report(report_id)
    again.close()
    assert to_dict(loaded) == to_dict(report)
    assert loaded.date == datetime.date(2025, 8, 15)


def test_save_replaces_and_lists(store, report):
    report_id = store.add_report(report)
    report.title = "Tiêu đề mới"
    report.number = "7"
    store.save_report(report_id, report)
    [summary] = store.list_reports()
    assert (summary.id, summary.title, summary.number, summary.symbol) == (
        report_id, "Tiêu đề mới", "7", "BC-UBND")
    row = sqlite3.connect(store.path).execute("SELECT title, unit_code FROM reports").fetchone()
    assert row == ("Tiêu đề mới", 10729)


def test_saving_a_missing_report_fails_clearly(store, report):
    with pytest.raises(StoreError) as caught:
        store.save_report(42, report)
    assert caught.value.code == "report.not_found"


def test_delete(store, report):
    report_id = store.add_report(report)
    store.delete_report(report_id)
    assert store.list_reports() == []


def test_settings(store):
    assert store.setting("unit_code") is None
    store.set_setting("unit_code", 10729)
    store.set_setting("unit_code", 10750)
    assert store.setting("unit_code") == 10750


def test_crash_safe_pragmas(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_unreadable_database_is_reported(tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as caught:
        Store.open(bad)
    assert caught.value.code == "db.unreadable"
    assert str(bad) in caught.value.text()
