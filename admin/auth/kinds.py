"""What every kind of sign-in source shares: the answer a source gives for a card and PIN
(:class:`Answer`: an :class:`Account` it vouches for, or a :class:`Reason`), the protocol of a
source, and its settings' checked reader. Imported by :mod:`admin.auth.sources` (the registry)
and by each kind (:mod:`admin.auth.sip2`, :mod:`admin.auth.ldap`), which the registry loads
only when configured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

#: The server's own visitor list, the one source no config has to declare.
LOCAL = "local"
#: Setting names whose values are secrets: never logged, never returned, shown masked.
SECRET_KEYS = frozenset({"login_password", "bind_password", "password"})
MASK = "********"


class AuthConfigError(ValueError):
    """The ``[auth]`` part of the server config cannot be used; the message names the key."""


class Reason(StrEnum):
    """Why a source did not vouch for a card (``epn auth test`` prints it as is)."""

    UNKNOWN = "card_unknown"  # the source does not know the card: the next source is asked
    PIN_WRONG = "pin_wrong"
    EXPIRED = "card_expired"
    BLOCKED = "card_blocked"  # blocked, lost, charge privileges denied, account disabled
    FINES = "fines_due"
    UNREACHABLE = "unreachable"  # the source did not answer (down, slow, malformed, TLS)


@dataclass(frozen=True)
class Account:
    """Who a source vouches for: only what the visitor row needs."""

    identifier: str
    category: str
    profile: str | None = None
    display_name: str | None = None  # only when the site's config allows it
    birth_year: int | None = None  # statistics, only when allowed
    postcode: str | None = None


@dataclass(frozen=True)
class Answer:
    source: str
    kind: str
    account: Account | None = None
    reason: Reason | None = None
    #: What the source said, for people (``epn auth test``): never a PIN or password.
    fields: dict[str, Any] = field(default_factory=dict)
    #: For the refusal: FINES_DUE's ``amount`` and ``currency``, CARD_EXPIRED's ``until``.
    details: dict[str, Any] = field(default_factory=dict)


class Source(Protocol):
    name: str
    kind: str

    def check(self, identifier: str, pin: str) -> Answer:
        """What the source answers for this card and PIN; never raises for the source's faults."""
        ...

    def close(self) -> None: ...


def _str(path: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise AuthConfigError(f"{path} {key}: must be a string (got {value!r})")
    return value


class Settings:
    """One source's table of the config, read with checks that name the key."""

    def __init__(self, name: str, table: Mapping[str, Any]) -> None:
        self.name = name
        self.table = dict(table)
        self._used: set[str] = {"kind"}
        self.where = f"[auth.sources.{name}]"

    def text(self, key: str, default: str | None = None) -> str | None:
        self._used.add(key)
        value = self.table.get(key, default)
        return None if value is None else _str(self.where, key, value)

    def required(self, key: str) -> str:
        value = self.text(key)
        if not value:
            raise AuthConfigError(f"{self.where} {key}: required")
        return value

    def number(self, key: str, default: float) -> float:
        self._used.add(key)
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise AuthConfigError(f"{self.where} {key}: must be a positive number (got {value!r})")
        return float(value)

    def flag(self, key: str, default: bool = False) -> bool:
        self._used.add(key)
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise AuthConfigError(f"{self.where} {key}: must be true or false (got {value!r})")
        return value

    def mapping(self, key: str) -> dict[str, str]:
        self._used.add(key)
        value = self.table.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise AuthConfigError(f"{self.where} {key}: must be a table of strings")
        return {str(k): v for k, v in value.items()}

    def rules(self, key: str) -> list[dict[str, str]]:
        self._used.add(key)
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, dict) and all(isinstance(v, str) for v in item.values())
            for item in value
        ):
            raise AuthConfigError(f"{self.where} {key}: must be a list of tables of strings")
        return [dict(item) for item in value]

    def finish(self) -> None:
        unknown = sorted(set(self.table) - self._used)
        if unknown:
            raise AuthConfigError(f"{self.where} {unknown[0]}: unknown key")
