"""Issue #12 points 2, 3 and 7: the city imports its communes' files: new, unchanged, replaced (the
older kept in history), older or forked revisions flagged, keys enrolled once; who has reported."""

import datetime
from pathlib import Path

import pytest

from desktop.core.exchange import completeness as status
from desktop.core.exchange import importer, keys
from desktop.core.exchange.enrolment import enrol_from_file
from desktop.core.exchange.progress import finish
from desktop.core.exchange.scope import Scope
from desktop.core.loader import load_catalogue
from desktop.core.store import received
from desktop.core.store.reports import Store
from tests.core.exchange_tools import DUC_PHO, QUANG_NGAI, TODAY, export_file, final_sample, with_value

KEY = keys.new_private_key()
TABLE = "so-lieu-khcn-cds"


@pytest.fixture
def inbox(tmp_path: Path):
    store = Store.open(tmp_path / "city.sqlite")
    yield importer.Inbox(store, load_catalogue(), Scope("province", QUANG_NGAI), TODAY, enrol_new=True)
    store.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "nhan"
    made.mkdir()
    return made


def run(inbox: importer.Inbox, *paths: Path) -> list[importer.Outcome]:
    return finish(importer.import_files(inbox, list(paths)))


def statuses(outcomes: list[importer.Outcome]) -> list[str]:
    return [o.status for o in outcomes]


def dump(inbox: importer.Inbox) -> list[str]:
    return list(inbox.store.db.conn.iterdump())


def test_a_new_file_is_imported_and_its_key_enrolled(inbox, folder: Path) -> None:
    [outcome] = run(inbox, export_file(folder, final_sample(), KEY))
    assert outcome.status == importer.IMPORTED and outcome.enrol
    [held] = received.current(inbox.store, "bao-cao-ket-qua-khcn-cds", "2025-9M")
    assert (held.unit_code, held.revision, held.current) == (DUC_PHO, 1, True)
    enrolled = received.enrolled_key(inbox.store, "commune", DUC_PHO)
    assert enrolled is not None and enrolled.fingerprint == keys.fingerprint(keys.public_key(KEY))
    stored = received.document(inbox.store, held.id)
    assert stored.table(TABLE).row_by_key("cccd-cap").cells["value"] == 33099


def test_the_same_file_again_changes_nothing(inbox, folder: Path) -> None:
    path = export_file(folder, final_sample(), KEY)
    run(inbox, path)
    before = dump(inbox)
    assert statuses(run(inbox, path)) == [importer.UNCHANGED]
    assert dump(inbox) == before


def test_a_newer_revision_replaces_the_older_which_stays_in_history(inbox, folder: Path) -> None:
    one = final_sample()
    two = with_value(one, TABLE, "cccd-cap", 33150)
    run(inbox, export_file(folder, one, KEY))
    assert statuses(run(inbox, export_file(folder, two, KEY, revision=2, previous=one))) == [importer.REPLACED]
    history = received.revisions(inbox.store, "commune", DUC_PHO, "bao-cao-ket-qua-khcn-cds", "2025-9M")
    assert [(r.revision, r.current) for r in history] == [(1, False), (2, True)]
    assert received.document(inbox.store, history[1].id).table(TABLE).row_by_key("cccd-cap").cells["value"] == 33150


def test_the_dry_run_says_what_would_change_and_stores_nothing(inbox, folder: Path) -> None:
    one = final_sample()
    run(inbox, export_file(folder, one, KEY))
    two = with_value(one, TABLE, "cccd-cap", 33150)
    before = dump(inbox)
    [outcome] = finish(importer.plan(inbox, [export_file(folder, two, KEY, revision=2, previous=one)]))
    assert outcome.status == importer.REPLACED
    assert [(c.old, c.new) for c in outcome.changes] == [("33099", "33150")]
    assert "rows[1].cells.value" in outcome.changes[0].field
    assert dump(inbox) == before


def test_the_dry_run_of_a_batch_shows_each_kind_of_outcome(inbox, folder: Path, tmp_path: Path) -> None:
    one = final_sample()
    run(inbox, export_file(folder, one, KEY))
    batch = tmp_path / "dot-2"
    batch.mkdir()
    export_file(batch, one, KEY, name="a-unchanged.xlsx")
    export_file(batch, with_value(one, TABLE, "cccd-cap", 1), KEY, revision=2, previous=one, name="b-replaced.xlsx")
    (batch / "c-broken.xlsx").write_bytes(b"not a workbook")
    outcomes = finish(importer.plan(inbox, importer.collect_files([batch])))
    assert statuses(outcomes) == [importer.UNCHANGED, importer.REPLACED, importer.REJECTED]


def test_an_older_revision_is_flagged_not_taken(inbox, folder: Path) -> None:
    one = final_sample()
    two = with_value(one, TABLE, "cccd-cap", 33150)
    run(inbox, export_file(folder, two, KEY, revision=2, previous=one))
    before = dump(inbox)
    [outcome] = run(inbox, export_file(folder, one, KEY))
    assert outcome.status == importer.REJECTED and outcome.error.code == "exchange.older_revision"
    assert "bản 1, cũ hơn bản 2" in outcome.reason() and dump(inbox) == before


def test_a_forked_revision_is_flagged_not_taken(inbox, folder: Path) -> None:
    one = final_sample()
    run(inbox, export_file(folder, one, KEY))
    run(inbox, export_file(folder, with_value(one, TABLE, "cccd-cap", 2), KEY, revision=2, previous=one))
    other_two = with_value(one, TABLE, "cccd-cap", 3)
    [same_number] = run(inbox, export_file(folder, other_two, KEY, revision=2, previous=one, name="fork.xlsx"))
    assert same_number.error.code == "exchange.forked_revision"
    three = with_value(one, TABLE, "cccd-cap", 4)
    [wrong_parent] = run(inbox, export_file(folder, three, KEY, revision=3, previous=other_two))
    assert wrong_parent.error.code == "exchange.forked_revision" and "bản 2" in wrong_parent.reason()


def test_two_revisions_in_one_batch_are_taken_in_order(inbox, folder: Path) -> None:
    one = final_sample()
    two = with_value(one, TABLE, "cccd-cap", 33150)
    paths = [export_file(folder, two, KEY, revision=2, previous=one), export_file(folder, one, KEY)]
    outcomes = run(inbox, *sorted(paths))  # v1 before v2 by name
    assert statuses(outcomes) == [importer.IMPORTED, importer.REPLACED]


def test_an_unknown_key_is_refused_until_enrolled(inbox, folder: Path) -> None:
    inbox.enrol_new = False
    path = export_file(folder, final_sample(), KEY)
    [outcome] = run(inbox, path)
    fingerprint = keys.fingerprint(keys.public_key(KEY))
    assert outcome.error.code == "exchange.key_not_enrolled" and fingerprint in outcome.reason()
    assert (outcome.package.unit_name, outcome.package.period) == ("Phường Đức Phổ", "2025-9M")  # shown in the list
    assert received.enrolled_keys(inbox.store) == []
    with pytest.raises(Exception) as raised:
        enrol_from_file(inbox, path, expected="0000-0000")
    assert raised.value.code == "exchange.fingerprint_mismatch"
    enrol_from_file(inbox, path, expected=fingerprint.lower().replace("-", " "))
    assert statuses(run(inbox, path)) == [importer.IMPORTED]


def test_a_commune_copy_receives_nothing(inbox, folder: Path) -> None:
    inbox.scope = Scope("commune")
    [outcome] = run(inbox, export_file(folder, final_sample(), KEY))
    assert outcome.error.code == "exchange.no_scope"


def test_progress_is_reported_and_cancelling_the_apply_stores_nothing(inbox, folder: Path) -> None:
    one = final_sample()
    paths = [export_file(folder, one, KEY),
             export_file(folder, with_value(one, TABLE, "cccd-cap", 1), KEY, revision=2, previous=one)]
    planned = finish(importer.plan(inbox, paths))
    before = dump(inbox)
    job = importer.apply(inbox, planned)
    steps = [next(job), next(job)]  # the first file stored inside the transaction, not yet committed
    assert [(s.done, s.total) for s in steps] == [(0, 2), (1, 2)]
    assert len(received.revisions(inbox.store, "commune", DUC_PHO, "bao-cao-ket-qua-khcn-cds", "2025-9M")) == 1
    job.close()  # «Hủy»
    assert dump(inbox) == before


def test_completeness_lists_received_late_and_missing(inbox, folder: Path) -> None:
    run(inbox, export_file(folder, final_sample(), KEY))
    result = status.completeness(inbox.store, inbox.scope, "bao-cao-ket-qua-khcn-cds", "2025-9M")
    assert result.deadline == datetime.date(2025, 10, 5)
    by_code = {u.unit.code: u for u in result.units}
    assert len(by_code) == len(result.units) > 50  # every commune of Quảng Ngãi
    assert by_code[DUC_PHO].state == status.LATE  # exported on 7 October, due on the 5th
    status.set_deadline(inbox.store, "bao-cao-ket-qua-khcn-cds", "2025-9M", datetime.date(2025, 10, 15))
    result = status.completeness(inbox.store, inbox.scope, "bao-cao-ket-qua-khcn-cds", "2025-9M")
    assert {u.unit.code: u for u in result.units}[DUC_PHO].state == status.RECEIVED
    assert result.count(status.MISSING) == len(result.units) - 1
    text = status.reminder(result, "Báo cáo kết quả", "vi")
    assert text.startswith("Các đơn vị chưa gửi «Báo cáo kết quả» 9 tháng đầu năm 2025 (hạn 15/10/2025)")
    assert "- Phường Đức Phổ" not in text and text.count("\n- ") == len(result.units) - 1
