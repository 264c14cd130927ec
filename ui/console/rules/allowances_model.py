"""What the allowances grid shows: per category, the minutes that apply and where they come from.

Plain Python (no Qt), so the lookup order is tested on its own. A row applies whole: its three
minutes are one group of :func:`ui.console.rules.lookup.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.protocol.limits import DEFAULT_CATEGORY
from kiosk.protocol.rules import Limits, PolicyRow
from ui.console.rules.lookup import Rows, Source, resolve

MINUTES = ("session_minutes", "daily_minutes", "weekly_minutes")


@dataclass(frozen=True)
class Allowance:
    category: str
    #: None with :attr:`Source.DEFAULT`: no row at all (a database without the '*' row).
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


def lookup(category: str, site_id: int | None, rows: Rows) -> tuple[Limits | None, Source]:
    found = resolve(category, site_id, rows, [MINUTES])
    if not found:
        return None, Source.DEFAULT
    return Limits(*(found[name][0] for name in MINUTES)), found[MINUTES[0]][1]


def allowances(
    rows: list[PolicyRow], categories: list[str], site_id: int | None
) -> list[Allowance]:
    """One line per category ('*' first, then by name), for the city or for ``site_id``."""
    by_key = {
        (row.site_id, row.category): limits_of(row)
        for row in rows
        if row.site_id is None or row.site_id == site_id
    }
    names = set(categories) | {category for _, category in by_key}
    names.discard(DEFAULT_CATEGORY)
    result = []
    for category in [DEFAULT_CATEGORY, *sorted(names)]:
        limits, source = lookup(category, site_id, by_key)
        city, _ = lookup(category, None, by_key)
        result.append(Allowance(category, limits, source, city))
    return result
