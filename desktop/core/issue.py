"""One problem validation finds: its level, its coded message and where it is, named for the clerk."""

from dataclasses import dataclass

from desktop.core.messages import Message
from desktop.core.tables import Column, Table, row_labels
from desktop.core.vnformat import nfc

ERROR, WARNING = "error", "warning"

# What each top-level field is called on the form.
FIELD_NAMES = {
    "number": ("Số văn bản", "Document number"),
    "date": ("Ngày ban hành", "Date of issue"),
    "title": ("Trích yếu", "Subject line"),
    "place": ("Địa danh", "Place name"),
    "kinh_gui": ("Kính gửi", "Addressees"),
    "opening": ("Đoạn mở đầu", "Opening paragraph"),
    "closing": ("Đoạn kết", "Closing paragraph"),
    "recipients": ("Nơi nhận", "Recipients"),
    "signer.position": ("Chức vụ người ký", "Signer's position"),
    "signer.name": ("Họ tên người ký", "Signer's name"),
    "signer.on_behalf_of": ("Thay mặt", "On behalf of"),
    "legal_bases": ("Căn cứ", "Legal bases"),
    "footnotes": ("Chú thích", "Footnotes"),
    "sections": ("Nội dung", "Body"),
    "issuer_parent": ("Cơ quan chủ quản", "Parent body"),
    "issuer": ("Cơ quan ban hành", "Issuing body"),
    "type_name": ("Tên loại văn bản", "Document type"),
    "symbol": ("Ký hiệu", "Symbol"),
    "unit": ("Đơn vị báo cáo", "Reporting unit"),
    "period": ("Kỳ báo cáo", "Reporting period"),
    "appendices": ("Phụ lục", "Appendices"),
}


@dataclass(frozen=True)
class Place:
    """Where an issue is: a field, or a cell of a table (row and column), named for the clerk."""

    field: str  # "number", "signer.name", or "table:<id>" for cells
    row: int = -1
    column: str = ""
    vi: str = ""
    en: str = ""


@dataclass(frozen=True)
class Issue:
    """One problem: its level, its coded message and where it is; `explanation` is the giải trình."""

    level: str
    message: Message
    place: Place
    explanation: str = ""

    @property
    def code(self) -> str:
        return self.message.code

    def text(self, lang: str = "vi") -> str:
        where = self.place.en if lang == "en" else self.place.vi
        return f"{where}: {self.message.text(lang)}"


def shown(text: object, limit: int = 60) -> str:
    """A text of the report as a message quotes it: without control characters (an ESC or a U+202E
    would act on the terminal or the list), cut to `limit` characters."""
    value = nfc(str(text))
    return value if len(value) <= limit else value[:limit - 3] + "…"


def field_place(name: str) -> Place:
    vi, en = FIELD_NAMES[name]
    return Place(name, vi=vi, en=en)


def cell_name(table: Table, index: int, column: Column, lang: str = "vi") -> str:
    """'dòng 5 «Tỷ lệ phủ sóng 5G», cột «Năm 2025»': a cell as the clerk finds it in the table."""
    label = row_labels(table)[index] or str(index + 1)
    short = shown(table.rows[index].cells.get("name", ""))
    title = shown(column.title, 200)
    if lang == "en":
        return f"row {label} «{short}», column «{title}»"
    return f"dòng {label} «{short}», cột «{title}»"


def cell_place(table: Table, index: int, column: Column, appendix_label: str) -> Place:
    """'Phụ lục 2, dòng 5 «Tỷ lệ phủ sóng 5G», cột «Năm 2025»'."""
    label = shown(appendix_label)
    vi = f"{label}, {cell_name(table, index, column)}"
    en = f"{label}, {cell_name(table, index, column, 'en')}"
    return Place(f"table:{table.id}", index, column.key, vi, en)
