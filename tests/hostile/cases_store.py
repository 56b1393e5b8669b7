"""The database on the command line (#13 points 2, 3, 4 and 7): `backup` never lands on the database's
own files or on a device, `restore` takes only what the app opens, `--db` on another program's file
changes nothing, and Ctrl-C during a backup or a restore leaves no temporary file.

`{db}` is the case's copy of the seeded database (baocao.sqlite in the case's folder); files named
in `unchanged` must be byte-identical afterwards, those in `absent` must not exist.
"""

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from tests.hostile.case import Case

DB = "baocao.sqlite"
KIND = ["--kind", "bao-cao-ket-qua-khcn-cds", "--period", "2025-9M"]
BIG_ROWS = 800  # 1 MB each: a copy long enough to be stopped in the middle


# ---- files the cases build in their folder ----

def other_program(path: Path, *, wal: bool = False) -> None:
    """Another program's SQLite database: its own table, no baocao step."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('An', '0901 234 567')")


def other_program_wal(path: Path) -> None:
    other_program(path, wal=True)


def seeded_copy(path: Path) -> None:
    """A backup of the case's database, as `baocao backup` makes it (SQLite's backup API)."""
    with closing(sqlite3.connect(path.parent / DB)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")


def spoiled(*statements: str) -> Callable[[Path], None]:
    """A backup of the case's database, then changed behind SQLite's CHECK constraints and foreign keys."""
    def build(path: Path) -> None:
        seeded_copy(path)
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("PRAGMA foreign_keys = OFF")
            for statement in statements:
                conn.execute(statement)
    return build


def big(path: Path) -> None:
    """A baocao database of some 800 MB (a long audit log), so that a copy of it takes a while."""
    seeded_copy(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO audit_log (at, report_id, field, old, new) WITH RECURSIVE n(i) AS"
            f" (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {BIG_ROWS})"
            " SELECT '2025-10-10T00:00:00.000+00:00', 1, 'ghi_chu', NULL, substr(hex(zeroblob(500000)), 1, 1000000)"
            " FROM n")


def truncated(path: Path) -> None:
    seeded_copy(path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def fifo(path: Path) -> None:
    os.mkfifo(path)


def folder(path: Path) -> None:
    path.mkdir()


def link_to(target: str) -> Callable[[Path], None]:
    """A symbolic link; a relative target is taken in the case's folder."""
    def build(path: Path) -> None:
        path.symlink_to(target if target.startswith("/") else path.parent / target)
    return build


def hard_link_to(name: str) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        os.link(path.parent / name, path)
    return build


# ---- backup -o: never onto the database's own files, never onto a device ----

def _onto(name: str, target: str, *, files: dict[str, bytes | Callable[[Path], None]] | None = None,
          says: str = "tệp đi kèm của cơ sở dữ liệu", kept: tuple[str, ...] = (),
          absent: tuple[str, ...] = ()) -> Case:
    return Case(name, ["backup", "--db", "{db}", "-o", target], files=files or {}, says=says,
                unchanged=kept, absent=absent)


COMPANIONS = [
    _onto("backup-onto-the-wal", "{db}-wal", files={f"{DB}-wal": b"", f"{DB}-shm": b""},
          kept=(f"{DB}-wal", f"{DB}-shm")),
    _onto("backup-onto-the-shm", "{db}-shm", files={f"{DB}-wal": b"", f"{DB}-shm": b""},
          kept=(f"{DB}-wal", f"{DB}-shm")),
    _onto("backup-onto-the-lock", "{db}.lock", files={f"{DB}.lock": b""}, kept=(f"{DB}.lock",)),
    _onto("backup-onto-the-wal-not-made-yet", "{db}-wal", absent=(f"{DB}-wal",)),
    _onto("backup-onto-the-lock-not-made-yet", "{db}.lock", absent=(f"{DB}.lock",)),
    _onto("backup-onto-the-journal", "{db}-journal", absent=(f"{DB}-journal",)),
    _onto("backup-onto-the-wal-through-a-linked-folder", "{tmp}/lien-ket/baocao.sqlite-wal",
          files={f"{DB}-wal": b"", "lien-ket": link_to(".")}, kept=(f"{DB}-wal",)),
    _onto("backup-onto-the-lock-through-dot-dot", "{tmp}/con/../baocao.sqlite.lock",
          files={f"{DB}.lock": b"", "con/.giu": b""}, kept=(f"{DB}.lock",)),
    _onto("backup-onto-a-link-to-the-wal", "{tmp}/nhat-ky",
          files={f"{DB}-wal": b"", "nhat-ky": link_to(f"{DB}-wal")}, kept=(f"{DB}-wal",)),
    _onto("backup-onto-a-hard-link-to-the-lock", "{tmp}/khoa-cung",
          files={f"{DB}.lock": b"", "khoa-cung": hard_link_to(f"{DB}.lock")}, kept=(f"{DB}.lock", "khoa-cung")),
    _onto("backup-onto-the-database-itself", "{db}", says="chính là cơ sở dữ liệu đang dùng"),
    _onto("backup-onto-a-link-to-the-database", "{tmp}/lien-ket.sqlite", files={"lien-ket.sqlite": link_to(DB)},
          says="chính là cơ sở dữ liệu đang dùng"),
    _onto("backup-onto-the-database-through-a-linked-folder", "{tmp}/lien-ket/baocao.sqlite",
          files={"lien-ket": link_to(".")}, says="chính là cơ sở dữ liệu đang dùng"),
]

NOT_FILES = [
    _onto("backup-onto-a-fifo", "{tmp}/ong", files={"ong": fifo}, says="không phải tệp thường"),
    _onto("backup-onto-a-folder", "{tmp}/thu-muc", files={"thu-muc": folder}, says="không phải tệp thường"),
    _onto("backup-onto-a-link-to-dev-null", "{tmp}/ra.sqlite", files={"ra.sqlite": link_to("/dev/null")},
          says="không phải tệp thường"),
    *[_onto(f"backup-onto-{device.strip('/').replace('/', '-')}", device, says="không phải tệp thường")
      for device in ("/dev/full", "/dev/null", "/dev/zero") if os.path.exists(device)],
]

# ---- backup --db: only a baocao database ----

SOURCES = [
    Case("backup-of-another-programs-database", ["backup", "--db", "{tmp}/khac.sqlite", "-o", "{tmp}/ra.sqlite"],
         files={"khac.sqlite": other_program}, says="là cơ sở dữ liệu của chương trình khác",
         unchanged=("khac.sqlite",), absent=("khac.sqlite-wal", "khac.sqlite-shm", "ra.sqlite")),
    Case("backup-of-another-programs-wal-database",
         ["backup", "--db", "{tmp}/khac.sqlite", "-o", "{tmp}/ra.sqlite"], files={"khac.sqlite": other_program_wal},
         says="chương trình khác", unchanged=("khac.sqlite",),
         absent=("khac.sqlite-wal", "khac.sqlite-shm", "ra.sqlite")),
    Case("backup-of-a-text-file", ["backup", "--db", "{tmp}/ghi-chu.txt", "-o", "{tmp}/ra.sqlite"],
         files={"ghi-chu.txt": "ghi chú của văn thư\n"}, says="không phải tệp SQLite",
         unchanged=("ghi-chu.txt",), absent=("ra.sqlite",)),
    Case("backup-of-a-fifo", ["backup", "--db", "{tmp}/ong", "-o", "{tmp}/ra.sqlite"], files={"ong": fifo},
         says="không phải tệp thường", absent=("ra.sqlite",)),
    Case("backup-of-a-folder", ["backup", "--db", "{tmp}/thu-muc", "-o", "{tmp}/ra.sqlite"],
         files={"thu-muc": folder}, says="không phải tệp thường", absent=("ra.sqlite",)),
    Case("backup-of-a-missing-database", ["backup", "--db", "{tmp}/khong-co.sqlite", "-o", "{tmp}/ra.sqlite"],
         says="không có tệp", absent=("ra.sqlite", "khong-co.sqlite")),
    Case("backup-ctrl-c-in-the-middle-of-a-big-database",
         ["backup", "--db", "{tmp}/lon.sqlite", "-o", "{tmp}/ra.sqlite"], files={"lon.sqlite": big},
         interrupt_after=1.0, exit_codes=(130,), says="Ctrl-C", unchanged=("lon.sqlite",),
         absent=("ra.sqlite", "ra.sqlite-journal", "lon.sqlite-wal", "lon.sqlite-shm")),
]

# ---- restore: only what the app opens; the database byte-identical otherwise ----

RESTORE_REFUSED = "Dữ liệu hiện tại không bị thay đổi"


def _restore(name: str, backup: bytes | str | Callable[[Path], None] | None, says: str,
             source: str = "{tmp}/sao-luu.sqlite", db: str = "{db}",
             files: dict[str, bytes | str | Callable[[Path], None]] | None = None,
             unchanged: tuple[str, ...] = (), absent: tuple[str, ...] = ()) -> Case:
    """`baocao restore` of the backup made by `backup` (None: no file); the backup itself is only
    read, and no copy of the current data is kept (no backups/ folder) when the restore is refused."""
    made = {"sao-luu.sqlite": backup} if backup is not None else {}
    return Case(name, ["restore", "--db", db, source], files={**made, **(files or {})}, says=says,
                unchanged=("sao-luu.sqlite", *unchanged), absent=("backups", *absent))


RESTORES = [
    _restore("restore-from-a-text-file", "đây không phải bản sao lưu", "không phải bản sao lưu của baocao"),
    _restore("restore-from-an-empty-file", b"", "không phải bản sao lưu của baocao"),
    _restore("restore-from-a-word-file", b"PK\x03\x04" + b"\x00" * 4000, "không phải bản sao lưu của baocao"),
    _restore("restore-from-another-programs-database", other_program, "không phải của baocao"),
    _restore("restore-from-a-malformed-document",
             spoiled("UPDATE reports SET document = '{\"template\": \"bao-cao' WHERE id = 2"),
             "bảng reports, dòng 2, trường «document»: sai cú pháp JSON"),
    _restore("restore-from-a-document-breaking-the-schema",
             spoiled("UPDATE reports SET document = json_set(document, '$.title', 42) WHERE id = 1"),
             "bảng reports, dòng 1, trường «title»"),
    _restore("restore-from-another-programs-document",
             spoiled("UPDATE reports SET document = '{\"contacts\": [\"An\"]}' WHERE id = 3"), "có một báo cáo hỏng"),
    _restore("restore-from-a-document-nested-too-deep",
             spoiled("UPDATE reports SET document = '" + "[" * 3000 + "]" * 3000 + "' WHERE id = 1"),
             "có một báo cáo hỏng"),
    _restore("restore-from-a-document-that-is-a-number", spoiled("UPDATE reports SET document = '42'"),
             "có một báo cáo hỏng"),
    _restore("restore-from-a-row-breaking-a-check", spoiled("UPDATE reports SET status = 'xoa' WHERE id = 1"),
             "CHECK constraint failed in reports"),
    _restore("restore-from-a-version-of-no-report", spoiled(
        "INSERT INTO report_versions (report_id, version, status, document, pdf, pdf_sha256, finalised_at)"
        " SELECT 99, 1, 'final', document, x'00', printf('%064d', 0), '2025-10-10' FROM reports WHERE id = 1"),
        "FOREIGN KEY constraint failed in report_versions"),
    _restore("restore-from-a-newer-version", spoiled(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('baocao', '0099_tep_dinh_kem', '2030')"), "phiên bản baocao mới hơn"),
    _restore("restore-from-a-truncated-backup", truncated, RESTORE_REFUSED),
    _restore("restore-from-a-fifo", fifo, "không phải tệp thường"),
    _restore("restore-from-a-folder", folder, "không phải tệp thường"),
    _restore("restore-from-a-missing-file", None, "Không đọc được tệp"),
    _restore("restore-from-the-database-itself", None, "chính là cơ sở dữ liệu đang dùng", source="{db}"),
    _restore("restore-from-the-wal", None, "không phải bản sao lưu của baocao", source="{db}-wal",
             files={f"{DB}-wal": b"\x37\x7f\x06\x82" + b"\x00" * 28}, unchanged=(f"{DB}-wal",)),
    _restore("restore-into-another-programs-database", seeded_copy, "chương trình khác", db="{tmp}/khac.sqlite",
             files={"khac.sqlite": other_program}, unchanged=("khac.sqlite",),
             absent=("khac.sqlite-wal", "khac.sqlite-shm")),
    _restore("restore-into-a-text-file", seeded_copy, "không phải tệp SQLite", db="{tmp}/ghi-chu.txt",
             files={"ghi-chu.txt": "ghi chú\n"}, unchanged=("ghi-chu.txt",)),
    _restore("restore-into-a-fifo", seeded_copy, "không phải tệp thường", db="{tmp}/ong", files={"ong": fifo}),
    Case("restore-ctrl-c-in-the-middle-of-a-big-backup", ["restore", "--db", "{db}", "{tmp}/lon.sqlite"],
         files={"lon.sqlite": big}, interrupt_after=1.0, exit_codes=(130,), says="Ctrl-C",
         unchanged=("lon.sqlite",), absent=("backups", f"{DB}-journal")),
]

# ---- --db on another program's file: refused before any migration or journal-mode change ----

def _foreign(name: str, args: list[str], build: Callable[[Path], None] = other_program,
             says: str = "là cơ sở dữ liệu của chương trình khác", file: str = "khac.sqlite") -> Case:
    return Case(name, [args[0], "--db", f"{{tmp}}/{file}", *args[1:]], files={file: build}, says=says,
                unchanged=(file,), absent=(f"{file}-wal", f"{file}-shm", f"{file}-journal"))


FOREIGN = [
    _foreign("completeness-on-another-programs-database", ["completeness", *KIND]),
    _foreign("completeness-on-another-programs-wal-database", ["completeness", *KIND], other_program_wal),
    _foreign("import-into-another-programs-database", ["import", "{tmp}/hong.xlsx"]),
    _foreign("import-dry-run-on-another-programs-database", ["import", "--dry-run", "{tmp}/hong.xlsx"]),
    _foreign("scope-of-another-programs-database", ["scope"]),
    _foreign("scope-set-on-another-programs-database", ["scope", "province", "31"]),
    _foreign("key-of-another-programs-database", ["key"]),
    _foreign("consolidate-on-another-programs-database", ["consolidate", *KIND, "-o", "{tmp}/tong-hop.json"]),
    _foreign("completeness-on-a-text-file", ["completeness", *KIND], lambda p: p.write_text("ghi chú\n"),
             says="không phải tệp SQLite", file="ghi-chu.txt"),
    Case("completeness-on-a-fifo", ["completeness", "--db", "{tmp}/ong", *KIND], files={"ong": fifo},
         says="không phải tệp thường"),
    Case("completeness-on-a-folder", ["completeness", "--db", "{tmp}/thu-muc", *KIND], files={"thu-muc": folder},
         says="không phải tệp thường"),
]

CASES = [*COMPANIONS, *NOT_FILES, *SOURCES, *RESTORES, *FOREIGN]
