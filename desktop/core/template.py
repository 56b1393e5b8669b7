"""A report template: what one report kind looks like, read from a file in forms/."""

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.tables import Table


@dataclass(frozen=True)
class OutlineItem:
    """A numbered section of the default outline; `hint` says what to write in it.

    `gather`: in a consolidated report (the city's, the nation's), this section's text is the texts
    its units wrote in the section of the same heading path, each paragraph after the unit's name.
    """

    heading: str
    hint: str = ""
    text: str = ""
    children: tuple["OutlineItem", ...] = ()
    numbering: str = ""  # "decimal": the children are numbered 2.1., 2.2. instead of a), b)
    gather: bool = False


@dataclass(frozen=True)
class SignerDefaults:
    authority: str  # "TM.", "KT.", "TL.", "TUQ.", "Q." (state), "T/M", "K/T", "T/L" (Party) or ""
    on_behalf_of: str
    position: str


@dataclass(frozen=True)
class AppendixDef:
    """A Phụ lục of the template: its label, its title and the tables it holds."""

    id: str
    label: str  # "Phụ lục 1", "Phụ lục I"
    title: str
    text: str = ""
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class SumRule:
    """Parts that must add up to a total: across the columns of each row, or across rows by key."""

    table: str
    across: str  # "columns" or "rows"
    total: str
    parts: tuple[str, ...]
    column: str = "value"  # for rows: the column that is added up
    level: str = "error"


@dataclass(frozen=True)
class Validation:
    """The checks a template declares; the ones every report gets are in validate.py."""

    required: tuple[str, ...] = ("title", "place", "signer.position", "recipients")
    recommended: tuple[str, ...] = ("number", "date", "signer.name")
    jump: float = 0.5  # warn when an indicator moves more than this fraction from the previous period
    recipient_end: str = ";"  # how each line of Nơi nhận ends, the last one with "."
    sums: tuple[SumRule, ...] = ()


@dataclass(frozen=True)
class Template:
    """One report kind. Texts may hold the placeholders listed in PLACEHOLDERS."""

    id: str
    name: str
    version: int
    profile: str
    periods: tuple[str, ...]
    type_name: str
    type_code: str
    issuer_code: str
    title: str
    kinh_gui: tuple[str, ...]
    opening: str
    closing: str
    recipients: tuple[str, ...]
    signer: SignerDefaults
    outline: tuple[OutlineItem, ...]
    legal_bases: tuple[str, ...] = ()
    issuer_parent: str = ""  # cơ quan chủ quản line; empty for a commune People's Committee
    issuer: tuple[str, ...] = ()  # issuing-body lines; empty: the commune's People's Committee
    appendices: tuple[AppendixDef, ...] = ()
    validation: Validation = field(default_factory=Validation)
    next_period_figures: str = "clear"  # a copy for the next period keeps ("keep") or blanks its figures
    source: Path | None = field(default=None, compare=False)

    @property
    def symbol(self) -> str:
        """The ký hiệu after the number: 'BC-UBND' (state), 'BC/BCĐ' (Party)."""
        joiner = "/" if self.profile == "party" else "-"
        return f"{self.type_code}{joiner}{self.issuer_code}"

    def table(self, table_id: str) -> Table | None:
        for appendix in self.appendices:
            for table in appendix.tables:
                if table.id == table_id:
                    return table
        return None


# Placeholders a template text may use; filled from the commune when a report is created.
PLACEHOLDERS = {
    "unit_name": "tên đơn vị viết trong câu, ví dụ «phường Trần Liễu»",
    "unit_kind": "loại đơn vị: «xã», «phường» hoặc «đặc khu»",
    "place": "địa danh, ví dụ «Trần Liễu»",
    "province": "tên tỉnh, thành phố, ví dụ «Thành phố Hải Phòng»",
    "UNIT_NAME": "tên đơn vị viết hoa, ví dụ «PHƯỜNG TRẦN LIỄU»",
}
