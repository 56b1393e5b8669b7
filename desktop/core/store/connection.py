"""The open database as the store uses it: statements and transactions over one sqlite3 connection.

sqlite-utils applies the migrations (migrations.py); the store itself needs only `execute` and
`atomic`, and importing sqlite-utils (with click, dateutil and pluggy) is 80-100 ms of a start of the
window, so an up-to-date database is opened without it (db.open_database)."""

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Connection:
    """One sqlite3 connection in autocommit mode (isolation_level=None); `atomic()` makes a transaction,
    or a savepoint inside one, so that nested blocks roll back only their own part."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator["Connection"]:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
                self.conn.execute("COMMIT")  # may fail (a full disk): rolled back below, then raised
            except BaseException:
                self.rollback()
                raise
            return
        savepoint = f"baocao_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def rollback(self) -> None:
        if self.conn.in_transaction:  # an error may have ended the transaction already
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
