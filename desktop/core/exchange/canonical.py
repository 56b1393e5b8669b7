"""One byte form for the JSON parts of an export, so that the same content always has the same hash."""

import hashlib
import json
from typing import Any


def canonical_bytes(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 (NFC text stays as it is): the bytes that are hashed and signed."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
