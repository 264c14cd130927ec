"""The public feeds for the City's website: what ``/public/v1/…`` answers, field by field.

Read-only, no login, never a name, a card or who sits where: counts, hours and workshops.
Times are ISO 8601 with their UTC offset; ``hours_today`` and a day's ``hours`` are the site's
local wall-clock intervals (``09:00-12:30``). Texts staff write per language come as an object
``{"fr": …, "nl": …, "en": …}`` holding the languages they were written in.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class PublicCalled(BaseModel):
    number: int = Field(description="the queue number called now")
    computer: str = Field(description="the PC it is called to (its public name)")


class PublicRoom(BaseModel):
    """The room now, in counts only."""

    computers: int = Field(description="the site's PCs in service (enabled)")
    free: int = Field(description="PCs online, nobody signed in and not reserved now")
    in_use: int = Field(description="PCs with someone signed in")
    held: int = Field(description="PCs reserved now (a booking, a workshop, the queue)")
    offline: int = Field(description="PCs the server has not heard from for 30 s")


class PublicWorkshopDate(BaseModel):
    """One planned date of a workshop to come."""

    workshop_id: int
    date_id: int = Field(description="the date's id (stable: the iCalendar UID uses it)")
    kind: str = Field(description="initiation, training, workshop or course")
    title: dict[str, str] = Field(description="the title per language written")
    theme: dict[str, str] = Field(description="the theme's label per language")
    level: str = Field(description="beginner, intermediate, advanced or all")
    language: str = Field(description="the language it is given in (ISO 639-1)")
    starts: str = Field(description="start, ISO 8601 with offset")
    ends: str = Field(description="end, ISO 8601 with offset")
    places: int = Field(description="its capacity")
    places_left: int = Field(description="places not yet taken (never below 0)")
    animateur: str | None = Field(
        default=None, description="who gives it, only where the site chose to show it"
    )


class PublicSite(BaseModel):
    """One site of the network (``/public/v1/sites.json``)."""

    id: int
    name: str
    timezone: str = Field(description="IANA zone of the site's hours")
    address: str | None = None
    postcode: str | None = None
    commune: str | None = None
    open_now: bool
    closes_at: str | None = Field(default=None, description="when open: when it closes")
    next_opening: str | None = Field(default=None, description="when closed: when it opens")
    hours_today: list[str] = Field(description="today's local intervals; empty when closed")
    free: int = Field(description="PCs free now")
    computers: int = Field(description="the site's PCs in service")
    waiting: int = Field(description="queue tickets waiting")
    expected_wait_minutes: int | None = Field(
        default=None, description="a newcomer's expected wait; null when nobody waits"
    )
    workshops: list[PublicWorkshopDate] = Field(
        description="the next planned workshop dates (at most 3) with places left"
    )


class PublicNetwork(BaseModel):
    generated_at: str = Field(description="when these figures were computed")
    sites: list[PublicSite]


class PublicAvailability(BaseModel):
    """One site now (``/public/v1/sites/{id}/availability.json``)."""

    id: int
    name: str
    generated_at: str
    open_now: bool
    closes_at: str | None = None
    next_opening: str | None = None
    room: PublicRoom
    waiting: int
    expected_wait_minutes: int | None = None
    called: list[PublicCalled] = Field(description="queue numbers called now and their PC")
