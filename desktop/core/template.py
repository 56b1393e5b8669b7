"""A report template: what one report kind looks like, read from a file in forms/."""

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class OutlineItem:
    """A numbered section of the default outline; `hint` says what to write in it."""

    heading: str
    hint: str = ""
    text: str = ""
    children: tuple["OutlineItem", ...] = ()


@dataclass(frozen=True)
class SignerDefaults:
    authority: str  # "TM.", "KT.", "TL.", "TUQ.", "Q." or ""
    on_behalf_of: str
    position: str


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
    source: Path | None = field(default=None, compare=False)

    @property
    def symbol(self) -> str:
        """The ký hiệu after the number: 'BC-UBND'."""
        return f"{self.type_code}-{self.issuer_code}"


# Placeholders a template text may use; filled from the commune when a report is created.
PLACEHOLDERS = {
    "unit_name": "tên đơn vị viết trong câu, ví dụ «phường Trần Liễu»",
    "unit_kind": "loại đơn vị: «xã», «phường» hoặc «đặc khu»",
    "place": "địa danh, ví dụ «Trần Liễu»",
    "province": "tên tỉnh, thành phố, ví dụ «Thành phố Hải Phòng»",
}
