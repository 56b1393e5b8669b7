"""A report document: one filled report of a template, for one commune and one period."""

import copy
import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core.periods import choices
from desktop.core.tables import Table, table_from_dict, table_to_dict
from desktop.core.template import AppendixDef, OutlineItem, Template
from desktop.core.units import AdminUnit, issuer_lines, place_name

FORMAT = "baocao.report/1"
STATUSES = ("draft", "final", "sent")


@dataclass
class Section:
    """A numbered section: its heading, its text (one paragraph a line) and its subsections."""

    heading: str
    text: str = ""
    children: list["Section"] = field(default_factory=list)
    hint: str = ""
    numbering: str = ""  # "decimal": the children are numbered 2.1., 2.2. instead of a), b)


# Signing on behalf of someone (ND30.md §4.1); the last three are the Party's forms (§10.1).
AUTHORITIES = ("TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L")


@dataclass
class Signer:
    """The signature block: 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' / name. `position` may span lines."""

    authority: str = ""
    on_behalf_of: str = ""
    position: str = ""
    name: str = ""

    def title_lines(self) -> list[str]:
        """The capitalised lines above the signature."""
        lines = []
        if self.authority:
            lines.append(f"{self.authority} {self.on_behalf_of}".strip())
        lines.extend(line.strip() for line in self.position.splitlines() if line.strip())
        return lines

    @staticmethod
    def is_authority(line: str) -> bool:
        """Whether a title line names the authority signed under: 'TM. …', 'KT. CHỦ TỊCH', 'T/M …'."""
        return line.split(" ", 1)[0].upper() in AUTHORITIES


@dataclass
class UnitRef:
    """The administrative unit a report belongs to, as it was when the report was made."""

    code: int
    name: str
    kind: str
    province_code: int
    province_name: str

    @classmethod
    def of(cls, unit: AdminUnit) -> "UnitRef":
        return cls(unit.code, unit.name, unit.kind, unit.province_code, unit.province_name)


@dataclass
class Appendix:
    """A Phụ lục printed after the signature: label, title, an optional text and its tables."""

    id: str
    label: str
    title: str
    text: str = ""
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    """Everything printed on the report. Header texts are kept as printed, not recomputed."""

    template_id: str
    unit: UnitRef | None
    issuer_parent: str  # cơ quan chủ quản line, usually empty for a commune People's Committee
    issuer: list[str]  # issuing-body lines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]
    place: str
    period: str
    number: str  # may stay blank in a draft
    symbol: str  # "BC-UBND"
    date: datetime.date | None
    year: int
    type_name: str
    title: str
    kinh_gui: list[str] = field(default_factory=list)
    opening: str = ""
    sections: list[Section] = field(default_factory=list)
    closing: str = ""
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    status: str = "draft"
    template_version: int = 1
    profile: str = "nd30"
    legal_bases: list[str] = field(default_factory=list)  # "Căn cứ ..." paragraphs before the opening
    footnotes: list[str] = field(default_factory=list)  # note n is marked "[^n]" in the texts
    appendices: list[Appendix] = field(default_factory=list)

    def tables(self) -> list[Table]:
        """Every table of every appendix, in print order."""
        return [t for a in self.appendices for t in a.tables]

    def table(self, table_id: str) -> Table | None:
        return next((t for t in self.tables() if t.id == table_id), None)

    def heading_texts(self) -> list[str]:
        """Every heading, depth first, for lists and search."""
        found: list[str] = []

        def walk(sections: list[Section]) -> None:
            for section in sections:
                found.append(section.heading)
                walk(section.children)

        walk(self.sections)
        return found


# A placeholder {name}, or a doubled brace printed as one ({{ → {); anything else is left as written.
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def _fill(text: str, values: dict[str, str]) -> str:
    """The text with each {name} of `values` filled in. Not str.format: a template the loader did not
    check ({unit_name:>900000000}, {unit_name!r}, {unit_name.x}) is left as written, never expanded."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]) if m[1] else m[0][0], text)


def _sections(items: tuple[OutlineItem, ...], values: dict[str, str]) -> list[Section]:
    return [
        Section(_fill(i.heading, values), _fill(i.text, values), _sections(i.children, values),
                _fill(i.hint, values), i.numbering)
        for i in items
    ]


def _fill_tree(value: Any, values: dict[str, str]) -> Any:
    if isinstance(value, str):
        return _fill(value, values)
    if isinstance(value, dict):
        return {k: _fill_tree(v, values) for k, v in value.items()}
    return value


def _appendix(item: AppendixDef, values: dict[str, str]) -> Appendix:
    tables = copy.deepcopy(list(item.tables))
    for table in tables:
        for row in table.rows:
            row.cells = _fill_tree(row.cells, values)
    return Appendix(item.id, _fill(item.label, values), _fill(item.title, values), _fill(item.text, values),
                    tables)


def new_report(template: Template, unit: AdminUnit, *, today: datetime.date,
               place_style: str = "proper") -> Report:
    """A draft of a template for a commune (or a province): the template's texts filled with its names."""
    place = place_name(unit, place_style)
    values = {"unit_name": unit.lower_name, "unit_kind": unit.kind, "place": place,
              "province": unit.province_name, "UNIT_NAME": unit.name.upper()}
    return filled_report(template, values, unit=UnitRef.of(unit), place=place, today=today,
                         issuer=[_fill(line, values) for line in template.issuer] or issuer_lines(unit))


def filled_report(template: Template, values: dict[str, str], *, unit: UnitRef | None, place: str,
                  issuer: list[str], today: datetime.date) -> Report:
    """A draft of a template with its placeholders filled from `values` (see template.PLACEHOLDERS)."""
    return Report(
        template_id=template.id,
        unit=unit,
        issuer_parent=_fill(template.issuer_parent, values),
        issuer=issuer,
        place=place,
        period=str(choices(template.periods, today)[0]),
        number="",
        symbol=template.symbol,
        date=today,
        year=today.year,
        type_name=template.type_name,
        title=_fill(template.title, values),
        kinh_gui=[_fill(k, values) for k in template.kinh_gui],
        opening=_fill(template.opening, values),
        sections=_sections(template.outline, values),
        closing=_fill(template.closing, values),
        recipients=[_fill(r, values) for r in template.recipients],
        signer=Signer(template.signer.authority, template.signer.on_behalf_of,
                      template.signer.position, ""),
        template_version=template.version,
        profile=template.profile,
        legal_bases=[_fill(b, values) for b in template.legal_bases],
        appendices=[_appendix(a, values) for a in template.appendices],
    )


# ---- plain-data form (the JSON file and the database row both hold this) ----

def _section_dict(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {"heading": section.heading, "text": section.text}
    if section.hint:
        data["hint"] = section.hint
    if section.numbering:
        data["numbering"] = section.numbering
    data["children"] = [_section_dict(c) for c in section.children]
    return data


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON-ready form of a report (see resources/schema/report.schema.json)."""
    unit = report.unit
    return {
        "format": FORMAT,
        "template": report.template_id,
        "template_version": report.template_version,
        "profile": report.profile,
        "status": report.status,
        "unit": None if unit is None else {
            "code": unit.code, "name": unit.name, "kind": unit.kind,
            "province_code": unit.province_code, "province_name": unit.province_name,
        },
        "issuer_parent": report.issuer_parent,
        "issuer": list(report.issuer),
        "place": report.place,
        "period": report.period,
        "number": report.number,
        "symbol": report.symbol,
        "date": report.date.isoformat() if report.date else None,
        "year": report.year,
        "type_name": report.type_name,
        "title": report.title,
        "kinh_gui": list(report.kinh_gui),
        "legal_bases": list(report.legal_bases),
        "opening": report.opening,
        "sections": [_section_dict(s) for s in report.sections],
        "closing": report.closing,
        "footnotes": list(report.footnotes),
        "recipients": list(report.recipients),
        "signer": {
            "authority": report.signer.authority, "on_behalf_of": report.signer.on_behalf_of,
            "position": report.signer.position, "name": report.signer.name,
        },
        "appendices": [
            {"id": a.id, "label": a.label, "title": a.title, "text": a.text,
             "tables": [table_to_dict(t) for t in a.tables]}
            for a in report.appendices
        ],
    }


def _section_from(data: dict[str, Any]) -> Section:
    return Section(data["heading"], data.get("text", ""),
                   [_section_from(c) for c in data.get("children", [])], data.get("hint", ""),
                   data.get("numbering", ""))


def from_dict(data: dict[str, Any]) -> Report:
    """A Report from its plain-data form; the data must already match the schema."""
    unit = data.get("unit")
    signer = data["signer"]
    return Report(
        template_id=data["template"],
        unit=UnitRef(**unit) if unit else None,
        issuer_parent=data.get("issuer_parent", ""),
        issuer=list(data["issuer"]),
        place=data["place"],
        period=data["period"],
        number=data.get("number", ""),
        symbol=data["symbol"],
        date=datetime.date.fromisoformat(data["date"]) if data.get("date") else None,
        year=data["year"],
        type_name=data["type_name"],
        title=data["title"],
        kinh_gui=list(data.get("kinh_gui", [])),
        opening=data.get("opening", ""),
        sections=[_section_from(s) for s in data.get("sections", [])],
        closing=data.get("closing", ""),
        recipients=list(data.get("recipients", [])),
        signer=Signer(signer.get("authority", ""), signer.get("on_behalf_of", ""),
                      signer.get("position", ""), signer.get("name", "")),
        status=data.get("status", "draft"),
        template_version=data.get("template_version", 1),
        profile=data.get("profile", "nd30"),
        legal_bases=list(data.get("legal_bases", [])),
        footnotes=list(data.get("footnotes", [])),
        appendices=[
            Appendix(a["id"], a["label"], a["title"], a.get("text", ""),
                     [table_from_dict(t) for t in a.get("tables", [])])
            for a in data.get("appendices", [])
        ],
    )
