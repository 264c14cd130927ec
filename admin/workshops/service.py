"""WorkshopService: workshops, their dates, registrations, attendance and themes.

Every entry point (``/api/v1/workshops…``, ``epn workshop …``, the console through the staff
client) calls these methods: one validation, one transaction each (``Store.write``): a series
whose fourth date is refused writes nothing), scoped to the member's sites (``member`` None:
the CLI on the server), audited. Each date holds its stations through
:func:`admin.holds.book.create` (kind ``workshop``; the date's ``booking``), and every change of
the registrations keeps the holds' listed visitors in step (:func:`admin.holds.book.set_members`).
Reading is :mod:`admin.workshops.records`, the pure rules :mod:`admin.workshops.rules`; the
registrations and the waitlist are :mod:`admin.workshops.registrations`, the attendance and the
record :mod:`admin.workshops.attendance`, the printed documents :mod:`admin.workshops.printing`.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
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
from admin.visitors.profile import DEFAULT_COMMUNES, ProfileRules
from admin.workshops import attendance, printing, records, registrations, themes
from admin.workshops.printing import Printed
from admin.workshops.record import WorkshopRecord
from admin.workshops.rules import series
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldKind, HoldState
from kiosk.protocol.workshops import (
    Attendance,
    AttendanceMark,
    NoShowRule,
    Registration,
    RegistrationList,
    RegistrationRequest,
    Theme,
    ThemeList,
    Titles,
    Workshop,
    WorkshopList,
    WorkshopRequest,
    WorkshopUpdate,
)


def _check_title(title: Titles, language: str) -> None:
    if getattr(title, language, None) is None:
        raise Refused(
            ErrorCode.WORKSHOP_TEXT_MISSING,
            f"the title in the site's language ({language}) is missing",
            {"field": "title", "language": language},
        )


class WorkshopService:
    def __init__(
        self, store: Store, clock: Clock = utc_now, communes: Sequence[str] = DEFAULT_COMMUNES
    ) -> None:
        self._store = store
        self._clock = clock
        self._communes = tuple(communes)

    # --- themes ---------------------------------------------------------------------------

    def themes(self) -> ThemeList:
        return self._store.read(themes.listing)

    def put_theme(self, member: StaffMember | None, code: str, labels: Titles) -> Theme:
        """Add a theme or rename one (admins: the list is the city's; audited)."""
        themes.admin_only(member)
        at = to_iso(self._clock())
        return self._store.write(lambda db: themes.put(db, member, code, labels, at))

    def remove_theme(self, member: StaffMember | None, code: str) -> Theme:
        """Remove a theme no workshop has (THEME_IN_USE otherwise)."""
        themes.admin_only(member)
        at = to_iso(self._clock())
        return self._store.write(lambda db: themes.remove(db, member, code, at))

    # --- workshops ------------------------------------------------------------------------

    def add(self, member: StaffMember | None, request: WorkshopRequest) -> Workshop:
        """A workshop and its dates, each holding its stations; all of it or nothing."""
        now = self._clock()

        def write(db: Database) -> Workshop:
            site = site_row(db, member, request.site)
            _check_title(request.title, site["language"])
            themes.exists(db, request.theme)
            animateur = next(
                db.query("SELECT id FROM staff WHERE username = ?", [request.animateur]), None
            )
            if animateur is None:
                raise Refused(
                    ErrorCode.NOT_FOUND,
                    f"no staff account {request.animateur!r}",
                    {"staff": request.animateur},
                )
            card = (
                registrations.visitor_id_of(db, request.animateur_card)
                if request.animateur_card
                else None
            )
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
                raise registrations.refuse_closed("cancelled", "this workshop is cancelled")
            sets: dict[str, Any] = {}
            if change.title is not None:
                _check_title(change.title, row["site_language"])
                for lang, text in change.title.model_dump().items():
                    sets[f"title_{lang}"] = text
            if change.description is not None:
                for lang, text in change.description.model_dump().items():
                    sets[f"description_{lang}"] = text
            if change.theme is not None:
                themes.exists(db, change.theme)
                sets["theme"] = change.theme
            if change.level is not None:
                sets["level"] = change.level.value
            if change.language is not None:
                sets["language"] = change.language
            if change.capacity is not None:
                for date_id in registrations.scopes(db, row):
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
                registrations.promote_all(db, member, workshop_id, now)
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
                raise registrations.refuse_closed("cancelled", "this workshop is cancelled")
            chosen = (
                [records.date_row(db, row, date_id)]
                if date_id is not None
                else records.dates(db, workshop_id)
            )
            live = [d for d in chosen if d["state"] == "planned" and from_iso(d["ends_at"]) > now]
            if not live:
                raise registrations.refuse_closed("over", "nothing left to cancel: it is over")
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

    # --- registrations (admin/workshops/registrations.py) ----------------------------------

    def register(
        self, member: StaffMember | None, workshop_id: int, request: RegistrationRequest
    ) -> Registration:
        """Register a card or a name; past the capacity, on the waitlist. Refused:
        ALREADY_REGISTERED, REGISTRATION_PAUSED (with the date it ends), WORKSHOP_CLOSED,
        WORKSHOP_DATE_INVALID, NOT_FOUND (an unknown card)."""
        now = self._clock()
        # the commune as a visitor's (admin/visitors/profile.py): the server's list
        rules = ProfileRules(self._communes, now.date())
        if request.commune and (reason := rules.problem("commune", request.commune)):
            raise Refused(ErrorCode.INVALID_REQUEST, f"commune: {reason}", {"field": "commune"})
        return self._store.write(
            lambda db: registrations.register(db, member, workshop_id, request, now)
        )

    def unregister(
        self, member: StaffMember | None, workshop_id: int, registration_id: int
    ) -> Registration:
        """Cancel a registration; the first on the waitlist takes the place freed."""
        now = self._clock()
        return self._store.write(
            lambda db: registrations.unregister(db, member, workshop_id, registration_id, now)
        )

    def registrations(
        self, member: StaffMember | None, workshop_id: int, every: bool = False
    ) -> RegistrationList:
        """Registered then waitlisted people in order (``every``: the cancelled ones too)."""
        return self._store.read(lambda db: registrations.listing(db, member, workshop_id, every))

    # --- attendance (admin/workshops/attendance.py) ---------------------------------------

    def attendance(self, member: StaffMember | None, workshop_id: int) -> Attendance:
        """Who came to each date (sign-ins on the held stations, staff's ticks), walk-ins,
        no-shows once a slot is over."""
        now = self._clock()
        return self._store.read(lambda db: attendance.attendance(db, member, workshop_id, now))

    def mark(
        self, member: StaffMember | None, workshop_id: int, mark: AttendanceMark
    ) -> Attendance:
        """Staff tick or untick a registration at one date (``present`` None: take the tick
        back). Audited ``workshop.attend``."""
        now = self._clock()
        return self._store.write(lambda db: attendance.tick(db, member, workshop_id, mark, now))

    def record(self, member: StaffMember | None, workshop_id: int) -> WorkshopRecord:
        """Everything an attendance sheet and a certificate say, as plain data."""
        now = self._clock()
        return self._store.read(lambda db: attendance.record(db, member, workshop_id, now))

    # --- printed documents (admin/workshops/printing.py) -----------------------------------

    def sheet(
        self, member: StaffMember | None, workshop_id: int, language: str | None = None
    ) -> Printed:
        """The attendance sheet (PDF) in ``language`` (fr, nl, en; None: the site's)."""
        now = self._clock()
        return self._store.read(lambda db: printing.sheet(db, member, workshop_id, language, now))

    def certificate(
        self,
        member: StaffMember | None,
        workshop_id: int,
        registration_id: int,
        language: str | None = None,
    ) -> Printed:
        """A registration's certificate of attendance (PDF); NOTHING_ATTENDED when it was
        present at no date."""
        now = self._clock()
        return self._store.read(
            lambda db: printing.certificate(db, member, workshop_id, registration_id, language, now)
        )

    # --- a site's no-show rule ------------------------------------------------------------

    def no_show_rule(self, member: StaffMember | None, site: int | str) -> NoShowRule:
        return self._store.read(
            lambda db: registrations.load_rule(db, site_row(db, member, site)["id"])
        )

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
                load=registrations.load_rule,
                make=lambda _: NoShowRule.model_validate(rule.model_dump()),
                write=registrations.write_rule,
            )

        return self._store.write(write)
