"""Issue #13: every case of the bad-input corpus (tests/hostile/cases_*.py), as a real process."""

from pathlib import Path

import pytest

from tests.hostile.runner import all_cases, run_case, seeded_database

CASES = all_cases()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_database(tmp_path_factory.mktemp("seed") / "baocao.sqlite")


def test_the_corpus_has_cases_with_unique_names() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names)) and len(names) >= 1


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_bad_input_is_refused_plainly_and_changes_nothing(case, tmp_path: Path, database: Path) -> None:
    verdict = run_case(case, tmp_path, database)
    assert not verdict.traceback, verdict.output
    assert verdict.code in case.exit_codes, (verdict.code, verdict.output)
    assert case.says in verdict.output, verdict.output
    assert verdict.db_identical, "the database changed"
    assert verdict.files_kept, "a file named unchanged changed, or a torn output was left"
