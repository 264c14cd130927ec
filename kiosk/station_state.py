"""What the station keeps of itself across restarts, in the local store's key-values.

- the id of the last staff command applied (each is applied once, even after a restart);
- out of order or not, and why: a station disabled by staff stays out of order after an
  offline restart;
- the running session's locks: its visitor's away lock (with its deadline, monotonic: a
  restart in the same boot keeps it) and the staff's lock;
- the charter the running session's visitor has still to accept (a restarted agent shows the
  rules again rather than skip them).

Only reads and writes: the agent holds its lock around them; a caller that writes several
keys at once wraps them in ``store.write()``. A value kept for another session than the one
running is cleared when read.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.station import StationInfo

LAST_COMMAND_KEY = "last_command_id"
DISABLED_KEY = "station_disabled"
DISABLED_REASON_KEY = "station_disabled_reason"
#: The running session locked while its visitor is away: {"session_id", "deadline"} (monotonic).
AWAY_KEY = "away_lock"
#: The charter the running session's visitor has still to accept: {"session_id", "texts"}.
CHARTER_KEY = "pending_charter"
#: The id of the running session while staff keep it locked (a restart keeps it locked).
STAFF_LOCK_KEY = "staff_lock"


class StationState:
    """The station's persisted flags; the command id and the enabled state cached in memory."""

    def __init__(self, store: LocalStore) -> None:
        self._store = store
        #: The last staff command applied; the caller updates it once its write is committed.
        self.last_command_id = int(store.get(LAST_COMMAND_KEY) or 0)
        #: None while the station is in service; the reason ("" for none) while disabled.
        self.disabled_reason: str | None = (
            (store.get(DISABLED_REASON_KEY) or "") if store.get(DISABLED_KEY) else None
        )

    # --- staff commands and the enabled state -------------------------------------------

    def save_last_command(self, command_id: int) -> None:
        self._store.set(LAST_COMMAND_KEY, str(command_id))

    @property
    def enabled(self) -> bool:
        return self.disabled_reason is None

    def set_enabled(self, enabled: bool, reason: str | None) -> None:
        self.disabled_reason = None if enabled else (reason or "")
        self._store.set(DISABLED_KEY, "" if enabled else "1")
        self._store.set(DISABLED_REASON_KEY, reason or "")

    def agrees_with(self, info: StationInfo) -> bool:
        """The server says the same of the enabled state (and of the reason, when disabled)."""
        return info.enabled == self.enabled and (
            info.enabled or (info.disabled_reason or "") == self.disabled_reason
        )

    # --- the running session ------------------------------------------------------------

    def keep_charter(self, session_id: str, texts: dict[str, str] | None) -> None:
        pending = {"session_id": session_id, "texts": texts}
        self._store.set(CHARTER_KEY, json.dumps(pending) if texts else "")

    def charter_for(self, session_id: str) -> dict[str, str] | None:
        stored = self._store.get(CHARTER_KEY)
        if not stored:
            return None
        pending = json.loads(stored)
        texts: dict[str, str] = pending["texts"]
        return texts if pending["session_id"] == session_id else None

    def clear_charter(self) -> None:
        self._store.set(CHARTER_KEY, "")

    def keep_away(self, session_id: str, deadline: float) -> None:
        self._store.set(AWAY_KEY, json.dumps({"session_id": session_id, "deadline": deadline}))

    def away_deadline(self, session_id: str) -> float | None:
        """When the session's away lock ends it, if its visitor had locked it; else None."""
        raw = self._store.get(AWAY_KEY)
        if not raw:
            return None
        try:
            saved = json.loads(raw)
            deadline = float(saved["deadline"]) if saved["session_id"] == session_id else None
        except (ValueError, TypeError, KeyError):
            deadline = None
        if deadline is None:
            self.clear_away()
        return deadline

    def clear_away(self) -> None:
        self._store.set(AWAY_KEY, "")

    def keep_staff_lock(self, session_id: str | None) -> None:
        """The session staff locked, or None when they unlocked it."""
        self._store.set(STAFF_LOCK_KEY, session_id or "")

    def staff_locked(self, session_id: str) -> bool:
        """Whether staff had locked this session (the flag of another one is cleared)."""
        if self._store.get(STAFF_LOCK_KEY) == session_id:
            return True
        self.keep_staff_lock(None)
        return False

    def session_over(self) -> None:
        """The running session ended: no lock of it is kept."""
        self.clear_away()
        self.keep_staff_lock(None)
