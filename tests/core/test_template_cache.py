"""Parsed templates are kept in the user's cache: a later start does not parse the forms again; an edited
form, a damaged or unwritable cache only cost the parsing, and never give a wrong template."""

from pathlib import Path

import pytest

from desktop.core import loader
from desktop.core.bundle import forms_dir
from desktop.core.errors import TemplateError

FORM = forms_dir() / "bao-cao-quy-nq57.toml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "baocao" / "templates"


def no_parsing(*args, **kwargs):
    raise AssertionError("parsed again")


def test_a_later_load_takes_the_template_from_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = loader.load_template(FORM)
    [kept] = cache.glob("*.pickle")
    monkeypatch.setattr("desktop.core.templatebuild.parse_template", no_parsing)
    again = loader.load_template(FORM)
    assert again == first and again is not first
    assert [path.name for path in cache.glob("*.pickle")] == [kept.name]


def test_an_edited_form_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    form = tmp_path / "forms" / FORM.name
    form.parent.mkdir()
    text = FORM.read_text(encoding="utf-8")
    form.write_text(text, encoding="utf-8")
    before = loader.load_template(form)
    form.write_text(text.replace(f'name = "{before.name}"', 'name = "Báo cáo quý (sửa)"', 1), encoding="utf-8")
    assert loader.load_template(form).name == "Báo cáo quý (sửa)"
    assert len(list(cache.glob("*.pickle"))) == 2


def test_a_broken_form_is_refused_every_time_and_never_cached(cache: Path, tmp_path: Path) -> None:
    form = tmp_path / "hong.toml"
    form.write_text('id = "x"\nname = [', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(TemplateError):
            loader.load_template(form)
    assert not list(cache.glob("*.pickle"))


@pytest.mark.parametrize("damage", [b"", b"\x00 not a pickle", b"\x80\x05N."])  # empty, garbage, a pickled None
def test_a_damaged_cache_is_parsed_again_and_rewritten(cache: Path, damage: bytes) -> None:
    first = loader.load_template(FORM)
    [kept] = cache.glob("*.pickle")
    kept.write_bytes(damage)
    assert loader.load_template(FORM) == first
    assert kept.read_bytes() != damage


def test_an_unwritable_cache_only_costs_the_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "khong-ghi-duoc"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert loader.load_template(FORM) == loader.load_template(FORM)
