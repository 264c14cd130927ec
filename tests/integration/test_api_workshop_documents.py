"""A workshop's attendance sheet and certificates over HTTP, with the real server on a fake
clock: the PDFs read back (names, dates in the language asked, the certificate's total), their
file names, and the refusals: nothing attended, another site's workshop, an unknown language,
a server without its font."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader

from admin.client.staff_client import StaffClient
from admin.core import pdf
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from kiosk.protocol.workshops import AttendanceMark, RegistrationRequest, WorkshopRequest
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"


def text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "\n".join(page.extract_text() for page in pages).replace("\u00a0", " ")


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "anim", PASSWORD, role="staff", sites=[SITE])
    with StaffClient(base_url) as client:
        client.login("anim", PASSWORD)
        yield client


@pytest.fixture
def workshop(db_path: Path, base_url: str, staff: StaffClient, clock: FakeClock) -> dict[str, int]:
    """Monday 10 and 17 March 2025, 14:00 to 16:00 on RC-01: Anne came 30 minutes (her card),
    Zoé (a name) was ticked present, Bob stayed away; the clock is then past both dates."""
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "ann", display_name="Anne Dubœuf")
    add_visitor(db_path, "bob")
    made = staff.add_workshop(
        WorkshopRequest.model_validate(
            {
                "site": SITE,
                "kind": "initiation",
                "title": {"fr": "Mon CV en ligne", "nl": "Mijn cv online"},
                "theme": "job-search",
                "animateur": "anim",
                "capacity": 3,
                "stations": ["RC-01"],
                "starts_at": "2025-03-10T14:00",
                "minutes": 120,
                "weeks": 2,
            }
        )
    )
    ann = staff.register(made.id, RegistrationRequest(visitor="ann"))
    zoe = staff.register(made.id, RegistrationRequest(name="Zoé Łukasiewicz"))
    bob = staff.register(made.id, RegistrationRequest(visitor="bob"))
    clock.advance(seconds=(6 * 60 + 5) * 60)  # 14:05 on the first date
    signed = httpx.post(
        f"{base_url}{Paths.STATION_SIGN_IN}",
        json={"identifier": "ann"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert signed.status_code == 200
    clock.advance(seconds=30 * 60)
    ended = {
        "event_id": str(uuid.uuid4()),
        "seq": 1,
        "kind": "session_ended",
        "at": clock().isoformat(),
        "session_id": signed.json()["session_id"],
        "used_seconds": 30 * 60,
        "reason": "visitor",
    }
    answer = httpx.post(
        f"{base_url}{Paths.STATION_EVENTS}",
        json={"events": [ended]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200
    first = made.dates[0].id
    staff.mark_attendance(
        made.id, AttendanceMark(date_id=first, registration_id=zoe.id, present=True)
    )
    clock.advance(seconds=8 * 24 * 3600)  # past the second date
    staff.login("anim", PASSWORD)  # the login of a week ago has expired
    return {"id": made.id, "ann": ann.id, "zoe": zoe.id, "bob": bob.id}


def test_the_sheet_lists_the_participants_date_by_date_in_the_language_asked(
    base_url: str, staff: StaffClient, workshop: dict[str, int]
) -> None:
    sheet = text(staff.workshop_sheet(workshop["id"], "nl"))
    assert "Aanwezigheidslijst" in sheet and "Mijn cv online" in sheet
    assert "Maandag 10 maart 2025, van 14.00 tot 16.00 uur (datum 1 van 2)" in sheet
    assert "Maandag 17 maart 2025" in sheet
    first, second = sheet.split("Pagina 1/2")
    assert "1 Anne Dubœuf ja (30 min)" in first and "2 Zoé Łukasiewicz ja (2 u)" in first
    assert "3 bob nee" in first and "aanwezig: 2 · afwezig: 1" in first
    assert "1 Anne Dubœuf nee" in second and "aanwezig: 0 · afwezig: 3" in second
    assert "Soort: initiatie · Thema: Werk zoeken · Niveau: beginner · Taal: Frans" in sheet
    assert "Begeleider: anim" in sheet and "Locatie: EPN Test" in sheet

    answer = httpx.get(
        f"{base_url}{Paths.workshop(workshop['id'], 'sheet.pdf')}",
        params={"language": "fr"},
        headers={"Authorization": f"Bearer {staff.token}"},
    )
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    assert answer.headers["content-disposition"] == (
        f'attachment; filename="atelier-{workshop["id"]}-presences.pdf"'
    )
    french = text(answer.content)
    assert "Liste de présence" in french and "Mon CV en ligne" in french
    assert "Lundi 10 mars 2025, de 14 h à 16 h (date 1 sur 2)" in french


def test_a_certificate_says_the_dates_attended_and_their_total(
    staff: StaffClient, workshop: dict[str, int]
) -> None:
    anne = text(staff.workshop_certificate(workshop["id"], workshop["ann"], "en"))
    assert "Certificate of attendance" in anne and "Anne Dubœuf" in anne
    # the title in the reader's language, else the site's (French)
    assert "Mon CV en ligne" in anne and "Monday 10 March 2025" in anne
    assert "17 March" not in anne and "Total: 30 min" in anne
    zoe = text(staff.workshop_certificate(workshop["id"], workshop["zoe"], "fr"))
    assert "Zoé Łukasiewicz" in zoe and "Total : 2 h" in zoe and "lundi 10 mars 2025" in zoe

    with pytest.raises(ApiError) as nothing:
        staff.workshop_certificate(workshop["id"], workshop["bob"], "fr")
    assert nothing.value.code == ErrorCode.NOTHING_ATTENDED and nothing.value.status == 409
    assert nothing.value.details == {"registration_id": workshop["bob"]}
    with pytest.raises(ApiError) as unknown:
        staff.workshop_certificate(workshop["id"], 999, "fr")
    assert unknown.value.code == ErrorCode.NOT_FOUND


def test_refusals_another_site_an_unknown_language_a_missing_font(
    db_path: Path,
    base_url: str,
    staff: StaffClient,
    workshop: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_site(db_path, "EPN Laeken")
    add_staff(db_path, "other", PASSWORD, role="staff", sites=["EPN Laeken"])
    with StaffClient(base_url) as other:
        other.login("other", PASSWORD)
        with pytest.raises(ApiError) as hidden:
            other.workshop_sheet(workshop["id"], "fr")
        assert hidden.value.code == ErrorCode.NOT_FOUND
        with pytest.raises(ApiError) as hidden:
            other.workshop_certificate(workshop["id"], workshop["ann"], "fr")
        assert hidden.value.code == ErrorCode.NOT_FOUND

    with pytest.raises(ApiError) as language:
        staff.workshop_sheet(workshop["id"], "de")
    assert language.value.code == ErrorCode.INVALID_REQUEST and language.value.status == 422

    monkeypatch.setattr(pdf, "FONT_DIRS", ())
    with pytest.raises(ApiError) as font:
        staff.workshop_certificate(workshop["id"], workshop["ann"], "fr")
    assert font.value.code == ErrorCode.FONT_MISSING and font.value.status == 503
    assert "fonts-dejavu-core" in font.value.message
    assert font.value.details == {"package": "fonts-dejavu-core"}
