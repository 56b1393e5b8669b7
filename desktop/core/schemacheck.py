"""Checking a parsed file against one of our JSON Schemas, naming the first bad field in Vietnamese."""

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop.core.bundle import schema_path

if TYPE_CHECKING:  # jsonschema only to describe a problem (45 ms a process spared), fastjsonschema when a
    # file is first checked (not at the window's start, which reads no file)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "string": "chuỗi ký tự",
    "integer": "số nguyên",
    "number": "số",
    "array": "danh sách",
    "object": "bảng (nhóm trường)",
    "boolean": "đúng/sai",
    "null": "rỗng",
}


@cache
def validator(name: str) -> "Draft202012Validator":
    """The validator of resources/schema/<name>, read once."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def field_path(parts: Any) -> str:
    """'outline[2].children[0].heading' from a jsonschema path."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(gốc)"


def _describe(error: "ValidationError") -> tuple[str, str]:
    path = list(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        return field_path([*path, missing]), "thiếu trường bắt buộc"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return field_path([*path, extra[0]]), "trường này không có trong mẫu quy định"
    if kind == "type":
        wanted = error.validator_value
        names = [_TYPE_NAMES.get(t, t) for t in (wanted if isinstance(wanted, list) else [wanted])]
        return field_path(path), "phải là " + " hoặc ".join(names)
    if kind == "enum":
        allowed = ", ".join(f"«{v}»" for v in error.validator_value)
        return field_path(path), f"phải là một trong: {allowed}"
    if kind == "minLength" or (kind == "minItems" and error.validator_value == 1):
        return field_path(path), "không được để trống"
    if kind == "maxLength":
        return field_path(path), f"dài quá {error.validator_value} ký tự"
    if kind == "pattern":
        return field_path(path), f"không đúng định dạng (giá trị: «{error.instance}»)"
    if kind in ("minimum", "maximum"):
        return field_path(path), f"giá trị {error.instance} nằm ngoài khoảng cho phép"
    return field_path(path), error.message


def first_problem(name: str, data: object) -> tuple[str, str] | None:
    """(field, Vietnamese detail) of the first place where data breaks schema `name`, or None.

    The compiled schema (fastschema.py) checks first; it asserts "format" where jsonschema does not,
    so its "invalid" is only a hint to ask jsonschema, which gives the verdict and the words."""
    import fastjsonschema

    from desktop.core.fastschema import fast_validator

    try:
        fast_validator(name)(data)
        return None
    except fastjsonschema.JsonSchemaException:
        pass
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    return _describe(errors[0])
