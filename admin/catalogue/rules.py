"""Which apps a visitor gets on a station: the pure rule, without a database.

Profiles are chosen from the first tier that has any, in this order:

1. the visitor's own profiles (the school case: each pupil or teacher gets theirs);
2. their category's profiles at the station's site (a site may give youth another set);
3. their category's city-wide profiles;
4. the default profiles (category ``*``) at the site, then city-wide.

The apps are the union of the chosen profiles' apps, then filtered by the station's
restriction: an allowlist keeps only its apps, a denylist drops its apps. No profile at all
means no app: a catalogue nobody configured opens nothing (fail closed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from kiosk.protocol.limits import DEFAULT_CATEGORY as DEFAULT_CATEGORY  # its one definition

#: The category of the default profiles.


class Tier(StrEnum):
    """Where a visitor's profiles came from (shown by ``epn app preview``)."""

    VISITOR = "visitor"
    SITE_CATEGORY = "site category"
    CITY_CATEGORY = "city category"
    SITE_DEFAULT = "site default"
    CITY_DEFAULT = "city default"
    NONE = "none"


@dataclass(frozen=True)
class Assignment:
    """A profile given to a category, at one site or city-wide (``site_id`` None)."""

    profile: str
    category: str
    site_id: int | None = None


@dataclass(frozen=True)
class Restriction:
    mode: Literal["allow", "deny"]
    apps: frozenset[str]

    def permits(self, app_id: str) -> bool:
        return (app_id in self.apps) == (self.mode == "allow")


@dataclass(frozen=True)
class Choice:
    tier: Tier
    profiles: tuple[str, ...]


def choose_profiles(
    own: Iterable[str], category: str, site_id: int, assignments: Iterable[Assignment]
) -> Choice:
    """The profiles that apply to a visitor of ``category`` at ``site_id``, and their tier."""
    own = sorted(set(own))
    if own:
        return Choice(Tier.VISITOR, tuple(own))
    rows = list(assignments)
    tiers = (
        (Tier.SITE_CATEGORY, category, site_id),
        (Tier.CITY_CATEGORY, category, None),
        (Tier.SITE_DEFAULT, DEFAULT_CATEGORY, site_id),
        (Tier.CITY_DEFAULT, DEFAULT_CATEGORY, None),
    )
    for tier, wanted_category, wanted_site in tiers:
        found = sorted(
            {a.profile for a in rows if a.category == wanted_category and a.site_id == wanted_site}
        )
        if found:
            return Choice(tier, tuple(found))
    return Choice(Tier.NONE, ())


def resolve_apps(
    profiles: Sequence[str],
    profile_apps: Mapping[str, Sequence[str]],
    restriction: Restriction | None = None,
) -> list[str]:
    """App ids of ``profiles`` in profile order, each once, that the station permits."""
    seen: dict[str, None] = {}
    for profile in profiles:
        for app_id in profile_apps.get(profile, ()):
            if restriction is None or restriction.permits(app_id):
                seen.setdefault(app_id, None)
    return list(seen)
