"""Visitor accounts: fields, checks, search, edit, disable/enable and PIN reset.

Identity only: usage lives in sessions, which hold ``visitor_id`` and a snapshot of the profile
for statistics (admin/visitors/profile.py). Statistics use an age band or a year of birth, never
a birth date. Every change is audited against the row (``visitor:<id>``),
never the person's name, and a PIN never appears anywhere but as its argon2id hash.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, get_args
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core import audit
from admin.core.errors import Duplicate, Refused
from admin.core.security import hash_secret
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store, like_escape
from admin.visitors.profile import DEFAULT_COMMUNES, ProfileRules
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import (
    GUEST_CATEGORY,
    MAX_DISPLAY_NAME_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_NOTES_LENGTH,
    MAX_REASON_LENGTH,
    PIN_PATTERN,
)
from kiosk.protocol.people import AgeBand, Gender, VisitorDetail
from kiosk.protocol.text import text_problem

log = logging.getLogger("epn.server.visitors")

AGE_BANDS = tuple(band for band in get_args(AgeBand) if band)
GENDERS = tuple(gender for gender in get_args(Gender) if gender)
#: Category of the visitor row made for a guest ticket; never given to a person's account.
#: Visitors are city-wide; "today" for listings is the city's day.
CITY_TIMEZONE = "Europe/Brussels"
SEARCH_LIMIT = 200

#: Columns staff may change with :meth:`Visitors.edit` (None clears, except category).
EDITABLE = (
    "display_name",
    "category",
    "age_band",
    "gender",
    "status",
    "commune",
    "birth_year",
    "first_visit",
    "notes",
)

_PIN = re.compile(PIN_PATTERN)


# --- field checks: each returns the reason a value is bad, or None --------------------------


def _too_long(value: str, limit: int) -> str | None:
    return f"longer than {limit} characters" if len(value) > limit else None


def _name(value: str, limit: int) -> str | None:
    """A name's rules (kiosk.protocol.text.text_problem): no control, invisible or bidi character,
    no path separator, not '.' or '..'."""
    return text_problem(value, "name") or _too_long(value, limit)


def check_identifier(value: str) -> str | None:
    """A card number, already stripped of what a scanner adds at its edges (CR, LF, tab).

    It is one segment of /visitors/{identifier}: no '/', '\\', '.' or '..'.
    """
    if not value:
        return "missing"
    return _name(value, MAX_IDENTIFIER_LENGTH)


def check_pin(value: str) -> str | None:
    return None if _PIN.match(value) else "PIN must be 4 to 12 digits"


def check_category(value: str, categories: Mapping[str, object] | set[str]) -> str | None:
    if value not in categories:
        return f"unknown category (known: {', '.join(sorted(categories))})"
    return None


def check_age_band(value: str) -> str | None:
    return None if value in AGE_BANDS else f"age band must be one of {', '.join(AGE_BANDS)}"


def check_gender(value: str) -> str | None:
    return None if value in GENDERS else f"gender must be one of {', '.join(GENDERS)}"


#: Checks of the optional fields, by column; an empty value always passes (it means none).
OPTIONAL_CHECKS = {
    # a person's name or a status is one line of text: "Dupont / Martin" is a name too
    "display_name": lambda v: text_problem(v, "line") or _too_long(v, MAX_DISPLAY_NAME_LENGTH),
    "age_band": check_age_band,
    "gender": check_gender,
    "notes": lambda v: text_problem(v, "lines") or _too_long(v, MAX_NOTES_LENGTH),
}


def _invalid(field: str, reason: str) -> Refused:
    return Refused(ErrorCode.INVALID_REQUEST, f"{field}: {reason}", {"field": field})


# --- reading ----------------------------------------------------------------------------------


def local_today(now: datetime, timezone: str = CITY_TIMEZONE) -> date:
    return now.astimezone(ZoneInfo(timezone)).date()


def is_active(row: Mapping[str, Any], today: date) -> bool:
    """True when the visitor may sign in: enabled, or disabled up to a day now past."""
    if row["enabled"]:
        return True
    until: str | None = row.get("disabled_until")
    return until is not None and until < today.isoformat()


def categories(db: Database) -> list[str]:
    return [row["name"] for row in db.query("SELECT name FROM categories ORDER BY name")]


def detail(row: Mapping[str, Any], today: date) -> VisitorDetail:
    active = is_active(row, today)
    return VisitorDetail(
        identifier=row["identifier"],
        display_name=row["display_name"],
        category=row["category"],
        age_band=row["age_band"],
        gender=row["gender"],
        status=row["status"],
        commune=row["commune"],
        birth_year=row["birth_year"],
        first_visit=row["first_visit"],
        enabled=active,
        disabled_reason=None if active else row["disabled_reason"],
        disabled_until=None if active else row["disabled_until"],
        notes=row["notes"],
        has_pin=row["pin_hash"] is not None,
        created_at=row["created_at"],
    )


def _row(db: Database, identifier: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None or row["category"] == GUEST_CATEGORY:
        raise Refused(ErrorCode.NOT_FOUND, "no visitor with this identifier")
    return row


def _public(row: Mapping[str, Any]) -> dict[str, Any]:
    """What the audit keeps of a row: every field but the PIN hash."""
    fields = {k: row[k] for k in (*EDITABLE, "enabled", "disabled_reason", "disabled_until")}
    fields["enabled"] = bool(fields["enabled"])
    fields["has_pin"] = row["pin_hash"] is not None
    return fields


def _like(text: str) -> str:
    return f"%{like_escape(text)}%"


class Visitors:
    """Staff operations on visitor accounts; ``staff_id`` None means the admin CLI."""

    def __init__(
        self, store: Store, clock: Clock = utc_now, communes: Sequence[str] = DEFAULT_COMMUNES
    ) -> None:
        self._store = store
        self._clock = clock
        self._communes = tuple(communes)

    def _today(self) -> date:
        return local_today(self._clock())

    def rules(self) -> ProfileRules:
        """The profile's checks as of today (the CSV import uses them too)."""
        return ProfileRules(self._communes, self._today())

    def categories(self) -> list[str]:
        return self._store.read(categories)

    def search(self, text: str | None = None, limit: int = SEARCH_LIMIT) -> list[VisitorDetail]:
        """Visitors whose identifier starts with ``text`` or whose name contains it."""
        where, params = f"category != '{GUEST_CATEGORY}'", []
        if text and text.strip():
            text = text.strip()
            where += " AND (identifier LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\')"
            params = [_like(text)[1:], _like(text)]
        rows = self._store.read(
            lambda db: list(
                db.query(
                    f"SELECT * FROM visitors WHERE {where} ORDER BY identifier LIMIT ?",
                    [*params, limit],
                )
            )
        )
        today = self._today()
        return [detail(row, today) for row in rows]

    def get(self, identifier: str) -> VisitorDetail:
        row = self._store.read(lambda db: _row(db, identifier))
        return detail(row, self._today())

    def create(
        self, staff_id: int | None, identifier: str, *, pin: str | None = None, **fields: Any
    ) -> VisitorDetail:
        identifier = identifier.strip()
        reason = check_identifier(identifier)
        if reason:
            raise _invalid("identifier", reason)
        if pin is not None and (reason := check_pin(pin)):
            raise _invalid("pin", reason)
        values = self._checked({"category": "adult", **fields})
        pin_hash = hash_secret(pin) if pin is not None else None  # slow: outside the lock
        now = to_iso(self._clock())

        def write(db: Database) -> dict[str, Any]:
            self._check_category(db, values)
            if next(db.query("SELECT 1 FROM visitors WHERE identifier = ?", [identifier]), None):
                raise Duplicate("visitor", identifier)
            row = {
                "identifier": identifier,
                "pin_hash": pin_hash,
                "enabled": 1,
                "created_at": now,
                **{k: None for k in EDITABLE},
                **values,
            }
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cursor = db.execute(
                f"INSERT INTO visitors ({columns}) VALUES ({marks})", list(row.values())
            )
            created = _row(db, identifier)
            audit.record(
                db,
                at=now,
                staff_id=staff_id,
                action="visitor.add",
                target=f"visitor:{cursor.lastrowid}",
                after=_public(created),
            )
            return created

        return detail(self._store.write(write), self._today())

    def edit(
        self, staff_id: int | None, identifier: str, changes: Mapping[str, Any]
    ) -> VisitorDetail:
        """Change some of :data:`EDITABLE`; a None value clears the field."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise _invalid(sorted(unknown)[0], "not an editable field")
        values = self._checked(dict(changes))
        now = to_iso(self._clock())

        def write(db: Database) -> dict[str, Any]:
            self._check_category(db, values)
            before = _row(db, identifier)
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                db.execute(
                    f"UPDATE visitors SET {sets} WHERE id = ?", [*values.values(), before["id"]]
                )
            after = _row(db, identifier)
            audit.record(
                db,
                at=now,
                staff_id=staff_id,
                action="visitor.edit",
                target=f"visitor:{before['id']}",
                before=_public(before),
                after=_public(after),
            )
            return after

        return detail(self._store.write(write), self._today())

    def disable(
        self, staff_id: int | None, identifier: str, reason: str, until: date | None = None
    ) -> VisitorDetail:
        """Refuse the visitor's sign-ins, with a reason, through ``until`` (its last day)."""
        reason = reason.strip()
        if not reason or len(reason) > MAX_REASON_LENGTH:
            raise _invalid("reason", f"must be 1 to {MAX_REASON_LENGTH} characters")
        if problem := text_problem(reason, "line"):
            raise _invalid("reason", problem)
        if until is not None and until < self._today():
            raise _invalid("until", "the last day of a disablement cannot be in the past")
        return self._set_state(
            staff_id,
            identifier,
            "visitor.disable",
            {
                "enabled": 0,
                "disabled_reason": reason,
                "disabled_until": until and until.isoformat(),
            },
        )

    def enable(self, staff_id: int | None, identifier: str) -> VisitorDetail:
        return self._set_state(
            staff_id,
            identifier,
            "visitor.enable",
            {"enabled": 1, "disabled_reason": None, "disabled_until": None},
        )

    def set_pin(self, staff_id: int | None, identifier: str, pin: str | None) -> VisitorDetail:
        """Set a new PIN, or remove it with None."""
        if pin is not None and (reason := check_pin(pin)):
            raise _invalid("pin", reason)
        pin_hash = hash_secret(pin) if pin is not None else None
        return self._set_state(staff_id, identifier, "visitor.pin", {"pin_hash": pin_hash})

    # --- helpers ------------------------------------------------------------------------

    def _set_state(
        self, staff_id: int | None, identifier: str, action: str, values: dict[str, Any]
    ) -> VisitorDetail:
        now = to_iso(self._clock())

        def write(db: Database) -> dict[str, Any]:
            before = _row(db, identifier)
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute(f"UPDATE visitors SET {sets} WHERE id = ?", [*values.values(), before["id"]])
            after = _row(db, identifier)
            audit.record(
                db,
                at=now,
                staff_id=staff_id,
                action=action,
                target=f"visitor:{before['id']}",
                before=_public(before),
                after=_public(after),
            )
            return after

        row = self._store.write(write)
        log.info("%s on visitor %d", action, row["id"])
        return detail(row, self._today())

    def _checked(self, fields: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        rules = self.rules()
        for name, value in fields.items():
            if name not in EDITABLE:
                raise _invalid(name, "unknown field")
            text = str(value).strip() if isinstance(value, str | int | date) else value
            if name == "category":
                if not text:
                    raise _invalid("category", "a visitor needs a category")
                if text == GUEST_CATEGORY:
                    raise _invalid("category", "reserved for guest tickets")
            elif text and name in ProfileRules.FIELDS:
                if reason := rules.problem(name, text):
                    raise _invalid(name, reason)
                text = rules.value(name, text)
            elif text:
                reason = OPTIONAL_CHECKS[name](text)
                if reason:
                    raise _invalid(name, reason)
            values[name] = text or None
        return values

    @staticmethod
    def _check_category(db: Database, values: Mapping[str, Any]) -> None:
        if "category" in values and (
            reason := check_category(values["category"], set(categories(db)))
        ):
            raise _invalid("category", reason)
