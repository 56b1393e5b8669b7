"""forms/*.toml → checked against the template schema → Template. Errors name the file and field."""

import string
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop.core import bundle
from desktop.core.errors import TemplateError
from desktop.core.schemacheck import field_path, first_problem
from desktop.core.tabledefs import build_appendices, build_validation
from desktop.core.template import PLACEHOLDERS, OutlineItem, SignerDefaults, Template
from desktop.core.vnformat import nfc_tree

SCHEMA = "template.schema.json"


def _texts(value: Any, path: list[str | int]) -> Iterable[tuple[list[str | int], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, [*path, i])
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, [*path, key])


def _check_placeholders(raw: Mapping[str, Any], file: str) -> None:
    for path, text in _texts(raw, []):
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        except ValueError as error:
            raise TemplateError("template.invalid", file=file, field=field_path(path),
                                detail=f"dấu ngoặc {{ }} không khớp ({error})") from error
        for name in names:
            if name not in PLACEHOLDERS:
                known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                raise TemplateError("template.invalid", file=file, field=field_path(path),
                                    detail=f"không có chỗ điền «{{{name}}}»; dùng được: {known}")


def _outline(items: list[dict[str, Any]]) -> tuple[OutlineItem, ...]:
    return tuple(
        OutlineItem(
            heading=item["heading"],
            hint=item.get("hint", ""),
            text=item.get("text", ""),
            children=_outline(item.get("children", [])),
            numbering=item.get("numbering", ""),
            gather=item.get("gather", False),
        )
        for item in items
    )


def build_template(raw: Mapping[str, Any], source: Path | None = None) -> Template:
    """A Template from a parsed template file (a dict), after checking it against the schema."""
    file = str(source) if source else "(mẫu)"
    raw = nfc_tree(dict(raw))
    problem = first_problem(SCHEMA, raw)
    if problem:
        raise TemplateError("template.invalid", file=file, field=problem[0], detail=problem[1])
    _check_placeholders(raw, file)
    doc = raw["document"]
    signer = raw["signer"]
    appendices = build_appendices(raw.get("appendices", []), file)
    return Template(
        id=raw["id"],
        name=raw["name"],
        version=raw["version"],
        profile=raw["profile"],
        periods=tuple(raw["periods"]),
        type_name=doc["type_name"],
        type_code=doc["type_code"],
        issuer_code=doc["issuer_code"],
        title=doc["title"],
        kinh_gui=tuple(doc.get("kinh_gui", [])),
        opening=doc.get("opening", ""),
        closing=doc.get("closing", ""),
        recipients=tuple(doc["recipients"]),
        signer=SignerDefaults(signer["authority"], signer.get("on_behalf_of", ""),
                              signer["position"]),
        outline=_outline(raw["outline"]),
        legal_bases=tuple(doc.get("legal_bases", [])),
        issuer_parent=doc.get("issuer_parent", ""),
        issuer=tuple(doc.get("issuer", [])),
        appendices=appendices,
        validation=build_validation(raw.get("validation", {}), appendices, file),
        next_period_figures=doc.get("next_period_figures", "clear"),
        source=source,
    )


def load_template(path: Path) -> Template:
    """Read and check one template file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError("template.unreadable", file=str(path), detail=str(error)) from error
    except tomllib.TOMLDecodeError as error:
        raise TemplateError("template.unreadable", file=str(path),
                            detail=f"sai cú pháp TOML: {error}") from error
    return build_template(raw, path)


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
    """Every template file (*.toml) of a folder, forms/ by default."""
    folder = folder or bundle.forms_dir()
    return Catalogue(load_template(path) for path in sorted(folder.glob("*.toml")))
