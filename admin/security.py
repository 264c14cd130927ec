"""Secrets: argon2id hashes for passwords and PINs, random tokens stored as sha256 digests.

Nothing here logs; callers must never log a secret or a token either.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults are the RFC 9106 low-memory argon2id profile.
_HASHER = PasswordHasher()
# Verified against when the account does not exist, so a wrong username costs the same time.
_DUMMY_HASH = _HASHER.hash("not a real password")


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    """True when ``secret`` matches; a missing hash still spends the time of one check."""
    try:
        matches = _HASHER.verify(stored_hash or _DUMMY_HASH, secret)
    except (VerificationError, InvalidHashError):
        return False
    return matches and bool(stored_hash)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database stores for a token: its sha256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()
