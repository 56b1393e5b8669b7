"""Editing a table the way a clerk types: cell text in and out, blocks pasted from Excel, rows added."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.core.errors import BaocaoError
from desktop.core.tables import Column, Row, Table, cell_type, row_labels, shown_value
from desktop.core.vnformat import format_number, format_percent, nfc, parse_number, parse_percent, parse_ratio

MAX_TEXT = 20000


def format_value(value: Any, kind: str | None) -> str:
    """A stored value as the form and the PDF show it: 33.099, 407,28, 99,77%."""
    if value is None or value == "":
        return ""
    if kind in ("percent", "ratio") and isinstance(value, int | Decimal):
        return format_percent(value)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def cell_text(table: Table, index: int, column: Column, labels: Sequence[str] | None = None) -> str:
    """What a cell shows: its number, computed values included (STT, group totals, ratios)."""
    if column.type == "stt":
        return (labels or row_labels(table))[index]
    kind = "ratio" if column.type == "ratio" else cell_type(table.rows[index], column)
    return format_value(shown_value(table, index, column), kind)


def _choice(text: str, column: Column) -> str:
    matches = [o for o in column.options if o.casefold() == text.casefold()] or \
        [o for o in column.options if o.casefold().startswith(text.casefold())]
    if len(matches) != 1:
        raise BaocaoError("cell.choice", value=text, options="; ".join(column.options))
    return matches[0]


def parse_cell(text: str, kind: str | None, column: Column) -> Any:
    """The value typed into a cell, or None for an empty cell; BaocaoError when it cannot be read.
    Control characters (NUL, ESC, U+202E …, see texthygiene) are dropped; line breaks and tabs stay."""
    text = nfc(text).strip()  # nfc drops the control characters
    if kind is None:
        raise BaocaoError("cell.not_applicable", column=column.title)
    if not text:
        return None
    if kind == "count":
        return parse_number(text, integer=True)
    if kind == "number":
        return parse_number(text)
    if kind == "percent":
        return parse_percent(text)
    if kind == "choice":
        return _choice(text, column)
    if len(text) > MAX_TEXT:
        raise BaocaoError("cell.too_long", limit=MAX_TEXT)
    return text


def _typed_kind(row: Row, column: Column, text: str) -> None:
    """A row the clerk added to an indicator table takes its kind from the value typed:
    '45/50' makes it a ratio, '85%' a percentage, a plain number a count (money if decimal)."""
    if column.type != "amount" or row.key or row.group:
        return
    text = text.strip()
    if "/" in text:
        row.kind = "ratio"
    elif text.endswith("%"):
        row.kind = "percent"
    elif text:
        row.kind = "money" if isinstance(parse_number(text), Decimal) else "count"


def _set_ratio(table: Table, index: int, text: str) -> bool:
    numerator, denominator = parse_ratio(text)
    row = table.rows[index]
    changed = (row.cells.get("value"), row.cells.get("denominator")) != (numerator, denominator)
    row.cells["value"] = numerator
    if table.has_column("denominator"):
        row.cells["denominator"] = denominator
    return changed


def set_cell(table: Table, index: int, key: str, text: str) -> bool:
    """Store typed text in a cell, without its control characters; True if the value changed. Raises
    (changing nothing) if unreadable."""
    column = table.column(key)
    if not column.editable:
        raise BaocaoError("cell.computed", column=column.title)
    row = table.rows[index]
    kind_before = row.kind
    text = nfc(text)  # NFC, control characters dropped
    try:
        _typed_kind(row, column, text)
        if row.kind == "ratio" and column.type == "amount" and "/" in text:
            return _set_ratio(table, index, text) or row.kind != kind_before
        value = parse_cell(text, cell_type(row, column), column)
    except BaocaoError:
        row.kind = kind_before
        raise
    if row.cells.get(key) == value and (value is not None or key not in row.cells) and row.kind == kind_before:
        return False
    if value is None:
        row.cells.pop(key, None)
    else:
        row.cells[key] = value
    return True


@dataclass(frozen=True)
class PasteProblem:
    """A pasted cell that was not taken, and why."""

    row: int
    column: str
    error: BaocaoError


def paste_block(table: Table, top: int, columns: Sequence[Column], block: Sequence[Sequence[str]]
                ) -> tuple[int, list[PasteProblem]]:
    """Fill cells from a block of text (rows of cells, as Excel copies them) from row `top` on,
    in the given columns; adds rows when allowed. Returns (cells changed, cells refused)."""
    changed, problems = 0, []
    for offset, values in enumerate(block):
        index = top + offset
        if index >= len(table.rows):
            if not table.can_add_rows:
                break
            add_row(table, len(table.rows))
        for column, text in zip(columns, values, strict=False):
            if not column.editable or cell_type(table.rows[index], column) is None:
                continue
            try:
                changed += set_cell(table, index, column.key, text)
            except BaocaoError as error:
                problems.append(PasteProblem(index, column.key, error))
    return changed, problems


def parse_clipboard(text: str) -> list[list[str]]:
    """Excel's clipboard text: rows split by newlines, cells by tabs; a trailing newline is dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def add_row(table: Table, at: int, *, group: bool = False) -> Row:
    """A new empty row at position `at`, at the level of the row above it (an item under a group)."""
    if not table.can_add_rows:
        raise BaocaoError("table.fixed_rows", table=table.title or table.id)
    above = table.rows[at - 1] if 0 < at <= len(table.rows) else None
    level = 2 if above is None else (above.level + 1 if above.group and above.level < 3 else above.level)
    kind = "count" if table.kind == "indicators" else ""
    row = Row(level=1 if group else level, group=group, kind="" if group else kind)
    table.rows.insert(at, row)
    return row


def remove_row(table: Table, index: int) -> Row:
    if not table.can_add_rows:
        raise BaocaoError("table.fixed_rows", table=table.title or table.id)
    return table.rows.pop(index)
