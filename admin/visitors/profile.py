"""The visitor profile for statistics and its snapshot on each session (issue 19).

A visitor may give a gender, an age band (or a year of birth: the band is then the one of the
session's date), a status and a commune; nothing is required and "not given" is counted, never
guessed. The lists are the funders' (kiosk.protocol.people); the communes are the server
config's ``[statistics] communes`` (default: the 19 Brussels communes and "outside").

When a session row is inserted, the visitor's profile at that moment is copied onto it
(:func:`snapshot`): the label report (admin/reports/label.py) reads demographics and new
visitors from the session rows only, so it stays exact after pseudonymisation and erasure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, get_args

from sqlite_utils import Database

from admin.sessions import ledger
from kiosk.protocol.people import COMMUNE_PATTERN, COMMUNES, AgeBand, Status

AGE_BANDS: tuple[str, ...] = tuple(band for band in get_args(AgeBand) if band)
STATUSES: tuple[str, ...] = tuple(status for status in get_args(Status) if status)
DEFAULT_COMMUNES: tuple[str, ...] = COMMUNES
#: The oldest year of birth accepted (a person of 130), and the youngest is this year.
OLDEST_BIRTH_YEAR = 1900

#: The snapshot's columns on sessions (m029), in the order of :func:`snapshot`'s values.
SNAPSHOT_COLUMNS = ("gender", "age_band", "status", "commune", "category", "first_visit")


def band_of_age(age: int) -> str:
    """The funders' band of an age in whole years."""
    for band in AGE_BANDS:
        low, _, high = band.rstrip("+").partition("-")
        if age >= int(low) and (not high or age <= int(high)):
            return band
    return AGE_BANDS[0]  # a negative age (a year of birth after the day): the youngest


def band_of_birth_year(year: int, day: date) -> str:
    """The band of someone born in ``year`` on ``day``: the age reached during that year (a year
    of birth, not a date: the same for the whole calendar year)."""
    return band_of_age(day.year - year)


def check_status(value: str) -> str | None:
    return None if value in STATUSES else f"status must be one of {', '.join(STATUSES)}"


_POSTCODE = re.compile(r"^[1-9][0-9]{3}$")


class ProfileRules:
    """The one check of the profile's fields that have rules beyond their text: the commune
    (one of ``communes``, or a Belgian postcode), the year of birth and the first visit (not
    after ``today``). Staff API, CLI, CSV import and the console all come through here
    (admin.visitors.accounts, admin.visitors.csv_files)."""

    FIELDS = ("status", "commune", "birth_year", "first_visit")

    def __init__(self, communes: Sequence[str], today: date) -> None:
        self.communes = tuple(communes)
        self.today = today

    def problem(self, field: str, text: str) -> str | None:
        """Why ``text`` (not empty) is not a valid ``field``, or None."""
        if field == "status":
            return check_status(text)
        if field == "commune":
            if text in self.communes or _POSTCODE.match(text):
                return None
            return f"commune must be a postcode or one of {', '.join(self.communes)}"
        if field == "birth_year":
            year = int(text) if text.isdigit() and len(text) <= 4 else 0
            if not OLDEST_BIRTH_YEAR <= year <= self.today.year:
                return f"year of birth must be between {OLDEST_BIRTH_YEAR} and {self.today.year}"
            return None
        if field == "first_visit":
            try:
                day = date.fromisoformat(text)
            except ValueError:
                return "first visit must be a date YYYY-MM-DD"
            return "first visit cannot be in the future" if day > self.today else None
        raise KeyError(field)

    @staticmethod
    def value(field: str, text: str) -> Any:
        """The value stored for a valid ``text``."""
        return int(text) if field == "birth_year" else text


def snapshot(db: Database, visitor_id: int, started: datetime, timezone: str) -> list[Any]:
    """The profile to write on a new session of ``visitor_id`` (values of SNAPSHOT_COLUMNS),
    in the inserting transaction. The visitor's first session sets their first visit (the
    site's local day) and is marked first_visit = 1; a first visit staff already recorded
    (a visitor known before the kiosk) makes no session a first one."""
    row = next(
        db.query(
            "SELECT gender, age_band, birth_year, status, commune, category, first_visit"
            " FROM visitors WHERE id = ?",
            [visitor_id],
        ),
        None,
    )
    if row is None:
        return ["", "", "", "", "", 0]
    day = ledger.day_of(started, timezone)
    band = row["age_band"] or ""
    if row["birth_year"] is not None:
        band = band_of_birth_year(row["birth_year"], date.fromisoformat(day))
    first = row["first_visit"] is None
    if first:
        db.execute("UPDATE visitors SET first_visit = ? WHERE id = ?", [day, visitor_id])
    return [
        row["gender"] or "",
        band,
        row["status"] or "",
        row["commune"] or "",
        row["category"],
        int(first),
    ]


def insert_columns() -> str:
    """``, gender, age_band, ...`` to append to a sessions INSERT's column list."""
    return "".join(f", {column}" for column in SNAPSHOT_COLUMNS)


def insert_marks() -> str:
    return ", ?" * len(SNAPSHOT_COLUMNS)


def communes_option(text: str) -> tuple[str, ...]:
    """``epn server --communes a,b,c`` (or ``communes = "a,b,c"`` in the server config)."""
    codes = tuple(code.strip() for code in text.split(",") if code.strip())
    if not codes:
        raise ValueError("give at least one commune")
    for code in codes:
        if not re.match(COMMUNE_PATTERN, code):
            raise ValueError(f"{code!r}: lower-case letters, digits and '-' only")
    return codes
