"""The staff console in ``epn demo --screenshots``: each page (``console-<page>-<lang>.png``)
and each dialog (``console-dialog-<state>-<lang>.png``), in French, Dutch and English.

The console is signed in as the demo's desk account; before the shots the other computers of
the room are brought to life through the real API (one free, some in use, one locked while its
visitor is away, one out of order, one whose visitor called the desk, the rest offline), so the
room shows every state. Each dialog
is opened by the console's own action (the button's slot) on the sample data, drawn centred over
the window as a window manager puts it, then cancelled: nothing is changed.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, QTime, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.demo_screens import LANGUAGES, Shooter, Shot, Step, look_meta

log = logging.getLogger("epn.ui.demo")

#: The console's pages, in the order of its navigation.
CONSOLE_PAGES = (
    "room",
    "visitors",
    "workshops",
    "tickets",
    "statistics",
    "reports",
    "catalogue",
    "allowances",
    "sites",
    "audit",
)
CONSOLE_SIZE = (1280, 800)
#: A page's other states pictured after its default one (the Sites page's public page tab).
CONSOLE_PAGE_STATES: dict[str, tuple[str, ...]] = {"sites": ("public",)}


def console_shot_name(page: str, language: str, state: str | None = None) -> str:
    return f"console-{page}-{state}-{language}.png" if state else f"console-{page}-{language}.png"


def expected_console_shots() -> list[str]:
    states = [(page, None) for page in CONSOLE_PAGES] + [
        (page, state) for page, names in CONSOLE_PAGE_STATES.items() for state in names
    ]
    return [console_shot_name(page, code, state) for page, state in states for code in LANGUAGES]


def console_steps(
    console: Any,
    shooter: Shooter,
    before: dict[str, tuple[Callable[[], bool], Callable[[], None]]] | None = None,
    states: dict[str, dict[str, tuple[Callable[[], bool], Callable[[], None]]]] | None = None,
) -> list[Step]:
    """Each page in each language, once its data has arrived and the layout has settled.

    ``before`` maps a page to what to do on it first (select a visitor, create tickets…) and
    when it can be done (the page's data loaded); ``states`` maps a page to its other states
    (CONSOLE_PAGE_STATES), each pictured in each language after what it takes to show it.
    """
    window = console.window
    tasks = console.tasks
    before = before or {}
    states = states or {}
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
        page_states: list[tuple[str | None, Any]] = [(None, None)]
        page_states += [(name, states[page][name]) for name in CONSOLE_PAGE_STATES.get(page, ())]
        for state, how in page_states:
            if how is not None:
                ready, act = how
                steps.append(
                    (
                        f"console page {page}: {state}",
                        lambda r=ready: r() and not tasks.busy(),
                        act,
                    )
                )
            for code in LANGUAGES:

                def prepare(code: str = code, index: int = index) -> None:
                    window.set_language(code)
                    window.show_view(index)

                def render() -> QImage | None:
                    if tasks.busy() or (window.width(), window.height()) != CONSOLE_SIZE:
                        return None
                    return window.grab().toImage()

                meta = {
                    "screen": f"console-{page}",
                    "state": state or "default",
                    **look_meta(code),
                }
                name = console_shot_name(page, code, state)
                shot = Shot(name, prepare, render, lambda: [window], meta)
                steps.extend(shooter.steps(shot))
    return steps


def page_states(
    console: Any,
) -> dict[str, dict[str, tuple[Callable[[], bool], Callable[[], None]]]]:
    """How to show each page's other states (CONSOLE_PAGE_STATES): the Sites page's public
    page tab, once the site's public settings and logo have arrived."""
    from ui.console.sites.form import Tab
    from ui.console.sites.view import SitesView

    window = console.window

    def public_loaded() -> bool:
        return window.view(SitesView).public is not None

    def public_tab() -> None:
        window.view(SitesView).tabs.setCurrentIndex(Tab.PUBLIC)

    return {"sites": {"public": (public_loaded, public_tab)}}


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
#: The site's ready-made messages as the editor shows them in its picture.
READY_FR = ["La salle ferme dans 15 minutes.", "Pensez à enregistrer votre travail."]
READY_NL = ["De zaal sluit over 15 minuten.", "Vergeet uw werk niet op te slaan."]
READY_EN = ["The room closes in 15 minutes.", "Remember to save your work."]
OUT_OF_ORDER_REASON = "Écran en panne — technicien prévenu"
#: The computer whose visitor called the desk ("Call the desk"), and how long ago: its tile
#: lights up with the wait. Not RC-04: the sign-in-here dialog needs a free computer; not
#: RC-02, the one selected on the room page.
DESK_CALLER = "RC-05"
DESK_CALL_WAITED_SECONDS = 4 * 60


#: How often the demo room's computers say they are still there: well inside the server's
#: offline delay (30 s), so the room does not go grey while the demo runs.
ROOM_HEARTBEAT_SECONDS = 10.0


def bring_room_to_life(server_url: str, sample: dict[str, Any]) -> None:
    """Computers say hello, visitors sign in and work, one steps away, one calls the desk, one
    is put out of order: through the real API, as stations and the desk would. They keep sending their
    heartbeats (a daemon thread) for as long as the demo runs, as real stations do."""
    import threading

    from admin.client.staff_client import StaffClient
    from kiosk.client import StationClient

    visitors = [v for v in sample["visitors"] if v["enabled"] and not v["pin"]]
    staff = sample["staff"]
    computers: list[_DemoComputer] = []
    with StaffClient(server_url) as desk:
        desk.login(staff["username"], staff["password"])
        for name, (state, app, left) in ROOM.items():
            station = StationClient(server_url, sample["stations"][name])
            station.me()
            computer = _DemoComputer(station, state, app)
            if state in ("in_use", "locked"):
                grant = station.sign_in(visitors.pop(0)["identifier"])
                computer.session_id = grant.session_id
                computer.remaining = left or grant.granted_seconds - 600
            computer.heartbeat()
            if name == DESK_CALLER:
                computer.call_desk(DESK_CALL_WAITED_SECONDS)
            computers.append(computer)
            if state == "out_of_order":
                desk.disable(name, OUT_OF_ORDER_REASON)
        book_and_queue(desk, sample)
    # the free computer keeps saying it is there (the desk signs a visitor in on it from the
    # console); the others are shot at once, and fewer heartbeats keep the room still
    free = [c for c in computers if c.session_id is None and not c.disabled]
    threading.Thread(target=_keep_alive, args=(free,), name="demo-room", daemon=True).start()


#: The demo's queue: the first gets the free computer at once, the others wait.
QUEUE_NAMES = ("Fatima", "Jan")
#: A class on the offline computers, from the next full hour for two hours.
GROUP_LABEL = "Classe 5B"
GROUP_STATIONS = ["RC-07", "RC-08"]


def group_span(now: datetime, timezone: str) -> tuple[str, str]:
    """The demo class's span at the site's wall clock: the next full hour, two hours."""
    local = now.astimezone(ZoneInfo(timezone)).replace(minute=0, second=0, microsecond=0)
    start = local + timedelta(hours=1)
    end = start + timedelta(hours=2)
    return (
        start.replace(tzinfo=None).isoformat(timespec="minutes"),
        end.replace(tzinfo=None).isoformat(timespec="minutes"),
    )


def book_and_queue(desk: Any, sample: dict[str, Any]) -> None:
    """A desk's day: numbers taken (one called to the free computer, two waiting), and a
    class booked on two computers. A booking the site's hours refuse (a demo run at night) is
    left out: the room is shot without it."""
    from kiosk.protocol.holds import BookingRequest, TicketRequest
    from kiosk.protocol.http import ApiError

    site = next(iter(desk.sites()))
    visitors = [v for v in sample["visitors"] if v["enabled"] and not v["pin"]]
    try:
        for name in QUEUE_NAMES:
            desk.take_ticket(TicketRequest(site=site.name, name=name))
        if visitors:
            desk.take_ticket(TicketRequest(site=site.name, visitor=visitors[-1]["identifier"]))
        start, end = group_span(datetime.now(UTC), site.timezone)
        desk.book(
            BookingRequest(
                site=site.name,
                kind="group",
                label=GROUP_LABEL,
                stations=GROUP_STATIONS,
                starts_at=start,
                ends_at=end,
                new_code=True,
            )
        )
    except ApiError as error:
        log.warning("demo: %s", error)


class _DemoComputer:
    """One computer of the demo room: its client and what its heartbeats say."""

    def __init__(self, station: Any, state: str, app: str | None) -> None:
        self.station = station
        self.locked = state == "locked"
        self.disabled = state == "out_of_order"
        self.app = app
        self.session_id: str | None = None
        self.used = 600
        self.remaining = 0
        self.seq = 0

    def heartbeat(self) -> None:
        import uuid
        from datetime import UTC, datetime

        from kiosk.protocol.station import Event, EventKind

        self.seq += 1
        in_session = self.session_id is not None
        event = Event(
            event_id=uuid.uuid4().hex,
            seq=self.seq,
            kind=EventKind.HEARTBEAT,
            at=datetime.now(UTC).isoformat(),
            session_id=self.session_id,
            used_seconds=self.used if in_session else None,
            remaining_seconds=self.remaining if in_session else None,
            locked=self.locked if in_session else None,
            app_id=self.app if in_session else None,
        )
        self.station.post_events([event])

    def call_desk(self, waited: int) -> None:
        """The visitor pressed "Call the desk" ``waited`` seconds ago (the station's event)."""
        import uuid
        from datetime import UTC, datetime, timedelta

        from kiosk.protocol.station import Event, EventKind

        self.seq += 1
        event = Event(
            event_id=uuid.uuid4().hex,
            seq=self.seq,
            kind=EventKind.DESK_CALLED,
            at=(datetime.now(UTC) - timedelta(seconds=waited)).isoformat(),
            session_id=self.session_id,
        )
        self.station.post_events([event])


def _keep_alive(computers: list[_DemoComputer]) -> None:
    """The free computers say they are still there (a free station's heartbeat carries no
    session), so the room does not grey them out while the demo runs."""
    import time

    while True:
        time.sleep(ROOM_HEARTBEAT_SECONDS)
        for computer in computers:
            try:
                computer.heartbeat()
            except Exception:  # the demo's server stopping: the thread ends with the process
                log.debug("demo room heartbeat failed", exc_info=True)


def page_preparations(
    console: Any, sample: dict[str, Any]
) -> dict[str, tuple[Callable[[], bool], Callable[[], None]]]:
    """What a desk would have on each page: a visitor opened, a batch of tickets made, the
    month's statistics, the last quarter's label report saved."""
    from ui.console.reports.view import ReportsView
    from ui.console.stats.view import StatsView
    from ui.console.tickets.view import TicketsView
    from ui.console.visitors.view import VisitorsView
    from ui.console.workshops.view import WorkshopsView

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

    def reports() -> None:
        # the last complete quarter at the first site, as a PDF saved where the demo writes
        view = window.view(ReportsView)
        today = console.context.today()
        quarter = (today.month - 1) // 3
        year, quarter = (today.year, quarter) if quarter else (today.year - 1, 4)
        view.choose_quarter(year, quarter)
        view.site_combo.setCurrentIndex(view.site_combo.count() - 1)
        asked = view.request()
        folder = Path(tempfile.gettempdir()) / "epn-demo"
        folder.mkdir(exist_ok=True)
        view.save(str(folder / asked.file_name()), asked)

    def reports_ready() -> bool:
        return window.view(ReportsView).site_combo.count() > 0

    def room() -> None:
        window.views[0].select_station("RC-02")

    def workshops() -> None:
        # next week's "Mon CV en ligne": full, with its waitlist (admin/demo/workshops.py)
        window.view(WorkshopsView).show_workshop(sample["workshops"][1], weeks_ahead=1)

    def always() -> bool:
        return True

    def sites_loaded() -> bool:
        return window.view(TicketsView).form.site_combo.currentData() is not None

    return {
        "room": (always, room),
        "visitors": (always, visitors),
        "workshops": (always, workshops),
        "tickets": (sites_loaded, tickets),
        "statistics": (always, statistics),
        "reports": (reports_ready, reports),
    }


#: Every dialog of the console, as the state of its pictures: the page it opens from and the
#: class that shows it (a QMessageBox or QFileDialog behind a classmethod is named by its class).
CONSOLE_DIALOGS: dict[str, tuple[str, str]] = {
    "extend": ("room", "MinutesDialog"),
    "set-time": ("room", "MinutesDialog"),
    "end-session": ("room", "ConfirmDialog"),
    "end-all": ("room", "ConfirmDialog"),
    "message": ("room", "TextDialog"),
    "ready-messages": ("room", "ReadyMessagesEditor"),
    "out-of-order": ("room", "TextDialog"),
    "sign-in-here": ("room", "SignInDialog"),
    "station-errors": ("room", "StationErrorsDialog"),
    "new-visitor": ("visitors", "VisitorDialog"),
    "edit-visitor": ("visitors", "VisitorDialog"),
    "block-card": ("visitors", "DisableDialog"),
    "new-pin": ("visitors", "PinDialog"),
    "lockouts": ("visitors", "LockoutsDialog"),
    "visitor-data": ("visitors", "ExportDialog"),
    # the desk account is staff, who never see Erase: the admins' dialog opened directly
    "erase-visitor": ("visitors", "EraseDialog"),
    "retention": ("visitors", "RetentionDialog"),
    "import-file": ("visitors", "FileDialog"),
    "import-check": ("visitors", "ImportDialog"),
    "workshop-new": ("workshops", "WorkshopDialog"),
    "workshop-change": ("workshops", "WorkshopDialog"),
    "workshop-register": ("workshops", "RegisterDialog"),
    "save-pdf": ("tickets", "FileDialog"),
    "print": ("tickets", "TicketPrinting"),
    "print-preview": ("tickets", "TicketPrinting"),
    "app": ("catalogue", "AppDialog"),  # read-only for the desk account, as staff see it
    "allowance": ("allowances", "AllowanceDialog"),
    "session-rules": ("allowances", "SessionRulesDialog"),
    "book-computer": ("room", "BookingDialog"),
    "book-group": ("room", "BookingDialog"),
    "booking-refused": ("room", "BookingDialog"),
    "bookings": ("room", "BookingsDialog"),
    "shortcuts": ("room", "ShortcutsDialog"),
    "login": ("room", "LoginDialog"),
}


def console_dialog_shot_name(state: str, language: str) -> str:
    return f"console-dialog-{state}-{language}.png"


def expected_console_dialog_shots() -> list[str]:
    return [
        console_dialog_shot_name(state, code) for state in CONSOLE_DIALOGS for code in LANGUAGES
    ]


def open_dialog(parent: QWidget) -> QDialog | None:
    """The dialog shown over the console (the newest if several)."""
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and widget is not parent
    ]
    return found[-1] if found else None


def ui_classes(widget: QWidget) -> list[str]:
    """The classes of ours a dialog is an instance of, most derived first."""
    return [kind.__name__ for kind in type(widget).__mro__ if kind.__module__.startswith("ui.")]


def dialog_openers(
    console: Any, sample: dict[str, Any], data_dir: Path
) -> dict[str, Callable[[], None]]:
    """How the console opens each dialog of CONSOLE_DIALOGS: the slot its button calls."""
    from ui.console.catalogue.view import CatalogueView
    from ui.console.login import LoginDialog
    from ui.console.rules.view import RulesView
    from ui.console.tickets.view import TicketsView
    from ui.console.visitors.csv_files import ImportDialog
    from ui.console.visitors.privacy import EraseDialog
    from ui.console.visitors.view import VisitorsView
    from ui.console.workshops.view import WorkshopsView

    window = console.window
    room = window.views[0]
    workshops = window.view(WorkshopsView)
    visitors = window.view(VisitorsView)
    rules = window.view(RulesView)
    catalogue = window.view(CatalogueView)
    tickets = window.view(TicketsView)
    sample_file = data_dir / "visitors-to-import.csv"
    sample_file.write_text(
        "identifier,display_name,category\n"
        "NEW-0001,Marie Dubois,adult\n"
        "NEW-0002,Jan Peeters,senior\n"
        "NEW-0003,,astronaut\n",
        encoding="utf-8",
    )

    def on(station: str, act: Callable[[], Any]) -> Callable[[], None]:
        def open_() -> None:
            room.select_station(station)
            act()

        return open_

    def rule(part: Any) -> Callable[[], None]:
        def open_() -> None:
            part.select_category(part.lines[0].category)
            part.change_selected()

        return open_

    def app(app_id: str) -> Callable[[], None]:
        def open_() -> None:
            catalogue.apps_panel.select_app(app_id)
            catalogue.apps_panel.edit_selected()

        return open_

    def ready_messages() -> None:
        from kiosk.protocol.sites import ReadyMessage, SiteReadyMessages

        room.select_station("RC-02")
        site = room.selected_stations()[0].site
        ready = SiteReadyMessages(
            language="fr",
            messages=[
                ReadyMessage(texts={"fr": text, "nl": READY_NL[i], "en": READY_EN[i]})
                for i, text in enumerate(READY_FR)
            ],
        )
        room.send._edit_ready(site.id, site.name, ready)

    def refused_booking() -> None:
        """A visitor's booking on a computer the class has then: the server's refusal shown."""
        room.select_station(GROUP_STATIONS[0])
        dialog = room.book_selected()
        if dialog is None:
            return
        start, end = group_span(window.context.clock(), dialog.site.timezone)
        begins, ends = datetime.fromisoformat(start), datetime.fromisoformat(end)
        dialog.day.setDate(QDate(begins.year, begins.month, begins.day))
        dialog.starts.setTime(QTime(begins.hour, begins.minute))
        dialog.ends.setTime(QTime(ends.hour, ends.minute))
        dialog.card.setText(next(v for v in sample["visitors"] if v["enabled"])["identifier"])
        dialog.send()

    def erase_visitor() -> None:
        visitor = visitors.selected_visitor()
        if visitor is not None:
            EraseDialog.ask(visitors, visitor)

    def login() -> None:
        staff = sample["staff"]["username"]
        context = window.context
        LoginDialog.ask(window, window.server_url, context.client, context.tasks, staff)

    return {
        "extend": on("RC-02", room.send.extend_selected_by),
        "set-time": on("RC-02", room.send.set_time_selected),
        "end-session": on("RC-02", room.send.end_selected),
        "end-all": room.send.end_all,
        "message": on("RC-02", room.send.message_selected),
        "ready-messages": ready_messages,
        "out-of-order": on("RC-04", room.send.disable_selected),
        "sign-in-here": on("RC-04", room.send.sign_in_here),
        "station-errors": on("RC-06", room.show_errors),
        "new-visitor": visitors.create_visitor,
        "edit-visitor": visitors.edit_selected,
        "block-card": visitors.disable_selected,
        "new-pin": visitors.pin_selected,
        "lockouts": visitors.show_lockouts,
        "visitor-data": visitors.export_data_selected,
        "erase-visitor": erase_visitor,
        "retention": visitors.show_retention,
        "import-file": visitors.import_csv,
        "import-check": lambda: ImportDialog.ask(visitors, window.context, str(sample_file)),
        "workshop-new": workshops.new_workshop,
        "workshop-change": workshops.edit_selected,
        "workshop-register": workshops.register,
        "save-pdf": tickets.save_pdf,
        "print": tickets.print_,
        "print-preview": tickets.preview,
        "app": app("firefox"),
        "allowance": rule(rules.allowances),
        "session-rules": rule(rules.session_rules),
        "book-computer": on("RC-04", room.book_selected),
        "book-group": room.book_group,
        "booking-refused": refused_booking,
        "bookings": room.show_bookings,
        "shortcuts": window.show_shortcuts,
        "login": login,
    }


def console_dialog_steps(
    console: Any,
    shooter: Shooter,
    openers: dict[str, Any],
    dialogs: dict[str, tuple[str, str]] | None = None,
    pages: tuple[str, ...] = CONSOLE_PAGES,
) -> list[Step]:
    """Each dialog in each language: opened from its page, drawn over the window, cancelled.

    ``dialogs`` and ``pages``: another console's (a teacher's: ui/demo_class.py)."""
    steps: list[Step] = []
    # the window is read when each step runs: a teacher's console is opened by an earlier step

    def render() -> QImage | None:
        window, tasks = console.window, console.tasks
        dialog = open_dialog(window)
        if dialog is None or tasks.busy() or (window.width(), window.height()) != CONSOLE_SIZE:
            return None
        image = window.grab().toImage()
        painter = QPainter(image)
        where = QPoint(
            (image.width() - dialog.width()) // 2, (image.height() - dialog.height()) // 2
        )
        painter.drawPixmap(where, dialog.grab())
        painter.end()
        return image

    def windows() -> list[QWidget]:
        window = console.window
        dialog = open_dialog(window)
        return [window] if dialog is None else [window, dialog]

    def close() -> None:
        dialog = open_dialog(console.window)
        if dialog is not None:
            dialog.reject()

    for state, (page, declared) in (dialogs or CONSOLE_DIALOGS).items():
        index = pages.index(page)
        for code in LANGUAGES:

            def prepare(code: str = code, index: int = index, state: str = state) -> None:
                window = console.window
                window.set_language(code)
                window.show_view(index)
                # a modal dialog runs its own event loop: open it once this step is over
                QTimer.singleShot(0, openers[state])

            meta: dict[str, Any] = {"screen": "console-dialog", "state": state, "dialog": declared}
            meta.update(look_meta(code))
            name = console_dialog_shot_name(state, code)
            steps.extend(shooter.steps(Shot(name, prepare, render, windows, meta)))

            def record(name: str = name) -> None:
                dialog = open_dialog(console.window)
                if dialog is not None:
                    shooter.meta[name]["dialog_classes"] = ui_classes(dialog)
                close()

            steps.append((f"close {name}", lambda: True, record))
            steps.append(
                (f"{name} closed", lambda: open_dialog(console.window) is None, lambda: None)
            )
    return steps
