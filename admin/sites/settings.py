"""A site's opening hours, lock-screen message, charter and own policies: read, change, audit.

The rules of time are in :mod:`admin.sites.hours` (pure); this module stores them. Loaders taking a
``db`` run inside the caller's transaction (the grant uses them at sign-in); :class:`SiteService`
serves the staff API (scoped to the member's sites) and the CLI (``member`` None: every site),
and records every change in the audit log with the state before and after.

Longer than the ~400-line aim: a site's settings (opening hours, closed dates, exceptional
hours, lock-screen texts, charter) share one scope check, one audit shape and the schedule they
are checked against.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError
from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused, problem_text
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.rules import grant as policy
from admin.sites import hours
from kiosk.protocol import hours_text
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.sites import (
    WEEKDAYS,
    ClosedDate,
    ExceptionalDay,
    SiteHours,
    SiteSummary,
    SiteTexts,
)
from kiosk.protocol.station import StationInfo

log = logging.getLogger("epn.server.sites")

TextKind = Literal["message", "charter"]
Checked = TypeVar("Checked", bound=BaseModel)
LANGUAGES = ("fr", "nl", "en")


def _invalid(message: str, field: str | None = None) -> Refused:
    """A refused schedule or text; ``field`` names the weekday, date or text it is about."""
    return Refused(ErrorCode.INVALID_REQUEST, message, None if field is None else {"field": field})


def revalidated(model: type[Checked], make: Callable[[], Checked]) -> Checked:
    """What ``make`` builds, checked again as the API checks a body: a change made in place
    (a CLI command adding one closed date) escapes pydantic's checks otherwise. Refused
    INVALID_REQUEST naming the first bad field."""
    try:
        return model.model_validate(make().model_dump())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise _invalid(f"{where}: {problem_text(first)}", where) from None


def audited_change(
    db: Database,
    member: StaffMember | None,
    row: dict[str, Any],
    *,
    at: str,
    action: str,
    load: Callable[[Database, int], Checked],
    make: Callable[[Checked], Checked],
    write: Callable[[Database, int, Checked], None],
) -> Checked:
    """One part of a site's settings changed and audited in the caller's transaction: what
    ``make`` builds from the part as stored is written, read back, and recorded with the part
    before it (``action`` on ``site:<name>``)."""
    before = load(db, row["id"])
    write(db, row["id"], make(before))
    after = load(db, row["id"])
    audit.record(
        db,
        at=at,
        staff_id=None if member is None else member.id,
        action=action,
        target=f"site:{row['name']}",
        before=before.model_dump(),
        after=after.model_dump(),
    )
    return after


def check_city_scope(member: StaffMember | None, site: int | str | None, what: str) -> None:
    """City-wide rows (``site`` None) are changed by admins and the CLI only (FORBIDDEN)."""
    if site is None and member is not None and member.role != "admin":
        raise Refused(ErrorCode.FORBIDDEN, f"only admins change the city-wide {what}")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _invalid(f"{text!r} is not a date YYYY-MM-DD", text.strip()) from None


def parse_day(texts: list[str], what: str) -> hours_text.Day:
    try:
        return hours_text.parse_day(texts)
    except ValueError as exc:
        raise _invalid(f"{what}: {exc}", what) from None


# --- loaders (inside the caller's transaction) ----------------------------------------------


def _intervals(rows: list[dict[str, Any]]) -> hours_text.Day:
    return hours_text.normalize(hours_text.Interval(row["opens"], row["closes"]) for row in rows)


def load_hours(db: Database, site_id: int) -> SiteHours:
    weekly: dict[int, list[dict[str, Any]]] = {}
    for row in db.query("SELECT * FROM site_hours WHERE site_id = ?", [site_id]):
        weekly.setdefault(row["weekday"], []).append(row)
    exceptions: dict[str, list[dict[str, Any]]] = {}
    for row in db.query("SELECT * FROM site_exceptional_hours WHERE site_id = ?", [site_id]):
        exceptions.setdefault(row["date"], []).append(row)
    closed = db.query(
        "SELECT date, reason FROM site_closed_dates WHERE site_id = ? ORDER BY date", [site_id]
    )
    accompanied = db.execute("SELECT hours_accompanied FROM sites WHERE id = ?", [site_id])
    return SiteHours(
        accompanied=bool((accompanied.fetchone() or [0])[0]),
        weekly={
            WEEKDAYS[day]: hours_text.format_day(_intervals(rows))
            for day, rows in sorted(weekly.items())
        },
        closed=[ClosedDate(date=row["date"], reason=row["reason"]) for row in closed],
        exceptions=[
            ExceptionalDay(date=day, hours=hours_text.format_day(_intervals(rows)))
            for day, rows in sorted(exceptions.items())
        ],
    )


def schedule_of(model: SiteHours) -> hours.Schedule:
    """Check a schedule from the wire and make it a :class:`hours.Schedule` (or Refused)."""
    weekly = {
        WEEKDAYS.index(day): parse_day(texts, day) for day, texts in model.weekly.items() if texts
    }
    closed = frozenset(parse_date(row.date) for row in model.closed)
    exceptions = {}
    for row in model.exceptions:
        day = parse_date(row.date)
        if day in exceptions:
            raise _invalid(f"{row.date} has exceptional hours twice", row.date)
        exceptions[day] = parse_day(row.hours, row.date)
        if not exceptions[day]:
            raise _invalid(f"{row.date}: close a whole day with a closed date", row.date)
    if len(closed) != len(model.closed):
        dates = [parse_date(row.date) for row in model.closed]
        twice = next(day for day in dates if dates.count(day) > 1).isoformat()
        raise _invalid(f"{twice} is listed twice as a closed date", twice)
    return hours.Schedule(weekly=weekly, closed=closed, exceptions=exceptions)


def load_schedule(db: Database, site_id: int) -> hours.Schedule:
    return schedule_of(load_hours(db, site_id))


def load_texts(db: Database, site_id: int) -> SiteTexts:
    texts: dict[str, dict[str, str]] = {"message": {}, "charter": {}}
    for row in db.query(
        "SELECT kind, language, text FROM site_texts WHERE site_id = ? ORDER BY language",
        [site_id],
    ):
        texts[row["kind"]][row["language"]] = row["text"]
    required = next(db.query("SELECT charter_required FROM sites WHERE id = ?", [site_id]), {})
    flag = required.get("charter_required")
    return SiteTexts.model_validate(
        {**texts, "charter_required": None if flag is None else bool(flag)}
    )


def load_site_limits(db: Database, site_id: int) -> dict[str, policy.Limits]:
    """The site's own policy rows by category (they override the city-wide ones)."""
    return {
        row["category"]: policy.Limits(
            row["session_minutes"], row["daily_minutes"], row["weekly_minutes"]
        )
        for row in db.query("SELECT * FROM site_policies WHERE site_id = ?", [site_id])
    }


def check_open(schedule: hours.Schedule, now: datetime, tz: str) -> int | None:
    """Seconds until closing (None: no closing in sight); raises CLOSED with ``opens_at``.

    Less than a useful grant before closing counts as closed, so the visitor is told when
    the site opens again rather than that their time is up.
    """
    closing = hours.seconds_until_close(schedule, now, tz)
    if closing is not None and closing < policy.MIN_GRANT_SECONDS:
        after_close = now + timedelta(seconds=closing + 1)
        opens = hours.next_opening(schedule, after_close, tz)
        raise Refused(
            ErrorCode.CLOSED,
            "the site is closed",
            {"opens_at": None if opens is None else to_iso(opens)},
        )
    return closing


def _write_hours(db: Database, site_id: int, model: SiteHours) -> None:
    schedule = schedule_of(model)
    db.execute(
        "UPDATE sites SET hours_accompanied = ? WHERE id = ?", [int(model.accompanied), site_id]
    )
    for table in ("site_hours", "site_closed_dates", "site_exceptional_hours"):
        db.execute(f"DELETE FROM {table} WHERE site_id = ?", [site_id])
    for weekday, day in schedule.weekly.items():
        for interval in day:
            db.execute(
                "INSERT INTO site_hours (site_id, weekday, opens, closes) VALUES (?, ?, ?, ?)",
                [site_id, weekday, interval.opens, interval.closes],
            )
    for row in model.closed:
        db.execute(
            "INSERT INTO site_closed_dates (site_id, date, reason) VALUES (?, ?, ?)",
            [site_id, parse_date(row.date).isoformat(), row.reason],
        )
    for exception_date, day in schedule.exceptions.items():
        for interval in day:
            db.execute(
                "INSERT INTO site_exceptional_hours (site_id, date, opens, closes)"
                " VALUES (?, ?, ?, ?)",
                [site_id, exception_date.isoformat(), interval.opens, interval.closes],
            )


def _write_texts(db: Database, site_id: int, texts: SiteTexts) -> None:
    db.execute("DELETE FROM site_texts WHERE site_id = ?", [site_id])
    for kind, by_language in (("message", texts.message), ("charter", texts.charter)):
        for language, text in by_language.items():
            if text.strip():
                db.execute(
                    "INSERT INTO site_texts (site_id, kind, language, text) VALUES (?, ?, ?, ?)",
                    [site_id, kind, language, text],
                )
    db.execute(
        "UPDATE sites SET charter_required = ? WHERE id = ?", [texts.charter_required, site_id]
    )


class SiteService:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    # --- what everyone reads ----------------------------------------------------------------

    def list_sites(self, member: StaffMember | None) -> list[SiteSummary]:
        now = self._clock()

        def read(db: Database) -> list[SiteSummary]:
            rows = list(db.query("SELECT id, name, timezone FROM sites ORDER BY name"))
            return [
                self._summary(row, load_schedule(db, row["id"]), now)
                for row in rows
                if member is None or member.can_see(row["id"])
            ]

        return self._store.read(read)

    @staticmethod
    def _summary(row: dict[str, Any], schedule: hours.Schedule, now: datetime) -> SiteSummary:
        tz = row["timezone"]
        open_now = hours.is_open(schedule, now, tz)
        closes = hours.closes_at(schedule, now, tz)
        opens = None if open_now else hours.next_opening(schedule, now, tz)
        return SiteSummary(
            id=row["id"],
            name=row["name"],
            timezone=tz,
            open_now=open_now,
            today_hours=hours.hours_today(schedule, now, tz),
            closes_at=None if closes is None else to_iso(closes),
            next_opening=None if opens is None else to_iso(opens),
        )

    def station_info(self, station: StationIdentity) -> StationInfo:
        """What ``GET station/me`` answers: identity plus the site's hours and message."""
        now = self._clock()

        def read(db: Database) -> tuple[hours.Schedule, SiteTexts]:
            return load_schedule(db, station.site_id), load_texts(db, station.site_id)

        schedule, texts = self._store.read(read)
        closes = hours.closes_at(schedule, now, station.timezone)
        return station.info().model_copy(
            update={
                "timezone": station.timezone,
                "message": dict(texts.message),
                "today_hours": hours.hours_today(schedule, now, station.timezone),
                "closes_at": None if closes is None else to_iso(closes),
            }
        )

    def hours(self, member: StaffMember | None, site: int | str) -> SiteHours:
        return self._store.read(lambda db: load_hours(db, self._site(db, member, site)["id"]))

    def texts(self, member: StaffMember | None, site: int | str) -> SiteTexts:
        return self._store.read(lambda db: load_texts(db, self._site(db, member, site)["id"]))

    def show(self, site: str) -> dict[str, Any]:
        """Everything about one site, for ``epn site show``."""
        now = self._clock()

        def read(db: Database) -> dict[str, Any]:
            row = self._site(db, None, site)
            schedule = load_schedule(db, row["id"])
            return {
                **self._summary(row, schedule, now).model_dump(),
                "hours": load_hours(db, row["id"]).model_dump(),
                "texts": load_texts(db, row["id"]).model_dump(),
                "policies": {
                    category: vars(limits)
                    for category, limits in sorted(load_site_limits(db, row["id"]).items())
                },
            }

        return self._store.read(read)

    # --- changes (audited) ------------------------------------------------------------------

    def put_hours(self, member: StaffMember | None, site: int | str, new: SiteHours) -> SiteHours:
        """Replace the whole schedule of a site."""
        return self.update_hours(member, site, lambda _: new)

    def update_hours(
        self,
        member: StaffMember | None,
        site: int | str,
        change: Callable[[SiteHours], SiteHours],
    ) -> SiteHours:
        now = to_iso(self._clock())

        def write(db: Database) -> SiteHours:
            return audited_change(
                db,
                member,
                self._site(db, member, site),
                at=now,
                action="site.hours",
                load=load_hours,
                make=lambda before: revalidated(
                    SiteHours, lambda: change(before.model_copy(deep=True))
                ),
                write=_write_hours,
            )

        result = self._store.write(write)
        log.info("opening hours of site %s changed", site)
        return result

    def set_accompanied(self, site: str, accompanied: bool) -> SiteHours:
        """Whether the site's free-access hours are accompanied (the label report's)."""

        def change(current: SiteHours) -> SiteHours:
            current.accompanied = accompanied
            return current

        return self.update_hours(None, site, change)

    def set_day(self, site: str, weekday: str, intervals: str) -> SiteHours:
        """Set one weekday's intervals ('09:00-12:30,13:30-18:00', or 'closed')."""
        try:
            day = WEEKDAYS[hours_text.weekday_number(weekday)]
            parsed = hours_text.parse_intervals(intervals)
        except ValueError as exc:
            raise _invalid(str(exc)) from None

        def change(current: SiteHours) -> SiteHours:
            current.weekly[day] = hours_text.format_day(parsed)
            return current

        return self.update_hours(None, site, change)

    def close_date(self, site: str, on: str, reason: str | None = None) -> SiteHours:
        day = parse_date(on).isoformat()

        def change(current: SiteHours) -> SiteHours:
            current.closed = [row for row in current.closed if row.date != day]
            current.closed.append(ClosedDate(date=day, reason=reason))
            current.exceptions = [row for row in current.exceptions if row.date != day]
            return current

        return self.update_hours(None, site, change)

    def open_exception(self, site: str, on: str, intervals: str) -> SiteHours:
        day = parse_date(on).isoformat()
        try:
            parsed = hours_text.parse_intervals(intervals)
        except ValueError as exc:
            raise _invalid(str(exc)) from None
        if not parsed:
            raise _invalid("give the exceptional hours; close a whole day with 'site close'")

        def change(current: SiteHours) -> SiteHours:
            current.exceptions = [row for row in current.exceptions if row.date != day]
            current.exceptions.append(ExceptionalDay(date=day, hours=hours_text.format_day(parsed)))
            current.closed = [row for row in current.closed if row.date != day]
            return current

        return self.update_hours(None, site, change)

    def put_texts(self, member: StaffMember | None, site: int | str, new: SiteTexts) -> SiteTexts:
        return self.update_texts(member, site, lambda _: new)

    def set_text(self, site: str, kind: TextKind, language: str, text: str) -> SiteTexts:
        if language not in LANGUAGES:
            raise _invalid(f"language must be one of {', '.join(LANGUAGES)}")

        def change(current: SiteTexts) -> SiteTexts:
            getattr(current, kind)[language] = text
            try:  # the lengths the API enforces
                return SiteTexts.model_validate(current.model_dump())
            except ValidationError:
                raise _invalid(f"the {kind} is too long") from None

        return self.update_texts(None, site, change)

    def set_charter_required(self, site: str, required: bool | None) -> SiteTexts:
        """Whether visitors accept the charter first (None: yes when there is a charter text)."""

        def change(current: SiteTexts) -> SiteTexts:
            current.charter_required = required
            return current

        return self.update_texts(None, site, change)

    def update_texts(
        self,
        member: StaffMember | None,
        site: int | str,
        change: Callable[[SiteTexts], SiteTexts],
    ) -> SiteTexts:
        now = to_iso(self._clock())

        def write(db: Database) -> SiteTexts:
            return audited_change(
                db,
                member,
                self._site(db, member, site),
                at=now,
                action="site.texts",
                load=load_texts,
                make=lambda before: revalidated(
                    SiteTexts, lambda: change(before.model_copy(deep=True))
                ),
                write=_write_texts,
            )

        return self._store.write(write)

    # --- scope ------------------------------------------------------------------------------

    _site = staticmethod(lambda db, member, site: site_row(db, member, site))


def site_row(db: Database, member: StaffMember | None, site: int | str) -> dict[str, Any]:
    """The site row by id (API) or name (CLI), if the member may see it."""
    column = "id" if isinstance(site, int) else "name"
    row = next(db.query(f"SELECT * FROM sites WHERE {column} = ?", [site]), None)
    # staff learn nothing about sites that are not theirs, not even that they exist
    hidden = row is None or not member.can_see(row["id"]) if member else False
    if member is not None and member.role != "admin" and hidden:
        raise Refused(ErrorCode.FORBIDDEN, "this site is not one of yours")
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no site {site!r}", {"site": site})
    return row
