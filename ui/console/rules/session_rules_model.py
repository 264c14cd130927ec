"""What the session rules grid shows: per category, the warnings and automatic extension that
apply, and where each value comes from.

Plain Python (no Qt), so the lookup order is tested on its own. Unlike the allowances, where a
whole row applies, each value is looked up on its own (:func:`admin.rules.session_rules.resolve`):
the site's row for the category, the city's row for it, the site's '*' row, the city's '*'
row, then the server's defaults. A site may so change only its warnings and keep the city's
extension.

The warnings are typed as minutes, or seconds with an "s": ``"5, 1, 30 s"``.
:func:`parse_warnings` raises :class:`WarningsError` with one of its ``reason`` values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from kiosk.protocol.limits import DEFAULT_CATEGORY, MAX_WARNING_SECONDS, MAX_WARNINGS
from kiosk.protocol.rules import SessionRuleChange, SessionRuleRow

WARNINGS = "warning_seconds"
MINUTES = "extend_minutes"
TIMES = "extend_times"
MIN_FREE = "extend_min_free"
FIELDS = (WARNINGS, MINUTES, TIMES, MIN_FREE)
EXTENSION = (MINUTES, TIMES, MIN_FREE)


class Source(Enum):
    """Where a value comes from, most specific first."""

    SITE = "site"  # this site's row for the category
    CITY = "city"  # the city-wide row for the category
    SITE_ALL = "site-all"  # this site's '*' row
    CITY_ALL = "city-all"  # the city-wide '*' row
    DEFAULT = "default"  # no row sets it: the server's default

    @property
    def at_site(self) -> bool:
        return self in (Source.SITE, Source.SITE_ALL)


@dataclass(frozen=True)
class RuleValues:
    """The values one row sets; None: not set by this row (it falls through)."""

    warning_seconds: tuple[int, ...] | None = None
    extend_minutes: int | None = None
    extend_times: int | None = None
    extend_min_free: int | None = None

    @classmethod
    def of(cls, row: SessionRuleRow) -> RuleValues:
        warnings = None if row.warning_seconds is None else tuple(row.warning_seconds)
        return cls(warnings, row.extend_minutes, row.extend_times, row.extend_min_free)

    def get(self, name: str) -> tuple[int, ...] | int | None:
        return getattr(self, name)

    @property
    def empty(self) -> bool:
        return all(self.get(name) is None for name in FIELDS)

    def change(self, site_id: int | None) -> SessionRuleChange:
        """The PUT body that replaces the row with these values."""
        warnings = None if self.warning_seconds is None else list(self.warning_seconds)
        return SessionRuleChange(
            site_id=site_id,
            warning_seconds=warnings,
            extend_minutes=self.extend_minutes,
            extend_times=self.extend_times,
            extend_min_free=self.extend_min_free,
        )


@dataclass(frozen=True)
class Applied:
    """Every value that applies, and where each comes from."""

    warning_seconds: tuple[int, ...]
    extend_minutes: int
    extend_times: int
    extend_min_free: int
    sources: dict[str, Source] = field(default_factory=dict, compare=False)

    @property
    def auto_extends(self) -> bool:
        return self.extend_minutes > 0 and self.extend_times > 0

    def extension_sources(self) -> list[Source]:
        """The sources of the values that decide the extension, most specific first: when
        it is off, those of the zero minutes or times only."""
        if self.auto_extends:
            names: Sequence[str] = EXTENSION
        else:
            names = [n for n in (MINUTES, TIMES) if getattr(self, n) == 0]
        return sorted({self.sources[n] for n in names}, key=list(Source).index)

    def over(self, values: RuleValues, source: Source) -> Applied:
        """What applies once a row of ``source`` sets ``values`` over these."""
        changes: dict[str, object] = {}
        sources = dict(self.sources)
        for name in FIELDS:
            value = values.get(name)
            if value is not None:
                changes[name] = value
                sources[name] = source
        return replace(self, **changes, sources=sources)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RuleLine:
    category: str
    applied: Applied
    #: The scope's own row for the category (the site's, or city-wide the city's), if any.
    own: RuleValues | None


def _keys(category: str, site_id: int | None) -> list[tuple[tuple[int | None, str], Source]]:
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
    category: str,
    site_id: int | None,
    rows: Sequence[SessionRuleRow],
    defaults: SessionRuleRow,
    *,
    without: tuple[int | None, str] | None = None,
) -> Applied:
    """What applies to ``category`` at ``site_id`` (None: city-wide); ``without``: as if that
    row (site, category) were not there (what a removal or an unset value falls back to)."""
    by_key = {
        (row.site_id, row.category): RuleValues.of(row)
        for row in rows
        if (row.site_id, row.category) != without
    }
    found: dict[str, object] = {}
    sources: dict[str, Source] = {}
    for key, source in _keys(category, site_id):
        values = by_key.get(key)
        if values is None:
            continue
        for name in FIELDS:
            if name not in found and values.get(name) is not None:
                found[name] = values.get(name)
                sources[name] = source
    fallback = RuleValues.of(defaults)
    for name in FIELDS:
        if name not in found:
            found[name] = fallback.get(name)
            sources[name] = Source.DEFAULT
    return Applied(**found, sources=sources)  # type: ignore[arg-type]


def rule_lines(
    rows: Sequence[SessionRuleRow],
    categories: Sequence[str],
    defaults: SessionRuleRow,
    site_id: int | None,
) -> list[RuleLine]:
    """One line per category ('*' first, then by name), for the city or for ``site_id``."""
    names = set(categories) | {row.category for row in rows}
    names.discard(DEFAULT_CATEGORY)
    own = {
        row.category: RuleValues.of(row)
        for row in rows
        if row.site_id == site_id and not RuleValues.of(row).empty
    }
    return [
        RuleLine(category, resolve(category, site_id, rows, defaults), own.get(category))
        for category in [DEFAULT_CATEGORY, *sorted(names)]
    ]


# --- the warnings as typed --------------------------------------------------------------------


class WarningsError(ValueError):
    """A warning that cannot be: ``reason`` is one of the constants below; ``part`` the text."""

    NOT_A_TIME = "not-a-time"
    TOO_SOON = "too-soon"  # 0: at the very end
    TOO_EARLY = "too-early"  # more than MAX_WARNING_SECONDS before the end
    TOO_MANY = "too-many"

    def __init__(self, reason: str, part: str = "") -> None:
        super().__init__(f"{reason}: {part!r}")
        self.reason = reason
        self.part = part


_PART = re.compile(r"^(\d{1,5})\s*(min|mn|m|sec|s)?$", re.IGNORECASE)


def parse_warnings(text: str) -> tuple[int, ...]:
    """'5, 1, 30 s' → (300, 60, 30): distinct seconds, largest first; '' → () (no warning)."""
    seconds = set()
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if not part:
            continue
        match = _PART.match(part)
        if match is None:
            raise WarningsError(WarningsError.NOT_A_TIME, part)
        number = int(match.group(1))
        value = number if (match.group(2) or "m").lower().startswith("s") else number * 60
        if value < 1:
            raise WarningsError(WarningsError.TOO_SOON, part)
        if value > MAX_WARNING_SECONDS:
            raise WarningsError(WarningsError.TOO_EARLY, part)
        seconds.add(value)
    if len(seconds) > MAX_WARNINGS:
        raise WarningsError(WarningsError.TOO_MANY, text)
    return tuple(sorted(seconds, reverse=True))


def warnings_input(seconds: Sequence[int]) -> str:
    """(300, 60, 30) → '5, 1, 30 s': what :func:`parse_warnings` reads back."""
    return ", ".join(str(s // 60) if s % 60 == 0 else f"{s} s" for s in seconds)
