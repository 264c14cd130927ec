"""Retention and a visitor's rights, as staff see them (docs/PRIVACY.md)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class RetentionSettings(BaseModel):
    """The network's periods in months (the server config's ``retention_*`` keys)."""

    usage_months: int
    key_months: int
    account_months: int
    audit_months: int


class RetentionCounts(BaseModel):
    """What one run of the retention job did (or would do, dry)."""

    sessions_pseudonymised: int = 0
    sessions_keys_dropped: int = 0
    accounts_deleted: int = 0
    audit_deleted: int = 0
    ledger_days_deleted: int = 0
    charter_acceptances_deleted: int = 0
    registrations_anonymised: int = 0
    queue_tickets_deleted: int = 0
    holds_deleted: int = 0
    tickets_unlinked: int = 0
    commands_cleared: int = 0
    events_deleted: int = 0
    lockouts_deleted: int = 0


class UpcomingDeletion(BaseModel):
    """An account the job will erase within a month unless it is used."""

    identifier: str
    display_name: str | None = None
    last_use: str  # UTC ISO: the last session's start, else registration, else creation
    deleted_from: str  # UTC ISO: the first run that erases it


class RetentionView(BaseModel):
    """The periods in force and the accounts to be deleted within a month (soonest first)."""

    settings: RetentionSettings
    upcoming: list[UpcomingDeletion]


class Erasure(BaseModel):
    """What an erasure did; ``receipt`` is the audit entry's id (it names nobody)."""

    receipt: int
    sessions_pseudonymised: int
    registrations_anonymised: int
    rows_deleted: int
    audit_entries_redacted: int


class VisitorData(BaseModel):
    """Everything the server holds about one visitor, table by table."""

    generated_at: str
    visitor: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
