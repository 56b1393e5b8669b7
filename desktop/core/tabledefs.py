"""The appendices and tables of a template file, from its raw (schema-checked) data to Table objects."""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from desktop.core.errors import TemplateError
from desktop.core.tables import Column, Row, Table, column_from_dict, target_column
from desktop.core.template import AppendixDef, SumRule, Validation

# Row fields that describe the row rather than fill a cell.
_ROW_META = ("key", "level", "group", "kind", "aggregate", "targets")
# Indicator attributes a row may carry even when its table does not show them as columns.
_ATTRIBUTES = ("name", "unit", "lead", "partners")


def _cell(value: Any) -> Any:
    return Decimal(repr(value)) if isinstance(value, float) else value


def _row(raw: Mapping[str, Any], columns: list[Column], where: str, file: str) -> Row:
    keys = {c.key for c in columns}
    cells: dict[str, Any] = {}
    for name, value in raw.items():
        if name in _ROW_META:
            continue
        if name not in keys and name not in _ATTRIBUTES:
            raise TemplateError("template.invalid", file=file, field=f"{where}.{name}",
                                detail="bảng không có cột này")
        cells[name] = _cell(value)
    for year, target in raw.get("targets", {}).items():
        if f"target:{year}" not in keys:
            raise TemplateError("template.invalid", file=file, field=f"{where}.targets.{year}",
                                detail=f"bảng không có cột chỉ tiêu năm {year} (target:{year})")
        cells[f"target:{year}"] = target
    group = raw.get("group", False)
    return Row(cells=cells, key=raw.get("key", ""), level=raw.get("level", 1 if group else 2), group=group,
               kind=raw.get("kind", ""), aggregate=raw.get("aggregate", ""))


def _check_columns(columns: list[Column], where: str, file: str) -> None:
    keys = [c.key for c in columns]
    for column in columns:
        if keys.count(column.key) > 1:
            raise TemplateError("template.invalid", file=file, field=f"{where}.columns",
                                detail=f"cột «{column.key}» có hai lần")
        if column.type == "choice" and not column.options:
            raise TemplateError("template.invalid", file=file, field=f"{where}.columns.{column.key}",
                                detail="cột chọn phải có danh sách «options»")
        for other in column.of or ():
            if other not in keys:
                raise TemplateError("template.invalid", file=file, field=f"{where}.columns.{column.key}.of",
                                    detail=f"không có cột «{other}» để tính tỷ lệ")
        if not column.title and not target_column(column.key):
            raise TemplateError("template.invalid", file=file, field=f"{where}.columns.{column.key}",
                                detail="cột chưa có tiêu đề «title»")


def _table(raw: Mapping[str, Any], where: str, file: str) -> Table:
    columns = [column_from_dict(c) for c in raw["columns"]]
    _check_columns(columns, where, file)
    rows = [_row(r, columns, f"{where}.rows[{i}]", file) for i, r in enumerate(raw.get("rows", []))]
    keys = [r.key for r in rows if r.key]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise TemplateError("template.invalid", file=file, field=f"{where}.rows",
                            detail=f"mã dòng «{duplicates[0]}» có hai lần")
    return Table(id=raw["id"], kind=raw["kind"], title=raw.get("title", ""), columns=columns, rows=rows,
                 numbering=raw.get("numbering", "restart"), total_row=raw.get("total_row", ""),
                 can_add_rows=raw.get("can_add_rows", True))


def build_appendices(raw: list[Mapping[str, Any]], file: str) -> tuple[AppendixDef, ...]:
    """The template's Phụ lục, each with its tables; table ids are unique across the template."""
    appendices = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        tables = []
        for j, table_raw in enumerate(item["tables"]):
            where = f"appendices[{i}].tables[{j}]"
            if table_raw["id"] in seen:
                raise TemplateError("template.invalid", file=file, field=f"{where}.id",
                                    detail=f"mã bảng «{table_raw['id']}» có hai lần")
            seen.add(table_raw["id"])
            tables.append(_table(table_raw, where, file))
        appendices.append(AppendixDef(item["id"], item["label"], item["title"], item.get("text", ""),
                                      tuple(tables)))
    return tuple(appendices)


def _check_sum(rule: SumRule, tables: dict[str, Table], where: str, file: str) -> None:
    table = tables.get(rule.table)
    if table is None:
        raise TemplateError("template.invalid", file=file, field=f"{where}.table",
                            detail=f"không có bảng «{rule.table}»")
    if rule.across == "columns":
        names, known = [rule.total, *rule.parts], {c.key for c in table.columns}
    else:
        names, known = [rule.total, *rule.parts], {r.key for r in table.rows}
    for name in names:
        if name not in known:
            kind = "cột" if rule.across == "columns" else "dòng"
            raise TemplateError("template.invalid", file=file, field=where,
                                detail=f"bảng «{rule.table}» không có {kind} «{name}»")


def build_validation(raw: Mapping[str, Any], appendices: tuple[AppendixDef, ...], file: str) -> Validation:
    """The template's [validation] table; sums must name tables, columns and rows that exist."""
    tables = {t.id: t for a in appendices for t in a.tables}
    defaults = Validation()
    sums = []
    for i, item in enumerate(raw.get("sums", [])):
        rule = SumRule(item["table"], item["across"], item["total"], tuple(item["parts"]),
                       item.get("column", "value"), item.get("level", "error"))
        _check_sum(rule, tables, f"validation.sums[{i}]", file)
        sums.append(rule)
    return Validation(
        required=tuple(raw.get("required", defaults.required)),
        recommended=tuple(raw.get("recommended", defaults.recommended)),
        jump=float(raw.get("jump", defaults.jump)),
        recipient_end=raw.get("recipient_end", defaults.recipient_end),
        sums=tuple(sums),
    )
