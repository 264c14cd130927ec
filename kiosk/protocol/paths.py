"""Every URL path of the API (:class:`Paths`), relative to the server's base URL."""

from __future__ import annotations

from urllib.parse import quote

API_PREFIX = "/api/v1"


def _part(value: object) -> str:
    """One segment of a path: names with spaces, slashes or '%' are quoted whole.

    A route's parameter (``"{station}"``, as the server declares its routes) stays as it is.
    """
    text = str(value)
    if text.startswith("{") and text.endswith("}") and text[1:-1].isidentifier():
        return text
    if text in (".", ".."):  # else the HTTP client resolves them: /visitors/../x is /x
        return text.replace(".", "%2E")
    return quote(text, safe="")


class Paths:
    """Every URL path of the API, relative to the server's base URL."""

    #: The server's health, for monitoring (no login).
    HEALTH = f"{API_PREFIX}/health"
    #: Prometheus metrics (no login; served only when the server runs with --metrics).
    METRICS = f"{API_PREFIX}/metrics"
    STATION_ME = f"{API_PREFIX}/station/me"
    STATION_SIGN_IN = f"{API_PREFIX}/station/sign-in"
    STATION_EVENTS = f"{API_PREFIX}/station/events"
    STATION_COMMANDS = f"{API_PREFIX}/station/commands"
    #: The station's own errors (kiosk.protocol.station_errors).
    STATION_ERRORS = f"{API_PREFIX}/station/errors"
    AUTH_LOGIN = f"{API_PREFIX}/auth/login"
    AUTH_ME = f"{API_PREFIX}/auth/me"
    #: Staff change their own password (old and new); their other login tokens are revoked.
    AUTH_PASSWORD = f"{API_PREFIX}/auth/password"
    #: The audit log (admin: everything; staff: their sites and their own actions).
    AUDIT = f"{API_PREFIX}/audit"
    #: Admins: every staff account.
    STAFF_ACCOUNTS = f"{API_PREFIX}/staff"
    #: Limits on failed sign-ins that make someone wait (staff: their sites'; admins: all).
    LOCKOUTS = f"{API_PREFIX}/lockouts"

    @staticmethod
    def lockout(lockout_id: int | str) -> str:
        """Where staff clear one limit (DELETE)."""
        return f"{API_PREFIX}/lockouts/{_part(str(lockout_id))}"

    @staticmethod
    def staff_password(username: str) -> str:
        """Where an admin resets another staff member's password."""
        return f"{API_PREFIX}/staff/{_part(username)}/password"

    STATIONS = f"{API_PREFIX}/stations"
    SESSIONS = f"{API_PREFIX}/sessions"
    VISITORS = f"{API_PREFIX}/visitors"
    VISITORS_IMPORT = f"{API_PREFIX}/visitors/import"
    VISITORS_EXPORT = f"{API_PREFIX}/visitors/export"
    TICKETS = f"{API_PREFIX}/tickets"
    #: Staff: the retention periods in force and the accounts to be deleted within a month.
    RETENTION = f"{API_PREFIX}/retention"
    #: Staff: the sites they manage, with whether each is open now.
    SITES = f"{API_PREFIX}/sites"

    @staticmethod
    def site(site_id: int | str, part: str) -> str:
        """A site's ``hours`` (weekly hours, closed dates, exceptions), ``texts``,
        ``ready-messages`` (staff messages picked, not retyped) or ``enroll-code`` (a fleet's
        code)."""
        return f"{API_PREFIX}/sites/{_part(site_id)}/{part}"

    @staticmethod
    def visitor(identifier: str, action: str = "") -> str:
        """Path of one visitor (``action``: disable, enable, pin, data, data.pdf, erase)."""
        path = f"{API_PREFIX}/visitors/{_part(identifier)}"
        return f"{path}/{action}" if action else path

    @staticmethod
    def station_commands(station: str) -> str:
        """Path where staff post a command for the station with this name."""
        return f"{API_PREFIX}/stations/{_part(station)}/commands"

    @staticmethod
    def station_errors(station: str) -> str:
        """The errors the station with this name forwarded, newest first."""
        return f"{API_PREFIX}/stations/{_part(station)}/errors"

    @staticmethod
    def station_command(station: str, command_id: int | str) -> str:
        """One command staff sent to the station: pending, applied or failed."""
        return f"{API_PREFIX}/stations/{_part(station)}/commands/{_part(command_id)}"

    #: A new station exchanges its one-time enrolment code for its token (no bearer).
    STATION_ENROLL = f"{API_PREFIX}/station/enroll"
    #: Staff at a station: the station's token and the member's own credentials give a
    #: short-lived station login (kiosk staff panel); its actions are audited in their name.
    STATION_STAFF_LOGIN = f"{API_PREFIX}/station/staff/login"
    STATION_STAFF_ACTION = f"{API_PREFIX}/station/staff/action"
    STATION_STAFF_LOGOUT = f"{API_PREFIX}/station/staff/logout"
    #: Staff set their own PIN for the station sign-in; admins set or clear another's.
    AUTH_PIN = f"{API_PREFIX}/auth/pin"

    @staticmethod
    def staff_pin(username: str) -> str:
        """Where an admin sets or clears another staff member's station PIN."""
        return f"{API_PREFIX}/staff/{_part(username)}/pin"

    #: Staff: stations with their enrolment, version and enabled state.
    STATION_ADMIN = f"{API_PREFIX}/station-admin"

    @staticmethod
    def station_admin(station: str, action: str) -> str:
        """Staff action on a station: ``enroll-code``, ``enable``, ``disable``, ``revoke``."""
        return f"{API_PREFIX}/station-admin/{_part(station)}/{action}"

    #: The app catalogue (staff read it, admins change it) and the profiles (named app sets).
    APPS = f"{API_PREFIX}/apps"
    PROFILES = f"{API_PREFIX}/profiles"

    @staticmethod
    def app(app_id: str) -> str:
        return f"{API_PREFIX}/apps/{_part(app_id)}"

    @staticmethod
    def profile(name: str, action: str = "") -> str:
        """One profile (``action``: apps, assign, unassign)."""
        path = f"{API_PREFIX}/profiles/{_part(name)}"
        return f"{path}/{action}" if action else path

    #: Staff: time allowances per category (city-wide rows and a site's overrides).
    POLICIES = f"{API_PREFIX}/policies"
    #: Staff read the visitor categories; admins add them.
    CATEGORIES = f"{API_PREFIX}/categories"
    #: Staff: usage statistics of a period (JSON), and the same figures as CSV.
    STATS = f"{API_PREFIX}/stats"
    #: The sign-in sources (library systems, directories) and their counts (admin/auth/).
    SIGN_IN_SOURCES = f"{API_PREFIX}/sign-in-sources"
    SIGN_IN_SOURCE_STATS = f"{API_PREFIX}/sign-in-sources/stats"
    STATS_CSV = f"{API_PREFIX}/stats.csv"
    #: The label report as a file (PDF, a ZIP of CSV files, XLSX): admin/reports/label.py
    LABEL_REPORT = f"{API_PREFIX}/reports/label"

    #: Staff: warning thresholds and automatic extension per category, city-wide and per site.
    SESSION_RULES = f"{API_PREFIX}/session-rules"

    @staticmethod
    def session_rule(category: str) -> str:
        """One category's session rules (``*``: every category without its own row)."""
        return f"{API_PREFIX}/session-rules/{_part(category)}"

    @staticmethod
    def policy(category: str) -> str:
        """One category's allowances (``*``: every category without its own row)."""
        return f"{API_PREFIX}/policies/{_part(category)}"

    #: Staff: the stations held ahead of time (GET: list, POST: book) and the desk's queue
    #: (GET: the queues, POST: take a number), kiosk/protocol/holds.py.
    HOLDS = f"{API_PREFIX}/holds"
    QUEUE = f"{API_PREFIX}/queue"

    @staticmethod
    def hold(hold_id: int | str) -> str:
        """One hold (DELETE: cancel it)."""
        return f"{API_PREFIX}/holds/{_part(hold_id)}"

    @staticmethod
    def booking(booking: str) -> str:
        """Every hold of one booking (DELETE: cancel them)."""
        return f"{API_PREFIX}/bookings/{_part(booking)}"

    @staticmethod
    def ticket(ticket_id: int | str, action: str) -> str:
        """A queue ticket's ``call``, ``skip``, ``cancel`` or ``serve`` (POST)."""
        return f"{API_PREFIX}/queue/{_part(ticket_id)}/{action}"

    #: Staff: workshops (GET: list, POST: a new one with its dates), kiosk/protocol/workshops.py,
    #: and the city's list of workshop themes.
    WORKSHOPS = f"{API_PREFIX}/workshops"
    CLASSES = f"{API_PREFIX}/classes"

    @staticmethod
    def class_(class_id: int | str, action: str | None = None) -> str:
        """One class (DELETE: end it), or one of its actions (``lock``, ``message`` ...)."""
        base = f"{API_PREFIX}/classes/{_part(class_id)}"
        return base if action is None else f"{base}/{_part(action)}"

    WORKSHOP_THEMES = f"{API_PREFIX}/workshop-themes"

    @staticmethod
    def workshop(workshop_id: int | str, *parts: int | str) -> str:
        """One workshop (GET, PATCH, DELETE: cancel), or one of its parts: ``registrations``
        (GET, POST), ``registrations/{id}`` (DELETE), ``attendance`` (GET, POST: a tick),
        ``dates/{id}`` (DELETE: cancel one date), ``sheet.pdf`` (GET: the attendance sheet),
        ``registrations/{id}/certificate.pdf`` (GET: a participant's certificate)."""
        tail = "".join(f"/{_part(p)}" for p in parts)
        return f"{API_PREFIX}/workshops/{_part(workshop_id)}{tail}"

    @staticmethod
    def workshop_theme(code: str) -> str:
        """One theme (PUT: add or rename, DELETE: remove an unused one)."""
        return f"{API_PREFIX}/workshop-themes/{_part(code)}"

    @staticmethod
    def station_apps(station: str) -> str:
        """A station's app restriction (allowlist or denylist)."""
        return f"{API_PREFIX}/station-admin/{_part(station)}/apps"

    @staticmethod
    def session_apps(session_id: str) -> str:
        """Seconds of use per app of one session."""
        return f"{API_PREFIX}/sessions/{_part(session_id)}/apps"
