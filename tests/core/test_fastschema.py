"""The compiled schemas are kept in the user's cache: a command that reads one file does not pay the
compilation again; a missing, damaged or unwritable cache only costs the compilation."""

import json
from pathlib import Path

import fastjsonschema
import pytest

from desktop.core import fastschema
from desktop.core.bundle import samples_dir

SAMPLE = json.loads((samples_dir() / "so-ket-000-tran-lieu.json").read_text(encoding="utf-8"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fastschema.fast_validator.cache_clear()
    yield tmp_path / "baocao" / "schemas"
    fastschema.fast_validator.cache_clear()


def no_compiling(*args, **kwargs):
    raise AssertionError("compiled again")


def test_the_first_use_compiles_and_keeps_the_code(cache: Path) -> None:
    fastschema.fast_validator("report.schema.json")(SAMPLE)
    [kept] = cache.glob("report.schema.json.*.marshal")
    assert kept.stat().st_size > 10_000


def test_a_later_process_loads_it_without_compiling(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fastschema.fast_validator("report.schema.json")
    fastschema.fast_validator.cache_clear()
    monkeypatch.setattr(fastjsonschema, "compile_to_code", no_compiling)
    validate = fastschema.fast_validator("report.schema.json")
    validate(SAMPLE)
    with pytest.raises(fastjsonschema.JsonSchemaException):
        validate({**SAMPLE, "year": "hai nghìn"})


def test_a_damaged_cache_is_compiled_again(cache: Path) -> None:
    fastschema.fast_validator("manifest.schema.json")
    [kept] = cache.glob("manifest.schema.json.*.marshal")
    kept.write_bytes(b"\x00 not marshal")
    fastschema.fast_validator.cache_clear()
    with pytest.raises(fastjsonschema.JsonSchemaException):
        fastschema.fast_validator("manifest.schema.json")({})
    assert kept.read_bytes() != b"\x00 not marshal"


def test_an_unwritable_cache_only_costs_the_compilation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "khong-ghi-duoc"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    fastschema.fast_validator.cache_clear()
    fastschema.fast_validator("report.schema.json")(SAMPLE)
    fastschema.fast_validator.cache_clear()


def test_a_changed_schema_has_another_key() -> None:
    assert fastschema._key(b'{"type": "object"}') != fastschema._key(b'{"type": "array"}')
