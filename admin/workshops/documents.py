"""A workshop's printed documents: the attendance sheet and a participant's certificate (PDF).

Pure: plain frozen dataclasses in, PDF bytes out; no database, no clock, no locale. The
workshops' service reads its tables into :class:`SheetData` or :class:`CertificateData` and
calls :func:`attendance_sheet` or :func:`certificate` with the language of the reader ("fr",
"nl" or "en"). Every sentence is in :data:`TEXTS` (French and Dutch as written in Belgium, Dutch
saying "u"; the words of docs/GLOSSARY.md); dates, clock times and durations are written by
this module's own tables ("mardi 8 décembre 2026, de 14 h à 16 h 30", "dinsdag 8 december
2026, van 14.00 tot 16.30 uur", "Tuesday 8 December 2026, from 14:00 to 16:30"), never by the
machine's locale, and at the site's zone, never the machine's.

The attendance sheet has one section per date of the workshop, each starting on a new page:
the page header (workshop, site, animateur, that date) and the table's heading row are
repeated on every page, so a list of any length can be printed and signed date by date.

Text is drawn with DejaVu Sans (any name a visitor may have: accents, Polish, Turkish,
Cyrillic, Greek), read from the system (:mod:`admin.core.pdf`, shared with every PDF the
server draws): Debian's ``fonts-dejavu-core``, on which the Debian package depends. Errors:

EpnError (admin.core.errors)
 └── FontMissing   (admin.core.pdf) DejaVu Sans is not installed; the message says which package
ValueError         a bug of the caller: an unknown language, a naive time, marks that do not
                   match the dates
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from admin.core.pdf import (  # noqa: F401 (FONT_PACKAGE, FontMissing: where callers found them)
    FONT_PACKAGE,
    PDF_LANG,
    FontMissing,
    find_fonts,
)
from admin.core.wording import (
    NB,
    WORDS,
    check_language,
    clock_text,
    date_text,
    duration_text,
)

if TYPE_CHECKING:  # fpdf2 (and Pillow, fontTools) loads only when a document is drawn
    from admin.workshops.pdf_page import Document


class Mark(StrEnum):
    """A participant on one date: registered (not taken yet), present, absent, or came
    without registering (a walk-in)."""

    REGISTERED = "registered"
    PRESENT = "present"
    ABSENT = "absent"
    WALK_IN = "walk_in"


@dataclass(frozen=True)
class Slot:
    """One date of a workshop: its start and end (aware datetimes, any zone)."""

    starts: datetime
    ends: datetime


@dataclass(frozen=True)
class Attendance:
    """A participant's mark on one date and, when known, the minutes they were there."""

    mark: Mark
    minutes: int | None = None


@dataclass(frozen=True)
class SheetRow:
    """A participant as staff see them (name, or card number) and one entry per date of the
    sheet, in the order of :attr:`SheetData.slots`: None when they are not on that date's list
    (registered for another date of the series)."""

    name: str
    attendance: tuple[Attendance | None, ...]


@dataclass(frozen=True)
class SheetData:
    """What the attendance sheet shows.

    ``kind`` and ``level`` may be codes written in the reader's language (``initiation``,
    ``training``, ``workshop``, ``course``; ``beginner``, ``intermediate``, ``advanced``,
    ``all``) or words printed as given; ``language`` is the workshop's language, a code (``fr``,
    ``nl``, ``en``, ``de``) or words; ``theme`` and ``title`` are words in the reader's
    language. Times are shown at ``timezone`` (the site's)."""

    title: str
    timezone: str
    slots: tuple[Slot, ...]
    rows: tuple[SheetRow, ...]
    kind: str = ""
    theme: str = ""
    level: str = ""
    language: str = ""
    site_name: str = ""
    site_address: str = ""
    animateur: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class AttendedSlot:
    """A date the participant attended; ``minutes`` present (None: the whole slot)."""

    starts: datetime
    ends: datetime
    minutes: int | None = None


@dataclass(frozen=True)
class CertificateData:
    """What a participant's certificate shows; fields as in :class:`SheetData`. ``place`` is
    where it is issued (a city; empty: not said), ``organisation`` the city or organisation
    that runs the EPN (from the settings; empty: not said). The total is the sum of the
    attended minutes."""

    participant: str
    title: str
    timezone: str
    slots: tuple[AttendedSlot, ...]
    issued_on: date
    kind: str = ""
    theme: str = ""
    level: str = ""
    language: str = ""
    site_name: str = ""
    site_address: str = ""
    animateur: str = ""
    organisation: str = ""
    place: str = ""


TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet": "Liste de présence",
        "certificate": "Attestation de participation",
        "kind": f"Type{NB}: {{}}",
        "theme": f"Thème{NB}: {{}}",
        "level": f"Niveau{NB}: {{}}",
        "language": f"Langue{NB}: {{}}",
        "site": f"Site{NB}: {{}}",
        "animateur": f"Animateur{NB}: {{}}",
        "date_of": "date {} sur {}",
        "number": "N°",
        "name": "Nom ou numéro de carte",
        "present_col": "Présence",
        "signature": "Signature",
        "registered": "",
        "present": "oui",
        "absent": "non",
        "walk_in": "oui, sans inscription",
        "counts": f"Inscriptions{NB}: {{registered}} · présences{NB}: {{present}} · absences{NB}: {{absent}} · sans inscription{NB}: {{walk_in}}",
        "counts_open": f"Inscriptions{NB}: {{registered}}",
        "nobody": "Personne n'est inscrit à cette date.",
        "animateur_signature": f"Signature de l'animateur{NB}:",
        "page": "Page {}/{}",
        "certify": "Le présent document atteste que",
        "attended": f"a participé à «{NB}{{}}{NB}»",
        "attended_dates": "Dates et heures de présence",
        "total": f"Total{NB}: {{}}",
        "issued_at": "Fait à {place}, le {date}.",
        "issued": "Fait le {date}.",
        "slot": "{day}, de {start} à {end}",
        "slot_minutes": f"{{slot}}{NB}: {{duration}}",
    },
    "nl": {
        "sheet": "Aanwezigheidslijst",
        "certificate": "Attest van deelname",
        "kind": "Soort: {}",
        "theme": "Thema: {}",
        "level": "Niveau: {}",
        "language": "Taal: {}",
        "site": "Locatie: {}",
        "animateur": "Begeleider: {}",
        "date_of": "datum {} van {}",
        "number": "Nr.",
        "name": "Naam of kaartnummer",
        "present_col": "Aanwezig",
        "signature": "Handtekening",
        "registered": "",
        "present": "ja",
        "absent": "nee",
        "walk_in": "ja, zonder inschrijving",
        "counts": "Ingeschreven: {registered} · aanwezig: {present} · afwezig: {absent} · zonder inschrijving: {walk_in}",
        "counts_open": "Ingeschreven: {registered}",
        "nobody": "Niemand is voor deze datum ingeschreven.",
        "animateur_signature": "Handtekening van de begeleider:",
        "page": "Pagina {}/{}",
        "certify": "Hierbij wordt bevestigd dat",
        "attended": "heeft deelgenomen aan ‘{}’",
        "attended_dates": "Data en uren van aanwezigheid",
        "total": "Totaal: {}",
        "issued_at": "Opgemaakt te {place} op {date}.",
        "issued": "Opgemaakt op {date}.",
        "slot": "{day}, van {start} tot {end}",
        "slot_minutes": "{slot}: {duration}",
    },
    "en": {
        "sheet": "Attendance sheet",
        "certificate": "Certificate of attendance",
        "kind": "Type: {}",
        "theme": "Theme: {}",
        "level": "Level: {}",
        "language": "Language: {}",
        "site": "Site: {}",
        "animateur": "Facilitator: {}",
        "date_of": "date {} of {}",
        "number": "No.",
        "name": "Name or card number",
        "present_col": "Present",
        "signature": "Signature",
        "registered": "",
        "present": "yes",
        "absent": "no",
        "walk_in": "yes, walk-in",
        "counts": "Registered: {registered} · present: {present} · absent: {absent} · walk-ins: {walk_in}",
        "counts_open": "Registered: {registered}",
        "nobody": "Nobody is registered for this date.",
        "animateur_signature": "Facilitator's signature:",
        "page": "Page {}/{}",
        "certify": "This is to certify that",
        "attended": "attended “{}”",
        "attended_dates": "Dates and hours attended",
        "total": "Total: {}",
        "issued_at": "Issued in {place} on {date}.",
        "issued": "Issued on {date}.",
        "slot": "{day}, from {start} to {end}",
        "slot_minutes": "{slot}: {duration}",
    },
}


# ---- words ---------------------------------------------------------------------------------


def slot_text(starts: datetime, ends: datetime, timezone: str, language: str) -> str:
    """A date with its times at the site's zone: "mardi 8 décembre 2026, de 14 h à 16 h 30"."""
    start, end = _local(starts, timezone), _local(ends, timezone)
    return TEXTS[language]["slot"].format(
        day=date_text(start.date(), language),
        start=clock_text(start, language, unit=False),
        end=clock_text(end, language),
    )


def _local(moment: datetime, timezone: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"a time without its zone: {moment.isoformat()}")
    return moment.astimezone(ZoneInfo(timezone))


def _word(value: str, language: str) -> str:
    return WORDS[language].get(value, value)


def _details(
    data: SheetData | CertificateData, language: str, *, with_people: bool = True
) -> list[str]:
    """The workshop's lines under its title: kind, theme, level, language; site; animateur."""
    texts = TEXTS[language]
    about = [
        texts[key].format(_word(value, language))
        for key, value in (
            ("kind", data.kind),
            ("theme", data.theme),
            ("level", data.level),
            ("language", data.language),
        )
        if value
    ]
    lines = [" · ".join(about)] if about else []
    site = " — ".join(part for part in (data.site_name, data.site_address) if part)
    if site:
        lines.append(texts["site"].format(site))
    if data.animateur and with_people:
        lines.append(texts["animateur"].format(data.animateur))
    return lines


# ---- drawing -------------------------------------------------------------------------------


def _document(language: str, title: str, font_dir: Path | None) -> Document:
    """A new A4 document in ``language`` with DejaVu Sans (fpdf2 imported here, when first
    drawn: admin/workshops/pdf_page.py)."""
    from admin.workshops.pdf_page import Document

    fonts = find_fonts(font_dir)
    return Document(language, title, fonts, PDF_LANG[language], TEXTS[language]["page"])


def attendance_sheet(data: SheetData, language: str, *, font_dir: Path | None = None) -> bytes:
    """The attendance sheet as PDF: one section per date, each from a new page, with a row per
    participant (number, name or card number, present or not and for how long, signature).

    Raises ValueError (an unknown language, a naive time, rows whose entries do not match the
    dates) and FontMissing."""
    check_language(language)
    texts = TEXTS[language]
    for row in data.rows:
        if len(row.attendance) != len(data.slots):
            raise ValueError(
                f"{row.name!r} has {len(row.attendance)} entries for {len(data.slots)} dates"
            )
    pdf = _document(language, f"{texts['sheet']} – {data.title}", font_dir)
    try:
        top: list[tuple[str, float, str]] = (
            [(data.organisation, 9, "")] if data.organisation else []
        )
        top += [(texts["sheet"], 11, "B"), (data.title, 15, "B")]
        top += [(line, 9, "") for line in _details(data, language)]
        for index, slot in enumerate(data.slots):
            when = slot_text(slot.starts, slot.ends, data.timezone, language)
            if len(data.slots) > 1:
                when += f" ({texts['date_of'].format(index + 1, len(data.slots))})"
            pdf.header_lines = [*top, (when[:1].upper() + when[1:], 11, "B")]
            pdf.add_page()
            listed = [(row, row.attendance[index]) for row in data.rows]
            _sheet_table(pdf, [(row.name, mark) for row, mark in listed if mark is not None])
        if not data.slots:
            pdf.header_lines = top
            pdf.add_page()
        return bytes(pdf.output())
    finally:
        pdf.close_fonts()  # output() closes them, a refusal on the way would not


def _sheet_table(pdf: Document, rows: list[tuple[str, Attendance]]) -> None:
    from fpdf.fonts import FontFace

    texts = TEXTS[pdf.language]
    if not rows:
        pdf.paragraph(texts["nobody"])
        return
    heading = (texts["number"], texts["name"], texts["present_col"], texts["signature"])
    with pdf.table(
        col_widths=(10, 70, 44, 50),
        line_height=5,
        min_row_height=10,
        text_align=("RIGHT", "LEFT", "LEFT", "LEFT"),
        v_align="MIDDLE",
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        repeat_headings=1,
    ) as table:
        table.row(heading)
        for number, (name, attendance) in enumerate(rows, start=1):
            status = texts[attendance.mark.value]
            if attendance.minutes is not None and attendance.mark != Mark.ABSENT:
                status = f"{status} ({duration_text(attendance.minutes, pdf.language)})"
            table.row((str(number), name, status, ""))
    marks = [attendance.mark for _, attendance in rows]
    counts = {mark.value: marks.count(mark) for mark in Mark}
    counts["registered"] = len(marks) - counts["walk_in"]
    taken = any(mark != Mark.REGISTERED for mark in marks)
    pdf.ln(3)
    pdf.paragraph(texts["counts" if taken else "counts_open"].format(**counts), 9)
    pdf.ln(4)
    pdf.paragraph(texts["animateur_signature"], 9)


def certificate(data: CertificateData, language: str, *, font_dir: Path | None = None) -> bytes:
    """A participant's certificate of attendance as PDF, on one page for up to about twenty
    dates: the participant, the workshop, each date attended with its hours, the total, the
    site, the animateur, where and when it is issued.

    Raises ValueError (an unknown language, a naive time) and FontMissing."""
    check_language(language)
    texts = TEXTS[language]
    pdf = _document(
        language, f"{texts['certificate']} – {data.participant} – {data.title}", font_dir
    )
    try:
        pdf.set_margins(25, 20, 25)
        pdf.numbered = False
        pdf.add_page()
        if data.organisation:
            pdf.paragraph(data.organisation, 12, "B")
            pdf.ln(2)
        pdf.ln(14)
        pdf.paragraph(texts["certificate"], 20, "B", "C")
        pdf.ln(10)
        pdf.paragraph(texts["certify"], 11, "", "C")
        pdf.ln(3)
        pdf.paragraph(data.participant, 16, "B", "C")
        pdf.ln(3)
        pdf.paragraph(texts["attended"].format(data.title), 13, "", "C")
        pdf.ln(4)
        for line in _details(data, language):
            pdf.paragraph(line, 10, "", "C")
        pdf.ln(8)
        pdf.paragraph(texts["attended_dates"], 11, "B")
        pdf.ln(1)
        total = 0
        for slot in data.slots:
            minutes = slot.minutes
            if minutes is None:
                minutes = int((slot.ends - slot.starts).total_seconds() // 60)
            total += minutes
            line = texts["slot_minutes"].format(
                slot=slot_text(slot.starts, slot.ends, data.timezone, language),
                duration=duration_text(minutes, language),
            )
            pdf.paragraph("• " + line, 10)
        pdf.ln(2)
        pdf.paragraph(texts["total"].format(duration_text(total, language)), 11, "B")
        pdf.ln(10)
        issued = date_text(data.issued_on, language, weekday=False)
        if data.place:
            pdf.paragraph(texts["issued_at"].format(place=data.place, date=issued), 10)
        else:
            pdf.paragraph(texts["issued"].format(date=issued), 10)
        pdf.ln(8)
        pdf.paragraph(texts["animateur_signature"], 10)
        if data.animateur:
            pdf.ln(16)
            pdf.paragraph(data.animateur, 10)
        return bytes(pdf.output())
    finally:
        pdf.close_fonts()  # output() closes them, a refusal on the way would not
