"""Lock while I'm away: the visitor locks their session, their own PIN or card number unlocks it.

The session's time keeps running while it is locked. If the visitor does not come back within
``away_seconds`` the session ends (EndReason.AWAY). After :data:`MAX_FAILURES` wrong answers in
a row the session ends as well: someone is guessing at an unattended station, and ending the
session closes the visitor's programs and cleans their files before anyone gets in. The visitor
signs in again with their card; only the time already used is gone.

Secrets: the visitor's identifier is compared in constant time; of the PIN typed at sign-in only
an argon2id hash is kept, in memory (never stored: after an agent restart only the card number
unlocks).

Qt-free and thread-safe; the argon2 check runs outside the internal lock.
"""

from __future__ import annotations

import hmac
import threading

from kiosk.clock import Clock
from kiosk.pin_hash import hash_pin, verify_pin

#: Wrong answers in a row that end the session.
MAX_FAILURES = 5


def _normal(secret: str) -> str:
    # a scanner may add spaces; a ticket code may be typed in lower case
    return "".join(secret.split()).casefold()


class AwayLock:
    """The away state of the running session: who may unlock it, and until when."""

    def __init__(
        self, clock: Clock, away_seconds: float, *, max_failures: int = MAX_FAILURES
    ) -> None:
        if away_seconds <= 0:
            raise ValueError("away_seconds must be positive")
        self._clock = clock
        self.away_seconds = away_seconds
        self.max_failures = max_failures
        self._lock = threading.Lock()
        self._identifier: str | None = None
        self._pin_hash: str | None = None
        self._deadline: float | None = None
        self._failures = 0

    # --- the session's secrets --------------------------------------------------------------

    def remember(self, identifier: str, pin: str | None) -> None:
        """A session started: who may unlock it. Hashes the PIN (slow on purpose)."""
        pin_hash = hash_pin(pin.strip()) if pin and pin.strip() else None
        with self._lock:
            self._identifier = _normal(identifier)
            self._pin_hash = pin_hash
            self._deadline = None
            self._failures = 0

    def forget(self) -> None:
        """The session is over: nothing of it is kept."""
        with self._lock:
            self._identifier = None
            self._pin_hash = None
            self._deadline = None
            self._failures = 0

    # --- locking ----------------------------------------------------------------------------

    def lock(self, deadline: float | None = None) -> float:
        """Lock now (or again until ``deadline``, after a restart); returns the deadline."""
        with self._lock:
            if self._identifier is None:
                raise RuntimeError("no session to lock")
            if self._deadline is None:
                self._deadline = (
                    deadline
                    if deadline is not None
                    else self._clock.monotonic() + self.away_seconds
                )
                self._failures = 0
            return self._deadline

    @property
    def locked(self) -> bool:
        return self._deadline is not None

    @property
    def deadline(self) -> float | None:
        """Monotonic time at which the session ends if it is still locked; None when unlocked."""
        return self._deadline

    def seconds_left(self) -> int | None:
        """Whole seconds until the session ends unless unlocked; None when unlocked."""
        deadline = self._deadline
        if deadline is None:
            return None
        return max(0, int(deadline - self._clock.monotonic() + 0.999))

    def expired(self) -> bool:
        """Locked for longer than allowed: the session must end."""
        deadline = self._deadline
        return deadline is not None and self._clock.monotonic() >= deadline

    # --- unlocking --------------------------------------------------------------------------

    def verify(self, identifier_or_pin: str) -> bool:
        """Whether the answer is the session's card number or its PIN (no state changes)."""
        with self._lock:
            identifier, pin_hash = self._identifier, self._pin_hash
        if identifier is None:
            return False
        answer = _normal(identifier_or_pin)
        if not answer:
            return False
        ok = hmac.compare_digest(answer.encode(), identifier.encode())
        if pin_hash is not None:
            # checked even when the card number matched, so both answers take the same time
            ok = verify_pin(pin_hash, identifier_or_pin.strip()) or ok
        return ok

    def unlock(self, identifier_or_pin: str) -> bool:
        """Unlock with the right answer; a wrong one counts toward :attr:`exhausted`."""
        if not self.locked:
            return False
        ok = self.verify(identifier_or_pin)
        with self._lock:
            if self._deadline is None:
                return False  # unlocked or ended meanwhile
            if ok:
                self._deadline = None
                self._failures = 0
            else:
                self._failures += 1
        return ok

    @property
    def failures_left(self) -> int:
        return max(0, self.max_failures - self._failures)

    @property
    def exhausted(self) -> bool:
        """Too many wrong answers: the session must end."""
        return self.locked and self._failures >= self.max_failures
