"""Time allowances per category (policies), visitor categories and session rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kiosk.protocol.limits import (
    CATEGORY_PATTERN,
    DEFAULT_CATEGORY,
    MAX_DAILY_MINUTES,
    MAX_EXTEND_MIN_FREE,
    MAX_EXTEND_MINUTES,
    MAX_EXTEND_TIMES,
    MAX_SESSION_MINUTES,
    MAX_WARNING_SECONDS,
    MAX_WARNINGS,
    MAX_WEEKLY_MINUTES,
)

# --- allowances (policies) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """A category's allowances in minutes: one session, a day, an ISO week."""

    session_minutes: int
    daily_minutes: int
    weekly_minutes: int


def limits_for(
    category: str, policies: Mapping[str, Limits], site: Mapping[str, Limits] | None = None
) -> Limits:
    """The most specific row: the site's for the category, the city's for it, then the '*'s."""
    site = site or {}
    return (
        site.get(category)
        or policies.get(category)
        or site.get(DEFAULT_CATEGORY)
        or policies[DEFAULT_CATEGORY]
    )


class PolicyRow(BaseModel):
    """A category's allowances, city-wide (``site_id`` null) or one site's override."""

    category: str
    site_id: int | None = None
    session_minutes: int
    daily_minutes: int
    weekly_minutes: int


class PolicyList(BaseModel):
    policies: list[PolicyRow]


class PolicyChange(BaseModel):
    """New allowances for a category; ``site_id`` set: that site's override only."""

    session_minutes: int = Field(ge=0, le=MAX_SESSION_MINUTES)
    daily_minutes: int = Field(ge=0, le=MAX_DAILY_MINUTES)
    weekly_minutes: int = Field(ge=0, le=MAX_WEEKLY_MINUTES)
    site_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


# --- session rules --------------------------------------------------------------------------------


class SessionRuleRow(BaseModel):
    """A category's session rules, city-wide (``site_id`` null) or one site's ('*': every
    category without its own row). A null value is not set by this row: it falls through to
    the next less specific row, then to the defaults (see admin/rules/session_rules.py)."""

    category: str
    site_id: int | None = None
    #: Seconds before the end at which the visitor is warned, largest first.
    warning_seconds: list[int] | None = None
    #: Automatic extension: this many minutes more, at most ``extend_times`` times a session,
    #: only while ``extend_min_free`` other stations of the site are free.
    extend_minutes: int | None = None
    extend_times: int | None = None
    extend_min_free: int | None = None


class SessionRuleList(BaseModel):
    """City-wide rows, then the site's when asked; ``defaults`` is what applies when no row
    sets a value (its category is '*' and every value is set)."""

    rules: list[SessionRuleRow]
    defaults: SessionRuleRow


#: The values of a session rules row (JSON types): a change sets one at least
#: (admin/rules/session_rules.py).
SESSION_RULE_VALUES = {
    "warning_seconds": "array",
    "extend_minutes": "integer",
    "extend_times": "integer",
    "extend_min_free": "integer",
}


class SessionRuleChange(BaseModel):
    """The values of a category's row, replacing what the row held (null: not set here).

    One value at least is set (to clear a row, delete it); the schema says so (``anyOf``).
    """

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": kind}}}
                for name, kind in SESSION_RULE_VALUES.items()
            ]
        }
    )

    site_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    warning_seconds: list[Annotated[int, Field(ge=1, le=MAX_WARNING_SECONDS)]] | None = Field(
        default=None, max_length=MAX_WARNINGS
    )
    extend_minutes: int | None = Field(default=None, ge=0, le=MAX_EXTEND_MINUTES)
    extend_times: int | None = Field(default=None, ge=0, le=MAX_EXTEND_TIMES)
    extend_min_free: int | None = Field(default=None, ge=0, le=MAX_EXTEND_MIN_FREE)


# --- visitor categories ---------------------------------------------------------------------------


class CategoryInfo(BaseModel):
    name: str
    created_at: str


class CategoryList(BaseModel):
    categories: list[CategoryInfo]


class CategoryCreate(BaseModel):
    name: str = Field(pattern=CATEGORY_PATTERN)
