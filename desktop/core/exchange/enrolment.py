"""Enrolling a unit's signing key at the receiving office, from a file the unit sent."""

from pathlib import Path

from desktop.core.errors import BaocaoError
from desktop.core.exchange import keys
from desktop.core.exchange.importer import Inbox, check_welcome
from desktop.core.exchange.reader import Package, read_package
from desktop.core.exchange.safezip import read_bounded
from desktop.core.store import received
from desktop.core.store.received import EnrolledKey
from desktop.core.store.reports import Store


def _same(fingerprint: str, typed: str) -> bool:
    """Fingerprints compared as people type them: any case, with or without dashes and spaces."""
    def plain(text: str) -> str:
        return "".join(c for c in text.upper() if c.isalnum())

    return plain(fingerprint) == plain(typed)


def enrol_package(store: Store, package: Package, expected: str | None = None) -> EnrolledKey:
    """Trust the key that signed this file for its unit; refused when it differs from the fingerprint
    read over the phone (`expected`)."""
    if expected is not None and not _same(package.fingerprint, expected):
        raise BaocaoError("exchange.fingerprint_mismatch", unit=package.unit_name, fingerprint=package.fingerprint,
                          expected=expected)
    key = EnrolledKey(package.level, package.unit_code, package.unit_name, keys.encode(package.public_key),
                      package.fingerprint, received.now())
    received.enrol(store, key)
    return key


def enrol_from_file(inbox: Inbox, path: Path, expected: str | None = None) -> EnrolledKey:
    """Enrol the key of a unit that reports here, from one of its files."""
    package = read_package(read_bounded(path), path.name)
    check_welcome(inbox, package)
    return enrol_package(inbox.store, package, expected)
