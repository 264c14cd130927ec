"""The server's domain services, each built once over one store and clock.

The one place they are wired: :func:`admin.api.app.create_app` hands this to every router and
the admin CLI (:mod:`admin.cli.app`) to every command. Errors are in :mod:`admin.core.errors`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from admin.auth.sources import AuthConfig
from admin.catalogue.editing import CatalogueAdmin
from admin.classes.service import ClassService
from admin.core.timeutil import Clock, utc_now
from admin.db.store import Store
from admin.directory import Directory
from admin.holds.service import HoldService
from admin.lockouts.limits import Lockout
from admin.lockouts.review import Lockouts
from admin.privacy.service import PrivacyService
from admin.privacy.settings import Retention
from admin.public.settings import PublicSettings
from admin.reports.app_usage import AppUsageReport
from admin.reports.audit_log import AuditLog
from admin.reports.label import DEFAULT_NETWORK_NAME, LabelReports
from admin.reports.stats import Stats
from admin.rules.allowances import PolicyAdmin
from admin.rules.categories import Categories
from admin.rules.session_rules import SessionRules
from admin.sessions.ledger import Ledger
from admin.sites.ready_messages import ReadyMessageService
from admin.sites.settings import SiteService
from admin.staff.accounts import StaffAccounts
from admin.staff.desk import DEFAULT_TOKEN_TTL, StaffService
from admin.stations.errors import StationErrors
from admin.stations.link import StationService
from admin.stations.management import StationsAdmin
from admin.stations.staff_panel import StationStaff
from admin.visitors.accounts import Visitors
from admin.visitors.csv_files import VisitorCsv
from admin.visitors.profile import DEFAULT_COMMUNES
from admin.visitors.tickets import Tickets
from admin.workshops.service import WorkshopService


class Service:
    """Every domain service of the server, sharing one store, one clock and one lockout."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock = utc_now,
        token_ttl: timedelta = DEFAULT_TOKEN_TTL,
        sources: AuthConfig | None = None,
        retention: Retention | None = None,
        communes: Sequence[str] = DEFAULT_COMMUNES,
        network_name: str = DEFAULT_NETWORK_NAME,
    ) -> None:
        self.store = store
        self.clock = clock
        lockout = Lockout(store, clock)
        # setting up the world
        self.directory = Directory(store, clock)
        self.sites = SiteService(store, clock)
        self.ready_messages = ReadyMessageService(store, clock)
        self.public = PublicSettings(store, clock)
        # what stations ask, and staff acting on stations
        self.stations = StationService(store, clock, lockout, sources=sources)
        self.staff = StaffService(store, clock, token_ttl, lockout, self.stations)
        self.staff_panel = StationStaff(store, self.staff, clock, lockout)
        self.station_management = StationsAdmin(store, clock, lockout)
        self.station_errors = StationErrors(store, clock)
        # stations held ahead of time and the desk's queue
        self.holds = HoldService(store, clock)
        # workshops: their dates hold stations; registrations, attendance, themes
        self.workshops = WorkshopService(store, clock, communes)
        # class sessions: a teacher's class holds a room's PCs and acts on them all
        self.classes = ClassService(store, clock)
        self.staff_accounts = StaffAccounts(store, clock, lockout)
        self.lockouts = Lockouts(store, clock)
        # visitors and what their category may do
        self.visitors = Visitors(store, clock, communes)
        self.visitor_csv = VisitorCsv(store, clock, communes)
        self.tickets = Tickets(store, clock)
        self.categories = Categories(store, clock)
        self.policies = PolicyAdmin(store, clock)
        self.session_rules = SessionRules(store, clock)
        self.catalogue = CatalogueAdmin(store, clock)
        # reports
        self.ledger = Ledger(store, clock)
        self.stats = Stats(store, clock)
        self.label_reports = LabelReports(store, clock)
        #: the network's name on the label report's cover (epn server --network-name)
        self.network_name = network_name
        self.audit_log = AuditLog(store)
        self.app_usage = AppUsageReport(store)
        # privacy: the retention periods (server config), a visitor's export and erasure
        self.privacy = PrivacyService(store, clock, retention)
