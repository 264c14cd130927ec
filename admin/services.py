"""The server's domain operations, shared by the HTTP API and the admin CLI.

One facade over three areas, each in its own module: :mod:`admin.directory` (setting up
sites, stations, visitors, staff, policies), :mod:`admin.stations.link` (what stations ask)
and :mod:`admin.staff.desk` (what staff ask). Errors are in :mod:`admin.core.errors`.
"""

from __future__ import annotations

from datetime import timedelta

from admin.core.actors import StaffMember, StationIdentity
from admin.core.timeutil import Clock, utc_now
from admin.db.store import Store
from admin.directory import Directory
from admin.sites.settings import SiteService
from admin.staff.desk import DEFAULT_TOKEN_TTL, StaffService
from admin.stations.link import StationService

__all__ = ["Service", "StaffMember", "StationIdentity"]


class Service:
    def __init__(
        self, store: Store, *, clock: Clock = utc_now, token_ttl: timedelta = DEFAULT_TOKEN_TTL
    ) -> None:
        self.store = store
        self.clock = clock
        self.directory = Directory(store, clock)
        self.stations = StationService(store, clock)
        self.staff = StaffService(store, clock, token_ttl)
        self.sites = SiteService(store, clock)
