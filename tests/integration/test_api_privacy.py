"""Retention and a visitor's rights over the real HTTP API: what staff see, the export (JSON
and PDF), the erasure (admins only, clear refusals)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, add_visitor
from tests.integration.test_api_visitors import PASSWORD, http, login

__all__ = ["http"]  # the fixture: an HTTP client of the live server


def test_staff_see_the_periods_export_a_visitor_and_only_admins_erase(
    http: httpx.Client, db_path: Path
) -> None:
    add_site(db_path, "EPN")
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_staff(db_path, "ana", PASSWORD, role="staff", sites=["EPN"])
    add_visitor(db_path, "1001")
    admin, staff = login(http, "admin"), login(http, "ana")

    view = http.get(Paths.RETENTION, headers=staff).json()
    assert view["settings"] == {
        "usage_months": 12,
        "key_months": 24,
        "account_months": 12,
        "audit_months": 60,
    }
    assert view["upcoming"] == []

    data = http.get(f"{Paths.VISITORS}/1001/data", headers=staff)
    assert data.status_code == 200 and data.json()["visitor"]["identifier"] == "1001"
    pdf = http.get(f"{Paths.VISITORS}/1001/data.pdf", params={"language": "en"}, headers=staff)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    wrong = http.get(f"{Paths.VISITORS}/1001/data.pdf", params={"language": "de"}, headers=staff)
    assert wrong.status_code == 422

    refused = http.post(f"{Paths.VISITORS}/1001/erase", headers=staff)
    assert (refused.status_code, refused.json()["error"]["code"]) == (403, ErrorCode.FORBIDDEN)
    erased = http.post(f"{Paths.VISITORS}/1001/erase", headers=admin)
    assert erased.status_code == 200 and erased.json()["receipt"] > 0
    gone = http.get(f"{Paths.VISITORS}/1001/data", headers=staff)
    assert (gone.status_code, gone.json()["error"]["code"]) == (404, ErrorCode.NOT_FOUND)
    again = http.post(f"{Paths.VISITORS}/1001/erase", headers=admin)
    assert again.status_code == 404


def test_the_staff_client_exports_and_erases(db_path: Path, base_url: str) -> None:
    add_site(db_path, "EPN")
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_visitor(db_path, "1001")
    client = StaffClient(base_url)
    client.login("admin", PASSWORD)
    try:
        assert client.retention().settings.usage_months == 12
        assert client.visitor_data("1001").visitor["identifier"] == "1001"
        assert client.visitor_data_pdf("1001", "nl").startswith(b"%PDF")
        assert client.erase_visitor("1001").receipt > 0
        with pytest.raises(ApiError) as gone:
            client.visitor_data("1001")
        assert gone.value.code == ErrorCode.NOT_FOUND
    finally:
        client.close()
