"""A workshop's day on one PC, with real processes: the server, the kiosk of RC-02 under Xvfb,
visitors typed in with xdotool, staff through the API, the attendance sheet through the CLI.

The server keeps the real clock, so everything is set relative to now in the site's zone: the
site open since an hour ago, a workshop « Mon CV en ligne » holding RC-02 from the first whole
minute at least :data:`LEAD` away, for :data:`WORKSHOP_MINUTES`, one participant registered
by card.

1. Before the slot, a free-access visitor signs in on RC-02: their grant ends at the slot's
   start (the grant's "booking" term, docs/ARCHITECTURE.md "Holds and the queue"), the lock
   screen said "Réservé à partir de …" beforehand, the last minute's warning says the computer
   is reserved then, and the session ends at the slot's start as ``booking``.
2. During the slot the lock screen says whom it is reserved for; the same visitor is refused
   (``STATION_HELD``); the participant signs in and gets a training session; once they have
   been there a minute of the slot (the attendance rule), the workshop's attendance marks
   them present.
3. ``epn workshop sheet ID --language fr --out FILE`` writes a PDF that lists them present.

About three minutes and a half: the wait for the slot (two minutes at least, so that the
visitor's grant is over a minute long, MIN_GRANT_SECONDS, and gets the last minute's warning)
and the attendance rule's minute.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from kiosk.protocol.sites import WEEKDAYS, SiteHours
from kiosk.protocol.workshops import (
    RegistrationRequest,
    Titles,
    WorkshopKind,
    WorkshopRequest,
)
from tests.helpers.epn import (
    CARD,
    PIN,
    SITE,
    STAFF,
    STAFF_PASSWORD,
    focus_kiosk,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    sign_in_typed,
    xdotool,
)
from tests.helpers.live_screen import LiveChecks, wait_after
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

ROOM_PC = "RC-02"
PARTICIPANT = "2100007777"
PARTICIPANT_PIN = "8642"
PARTICIPANT_NAME = "Amina"
ADMIN = "direction"
ADMIN_PASSWORD = "direction-laeken-2"
TITLE = "Mon CV en ligne"
WORKSHOP_MINUTES = 15
#: From planning the workshop to its start, at least: the visitor's sign-in (a second or two)
#: must leave a grant over a minute (shorter is STATION_HELD) that still crosses the last
#: minute's warning (60 s, admin/rules/session_rules.py), so more than a minute and a bit.
LEAD = timedelta(minutes=2)
#: The attendance rule: a participant is present once their sessions cover this much of the
#: slot (admin/workshops/records.py).
PRESENT_SECONDS = 60
#: Zones tried in turn for the site: its day (an hour before now to half an hour after the
#: workshop) must not cross local midnight nor a change of the clocks. Brussels and Tokyo are
#: seven or eight hours apart, so one of them is always far from both.
ZONES = ("Europe/Brussels", "Asia/Tokyo")
#: How far from the slot's start the station may end the first session: the grant counts
#: whole seconds (its end up to a second early), then a loaded machine's scheduling.
END_EARLY = 2.0
END_LATE = 3.0


def quiet_zone(now: datetime) -> str:
    """A zone where the site's day around ``now`` is far from midnight and any clock change."""
    for name in ZONES:
        zone = ZoneInfo(name)
        moments = [(now + timedelta(minutes=m)).astimezone(zone) for m in (-70, 0, 60)]
        if len({m.date() for m in moments}) == 1 and len({m.utcoffset() for m in moments}) == 1:
            return name
    pytest.skip(f"{now.isoformat()} is near midnight or a clock change in each of {ZONES}")


def slot_start(now: datetime, zone: ZoneInfo) -> datetime:
    """The workshop's start: the first whole minute of the site's clock at least LEAD away."""
    earliest = (now + LEAD).astimezone(zone)
    minute = earliest.replace(second=0, microsecond=0)
    return minute if minute == earliest else minute + timedelta(minutes=1)


def french_time(moment: datetime) -> str:
    """A clock time as the French screens write it (ui/formats.py): "14 h", "14 h 05"."""
    hour = f"{moment.hour}\u00a0h"
    return hour if moment.minute == 0 else f"{hour}\u00a0{moment.minute:02d}"


def instant(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


def session_row(db: Path, session_id: str) -> sqlite3.Row:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    assert row is not None, session_id
    return row


def shown_session(kiosk: Process, mark: int) -> tuple[str, int]:
    line = wait_after(kiosk, mark, r"session shown: \S+, \d+ s left")
    found = re.search(r"session shown: (\S+), (\d+) s left", line)
    assert found is not None
    return found.group(1), int(found.group(2))


def type_card(display: str, kiosk: Process, card: str, pin: str) -> int:
    """Type a card and Enter on the lock screen, then the PIN if it is asked for (a held
    station may refuse before); the kiosk's line count before, to read what it did after."""
    focus_kiosk(display)
    mark = len(kiosk.lines)
    xdotool(display, "type", "--delay", "30", card)
    xdotool(display, "key", "Return")
    line = wait_after(kiosk, mark, r"PIN asked|sign-in refused")
    if "PIN asked" in line:
        xdotool(display, "type", "--delay", "30", pin)
        xdotool(display, "key", "Return")
    return mark


def labels(answer: dict[str, Any]) -> list[str]:
    return [label["text"] for label in answer["labels"]]


def test_a_workshop_holds_a_pc_cuts_free_access_and_takes_attendance(
    tmp_path: Path, xvfb_display: str
) -> None:
    started = time.monotonic()
    zone_name = quiet_zone(datetime.now(UTC))
    zone = ZoneInfo(zone_name)
    db = tmp_path / "epn.db"
    seed(db, timezone=zone_name)  # the site, LK-01, the free-access visitor (CARD), staff
    token = run_epn("station", "add", ROOM_PC, "--site", SITE, "--db", str(db)).stdout
    token = token.splitlines()[-1]
    run_epn(
        *("visitor", "add", PARTICIPANT, "--category", "adult", "--name", PARTICIPANT_NAME),
        *("--db", str(db)),
        env={**os.environ, "EPN_PIN": PARTICIPANT_PIN},
    )
    run_epn(
        *("staff", "add", ADMIN, "--role", "admin", "--db", str(db)),
        env={**os.environ, "EPN_PASSWORD": ADMIN_PASSWORD},
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    staff = StaffClient(url)
    admin = StaffClient(url)
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = Process(
            [
                *epn_command(),
                *("kiosk", "--server", url, "--token", token),
                *("--state-dir", str(tmp_path / "station")),
            ],
            {**kiosk_env(xvfb_display), "EPN_LIVE_CHECKS": str(tmp_path / "live")},
            "kiosk",
        )
        kiosk.wait_for_line("lock screen shown", timeout=60)
        checks = LiveChecks(xvfb_display, tmp_path / "live", tmp_path / "pictures")
        staff.login(STAFF, STAFF_PASSWORD)
        admin.login(ADMIN, ADMIN_PASSWORD)

        # the site opened an hour ago; the workshop: RC-02 from the next whole minute ≥ 2 min
        start_local = slot_start(datetime.now(UTC), zone)
        end_local = start_local + timedelta(minutes=WORKSHOP_MINUTES)
        opening_local = start_local - timedelta(hours=1)
        closing_local = end_local + timedelta(minutes=30)
        today = WEEKDAYS[start_local.weekday()]
        (site,) = admin.sites()
        admin.set_site_hours(
            site.id, SiteHours(weekly={today: [f"{opening_local:%H:%M}-{closing_local:%H:%M}"]})
        )
        mark = len(kiosk.lines)
        workshop = staff.add_workshop(
            WorkshopRequest(
                site=SITE,
                kind=WorkshopKind.WORKSHOP,
                title=Titles(fr=TITLE),
                theme="job-search",
                animateur=STAFF,
                capacity=4,
                stations=[ROOM_PC],
                starts_at=f"{start_local:%Y-%m-%dT%H:%M}",
                minutes=WORKSHOP_MINUTES,
            )
        )
        (date,) = workshop.dates
        assert date.stations == [ROOM_PC]
        slot_begins, slot_ends = instant(date.starts_at), instant(date.ends_at)
        assert slot_begins == start_local.astimezone(UTC)
        assert slot_ends == end_local.astimezone(UTC)
        registration = staff.register(workshop.id, RegistrationRequest(visitor=PARTICIPANT))
        assert registration.state == "registered"

        # the station follows its holds at once (the long-poll's holds tag), not in 5 minutes
        said = wait_after(kiosk, mark, r"lock screen says: .*Réservé", timeout=10)
        assert said.endswith(f"lock screen says: Réservé à partir de {french_time(start_local)}")

        # 1. a free-access visitor before the slot: granted up to its start, warned, ended
        mark = len(kiosk.lines)
        sign_in_typed(xvfb_display, kiosk)
        session_id, granted = shown_session(kiosk, mark)
        row = session_row(db, session_id)
        assert row["purpose"] == "free"
        granted_end = instant(row["started_at"]) + timedelta(seconds=row["granted_seconds"])
        assert granted_end <= slot_begins, (granted_end, slot_begins)
        assert (slot_begins - granted_end).total_seconds() <= 2  # the booking set it
        assert PRESENT_SECONDS < granted < LEAD.total_seconds() + 60, granted
        kiosk.wait_for_line("session bar shown")

        wait_for_warning = (slot_begins - datetime.now(UTC)).total_seconds()
        warned = wait_after(kiosk, mark, "warning banner shown", timeout=wait_for_warning)
        assert warned.endswith("Encore 1 minute"), warned  # the last minute's
        shown = labels(checks.check("warning"))
        held_at = f"réservé à {french_time(start_local)}"
        assert any(held_at in text for text in shown), (ascii(held_at), shown)

        wait = (slot_begins - datetime.now(UTC)).total_seconds() + 10
        ended_at = kiosk.printed_at(rf"session {re.escape(session_id)} ended \(booking\)", wait)
        ended_line = next(
            i for i, line in enumerate(kiosk.lines) if f"session {session_id} ended" in line
        )
        off_by = ended_at - slot_begins.timestamp()
        assert -END_EARLY <= off_by <= END_LATE, f"ended {off_by:+.2f} s after the slot's start"
        wait_until(
            lambda: session_row(db, session_id)["state"] == "ended",
            message="the server still has the free-access session running",
        )
        row = session_row(db, session_id)
        assert row["end_reason"] == "booking"
        assert instant(row["ended_at"]) <= slot_begins + timedelta(seconds=END_LATE), dict(row)

        # 2. the slot: the lock screen says for whom; the visitor is refused, the participant in
        hours = f"de {french_time(start_local)} à {french_time(end_local)}"
        said = wait_after(kiosk, mark, rf"lock screen says: Réservé pour «\s{TITLE}\s» {hours}")
        wait_after(kiosk, ended_line, "lock screen shown")  # after the end screen
        refused = type_card(xvfb_display, kiosk, CARD, PIN)
        wait_after(kiosk, refused, "sign-in refused: STATION_HELD")
        assert not any("session shown" in line for line in kiosk.lines[refused:])

        mark = type_card(xvfb_display, kiosk, PARTICIPANT, PARTICIPANT_PIN)
        training_id, _ = shown_session(kiosk, mark)
        training = session_row(db, training_id)
        assert training["purpose"] == "training"
        assert training["workshop_date_id"] == date.id
        # granted to the slot's end, not the visitor's free-access limit
        training_end = instant(training["started_at"]) + timedelta(
            seconds=training["granted_seconds"]
        )
        assert abs((training_end - slot_ends).total_seconds()) <= 2, (training_end, slot_ends)

        def attendee() -> Any:
            (day,) = staff.attendance(workshop.id).dates
            return next(a for a in day.attendees if a.visitor == PARTICIPANT)

        wait_until(
            lambda: attendee().present,
            timeout=PRESENT_SECONDS + 30,
            message="the participant is not marked present after a minute of the slot",
        )
        present = attendee()
        assert present.registration_id == registration.id and not present.walk_in
        assert present.minutes >= 1 and present.ticked is None
        (day,) = staff.attendance(workshop.id).dates
        assert [a.visitor for a in day.attendees] == [PARTICIPANT]  # the refused one is not there

        # 3. the attendance sheet, in French, through the CLI
        sheet = tmp_path / "presences.pdf"
        written = run_epn(
            *("workshop", "sheet", str(workshop.id), "--language", "fr", "--out", str(sheet)),
            *("--db", str(db)),
        )
        assert str(sheet) in written.stdout
        text = "\n".join(page.extract_text() or "" for page in PdfReader(sheet).pages)
        assert "Liste de présence" in text and TITLE in text, text
        # the row: number, name, present and for how long
        assert re.search(rf"^1 {PARTICIPANT_NAME} oui \(\d+ min\)", text, re.MULTILINE), text
        assert CARD not in text  # the free-access visitor is no participant

        staff.end(ROOM_PC)
        wait_after(kiosk, mark, rf"session {re.escape(training_id)} ended \(staff\)")
    finally:
        staff.close()
        admin.close()
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    assert not any("Traceback" in line for line in kiosk.lines), "\n".join(kiosk.lines)
    print(
        f"\nworkshop day end to end ({zone_name}, slot {start_local:%H:%M}):"
        f" {time.monotonic() - started:.1f} s"
    )
