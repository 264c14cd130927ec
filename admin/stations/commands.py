"""Staff commands to a station: the rules of each kind, idempotency and the audit record.

extend, set_time, end, lock and unlock act on the session running on the station and are
refused with NO_ACTIVE_SESSION when there is none. message may go to a free station. disable
and enable change the station row at once (sign-in is refused while it is disabled) and are
also pushed, so the station ends its session and shows itself out of order. sign_in (a
visitor staff vouch for at the desk, no PIN) needs the station online, enabled and free: the
session is opened at once with the kiosk's sign-in rules (refusals are their 4xx codes), and
the command carries the grant the station starts from. A station that cannot start it (a
visitor signed in there meanwhile) acknowledges ok=False and the session is closed unused;
a guest ticket it used is valid again.

Closing time holds: an extend or set_time that would run past the site's closing is cut to
it (stored as a set_time of the seconds left until closing, ``clipped_to`` the closing
instant, audited so), unless an administrator gives ``after_hours`` (audited; staff are
refused FORBIDDEN). An extension when the session already ends at closing is refused CLOSED
with ``closes_at``. The station never runs past the closing time it knows either
(kiosk/session.py), except after hours.

end reaches a session its station is silent about too (offline, or closed by the server while
silent, see admin/sessions/reconcile.py): the session is settled at once at its last report, so the
visitor can sign in elsewhere, and the command waits for the station to come back.

answer_call answers the visitor's call for the desk (admin/stations/desk_calls.py): the call is
removed at once (the console's tile stops calling) and the station tells the visitor someone is
coming; refused NO_DESK_CALL when the station is not calling. The audit entry says how long
the visitor waited.

A command carrying a ``request_id`` is created once per station: sending it again returns
the first command (a console retrying after a timeout never extends twice).

Every function here runs inside the caller's transaction (``Store.write``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import seconds_between, to_iso
from admin.rules import grant as policy
from admin.sessions import reconcile
from admin.sites import hours
from admin.sites import settings as sites
from admin.stations import desk_calls
from kiosk.protocol.commands import (
    COMMAND_ARGUMENTS,
    SESSION_COMMANDS,
    CommandKind,
    CommandRequest,
    CommandStatus,
)
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import Grant

#: The argument each kind takes; the others are dropped.
_ARGUMENT = COMMAND_ARGUMENTS

#: The kinds that give a session its time: cut at closing unless after hours.
_TIMED = (CommandKind.EXTEND, CommandKind.SET_TIME)

#: Opens a desk sign-in's session in the caller's transaction:
#: (db, station id, identifier, now) -> its grant, or Refused with the kiosk's sign-in codes.
OpenSession = Callable[[Database, int, str, datetime], Grant]
#: Cuts an extend or set_time of a running session further (station row, session row).
Clip = Callable[
    [Database, dict[str, Any], dict[str, Any], CommandRequest, datetime], CommandRequest
]


def normalise(request: CommandRequest) -> CommandRequest:
    """The request with only the argument its kind takes, validated; INVALID_REQUEST if not.

    Checked again whole, whatever built it: a request made without validation (``model_construct``)
    is refused here like one the API would refuse.
    """
    try:
        kind = CommandKind(request.kind)
    except ValueError:
        raise Refused(ErrorCode.INVALID_REQUEST, f"unknown command {request.kind!r}") from None
    reason = request.reason
    given: dict[str, Any] = {
        "minutes": request.minutes,
        "seconds": request.seconds,
        "text": request.text.strip() if request.text is not None else None,
        "reason": (reason.strip() or None) if reason is not None else None,
        "identifier": request.identifier.strip() if request.identifier is not None else None,
    }
    wanted = _ARGUMENT.get(kind)
    fields = {name: value for name, value in given.items() if name == wanted}
    if kind == CommandKind.MESSAGE and request.texts:
        fields["texts"] = {lang: text.strip() for lang, text in request.texts.items()}
    if wanted in ("minutes", "seconds", "text", "identifier") and fields.get(wanted) in (None, ""):
        raise Refused(ErrorCode.INVALID_REQUEST, f"{kind} needs {wanted}", {"field": wanted})
    try:
        return CommandRequest(
            kind=kind,
            request_id=request.request_id,
            after_hours=request.after_hours and kind in _TIMED,
            **fields,
        )
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]) if exc.errors() else wanted
        raise Refused(
            ErrorCode.INVALID_REQUEST, f"{kind}: {field} is out of range", {"field": field}
        ) from None


def create(
    db: Database,
    member: StaffMember | None,
    station: str,
    request: CommandRequest,
    now: datetime,
    open_session: OpenSession | None = None,
    clip: Clip | None = None,
) -> tuple[CommandStatus, bool]:
    """Store the command (or find the one with the same request_id); True when created.

    ``member`` None is the CLI, acting on every site. ``open_session`` is required for sign_in.
    ``clip`` cuts staff's extend and set_time further than closing time (the holds': a session
    never runs into someone else's booking, admin.holds.gate.clip_to_hold).
    """
    row = _station(db, member, station)
    if request.request_id is not None:
        existing = next(
            db.query(
                "SELECT * FROM commands WHERE station_id = ? AND request_id = ?",
                [row["id"], request.request_id],
            ),
            None,
        )
        if existing is not None:
            clipped = existing["clipped_to"] is not None and request.kind in _TIMED
            if existing["kind"] != request.kind and not clipped:
                raise Refused(
                    ErrorCode.INVALID_REQUEST,
                    "request_id already used for another command",
                    {"request_id": request.request_id},
                )
            return status_of(existing, station), False
    session = next(
        db.query("SELECT * FROM sessions WHERE station_id = ? AND state = 'active'", [row["id"]]),
        None,
    )
    silent = _silent_session(db, row, session, now) if request.kind == CommandKind.END else None
    if silent is not None:
        session = silent
    if request.kind in SESSION_COMMANDS and session is None:
        raise Refused(ErrorCode.NO_ACTIVE_SESSION, f"nobody is signed in on {station}")
    if request.after_hours and member is not None and member.role != "admin":
        raise Refused(
            ErrorCode.FORBIDDEN, "only an administrator may let a session run after closing"
        )
    at = to_iso(now)
    before: dict[str, Any] = {}
    if session is not None:
        before = {"session_id": session["id"], "seconds_left": policy.estimate_left(session, now)}
    clipped_to: datetime | None = None
    if request.kind in _TIMED and session is not None and not request.after_hours:
        request, clipped_to = _clip_to_closing(db, row, session, request, now)
    if request.kind in _TIMED and session is not None and clip is not None:
        request = clip(db, row, session, request, now)
    if silent is not None:
        # the station cannot hear it now: the session ends here, the station follows on return
        reconcile.settle(db, silent["id"], "staff")
        before["silent"] = True
    grant: Grant | None = None
    if request.kind == CommandKind.SIGN_IN:
        if open_session is None or request.identifier is None:
            raise Refused(ErrorCode.INVALID_REQUEST, "sign_in needs an identifier")
        _check_free(row, session, station, now)
        grant = open_session(db, row["id"], request.identifier, now)
        session = {"id": grant.session_id}
    if request.kind == CommandKind.ANSWER_CALL:
        call = desk_calls.current(db, row["id"])
        if call is None:
            raise Refused(ErrorCode.NO_DESK_CALL, f"{station} is not calling the desk")
        desk_calls.clear(db, row["id"])
        before.update(
            called_at=call["called_at"],
            waited_seconds=int(seconds_between(call["called_at"], now) or 0),
        )
    if request.kind in (CommandKind.DISABLE, CommandKind.ENABLE):
        before.update(enabled=bool(row["enabled"]), disabled_reason=row["disabled_reason"])
        enabled = request.kind == CommandKind.ENABLE
        db.execute(
            "UPDATE stations SET enabled = ?, disabled_reason = ? WHERE id = ?",
            [int(enabled), None if enabled else request.reason, row["id"]],
        )
    if request.after_hours and session is not None:
        db.execute("UPDATE sessions SET after_hours = 1 WHERE id = ?", [session["id"]])
    cursor = db.execute(
        "INSERT INTO commands (station_id, session_id, kind, minutes, seconds, text, texts,"
        " reason, request_id, identifier, grant_body, after_hours, clipped_to, status,"
        " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
        [
            row["id"],
            session["id"] if session is not None else None,
            request.kind,
            request.minutes,
            request.seconds,
            request.text,
            json.dumps(request.texts, ensure_ascii=False) if request.texts else None,
            request.reason,
            request.request_id,
            request.identifier,
            grant.model_dump_json() if grant is not None else None,
            int(request.after_hours),
            to_iso(clipped_to) if clipped_to is not None else None,
            member.id if member is not None else None,
            at,
        ],
    )
    command_id = int(cursor.lastrowid or 0)
    after: dict[str, Any] = {"command_id": command_id, "minutes": request.minutes}
    for name in ("seconds", "text", "texts", "reason", "request_id", "identifier"):
        if getattr(request, name) is not None:
            after[name] = getattr(request, name)
    if request.after_hours:
        after["after_hours"] = True
    if clipped_to is not None:
        after["clipped_to_closing"] = to_iso(clipped_to)
    if grant is not None:
        after.update(session_id=grant.session_id, granted_seconds=grant.granted_seconds)
    if request.kind in (CommandKind.DISABLE, CommandKind.ENABLE):
        after["enabled"] = request.kind == CommandKind.ENABLE
    audit.record(
        db,
        at=at,
        staff_id=member.id if member is not None else None,
        action=f"command.{request.kind}",
        target=f"station:{station}",
        before=before or None,
        after=after,
    )
    created = next(db.query("SELECT * FROM commands WHERE id = ?", [command_id]))
    return status_of(created, station), True


def _silent_session(
    db: Database, row: dict[str, Any], session: dict[str, Any] | None, now: datetime
) -> dict[str, Any] | None:
    """The session an end must reach although the station is silent about it, if any.

    The active session of an offline station (closed here at its last report), or the last one
    the server closed while the station was silent and that is not settled yet.
    """
    if session is not None:
        elapsed = seconds_between(row["last_seen_at"], now)
        if elapsed is not None and elapsed <= OFFLINE_AFTER_SECONDS:
            return None  # online: the station ends it and reports
        reconcile.close_silent(db, session["id"])
    return next(
        db.query(
            "SELECT * FROM sessions WHERE station_id = ? AND open_until IS NOT NULL"
            " ORDER BY started_at DESC LIMIT 1",
            [row["id"]],
        ),
        None,
    )


def _clip_to_closing(
    db: Database,
    row: dict[str, Any],
    session: dict[str, Any],
    request: CommandRequest,
    now: datetime,
) -> tuple[CommandRequest, datetime | None]:
    """The request cut at closing time, and the closing instant when it was cut."""
    timezone = _timezone(db, row["site_id"])
    schedule = sites.load_schedule(db, row["site_id"])
    closing = hours.seconds_until_close(schedule, now, timezone)
    if closing is None:
        return request, None  # no closing in sight
    # the instant itself (now when closed already), not now + closing's rounded-up seconds
    closes_at = hours.closes_at(schedule, now, timezone) or now
    if request.kind == CommandKind.EXTEND:
        wanted = policy.estimate_left(session, now) + (request.minutes or 0) * 60
        if policy.estimate_left(session, now) >= closing:
            raise Refused(
                ErrorCode.CLOSED,
                "the session already ends at closing time",
                {"closes_at": to_iso(closes_at), "timezone": timezone},
            )
    else:
        wanted = request.seconds or 0
    if wanted <= closing:
        return request, None
    cut = request.model_copy(
        update={"kind": CommandKind.SET_TIME, "minutes": None, "seconds": max(1, closing)}
    )
    return cut, closes_at


def _timezone(db: Database, site_id: int) -> str:
    return str(next(db.query("SELECT timezone FROM sites WHERE id = ?", [site_id]))["timezone"])


def _check_free(
    row: dict[str, Any], session: dict[str, Any] | None, station: str, now: datetime
) -> None:
    """A desk sign-in needs the station enabled, online and free; refused otherwise."""
    if not row["enabled"]:
        raise Refused(ErrorCode.STATION_DISABLED, f"{station} is out of order")
    elapsed = seconds_between(row["last_seen_at"], now)
    if elapsed is None or elapsed > OFFLINE_AFTER_SECONDS:
        raise Refused(ErrorCode.OFFLINE, f"{station} is offline")
    if session is not None:
        raise Refused(ErrorCode.STATION_IN_USE, f"someone is signed in on {station}")


def _station(db: Database, member: StaffMember | None, station: str) -> dict[str, Any]:
    """The station's row, if it exists and is at one of the member's sites."""
    row = next(
        db.query(
            "SELECT id, site_id, enabled, disabled_reason, last_seen_at FROM stations"
            " WHERE name = ?",
            [station],
        ),
        None,
    )
    # another site's station answers exactly like a missing one: names cannot be probed
    if row is None or (member is not None and not member.can_see(row["site_id"])):
        raise Refused(ErrorCode.NOT_FOUND, f"no station named {station!r}")
    return dict(row)


def get(db: Database, member: StaffMember | None, station: str, command_id: int) -> CommandStatus:
    """One command of the station: pending, applied or failed."""
    row = _station(db, member, station)
    command = next(
        db.query("SELECT * FROM commands WHERE id = ? AND station_id = ?", [command_id, row["id"]]),
        None,
    )
    if command is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no command {command_id} for {station}")
    return status_of(command, station)


def status_of(row: dict[str, Any], station: str) -> CommandStatus:
    return CommandStatus(
        after_hours=bool(row["after_hours"]),
        clipped_to=row["clipped_to"],
        id=row["id"],
        station=station,
        kind=row["kind"],
        minutes=row["minutes"],
        seconds=row["seconds"],
        text=row["text"],
        reason=row["reason"],
        request_id=row["request_id"],
        identifier=row["identifier"],
        status=row["status"],
        created_at=row["created_at"],
    )
