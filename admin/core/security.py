"""Secrets: argon2id hashes for passwords and PINs, random tokens stored as sha256 digests.

Nothing here logs; callers must never log a secret or a token either.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 40 ms a check on
# the 2-core reference machine, against 170 ms for argon2-cffi's default profile, which would
# eat most of the 300 ms sign-in budget. Brute force on PINs is stopped by the lockout, not by
# the hash cost. Hashes made with other parameters still verify (they carry their own).
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
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
    """256 random bits, URL-safe; never starting with "-", so that ``epn kiosk --token TOKEN``
    does not read it as an option (one token in 64 did)."""
    while True:
        token = secrets.token_urlsafe(32)
        if not token.startswith("-"):
            return token


def token_digest(token: str) -> str:
    """What the database stores for a token: its sha256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()
