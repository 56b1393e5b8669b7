"""What changed between two states of a report, field by field (old → new): for the audit log
written with every save, and for comparing the versions of a report.

A field is a path into the report's plain-data form: 'title', 'signer.name',
'sections[1].children[0].text', 'appendices[0].tables[0].rows[3].cells.value'.
"""

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.core.document import Report
from desktop.core.issue import cell_place  # not from validate: the store needs no checking rules (#15)
from desktop.core.vnformat import format_number, roman


@dataclass(frozen=True)
class Change:
    """One field: its value before and after (None where it did not exist)."""

    field: str
    old: str | None
    new: str | None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def flatten(value: Any, path: str = "") -> dict[str, str]:
    """Every leaf of a plain-data tree under its path, as text."""
    if isinstance(value, dict):
        found: dict[str, str] = {}
        for key, item in value.items():
            found.update(flatten(item, f"{path}.{key}" if path else str(key)))
        return found
    if isinstance(value, list) and value:
        found = {}
        for index, item in enumerate(value):
            found.update(flatten(item, f"{path}[{index}]"))
        return found
    return {path: _text(value)}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The fields whose value differs, in the order of the new document. Only the branches that
    differ are walked: an autosave of a long report changes one paragraph or one cell."""
    found: list[Change] = []
    _diff(old, new, "", found)
    return found


_ABSENT = object()


def _diff(old: Any, new: Any, path: str, found: list[Change]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*new, *(k for k in old if k not in new)]:
            _diff(old.get(key, _ABSENT), new.get(key, _ABSENT), f"{path}.{key}" if path else str(key), found)
    elif isinstance(old, list) and isinstance(new, list) and old and new:
        if _whole_items(old, new, path, found):
            return
        for index in range(max(len(old), len(new))):
            _diff(old[index] if index < len(old) else _ABSENT, new[index] if index < len(new) else _ABSENT,
                  f"{path}[{index}]", found)
    else:
        before = {} if old is _ABSENT else flatten(old, path)
        after = {} if new is _ABSENT else flatten(new, path)
        found += [Change(key, before.get(key), value) for key, value in after.items() if before.get(key) != value]
        found += [Change(key, value, None) for key, value in before.items() if key not in after]


def _whole_items(old: list[Any], new: list[Any], path: str, found: list[Change]) -> bool:
    """Rows or sections inserted or deleted in one place: one change for each whole item (its JSON),
    rather than a change in every item after it, which only moved. False when the lists differ otherwise."""
    if len(old) == len(new) or not all(isinstance(item, dict) for item in (*old, *new)):
        return False
    short = min(len(old), len(new))
    head = next((i for i in range(short) if old[i] != new[i]), short)
    tail = next((i for i in range(short - head) if old[-1 - i] != new[-1 - i]), short - head)
    if head + tail != short:
        return False
    for index in range(head, head + abs(len(old) - len(new))):
        text = json.dumps(old[index] if len(old) > len(new) else new[index], ensure_ascii=False)
        found.append(Change(f"{path}[{index}]", text, None) if len(old) > len(new)
                     else Change(f"{path}[{index}]", None, text))
    return True


# ---- field names for people ----

NAMES = {
    "vi": {
        "title": "Trích yếu", "number": "Số", "date": "Ngày ban hành", "place": "Địa danh",
        "period": "Kỳ báo cáo", "status": "Trạng thái", "opening": "Đoạn mở đầu", "closing": "Đoạn kết",
        "recipients": "Nơi nhận", "kinh_gui": "Kính gửi", "legal_bases": "Căn cứ", "footnotes": "Chú thích",
        "signer": "Người ký", "name": "họ tên", "position": "chức vụ", "authority": "thẩm quyền",
        "on_behalf_of": "thay mặt", "sections": "Nội dung", "children": "", "heading": "tiêu đề",
        "text": "nội dung", "appendices": "Phụ lục", "tables": "bảng", "rows": "dòng", "cells": "cột",
        "explanations": "giải trình", "issuer": "Cơ quan ban hành", "issuer_parent": "Cơ quan chủ quản",
    },
    "en": {
        "title": "Subject line", "number": "Number", "date": "Date of issue", "place": "Place name",
        "period": "Period", "status": "Status", "opening": "Opening", "closing": "Closing",
        "recipients": "Recipients", "kinh_gui": "Addressees", "legal_bases": "Legal bases", "footnotes": "Notes",
        "signer": "Signer", "name": "name", "position": "position", "authority": "authority",
        "on_behalf_of": "on behalf of", "sections": "Body", "children": "", "heading": "heading",
        "text": "text", "appendices": "Appendix", "tables": "table", "rows": "row", "cells": "column",
        "explanations": "explanation", "issuer": "Issuing body", "issuer_parent": "Parent body",
    },
}
_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_label(path: str, lang: str = "vi") -> str:
    """'sections[1].children[0].text' → 'Nội dung II › 1 › nội dung'; unknown keys as they are."""
    names = NAMES.get(lang, NAMES["vi"])
    words: list[str] = []
    parent = ""
    for key, index in _PART.findall(path):
        if key:
            parent = key
            if names.get(key, key):
                words.append(names.get(key, key))
        else:
            number = int(index) + 1
            shown = roman(number) if parent == "sections" else str(number)
            if words and parent in ("sections", "appendices", "rows", "tables", "recipients", "kinh_gui",
                                    "legal_bases", "footnotes", "issuer"):
                words[-1] = f"{words[-1]} {shown}"
            else:
                words.append(shown)
    return " › ".join(words)


_CELL = re.compile(r"^appendices\[(\d+)\]\.tables\[(\d+)\]\.rows\[(\d+)\]\.(cells|explanations)\.(.+)$")
_ROW = re.compile(r"^appendices\[(\d+)\]\.tables\[(\d+)\]\.rows\[(\d+)\]$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
WHOLE_ROW = {"vi": "{0}, dòng thứ {1} (cả dòng)", "en": "{0}, row {1} (the whole row)"}
STATUSES = {"vi": {"draft": "bản nháp", "final": "đã hoàn tất", "sent": "đã gửi"},
            "en": {"draft": "draft", "final": "final", "sent": "sent"}}


def describe(path: str, report: Report | None, lang: str = "vi") -> str:
    """A field named as the clerk sees it: a table cell as 'Phụ lục 1, dòng 2 «…», cột «…»'
    (its row and column looked up in `report`), anything else by `field_label`."""
    row = _ROW.match(path)
    if row and report is not None and int(row.group(1)) < len(report.appendices):
        words = WHOLE_ROW.get(lang, WHOLE_ROW["vi"])
        return words.format(report.appendices[int(row.group(1))].label, int(row.group(3)) + 1)
    found = _CELL.match(path)
    if found and report is not None:
        appendix_index, table_index, row_index = (int(found.group(i)) for i in (1, 2, 3))
        kind, key = found.group(4), found.group(5)
        tables = report.appendices[appendix_index].tables if appendix_index < len(report.appendices) else []
        table = tables[table_index] if table_index < len(tables) else None
        if table is not None and row_index < len(table.rows) and table.has_column(key):
            place = cell_place(table, row_index, table.column(key), report.appendices[appendix_index].label)
            where = place.en if lang == "en" else place.vi
            return f"{where} ({NAMES[lang if lang in NAMES else 'vi']['explanations']})" if kind == "explanations" \
                else where
    return field_label(path, lang)


def _number_text(value: str) -> str:
    """'1234' → '1.234', '407.28' → '407,28': a figure as Vietnamese documents write it."""
    return format_number(int(value) if "." not in value else Decimal(value)) if NUMBER.match(value) else value


def _row_text(value: str) -> str:
    """A whole row (its JSON) as its cells read: 'Tên chỉ tiêu | 1.234 | Ghi chú'."""
    try:
        cells = json.loads(value).get("cells", {})
    except (ValueError, AttributeError):
        return value
    return " | ".join(_number_text(str(v)) for v in cells.values() if v not in (None, ""))


def shown_value(path: str, value: str | None, lang: str = "vi") -> str | None:
    """A logged value as people read it: the status in words, a figure with Vietnamese separators
    (1.234; 407,28), a whole row as its cells; anything else as stored."""
    if value is None:
        return None
    if path == "status":
        return STATUSES.get(lang, STATUSES["vi"]).get(value, value)
    cell = _CELL.match(path)
    if cell and cell.group(4) == "cells":
        return _number_text(value)
    if _ROW.match(path):
        return _row_text(value)
    return value
