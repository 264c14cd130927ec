"""Closing time holds with the real kiosk: a staff extension is cut at closing, the station ends
the session then; an administrator's after-hours extension lets a session run past it.

Real processes: the server and two kiosks (LK-01 and LK-02, each full screen on its own Xvfb
screen), visitors typed in with xdotool, staff and an administrator through the API. The
server keeps the real clock, so the site's hours are set relative to now in the site's zone:
open since an hour ago, closing at the first whole minute at least :data:`CLOSING_LEAD`
from now: the shortest that still lets both visitors sign in with their one-minute sessions
ending before closing (a sign-in needs a minute before closing, admin/rules/grant.py). Both
stations meet the same closing, so the test waits for it once.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.room import SessionSummary
from kiosk.protocol.sites import WEEKDAYS, SiteHours
from tests.helpers.epn import (
    SITE,
    STAFF,
    STAFF_PASSWORD,
    STATION,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    sign_in_typed,
)
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

LATE_STATION = "LK-02"
LATE_CARD = "2100009999"
LATE_PIN = "1357"
ADMIN = "direction"
ADMIN_PASSWORD = "direction-laeken-2"

#: From setting the hours to closing, at least: both sign-ins and the staff's extension
#: happen in it, and each visitor's one-minute grant must end before closing, so that the
#: extension is cut rather than refused (the session would already end at closing). A minute
#: for the grants and 15 s for the sign-ins (they take about a second on a loaded machine).
CLOSING_LEAD = timedelta(seconds=75)
#: Zones tried in turn for the site: its day (opened an hour ago, closing in a few minutes)
#: must not cross local midnight nor a change of the clocks. Brussels and Tokyo are seven or
#: eight hours apart, so one of them is always far from both.
ZONES = ("Europe/Brussels", "Asia/Tokyo")
#: How late after closing the station may end the session: it checks its clock five times a
#: second; the rest is a loaded machine's scheduling.
END_TOLERANCE = 2.0
#: How early: a set_time counts whole seconds (the seconds elapsed rounded down, those left to
#: closing rounded up), so the end it sets may come up to a second before closing.
END_EARLY = 1.0
#: How long after closing the after-hours session is seen still running.
PAST_CLOSING = 5.0


def quiet_zone(now: datetime) -> str:
    """A zone where the site's day around ``now`` is far from midnight and any clock change."""
    for name in ZONES:
        zone = ZoneInfo(name)
        moments = [
            (now + timedelta(minutes=m)).astimezone(zone) for m in (-70, 0, 30)
        ]  # opening, now, well after closing
        if len({m.date() for m in moments}) == 1 and len({m.utcoffset() for m in moments}) == 1:
            return name
    pytest.skip(f"{now.isoformat()} is near midnight or a clock change in each of {ZONES}")


def closing_from(now: datetime, zone: ZoneInfo) -> datetime:
    """The site's closing: the first whole minute of its clock at least CLOSING_LEAD away."""
    earliest = (now + CLOSING_LEAD).astimezone(zone)
    minute = earliest.replace(second=0, microsecond=0)
    return minute if minute == earliest else minute + timedelta(minutes=1)


def lock_window_visible(display: str) -> bool:
    """Whether the kiosk's lock screen is shown on ``display`` (xdotool exits 1 for none)."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^EPN Kiosk$"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
    )
    return bool(result.stdout.split())


def shown_session(kiosk: Process) -> tuple[str, int]:
    line = kiosk.wait_for_line(r"session shown: \S+, \d+ s left")
    found = re.search(r"session shown: (\S+), (\d+) s left", line)
    assert found is not None
    return found.group(1), int(found.group(2))


def active_on(client: StaffClient, station: str) -> SessionSummary | None:
    return next((s for s in client.sessions("active") if s.station == station), None)


def session_row(db: Path, session_id: str) -> sqlite3.Row:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    assert row is not None, session_id
    return row


def audited_commands(db: Path, station: str) -> list[tuple[str, dict[str, Any]]]:
    """The audit's word on each command sent to ``station``: its action and what it did."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT action, after FROM audit WHERE action LIKE 'command.%' AND target = ?"
            " ORDER BY id",
            (f"station:{station}",),
        ).fetchall()
    return [(action, json.loads(after)) for action, after in rows]


def instant(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


def start_kiosk(url: str, token: str, display: str, state_dir: Path, name: str) -> Process:
    args = ["kiosk", "--server", url, "--token", token, "--state-dir", str(state_dir)]
    return Process([*epn_command(), *args], kiosk_env(display), name)


def test_closing_cuts_a_staff_extension_and_holds_unless_an_admin_says_after_hours(
    tmp_path: Path, xvfb_display: str, second_xvfb_display: str
) -> None:
    zone_name = quiet_zone(datetime.now(UTC))
    zone = ZoneInfo(zone_name)
    db = tmp_path / "epn.db"
    token = seed(db, timezone=zone_name)
    late_token = run_epn(
        "station", "add", LATE_STATION, "--site", SITE, "--db", str(db)
    ).stdout.splitlines()[-1]
    run_epn(
        *("visitor", "add", LATE_CARD, "--category", "adult", "--db", str(db)),
        env={**os.environ, "EPN_PIN": LATE_PIN},
    )
    run_epn(
        *("staff", "add", ADMIN, "--role", "admin", "--db", str(db)),
        env={**os.environ, "EPN_PASSWORD": ADMIN_PASSWORD},
    )
    # one-minute sessions: an extension is what takes them towards closing
    run_epn(
        *("policy", "set", "adult", "--session", "1", "--daily", "600", "--weekly", "3000"),
        *("--db", str(db)),
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosks: list[Process] = []
    staff = StaffClient(url)
    admin = StaffClient(url)
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = start_kiosk(url, token, xvfb_display, tmp_path / "station-1", "kiosk")
        kiosks.append(kiosk)
        late = start_kiosk(url, late_token, second_xvfb_display, tmp_path / "station-2", "late")
        kiosks.append(late)
        kiosk.wait_for_line("lock screen shown", timeout=60)
        late.wait_for_line("lock screen shown", timeout=60)
        staff.login(STAFF, STAFF_PASSWORD)
        admin.login(ADMIN, ADMIN_PASSWORD)

        # the site opened an hour ago and closes in a minute or two
        closing_local = closing_from(datetime.now(UTC), zone)
        opening_local = closing_local - timedelta(hours=1)
        today = WEEKDAYS[closing_local.weekday()]
        (site,) = admin.sites()
        admin.set_site_hours(
            site.id, SiteHours(weekly={today: [f"{opening_local:%H:%M}-{closing_local:%H:%M}"]})
        )
        closing = closing_local.astimezone(UTC)
        (site,) = admin.sites()
        assert site.open_now and site.closes_at is not None
        assert instant(site.closes_at) == closing

        sign_in_typed(xvfb_display, kiosk)
        sign_in_typed(second_xvfb_display, late, LATE_CARD, LATE_PIN)
        session_id, granted = shown_session(kiosk)
        late_id, late_granted = shown_session(late)
        assert granted == late_granted == 60  # the category's session limit, not closing
        left_to_closing = (closing - datetime.now(UTC)).total_seconds()
        assert left_to_closing > 61, f"the sign-ins took too long: {left_to_closing:.1f} s left"
        kiosk.wait_for_line("session bar shown")
        assert not lock_window_visible(xvfb_display)

        # staff give an hour more: cut at closing, a set_time of the seconds left until it
        sent = datetime.now(UTC)
        cut = staff.extend(STATION, 60)
        assert cut.kind == CommandKind.SET_TIME
        assert cut.clipped_to is not None and instant(cut.clipped_to) == closing
        assert not cut.after_hours
        assert cut.seconds is not None
        assert abs(cut.seconds - (closing - sent).total_seconds()) <= 2
        changed = kiosk.wait_for_line(r"session changed: [+-]\d+ s, \d+ s left")
        left = re.search(r", (\d+) s left", changed)
        assert left is not None
        assert abs(int(left.group(1)) - (closing - sent).total_seconds()) <= 3, changed
        [(action, audited)] = audited_commands(db, STATION)
        assert action == "command.set_time" and audited["clipped_to_closing"] == cut.clipped_to

        # an administrator's hour after hours on the other station: sent whole
        whole = admin.post_command(
            LATE_STATION, CommandRequest(kind=CommandKind.EXTEND, minutes=60, after_hours=True)
        )
        assert whole.kind == CommandKind.EXTEND and whole.minutes == 60
        assert whole.after_hours and whole.clipped_to is None
        late.wait_for_line(r"session changed: \+3600 s")
        [(action, audited)] = audited_commands(db, LATE_STATION)
        assert action == "command.extend" and audited["after_hours"] is True

        # closing: the station ends the session then, whatever it was given
        wait = (closing - datetime.now(UTC)).total_seconds() + 10
        ended_at = kiosk.printed_at(rf"session {re.escape(session_id)} ended \(closing\)", wait)
        late_by = ended_at - closing.timestamp()
        assert -END_EARLY <= late_by <= END_TOLERANCE, f"ended {late_by:+.2f} s after closing"
        print(
            f"\nclosing {closing:%H:%M:%S} UTC ({zone_name}), {left_to_closing:.0f} s after the"
            f" sign-ins: the session ended {late_by:+.2f} s after it"
        )
        kiosk.wait_for_line(r"end screen shown \(closing\)")
        wait_until(
            lambda: lock_window_visible(xvfb_display),
            timeout=40,
            message="the lock screen did not come back after closing",
        )
        wait_until(
            lambda: active_on(staff, STATION) is None,
            message="the server still shows the session active after closing",
        )
        row = session_row(db, session_id)
        assert (row["state"], row["end_reason"]) == ("ended", "closing")
        started = instant(row["started_at"])
        assert abs(row["used_seconds"] - (closing - started).total_seconds()) <= 2, dict(row)
        assert abs((instant(row["ended_at"]) - closing).total_seconds()) <= END_TOLERANCE + 1

        # after hours: still running past closing, on the station and on the server
        wait_until(
            lambda: time.time() >= closing.timestamp() + PAST_CLOSING,
            timeout=PAST_CLOSING + 30,
        )
        assert not any(re.search(r" ended \(|end screen shown", line) for line in late.lines), (
            "\n".join(late.lines)
        )
        assert not lock_window_visible(second_xvfb_display)
        running = active_on(staff, LATE_STATION)
        assert running is not None and running.id == late_id
        assert running.seconds_left is not None and running.seconds_left > 3000

        admin.end(LATE_STATION)
        late.wait_for_line(rf"session {re.escape(late_id)} ended \(staff\)")
        wait_until(
            lambda: active_on(staff, LATE_STATION) is None,
            message="the after-hours session is still active after its end",
        )
    finally:
        staff.close()
        admin.close()
        codes = [k.stop() for k in kiosks]
        server.stop()

    assert codes == [0, 0], "\n".join(line for k in kiosks for line in k.lines)
    late_row = session_row(db, late_id)
    assert (late_row["state"], late_row["end_reason"]) == ("ended", "staff")
    assert instant(late_row["ended_at"]) > closing + timedelta(seconds=PAST_CLOSING)
    assert late_row["used_seconds"] >= (closing - instant(late_row["started_at"])).total_seconds()
