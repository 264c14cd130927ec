"""Which row of a rules table applies, for the allowances and the session rules alike.

Plain Python (no Qt). The lookup order is the server's (:func:`kiosk.protocol.rules.limits_for`,
:func:`admin.rules.session_rules.resolve`): the site's row for the category, the city's row for it,
the site's '*' row, the city's '*' row, then nothing (an allowance) or the server's defaults
(a session rule). What is looked up together is a *group* of fields: an allowance row applies
whole (one group of three minutes), each session-rule value falls through on its own (a group
of one field each).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from kiosk.protocol.limits import DEFAULT_CATEGORY

#: A row of a rules table by (site id or None for city-wide, category): its fields as attributes.
Rows = Mapping[tuple[int | None, str], Any]


class Source(Enum):
    """Where a value comes from, most specific first."""

    SITE = "site"  # this site's row for the category
    CITY = "city"  # the city-wide row for the category
    SITE_ALL = "site-all"  # this site's '*' row
    CITY_ALL = "city-all"  # the city-wide '*' row
    DEFAULT = "default"  # no row sets it: the server's defaults, or nothing at all

    @property
    def at_site(self) -> bool:
        return self in (Source.SITE, Source.SITE_ALL)


def lookup_order(category: str, site_id: int | None) -> list[tuple[tuple[int | None, str], Source]]:
    """The rows looked at, most specific first; city-wide (``site_id`` None) only the city's."""
    order = [
        ((site_id, category), Source.SITE),
        ((None, category), Source.CITY),
        ((site_id, DEFAULT_CATEGORY), Source.SITE_ALL),
        ((None, DEFAULT_CATEGORY), Source.CITY_ALL),
    ]
    if site_id is None:
        order = [entry for entry in order if not entry[1].at_site]
    return order


def resolve(
    category: str, site_id: int | None, rows: Rows, groups: Sequence[Sequence[str]]
) -> dict[str, tuple[Any, Source]]:
    """Per field, its value and the row it comes from: each group of fields from the first row
    that sets them all. A field no row sets is missing (the caller knows what then applies)."""
    found: dict[str, tuple[Any, Source]] = {}
    for key, source in lookup_order(category, site_id):
        row = rows.get(key)
        if row is None:
            continue
        for group in groups:
            if group[0] in found:
                continue
            values = [getattr(row, name) for name in group]
            if all(value is not None for value in values):
                found.update(
                    (name, (value, source)) for name, value in zip(group, values, strict=True)
                )
    return found
