"""What the allowances grid shows: per category, the minutes that apply and where they come from.

Plain Python (no Qt), so the lookup order is tested on its own. It is the order of
:func:`kiosk.protocol.rules.limits_for`: the site's row for the category, the city's row for it, the
site's '*' row, then the city's '*' row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.protocol.limits import DEFAULT_CATEGORY
from kiosk.protocol.rules import Limits, PolicyRow


class Source(Enum):
    """Where the minutes of a row come from."""

    SITE = "site"  # this site's own row for the category
    CITY = "city"  # the city-wide row for the category
    SITE_DEFAULT = "site-default"  # this site's '*' row
    CITY_DEFAULT = "city-default"  # the city-wide '*' row
    NONE = "none"  # nothing at all (a database without the '*' row)


@dataclass(frozen=True)
class Allowance:
    category: str
    limits: Limits | None
    source: Source
    #: What the city alone gives this category (shown next to a site's own row).
    city: Limits | None

    @property
    def own(self) -> bool:
        """True when the row is the scope's own (a site's override, or a city-wide row)."""
        return self.source in (Source.SITE, Source.CITY) and self.limits is not None


def limits_of(row: PolicyRow) -> Limits:
    return Limits(row.session_minutes, row.daily_minutes, row.weekly_minutes)


def city_limits(category: str, city: dict[str, Limits]) -> tuple[Limits | None, Source]:
    if category in city:
        return city[category], Source.CITY
    if DEFAULT_CATEGORY in city:
        return city[DEFAULT_CATEGORY], Source.CITY_DEFAULT
    return None, Source.NONE


def allowances(
    rows: list[PolicyRow], categories: list[str], site_id: int | None
) -> list[Allowance]:
    """One line per category ('*' first, then by name), for the city or for ``site_id``."""
    city = {row.category: limits_of(row) for row in rows if row.site_id is None}
    site = {
        row.category: limits_of(row)
        for row in rows
        if site_id is not None and row.site_id == site_id
    }
    names = set(categories) | set(city) | set(site)
    names.discard(DEFAULT_CATEGORY)
    result = []
    for category in [DEFAULT_CATEGORY, *sorted(names)]:
        from_city, city_source = city_limits(category, city)
        if category in site:
            limits, source = site[category], Source.SITE
        elif city_source == Source.CITY or site_id is None:
            limits, source = from_city, city_source
        elif DEFAULT_CATEGORY in site:
            limits, source = site[DEFAULT_CATEGORY], Source.SITE_DEFAULT
        else:
            limits, source = from_city, city_source
        result.append(Allowance(category, limits, source, from_city))
    return result
