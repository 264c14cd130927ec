"""WorkshopService: workshops, their dates, registrations, attendance and themes.

Every entry point (``/api/v1/workshops…``, ``epn workshop …``, the console through the staff
client) calls these methods: one validation, one transaction each (``Store.write``): a series
whose fourth date is refused writes nothing), scoped to the member's sites (``member`` None:
the CLI on the server), audited. Each date holds its stations through
:func:`admin.holds.book.create` (kind ``workshop``; the date's ``booking``), and every change of
the registrations keeps the holds' listed visitors in step (:func:`admin.holds.book.set_members`).
Reading is :mod:`admin.workshops.records`, the pure rules :mod:`admin.workshops.rules`.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.holds import book, queue
from admin.holds.rules import parse_moment
from admin.holds.service import CODE_ALPHABET, CODE_LENGTH
from admin.sites.settings import audited_change, site_row
from admin.workshops import records
from admin.workshops.record import WorkshopRecord, gather
from admin.workshops.rules import pause, series
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldKind, HoldState
from kiosk.protocol.workshops import (
    Attendance,
    AttendanceMark,
    NoShowRule,
    Registration,
    RegistrationList,
    RegistrationRequest,
    RegistrationState,
    Theme,
    ThemeList,
    Titles,
    Workshop,
    WorkshopList,
    WorkshopRequest,
    WorkshopUpdate,
)


def _refuse_closed(reason: str, message: str) -> Refused:
    return Refused(ErrorCode.WORKSHOP_CLOSED, message, {"reason": reason})


def _theme_exists(db: Database, code: str) -> None:
    if next(db.query("SELECT 1 FROM workshop_themes WHERE code = ?", [code]), None) is None:
        raise Refused(ErrorCode.THEME_UNKNOWN, f"no theme {code!r}", {"theme": code})


def _check_title(title: Titles, language: str) -> None:
    if getattr(title, language, None) is None:
        raise Refused(
            ErrorCode.WORKSHOP_TEXT_MISSING,
            f"the title in the site's language ({language}) is missing",
            {"field": "title", "language": language},
        )


def _visitor_id(db: Database, identifier: str) -> int:
    row = next(db.query("SELECT id FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no visitor {identifier!r}", {"visitor": identifier})
    return int(row["id"])


def load_rule(db: Database, site_id: int) -> NoShowRule:
    row = next(
        db.query(
            "SELECT noshow_limit, noshow_period_days, noshow_pause_days FROM sites WHERE id = ?",
            [site_id],
        )
    )
    return NoShowRule(
        limit=row["noshow_limit"],
        period_days=row["noshow_period_days"],
        pause_days=row["noshow_pause_days"],
    )


def _write_rule(db: Database, site_id: int, rule: NoShowRule) -> None:
    db.execute(
        "UPDATE sites SET noshow_limit = ?, noshow_period_days = ?, noshow_pause_days = ?"
        " WHERE id = ?",
        [rule.limit, rule.period_days, rule.pause_days, site_id],
    )


class WorkshopService:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    # --- themes ---------------------------------------------------------------------------

    def themes(self) -> ThemeList:
        return self._store.read(
            lambda db: ThemeList(
                themes=[
                    records.theme(r)
                    for r in db.query("SELECT * FROM workshop_themes ORDER BY code")
                ]
            )
        )

    def put_theme(self, member: StaffMember | None, code: str, labels: Titles) -> Theme:
        """Add a theme or rename one (admins: the list is the city's; audited)."""
        _admin_only(member)
        at = to_iso(self._clock())
        checked = Theme(code=code, labels=labels)

        def write(db: Database) -> Theme:
            before = next(db.query("SELECT * FROM workshop_themes WHERE code = ?", [code]), None)
            values = [getattr(checked.labels, lang) for lang in records.LANGUAGES]
            db.execute(
                "INSERT INTO workshop_themes (code, label_fr, label_nl, label_en)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr,"
                " label_nl = excluded.label_nl, label_en = excluded.label_en",
                [code, *values],
            )
            audit.record(
                db,
                at=at,
                staff_id=member.id if member else None,
                action="workshop.theme",
                target=f"theme:{code}",
                before=None if before is None else records.theme(before).model_dump(),
                after=checked.model_dump(),
            )
            return checked

        return self._store.write(write)

    def remove_theme(self, member: StaffMember | None, code: str) -> Theme:
        """Remove a theme no workshop has (THEME_IN_USE otherwise)."""
        _admin_only(member)
        at = to_iso(self._clock())

        def write(db: Database) -> Theme:
            row = next(db.query("SELECT * FROM workshop_themes WHERE code = ?", [code]), None)
            if row is None:
                raise Refused(ErrorCode.NOT_FOUND, f"no theme {code!r}", {"theme": code})
            used = next(db.query("SELECT COUNT(*) AS n FROM workshops WHERE theme = ?", [code]))
            if used["n"]:
                raise Refused(
                    ErrorCode.THEME_IN_USE,
                    f"{used['n']} workshops have the theme {code!r}",
                    {"theme": code, "workshops": int(used["n"])},
                )
            db.execute("DELETE FROM workshop_themes WHERE code = ?", [code])
            removed = records.theme(row)
            audit.record(
                db,
                at=at,
                staff_id=member.id if member else None,
                action="workshop.theme_remove",
                target=f"theme:{code}",
                before=removed.model_dump(),
            )
            return removed

        return self._store.write(write)

    # --- workshops ------------------------------------------------------------------------

    def add(self, member: StaffMember | None, request: WorkshopRequest) -> Workshop:
        """A workshop and its dates, each holding its stations; all of it or nothing."""
        now = self._clock()

        def write(db: Database) -> Workshop:
            site = site_row(db, member, request.site)
            _check_title(request.title, site["language"])
            _theme_exists(db, request.theme)
            animateur = next(
                db.query("SELECT id FROM staff WHERE username = ?", [request.animateur]), None
            )
            if animateur is None:
                raise Refused(
                    ErrorCode.NOT_FOUND,
                    f"no staff account {request.animateur!r}",
                    {"staff": request.animateur},
                )
            card = _visitor_id(db, request.animateur_card) if request.animateur_card else None
            code = request.code.upper() if request.code else None
            if request.walk_ins and code is None:
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            title = request.title.model_dump()
            description = request.description.model_dump()
            cursor = db.execute(
                "INSERT INTO workshops (site_id, kind, title_fr, title_nl, title_en,"
                " description_fr, description_nl, description_en, theme, level, language,"
                " animateur_id, animateur_visitor_id, capacity, walk_ins, code, registration,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?)",
                [
                    site["id"],
                    request.kind.value,
                    *(title[k] for k in records.LANGUAGES),
                    *(description[k] for k in records.LANGUAGES),
                    request.theme,
                    request.level.value,
                    request.language,
                    animateur["id"],
                    card,
                    request.capacity,
                    int(request.walk_ins),
                    code,
                    request.registration.value,
                    member.id if member else None,
                    to_iso(now),
                ],
            )
            workshop_id = int(cursor.lastrowid or 0)
            label = getattr(request.title, site["language"])
            count = request.station_count
            if not request.stations and count is None:
                count = request.capacity
            for start, end in series(
                request.starts_at, request.minutes, request.weeks, site["timezone"]
            ):
                stations = book.pick_stations(db, site["id"], request.stations, count, start, end)
                booking = book.create(
                    db,
                    member,
                    site,
                    stations,
                    HoldKind.WORKSHOP,
                    start,
                    end,
                    now,
                    label=label,
                    workshop_id=workshop_id,
                    listed=[card] if card is not None else [],
                    code=code,
                )
                db.execute(
                    "INSERT INTO workshop_dates (workshop_id, starts_at, ends_at, booking)"
                    " VALUES (?, ?, ?, ?)",
                    [workshop_id, to_iso(start), to_iso(end), booking],
                )
            made = records.workshop(db, records.workshop_row(db, member, workshop_id))
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.create",
                target=f"workshop:{workshop_id}",
                after={
                    "title": label,
                    "kind": request.kind.value,
                    "dates": [d.starts_at for d in made.dates],
                    "capacity": request.capacity,
                },
                site_id=site["id"],
            )
            return made

        return self._store.write(write)

    def listing(
        self,
        member: StaffMember | None,
        site: int | str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> WorkshopList:
        """Workshops with a date ending after ``since`` (default now) and starting before
        ``until``, first date first. Times without an offset: the site's wall clock."""
        now = self._clock()

        def read(db: Database) -> WorkshopList:
            where = ["d.ends_at > ?"]
            params: list[Any] = [to_iso(now)]
            timezone = "UTC"
            if site is not None:
                row = site_row(db, member, site)
                where.append("w.site_id = ?")
                params.append(row["id"])
                timezone = row["timezone"]
            if since is not None:
                params[0] = to_iso(parse_moment(since, timezone))
            if until is not None:
                where.append("d.starts_at < ?")
                params.append(to_iso(parse_moment(until, timezone)))
            ids = [
                int(r["workshop_id"])
                for r in db.query(
                    "SELECT d.workshop_id, MIN(d.starts_at) AS first FROM workshop_dates d"
                    " JOIN workshops w ON w.id = d.workshop_id WHERE "
                    + " AND ".join(where)
                    + " GROUP BY d.workshop_id ORDER BY first",
                    params,
                )
            ]
            rows = [next(db.query(f"{records.WORKSHOP_SQL} WHERE w.id = ?", [i])) for i in ids]
            visible = [r for r in rows if member is None or member.can_see(int(r["site_id"]))]
            return WorkshopList(workshops=[records.workshop(db, r) for r in visible])

        return self._store.read(read)

    def show(self, member: StaffMember | None, workshop_id: int) -> Workshop:
        return self._store.read(
            lambda db: records.workshop(db, records.workshop_row(db, member, workshop_id))
        )

    def update(
        self, member: StaffMember | None, workshop_id: int, change: WorkshopUpdate
    ) -> Workshop:
        """Change texts, theme, level, language or capacity (audited ``workshop.update``)."""
        now = self._clock()

        def write(db: Database) -> Workshop:
            row = records.workshop_row(db, member, workshop_id)
            before = records.workshop(db, row)
            if row["state"] != "planned":
                raise _refuse_closed("cancelled", "this workshop is cancelled")
            sets: dict[str, Any] = {}
            if change.title is not None:
                _check_title(change.title, row["site_language"])
                for lang, text in change.title.model_dump().items():
                    sets[f"title_{lang}"] = text
            if change.description is not None:
                for lang, text in change.description.model_dump().items():
                    sets[f"description_{lang}"] = text
            if change.theme is not None:
                _theme_exists(db, change.theme)
                sets["theme"] = change.theme
            if change.level is not None:
                sets["level"] = change.level.value
            if change.language is not None:
                sets["language"] = change.language
            if change.capacity is not None:
                for date_id in self._scopes(db, row):
                    registered, _ = records.counts(db, workshop_id, date_id)
                    if change.capacity < registered:
                        raise Refused(
                            ErrorCode.CAPACITY_TOO_SMALL,
                            f"{registered} people are registered: cancel some first",
                            {"registered": registered, "capacity": change.capacity},
                        )
                sets["capacity"] = change.capacity
            if sets:
                assignments = ", ".join(f"{column} = ?" for column in sets)
                db.execute(
                    f"UPDATE workshops SET {assignments} WHERE id = ?",
                    [*sets.values(), workshop_id],
                )
            if change.capacity is not None:
                self._promote_all(db, member, workshop_id, now)
            if change.title is not None:
                label = getattr(change.title, row["site_language"])
                db.execute(
                    "UPDATE station_holds SET label = ? WHERE workshop_id = ?",
                    [label, workshop_id],
                )
            after = records.workshop(db, records.workshop_row(db, member, workshop_id))
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.update",
                target=f"workshop:{workshop_id}",
                before=before.model_dump(mode="json", include=set(change.model_fields_set)),
                after=after.model_dump(mode="json", include=set(change.model_fields_set)),
                site_id=row["site_id"],
            )
            return after

        return self._store.write(write)

    def cancel(
        self, member: StaffMember | None, workshop_id: int, date_id: int | None = None
    ) -> Workshop:
        """Cancel the workshop's dates not over yet (or one date): their holds are cancelled
        and the PCs go back to free access or the queue. Audited."""
        now = self._clock()

        def write(db: Database) -> Workshop:
            row = records.workshop_row(db, member, workshop_id)
            if row["state"] != "planned":
                raise _refuse_closed("cancelled", "this workshop is cancelled")
            chosen = (
                [records.date_row(db, row, date_id)]
                if date_id is not None
                else records.dates(db, workshop_id)
            )
            live = [d for d in chosen if d["state"] == "planned" and from_iso(d["ends_at"]) > now]
            if not live:
                raise _refuse_closed("over", "nothing left to cancel: it is over")
            for date in live:
                db.execute(
                    "UPDATE workshop_dates SET state = 'cancelled' WHERE id = ?", [date["id"]]
                )
                for hold in book.rows(
                    db, "h.booking = ? AND h.state IN ('held', 'claimed')", [date["booking"]]
                ):
                    book.end(db, member, hold, HoldState.CANCELLED, now, "hold.cancel")
            if date_id is None or all(
                d["state"] == "cancelled" or from_iso(d["ends_at"]) <= now
                for d in records.dates(db, workshop_id)
            ):
                db.execute("UPDATE workshops SET state = 'cancelled' WHERE id = ?", [workshop_id])
            queue.promote(db, int(row["site_id"]), now)
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.cancel",
                target=f"workshop:{workshop_id}",
                after={"dates": [d["starts_at"] for d in live]},
                site_id=row["site_id"],
            )
            return records.workshop(db, records.workshop_row(db, member, workshop_id))

        return self._store.write(write)

    # --- registrations --------------------------------------------------------------------

    def register(
        self, member: StaffMember | None, workshop_id: int, request: RegistrationRequest
    ) -> Registration:
        """Register a card or a name; past the capacity, on the waitlist. Refused:
        ALREADY_REGISTERED, REGISTRATION_PAUSED (with the date it ends), WORKSHOP_CLOSED,
        WORKSHOP_DATE_INVALID, NOT_FOUND (an unknown card)."""
        now = self._clock()

        def write(db: Database) -> Registration:
            row = records.workshop_row(db, member, workshop_id)
            date_id = self._registration_scope(db, row, request.date_id, now)
            visitor_id = _visitor_id(db, request.visitor) if request.visitor else None
            if visitor_id is not None:
                twice = next(
                    db.query(
                        "SELECT id, state FROM workshop_registrations WHERE workshop_id = ?"
                        " AND date_id IS ? AND visitor_id = ? AND state <> 'cancelled'",
                        [workshop_id, date_id, visitor_id],
                    ),
                    None,
                )
                if twice is not None:
                    raise Refused(
                        ErrorCode.ALREADY_REGISTERED,
                        "this visitor is registered already",
                        {"registration_id": twice["id"], "state": twice["state"]},
                    )
                self._check_pause(db, row, visitor_id, now)
            registered, _ = records.counts(db, workshop_id, date_id)
            state = (
                RegistrationState.REGISTERED
                if registered < row["capacity"]
                else RegistrationState.WAITLISTED
            )
            rank = next(
                db.query(
                    "SELECT COALESCE(MAX(rank), 0) + 1 AS next FROM workshop_registrations"
                    " WHERE workshop_id = ?",
                    [workshop_id],
                )
            )["next"]
            cursor = db.execute(
                "INSERT INTO workshop_registrations (workshop_id, date_id, visitor_id, name,"
                " gender, age_band, status, commune, state, rank, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    workshop_id,
                    date_id,
                    visitor_id,
                    request.name,
                    request.gender,
                    request.age_band,
                    request.status,
                    request.commune,
                    state.value,
                    rank,
                    member.id if member else None,
                    to_iso(now),
                ],
            )
            registration_id = int(cursor.lastrowid or 0)
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.register",
                target=f"workshop:{workshop_id}",
                after={
                    "registration_id": registration_id,
                    "visitor": request.visitor,
                    "name": request.name,
                    "date_id": date_id,
                    "state": state.value,
                },
                site_id=row["site_id"],
            )
            self._sync_members(db, row)
            return self._registration(db, workshop_id, registration_id)

        return self._store.write(write)

    def unregister(
        self, member: StaffMember | None, workshop_id: int, registration_id: int
    ) -> Registration:
        """Cancel a registration; the first on the waitlist takes the place freed."""
        now = self._clock()

        def write(db: Database) -> Registration:
            row = records.workshop_row(db, member, workshop_id)
            reg = self._registration_row(db, workshop_id, registration_id)
            if reg["state"] == RegistrationState.CANCELLED:
                raise _refuse_closed("cancelled", "this registration is cancelled already")
            db.execute(
                "UPDATE workshop_registrations SET state = 'cancelled', cancelled_at = ?"
                " WHERE id = ?",
                [to_iso(now), registration_id],
            )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.unregister",
                target=f"workshop:{workshop_id}",
                before={"registration_id": registration_id, "state": reg["state"]},
                after={"registration_id": registration_id, "state": "cancelled"},
                site_id=row["site_id"],
            )
            self._promote(db, member, row, reg["date_id"], now)
            self._sync_members(db, row)
            return self._registration(db, workshop_id, registration_id)

        return self._store.write(write)

    def registrations(
        self, member: StaffMember | None, workshop_id: int, every: bool = False
    ) -> RegistrationList:
        """Registered then waitlisted people in order (``every``: the cancelled ones too)."""

        def read(db: Database) -> RegistrationList:
            records.workshop_row(db, member, workshop_id)
            where = "1" if every else "r.state <> 'cancelled'"
            rows = records.registration_rows(db, workshop_id, where)
            order = {"registered": 0, "waitlisted": 1, "cancelled": 2}
            rows.sort(key=lambda r: (order[r["state"]], r["rank"]))
            return RegistrationList(registrations=[records.registration(db, r) for r in rows])

        return self._store.read(read)

    # --- attendance -----------------------------------------------------------------------

    def attendance(self, member: StaffMember | None, workshop_id: int) -> Attendance:
        """Who came to each date (sign-ins on the held stations, staff's ticks), walk-ins,
        no-shows once a slot is over."""
        now = self._clock()
        return self._store.read(lambda db: self._attendance(db, member, workshop_id, now))

    @staticmethod
    def _attendance(
        db: Database, member: StaffMember | None, workshop_id: int, now: datetime
    ) -> Attendance:
        row = records.workshop_row(db, member, workshop_id)
        return Attendance(
            workshop_id=workshop_id,
            timezone=row["timezone"],
            dates=[
                records.date_attendance(db, row, d, now)
                for d in records.dates(db, workshop_id)
                if d["state"] == "planned"
            ],
        )

    def mark(
        self, member: StaffMember | None, workshop_id: int, mark: AttendanceMark
    ) -> Attendance:
        """Staff tick or untick a registration at one date (``present`` None: take the tick
        back). Audited ``workshop.attend``."""
        now = self._clock()

        def write(db: Database) -> Attendance:
            row = records.workshop_row(db, member, workshop_id)
            date = records.date_row(db, row, mark.date_id)
            reg = self._registration_row(db, workshop_id, mark.registration_id)
            if reg["state"] != RegistrationState.REGISTERED or (
                reg["date_id"] is not None and reg["date_id"] != date["id"]
            ):
                raise Refused(
                    ErrorCode.WORKSHOP_DATE_INVALID,
                    "this registration is not for that date",
                    {"reason": "not_registered", "registration_id": reg["id"]},
                )
            if from_iso(date["starts_at"]) > now:
                raise Refused(
                    ErrorCode.WORKSHOP_DATE_INVALID,
                    "the date has not started yet",
                    {"reason": "not_started", "starts_at": date["starts_at"]},
                )
            if mark.present is None:
                db.execute(
                    "DELETE FROM workshop_ticks WHERE date_id = ? AND registration_id = ?",
                    [date["id"], reg["id"]],
                )
            else:
                db.execute(
                    "INSERT INTO workshop_ticks (date_id, registration_id, present, staff_id, at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (date_id, registration_id) DO UPDATE"
                    " SET present = excluded.present, staff_id = excluded.staff_id,"
                    " at = excluded.at",
                    [
                        date["id"],
                        reg["id"],
                        int(mark.present),
                        member.id if member else None,
                        to_iso(now),
                    ],
                )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.attend",
                target=f"workshop:{workshop_id}",
                after={
                    "date_id": date["id"],
                    "registration_id": reg["id"],
                    "visitor": reg["visitor"],
                    "name": reg["name"],
                    "present": mark.present,
                },
                site_id=row["site_id"],
            )
            return self._attendance(db, member, workshop_id, now)

        return self._store.write(write)

    def record(self, member: StaffMember | None, workshop_id: int) -> WorkshopRecord:
        """Everything an attendance sheet and a certificate say, as plain data."""
        now = self._clock()

        def read(db: Database) -> WorkshopRecord:
            row = records.workshop_row(db, member, workshop_id)
            attendance = self._attendance(db, member, workshop_id, now)
            cards = {a.visitor for d in attendance.dates for a in d.attendees if a.visitor}
            marks = ", ".join("?" for _ in cards) or "NULL"
            row["visitor_names"] = {
                r["identifier"]: r["display_name"]
                for r in db.query(
                    f"SELECT identifier, display_name FROM visitors WHERE identifier IN ({marks})",
                    sorted(cards),
                )
            }
            return gather(records.workshop(db, row), attendance, row)

        return self._store.read(read)

    # --- a site's no-show rule ------------------------------------------------------------

    def no_show_rule(self, member: StaffMember | None, site: int | str) -> NoShowRule:
        return self._store.read(lambda db: load_rule(db, site_row(db, member, site)["id"]))

    def put_no_show_rule(
        self, member: StaffMember | None, site: int | str, rule: NoShowRule
    ) -> NoShowRule:
        """A site's no-show rule (audited ``site.noshow``)."""
        at = to_iso(self._clock())

        def write(db: Database) -> NoShowRule:
            return audited_change(
                db,
                member,
                site_row(db, member, site),
                at=at,
                action="site.noshow",
                load=load_rule,
                make=lambda _: NoShowRule.model_validate(rule.model_dump()),
                write=_write_rule,
            )

        return self._store.write(write)

    # --- inside a transaction -------------------------------------------------------------

    @staticmethod
    def _scopes(db: Database, row: Mapping[str, Any]) -> list[int | None]:
        if row["registration"] == "series":
            return [None]
        return [int(d["id"]) for d in records.dates(db, row["id"])]

    @staticmethod
    def _registration_scope(
        db: Database, row: Mapping[str, Any], date_id: int | None, now: datetime
    ) -> int | None:
        """The date registered for (None: the series), or refused."""
        if row["state"] != "planned":
            raise _refuse_closed("cancelled", "this workshop is cancelled")
        if row["registration"] == "series":
            if date_id is not None:
                raise Refused(
                    ErrorCode.WORKSHOP_DATE_INVALID,
                    "one registration holds for the whole series: give no date",
                    {"reason": "series"},
                )
            live = [
                d
                for d in records.dates(db, row["id"])
                if d["state"] == "planned" and from_iso(d["ends_at"]) > now
            ]
            if not live:
                raise _refuse_closed("over", "this workshop is over")
            return None
        if date_id is None:
            raise Refused(
                ErrorCode.WORKSHOP_DATE_INVALID,
                "registration is per date: give the date",
                {"reason": "required"},
            )
        date = records.date_row(db, row, date_id)
        if date["state"] != "planned":
            raise _refuse_closed("cancelled", "this date is cancelled")
        if from_iso(date["ends_at"]) <= now:
            raise _refuse_closed("over", "this date is over")
        return date_id

    @staticmethod
    def _check_pause(db: Database, row: Mapping[str, Any], visitor_id: int, now: datetime) -> None:
        rule = load_rule(db, int(row["site_id"]))
        if rule.limit is None:
            return
        found = pause(
            records.no_shows(db, int(row["site_id"]), visitor_id, now),
            now,
            rule.limit,
            rule.period_days,
            rule.pause_days,
            row["timezone"],
        )
        if found is not None:
            raise Refused(
                ErrorCode.REGISTRATION_PAUSED,
                f"registrations paused until {found.until.isoformat()} after"
                f" {found.no_shows} no-shows",
                {"until": found.until.isoformat(), "no_shows": found.no_shows},
            )

    @staticmethod
    def _registration_row(db: Database, workshop_id: int, registration_id: int) -> dict[str, Any]:
        found = records.registration_rows(db, workshop_id, "r.id = ?", (registration_id,))
        if not found:
            raise Refused(
                ErrorCode.NOT_FOUND,
                f"no registration {registration_id} for this workshop",
                {"registration_id": registration_id},
            )
        return found[0]

    def _registration(self, db: Database, workshop_id: int, registration_id: int) -> Registration:
        return records.registration(db, self._registration_row(db, workshop_id, registration_id))

    @staticmethod
    def _promote(
        db: Database,
        member: StaffMember | None,
        row: Mapping[str, Any],
        date_id: int | None,
        now: datetime,
    ) -> None:
        """Move the first on the waitlist to the places free (audited ``workshop.promote``)."""
        while True:
            registered, _ = records.counts(db, row["id"], date_id)
            capacity = next(db.query("SELECT capacity FROM workshops WHERE id = ?", [row["id"]]))
            if registered >= capacity["capacity"]:
                return
            first = next(
                db.query(
                    "SELECT id FROM workshop_registrations WHERE workshop_id = ? AND date_id IS ?"
                    " AND state = 'waitlisted' ORDER BY rank LIMIT 1",
                    [row["id"], date_id],
                ),
                None,
            )
            if first is None:
                return
            db.execute(
                "UPDATE workshop_registrations SET state = 'registered' WHERE id = ?",
                [first["id"]],
            )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id if member else None,
                action="workshop.promote",
                target=f"workshop:{row['id']}",
                before={"registration_id": first["id"], "state": "waitlisted"},
                after={"registration_id": first["id"], "state": "registered"},
                site_id=row["site_id"],
            )

    def _promote_all(
        self, db: Database, member: StaffMember | None, workshop_id: int, now: datetime
    ) -> None:
        row = records.workshop_row(db, None, workshop_id)
        for date_id in self._scopes(db, row):
            self._promote(db, member, row, date_id, now)
        self._sync_members(db, row)

    @staticmethod
    def _sync_members(db: Database, row: Mapping[str, Any]) -> None:
        """Each date's holds admit exactly its registered cards and the animateur's."""
        for date in records.dates(db, row["id"]):
            book.set_members(db, date["booking"], records.participants(db, row, date["id"]))


def _admin_only(member: StaffMember | None) -> None:
    if member is not None and member.role != "admin":
        raise Refused(
            ErrorCode.FORBIDDEN, "the themes are the city's: an administrator changes them"
        )
