"""Staff client calls: tickets (a mixin of admin.client.StaffClient)."""

from __future__ import annotations

from admin.client_base import ClientBase


class TicketCalls(ClientBase):
    pass
