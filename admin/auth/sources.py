"""Sign-in sources: who may vouch for a card and PIN besides the server's own visitor list.

The server config file (``/etc/epn-kiosk/server.toml``) names the sources and, per site, the
order they are tried in (``local`` is the server's own visitors, always first when listed)::

    [auth.sites]
    "Riches Claires" = ["local", "library"]

    [auth.sources.library]
    kind = "sip2"            # admin/auth/sip2.py
    host = "ils.example"
    login_password = "..."   # a secret: never logged, shown masked (:func:`masked`)

    [auth.sources.schools]
    kind = "ldap"            # admin/auth/ldap.py

A source answers one :class:`Answer` for a card and PIN: what it said (its fields, for
``epn auth test``), and either the account it vouches for (:class:`Account`) or a
:class:`Reason` it refused. The station's sign-in (admin/stations/link.py) turns that into a
visitor (created on the first successful sign-in, ``visitors.source`` naming the source) or a
refusal; :class:`SourceStats` counts sign-ins and failures per source (``epn auth stats``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from admin.auth.kinds import (
    LOCAL,
    MASK,
    SECRET_KEYS,
    Account,
    Answer,
    AuthConfigError,
    Reason,
    Settings,
    Source,
)
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store

log = logging.getLogger("epn.server.auth")

# the shared types, still reachable here where callers have always found them
__all__ = [
    "LOCAL",
    "MASK",
    "SECRET_KEYS",
    "Account",
    "Answer",
    "AuthConfigError",
    "Reason",
    "Settings",
    "Source",
]


#: Each kind's constructor from its settings (filled by the modules of the kinds).
Factory = Callable[[Settings], Source]


def _factories() -> dict[str, Factory]:
    from admin.auth import ldap, sip2  # the kinds' libraries load only when configured

    return {"sip2": sip2.Sip2Source.from_settings, "ldap": ldap.LdapSource.from_settings}


@dataclass
class AuthConfig:
    """The sources and, per site name, their order (``local`` for the server's own list)."""

    sources: dict[str, Source] = field(default_factory=dict)
    orders: dict[str, list[str]] = field(default_factory=dict)
    #: The config's tables as written, for :func:`masked`.
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)

    def order(self, site: str) -> list[str]:
        """The site's order; a site the config does not name signs in its own visitors only."""
        return self.orders.get(site, [LOCAL])

    def external(self, site: str) -> list[Source]:
        return [self.sources[name] for name in self.order(site) if name != LOCAL]

    def allows(self, site: str, source: str) -> bool:
        return source in self.order(site)

    def close(self) -> None:
        for source in self.sources.values():
            source.close()


def parse_auth(
    table: Mapping[str, Any], factories: Mapping[str, Factory] | None = None
) -> AuthConfig:
    """The ``[auth]`` table of the server config, checked; sources built but not connected."""
    unknown = sorted(set(table) - {"sites", "sources"})
    if unknown:
        raise AuthConfigError(f"[auth] {unknown[0]}: unknown key (known: sites, sources)")
    kinds = dict(factories) if factories is not None else _factories()
    config = AuthConfig()
    sources = table.get("sources", {})
    if not isinstance(sources, dict):
        raise AuthConfigError("[auth.sources] must be a table")
    for name, body in sources.items():
        if name == LOCAL or not isinstance(body, dict):
            raise AuthConfigError(f"[auth.sources.{name}]: must be a table, not named {LOCAL!r}")
        kind = body.get("kind")
        if kind not in kinds:
            raise AuthConfigError(
                f"[auth.sources.{name}] kind: must be one of {', '.join(sorted(kinds))}"
            )
        settings = Settings(name, body)
        config.sources[name] = kinds[kind](settings)
        settings.finish()
        config.raw[name] = dict(body)
    sites = table.get("sites", {})
    if not isinstance(sites, dict):
        raise AuthConfigError("[auth.sites] must be a table")
    for site, order in sites.items():
        if not isinstance(order, list) or not order or not all(isinstance(n, str) for n in order):
            raise AuthConfigError(f"[auth.sites] {site}: must be a list of source names")
        for name in order:
            if name != LOCAL and name not in config.sources:
                raise AuthConfigError(f"[auth.sites] {site}: no source named {name!r}")
        if len(set(order)) != len(order):
            raise AuthConfigError(f"[auth.sites] {site}: a source is listed twice")
        config.orders[site] = list(order)
    return config


def load_auth(path: Path) -> AuthConfig:
    """The ``[auth]`` table of the server config file at ``path`` (none: local only)."""
    from admin.cli.server_config import ServerConfigError, read_config

    try:
        data = read_config(path)
    except ServerConfigError as exc:
        raise AuthConfigError(str(exc)) from None
    table = data.get("auth", {})
    if not isinstance(table, dict):
        raise AuthConfigError(f"server config {path}: [auth] must be a table")
    try:
        return parse_auth(table)
    except AuthConfigError as exc:
        raise AuthConfigError(f"server config {path}: {exc}") from None


def masked(config: AuthConfig) -> dict[str, Any]:
    """What staff may read of the config: every setting, the secrets masked."""
    return {
        "sites": {site: list(order) for site, order in sorted(config.orders.items())},
        "sources": {
            name: {
                key: (MASK if key in SECRET_KEYS and value else value)
                for key, value in sorted(table.items())
            }
            for name, table in sorted(config.raw.items())
        },
    }


# --- what happened, per source -------------------------------------------------------------


#: Outcomes counted per source: a sign-in, or the refusal's reason.
SIGNED_IN = "signed_in"


class SourceStats:
    """Sign-ins and failures per source, kept in the ``auth_source_stats`` table (m032)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def count(self, source: str, outcome: str) -> None:
        at = to_iso(self._clock())
        self._store.write(lambda db: record(db, source, outcome, at))

    def summary(self) -> list[dict[str, Any]]:
        return self._store.read(
            lambda db: list(
                db.query(
                    "SELECT source, outcome, count, last_at FROM auth_source_stats"
                    " ORDER BY source, outcome"
                )
            )
        )


def record(db: Database, source: str, outcome: str, at: str) -> None:
    db.execute(
        "INSERT INTO auth_source_stats (source, outcome, count, last_at) VALUES (?, ?, 1, ?)"
        " ON CONFLICT (source, outcome) DO UPDATE SET count = count + 1, last_at = excluded.last_at",
        [source, outcome, at],
    )


def ask_in_order(sources: Sequence[Source], identifier: str, pin: str) -> list[Answer]:
    """Each source's answer, in order, up to the first that knows the card.

    A source that does not know the card, or does not answer, passes to the next one; the
    caller decides from the last answer (and whether any source was unreachable).
    """
    answers = []
    for source in sources:
        answer = source.check(identifier, pin)
        answers.append(answer)
        if answer.reason not in (Reason.UNKNOWN, Reason.UNREACHABLE):
            break
    return answers
