"""The staff console's pages in ``epn demo --screenshots``: ``console-<page>-<lang>.png``.

The console is signed in as the demo's desk account; before the shots the other computers of
the room are brought to life through the real API (one free, some in use, one locked while its
visitor is away, one out of order, the rest offline), so the room shows every state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QImage

from ui.demo_screens import LANGUAGES, Shooter, Shot, Step

log = logging.getLogger("epn.ui.demo")

#: The console's pages, in the order of its navigation.
CONSOLE_PAGES = (
    "room",
    "visitors",
    "tickets",
    "statistics",
    "catalogue",
    "allowances",
    "sites",
    "audit",
)
CONSOLE_SIZE = (1280, 800)


def console_shot_name(page: str, language: str) -> str:
    return f"console-{page}-{language}.png"


def expected_console_shots() -> list[str]:
    return [console_shot_name(page, code) for page in CONSOLE_PAGES for code in LANGUAGES]


def console_steps(
    console: Any,
    shooter: Shooter,
    before: dict[str, tuple[Callable[[], bool], Callable[[], None]]] | None = None,
) -> list[Step]:
    """Each page in each language, once its data has arrived and the layout has settled.

    ``before`` maps a page to what to do on it first (select a visitor, create tickets…) and
    when it can be done (the page's data loaded).
    """
    window = console.window
    tasks = console.tasks
    before = before or {}
    steps: list[Step] = []

    def size() -> None:
        window.showNormal()
        window.resize(*CONSOLE_SIZE)

    steps.append(("console at 1280×800", lambda: True, size))
    for index, page in enumerate(CONSOLE_PAGES):

        def open_page(index: int = index) -> None:
            window.show_view(index)

        steps.append((f"console page {page}", lambda: True, open_page))
        if page in before:
            ready, act = before[page]
            steps.append(
                (f"console page {page}: prepared", lambda r=ready: r() and not tasks.busy(), act)
            )
        for code in LANGUAGES:

            def prepare(code: str = code, index: int = index) -> None:
                window.set_language(code)
                window.show_view(index)

            def render() -> QImage | None:
                if tasks.busy() or (window.width(), window.height()) != CONSOLE_SIZE:
                    return None
                return window.grab().toImage()

            shot = Shot(console_shot_name(page, code), prepare, render, lambda: [window])
            steps.extend(shooter.steps(shot))
    return steps


#: What each computer of the demo room is doing in the console's shots (the first one is the
#: demo's own kiosk, back on its lock screen by then): state, app in use, seconds left.
ROOM: dict[str, tuple[str, str | None, int | None]] = {
    "RC-02": ("in_use", "firefox", None),
    "RC-03": ("locked", "libreoffice-writer", None),
    "RC-04": ("free", None, None),
    "RC-05": ("in_use", "firefox", 240),  # little time left: a warning on its tile
    "RC-06": ("out_of_order", None, None),
    # RC-07 and RC-08 never say hello: offline
}
OUT_OF_ORDER_REASON = "Écran en panne — technicien prévenu"


def bring_room_to_life(server_url: str, sample: dict[str, Any]) -> None:
    """Computers say hello, visitors sign in and work, one steps away, one is put out of
    order: through the real API, as stations and the desk would."""
    import uuid
    from datetime import UTC, datetime

    from admin.client.staff_client import StaffClient
    from kiosk.client import StationClient
    from kiosk.protocol.station import Event, EventKind

    visitors = [v for v in sample["visitors"] if v["enabled"] and not v["pin"]]
    staff = sample["staff"]
    with StaffClient(server_url) as desk:
        desk.login(staff["username"], staff["password"])
        for name, (state, app, left) in ROOM.items():
            station = StationClient(server_url, sample["stations"][name])
            try:
                station.me()
                if state in ("in_use", "locked"):
                    grant = station.sign_in(visitors.pop(0)["identifier"])
                    heartbeat = Event(
                        event_id=uuid.uuid4().hex,
                        seq=1,
                        kind=EventKind.HEARTBEAT,
                        at=datetime.now(UTC).isoformat(),
                        session_id=grant.session_id,
                        used_seconds=600,
                        remaining_seconds=left or grant.granted_seconds - 600,
                        locked=state == "locked",
                        app_id=app,
                    )
                    station.post_events([heartbeat])
            finally:
                station.close()
            if state == "out_of_order":
                desk.disable(name, OUT_OF_ORDER_REASON)


def page_preparations(
    console: Any, sample: dict[str, Any]
) -> dict[str, tuple[Callable[[], bool], Callable[[], None]]]:
    """What a desk would have on each page: a visitor opened, a batch of tickets made, the
    month's statistics."""
    from ui.console.stats.view import StatsView
    from ui.console.tickets.view import TicketsView
    from ui.console.visitors.view import VisitorsView

    window = console.window
    visitor = next(v for v in sample["visitors"] if v["enabled"] and v["pin"])

    def visitors() -> None:
        view = window.view(VisitorsView)
        view.search_edit.setText(visitor["name"])
        view.open_first()

    def tickets() -> None:
        view = window.view(TicketsView)
        view.form.count.setValue(6)
        view.form.minutes.setValue(45)
        view.create_batch()

    def statistics() -> None:
        window.view(StatsView).set_period("month")

    def room() -> None:
        window.views[0].select_station("RC-02")

    def always() -> bool:
        return True

    def sites_loaded() -> bool:
        return window.view(TicketsView).form.site_combo.currentData() is not None

    return {
        "room": (always, room),
        "visitors": (always, visitors),
        "tickets": (sites_loaded, tickets),
        "statistics": (always, statistics),
    }
