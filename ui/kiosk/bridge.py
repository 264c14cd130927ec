"""Qt adapter of the station agent: its callbacks (from its own threads) become Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.agent import AgentListener, SessionView
from kiosk.protocol import EndReason, StationInfo


class AgentBridge(QObject):
    """Signals delivered on the UI thread (queued), one per agent event."""

    session_did_start = Signal(object)  # SessionView
    session_did_change = Signal(object)  # SessionView
    session_will_end = Signal(object, int)  # SessionView, threshold in seconds
    session_did_end = Signal(str, str)  # session id, EndReason value
    connection_did_change = Signal(bool)
    station_did_load = Signal(object)  # StationInfo

    def listener(self) -> AgentListener:
        return _Relay(self)


class _Relay(AgentListener):
    def __init__(self, bridge: AgentBridge) -> None:
        self._bridge = bridge

    def session_did_start(self, view: SessionView) -> None:
        self._bridge.session_did_start.emit(view)

    def session_did_change(self, view: SessionView) -> None:
        self._bridge.session_did_change.emit(view)

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        self._bridge.session_will_end.emit(view, threshold_seconds)

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        self._bridge.session_did_end.emit(session_id, str(reason))

    def connection_did_change(self, online: bool) -> None:
        self._bridge.connection_did_change.emit(online)

    def station_did_load(self, info: StationInfo) -> None:
        self._bridge.station_did_load.emit(info)
