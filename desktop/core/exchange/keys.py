"""Each installation's Ed25519 key: it signs the files the installation exports.

The private key lives in the installation's database (settings), made on first use. A receiving
office enrols a unit's public key once, after reading its fingerprint over the phone, and from then on
takes only files signed by that key: a bare hash would let whoever edits a file recompute it.
"""

import base64
import binascii

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.exchange.canonical import sha256

SETTING = "signing_key"
KEY_BYTES = 32


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether `signature` is the key's signature of `message`; any malformed input is simply False."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public: bytes) -> str:
    """What two people read to each other over the phone: 32 hex digits in groups of four,
    «3F2A-9C1B-…» (128 bits of the key's SHA-256)."""
    digest = sha256(public)[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode(text: object, size: int | None = KEY_BYTES) -> bytes | None:
    """Base64 text to bytes, or None when it is not valid base64 (of `size` bytes, when given)."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return raw if size is None or len(raw) == size else None
