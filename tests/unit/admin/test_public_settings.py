"""A site's public page settings: one check for the service and the CLI (colour contrast, the
logo's type and size, the fields' patterns), stored, audited, and read by the snapshot."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.core.errors import Refused
from admin.public import snapshot
from admin.public.settings import contrast_with_white, logo_type
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_LOGO_BYTES
from kiosk.protocol.sites import SitePublic
from tests.unit.admin.conftest import SITE

Capture = pytest.CaptureFixture[str]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'
NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def refusal(call: object) -> Refused:
    with pytest.raises(Refused) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_with_white("#000000") == pytest.approx(21.0)
    assert contrast_with_white("#ffffff") == pytest.approx(1.0)
    # WCAG's own boundary example: #767676 on white is 4.54:1
    assert contrast_with_white("#767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_with_white(SitePublic().colour or "#00528c") >= 4.5


def test_logo_types_by_their_bytes() -> None:
    assert logo_type(PNG) == "image/png"
    assert logo_type(b"\xff\xd8\xff\xe0" + bytes(10)) == "image/jpeg"
    assert logo_type(SVG) == "image/svg+xml"
    for data, reason in (
        (b"GIF89a" + bytes(10), "type"),
        (b"<html><svg></svg></html>", "type"),
        (b'<svg onload="alert(1)"></svg>', "script"),
        (b"<svg><script>alert(1)</script></svg>", "script"),
        (PNG + bytes(MAX_LOGO_BYTES), "size"),
    ):
        refused = refusal(lambda data=data: logo_type(data))
        assert refused.code == ErrorCode.LOGO_INVALID
        assert refused.details["reason"] == reason


def test_settings_are_stored_audited_and_seen_by_the_snapshot(service: Service, site: str) -> None:
    assert service.public.get(None, SITE) == SitePublic()
    change = SitePublic(
        address="Rue Émile Bockstael 246",
        postcode="1020",
        commune="Laeken",
        phone="+32 2 279 37 90",
        how_to_register={"fr": "Au guichet", "nl": "Aan de balie"},
        colour="#1a5e20",
        show_animateurs=True,
    )
    stored = service.public.put(None, SITE, change)
    assert stored.address == "Rue Émile Bockstael 246" and stored.colour == "#1a5e20"
    stored = service.public.set_logo(None, SITE, PNG)
    assert stored.logo is not None and stored.logo.startswith("/public/v1/sites/1/logo?v=")
    audit = service.store.read(
        lambda db: [
            dict(r)
            for r in db.query(
                "SELECT action, before, after FROM audit WHERE action LIKE 'site.public%'"
            )
        ]
    )
    assert [row["action"] for row in audit] == ["site.public", "site.public_logo"]
    assert json.loads(audit[0]["before"])["address"] is None
    assert json.loads(audit[0]["after"])["address"] == "Rue Émile Bockstael 246"
    view = snapshot.build_from(service.store, NOW)
    profile = view.sites[0].profile
    assert profile.address == "Rue Émile Bockstael 246"
    assert profile.how_to_register == {"fr": "Au guichet", "nl": "Aan de balie"}
    assert profile.logo == stored.logo and profile.show_animateurs
    assert service.public.logo(1) is not None
    service.public.put(None, SITE, change.model_copy(update={"enabled": False}))
    assert snapshot.build_from(service.store, NOW).sites == ()
    assert service.public.logo(1) is None  # an off site shows no logo either


def test_a_colour_white_text_cannot_be_read_on_is_refused(service: Service, site: str) -> None:
    refused = refusal(lambda: service.public.put(None, SITE, SitePublic(colour="#ffcc00")))
    assert refused.code == ErrorCode.COLOUR_CONTRAST
    assert refused.details["minimum"] == 4.5 and refused.details["ratio"] < 4.5
    assert service.public.get(None, SITE) == SitePublic()  # nothing written


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sets_shows_and_refuses(tmp_path: Path, capsys: Capture) -> None:
    db = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", "Laeken", "--db", db)[0] == 0
    code, out, _ = run(
        capsys,
        "site", "public", "Laeken", "--db", db,
        "--address", "Rue X 1", "--colour", "#00528c", "--register-nl", "Aan de balie",
        "--off", "--show-animateurs",
    )  # fmt: skip
    assert code == 0, out
    code, out, _ = run(capsys, "site", "public", "Laeken", "--show", "--json", "--db", db)
    shown = json.loads(out)
    assert shown["address"] == "Rue X 1" and shown["enabled"] is False
    assert shown["how_to_register"]["nl"] == "Aan de balie" and shown["show_animateurs"]
    # the same check as the API: contrast, patterns, the logo
    code, _, err = run(capsys, "site", "public", "Laeken", "--colour", "#ffff00", "--db", db)
    assert code != 0 and "contrast" in err and "4.5" in err
    code, _, err = run(capsys, "site", "public", "Laeken", "--phone", "call us", "--db", db)
    assert code == 2 and "--phone" in err
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + bytes(10))
    code, _, err = run(capsys, "site", "public", "Laeken", "--logo", str(bad), "--db", db)
    assert code != 0 and "PNG, JPEG or SVG" in err
    good = tmp_path / "logo.svg"
    good.write_bytes(SVG)
    assert run(capsys, "site", "public", "Laeken", "--logo", str(good), "--db", db)[0] == 0
    code, out, _ = run(capsys, "site", "public", "Laeken", "--json", "--db", db)
    assert json.loads(out)["logo"].startswith("/public/v1/sites/1/logo?v=")
    assert json.loads(out)["address"] == "Rue X 1"  # a refused change wrote nothing
    # an empty text removes it
    assert run(capsys, "site", "public", "Laeken", "--address", "", "--on", "--db", db)[0] == 0
    code, out, _ = run(capsys, "site", "public", "Laeken", "--json", "--db", db)
    assert json.loads(out)["address"] is None and json.loads(out)["enabled"] is True
