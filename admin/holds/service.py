"""HoldService: bookings, the queue and a site's hold settings for the API and the CLI.

Every entry point (``/api/v1/holds``, ``/api/v1/queue``, ``epn booking …``, ``epn queue …``)
calls these methods: one validation, one transaction each (``Store.write``), scoped to the
member's sites (``member`` None: the CLI on the server, every site), audited. The rules live
in :mod:`admin.holds.book`, :mod:`admin.holds.queue` and :mod:`admin.holds.rules`.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.holds import book, queue
from admin.holds.rules import ADMISSION, AdmissionRule, parse_moment
from admin.sites.settings import audited_change, site_row
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import (
    Booking,
    BookingRequest,
    Hold,
    HoldKind,
    HoldList,
    HoldNotice,
    HoldSettings,
    HoldState,
    QueueList,
    SiteQueue,
    Ticket,
    TicketRequest,
)
from kiosk.protocol.room import StationStatus

#: The characters of a made-up session code: no 0/O or 1/I to misread.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def _visitor_id(db: Database, identifier: str) -> int:
    row = next(db.query("SELECT id FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no visitor {identifier!r}", {"visitor": identifier})
    return int(row["id"])


def load_settings(db: Database, site_id: int) -> HoldSettings:
    row = next(
        db.query("SELECT hold_claim_minutes, queue_hold_minutes FROM sites WHERE id = ?", [site_id])
    )
    return HoldSettings(
        claim_minutes=row["hold_claim_minutes"], queue_hold_minutes=row["queue_hold_minutes"]
    )


def _write_settings(db: Database, site_id: int, new: HoldSettings) -> None:
    db.execute(
        "UPDATE sites SET hold_claim_minutes = ?, queue_hold_minutes = ? WHERE id = ?",
        [new.claim_minutes, new.queue_hold_minutes, site_id],
    )


class HoldService:
    def __init__(
        self,
        store: Store,
        clock: Clock = utc_now,
        admission: Mapping[str, AdmissionRule] = ADMISSION,
    ) -> None:
        self._store = store
        self._clock = clock
        self._admission = admission

    # --- bookings -------------------------------------------------------------------------

    def book(self, member: StaffMember | None, request: BookingRequest) -> Booking:
        """Hold one PC for a visitor, or N PCs for a group; cut sessions that would run into it."""
        now = self._clock()

        def write(db: Database) -> Booking:
            site = site_row(db, member, request.site)
            start = parse_moment(request.starts_at, site["timezone"])
            end = parse_moment(request.ends_at, site["timezone"])
            stations = book.pick_stations(
                db, site["id"], request.stations, request.count, start, end
            )
            code = request.code.upper() if request.code else None
            if request.new_code:
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            visitor_id = None
            claim_by = None
            if request.kind == HoldKind.VISITOR and request.visitor is not None:
                visitor_id = _visitor_id(db, request.visitor)
                claim_by = start + _minutes(load_settings(db, site["id"]).claim_minutes)
                claim_by = min(claim_by, end)
            listed = [_visitor_id(db, identifier) for identifier in request.visitors]
            booking = book.create(
                db,
                member,
                site,
                stations,
                request.kind,
                start,
                end,
                now,
                label=request.label,
                visitor_id=visitor_id,
                listed=listed,
                code=code,
                claim_by=claim_by,
                admission=self._admission,
            )
            return self._booking(db, booking)

        return self._store.write(write)

    @staticmethod
    def _booking(db: Database, booking: str) -> Booking:
        found = book.rows(db, "h.booking = ?", [booking])
        if not found:
            raise Refused(ErrorCode.NOT_FOUND, f"no booking {booking!r}")
        return Booking(booking=booking, holds=[book.hold(db, row) for row in found])

    def listing(
        self,
        member: StaffMember | None,
        site: int | str | None = None,
        since: str | None = None,
        until: str | None = None,
        every: bool = False,
    ) -> HoldList:
        """Holds ending after ``since`` (default now) and starting before ``until``, in time
        order; only held or claimed ones unless ``every``."""
        now = self._clock()

        def read(db: Database) -> HoldList:
            where: list[str] = ["h.ends_at > ?"]
            params: list[Any] = [to_iso(now)]
            if site is not None:
                row = site_row(db, member, site)
                where.append("h.site_id = ?")
                params.append(row["id"])
                timezone = row["timezone"]
            else:
                timezone = "UTC"
            if since is not None:
                params[0] = to_iso(parse_moment(since, timezone))
            if until is not None:
                where.append("h.starts_at < ?")
                params.append(to_iso(parse_moment(until, timezone)))
            if not every:
                where.append("h.state IN ('held', 'claimed')")
            if member is not None and member.role != "admin":
                marks = ", ".join("?" for _ in member.site_ids) or "NULL"
                where.append(f"h.site_id IN ({marks})")
                params.extend(member.site_ids)
            found = book.rows(db, " AND ".join(where), params)
            return HoldList(holds=[book.hold(db, row) for row in found])

        return self._store.read(read)

    def cancel(self, member: StaffMember | None, hold_id: int) -> Hold:
        """Cancel one hold (its PC goes to the next in line when someone waits)."""
        now = self._clock()

        def write(db: Database) -> Hold:
            row = self._hold_row(db, member, hold_id)
            self._cancel_rows(db, member, [row], now)
            return book.hold(db, book.rows(db, "h.id = ?", [hold_id])[0])

        return self._store.write(write)

    def cancel_booking(self, member: StaffMember | None, booking: str) -> Booking:
        """Cancel every hold of a booking still held or claimed (a group, a workshop's slot)."""
        now = self._clock()

        def write(db: Database) -> Booking:
            found = book.rows(db, "h.booking = ?", [booking])
            if not found or (member is not None and not member.can_see(found[0]["site_id"])):
                raise Refused(ErrorCode.NOT_FOUND, f"no booking {booking!r}")
            self._cancel_rows(db, member, found, now)
            return self._booking(db, booking)

        return self._store.write(write)

    @staticmethod
    def _hold_row(db: Database, member: StaffMember | None, hold_id: int) -> dict[str, Any]:
        found = book.rows(db, "h.id = ?", [hold_id])
        if not found or (member is not None and not member.can_see(int(found[0]["site_id"]))):
            raise Refused(ErrorCode.NOT_FOUND, f"no hold {hold_id}")
        return found[0]

    @staticmethod
    def _cancel_rows(
        db: Database, member: StaffMember | None, found: list[dict[str, Any]], now: datetime
    ) -> None:
        live = [row for row in found if row["state"] in ("held", "claimed")]
        if not live:
            raise Refused(
                ErrorCode.TICKET_CLOSED,
                "nothing left to cancel: it is over",
                {"state": str(found[0]["state"])},
            )
        for row in live:
            book.end(db, member, row, HoldState.CANCELLED, now, "hold.cancel")
            if row["ticket_id"] is not None:
                db.execute(
                    "UPDATE queue_tickets SET state = 'cancelled', ended_at = ?"
                    " WHERE id = ? AND state = 'called'",
                    [to_iso(now), row["ticket_id"]],
                )
        for site_id in {int(row["site_id"]) for row in live}:
            queue.promote(db, site_id, now)

    # --- settings -------------------------------------------------------------------------

    def settings(self, member: StaffMember | None, site: int | str) -> HoldSettings:
        return self._store.read(lambda db: load_settings(db, site_row(db, member, site)["id"]))

    def put_settings(
        self, member: StaffMember | None, site: int | str, new: HoldSettings
    ) -> HoldSettings:
        """A site's claim and queue minutes (audited ``site.holds``)."""
        at = to_iso(self._clock())

        def write(db: Database) -> HoldSettings:
            return audited_change(
                db,
                member,
                site_row(db, member, site),
                at=at,
                action="site.holds",
                load=load_settings,
                make=lambda _: HoldSettings.model_validate(new.model_dump()),
                write=_write_settings,
            )

        return self._store.write(write)

    # --- the queue ------------------------------------------------------------------------

    def take(self, member: StaffMember | None, request: TicketRequest) -> Ticket:
        """A number for a card or a name (a free PC is held for it at once)."""
        now = self._clock()

        def write(db: Database) -> Ticket:
            site = site_row(db, member, request.site)
            visitor_id = _visitor_id(db, request.visitor) if request.visitor else None
            ticket_id = queue.take(db, member, site, visitor_id, request.name, now)
            return queue.ticket(db, ticket_id, now)

        return self._store.write(write)

    def queues(self, member: StaffMember | None, site: int | str | None = None) -> QueueList:
        """The open tickets of each site (one site, or every site of the member's)."""
        now = self._clock()

        def read(db: Database) -> QueueList:
            if site is not None:
                ids = [int(site_row(db, member, site)["id"])]
            else:
                ids = [
                    int(r["id"])
                    for r in db.query("SELECT id FROM sites ORDER BY name")
                    if member is None or member.can_see(int(r["id"]))
                ]
            return QueueList(queues=[queue.site_queue(db, i, now) for i in ids])

        return self._store.read(read)

    def call(self, member: StaffMember | None, ticket_id: int, station: str | None) -> Ticket:
        return self._ticket_write(
            member, ticket_id, lambda db, now: queue.call(db, member, ticket_id, station, now)
        )

    def skip(self, member: StaffMember | None, ticket_id: int) -> Ticket:
        return self._ticket_write(
            member, ticket_id, lambda db, now: queue.skip(db, member, ticket_id, now)
        )

    def cancel_ticket(self, member: StaffMember | None, ticket_id: int) -> Ticket:
        return self._ticket_write(
            member, ticket_id, lambda db, now: queue.cancel(db, member, ticket_id, now)
        )

    def serve(self, member: StaffMember | None, ticket_id: int) -> Ticket:
        return self._ticket_write(
            member, ticket_id, lambda db, now: queue.serve(db, member, ticket_id, now)
        )

    def _ticket_write(self, member: StaffMember | None, ticket_id: int, change: object) -> Ticket:
        now = self._clock()

        def write(db: Database) -> Ticket:
            change(db, now)  # type: ignore[operator]
            return queue.ticket(db, ticket_id, now)

        return self._store.write(write)

    # --- what stations and the room read -------------------------------------------------

    def station_notices(self, station: StationIdentity) -> list[HoldNotice]:
        """The station's holds in effect now or later today (its ``station/me``)."""
        now = self._clock()
        until = book.local_day_end(now, station.timezone)
        return self._store.read(
            lambda db: [book.notice(row) for row in book.ahead(db, station.id, now, until)]
        )

    def stations_at(self, sites: list[str]) -> list[str]:
        """The names of the stations of these sites (by name): whose lock screens a change of
        the sites' holds or queues may concern (a promotion holds any free PC)."""
        names = sorted(set(sites))
        if not names:
            return []
        marks = ", ".join("?" for _ in names)
        return self._store.read(
            lambda db: [
                str(r["name"])
                for r in db.query(
                    "SELECT st.name FROM stations st JOIN sites si ON si.id = st.site_id"
                    f" WHERE si.name IN ({marks}) ORDER BY st.name",
                    names,
                )
            ]
        )

    def room(
        self, member: StaffMember | None, stations: list[StationStatus]
    ) -> tuple[list[StationStatus], list[SiteQueue]]:
        """The room's stations with each one's hold (now, else next today), and the queues of
        the sites where someone waits or is called."""
        now = self._clock()

        def read(db: Database) -> tuple[list[StationStatus], list[SiteQueue]]:
            every = [int(r["id"]) for r in db.query("SELECT id FROM sites ORDER BY id")]
            site_ids = [i for i in every if member is None or member.can_see(i)]
            marks = ", ".join("?" for _ in site_ids) or "NULL"
            first: dict[int, HoldNotice] = {}
            for row in book.rows(
                db,
                f"h.site_id IN ({marks}) AND h.state IN ('held', 'claimed') AND h.ends_at > ?",
                [*site_ids, to_iso(now)],
            ):
                if row["station_id"] in first:
                    continue
                until = book.local_day_end(now, row["timezone"])
                if row["starts_at"] < to_iso(until):
                    first[row["station_id"]] = book.notice(row)
            updated = [
                status.model_copy(update={"hold": first.get(status.id)}) for status in stations
            ]
            queues = [queue.site_queue(db, i, now) for i in queue.sites_waiting(db, site_ids)]
            return updated, queues

        return self._store.read(read)

    def tick(self) -> set[int]:
        """Expire and promote (the sweeper's round); the sites where anything changed."""
        now = self._clock()
        return self._store.write(lambda db: queue.tick(db, now))


def _minutes(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)


def holds_version(notices: list[HoldNotice]) -> str:
    """A short tag of what a station knows of its holds (``StationInfo.holds_version``)."""
    body = json.dumps([n.model_dump(mode="json") for n in notices], sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:16]
