"""Tables of a report: indicator, task and plain grids, with typed columns and numbered rows.

A table is the same structure in a template (its prototype) and in a report (filled in): the report
keeps its own copy of the columns, so a file prints and validates without the template at hand.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.core.vnformat import ratio_percent, roman

# Column types. "amount" and "denominator" take the type of the row's indicator kind.
COLUMN_TYPES = ("stt", "text", "count", "number", "percent", "ratio", "choice", "amount", "denominator",
                "previous")
INDICATOR_KINDS = ("count", "money", "ratio", "percent", "text")
AGGREGATIONS = ("sum", "ratio_of_sums", "none")
TABLE_KINDS = ("indicators", "tasks", "grid")
NUMBERINGS = ("restart", "continuous", "none")

TASK_STATUSES = (
    "chưa triển khai",
    "đang thực hiện trong hạn",
    "đang thực hiện quá hạn",
    "hoàn thành đúng hạn",
    "hoàn thành quá hạn",
)

# The cell type behind an "amount" column, by indicator kind; a ratio's numerator is a plain number.
_AMOUNT_TYPES = {"count": "count", "money": "number", "percent": "percent", "text": "text"}

# Columns a template may name by key alone: (title, type, relative width).
KNOWN_COLUMNS: dict[str, tuple[str, str, float]] = {
    "stt": ("STT", "stt", 0.5),
    "name": ("Nội dung", "text", 4.0),
    "unit": ("Đơn vị tính", "text", 1.0),
    "value": ("Kết quả", "amount", 1.2),
    "denominator": ("Mẫu số", "denominator", 1.2),
    "ratio": ("Tỷ lệ", "ratio", 1.0),
    "previous": ("Các kỳ trước", "previous", 1.6),
    "lead": ("Cơ quan chủ trì", "text", 2.0),
    "partners": ("Cơ quan phối hợp", "text", 2.0),
    "deadline": ("Thời gian hoàn thành", "text", 1.3),
    "status": ("Tình trạng", "choice", 1.5),
    "result": ("Kết quả thực hiện", "text", 2.5),
    "output": ("Sản phẩm đầu ra", "text", 1.3),
    "note": ("Ghi chú", "text", 1.5),
}


def target_column(key: str) -> str | None:
    """The year of a target column ('target:2030' → '2030'), or None."""
    if key.startswith("target:"):
        return key.split(":", 1)[1]
    return None


@dataclass(frozen=True)
class Column:
    """A column: its key in the rows' cells, its printed title and its type."""

    key: str
    title: str
    type: str
    width: float = 1.0
    options: tuple[str, ...] = ()
    of: tuple[str, str] | None = None  # ratio: the numerator and denominator columns
    total: bool = False  # group rows and the total row add this column up
    required: bool = False

    @property
    def editable(self) -> bool:
        return self.type not in ("stt", "ratio", "previous")


@dataclass
class Row:
    """A row: an indicator, a task, or a group heading (I, II, 1 …) over the rows that follow."""

    cells: dict[str, Any] = field(default_factory=dict)
    key: str = ""
    level: int = 2  # 1: Roman group (I, II); 2: 1, 2, 3; 3: 1.1, 1.2
    group: bool = False
    kind: str = ""  # indicator kind, indicator tables only
    aggregate: str = ""  # how a city adds the indicator up
    explanations: dict[str, str] = field(default_factory=dict)  # giải trình, by column key


@dataclass
class Table:
    """A table in a report: columns from the template, rows filled in by the clerk."""

    id: str
    kind: str
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    numbering: str = "restart"
    total_row: str = ""  # label of a computed last row, e.g. "Tổng cộng"; empty for none
    can_add_rows: bool = True

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def has_column(self, key: str) -> bool:
        return any(c.key == key for c in self.columns)

    def row_by_key(self, key: str) -> Row | None:
        return next((r for r in self.rows if r.key == key), None)


def _ratio_terms(row: Row) -> str:
    """A ratio counts people, dossiers …, so its terms are whole numbers, unless it is money."""
    return "number" if "đồng" in str(row.cells.get("unit", "")) else "count"


def cell_type(row: Row, column: Column) -> str | None:
    """The type of one cell, or None when the cell does not apply (a count has no denominator)."""
    if column.type == "amount":
        return _ratio_terms(row) if row.kind == "ratio" else _AMOUNT_TYPES.get(row.kind or "count")
    if column.type == "denominator":
        return _ratio_terms(row) if row.kind == "ratio" else None
    return column.type


def row_labels(table: Table) -> list[str]:
    """The STT of each row: I, II for level-1 groups; 1, 2 below them; 1.1, 1.2 at level 3."""
    labels: list[str] = []
    roman_count = arabic = sub = 0
    for row in table.rows:
        if table.numbering == "none":
            labels.append("")
        elif row.level == 1:
            roman_count += 1
            sub = 0
            if table.numbering == "restart":
                arabic = 0
            labels.append(roman(roman_count))
        elif row.level == 2:
            arabic += 1
            sub = 0
            labels.append(str(arabic))
        else:
            sub += 1
            labels.append(f"{arabic}.{sub}" if arabic else str(sub))
    return labels


def _children(table: Table, index: int) -> list[Row]:
    """The rows under the group at `index`: those after it, up to the next row of its level or above."""
    level = table.rows[index].level
    found = []
    for row in table.rows[index + 1:]:
        if row.level <= level:
            break
        found.append(row)
    return found


def _sum(rows: list[Row], key: str) -> int | Decimal | None:
    values = [r.cells.get(key) for r in rows if not r.group]
    numbers = [v for v in values if isinstance(v, int | Decimal) and not isinstance(v, bool)]
    return sum(numbers) if numbers else None


def group_total(table: Table, index: int, key: str) -> int | Decimal | None:
    """A group row's sum of a total column over the rows below it; None if nothing is entered."""
    return _sum(_children(table, index), key)


def table_total(table: Table, key: str) -> int | Decimal | None:
    """The total row's value of a column: the sum over every non-group row."""
    return _sum(table.rows, key)


def total_value(table: Table, column: Column) -> int | Decimal | None:
    """A column's cell in the total row: the sum of a total column, the ratio of the sums for a ratio."""
    if column.type == "ratio" and column.of:
        return ratio_percent(*(table_total(table, key) for key in column.of))
    return table_total(table, column.key) if column.total else None


def shown_value(table: Table, index: int, column: Column) -> Any:
    """What a cell holds once computed values are filled in: group totals and ratios."""
    row = table.rows[index]
    value = row.cells.get(column.key)
    if value is None and row.group and column.total:
        return group_total(table, index, column.key)
    if column.type == "ratio":
        return row_ratio(table, index, column)
    return value


def printed_values(table: Table, columns: list[Column]) -> list[list[tuple[Any, str | None]]]:
    """Each row's cells as printed, before formatting: (the STT label or the shown value, the cell's
    type). A percent indicator's value is printed once, under «Tỷ lệ», as seed 003 prints it: its own
    value cell then has no type."""
    labels = row_labels(table)
    has_ratio = any(c.type == "ratio" for c in columns)
    rows = []
    for index, row in enumerate(table.rows):
        cells = []
        for column in columns:
            once = has_ratio and row.kind == "percent" and column.type == "amount"
            kind = None if once else cell_type(row, column)
            cells.append((labels[index] if kind == "stt" else shown_value(table, index, column), kind))
        rows.append(cells)
    return rows


def row_ratio(table: Table, index: int, column: Column) -> Decimal | None:
    """A ratio cell: numerator / denominator × 100, or the entered percentage of a percent indicator."""
    row = table.rows[index]
    if row.kind == "percent":
        value = row.cells.get("value")
        return value if isinstance(value, int | Decimal) else None
    if row.kind not in ("", "ratio") or column.of is None:
        return None
    numerator, denominator = (shown_value(table, index, table.column(k)) if table.has_column(k)
                              else row.cells.get(k) for k in column.of)
    return ratio_percent(numerator, denominator)


def clear_figures(table: Table) -> None:
    """Blank every number the clerk typed (and its giải trình); names, units, texts and choices stay."""
    for row in table.rows:
        for column in table.columns:
            if column.editable and cell_type(row, column) in NUMERIC_TYPES:
                row.cells.pop(column.key, None)
                row.explanations.pop(column.key, None)


def is_note_column(column: Column) -> bool:
    """A «Ghi chú» column: what the clerk noted about that period only."""
    return column.key == "note" or column.title.strip().casefold() == "ghi chú"


def clear_notes(table: Table) -> None:
    """Blank the notes and every giải trình: they speak of the period they were written for."""
    notes = [c.key for c in table.columns if is_note_column(c) and c.editable]
    for row in table.rows:
        for key in notes:
            row.cells.pop(key, None)
        row.explanations.clear()


# ---- plain data (JSON) ----

NUMERIC_TYPES = ("count", "number", "percent")


def _json_value(value: Any) -> Any:
    """Decimals are written as strings ("700.840") so the digits stay exactly as printed."""
    return str(value) if isinstance(value, Decimal) else value


def _from_json_value(value: Any, kind: str | None) -> Any:
    if kind in NUMERIC_TYPES and isinstance(value, str | float):
        return Decimal(value if isinstance(value, str) else repr(value))
    return value


def column_to_dict(column: Column) -> dict[str, Any]:
    data: dict[str, Any] = {"key": column.key, "title": column.title, "type": column.type,
                            "width": column.width}
    if column.options:
        data["options"] = list(column.options)
    if column.of:
        data["of"] = list(column.of)
    if column.total:
        data["total"] = True
    if column.required:
        data["required"] = True
    return data


def column_from_dict(data: dict[str, Any]) -> Column:
    """A column from its data; a known key fills in the title, type and width not given."""
    title, kind, width = KNOWN_COLUMNS.get(data["key"], ("", "text", 1.0))
    if target_column(data["key"]):
        title, kind, width = f"Năm {target_column(data['key'])}", "text", 1.0
    kind = data.get("type", kind)
    options = tuple(data.get("options", TASK_STATUSES if kind == "choice" and data["key"] == "status" else ()))
    of = data.get("of", ["value", "denominator"] if kind == "ratio" else None)
    return Column(key=data["key"], title=data.get("title", title), type=kind,
                  width=float(data.get("width", width)), options=options,
                  of=tuple(of) if of else None, total=data.get("total", False),
                  required=data.get("required", False))


def row_to_dict(row: Row) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if row.key:
        data["key"] = row.key
    data["level"] = row.level
    if row.group:
        data["group"] = True
    if row.kind:
        data["kind"] = row.kind
    if row.aggregate:
        data["aggregate"] = row.aggregate
    data["cells"] = {k: _json_value(v) for k, v in row.cells.items() if v is not None}
    if row.explanations:
        data["explanations"] = dict(row.explanations)
    return data


def row_from_dict(data: dict[str, Any], columns: list[Column]) -> Row:
    row = Row(key=data.get("key", ""), level=data.get("level", 2), group=data.get("group", False),
              kind=data.get("kind", ""), aggregate=data.get("aggregate", ""),
              explanations=dict(data.get("explanations", {})))
    types = {c.key: cell_type(row, c) for c in columns}
    row.cells = {k: _from_json_value(v, types.get(k)) for k, v in data.get("cells", {}).items()}
    return row


def table_to_dict(table: Table) -> dict[str, Any]:
    return {
        "id": table.id, "kind": table.kind, "title": table.title, "numbering": table.numbering,
        "total_row": table.total_row, "can_add_rows": table.can_add_rows,
        "columns": [column_to_dict(c) for c in table.columns],
        "rows": [row_to_dict(r) for r in table.rows],
    }


def table_from_dict(data: dict[str, Any]) -> Table:
    columns = [column_from_dict(c) for c in data["columns"]]
    return Table(id=data["id"], kind=data["kind"], title=data.get("title", ""), columns=columns,
                 rows=[row_from_dict(r, columns) for r in data.get("rows", [])],
                 numbering=data.get("numbering", "restart"), total_row=data.get("total_row", ""),
                 can_add_rows=data.get("can_add_rows", True))
