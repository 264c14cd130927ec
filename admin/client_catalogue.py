"""Staff client calls: catalogue (a mixin of admin.client.StaffClient)."""

from __future__ import annotations

from admin.client_base import ClientBase


class CatalogueCalls(ClientBase):
    pass
