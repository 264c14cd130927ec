"""The socket between the station service and its screen: messages, calls, events, faults."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.listener import AgentListener
from kiosk.ownership import machine_owned_problem
from kiosk.protocol import lite
from kiosk.protocol.enums import DeskCallState
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.screen import (
    Hello,
    ScreenState,
    SessionView,
    compatible,
    decode_arguments,
    decode_message,
    encode_message,
    event_arguments,
    event_message,
)
from kiosk.protocol.station import EndReason, VisitorInfo
from kiosk.screen_link import SERVICE_LOST, RemoteStation
from kiosk.screen_server import Peer, ScreenServer
from kiosk.screen_wire import ServiceUnavailable
from kiosk.session import SessionAlreadyRunning
from tests.helpers.processes import wait_until

VIEW = SessionView(
    session_id="s-1",
    visitor=VisitorInfo(identifier="2100005678", display_name="Jan", category="adult"),
    remaining_seconds=1800,
    used_seconds=0,
    allowed_seconds=1800,
)


def test_an_event_crosses_the_socket_as_it_was_sent() -> None:
    line = encode_message(event_message("session_will_end", (VIEW, 300)))
    message = decode_message(line)
    assert event_arguments(message) == [VIEW, 300]  # type: ignore[arg-type]
    ended = decode_message(
        encode_message(event_message("session_did_end", ("s-1", EndReason.IDLE)))
    )
    assert event_arguments(ended) == ["s-1", EndReason.IDLE]  # type: ignore[arg-type]


def test_a_call_s_arguments_are_checked() -> None:
    assert decode_arguments("staff.extend", {"token": "t", "minutes": 15}) == {
        "token": "t",
        "minutes": 15,
    }
    with pytest.raises(ValueError, match="missing"):
        decode_arguments("staff.extend", {"token": "t"})
    with pytest.raises(ValueError, match="unknown argument"):
        decode_arguments("sign_in", {"identifier": "x", "shell": "rm -rf /"})
    with pytest.raises(ValueError):
        decode_arguments("staff.extend", {"token": "t", "minutes": "many"})


def test_another_major_version_is_not_compatible() -> None:
    assert compatible((1, 7))
    assert not compatible((2, 0))
    with pytest.raises(ValueError):
        decode_message(b'{"type":"hello","version":[1,0],"role":"root"}\n')


class _Recorder(AgentListener):
    def __init__(self) -> None:
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        self.changed = threading.Condition()

    def __getattribute__(self, name: str) -> Any:
        if name.startswith(("session_", "station_", "connection_", "maintenance_", "desk_")):

            def record(*args: Any) -> None:
                with self.changed:
                    self.events.append((name, args))
                    self.changed.notify_all()

            return record
        return super().__getattribute__(name)

    def wait_for(self, name: str, timeout: float = 5.0) -> tuple[Any, ...]:
        with self.changed:
            found = self.changed.wait_for(
                lambda: any(n == name for n, _ in self.events), timeout=timeout
            )
            assert found, f"no {name}: {self.events}"
            return next(args for n, args in reversed(self.events) if n == name)


class _Handler:
    """A station as its service would answer: a running session, one refusal."""

    def __init__(self) -> None:
        self.state = ScreenState(online=True, view=VIEW)
        self.ready: list[int] = []

    def screen_state(self) -> ScreenState:
        return self.state

    def screen_allowed(self, peer: Peer) -> bool:
        return True

    def session_allowed(self, peer: Peer, hello: Hello) -> bool:
        return True

    def call(self, method: str, args: dict[str, Any]) -> Any:
        if method == "sign_in":
            if args["identifier"] == "busy":
                raise SessionAlreadyRunning("a session is already running")
            raise ApiError(ErrorCode.BAD_CREDENTIALS, "wrong card or PIN", 401, {"tries": 2})
        if method == "locks.away_tries_left":
            return 4
        if method == "call_desk":
            self.state = self.state.model_copy(update={"desk_call": DeskCallState.WAITING})
            return True
        raise RuntimeError("no such thing here")

    def screen_ready(self, peer: Peer) -> None:
        self.ready.append(peer.pid)

    def screen_gone(self, peer: Peer) -> None:
        pass

    def session_announced(self, peer: Peer, hello: Hello) -> None:
        pass

    def session_gone(self, peer: Peer) -> None:
        pass


@pytest.fixture
def socket_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "screen.sock"


def test_a_screen_calls_its_service_and_hears_its_events(socket_path: Path) -> None:
    handler = _Handler()
    server = ScreenServer(socket_path, allowed_uids=lambda: {os.geteuid()}, handler=handler)
    server.start()
    listener = _Recorder()
    station = RemoteStation(socket_path, listener, retry_seconds=0.05)
    station.start()
    try:
        assert listener.wait_for("session_did_start") == (VIEW,)
        assert station.view() is not None and station.view().session_id == "s-1"  # type: ignore[union-attr]
        assert station.locks.away_tries_left() == 4
        with pytest.raises(ApiError) as refused:
            station.sign_in("2100005678", "0000")
        assert refused.value.code == ErrorCode.BAD_CREDENTIALS
        assert refused.value.status == 401 and refused.value.details == {"tries": 2}
        with pytest.raises(SessionAlreadyRunning):
            station.sign_in("busy")
        station.ready()
        server.broadcast(lite.event_line("session_did_end", ("s-1", EndReason.TIME_UP)))
        assert listener.wait_for("session_did_end") == ("s-1", EndReason.TIME_UP)
        assert station.view() is None

        # the service stops: the screen says so, and calls fail fast
        server.stop()
        assert listener.wait_for("station_did_fail") == (SERVICE_LOST,)
        with pytest.raises(ServiceUnavailable):
            station.locks.away_tries_left()
        # it is back, with a new session: the screen is told, in order
        handler.state = ScreenState(
            online=True, view=VIEW.__class__(**{**VIEW.__dict__, "session_id": "s-2"})
        )
        server = ScreenServer(socket_path, allowed_uids=lambda: {os.geteuid()}, handler=handler)
        server.start()
        listener.wait_for("station_did_recover")
        with listener.changed:
            assert listener.changed.wait_for(
                lambda: ("session_did_start", (handler.state.view,)) in listener.events, 5
            )
        # the ready screen says so again after reconnecting (its line may follow the event)
        wait_until(lambda: handler.ready, 5, "the screen did not say it is ready again")
    finally:
        station.stop()
        server.stop()


def test_another_account_is_refused(socket_path: Path) -> None:
    server = ScreenServer(
        socket_path, allowed_uids=lambda: {os.geteuid() + 12345}, handler=_Handler()
    )
    server.start()
    listener = _Recorder()
    station = RemoteStation(socket_path, listener, retry_seconds=0.05)
    station.start()
    try:
        fault = listener.wait_for("station_did_fail")[0]
        assert "refused" in fault
        assert station.view() is None
    finally:
        station.stop()
        server.stop()


def test_a_config_others_can_write_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text("[server]\n", encoding="utf-8")
    os.chmod(config, 0o600)
    # tmp folders are world-writable (sticky): a visitor could have put the file there
    assert machine_owned_problem(config) is not None
    if os.geteuid() != 0:
        pytest.skip("a folder only root may write is needed for the rest")
    safe = Path(tempfile.mkdtemp(dir="/run"))
    try:
        os.chmod(safe, 0o755)
        good = safe / "station.toml"
        good.write_text("[server]\n", encoding="utf-8")
        os.chmod(good, 0o600)
        assert machine_owned_problem(good) is None
        os.chmod(good, 0o666)
        assert "written by other accounts" in (machine_owned_problem(good) or "")
        os.chmod(good, 0o600)
        os.chown(good, 4242, 4242)
        assert "belongs to uid 4242" in (machine_owned_problem(good) or "")
        os.chown(good, 0, 0)
        os.chmod(safe, 0o777)
        assert machine_owned_problem(good) is not None
    finally:
        os.chmod(safe, 0o755)
        for child in safe.iterdir():
            child.unlink()
        safe.rmdir()


def test_hello_carries_the_session_s_display() -> None:
    from kiosk.session_leader import announcement

    hello = announcement({"DISPLAY": ":3", "XAUTHORITY": "/run/x", "XDG_SESSION_TYPE": "wayland"})
    assert isinstance(hello, Hello)
    assert (hello.role, hello.display, hello.xauthority, hello.session_type) == (
        "session",
        ":3",
        "/run/x",
        "wayland",
    )


def test_the_desk_call_crosses_the_socket_and_a_reconnected_screen_learns_it(
    socket_path: Path,
) -> None:
    handler = _Handler()
    server = ScreenServer(socket_path, allowed_uids=lambda: {os.geteuid()}, handler=handler)
    server.start()
    listener = _Recorder()
    station = RemoteStation(socket_path, listener, retry_seconds=0.05)
    station.start()
    try:
        listener.wait_for("session_did_start")
        assert station.desk_call == DeskCallState.NONE
        assert station.call_desk() is True
        server.broadcast(lite.event_line("desk_call_did_change", (DeskCallState.WAITING,)))
        assert listener.wait_for("desk_call_did_change") == (DeskCallState.WAITING,)
        assert station.desk_call == DeskCallState.WAITING
        # the service restarts while staff answer: the screen learns it from the state
        server.stop()
        listener.wait_for("station_did_fail")
        handler.state = handler.state.model_copy(update={"desk_call": DeskCallState.ANSWERED})
        server = ScreenServer(socket_path, allowed_uids=lambda: {os.geteuid()}, handler=handler)
        server.start()
        with listener.changed:
            assert listener.changed.wait_for(
                lambda: ("desk_call_did_change", (DeskCallState.ANSWERED,)) in listener.events, 5
            )
        assert station.desk_call == DeskCallState.ANSWERED
    finally:
        station.stop()
        server.stop()
