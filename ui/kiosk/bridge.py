"""Qt adapter of the station agent: its callbacks (from its own threads) become Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.agent import AgentListener, SessionView
from kiosk.protocol.station import EndReason, StationInfo


class AgentBridge(QObject):
    """Signals delivered on the UI thread (queued), one per agent event."""

    session_did_start = Signal(object)  # SessionView
    session_did_change = Signal(object)  # SessionView
    session_will_end = Signal(object, int)  # SessionView, threshold in seconds
    session_did_end = Signal(str, str)  # session id, EndReason value
    session_did_lock = Signal(object)  # SessionView
    session_did_unlock = Signal(object)  # SessionView
    connection_did_change = Signal(bool)
    station_did_load = Signal(object)  # StationInfo
    station_did_receive_message = Signal(int, str)  # command id, text
    station_did_disable = Signal(str)  # reason ("" for none)
    station_did_enable = Signal()
    idle_will_end_session = Signal(int)  # seconds left
    idle_did_cancel = Signal()
    app_did_launch = Signal(str)  # app id
    process_did_stop = Signal(str, str)  # process name, action
    cleanup_will_start = Signal()
    cleanup_did_finish = Signal(str)  # summary
    #: Asked from the cleanup thread; connected to the clipboard on the UI thread.
    clipboard_clear_requested = Signal()
    maintenance_did_start = Signal(int)  # seconds the desktop stays unlocked
    maintenance_did_end = Signal()
    session_did_lock_away = Signal(int)  # seconds before the session ends unless unlocked
    session_did_unlock_away = Signal()

    def listener(self) -> AgentListener:
        return _Relay(self)

    def clear_clipboard(self) -> None:
        """Thread-safe: the clipboard is cleared on the UI thread."""
        self.clipboard_clear_requested.emit()


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

    def session_did_lock(self, view: SessionView) -> None:
        self._bridge.session_did_lock.emit(view)

    def session_did_unlock(self, view: SessionView) -> None:
        self._bridge.session_did_unlock.emit(view)

    def connection_did_change(self, online: bool) -> None:
        self._bridge.connection_did_change.emit(online)

    def station_did_load(self, info: StationInfo) -> None:
        self._bridge.station_did_load.emit(info)

    def station_did_receive_message(self, command_id: int, text: str) -> None:
        self._bridge.station_did_receive_message.emit(command_id, text)

    def station_did_disable(self, reason: str | None) -> None:
        self._bridge.station_did_disable.emit(reason or "")

    def station_did_enable(self) -> None:
        self._bridge.station_did_enable.emit()

    def idle_will_end_session(self, seconds_left: int) -> None:
        self._bridge.idle_will_end_session.emit(seconds_left)

    def idle_did_cancel(self) -> None:
        self._bridge.idle_did_cancel.emit()

    def app_did_launch(self, app_id: str) -> None:
        self._bridge.app_did_launch.emit(app_id)

    def process_did_stop(self, name: str, action: str) -> None:
        self._bridge.process_did_stop.emit(name, action)

    def cleanup_will_start(self) -> None:
        self._bridge.cleanup_will_start.emit()

    def cleanup_did_finish(self, summary: str) -> None:
        self._bridge.cleanup_did_finish.emit(summary)

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        self._bridge.session_did_lock_away.emit(deadline_seconds)

    def session_did_unlock_away(self) -> None:
        self._bridge.session_did_unlock_away.emit()

    def maintenance_did_start(self, seconds: int) -> None:
        self._bridge.maintenance_did_start.emit(seconds)

    def maintenance_did_end(self) -> None:
        self._bridge.maintenance_did_end.emit()
