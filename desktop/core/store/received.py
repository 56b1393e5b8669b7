"""What a city (or the ministry) has received, in its database: enrolled keys and imported revisions."""

import datetime
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.core.document import Report, from_dict
from desktop.core.store.db import store_error
from desktop.core.store.reports import Store

_COLUMNS = ("level, unit_code, unit_name, template_id, period, revision, data_sha256, previous_sha256,"
            " fingerprint, file_name, exported_at, id, imported_at, current")  # Received's fields, in order


@dataclass(frozen=True)
class EnrolledKey:
    level: str
    unit_code: int
    unit_name: str
    public_key: str  # base64
    fingerprint: str
    enrolled_at: str


@dataclass(frozen=True)
class Revision:
    """What a received file says of the revision it carries."""

    level: str
    unit_code: int
    unit_name: str
    template_id: str
    period: str
    revision: int
    data_sha256: str
    previous_sha256: str | None
    fingerprint: str
    file_name: str
    exported_at: str


@dataclass(frozen=True)
class Received(Revision):
    """One imported revision of a unit's report; `current` is the one that counts."""

    id: int
    imported_at: str
    current: bool


@dataclass(frozen=True)
class NewRevision(Revision):
    """What the importer stores for a file it takes."""

    manifest: dict[str, Any]
    document: dict[str, Any]


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


@contextmanager
def writing(store: Store) -> Iterator[None]:
    """One transaction; a failure becomes the store's message and nothing of it is kept."""
    try:
        with store.db.atomic():
            yield
    except sqlite3.Error as error:
        raise store_error(store.path, error, store.db) from error


def enrolled_key(store: Store, level: str, unit_code: int) -> EnrolledKey | None:
    row = store.db.execute("SELECT level, unit_code, unit_name, public_key, fingerprint, enrolled_at"
                           " FROM enrolled_keys WHERE level = ? AND unit_code = ?", [level, unit_code]).fetchone()
    return None if row is None else EnrolledKey(*row)


def enrolled_keys(store: Store) -> list[EnrolledKey]:
    rows = store.db.execute("SELECT level, unit_code, unit_name, public_key, fingerprint, enrolled_at"
                            " FROM enrolled_keys ORDER BY level, unit_code").fetchall()
    return [EnrolledKey(*row) for row in rows]


def enrol(store: Store, key: EnrolledKey) -> None:
    """Trust a unit's public key from now on (replacing the one enrolled before, if any)."""
    with writing(store):
        store.db.execute(
            "INSERT INTO enrolled_keys (level, unit_code, unit_name, public_key, fingerprint, enrolled_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (level, unit_code) DO UPDATE SET unit_name = excluded.unit_name,"
            " public_key = excluded.public_key, fingerprint = excluded.fingerprint, enrolled_at = excluded.enrolled_at",
            [key.level, key.unit_code, key.unit_name, key.public_key, key.fingerprint, key.enrolled_at])


def revisions(store: Store, level: str, unit_code: int, template_id: str, period: str) -> list[Received]:
    """Every revision received of one unit's report of a kind and period, the first first."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM received WHERE level = ? AND unit_code = ? AND template_id = ? AND period = ?"
        " ORDER BY revision", [level, unit_code, template_id, period]).fetchall()
    return [_received(row) for row in rows]


def current(store: Store, template_id: str, period: str) -> list[Received]:
    """The revision that counts of each unit that sent a report of this kind and period."""
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM received WHERE template_id = ? AND period = ? AND current = 1"
                            " ORDER BY unit_code", [template_id, period]).fetchall()
    return [_received(row) for row in rows]


def received_kinds(store: Store) -> list[tuple[str, str]]:
    """(template id, period) of everything received, the latest period first."""
    rows = store.db.execute("SELECT DISTINCT template_id, period FROM received ORDER BY period DESC, template_id")
    return [(str(t), str(p)) for t, p in rows.fetchall()]


def document(store: Store, received_id: int) -> Report:
    row = store.db.execute("SELECT document FROM received WHERE id = ?", [received_id]).fetchone()
    return from_dict(json.loads(row[0]))


def add_revision(store: Store, new: NewRevision, *, at: str | None = None) -> int:
    """Store a revision as the one that counts; the unit's earlier revisions stay, no longer current."""
    with writing(store):
        store.db.execute("UPDATE received SET current = 0 WHERE level = ? AND unit_code = ? AND template_id = ?"
                         " AND period = ?", [new.level, new.unit_code, new.template_id, new.period])
        cursor = store.db.execute(
            "INSERT INTO received (level, unit_code, unit_name, template_id, period, revision, data_sha256,"
            " previous_sha256, fingerprint, manifest, document, file_name, exported_at, imported_at, current)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            [new.level, new.unit_code, new.unit_name, new.template_id, new.period, new.revision, new.data_sha256,
             new.previous_sha256, new.fingerprint, json.dumps(new.manifest, ensure_ascii=False),
             json.dumps(new.document, ensure_ascii=False), new.file_name, new.exported_at, at or now()])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _received(row: tuple[Any, ...]) -> Received:
    return Received(*row[:-1], current=bool(row[-1]))
