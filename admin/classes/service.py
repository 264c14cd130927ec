"""ClassService: a teacher starts a class on a room's PCs, acts on all of them, ends it.

Every entry point (``/api/v1/classes…``, ``epn class …``, the console through the staff
client) calls these methods: one validation, one transaction each, audited (``class.start``,
``class.end``, ``class.<action>``, and each station's own ``command.*``). The PCs are held
through :func:`admin.holds.book.create` (kind ``class``: its checks, HOLD_OVERLAP,
HOLD_OUTSIDE_HOURS, HOLD_BAD_TIME, NOT_FOUND, are the holds'); whom the hold admits is
:data:`admin.holds.rules.ADMISSION` (``class``); a pupil's session is granted to the slot's end
(:meth:`admin.stations.link.StationService._open_session`). Ending the class sends ``end`` to
every PC with a session (each station cleans up as after any session) and releases the holds.

Who may do what (``member`` None: the CLI on the server, acting for ``teacher``):

- a ``teacher`` starts classes at their sites only (else NOT_TEACHER) and acts on their own
  classes only (another teacher's class: NOT_TEACHER); one running class at a time
  (CLASS_ALREADY_RUNNING);
- staff and administrators of the site may start a class for a teacher, and act on any class
  of their sites (the desk helps a teacher).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.holds import book, gate
from admin.holds.rules import parse_moment
from admin.sites.settings import site_row
from admin.stations import commands
from kiosk.protocol.classes import (
    ClassAction,
    ClassActionResult,
    ClassCommand,
    ClassInfo,
    ClassRequest,
    ClassState,
)
from kiosk.protocol.commands import SESSION_COMMANDS, CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldKind, HoldState

_CLASS_SQL = (
    "SELECT c.*, si.name AS site, si.timezone, sf.username AS teacher,"
    " v.identifier AS teacher_card FROM classes c JOIN sites si ON si.id = c.site_id"
    " JOIN staff sf ON sf.id = c.teacher_id LEFT JOIN visitors v ON v.id = c.teacher_visitor_id"
)


def state_of(row: Mapping[str, Any], now: datetime) -> ClassState:
    """A class's state at ``now``: ended by its teacher or its slot, running, or planned."""
    if row["ended_at"] is not None or from_iso(row["ends_at"]) <= now:
        return ClassState.ENDED
    return ClassState.RUNNING if from_iso(row["starts_at"]) <= now else ClassState.PLANNED


def _visitor_ids(db: Database, identifiers: list[str]) -> list[int]:
    found = []
    for identifier in dict.fromkeys(identifiers):
        row = next(db.query("SELECT id FROM visitors WHERE identifier = ?", [identifier]), None)
        if row is None:
            raise Refused(
                ErrorCode.NOT_FOUND, f"no visitor {identifier!r}", {"visitor": identifier}
            )
        found.append(int(row["id"]))
    return found


def _teacher(
    db: Database, member: StaffMember | None, name: str | None, site_id: int
) -> dict[str, Any]:
    """The class's teacher: the member themselves, or the account named (CLI, desk)."""
    if member is not None and (name is None or name == member.username):
        if not member.can_see(site_id):
            raise Refused(ErrorCode.NOT_TEACHER, "not a teacher of this site", {"site": site_id})
        return {"id": member.id, "username": member.username, "role": member.role}
    if member is not None and member.role == "teacher":
        raise Refused(ErrorCode.NOT_TEACHER, "a teacher starts their own classes only")
    if name is None:
        raise Refused(
            ErrorCode.INVALID_REQUEST, "the class needs its teacher", {"field": "teacher"}
        )
    row = next(db.query("SELECT id, username, role FROM staff WHERE username = ?", [name]), None)
    sites = (
        {
            r["site_id"]
            for r in db.query("SELECT site_id FROM staff_sites WHERE staff_id = ?", [row["id"]])
        }
        if row is not None
        else set()
    )
    if row is None or (row["role"] != "admin" and site_id not in sites):
        raise Refused(
            ErrorCode.NOT_TEACHER, f"{name!r} is not a teacher of this site", {"teacher": name}
        )
    return dict(row)


class ClassService:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    # --- reading ------------------------------------------------------------------------

    def _info(self, db: Database, row: Mapping[str, Any], now: datetime) -> ClassInfo:
        stations = self._class_stations(db, row)
        pupils = [
            r["identifier"]
            for r in db.query(
                "SELECT v.identifier FROM hold_visitors hv JOIN visitors v ON v.id = hv.visitor_id"
                " WHERE hv.booking = ? AND hv.visitor_id IS NOT ?  ORDER BY v.identifier",
                [row["booking"], row["teacher_visitor_id"]],
            )
        ]
        return ClassInfo(
            id=row["id"],
            site=row["site"],
            timezone=row["timezone"],
            teacher=row["teacher"],
            title=row["title"],
            state=state_of(row, now),
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            stations=stations,
            pupils=pupils,
            pupil_category=row["pupil_category"],
            teacher_card=row["teacher_card"],
            booking=row["booking"],
            ended_at=row["ended_at"],
        )

    def _row(self, db: Database, member: StaffMember | None, class_id: int) -> dict[str, Any]:
        """The class, if the member may act on it (another site's: NOT_FOUND)."""
        row = next(db.query(f"{_CLASS_SQL} WHERE c.id = ?", [class_id]), None)
        if row is None or (member is not None and not member.can_see(row["site_id"])):
            raise Refused(ErrorCode.NOT_FOUND, f"no class {class_id}", {"class_id": class_id})
        if member is not None and member.role == "teacher" and row["teacher_id"] != member.id:
            raise Refused(
                ErrorCode.NOT_TEACHER, "this class is another teacher's", {"class_id": class_id}
            )
        return dict(row)

    def listing(
        self, member: StaffMember | None, state: ClassState | None = None
    ) -> list[ClassInfo]:
        """Classes not ended long ago: a teacher's own, staff's at their sites, all (CLI)."""
        now = self._clock()

        def read(db: Database) -> list[ClassInfo]:
            where, params = "1", []
            if member is not None and member.role == "teacher":
                where, params = "c.teacher_id = ?", [member.id]
            elif member is not None and member.role != "admin":
                marks = ", ".join("?" for _ in member.site_ids) or "NULL"
                where, params = f"c.site_id IN ({marks})", list(member.site_ids)
            found = [
                self._info(db, r, now)
                for r in db.query(f"{_CLASS_SQL} WHERE {where} ORDER BY c.starts_at", params)
            ]
            return [c for c in found if state is None or c.state == state]

        return self._store.read(read)

    # --- starting and ending ------------------------------------------------------------

    def start(self, member: StaffMember | None, request: ClassRequest) -> ClassInfo:
        """Hold the class's PCs for its slot; refusals as the holds', NOT_TEACHER,
        CLASS_ALREADY_RUNNING, STATION_IN_USE (someone not of the class on one of its PCs)."""
        now = self._clock()

        def write(db: Database) -> ClassInfo:
            site = site_row(db, member, request.site)
            who = _teacher(db, member, request.teacher, site["id"])
            start = parse_moment(request.starts_at, site["timezone"]) if request.starts_at else now
            end = parse_moment(request.ends_at, site["timezone"])
            running = next(
                db.query(
                    "SELECT id FROM classes WHERE teacher_id = ? AND ended_at IS NULL"
                    " AND starts_at <= ? AND ends_at > ?",
                    [who["id"], to_iso(now), to_iso(now)],
                ),
                None,
            )
            if running is not None and start <= now:
                raise Refused(
                    ErrorCode.CLASS_ALREADY_RUNNING,
                    "this teacher's class runs still",
                    {"class_id": running["id"]},
                )
            stations = self._stations(db, site["id"], request.stations, start, end)
            pupils = _visitor_ids(db, request.pupils)
            teacher_card = _visitor_ids(db, [request.teacher_card]) if request.teacher_card else []
            listed = pupils + teacher_card
            if start <= now:
                self._check_free(db, stations, listed, request.pupil_category)
            booking = book.create(
                db,
                member,
                site,
                stations,
                HoldKind.CLASS,
                start,
                end,
                now,
                label=request.title,
                listed=listed,
                category=request.pupil_category,
            )
            cursor = db.execute(
                "INSERT INTO classes (site_id, teacher_id, title, booking, starts_at, ends_at,"
                " pupil_category, teacher_visitor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    site["id"],
                    who["id"],
                    request.title,
                    booking,
                    to_iso(start),
                    to_iso(end),
                    request.pupil_category,
                    teacher_card[0] if teacher_card else None,
                    to_iso(now),
                ],
            )
            class_id = int(cursor.lastrowid or 0)
            info = self._info(db, self._row(db, None, class_id), now)
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="class.start",
                target=f"class:{class_id}",
                after=info.model_dump(mode="json", exclude={"timezone", "state"}),
                site_id=site["id"],
            )
            return info

        return self._store.write(write)

    @staticmethod
    def _stations(
        db: Database, site_id: int, names: list[str], start: datetime, end: datetime
    ) -> list[dict[str, Any]]:
        """The PCs named (at the site), else every enabled PC of the site."""
        if names:
            return book.pick_stations(db, site_id, names, None, start, end)
        found = [
            dict(r)
            for r in db.query(
                "SELECT id, name, site_id FROM stations WHERE site_id = ? AND enabled = 1"
                " ORDER BY name",
                [site_id],
            )
        ]
        if not found:
            raise Refused(ErrorCode.NO_FREE_STATION, "the site has no PC", {"wanted": 1, "free": 0})
        return found

    @staticmethod
    def _check_free(
        db: Database, stations: list[dict[str, Any]], listed: list[int], category: str | None
    ) -> None:
        """STATION_IN_USE when someone who is not of the class is signed in on one of its PCs."""
        for station in stations:
            session = next(
                db.query(
                    "SELECT s.visitor_id, v.category FROM sessions s JOIN visitors v"
                    " ON v.id = s.visitor_id WHERE s.station_id = ? AND s.state = 'active'",
                    [station["id"]],
                ),
                None,
            )
            if session is None:
                continue
            if session["visitor_id"] in listed or (category and session["category"] == category):
                continue
            raise Refused(
                ErrorCode.STATION_IN_USE,
                f"someone is signed in on {station['name']}",
                {"station": station["name"]},
            )

    def end(self, member: StaffMember | None, class_id: int) -> tuple[ClassInfo, list[str]]:
        """End the class now: every session on its PCs ends (the stations clean up), the holds
        are released; the class and the stations an ``end`` went to."""
        now = self._clock()

        def write(db: Database) -> tuple[ClassInfo, list[str]]:
            row = self._row(db, member, class_id)
            state = state_of(row, now)
            if state == ClassState.ENDED:
                raise Refused(
                    ErrorCode.CLASS_NOT_RUNNING,
                    "the class is over",
                    {"class_id": class_id, "state": state.value},
                )
            sent = []
            if state == ClassState.RUNNING:
                sent = self._each_station(
                    db, member, row, CommandRequest(kind=CommandKind.END), now
                )
            for hold in book.rows(
                db, "h.booking = ? AND h.state IN ('held', 'claimed')", [row["booking"]]
            ):
                book.end(
                    db,
                    member,
                    hold,
                    HoldState.RELEASED if state == ClassState.RUNNING else HoldState.CANCELLED,
                    now,
                    "hold.released" if state == ClassState.RUNNING else "hold.cancel",
                )
            db.execute("UPDATE classes SET ended_at = ? WHERE id = ?", [to_iso(now), class_id])
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="class.end",
                target=f"class:{class_id}",
                before={"state": state.value},
                after={"ended_at": to_iso(now), "stations_ended": sent},
                site_id=row["site_id"],
            )
            return self._info(db, self._row(db, None, class_id), now), sent

        return self._store.write(write)

    # --- acting on every PC -------------------------------------------------------------

    def act(
        self,
        member: StaffMember | None,
        class_id: int,
        action: ClassAction,
        argument: ClassCommand,
    ) -> ClassActionResult:
        """One command to every PC of the running class (CLASS_NOT_RUNNING otherwise)."""
        now = self._clock()

        def write(db: Database) -> ClassActionResult:
            row = self._row(db, member, class_id)
            state = state_of(row, now)
            if state != ClassState.RUNNING:
                raise Refused(
                    ErrorCode.CLASS_NOT_RUNNING,
                    "the class is not running",
                    {"class_id": class_id, "state": state.value},
                )
            # the argument after the class: an unknown or ended class says so first
            request = commands.normalise(
                CommandRequest(
                    kind=CommandKind(action.value), text=argument.text, minutes=argument.minutes
                )
            )
            stations = self._class_stations(db, row)
            sent = self._each_station(db, member, row, request, now)
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action=f"class.{action.value}",
                target=f"class:{class_id}",
                after={"stations": sent, "text": argument.text, "minutes": argument.minutes},
                site_id=row["site_id"],
            )
            return ClassActionResult(
                class_id=class_id,
                action=action,
                sent=sent,
                skipped=[s for s in stations if s not in sent],
            )

        return self._store.write(write)

    @staticmethod
    def _class_stations(db: Database, row: Mapping[str, Any]) -> list[str]:
        return [
            r["name"]
            for r in db.query(
                "SELECT DISTINCT st.name FROM station_holds h JOIN stations st"
                " ON st.id = h.station_id WHERE h.booking = ? ORDER BY st.name",
                [row["booking"]],
            )
        ]

    def _each_station(
        self,
        db: Database,
        member: StaffMember | None,
        row: Mapping[str, Any],
        request: CommandRequest,
        now: datetime,
    ) -> list[str]:
        """``request`` to each of the class's PCs; a session command skips PCs without one."""
        sent = []
        for name in self._class_stations(db, row):
            if request.kind in SESSION_COMMANDS and not _has_session(db, name):
                continue
            commands.create(db, member, name, request, now, clip=gate.clip_to_hold)
            sent.append(name)
        return sent


def _has_session(db: Database, station: str) -> bool:
    return (
        next(
            db.query(
                "SELECT 1 FROM sessions s JOIN stations st ON st.id = s.station_id"
                " WHERE st.name = ? AND s.state = 'active'",
                [station],
            ),
            None,
        )
        is not None
    )
