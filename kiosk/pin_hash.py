"""The station's argon2id PIN hashes, argon2 loaded at the first PIN (not at start).

One cost profile, the server's (admin/core/security.py): OWASP's minimum, ~40 ms a hash. The
offline desk (kiosk/offline.py) caches the hash of a visitor's PIN after an online sign-in; the
away lock (kiosk/away.py) keeps one in memory for the running session. A station where nobody
typed a PIN yet never loads argon2 (about 1.4 MiB of the station service's memory).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

__all__ = ["hash_pin", "verify_pin"]


@functools.cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_pin(pin: str) -> str:
    """The argon2id hash of ``pin`` (slow on purpose)."""
    return _hasher().hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    """Whether ``pin`` matches ``pin_hash``; False for a wrong PIN or a hash argon2 cannot read."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(pin_hash, pin))
    except (VerificationError, InvalidHashError):
        return False
