"""The staff console's room acting on a running kiosk: real server and kiosk processes, the
kiosk under Xvfb, the console window built in this process (offscreen) as ``epn console``
builds it. Each action must change the kiosk within a second."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from admin.api.serving import free_port
from tests.helpers.desk_world import FakeLanguages
from tests.helpers.epn import (
    CARD,
    STAFF,
    STAFF_PASSWORD,
    STATION,
    active_session,
    kiosk_env,
    seed,
    server_up,
    sign_in_typed,
)
from tests.helpers.processes import Process, epn_command, wait_until
from ui.console.app import ConsoleProgram, build_console
from ui.console.room.message_dialog import MessageChoice, MessageDialog
from ui.console.room.sign_in import SignInDialog
from ui.console.room.view import RoomView

pytestmark = pytest.mark.e2e

#: The promise to the desk: an action shows on the station within a second.
BUDGET_SECONDS = 1.0
TIMEOUT_MS = 10_000


@dataclass
class Room:
    db: Path
    display: str
    kiosk: Process
    console: ConsoleProgram

    @property
    def view(self) -> RoomView:
        view = self.console.window.view(RoomView)
        assert isinstance(view, RoomView)
        return view


@pytest.fixture
def room(qapp, qtbot, tmp_path: Path, xvfb_display: str) -> Iterator[Room]:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    console: ConsoleProgram | None = None
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = Process(
            [
                *epn_command(),
                "kiosk",
                "--server",
                url,
                "--token",
                token,
                "--state-dir",
                str(tmp_path / "station"),
            ],
            kiosk_env(xvfb_display),
            "kiosk",
        )
        kiosk.wait_for_line("lock screen shown")
        console = build_console(
            qapp,
            server_url=url,
            languages=FakeLanguages(),
            username=STAFF,
            password=STAFF_PASSWORD,
        )
        assert console is not None
        yield Room(db, xvfb_display, kiosk, console)
    finally:
        if console is not None:
            console.close()
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()
    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])


def visible_windows(display: str, name: str) -> list[str]:
    """X ids of the visible windows whose title matches ``name`` (a regular expression)."""
    env = {**os.environ, "DISPLAY": display}
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout.split()


def wait_line_after(process: Process, pattern: str, already: int, timeout: float = 5.0) -> float:
    """When ``process`` printed a line matching ``pattern`` after its first ``already`` lines."""
    regex = re.compile(pattern)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(regex.search(line) for line in process.lines[already:]):
            return time.monotonic()
        time.sleep(0.005)
    raise AssertionError(f"{process.name} printed no {pattern!r}:\n" + "\n".join(process.lines))


def wait_in_room(qtbot, room: Room, state: str) -> None:
    view = room.view
    qtbot.waitUntil(
        lambda: (s := view.model.station(STATION)) is not None and s.state == state,
        timeout=TIMEOUT_MS,
    )
    assert view.select_station(STATION)


def test_message_and_extend_from_the_room_reach_the_kiosk_within_a_second(
    qtbot, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_typed(room.display, room.kiosk)
    room.kiosk.wait_for_line("session bar shown")
    wait_until(lambda: active_session(room.db) is not None, message="no session on the server")
    wait_in_room(qtbot, room, "in_use")
    view = room.view
    assert view.model.index(view.model.row_of(STATION), 2).data() == "Jan"

    # a message: its window appears on the kiosk's screen
    assert visible_windows(room.display, "^Message") == []
    monkeypatch.setattr(
        MessageDialog, "ask", lambda *args, **kw: MessageChoice("The room closes in 10 minutes.")
    )
    sent = time.monotonic()
    view.message_action.trigger()
    qtbot.waitUntil(lambda: visible_windows(room.display, "^Message") != [], timeout=TIMEOUT_MS)
    message_delay = time.monotonic() - sent
    assert message_delay < BUDGET_SECONDS, f"the message took {message_delay:.2f} s"

    # +15 min: the kiosk's agent applies it and its session bar says so
    before = len(room.kiosk.lines)
    sent = time.monotonic()
    view.extend15_action.trigger()
    applied = wait_line_after(room.kiosk, r"session changed: \+900 s", before)
    extend_delay = applied - sent
    assert extend_delay < BUDGET_SECONDS, f"the extension took {extend_delay:.2f} s"
    # the station's acknowledgement clears "Extending +15 min…" from the tile
    qtbot.waitUntil(
        lambda: (
            not any(
                n.text.startswith("Extending")
                for n in view.model.notes(view.model.station(STATION))
            )
        ),
        timeout=TIMEOUT_MS,
    )
    session = active_session(room.db)
    assert session is not None and session["visitor"] == CARD
    print(f"\nmessage shown after {message_delay:.3f} s; extension after {extend_delay:.3f} s")


def test_desk_sign_in_starts_the_session_on_the_kiosk_within_a_second(
    qtbot, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_in_room(qtbot, room, "free")
    view = room.view
    delays: list[float] = []

    def ask(parent, station: str, submit) -> bool:
        dialog = SignInDialog(parent, station, submit)
        qtbot.addWidget(dialog)
        dialog.identifier_edit.setText(CARD)
        before = len(room.kiosk.lines)
        sent = time.monotonic()
        dialog.send()
        shown = wait_line_after(room.kiosk, "session shown", before)
        delays.append(shown - sent)
        qtbot.waitUntil(
            lambda: dialog.result() == SignInDialog.DialogCode.Accepted, timeout=TIMEOUT_MS
        )
        return True

    monkeypatch.setattr(SignInDialog, "ask", ask)
    view.sign_in_action.trigger()
    assert delays and delays[0] < BUDGET_SECONDS, f"the sign-in took {delays[0]:.2f} s"
    wait_until(lambda: active_session(room.db) is not None, message="no session on the server")
    wait_in_room(qtbot, room, "in_use")
    print(f"\ndesk sign-in shown on the kiosk after {delays[0]:.3f} s")
