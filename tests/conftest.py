"""Core fixtures: templates, a commune, a fresh report and a temporary store. No Qt here."""

import datetime
import os
import tempfile
from pathlib import Path

import pytest

from desktop.core.document import Report, new_report
from desktop.core.loader import Catalogue, load_catalogue
from desktop.core.store.reports import Store
from desktop.core.template import Template
from desktop.core.units import AdminUnit, commune

# The user's cache (compiled schemas) and logs (a bug's details) of the processes the tests start stay
# in a temporary folder, not in the home of whoever runs the tests.
_USER_DIRS = tempfile.mkdtemp(prefix="baocao-test-home-")
os.environ.setdefault("XDG_CACHE_HOME", os.path.join(_USER_DIRS, "cache"))
os.environ.setdefault("XDG_STATE_HOME", os.path.join(_USER_DIRS, "state"))

TRAN_LIEU = 10729
PHU_THAI = 10750


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def template(catalogue: Catalogue) -> Template:
    return catalogue.get("so-ket-chien-luoc")


@pytest.fixture(scope="session")
def tran_lieu() -> AdminUnit:
    return commune(TRAN_LIEU)


@pytest.fixture
def report(template: Template, tran_lieu: AdminUnit) -> Report:
    return new_report(template, tran_lieu, today=datetime.date(2025, 8, 15))


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "baocao.sqlite")
    yield opened
    opened.close()
