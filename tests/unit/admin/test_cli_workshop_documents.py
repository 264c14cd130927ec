"""``epn workshop sheet|certificate``: the PDFs written to a file, read back; refusals with a
message and a non-zero exit.

The workshop is made through the service on a fake clock (Monday 10 March 2025, 14:00 to
16:00, over before the command runs), the commands then run as an operator would.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from admin.cli import app as cli
from admin.core import pdf
from admin.db.store import Store
from admin.services import Service
from kiosk.protocol.workshops import AttendanceMark, RegistrationRequest, WorkshopRequest
from tests.helpers.clock import BRUSSELS, FakeClock

Capture = pytest.CaptureFixture[str]
SITE = "EPN Laeken"


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return "\n".join(page.extract_text() for page in pages).replace("\u00a0", " ")


@pytest.fixture
def db(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, dict[str, int]]:
    """Zoé (a name) ticked present at the one date, ann (a card) registered and absent."""
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", SITE, "--db", path)[0] == 0
    assert run(capsys, "station", "add", "RC-01", "--site", SITE, "--db", path)[0] == 0
    assert run(capsys, "visitor", "add", "ann", "--db", path)[0] == 0
    monkeypatch.setenv("EPN_PASSWORD", "animateur-pass")
    assert (
        run(capsys, "staff", "add", "anim", "--role", "staff", "--site", SITE, "--db", path)[0] == 0
    )
    clock = FakeClock(datetime(2025, 3, 10, 9, 0, tzinfo=BRUSSELS))
    store = Store(path)
    try:
        workshops = Service(store, clock=clock).workshops
        made = workshops.add(
            None,
            WorkshopRequest.model_validate(
                {
                    "site": SITE,
                    "kind": "workshop",
                    "title": {"fr": "Mon CV en ligne"},
                    "theme": "job-search",
                    "animateur": "anim",
                    "capacity": 5,
                    "stations": ["RC-01"],
                    "starts_at": "2025-03-10T14:00",
                    "minutes": 120,
                }
            ),
        )
        zoe = workshops.register(None, made.id, RegistrationRequest(name="Zoé Łukasiewicz"))
        ann = workshops.register(None, made.id, RegistrationRequest(visitor="ann"))
        clock.advance(seconds=int(timedelta(hours=6).total_seconds()))
        mark = AttendanceMark(date_id=made.dates[0].id, registration_id=zoe.id, present=True)
        workshops.mark(None, made.id, mark)
    finally:
        store.close()
    monkeypatch.chdir(tmp_path)
    return path, {"id": made.id, "zoe": zoe.id, "ann": ann.id}


def test_the_sheet_and_a_certificate_written_to_files(
    capsys: Capture, db: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    path, ids = db
    code, out, _ = run(
        capsys, "workshop", "sheet", str(ids["id"]), "--language", "nl", "--db", path
    )
    written = tmp_path / f"workshop-{ids['id']}-aanwezigheden.pdf"
    assert code == 0 and f"wrote {written.name}" in out
    sheet = text(written)
    assert "Aanwezigheidslijst" in sheet and "Mon CV en ligne" in sheet
    assert "Maandag 10 maart 2025, van 14.00 tot 16.00 uur" in sheet
    assert "Zoé Łukasiewicz ja (2 u)" in sheet and "ann nee" in sheet

    out_file = tmp_path / "zoe.pdf"
    code, _, _ = run(
        capsys, "workshop", "certificate", str(ids["id"]), str(ids["zoe"]),
        "--out", str(out_file), "--db", path,
    )  # fmt: skip
    certificate = text(out_file)
    # the site's language by default
    assert code == 0 and "Attestation de participation" in certificate
    assert (
        "Zoé Łukasiewicz" in certificate
        and "lundi 10 mars 2025, de 14 h à 16 h : 2 h" in certificate
    )
    assert "Total : 2 h" in certificate


def test_refusals_say_why_and_exit_non_zero(
    capsys: Capture,
    db: tuple[str, dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, ids = db
    workshop = str(ids["id"])
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"keep me")
    code, _, err = run(capsys, "workshop", "sheet", workshop, "--out", str(taken), "--db", path)
    assert code == 2 and "exists: give --force" in err and taken.read_bytes() == b"keep me"
    code, _, _ = run(
        capsys, "workshop", "sheet", workshop, "--out", str(taken), "--force", "--db", path
    )
    assert code == 0 and taken.read_bytes().startswith(b"%PDF")

    code, _, err = run(capsys, "workshop", "sheet", workshop, "--db", path)
    assert code == 0
    code, _, err = run(capsys, "workshop", "sheet", workshop, "--db", path)
    assert code == 2 and "atelier-1-presences.pdf exists" in err

    code, _, err = run(capsys, "workshop", "certificate", workshop, str(ids["ann"]), "--db", path)
    assert code == 1 and "present at none of the workshop's dates" in err
    code, _, err = run(capsys, "workshop", "certificate", workshop, "99", "--db", path)
    assert code == 1 and "no registration 99" in err
    code, _, err = run(capsys, "workshop", "sheet", "42", "--db", path)
    assert code == 1 and "no workshop 42" in err
    code, _, err = run(capsys, "workshop", "sheet", workshop, "--language", "de", "--db", path)
    assert code == 1 and "unknown language 'de'" in err

    monkeypatch.setattr(pdf, "FONT_DIRS", ())
    out_file = tmp_path / "none.pdf"
    code, _, err = run(capsys, "workshop", "sheet", workshop, "--out", str(out_file), "--db", path)
    assert code == 1 and "apt install fonts-dejavu-core" in err and not out_file.exists()
