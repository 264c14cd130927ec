"""The Sites page's tab of sign-in sources, against the real server with a SIP2 source."""

from __future__ import annotations

import os
from pathlib import Path

from admin.auth.sources import parse_auth, record
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    TWO_SITES,
    World,
    choose_site,
    console_as,
    no_real_dialogs_fixture,  # noqa: F401  (autouse)
    open_view,
    world_fixture,
)
from ui.console.sites.view import SitesView

SECRET = "ils-secret-1"
SOURCES = parse_auth(
    {
        "sites": {"Centre": ["local", "library"]},
        "sources": {
            "library": {
                "kind": "sip2",
                "host": "ils.example",  # never asked: the page only reads the config
                "login_user": "kiosk",
                "login_password": SECRET,
                "fines_limit": "5.00",
                "categories": {"CHILD": "youth"},
            }
        },
    }
)


def _counted(world: World) -> None:
    for outcome, times in (("signed_in", 3), ("fines_due", 2), ("unreachable", 1)):
        for _ in range(times):
            world.store.write(
                lambda db, o=outcome: record(db, "library", o, "2025-03-10T09:00:00Z")
            )


world = world_fixture(TWO_SITES, sources=SOURCES, prepare=_counted)


def cells(view: SitesView) -> list[list[str]]:
    table = view.sources.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_site_shows_its_sources_in_order_masked_with_counts(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = open_view(qtbot, console, SitesView)
        choose_site(console, "Centre")
        qtbot.waitUntil(
            lambda: view.sources.table.rowCount() == 2 and view.texts is not None,
            timeout=TIMEOUT_MS,
        )
        index = view.tabs.indexOf(view.sources)
        assert view.tabs.tabText(index) == "Sign-in sources"
        assert "1. Visitors of this server, 2. library (library system, SIP2)" in (
            view.sources.order.text()
        )
        local, library = cells(view)
        assert local[0] == "Visitors of this server"
        assert "host = ils.example" in library[1] and "login_password = ********" in library[1]
        assert SECRET not in library[1]
        assert "categories = CHILD → youth" in library[1]
        assert library[2] == "3"
        assert library[3] == "fines: 2\nnot reachable: 1"
        view.tabs.setCurrentIndex(index)
        if folder := os.environ.get("EPN_GRAB_DIR"):
            console.window.grab().save(str(Path(folder) / "sites-sign-in-sources.png"))

        # a site without sources: its own visitors only, no counts
        choose_site(console, "Nord")
        qtbot.waitUntil(lambda: view.sources.table.rowCount() == 1, timeout=TIMEOUT_MS)
        assert "1. Visitors of this server." in view.sources.order.text()
