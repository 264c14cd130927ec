"""A workshop's printed documents from its record: the attendance sheet and a participant's
certificate, as the API (``…/sheet.pdf``, ``…/certificate.pdf``), the CLI (``epn workshop
sheet|certificate``) and the console (through the staff client) hand them out.

:func:`sheet_data` and :func:`certificate_data` map a :class:`WorkshopRecord` to what
:mod:`admin.workshops.documents` draws, in the reader's language: the title in that language
(else the site's), the theme's name in that language (else the site's, else its code), the
animateur's name (their card's display name when they have one, else their account), the site's
name. The server knows no site address, organisation or place: those stay empty, and the
documents leave them out. :func:`printed` reads and draws inside one transaction.

Refusals: INVALID_REQUEST (a language other than fr, nl, en), NOT_FOUND (the workshop, or a
registration not of it), NOTHING_ATTENDED (a certificate for someone present at no date).
:class:`~admin.workshops.documents.FontMissing` passes through (the API answers 503
FONT_MISSING, the CLI says what to install).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.wording import LANGUAGES
from admin.workshops import attendance, documents, records, registrations
from admin.workshops.documents import (
    AttendedSlot,
    CertificateData,
    Mark,
    SheetData,
    SheetRow,
    Slot,
)
from admin.workshops.record import RecordParticipant, RecordPresence, WorkshopRecord
from kiosk.protocol.errors import ErrorCode

PDF_MEDIA_TYPE = "application/pdf"


@dataclass(frozen=True)
class Setting:
    """What the record does not say: the theme's name and the animateur's, in words, and
    where the documents are issued (empty: not said)."""

    theme: str = ""
    animateur: str = ""
    site_address: str = ""
    organisation: str = ""
    place: str = ""


@dataclass(frozen=True)
class Printed:
    """A document to hand out: its file name and its PDF bytes."""

    filename: str
    content: bytes


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            f"unknown language {language!r}: one of {', '.join(LANGUAGES)}",
            {"field": "language", "languages": list(LANGUAGES)},
        )


def _mark(presence: RecordPresence, walk_in: bool, over: bool) -> documents.Attendance:
    if presence.present:
        return documents.Attendance(Mark.WALK_IN if walk_in else Mark.PRESENT, presence.minutes)
    if over or presence.no_show or presence.ticked is False:
        return documents.Attendance(Mark.ABSENT)
    return documents.Attendance(Mark.REGISTERED)


def _name(person: RecordParticipant) -> str:
    return person.name or person.visitor or "?"


def sheet_data(record: WorkshopRecord, language: str, setting: Setting) -> SheetData:
    """The attendance sheet of every date, a row per participant in the order of the record."""
    check_language(language)
    position = {d.date_id: i for i, d in enumerate(record.dates)}
    rows = []
    for person in record.participants:
        marks: list[documents.Attendance | None] = [None] * len(record.dates)
        for presence in person.presences:
            i = position.get(presence.date_id)
            if i is not None:
                marks[i] = _mark(presence, person.walk_in, record.dates[i].over)
        rows.append(SheetRow(_name(person), tuple(marks)))
    return SheetData(
        title=record.title(language),
        timezone=record.timezone,
        slots=tuple(Slot(d.starts, d.ends) for d in record.dates),
        rows=tuple(rows),
        **_common(record, setting),
    )


def certificate_data(
    record: WorkshopRecord,
    registration_id: int,
    language: str,
    setting: Setting,
    issued_on: date,
) -> CertificateData:
    """The certificate of a registration: each date it was present at, with its minutes.
    NOTHING_ATTENDED when there is none."""
    check_language(language)
    person = next((p for p in record.participants if p.registration_id == registration_id), None)
    dates = {d.date_id: d for d in record.dates}
    attended = tuple(
        AttendedSlot(dates[p.date_id].starts, dates[p.date_id].ends, p.minutes)
        for p in (person.presences if person is not None else ())
        if p.present and p.date_id in dates
    )
    if person is None or not attended:
        raise Refused(
            ErrorCode.NOTHING_ATTENDED,
            f"registration {registration_id} was present at none of the workshop's dates",
            {"registration_id": registration_id},
        )
    return CertificateData(
        participant=_name(person),
        title=record.title(language),
        timezone=record.timezone,
        slots=attended,
        issued_on=issued_on,
        place=setting.place,
        **_common(record, setting),
    )


def _common(record: WorkshopRecord, setting: Setting) -> dict[str, str]:
    return {
        "kind": record.kind,
        "theme": setting.theme or record.theme,
        "level": record.level,
        "language": record.language,
        "site_name": record.site,
        "site_address": setting.site_address,
        "animateur": setting.animateur or record.animateur,
        "organisation": setting.organisation,
    }


def filename(record: WorkshopRecord, language: str, what: str, number: int | None = None) -> str:
    """``atelier-12-presences.pdf``, ``atelier-12-attestation-7.pdf``: in the reader's
    language, ASCII without spaces (safe in a header), no person's name."""
    words = {
        "fr": {"workshop": "atelier", "sheet": "presences", "certificate": "attestation"},
        "nl": {"workshop": "workshop", "sheet": "aanwezigheden", "certificate": "attest"},
        "en": {"workshop": "workshop", "sheet": "attendance", "certificate": "certificate"},
    }[language]
    parts = [words["workshop"], str(record.workshop_id), words[what]]
    if number is not None:
        parts.append(str(number))
    return _slug("-".join(parts)) + ".pdf"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:80] or "document"


def setting(db: Database, row: Mapping[str, Any], language: str) -> Setting:
    """The theme's name in ``language`` (else the site's, else its code) and the animateur's
    display name (their card's, else their account name)."""
    theme = next(db.query("SELECT * FROM workshop_themes WHERE code = ?", [row["theme"]]), None)
    label = ""
    if theme is not None:
        label = theme[f"label_{language}"] or theme[f"label_{row['site_language']}"] or ""
    animateur = ""
    if row.get("animateur_card"):
        card = next(
            db.query(
                "SELECT display_name FROM visitors WHERE identifier = ?", [row["animateur_card"]]
            ),
            None,
        )
        animateur = (card or {}).get("display_name") or ""
    return Setting(theme=label, animateur=animateur or str(row["animateur"]))


def sheet(
    db: Database,
    member: StaffMember | None,
    workshop_id: int,
    language: str | None,
    now: datetime,
) -> Printed:
    """The attendance sheet's PDF in ``language`` (None: the site's); FontMissing when the
    font is not installed."""
    row = records.workshop_row(db, member, workshop_id)
    language = language or str(row["site_language"])
    check_language(language)
    record = attendance.record(db, member, workshop_id, now)
    data = sheet_data(record, language, setting(db, row, language))
    return Printed(filename(record, language, "sheet"), documents.attendance_sheet(data, language))


def certificate(
    db: Database,
    member: StaffMember | None,
    workshop_id: int,
    registration_id: int,
    language: str | None,
    now: datetime,
) -> Printed:
    """A registration's certificate (NOT_FOUND: not one of the workshop's; NOTHING_ATTENDED;
    FontMissing), issued on the site's date of ``now``; ``language`` None: the site's."""
    row = records.workshop_row(db, member, workshop_id)
    language = language or str(row["site_language"])
    check_language(language)
    registrations.registration_row(db, workshop_id, registration_id)
    record = attendance.record(db, member, workshop_id, now)
    issued_on = now.astimezone(ZoneInfo(record.timezone)).date()
    data = certificate_data(
        record, registration_id, language, setting(db, row, language), issued_on
    )
    name = filename(record, language, "certificate", registration_id)
    return Printed(name, documents.certificate(data, language))
