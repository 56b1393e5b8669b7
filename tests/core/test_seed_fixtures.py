"""The restored seeds kept in tests/fixtures/seeds are byte-for-byte those of ../shared/seeds/restored.

The suite reads only the copies, so it runs on a clone with nothing beside it; this check, run where
shared/ lies beside the clone (developers and CI), catches a copy that drifted from its source.
"""

from pathlib import Path

import pytest
from test_samples import FIXTURE_SEEDS

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "restored"


def test_the_fixtures_hold_the_five_restored_seeds():
    names = sorted(p.name for p in FIXTURE_SEEDS.glob("*.md") if p.name != "README.md")
    assert [name[:4] for name in names] == ["000_", "001_", "002_", "003_", "004_"]


@pytest.mark.skipif(not SHARED.exists(), reason=f"{SHARED} is absent: the fixture copies are not compared")
def test_the_fixtures_are_the_shared_restored_seeds():
    shared = {p.name: p.read_bytes() for p in SHARED.glob("*.md")}
    copies = {p.name: p.read_bytes() for p in FIXTURE_SEEDS.glob("*.md") if p.name != "README.md"}
    assert sorted(copies) == sorted(shared)
    differ = [name for name in shared if copies[name] != shared[name]]
    assert not differ, f"tests/fixtures/seeds differs from {SHARED}: {differ} (copy them again)"
