"""What staff look back on: the audit log, the sign-in limits in force, statistics."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

# --- audit log ------------------------------------------------------------------------------------


class AuditEntry(BaseModel):
    id: int
    at: str
    staff: str | None = None  # username; None for the admin CLI and the system
    action: str
    target: str
    site_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class AuditList(BaseModel):
    """Newest first; at most ``limit`` entries."""

    entries: list[AuditEntry]


# --- lockouts: limits on failed sign-ins ----------------------------------------------------------


class LockoutKind(StrEnum):
    """What a limit counts (docs/ARCHITECTURE.md, "Lockouts")."""

    VISITOR_PIN = "visitor_pin"  # wrong PINs of a card at one station
    VISITOR_CARD = "visitor_card"  # wrong PINs of a card at every station (slowed)
    STATION_PROBE = "station_probe"  # attempts proving no card at one station
    STAFF_LOGIN = "staff_login"  # console logins of an account from one address
    STAFF_ADDRESS = "staff_address"  # console logins of any account from one address
    STATION_STAFF = "station_staff"  # staff sign-ins at one station's staff panel
    ENROLMENT = "enrolment"  # enrolment codes from one address


class LockoutInfo(BaseModel):
    """One limit: what it holds back (masked), how many failures, until when."""

    id: int
    kind: LockoutKind
    #: The card, masked (``••••1234``): cards are stored as digests.
    card: str | None = None
    #: The staff account, when it exists (admins only); None for an unknown username.
    account: str | None = None
    station: str | None = None
    site: str | None = None
    #: The client address (staff logins and enrolment; admins only).
    address: str | None = None
    failures: int
    last_failure_at: str
    blocked_until: str | None = None
    #: Seconds before the next attempt is allowed; 0 when it is allowed now.
    retry_after_seconds: int = 0


class LockoutList(BaseModel):
    """The limits that make someone wait now (or every counter), longest wait first."""

    lockouts: list[LockoutInfo]


# --- statistics -----------------------------------------------------------------------------------

#: today, this week (Monday first), this month, or explicit first and last dates ("custom");
#: always local calendar days of the site.
StatsPeriod = Literal["today", "week", "month", "custom"]


class StatsBreakdown(BaseModel):
    """The figures of one group of sessions: a visitor category, an age band or a site.

    ``key`` None: the visitors' age band is not recorded.
    """

    key: str | None
    sessions: int
    seconds: int
    visitors: int


class StatsReport(BaseModel):
    """Usage of one site (or all the member's sites) over a period of local days.

    Sessions, seconds and visitors count the sessions that started in the period (a session's
    whole usage counts on its start day, as in the ledger). Occupancy (``by_hour``,
    ``heat_map``) is station time in use: each session's span, start to end (an active one:
    now), split over the local hours it covered, clipped to the period; ``capacity`` is the
    station time each cell offered so far (stations × opening hours elapsed), so
    ``heat_map[d][h] / capacity[d][h]`` is the occupancy rate (0 capacity: closed). Cells
    are [weekday 0 = Monday][local hour], in seconds.
    """

    period: StatsPeriod
    start: str  # first local day, YYYY-MM-DD
    end: str  # last local day, inclusive
    timezone: str
    site_id: int | None = None  # None: every site of the member
    site_name: str | None = None
    generated_at: str
    sessions: int
    seconds_used: int
    unique_visitors: int
    stations: int
    by_site: list[StatsBreakdown] = Field(default_factory=list)
    by_category: list[StatsBreakdown] = Field(default_factory=list)
    by_age_band: list[StatsBreakdown] = Field(default_factory=list)
    by_hour: list[int] = Field(min_length=24, max_length=24)
    heat_map: list[list[int]] = Field(min_length=7, max_length=7)
    capacity: list[list[int]] = Field(min_length=7, max_length=7)


class SignInSources(BaseModel):
    """The server config's sign-in sources, read-only: each site's order (``local``: the
    server's own visitors) and each source's settings, its secrets masked."""

    sites: dict[str, list[str]]
    sources: dict[str, dict[str, Any]]


class SignInSourceCount(BaseModel):
    source: str
    #: "signed_in", or a refusal's reason: card_unknown, pin_wrong, card_expired,
    #: card_blocked, fines_due, unreachable
    outcome: str
    count: int
    last_at: str


class SignInSourceStats(BaseModel):
    counts: list[SignInSourceCount]


# --- the label report's files ---------------------------------------------------------------------

#: The label report's formats and the suffix of each one's file (csv: a ZIP of CSV files).
LABEL_SUFFIXES = {"pdf": ".pdf", "csv": ".zip", "xlsx": ".xlsx"}


def label_file_name(period: str, site: str | None, file_format: str) -> str:
    """``epn-label-2026-Q3-epn-laeken.pdf``: the period and the site (None: the network). The
    server's download name and the console's suggestion in its save dialog."""
    where = re.sub(r"[^a-z0-9]+", "-", (site or "network").lower()).strip("-") or "site"
    return f"epn-label-{period.replace('/', '_')}-{where}{LABEL_SUFFIXES[file_format]}"
