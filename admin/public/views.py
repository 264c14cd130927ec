"""What citizens may see of the network, as plain frozen values: the contract between the
snapshot (built from the database once for all readers) and every page and feed drawn from it.

Nothing here names a visitor, a card, a PIN or who sits at which PC; a workshop's animateur is
named only where the site's public settings say so. Times are aware datetimes; a day's opening
spans are minutes from the site's local midnight. Texts that staff write in several languages
are kept per language (``Texts``: "fr", "nl", "en" → text, a language missing when not written),
and the page picks the reader's language with a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

#: A text in the languages staff wrote it in: "fr", "nl", "en" → text.
Texts = Mapping[str, str]


@dataclass(frozen=True)
class DayHours:
    """One local day of a site: its opening spans (minutes from local midnight, in order; empty
    when closed), the reason of a closed date when staff gave one, and whether the day has
    exceptional hours (differs from the usual week)."""

    day: date
    spans: tuple[tuple[int, int], ...]
    closed_reason: str | None = None
    special: bool = False


@dataclass(frozen=True)
class CalledNumber:
    """A queue number called now and the PC it is called to (the PC's public name)."""

    number: int
    computer: str


@dataclass(frozen=True)
class Room:
    """The room now, in counts only. ``computers`` are the site's enabled PCs; ``free`` are
    online, nobody signed in and not held (for a booking, a workshop or the queue);
    ``expected_wait_minutes`` is None when nobody waits or no estimate can be made."""

    computers: int
    free: int
    in_use: int
    held: int
    offline: int
    waiting: int
    expected_wait_minutes: int | None
    called: tuple[CalledNumber, ...] = ()


@dataclass(frozen=True)
class PublicWorkshop:
    """A planned workshop date to come, with the places left (capacity − registered, never
    below 0). ``animateur`` is None unless the site shows animateurs' names."""

    id: int
    date_id: int
    kind: str  # initiation | training | workshop | course
    title: Texts
    description: Texts
    theme: Texts
    level: str  # beginner | intermediate | advanced | all
    language: str
    starts: datetime
    ends: datetime
    places: int
    places_left: int
    animateur: str | None = None


@dataclass(frozen=True)
class SiteProfile:
    """A site's public settings, as staff set them. ``colour`` is "#RRGGBB"; ``logo`` is the
    public URL path of the site's logo or None; ``how_to_register`` says how to register for
    workshops (at the desk, by phone…) per language."""

    enabled: bool = True
    address: str | None = None
    postcode: str | None = None
    commune: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    how_to_register: Texts | None = None
    logo: str | None = None
    colour: str = "#00528c"
    show_animateurs: bool = False


@dataclass(frozen=True)
class SiteView:
    """One site for the public: its settings, open now or not (with when it closes or opens
    next), today's hours and the next 7 local days (today first), the room and the workshop
    dates of the coming weeks (soonest first)."""

    id: int
    name: str
    timezone: str
    profile: SiteProfile
    open_now: bool
    closes_at: datetime | None
    next_opening: datetime | None
    week: tuple[DayHours, ...]
    room: Room
    workshops: tuple[PublicWorkshop, ...]

    @property
    def today(self) -> DayHours:
        return self.week[0]


@dataclass(frozen=True)
class NetworkView:
    """Every site whose public part is on, in name order, as of ``generated_at``."""

    generated_at: datetime
    sites: tuple[SiteView, ...]

    def site(self, site_id: int) -> SiteView | None:
        return next((s for s in self.sites if s.id == site_id), None)
