"""What the console's GUI tests share: a seeded SQLite database, the real server over it, a
signed-in console (or one page with its ConsoleContext), and stations that act like stations.

Each test module names the data it needs, so every test keeps the rows it depends on::

    world = world_fixture(CITY)                    # the module's ``world`` fixture
    program = open_console(qapp, world, "desk")    # or the ``console_of`` / ``console`` fixtures
    with page_context(world, "desk") as context: ...   # one page without the window
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

import pytest

from admin.auth.sources import AuthConfig
from admin.client.staff_client import StaffClient
from admin.core.timeutil import to_iso
from admin.db.store import Store
from kiosk.client import StationClient
from kiosk.protocol.station import Event, EventKind, Grant
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor, running_server
from tests.helpers.seeded import seeded
from ui.console.app import ConsoleProgram, build_console
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.console.room.message_dialog import MessageDialog
from ui.console.rules.allowances_dialog import AllowanceDialog
from ui.console.view import ConsoleView
from ui.tasks import TaskManager

PASSWORD = "desk-password-1"
TIMEOUT_MS = 5000

RICHES_CLAIRES = "Bibliothèque Riches Claires"
ESPACE_S = "Espace S"
LAEKEN = "EPN Laeken"

V = TypeVar("V", bound=ConsoleView)


# --- what the database holds -------------------------------------------------------------


@dataclass(frozen=True)
class Staff:
    username: str
    role: Literal["admin", "staff", "teacher"] = "staff"
    sites: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Visitor:
    identifier: str
    display_name: str | None = None
    category: str = "adult"
    pin: str | None = None


@dataclass(frozen=True)
class Seed:
    """Sites, stations (name, site), staff and visitors; ``hello``: the stations that call the
    server once it runs, so they are listed free rather than offline."""

    sites: tuple[str, ...]
    stations: tuple[tuple[str, str], ...] = ()
    staff: tuple[Staff, ...] = ()
    visitors: tuple[Visitor, ...] = ()
    hello: tuple[str, ...] = ()


#: The room: Centre: PC-01, PC-02, PC-03 (online); Nord: PC-09 (not the member's site).
ROOM = Seed(
    sites=("Centre", "Nord"),
    stations=(("PC-01", "Centre"), ("PC-02", "Centre"), ("PC-03", "Centre"), ("PC-09", "Nord")),
    staff=(Staff("desk", sites=("Centre",)),),
    visitors=(Visitor("1001", "Alice"), Visitor("2100005678"), Visitor("3003", "Chloé")),
    hello=("PC-01", "PC-02", "PC-03"),
)

#: A small city: Riches Claires (desk), Espace S (espace), Laeken; chef is an admin; visitor 1001.
CITY = Seed(
    sites=(RICHES_CLAIRES, ESPACE_S, LAEKEN),
    stations=(("RC-01", RICHES_CLAIRES), ("ES-01", ESPACE_S)),
    staff=(
        Staff("chef", "admin"),
        Staff("desk", sites=(RICHES_CLAIRES,)),
        Staff("espace", sites=(ESPACE_S,)),
    ),
    visitors=(Visitor("1001", "Alice"),),
)

#: Two sites, an admin, staff of one site and staff of two (the Rules and Sites pages).
TWO_SITES = Seed(
    sites=("Centre", "Nord"),
    staff=(
        Staff("boss", "admin"),
        Staff("desk", sites=("Centre",)),
        Staff("duo", sites=("Centre", "Nord")),
    ),
)


# --- the world: database, server, stations --------------------------------------------------


@dataclass
class World:
    url: str  # empty until the server runs
    clock: Callable[[], datetime]  # the server's "now", the console's and the stations' too
    db: Path
    store: Store  # a second connection to the server's database, to check what it holds
    station_tokens: dict[str, str]
    site_ids: dict[str, int]
    visitor_ids: dict[str, int]
    _stack: ExitStack = field(repr=False)
    _seq: dict[str, int] = field(default_factory=dict, repr=False)

    def stop_server(self) -> None:
        self._stack.close()

    def close(self) -> None:
        self._stack.close()
        self.store.close()

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        return self.store.read(lambda db: list(db.query(sql, params or [])))

    def execute(self, sql: str, params: list[Any] | None = None) -> None:
        self.store.write(lambda db: db.execute(sql, params or []))

    def client(self, username: str) -> StaffClient:
        """A staff member signed in through the API; closed with the world."""
        client = StaffClient(self.url)
        client.login(username, PASSWORD)
        self._stack.callback(client.close)
        return client

    def station(self, name: str) -> StationClient:
        """The station's client; closed with the world (closing it sooner is fine)."""
        client = StationClient(self.url, self.station_tokens[name])
        self._stack.callback(client.close)
        return client

    def sign_in(self, station: str, identifier: str = "1001") -> Grant:
        """A visitor signs in at the station, as on its lock screen."""
        client = self.station(station)
        try:
            return client.sign_in(identifier, None)
        finally:
            client.close()

    def post(self, station: str, kind: EventKind, **fields: Any) -> None:
        """The station reports an event (heartbeat, command_applied...)."""
        seq = self._seq.get(station, 0) + 1
        self._seq[station] = seq
        event = Event(
            event_id=uuid.uuid4().hex,
            seq=seq,
            kind=kind,
            at=self.clock().isoformat(),
            **fields,
        )
        client = self.station(station)
        try:
            client.post_events([event])
        finally:
            client.close()

    def acknowledge(self, station: str, command_id: int, ok: bool = True) -> None:
        row = self.command(command_id)
        self.post(
            station,
            EventKind.COMMAND_APPLIED,
            command_id=command_id,
            session_id=row["session_id"],
            ok=ok,
            remaining_seconds=1200 if row["session_id"] else None,
        )

    def commands(self, station: str) -> list[dict[str, Any]]:
        return self.query(
            "SELECT c.id, c.kind, c.minutes, c.seconds, c.text, c.texts, c.reason, c.identifier,"
            " c.request_id, c.status, c.after_hours, c.clipped_to FROM commands c"
            " JOIN stations st ON st.id = c.station_id WHERE st.name = ? ORDER BY c.id",
            [station],
        )

    def command(self, command_id: int) -> dict[str, Any]:
        return self.query("SELECT * FROM commands WHERE id = ?", [command_id])[0]

    def kinds(self, station: str) -> list[str]:
        return [row["kind"] for row in self.commands(station)]


def start_world(
    tmp_path: Path,
    seed: Seed = CITY,
    *,
    prepare: Callable[[World], None] | None = None,
    clock: Callable[[], datetime],
    sources: AuthConfig | None = None,
) -> World:
    """Seed ``tmp_path/epn.db`` (a copy of the same seed made once per process and moment:
    tests/helpers/seeded.py), run ``prepare(world)`` (more rows, before the server starts:
    ``world.url`` is still empty), then start the real server; ``world.close()`` stops it.

    Everything runs on ``clock`` (the ``site_clock`` fixture, or a test's own)."""
    db = tmp_path / "epn.db"
    site_ids, tokens, visitor_ids = seeded(
        db, (seed, clock()), lambda path: _seed(path, seed, clock)
    )
    world = World("", clock, db, Store(db), tokens, site_ids, visitor_ids, ExitStack())
    try:
        if prepare is not None:
            prepare(world)
        world.url = world._stack.enter_context(running_server(db, clock=clock, sources=sources))
        for name in seed.hello:
            client = world.station(name)
            try:
                client.me()
            finally:
                client.close()
    except BaseException:
        world.close()
        raise
    return world


def _seed(
    db: Path, seed: Seed, clock: Callable[[], datetime]
) -> tuple[dict[str, int], dict[str, str], dict[str, int]]:
    """``seed``'s rows in ``db``: the sites' ids, the stations' tokens, the visitors' ids."""
    site_ids = {name: add_site(db, name, clock=clock) for name in seed.sites}
    tokens = {name: add_station(db, name, site=site, clock=clock) for name, site in seed.stations}
    for member in seed.staff:
        sites = None if member.sites is None else list(member.sites)
        add_staff(db, member.username, PASSWORD, role=member.role, sites=sites, clock=clock)
    visitor_ids = {
        v.identifier: add_visitor(
            db,
            v.identifier,
            pin=v.pin,
            category=v.category,
            display_name=v.display_name,
            clock=clock,
        )
        for v in seed.visitors
    }
    return site_ids, tokens, visitor_ids


@contextmanager
def world_of(tmp_path: Path, seed: Seed = CITY, **options: Any) -> Iterator[World]:
    world = start_world(tmp_path, seed, **options)
    try:
        yield world
    finally:
        world.close()


def world_fixture(seed: Seed, **options: Any) -> Any:
    """The test module's ``world`` fixture: ``world = world_fixture(ROOM)``; it runs on the
    ``site_clock`` fixture unless ``clock=`` is given."""

    @pytest.fixture(name="world")
    def fixture(tmp_path: Path, site_clock: FakeClock) -> Iterator[World]:
        with world_of(tmp_path, seed, **{"clock": site_clock, **options}) as world:
            yield world

    return fixture


# --- the console ------------------------------------------------------------------------------


class FakeLanguages:
    """Stands in for ui.i18n.Languages: records the switches, loads no catalogue."""

    def __init__(self) -> None:
        self.current = "en"
        self.switched: list[str] = []

    def set_language(self, language: str) -> None:
        self.current = language
        self.switched.append(language)


def open_console(
    qapp: Any, world: World, username: str, languages: FakeLanguages | None = None
) -> ConsoleProgram:
    program = build_console(
        qapp,
        server_url=world.url,
        languages=languages or FakeLanguages(),
        username=username,
        password=PASSWORD,
        clock=world.clock,
    )
    assert program is not None
    return program


@contextmanager
def console_as(qapp: Any, world: World, username: str) -> Iterator[ConsoleProgram]:
    program = open_console(qapp, world, username)
    try:
        yield program
    finally:
        program.close()


@pytest.fixture
def languages() -> FakeLanguages:
    return FakeLanguages()


@pytest.fixture
def console(qapp, world: World, languages: FakeLanguages) -> Iterator[ConsoleProgram]:
    """The console of ``desk``, with the ``languages`` it switches."""
    program = open_console(qapp, world, "desk", languages)
    yield program
    program.close()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_session(db: Path, station: str, visitor: int, started: str, ended: str, used: int) -> None:
    """An ended session of ``visitor`` on ``station`` (UTC times, its day in Brussels)."""
    start = utc(started)
    with Store(db) as store:
        store.write(
            lambda conn: conn.execute(
                "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
                " granted_seconds, used_seconds, remaining_seconds, day)"
                " SELECT ?, id, ?, 'ended', ?, ?, ?, ?, 0, ? FROM stations WHERE name = ?",
                [
                    str(uuid.uuid4()),
                    visitor,
                    to_iso(start),
                    to_iso(utc(ended)),
                    used,
                    used,
                    start.astimezone(ZoneInfo("Europe/Brussels")).date().isoformat(),
                    station,
                ],
            )
        )


@pytest.fixture
def console_of(qapp, world: World) -> Iterator[Callable[[str], ConsoleProgram]]:
    """Opens consoles by username; closes them all after the test."""
    programs: list[ConsoleProgram] = []

    def make(username: str) -> ConsoleProgram:
        program = open_console(qapp, world, username)
        programs.append(program)
        return program

    yield make
    for program in programs:
        program.close()


@contextmanager
def page_context(
    world: World, username: str, *, with_sites: bool = False
) -> Iterator[ConsoleContext]:
    """What a page needs without the window: a signed-in client and its tasks, on the world's
    clock. ``with_sites``: the staff member and the sites as read back from the server (the
    toolbar's list)."""
    client = StaffClient(world.url)
    tasks = TaskManager()
    context: ConsoleContext | None = None
    try:
        response = client.login(username, PASSWORD)
        if with_sites:
            staff, sites = client.me(), client.sites()
            context = ConsoleContext(client, tasks, staff, sites, clock=world.clock)
        else:
            context = ConsoleContext(client, tasks, response.staff, clock=world.clock)
        tasks.setParent(context)
        yield context
    finally:
        tasks.wait_idle()
        client.close()
        # deleted by Qt on the event loop, as the console's window deletes its own: left to
        # Python's garbage collector, a QObject in a reference cycle can crash it
        (context or tasks).deleteLater()


def open_view(qtbot: Any, program: ConsoleProgram, kind: type[V]) -> V:
    """Show the page of ``kind`` once the site chooser is filled."""
    window = program.window
    qtbot.waitUntil(lambda: window.site_combo.count() > 0, timeout=TIMEOUT_MS)
    view = window.view(kind)
    assert isinstance(view, kind)
    window.show_view(window.views.index(view))
    return view


def choose_site(program: ConsoleProgram, name: str | None) -> None:
    """Pick a site in the toolbar (None: all sites)."""
    combo = program.window.site_combo
    index = combo.findData(None) if name is None else combo.findText(name)
    assert index >= 0, f"{name} is not in the site chooser"
    combo.setCurrentIndex(index)


# --- dialogs --------------------------------------------------------------------------------


@pytest.fixture(name="no_real_dialogs", autouse=True)
def no_real_dialogs_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test did not expect fails it rather than waiting for a click forever
    (autouse in the modules that import it)."""

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for dialog in (ConfirmDialog, TextDialog, AllowanceDialog, MessageDialog):
        monkeypatch.setattr(dialog, "ask", unexpected)


def answers(monkeypatch: pytest.MonkeyPatch, target: Any, *replies: Any) -> list[tuple]:
    """Make ``target.ask`` give these replies in turn; returns the calls' arguments."""
    calls: list[tuple] = []
    queue = list(replies)

    def ask(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1:] + tuple(kwargs.values()))
        assert queue, f"one dialog too many: {args[1:]}"
        return queue.pop(0)

    monkeypatch.setattr(target, "ask", ask)
    return calls
