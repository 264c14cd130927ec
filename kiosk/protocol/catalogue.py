"""The app catalogue, profiles (named app sets), station restrictions and app usage."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.protocol.limits import (
    APP_ID_PATTERN,
    MAX_IDENTIFIER_LENGTH,
    MAX_PROFILE_NAME_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
)
from kiosk.protocol.station import AppEntry
from kiosk.protocol.text import FilledLineText, Identifier, LineText, Name

# --- apps -----------------------------------------------------------------------------------------

AppLanguage = Literal["fr", "nl", "en"]
Platform = Literal["linux", "windows"]
AppId = Annotated[str, Field(pattern=APP_ID_PATTERN)]
AppName = Annotated[FilledLineText, Field(max_length=100)]
AppCommand = Annotated[FilledLineText, Field(max_length=1000)]
ProcessName = Annotated[FilledLineText, Field(max_length=260)]


class AppSpec(BaseModel):
    """An app to add to the catalogue, or its new definition."""

    model_config = ConfigDict(str_strip_whitespace=True)

    id: AppId
    #: At least one name and one command line.
    names: dict[AppLanguage, AppName] = Field(min_length=1)
    icon: LineText | None = Field(default=None, max_length=300)
    commands: dict[Platform, AppCommand] = Field(min_length=1)
    processes: list[ProcessName] = Field(default_factory=list, max_length=50)


class AppList(BaseModel):
    apps: list[AppEntry] = Field(default_factory=list)


# --- profiles -------------------------------------------------------------------------------------


class CategoryAssignment(BaseModel):
    """A profile given to a visitor category, city-wide (``site`` None) or at one site."""

    category: str
    site: str | None = None


class ProfileInfo(BaseModel):
    name: str
    apps: list[str] = Field(default_factory=list)
    categories: list[CategoryAssignment] = Field(default_factory=list)
    #: Identifiers of the visitors who have this profile as their own.
    visitors: list[str] = Field(default_factory=list)


class ProfileList(BaseModel):
    profiles: list[ProfileInfo] = Field(default_factory=list)


class ProfileCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: Name = Field(min_length=1, max_length=MAX_PROFILE_NAME_LENGTH)
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class ProfileAppsChange(BaseModel):
    add: list[AppId] = Field(default_factory=list, max_length=200)
    remove: list[AppId] = Field(default_factory=list, max_length=200)


class ProfileAssignment(BaseModel):
    """Give (or take back) a profile: to a category (``*``: the default profile), city-wide
    or at ``site``, or to one visitor. Exactly one of ``category`` and ``visitor``; a
    visitor's profile is city-wide (no ``site``). admin/catalogue/editing.py checks it, the
    schema says it (``oneOf``)."""

    model_config = ConfigDict(
        str_strip_whitespace=True,
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["category"],
                    "properties": {"category": {"type": "string"}, "visitor": {"type": "null"}},
                },
                {
                    "required": ["visitor"],
                    "properties": {
                        "visitor": {"type": "string"},
                        "category": {"type": "null"},
                        "site": {"type": "null"},
                    },
                },
            ]
        },
    )

    category: Name | None = Field(default=None, min_length=1, max_length=MAX_SHORT_TEXT_LENGTH)
    site: Name | None = Field(default=None, min_length=1, max_length=100)
    visitor: Identifier | None = Field(default=None, min_length=1, max_length=MAX_IDENTIFIER_LENGTH)


# --- a station's restriction and a session's apps -------------------------------------------------


class StationApps(BaseModel):
    """A station's app restriction: only ``apps`` (allow), all but ``apps`` (deny), or none."""

    station: str = ""
    mode: Literal["allow", "deny"] | None = None
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class StationAppsChange(BaseModel):
    """A new restriction: a mode with its apps, or no mode and no apps to lift it.

    admin/catalogue/editing.py checks it, the schema says it (``oneOf``).
    """

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["mode", "apps"],
                    "properties": {
                        "mode": {"enum": ["allow", "deny"]},
                        "apps": {"type": "array", "minItems": 1},
                    },
                },
                {
                    "properties": {
                        "mode": {"type": "null"},
                        "apps": {"type": "array", "maxItems": 0},
                    }
                },
            ]
        }
    )

    mode: Literal["allow", "deny"] | None = None
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class AppUsage(BaseModel):
    app_id: str
    seconds: int = 0


class SessionApps(BaseModel):
    """Seconds of use per app of one session (from the stations' app_used events)."""

    session_id: str
    apps: list[AppUsage] = Field(default_factory=list)
