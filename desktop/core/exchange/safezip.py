"""Reading a received .xlsx (a zip) without trusting it: sizes, ratios and names are checked in the
zip's directory before a byte is decompressed, and every read stops at its limit (zip bombs)."""

import io
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import BaocaoError

MAX_FILE = 50 * 1024 * 1024  # an export is a few hundred kB; 50 MB is not one
MAX_ENTRIES = 200
MAX_ENTRY = 30 * 1024 * 1024
MAX_TOTAL = 120 * 1024 * 1024
MAX_RATIO = 150  # XML compresses 10-40 times; a bomb compresses thousands of times
RATIO_FROM = 256 * 1024  # small parts may compress very well without harm
_SAFE_NAME = re.compile(r"[A-Za-z0-9_\-.\[\]]+(/[A-Za-z0-9_\-.\[\]]+)*")


def read_bounded(path: Path, limit: int = MAX_FILE) -> bytes:
    """The bytes of a regular file, refused past `limit` (read, not taken from st_size: a FIFO or a
    device has none)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BaocaoError("exchange.not_a_file", file=path.name)
        with path.open("rb", buffering=0) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise BaocaoError("exchange.unreadable", file=path.name, detail=error.strerror or str(error)) from error
    if len(data) > limit:
        raise BaocaoError("exchange.too_big", file=path.name, limit=limit // (1024 * 1024))
    return data


@dataclass
class SafeZip:
    """A zip whose directory passed the checks; `read` decompresses one entry within its limits."""

    archive: zipfile.ZipFile
    file: str

    @property
    def names(self) -> list[str]:
        return [info.filename for info in self.archive.infolist()]

    def read(self, name: str, limit: int = MAX_ENTRY) -> bytes:
        info = self.archive.getinfo(name)
        try:
            with self.archive.open(info) as entry:
                data = entry.read(min(limit, info.file_size) + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError) as error:
            raise BaocaoError("exchange.zip_broken", file=self.file, detail=str(error)) from error
        if len(data) > min(limit, info.file_size):
            raise BaocaoError("exchange.zip_unsafe", file=self.file, detail=f"phần «{name}» lớn hơn khai báo")
        return data


def open_zip(data: bytes, file: str) -> SafeZip:
    """The zip in `data`, its directory checked; BaocaoError when it is not a zip or not a safe one."""
    if not data.startswith(b"PK\x03\x04"):
        raise BaocaoError("exchange.not_zip", file=file)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise BaocaoError("exchange.zip_broken", file=file, detail=str(error)) from error
    problem = _directory_problem(infos)
    if problem:
        raise BaocaoError("exchange.zip_unsafe", file=file, detail=problem)
    return SafeZip(archive, file)


def _directory_problem(infos: list[zipfile.ZipInfo]) -> str | None:
    if len(infos) > MAX_ENTRIES:
        return f"có {len(infos)} phần, nhiều hơn {MAX_ENTRIES}"
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        return "có hai phần cùng tên"
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        return "tổng dung lượng giải nén quá lớn"
    for info in infos:
        problem = _entry_problem(info)
        if problem:
            return problem
    return None


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if len(name) > 200 or not _SAFE_NAME.fullmatch(name) or ".." in name.split("/"):
        return f"tên phần không hợp lệ «{name[:80]}»"
    if info.flag_bits & 0x1:
        return f"phần «{name}» bị mã hóa"
    if info.file_size > MAX_ENTRY:
        return f"phần «{name}» giải nén ra {info.file_size // (1024 * 1024)} MB"
    if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return f"phần «{name}» nén {info.file_size // max(info.compress_size, 1)} lần (bom nén)"
    return None
