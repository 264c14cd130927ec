"""The callbacks through which the station agent tells its owner what happened."""

from __future__ import annotations

from kiosk.protocol import EndReason, StationInfo
from kiosk.session import SessionView


class AgentListener:
    """What the agent tells its owner. Override what you need; called from agent threads."""

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

    def station_did_receive_message(self, command_id: int, text: str) -> None:
        """Staff sent a message to show on the station."""

    def station_did_disable(self, reason: str | None) -> None:
        """The station is out of order (any session already ended): refuse sign-in."""

    def station_did_enable(self) -> None:
        """The station is back in service."""
