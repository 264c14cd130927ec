"""The JSON feeds drawn from a :class:`~admin.public.views.NetworkView` (the snapshot): the
network and one site's availability, as the models of :mod:`kiosk.protocol.public` say.

Pure: the same view gives the same bytes (their ETag), made once per view by the cache.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from admin.public.views import NetworkView, PublicWorkshop, SiteView
from kiosk.protocol.hours_text import Interval, format_day
from kiosk.protocol.public import (
    PublicAvailability,
    PublicCalled,
    PublicNetwork,
    PublicRoom,
    PublicSite,
    PublicWorkshopDate,
)

#: The workshop dates a site carries in the network feed.
NETWORK_WORKSHOPS = 3


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def hours_text(site: SiteView) -> list[str]:
    """Today's local intervals as text (``09:00-12:30``)."""
    return format_day(tuple(Interval(opens, closes) for opens, closes in site.today.spans))


def workshop_date(site: SiteView, workshop: PublicWorkshop) -> PublicWorkshopDate:
    local = ZoneInfo(site.timezone)
    return PublicWorkshopDate(
        workshop_id=workshop.id,
        date_id=workshop.date_id,
        kind=workshop.kind,
        title=dict(workshop.title),
        theme=dict(workshop.theme),
        level=workshop.level,
        language=workshop.language,
        starts=workshop.starts.astimezone(local).isoformat(),
        ends=workshop.ends.astimezone(local).isoformat(),
        places=workshop.places,
        places_left=workshop.places_left,
        animateur=workshop.animateur,
    )


def network(view: NetworkView) -> bytes:
    """``/public/v1/sites.json``."""
    return (
        PublicNetwork(
            generated_at=view.generated_at.isoformat(),
            sites=[
                PublicSite(
                    id=site.id,
                    name=site.name,
                    timezone=site.timezone,
                    address=site.profile.address,
                    postcode=site.profile.postcode,
                    commune=site.profile.commune,
                    open_now=site.open_now,
                    closes_at=iso(site.closes_at),
                    next_opening=iso(site.next_opening),
                    hours_today=hours_text(site),
                    free=site.room.free,
                    computers=site.room.computers,
                    waiting=site.room.waiting,
                    expected_wait_minutes=site.room.expected_wait_minutes,
                    workshops=[workshop_date(site, w) for w in site.workshops[:NETWORK_WORKSHOPS]],
                )
                for site in view.sites
            ],
        )
        .model_dump_json()
        .encode()
    )


def availability(view: NetworkView, site: SiteView) -> bytes:
    """``/public/v1/sites/{id}/availability.json``."""
    room = site.room
    return (
        PublicAvailability(
            id=site.id,
            name=site.name,
            generated_at=view.generated_at.isoformat(),
            open_now=site.open_now,
            closes_at=iso(site.closes_at),
            next_opening=iso(site.next_opening),
            room=PublicRoom(
                computers=room.computers,
                free=room.free,
                in_use=room.in_use,
                held=room.held,
                offline=room.offline,
            ),
            waiting=room.waiting,
            expected_wait_minutes=room.expected_wait_minutes,
            called=[PublicCalled(number=c.number, computer=c.computer) for c in room.called],
        )
        .model_dump_json()
        .encode()
    )
