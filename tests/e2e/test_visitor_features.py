"""The visitor's features from the kiosk to the staff's room, with real processes.

One server, one kiosk under Xvfb, the staff's side through :class:`StaffClient` (as the console
calls the server). The kiosk's buttons are clicked where the kiosk says they are and what it
shows is read from its labels (ui/kiosk/live_checks.py); the rest from its log.

1. "Call the desk" on the lock screen: the room lists the call with its wait; staff answer it;
   the lock screen says someone is coming.
2. A visitor chooses Nederlands and text ×2 on the lock screen and signs in: kept for them, so
   after their session (the kiosk back in French at ×1) their next sign-in brings both back.
3. A ready-made message in French, Dutch and English reaches that Dutch screen in Dutch.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from kiosk.protocol.commands import CommandRequest
from kiosk.protocol.enums import CommandKind
from kiosk.protocol.sites import ReadyMessage, SiteReadyMessages
from tests.helpers.epn import (
    STAFF,
    STAFF_PASSWORD,
    STATION,
    kiosk_env,
    seed,
    server_up,
    sign_in_typed,
    xdotool,
)
from tests.helpers.live_screen import LiveChecks, centre, control, wait_after
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

READY = {
    "fr": "La salle ferme dans 10 minutes.",
    "nl": "De zaal sluit over 10 minuten.",
    "en": "The room closes in 10 minutes.",
}


def labels(answer: dict[str, Any]) -> list[str]:
    return [label["text"] for label in answer["labels"]]


def test_desk_call_preferences_and_ready_message_end_to_end(
    tmp_path: Path, xvfb_display: str
) -> None:
    started = time.monotonic()
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    staff = StaffClient(url)
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
            {**kiosk_env(xvfb_display), "EPN_LIVE_CHECKS": str(tmp_path / "live")},
            "kiosk",
        )
        kiosk.wait_for_line("lock screen shown")
        checks = LiveChecks(xvfb_display, tmp_path / "live", tmp_path / "pictures")
        staff.login(STAFF, STAFF_PASSWORD)

        def click(answer: dict[str, Any], path_end: str = "", text: str = "") -> int:
            mark = len(kiosk.lines)
            x, y = centre(control(answer, path_end, text))
            xdotool(xvfb_display, "mousemove", "--sync", x, y, "click", "1")
            return mark

        def station() -> Any:
            return next(s for s in staff.stations().stations if s.name == STATION)

        # 1. "Call the desk" on the lock screen, answered from the room
        mark = click(checks.check("lock"), path_end="/DeskCall")
        wait_after(kiosk, mark, "the visitor called the desk")
        wait_until(lambda: station().desk_call is not None, message="the room shows no call")
        call = station().desk_call
        assert call is not None and call.since and 0 <= call.waited_seconds < 60
        mark = len(kiosk.lines)
        staff.post_command(STATION, CommandRequest(kind=CommandKind.ANSWER_CALL))
        wait_after(kiosk, mark, "call for the desk answered")
        assert "Quelqu'un de l'accueil arrive." in labels(checks.check("answered"))
        wait_until(lambda: station().desk_call is None, message="the room still shows the call")

        # 2. Nederlands and text ×2 chosen on the lock screen, then a sign-in keeps them
        mark = click(checks.check("before-dutch"), text="Nederlands")
        wait_after(kiosk, mark, "language: nl")
        mark = click(checks.check("before-size"), text="A ×2")
        wait_after(kiosk, mark, r"look: text ×2\b")
        sign_in_typed(xvfb_display, kiosk)
        kiosk.wait_for_line("session bar shown")

        # 3. a ready-made message in three languages reaches the Dutch screen in Dutch
        site = staff.sites()[0].id
        stored = staff.set_ready_messages(
            site, SiteReadyMessages(language="fr", messages=[ReadyMessage(texts=READY)])
        )
        texts = dict(stored.messages[0].texts)
        mark = len(kiosk.lines)
        staff.post_command(
            STATION, CommandRequest(kind=CommandKind.MESSAGE, text=texts["fr"], texts=texts)
        )
        wait_after(kiosk, mark, "staff message .* shown")
        shown = labels(checks.check("message"))
        assert READY["nl"] in shown and READY["fr"] not in shown, shown

        # the session ends: the next visitor meets French at ×1; this one gets theirs back
        mark = len(kiosk.lines)
        staff.end(STATION)
        wait_after(kiosk, mark, "language: fr")
        wait_after(kiosk, mark, r"look: text ×1\b")
        mark = len(kiosk.lines)
        sign_in_typed(xvfb_display, kiosk)
        wait_after(kiosk, mark, "session bar shown")
        wait_after(kiosk, mark, "language: nl")
        wait_after(kiosk, mark, r"look: text ×2\b")
    finally:
        staff.close()
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    assert not any("Traceback" in line for line in kiosk.lines), "\n".join(kiosk.lines)
    print(f"\nvisitor features end to end: {time.monotonic() - started:.1f} s")
