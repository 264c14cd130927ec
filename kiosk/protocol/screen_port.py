"""The socket's ports and events, in a module that loads no pydantic.

What the station tells its screen (:class:`AgentListener`), what a screen may ask of it
(:class:`StationPort`) and the running session as the screen sees it (:class:`SessionView`).
kiosk/protocol/screen.py derives the socket's pydantic checks from these annotations (the
station service's side); the visitor's screen reads the same checks from their generated
schema (kiosk/protocol/screen_schema.py, kiosk/protocol/lite.py) without pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kiosk.protocol.enums import DeskCallState, EndReason

if TYPE_CHECKING:
    # pydantic models: the screen sends their fields as plain data (checked by the schema,
    # kiosk/protocol/lite.py); the service validates them with pydantic
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import AppEntry, StationInfo, VisitorInfo
    from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

#: (major, minor) of the socket protocol: a screen of another major version is refused.
SCREEN_PROTOCOL_VERSION = (1, 3)
#: The longest line either side sends or accepts (a charter in three languages fits).
MAX_LINE_BYTES = 256 * 1024


@dataclass(frozen=True)
class SessionView:
    """What readers (the screen, heartbeats) see of the running session, at one instant."""

    session_id: str
    visitor: VisitorInfo
    remaining_seconds: int
    used_seconds: int
    allowed_seconds: int
    #: Why the session ends when it does, when the visitor should be told: "booking" (the
    #: station is held from then for someone else), "closing" (the site closes); None:
    #: their own allowance. Left out by an older station.
    ends_for: str | None = None


class AgentListener:
    """What the station tells its screen. Override what you need; called from agent threads."""

    def session_did_start(self, view: SessionView) -> None:
        """A session started (sign-in) or resumed after a restart."""

    def session_did_change(self, view: SessionView) -> None:
        """The allowance changed (staff extended it or set the time left)."""

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        """The session crossed a warning threshold."""

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        """The session ended; the station should lock and clean up."""

    def connection_did_change(self, online: bool) -> None:
        """The server became reachable or unreachable."""

    def station_did_load(self, info: StationInfo) -> None:
        """The server told the station who it is."""

    def session_did_lock(self, view: SessionView) -> None:
        """Staff locked the session: show the lock screen; its time keeps running."""

    def session_did_unlock(self, view: SessionView) -> None:
        """Staff unlocked the session: back to the visitor's desktop."""

    def station_did_receive_message(
        self, command_id: int, text: str, texts: dict[str, str]
    ) -> None:
        """Staff sent a message to show on the station: ``texts`` by language (a ready-made
        message), ``text`` in the site's language (shown when the visitor's is missing)."""

    def station_did_disable(self, reason: str | None) -> None:
        """The station is out of order (any session already ended): refuse sign-in."""

    def station_did_enable(self) -> None:
        """The station is back in service."""

    def station_did_fail(self, fault: str) -> None:
        """The station cannot work (its config, its enrolment, no server yet, no service):
        the screen shows "out of order"; ``fault`` (English, for staff) says why."""

    def station_did_recover(self) -> None:
        """The fault is gone: the station works again."""

    def idle_will_end_session(self, seconds_left: int) -> None:
        """No input for a while: the session ends in ``seconds_left`` s unless the visitor acts."""

    def idle_did_cancel(self) -> None:
        """Input again after an idle warning: the session goes on."""

    def app_did_launch(self, app_id: str) -> None:
        """One of the visitor's apps started."""

    def process_did_stop(self, name: str, action: str) -> None:
        """The guard found a forbidden process: ``action`` is "killed" or "reported"."""

    def cleanup_will_start(self) -> None:
        """The session is over: the station is cleaning up for the next visitor."""

    def cleanup_did_finish(self, summary: str) -> None:
        """The cleanup is done (``summary`` says what was cleaned)."""

    def clipboard_should_clear(self) -> None:
        """The cleanup asks the screen, which owns the X session's clipboard, to empty it."""

    def maintenance_did_start(self, seconds: int) -> None:
        """Staff unlocked the desktop for maintenance for ``seconds``: hide the lock screen."""

    def maintenance_did_end(self) -> None:
        """Maintenance is over (time up or staff locked again): the lock screen comes back."""

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        """The visitor locked the session while away: it ends in ``deadline_seconds`` s."""

    def session_did_unlock_away(self) -> None:
        """The visitor came back and unlocked the session."""

    def desk_call_did_change(self, state: DeskCallState) -> None:
        """The visitor's call for the desk: made, cancelled, answered by staff, cleared."""


#: Every event, in the order the listener declares them.
EVENTS: tuple[str, ...] = tuple(name for name in vars(AgentListener) if not name.startswith("_"))


# --- what the screen may ask ----------------------------------------------------------------------


class AwayPort(Protocol):
    """The visitor's "lock while I'm away" (kiosk/session_locks.py)."""

    def lock_away(self) -> int: ...
    def unlock_away(self, secret: str) -> bool: ...
    def away_seconds_left(self) -> int | None: ...
    def away_tries_left(self) -> int: ...


class StaffPort(Protocol):
    """Staff at the station (kiosk/staff_actions.py)."""

    def sign_in(self, username: str, secret: str) -> StationStaffLogin: ...
    def sign_out(self, token: str) -> None: ...
    def extend(self, token: str, minutes: int) -> StationStaffDone: ...
    def end(self, token: str) -> StationStaffDone: ...
    def start_maintenance(self, token: str, minutes: int) -> int: ...
    def end_maintenance(self) -> bool: ...
    def maintenance_left(self) -> int | None: ...
    def quit_for_maintenance(self, token: str) -> int: ...


class StationPort(Protocol):
    """What a screen uses of its station: the in-process agent and the service's proxy alike.

    The properties are the station's state as last told; the methods may block (a worker
    thread) and raise what the station raises (kiosk/screen_wire.py lists the errors).
    """

    @property
    def locks(self) -> AwayPort: ...
    @property
    def staff(self) -> StaffPort: ...
    @property
    def online(self) -> bool: ...
    @property
    def station_info(self) -> StationInfo | None: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def disabled_reason(self) -> str | None: ...
    @property
    def fault(self) -> str | None: ...
    @property
    def quit_minutes(self) -> int | None: ...
    @property
    def desk_call(self) -> DeskCallState: ...

    def view(self) -> SessionView | None: ...
    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> SessionView: ...
    def set_preferences(self, preferences: VisitorPreferences) -> bool: ...
    def end_session(self, reason: EndReason = EndReason.VISITOR) -> bool: ...
    def apps(self) -> list[AppEntry]: ...
    def launch(self, app_id: str) -> None: ...
    def pending_charter(self) -> dict[str, str] | None: ...
    def accept_charter(self) -> bool: ...
    def call_desk(self) -> bool: ...
    def cancel_desk_call(self) -> bool: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


def compatible(version: tuple[int, int]) -> bool:
    """A peer speaking ``version`` understands us (same major version)."""
    return version[0] == SCREEN_PROTOCOL_VERSION[0]
