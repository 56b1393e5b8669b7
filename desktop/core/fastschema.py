"""Our JSON Schemas compiled to Python by fastjsonschema, 20-25 times faster than jsonschema on a valid
document. Compiling one takes 50-70 ms, more than a command that reads one file can afford, so the
compiled code is kept in the user's cache, keyed by the schema's bytes and the versions that made it;
a cache that is missing, stale or unwritable only costs the compilation."""

import contextlib
import hashlib
import json
import marshal
import re
import sys
from collections.abc import Callable
from functools import cache
from types import CodeType
from typing import Any

import fastjsonschema

from desktop.core.atomicfile import write_atomically
from desktop.core.bundle import schema_path
from desktop.core.userdirs import cache_dir

_ROOT = re.compile(r"^def (validate\w*)\(", re.M)  # the generated code defines the root's function first


def _key(schema: bytes) -> str:
    made_by = f"{fastjsonschema.VERSION} {sys.version}".encode()
    return hashlib.sha256(schema + b"\0" + made_by).hexdigest()[:20]


def _compiled(name: str, schema: bytes) -> tuple[CodeType, str]:
    source = fastjsonschema.compile_to_code(json.loads(schema.decode("utf-8")))
    found = _ROOT.search(source)
    assert found is not None, "fastjsonschema wrote no validate function"
    return compile(source, f"<schema {name}>", "exec"), found[1]


def _cached(name: str, schema: bytes) -> tuple[CodeType, str]:
    path = cache_dir() / "schemas" / f"{name}.{_key(schema)}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        code, root = marshal.loads(path.read_bytes())
        if isinstance(code, CodeType) and isinstance(root, str):
            return code, root
    code, root = _compiled(name, schema)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, marshal.dumps((code, root)))
    return code, root


@cache
def fast_validator(name: str) -> Callable[[Any], Any]:
    """The validator of resources/schema/<name>; raises fastjsonschema.JsonSchemaException on a problem."""
    code, root = _cached(name, schema_path(name).read_bytes())
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # our own schema, compiled by fastjsonschema (here or in an earlier run)
    return namespace[root]  # type: ignore[no-any-return]
