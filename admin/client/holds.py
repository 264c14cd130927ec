"""Staff client calls: held stations and the desk's queue (a mixin of
admin.client.staff_client.StaffClient), for the console's Room and bookings."""

from __future__ import annotations

from typing import Any

from admin.client.base import ClientBase
from kiosk.protocol.holds import (
    Booking,
    BookingRequest,
    CallRequest,
    Hold,
    HoldList,
    HoldSettings,
    QueueList,
    SiteQueue,
    Ticket,
    TicketRequest,
)
from kiosk.protocol.paths import Paths


class HoldCalls(ClientBase):
    def holds(
        self,
        site: int | None = None,
        *,
        since: str | None = None,
        until: str | None = None,
        every: bool = False,
    ) -> list[Hold]:
        """Holds not over (``since``/``until`` ISO 8601; without offset: the site's clock)."""
        params: dict[str, Any] = {}
        if site is not None:
            params["site"] = site
        if since is not None:
            params["since"] = since
        if until is not None:
            params["until"] = until
        if every:
            params["all"] = "true"
        return self._request("GET", Paths.HOLDS, HoldList, params=params or None).holds

    def book(self, request: BookingRequest) -> Booking:
        """Book a visitor's PC or a group's PCs; refusals: HOLD_OVERLAP, HOLD_OUTSIDE_HOURS,
        HOLD_BAD_TIME, NO_FREE_STATION, NOT_FOUND."""
        body = request.model_dump(mode="json", exclude_none=True)
        return self._request("POST", Paths.HOLDS, Booking, json=body)

    def cancel_hold(self, hold_id: int) -> Hold:
        return self._request("DELETE", Paths.hold(hold_id), Hold)

    def cancel_booking(self, booking: str) -> Booking:
        return self._request("DELETE", Paths.booking(booking), Booking)

    def hold_settings(self, site_id: int) -> HoldSettings:
        return self._request("GET", Paths.site(site_id, "hold-settings"), HoldSettings)

    def put_hold_settings(self, site_id: int, settings: HoldSettings) -> HoldSettings:
        return self._request(
            "PUT", Paths.site(site_id, "hold-settings"), HoldSettings, json=settings.model_dump()
        )

    def queues(self, site: int | None = None) -> list[SiteQueue]:
        params = {"site": site} if site is not None else None
        return self._request("GET", Paths.QUEUE, QueueList, params=params).queues

    def take_ticket(self, request: TicketRequest) -> Ticket:
        """A number for a card or a name; ALREADY_QUEUED when the card has one open."""
        body = request.model_dump(mode="json", exclude_none=True)
        return self._request("POST", Paths.QUEUE, Ticket, json=body)

    def call_ticket(self, ticket_id: int, station: str | None = None) -> Ticket:
        body = CallRequest(station=station).model_dump(exclude_none=True)
        return self._request("POST", Paths.ticket(ticket_id, "call"), Ticket, json=body)

    def skip_ticket(self, ticket_id: int) -> Ticket:
        return self._request("POST", Paths.ticket(ticket_id, "skip"), Ticket)

    def cancel_ticket(self, ticket_id: int) -> Ticket:
        return self._request("POST", Paths.ticket(ticket_id, "cancel"), Ticket)

    def serve_ticket(self, ticket_id: int) -> Ticket:
        return self._request("POST", Paths.ticket(ticket_id, "serve"), Ticket)
