"""Staff read the sign-in sources (secrets masked) and their counts over the API."""

from __future__ import annotations

from pathlib import Path

import httpx

from admin.api.app import create_app
from admin.auth.sources import parse_auth, record
from admin.db.store import Store
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, serve_app

SECRET = "ils-password-1"


def test_staff_see_the_sources_masked_and_their_counts(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, "Riches Claires")
    add_staff(db, "desk", "bibliotheque", role="staff", sites=["Riches Claires"])
    sources = parse_auth(
        {
            "sites": {"Riches Claires": ["local", "library"]},
            "sources": {
                "library": {
                    "kind": "sip2",
                    "host": "ils.example",
                    "login_user": "kiosk",
                    "login_password": SECRET,
                }
            },
        }
    )
    with Store(db) as store:
        store.write(lambda d: record(d, "library", "fines_due", "2025-03-10T09:00:00Z"))
        app = create_app(store, sources=sources)
        with serve_app(app) as url, httpx.Client(base_url=url) as http:
            login = http.post(
                Paths.AUTH_LOGIN, json={"username": "desk", "password": "bibliotheque"}
            )
            headers = {"Authorization": f"Bearer {login.json()['token']}"}
            view = http.get(Paths.SIGN_IN_SOURCES, headers=headers)
            assert view.status_code == 200
            assert SECRET not in view.text
            body = view.json()
            assert body["sites"] == {"Riches Claires": ["local", "library"]}
            assert body["sources"]["library"]["login_password"] == "********"
            assert body["sources"]["library"]["host"] == "ils.example"
            stats = http.get(Paths.SIGN_IN_SOURCE_STATS, headers=headers).json()
            assert stats["counts"][0]["outcome"] == "fines_due"
            assert http.get(Paths.SIGN_IN_SOURCES).status_code == 401
