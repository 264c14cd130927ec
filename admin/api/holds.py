"""HTTP routes for stations held ahead of time and the desk's queue (staff; admin/holds/).

Every change wakes the room's long-poll (``/stations``: each station's ``hold``, the sites'
``queues``) and the held stations' command long-polls (a session cut for a hold).
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.services import Service
from kiosk.protocol.holds import (
    Booking,
    BookingRequest,
    CallRequest,
    Hold,
    HoldList,
    HoldSettings,
    QueueList,
    Ticket,
    TicketRequest,
)
from kiosk.protocol.limits import MAX_SQL_INT
from kiosk.protocol.paths import Paths

HoldId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the hold")]
TicketId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the queue ticket")]
SiteId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the site")]


def wake_sites(service: Service, notifier: Notifier, sites: Iterable[str]) -> None:
    """Holds changed at ``sites``: every station there reads its holds again (its long-poll
    answers, then station/me) and its lock screen follows, a session cut for a hold is pushed,
    and the consoles' room view is told. Every station: a cancelled hold or a ticket may free
    or hold any of them (a promotion)."""
    for station in service.holds.stations_at(list(sites)):
        notifier.notify(commands_topic(station))
    notifier.notify(STATIONS_TOPIC)


def holds_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["holds"])
    holds = service.holds

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    def changed(*sites: str) -> None:
        wake_sites(service, notifier, sites)

    @router.get(Paths.HOLDS, response_model=HoldList)
    def listing(
        member: Member,
        site: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="site id")] = None,
        since: Annotated[
            str | None, Query(max_length=40, description="ending after (ISO 8601; default now)")
        ] = None,
        until: Annotated[
            str | None, Query(max_length=40, description="starting before (ISO 8601)")
        ] = None,
        every: Annotated[
            bool, Query(alias="all", description="also released, cancelled, expired ones")
        ] = False,
    ) -> HoldList:
        """Holds of the member's sites that are not over, in time order. A time without an
        offset is the site's wall clock (with ``site``)."""
        return holds.listing(member, site, since, until, every)

    @router.post(Paths.HOLDS, response_model=Booking, status_code=201)
    def add(member: Member, request: BookingRequest) -> Booking:
        """Book one PC for a visitor or N PCs for a group (named, or ``count`` free ones).

        Refused HOLD_OVERLAP (a station held then), HOLD_OUTSIDE_HOURS (closed day, outside
        the hours), HOLD_BAD_TIME (end before start, past, too long, a wall time that does not
        exist), NO_FREE_STATION, NOT_FOUND (a station of another site, an unknown visitor).
        A session running on a held station that would run into the hold is cut to end at
        its start (a ``set_time`` command, with the station's usual warnings).
        """
        booking = holds.book(member, request)
        changed(*(hold.site for hold in booking.holds))
        return booking

    @router.delete(Paths.hold("{hold_id}"), response_model=Hold)
    def cancel(member: Member, hold_id: HoldId) -> Hold:
        """Cancel one hold (audited); its PC goes to the next in line when someone waits."""
        hold = holds.cancel(member, hold_id)
        changed(hold.site)
        return hold

    @router.delete(Paths.booking("{booking}"), response_model=Booking)
    def cancel_booking(
        member: Member,
        booking: Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[a-z]+-[0-9a-f]+$")],
    ) -> Booking:
        """Cancel every hold of a booking that is not over."""
        cancelled = holds.cancel_booking(member, booking)
        changed(*(hold.site for hold in cancelled.holds))
        return cancelled

    @router.get(Paths.site("{site_id}", "hold-settings"), response_model=HoldSettings)
    def settings(member: Member, site_id: SiteId) -> HoldSettings:
        """The site's minutes: a booking's claim deadline, the queue's hold."""
        return holds.settings(member, site_id)

    @router.put(Paths.site("{site_id}", "hold-settings"), response_model=HoldSettings)
    def put_settings(member: Member, site_id: SiteId, new: HoldSettings) -> HoldSettings:
        """Change the site's minutes (audited ``site.holds``)."""
        return holds.put_settings(member, site_id, new)

    @router.get(Paths.QUEUE, response_model=QueueList)
    def queues(
        member: Member,
        site: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="site id")] = None,
    ) -> QueueList:
        """Each site's open tickets in order, with the expected wait of those waiting."""
        return holds.queues(member, site)

    @router.post(Paths.QUEUE, response_model=Ticket, status_code=201)
    def take(member: Member, request: TicketRequest) -> Ticket:
        """A number for a visitor's card or a name; a free PC is held for it at once.
        Refused ALREADY_QUEUED when the card has an open ticket at the site."""
        ticket = holds.take(member, request)
        changed(ticket.site)
        return ticket

    @router.post(Paths.ticket("{ticket_id}", "call"), response_model=Ticket)
    def call(member: Member, ticket_id: TicketId, request: CallRequest) -> Ticket:
        """Call a waiting ticket now: a PC (named, or the first free) held for it."""
        ticket = holds.call(member, ticket_id, request.station)
        changed(ticket.site)
        return ticket

    @router.post(Paths.ticket("{ticket_id}", "skip"), response_model=Ticket)
    def skip(member: Member, ticket_id: TicketId) -> Ticket:
        """Send a ticket to the end of the line; its PC goes to the next."""
        ticket = holds.skip(member, ticket_id)
        changed(ticket.site)
        return ticket

    @router.post(Paths.ticket("{ticket_id}", "cancel"), response_model=Ticket)
    def cancel_ticket(member: Member, ticket_id: TicketId) -> Ticket:
        """The visitor leaves the line; a PC held for them goes to the next."""
        ticket = holds.cancel_ticket(member, ticket_id)
        changed(ticket.site)
        return ticket

    @router.post(Paths.ticket("{ticket_id}", "serve"), response_model=Ticket)
    def serve(member: Member, ticket_id: TicketId) -> Ticket:
        """Staff dealt with the ticket at the desk; a PC held for it goes to the next."""
        ticket = holds.serve(member, ticket_id)
        changed(ticket.site)
        return ticket

    return router
