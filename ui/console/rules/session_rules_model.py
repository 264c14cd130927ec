"""What the session rules grid shows: per category, the warnings and automatic extension that
apply, and where each value comes from.

Plain Python (no Qt), so the lookup order is tested on its own. Unlike the allowances, where a
whole row applies, each value falls through on its own (a group of one field in
:func:`ui.console.rules.lookup.resolve`, as :func:`admin.rules.session_rules.resolve` does), down to
the server's defaults. A site may so change only its warnings and keep the city's extension.

The warnings are typed as minutes, or seconds with an "s": ``"5, 1, 30 s"``.
:func:`parse_warnings` raises :class:`WarningsError` with one of its ``reason`` values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kiosk.protocol.limits import DEFAULT_CATEGORY, MAX_WARNING_SECONDS, MAX_WARNINGS
from kiosk.protocol.rules import SessionRuleChange, SessionRuleRow
from ui.console.rules import lookup
from ui.console.rules.lookup import Source

WARNINGS = "warning_seconds"
MINUTES = "extend_minutes"
TIMES = "extend_times"
FIELDS = (WARNINGS, MINUTES, TIMES)
EXTENSION = (MINUTES, TIMES)
#: The former "at least K other computers free" of automatic extension: the server no longer
#: reads it (extension is off while anybody waits in the site's queue); a row's old value is
#: kept as it is when the row is saved again, never shown nor asked for.
OLD_MIN_FREE = "extend_min_free"


@dataclass(frozen=True)
class RuleValues:
    """The values one row sets; None: not set by this row (it falls through)."""

    warning_seconds: tuple[int, ...] | None = None
    extend_minutes: int | None = None
    extend_times: int | None = None
    #: Not one of FIELDS: only carried back to the server as it was (see OLD_MIN_FREE).
    extend_min_free: int | None = field(default=None, compare=False)

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
    found = lookup.resolve(category, site_id, by_key, [(name,) for name in FIELDS])
    fallback = RuleValues.of(defaults)
    values = {name: found.get(name, (fallback.get(name), Source.DEFAULT)) for name in FIELDS}
    return Applied(
        **{name: value for name, (value, _) in values.items()},  # type: ignore[arg-type]
        sources={name: source for name, (_, source) in values.items()},
    )


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
