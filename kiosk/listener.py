"""The callbacks through which the station agent tells its owner what happened."""

from __future__ import annotations

from kiosk.protocol import EndReason, StationInfo
from kiosk.session import SessionView


class AgentListener:
    """What the agent tells its owner. Override what you need; called from agent threads."""

    def session_did_start(self, view: SessionView) -> None:
        """A session started (sign-in) or resumed after a restart."""

    def session_did_change(self, view: SessionView) -> None:
        """The allowance changed (staff extended the session)."""

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        """The session crossed a warning threshold."""

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        """The session ended; the station should lock and clean up."""

    def connection_did_change(self, online: bool) -> None:
        """The server became reachable or unreachable."""

    def station_did_load(self, info: StationInfo) -> None:
        """The server told the station who it is."""
