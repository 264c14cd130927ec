"""The workshops' PDFs: the attendance sheet and the certificate, read back as text."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from admin.workshops.documents import (
    Attendance,
    AttendedSlot,
    CertificateData,
    FontMissing,
    Mark,
    SheetData,
    SheetRow,
    Slot,
    attendance_sheet,
    certificate,
    clock_text,
    date_text,
    duration_text,
)

BRUSSELS = "Europe/Brussels"
LONG_TITLE = (
    "Mon CV en ligne : rédiger, mettre en page et envoyer sa candidature par e-mail sans "
    "oublier la pièce jointe ni se tromper de destinataire"
)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in December 2026 given in UTC: Brussels is one hour ahead (CET)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


#: Tuesday 8 and 15 December 2026, 14:30 to 16:30 in Brussels.
SLOTS = (Slot(_at(8, 13, 30), _at(8, 15, 30)), Slot(_at(15, 13, 30), _at(15, 15, 30)))


def _pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text().replace("\u00a0", " ") for page in reader.pages]


def _sheet(rows: tuple[SheetRow, ...], title: str = "Mon CV en ligne") -> SheetData:
    return SheetData(
        title=title,
        timezone=BRUSSELS,
        slots=SLOTS,
        rows=rows,
        kind="workshop",
        theme="recherche d'emploi",
        level="beginner",
        language="fr",
        site_name="EPN Centre",
        site_address="Rue de la Loi 1, 1000 Bruxelles",
        animateur="Amélie Dubœuf",
        organisation="Ville de Bruxelles",
    )


ROWS = (
    SheetRow("Zoë Łukasiewicz", (Attendance(Mark.PRESENT, 105), Attendance(Mark.ABSENT))),
    SheetRow("0420001234", (Attendance(Mark.ABSENT), Attendance(Mark.PRESENT))),
    SheetRow("Çağla Öztürk", (None, Attendance(Mark.WALK_IN, 50))),
)

SHEET_WORDS = {
    "fr": [
        "Liste de présence",
        "Type : atelier",
        "Niveau : débutant",
        "Langue : français",
        "Site : EPN Centre — Rue de la Loi 1, 1000 Bruxelles",
        "Animateur : Amélie Dubœuf",
        "Mardi 8 décembre 2026, de 14 h 30 à 16 h 30 (date 1 sur 2)",
        "Nom ou numéro de carte",
        "Présence",
        "Signature",
        "oui (1 h 45 min)",
        "Inscriptions : 2 · présences : 1 · absences : 1 · sans inscription : 0",
        "Signature de l'animateur :",
    ],
    "nl": [
        "Aanwezigheidslijst",
        "Soort: workshop",
        "Taal: Frans",
        "Locatie: EPN Centre",
        "Begeleider: Amélie Dubœuf",
        "Dinsdag 8 december 2026, van 14.30 tot 16.30 uur (datum 1 van 2)",
        "Naam of kaartnummer",
        "Aanwezig",
        "Handtekening",
        "ja (1 u 45 min)",
        "Ingeschreven: 2 · aanwezig: 1 · afwezig: 1 · zonder inschrijving: 0",
        "Handtekening van de begeleider:",
    ],
    "en": [
        "Attendance sheet",
        "Type: workshop",
        "Level: beginner",
        "Language: French",
        "Facilitator: Amélie Dubœuf",
        "Tuesday 8 December 2026, from 14:30 to 16:30 (date 1 of 2)",
        "Name or card number",
        "Present",
        "Signature",
        "yes (1 h 45 min)",
        "Registered: 2 · present: 1 · absent: 1 · walk-ins: 0",
        "Facilitator's signature:",
    ],
}
SECOND_DATE = {
    "fr": ("Mardi 15 décembre 2026, de 14 h 30 à 16 h 30", "oui, sans inscription (50 min)"),
    "nl": ("Dinsdag 15 december 2026, van 14.30 tot 16.30 uur", "ja, zonder inschrijving (50 min)"),
    "en": ("Tuesday 15 December 2026, from 14:30 to 16:30", "yes, walk-in (50 min)"),
}


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_sheet_has_one_section_per_date_in_the_readers_language(language: str) -> None:
    first, second = _pages(attendance_sheet(_sheet(ROWS), language))
    for words in SHEET_WORDS[language]:
        assert words in first, words
    assert "Zoë Łukasiewicz" in first and "0420001234" in first
    # not on the list of a date they did not register for
    assert "Çağla Öztürk" not in first
    heading, walk_in = SECOND_DATE[language]
    assert heading in second and walk_in in second and "Çağla Öztürk" in second
    first_date = next(words for words in SHEET_WORDS[language] if "2026" in words)
    assert first_date.split(",")[0] not in second
    assert "Zoë Łukasiewicz" in second


def test_times_are_the_sites_wall_clock_whatever_the_machines_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    try:
        # a summer date: Brussels is two hours ahead of UTC (CEST)
        summer = SheetData(
            title="Tablette",
            timezone=BRUSSELS,
            slots=(
                Slot(
                    datetime(2026, 7, 1, 7, 0, tzinfo=UTC), datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
                ),
            ),
            rows=(SheetRow("Ana", (Attendance(Mark.REGISTERED),)),),
        )
        (fr,) = _pages(attendance_sheet(summer, "fr"))
        (nl,) = _pages(attendance_sheet(summer, "nl"))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert "Mercredi 1er juillet 2026, de 9 h à 11 h" in fr
    assert "Woensdag 1 juli 2026, van 9.00 tot 11.00 uur" in nl
    # attendance not taken yet: an empty mark, only the registrations counted
    assert "Inscriptions : 1" in fr and "présences" not in fr


def test_sixty_participants_run_over_pages_with_the_header_and_headings_repeated() -> None:
    rows = tuple(
        SheetRow(f"Participant n° {n:02d}", (Attendance(Mark.REGISTERED), None)) for n in range(60)
    )
    pages = _pages(attendance_sheet(_sheet(rows, LONG_TITLE), "fr"))
    # the first date's 60 rows need several pages; the second date, with nobody, one more
    assert len(pages) >= 3
    first_date, last = pages[:-1], pages[-1]
    for number, page in enumerate(first_date, start=1):
        assert "Liste de présence" in page
        assert "Mardi 8 décembre 2026, de 14 h 30 à 16 h 30" in page
        assert "Nom ou numéro de carte" in page
        assert f"Page {number}/{len(pages)}" in page
    listed = "\n".join(first_date)
    for n in range(60):
        assert listed.count(f"Participant n° {n:02d}") == 1
    assert "Inscriptions : 60" in first_date[-1]
    assert "Personne n'est inscrit à cette date." in last
    assert "Mardi 15 décembre 2026" in last


def test_a_long_title_wraps_over_lines_and_is_kept_whole() -> None:
    (page, _) = _pages(attendance_sheet(_sheet(ROWS[:1], LONG_TITLE), "fr"))
    header = page.split("Type : atelier")[0]
    title_lines = [
        line
        for line in header.split("\n")
        if line not in ("Ville de Bruxelles", "Liste de présence")
    ]
    assert len(title_lines) >= 2, header
    assert " ".join(" ".join(title_lines).split()) == " ".join(LONG_TITLE.split())


def test_the_sheet_says_its_title_and_language_in_its_metadata() -> None:
    for language, lang, title in (
        ("fr", "fr-BE", "Liste de présence – Mon CV en ligne"),
        ("nl", "nl-BE", "Aanwezigheidslijst – Mon CV en ligne"),
        ("en", "en", "Attendance sheet – Mon CV en ligne"),
    ):
        reader = PdfReader(io.BytesIO(attendance_sheet(_sheet(ROWS), language)))
        assert reader.metadata is not None and reader.metadata.title == title
        assert reader.trailer["/Root"]["/Lang"] == lang


def _certificate(**changes: object) -> CertificateData:
    data = CertificateData(
        participant="Zoë Łukasiewicz",
        title="Mon CV en ligne",
        timezone=BRUSSELS,
        slots=(
            AttendedSlot(_at(8, 13, 30), _at(8, 15, 30), minutes=105),
            AttendedSlot(_at(15, 13, 30), _at(15, 15, 30)),
        ),
        issued_on=date(2026, 12, 16),
        kind="workshop",
        theme="recherche d'emploi",
        site_name="EPN Centre",
        site_address="Rue de la Loi 1, 1000 Bruxelles",
        animateur="Amélie Dubœuf",
        organisation="Ville de Bruxelles",
        place="Bruxelles",
    )
    return CertificateData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


CERTIFICATE_WORDS = {
    "fr": [
        "Ville de Bruxelles",
        "Attestation de participation",
        "Le présent document atteste que",
        "Zoë Łukasiewicz",
        "a participé à « Mon CV en ligne »",
        "Type : atelier · Thème : recherche d'emploi",
        "Site : EPN Centre — Rue de la Loi 1, 1000 Bruxelles",
        "Animateur : Amélie Dubœuf",
        "Dates et heures de présence",
        "mardi 8 décembre 2026, de 14 h 30 à 16 h 30 : 1 h 45 min",
        "mardi 15 décembre 2026, de 14 h 30 à 16 h 30 : 2 h",
        "Total : 3 h 45 min",
        "Fait à Bruxelles, le 16 décembre 2026.",
        "Signature de l'animateur :",
    ],
    "nl": [
        "Attest van deelname",
        "Hierbij wordt bevestigd dat",
        "heeft deelgenomen aan ‘Mon CV en ligne’",
        "Soort: workshop · Thema: recherche d'emploi",
        "Locatie: EPN Centre",
        "Begeleider: Amélie Dubœuf",
        "Data en uren van aanwezigheid",
        "dinsdag 8 december 2026, van 14.30 tot 16.30 uur: 1 u 45 min",
        "dinsdag 15 december 2026, van 14.30 tot 16.30 uur: 2 u",
        "Totaal: 3 u 45 min",
        "Opgemaakt te Bruxelles op 16 december 2026.",
        "Handtekening van de begeleider:",
    ],
    "en": [
        "Certificate of attendance",
        "This is to certify that",
        "attended “Mon CV en ligne”",
        "Type: workshop · Theme: recherche d'emploi",
        "Facilitator: Amélie Dubœuf",
        "Dates and hours attended",
        "Tuesday 8 December 2026, from 14:30 to 16:30: 1 h 45 min",
        "Tuesday 15 December 2026, from 14:30 to 16:30: 2 h",
        "Total: 3 h 45 min",
        "Issued in Bruxelles on 16 December 2026.",
        "Facilitator's signature:",
    ],
}


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_certificate_is_one_page_with_dates_hours_and_total(language: str) -> None:
    pdf = certificate(_certificate(), language)
    pages = _pages(pdf)
    assert len(pages) == 1
    for words in CERTIFICATE_WORDS[language]:
        assert words in pages[0], words
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title.endswith("– Zoë Łukasiewicz – Mon CV en ligne")
    assert reader.trailer["/Root"]["/Lang"] == {"fr": "fr-BE", "nl": "nl-BE", "en": "en"}[language]


def test_a_certificate_of_ten_dates_still_fits_one_page() -> None:
    # weekly from Tuesday 3 March 2026 at 14:00 in Brussels, given in UTC: summer time starts
    # on 29 March, when 14:00 is 12:00 UTC instead of 13:00
    start = datetime(2026, 3, 3, 14, tzinfo=ZoneInfo(BRUSSELS))
    weekly = tuple(
        AttendedSlot(
            (start + timedelta(weeks=n)).astimezone(UTC),
            (start + timedelta(weeks=n, hours=2)).astimezone(UTC),
        )
        for n in range(10)
    )
    pages = _pages(certificate(_certificate(slots=weekly, title=LONG_TITLE), "fr"))
    assert len(pages) == 1
    assert "Total : 20 h" in pages[0]
    assert "mardi 24 mars 2026, de 14 h à 16 h : 2 h" in pages[0]
    assert "mardi 31 mars 2026, de 14 h à 16 h : 2 h" in pages[0]
    assert "mardi 5 mai 2026, de 14 h à 16 h : 2 h" in pages[0]


def test_a_certificate_without_place_or_organisation_says_only_the_date() -> None:
    (page,) = _pages(certificate(_certificate(place="", organisation=""), "nl"))
    assert "Opgemaakt op 16 december 2026." in page
    assert "Ville de Bruxelles" not in page


def test_dates_times_and_durations_as_each_language_writes_them() -> None:
    nine = datetime(2026, 3, 1, 9, 0)
    half_past_two = datetime(2026, 3, 1, 14, 30)
    assert [clock_text(nine, lang) for lang in ("fr", "nl", "en")] == [
        "9\u00a0h",
        "9.00\u00a0uur",
        "9:00",
    ]
    assert [clock_text(half_past_two, lang) for lang in ("fr", "nl", "en")] == [
        "14\u00a0h\u00a030",
        "14.30\u00a0uur",
        "14:30",
    ]
    assert [date_text(date(2026, 3, 1), lang) for lang in ("fr", "nl", "en")] == [
        "dimanche 1er mars 2026",
        "zondag 1 maart 2026",
        "Sunday 1 March 2026",
    ]
    assert [duration_text(65, lang) for lang in ("fr", "nl", "en")] == [
        "1\u00a0h\u00a005\u00a0min",
        "1\u00a0u\u00a005\u00a0min",
        "1\u00a0h\u00a005\u00a0min",
    ]
    assert duration_text(45, "fr") == "45\u00a0min"


def test_bad_input_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        attendance_sheet(_sheet(ROWS), "de")
    with pytest.raises(ValueError, match="2 entries for 1 dates"):
        attendance_sheet(SheetData("T", BRUSSELS, SLOTS[:1], ROWS[:1]), "fr")
    naive = AttendedSlot(datetime(2026, 12, 8, 14), datetime(2026, 12, 8, 16))
    with pytest.raises(ValueError, match="without its zone"):
        certificate(_certificate(slots=(naive,)), "fr")
    with pytest.raises(FontMissing, match="apt install fonts-dejavu-core"):
        certificate(_certificate(), "fr", font_dir=tmp_path)
