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
