"""Over real HTTP: ``GET /api/v1/reports/label`` as PDF, CSV (ZIP) and XLSX, staff scope and the
refusals of bad periods (issue 19)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import openpyxl
import pytest
from pypdf import PdfReader

from admin.db.store import Store
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.label_world import SITE, build_world
from tests.helpers.liveserver import running_server

PASSWORD = "a long password 1"


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    db_path = tmp_path / "label.db"  # the world's own ids: no site made before it
    clock = FakeClock()
    with Store(db_path) as store:
        service = Service(store, clock=clock)
        build_world(service, clock)
        service.directory.add_staff("admin", PASSWORD, role="admin")
        service.directory.add_staff("jan", PASSWORD, role="staff", sites=["EPN Jette"])
    with running_server(db_path, clock=clock) as url:
        yield url


@contextmanager
def login(base_url: str, username: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        body = {"username": username, "password": PASSWORD}
        response = client.post(Paths.AUTH_LOGIN, json=body)
        assert response.status_code == 200, response.text
        client.headers["Authorization"] = f"Bearer {response.json()['token']}"
        yield client


def test_the_label_report_in_each_format(base_url: str) -> None:
    with login(base_url, "admin") as http:
        answer = http.get(Paths.LABEL_REPORT, params={"period": "2026-03", "site": 1, "lang": "en"})
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/pdf"
        assert (
            'filename="epn-label-2026-03-epn-laeken.pdf"' in answer.headers["content-disposition"]
        )
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(answer.content)).pages)
        assert SITE in text and "By age band" in text
        answer = http.get(Paths.LABEL_REPORT, params={"period": "2026-Q1", "format": "csv"})
        assert answer.headers["content-type"] == "application/zip"
        assert "01-summary.csv" in zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
        answer = http.get(
            Paths.LABEL_REPORT,
            params={"from": "2026-03-01", "to": "2026-03-31", "format": "xlsx", "lang": "nl"},
        )
        book = openpyxl.load_workbook(io.BytesIO(answer.content))
        assert (
            book["summary"].cell(4, 1).value == "Sessies" and book["summary"].cell(4, 2).value == 4
        )


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"period": "2026-13"}, 422, ErrorCode.INVALID_REQUEST),
        ({"period": "2099"}, 422, ErrorCode.INVALID_REQUEST),  # not started yet
        ({"from": "2026-03-09", "to": "2026-03-01"}, 422, ErrorCode.INVALID_REQUEST),
        ({"period": "2026-03", "format": "doc"}, 422, ErrorCode.INVALID_REQUEST),
        ({"period": "2026-03", "site": 1}, 403, ErrorCode.FORBIDDEN),  # not jan's site
    ],
)
def test_refusals(base_url: str, params: dict[str, str | int], status: int, code: str) -> None:
    with login(base_url, "jan") as http:
        answer = http.get(Paths.LABEL_REPORT, params=params)
        assert (answer.status_code, answer.json()["error"]["code"]) == (status, code)


def test_the_staff_client_fetches_the_file(base_url: str) -> None:
    from admin.client.staff_client import StaffClient

    client = StaffClient(base_url)
    try:
        client.login("admin", PASSWORD)
        data = client.label_report("2026-03", 1, file_format="csv", language="fr")
        assert "02-sites.csv" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    finally:
        client.close()
