"""The callbacks through which the station agent tells its owner what happened.

:class:`AgentListener` is the one list of the agent's events (:data:`EVENTS`): their names,
arguments and meaning. The kiosk's Qt bridge (ui/kiosk/bridge.py) derives its signals from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from kiosk.protocol.station import EndReason, StationInfo
from kiosk.session import SessionView

log = logging.getLogger("epn.kiosk.agent")


def notify(method: Callable[..., None], *args: Any) -> None:
    """Call one of the listener's methods: a bug in it is logged, never raised into the agent."""
    try:
        method(*args)
    except Exception:
        log.exception("listener %s failed", getattr(method, "__name__", method))


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

    def maintenance_did_start(self, seconds: int) -> None:
        """Staff unlocked the desktop for maintenance for ``seconds``: hide the lock screen."""

    def maintenance_did_end(self) -> None:
        """Maintenance is over (time up or staff locked again): the lock screen comes back."""

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        """The visitor locked the session while away: it ends in ``deadline_seconds`` s."""

    def session_did_unlock_away(self) -> None:
        """The visitor came back and unlocked the session."""


#: Every event of the agent, in the order the listener declares them.
EVENTS: tuple[str, ...] = tuple(name for name in vars(AgentListener) if not name.startswith("_"))
