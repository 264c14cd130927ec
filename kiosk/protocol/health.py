"""What the server says of itself to monitoring (``GET /api/v1/health``, no login)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class SchemaState(BaseModel):
    """The database's migrations against the program's."""

    #: Migrations the database holds / the program knows.
    applied: int = Field(ge=0)
    expected: int = Field(ge=0)
    #: The program's migrations not yet applied (an upgrade that did not migrate).
    pending: list[str] = Field(default_factory=list)
    #: Migrations in the database this program does not know (a newer version migrated it).
    unknown: list[str] = Field(default_factory=list)


class Health(BaseModel):
    """Sent with 200 when ``status`` is ``ok``, with 503 (same shape) when ``unhealthy``."""

    status: Literal["ok", "unhealthy"]
    #: The server's package version (``epn --version``).
    version: str
    #: The oldest station version it supports.
    min_station_version: str
    #: A trivial query on the database answered.
    database: bool
    #: None when the database could not be read.
    schema_: SchemaState | None = Field(default=None, alias="schema")
    #: Why it is unhealthy, one line each (no path, nothing personal).
    problems: list[str] = Field(default_factory=list)

    model_config = {"populate_by_name": True}
