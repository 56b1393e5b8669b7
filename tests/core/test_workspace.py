"""The workspace's settings: the language of one session (`baocao --lang`) and the stored one."""

from pathlib import Path

from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace


def test_the_language_given_at_start_is_for_this_session_only(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "baocao.sqlite")
    try:
        catalogue = load_catalogue()
        assert Workspace(store, catalogue).language() == "vi"  # the default
        session = Workspace(store, catalogue, lang="en")
        assert session.language() == "en"
        session.set_language("vi")  # chosen in Cài đặt: stored for the next start
        assert session.language() == "en" and Workspace(store, catalogue).language() == "vi"
        Workspace(store, catalogue).set_language("en")
        assert Workspace(store, catalogue).language() == "en"
    finally:
        store.close()


def test_a_file_already_stored_is_found_as_its_existing_copy(tmp_path: Path) -> None:
    from desktop.core import bundle

    store = Store.open(tmp_path / "baocao.sqlite")
    try:
        workspace = Workspace(store, load_catalogue())
        sample = bundle.samples_dir() / "so-ket-000-tran-lieu.json"
        first = workspace.read_file(sample)
        assert workspace.existing_copy(first) is None
        report_id, stored = workspace.import_file(sample)
        stored.title = "Sơ kết (đã sửa tiêu đề)"  # edited since: still the same document
        store.save_report(report_id, stored)
        assert workspace.existing_copy(workspace.read_file(sample)) == report_id
        other = workspace.read_file(bundle.samples_dir() / "so-ket-001-phu-thai.json")  # same kind, another commune
        assert workspace.existing_copy(other) is None
        renumbered = workspace.read_file(sample)
        renumbered.number = "133"
        assert workspace.existing_copy(renumbered) is None
        next_period = workspace.read_file(sample)
        next_period.period = "2026-2030"
        assert workspace.existing_copy(next_period) is None
    finally:
        store.close()


def test_the_unit_is_remembered_without_the_official_list(tmp_path: Path, monkeypatch) -> None:
    """The window's start shows the commune without loading vietnam_provinces (50-100 ms)."""
    from desktop.core import units

    store = Store.open(tmp_path / "db.sqlite")
    Workspace(store, load_catalogue()).set_unit(units.commune(10729), "proper")
    monkeypatch.setattr(units, "commune", lambda code: (_ for _ in ()).throw(AssertionError("looked up")))
    unit = Workspace(store, load_catalogue()).unit()
    assert (unit.code, unit.name, unit.kind, unit.province_name) == (
        10729, "Phường Trần Liễu", "phường", "Thành phố Hải Phòng")
    store.close()


def test_a_missing_or_hand_edited_record_falls_back_to_the_official_list(tmp_path: Path) -> None:
    from desktop.core import units
    from desktop.core.workspace import UNIT_KEY, UNIT_RECORD_KEY

    store = Store.open(tmp_path / "db.sqlite")
    workspace = Workspace(store, load_catalogue())
    store.set_setting(UNIT_KEY, 10729)  # a database from before the record
    assert workspace.unit().name == "Phường Trần Liễu"
    assert units.unit_from_record(store.setting(UNIT_RECORD_KEY)) == units.commune(10729)
    for bad in ({"code": 10729, "name": "Phường Giả"}, "Trần Liễu", {**units.unit_record(units.commune(10729)),
                                                                    "code": "10729"}):
        store.set_setting(UNIT_RECORD_KEY, bad)
        assert workspace.unit() == units.commune(10729)
    store.set_setting(UNIT_RECORD_KEY, units.unit_record(units.commune(21439)))  # another unit's record
    assert workspace.unit().code == 10729
    store.close()
