"""forms/*.toml → Template, by id in a Catalogue: each file read (a regular file of bounded size), and parsed
by templatebuild.py unless the user's cache has it already. Errors name the file and field."""

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from desktop.core import bundle
from desktop.core.errors import TemplateError
from desktop.core.template import Template
from desktop.core.templatecache import cached_template

# The largest form (ke-hoach-nq57.toml) is 60 KB; a file 30 times that is not a template.
MAX_BYTES = 2 * 1024 * 1024


def _read_text(path: Path) -> str:
    """The file's text, read only if it is a regular file of at most MAX_BYTES (a FIFO, a device or a
    huge file is refused before anything is read into memory)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise TemplateError("template.not_a_file", file=str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the size on disk may change, or lie (/proc)
    except OSError as error:
        raise TemplateError("template.unreadable", file=str(path), detail=str(error)) from error
    if len(data) > MAX_BYTES:
        raise TemplateError("template.too_big", file=str(path), limit=f"{MAX_BYTES // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")  # a byte order mark, as Notepad writes, is not text
    except UnicodeDecodeError as error:
        raise TemplateError("template.unreadable", file=str(path), detail=str(error)) from error


def load_template(path: Path) -> Template:
    """Read and check one template file; what was read before comes back from the user's cache."""
    text = _read_text(path)
    return cached_template(text, path, lambda: _parsed(text, path))


def _parsed(text: str, path: Path) -> Template:
    from desktop.core.templatebuild import parse_template  # tomllib, the schema: only for a form not cached

    return parse_template(text, path)


class Catalogue:
    """The templates of a folder, by id."""

    def __init__(self, templates: Iterable[Template]) -> None:
        self._by_id: dict[str, Template] = {}
        for template in templates:
            other = self._by_id.get(template.id)
            if other is not None:
                raise TemplateError("template.duplicate", id=template.id,
                                    file=str(template.source), other=str(other.source))
            self._by_id[template.id] = template

    def get(self, template_id: str) -> Template:
        try:
            return self._by_id[template_id]
        except KeyError:
            raise TemplateError("template.unknown", id=template_id) from None

    def __iter__(self) -> Iterable[Template]:
        return iter(sorted(self._by_id.values(), key=lambda t: t.name))

    def __len__(self) -> int:
        return len(self._by_id)


def load_catalogue(folder: Path | None = None) -> Catalogue:
    """Every template file (*.toml) of a folder, forms/ by default; a folder that is missing, cannot be
    read or holds no template file is refused (TemplateError), so neither the window nor a command
    starts with no report kind."""
    folder = folder or bundle.forms_dir()
    try:
        names = os.listdir(folder)
    except FileNotFoundError as error:
        raise TemplateError("forms.folder_missing", folder=str(folder)) from error
    except NotADirectoryError as error:
        raise TemplateError("forms.not_a_folder", folder=str(folder)) from error
    except OSError as error:
        raise TemplateError("template.folder_unreadable", folder=str(folder), detail=str(error)) from error
    paths = sorted(folder / name for name in names if name.endswith(".toml"))
    if not paths:
        raise TemplateError("forms.folder_empty", folder=str(folder))
    return Catalogue(load_template(path) for path in paths)
