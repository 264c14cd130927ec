"""The real server on a free port, in a background thread, plus seed helpers.

    with running_server(tmp_path / "epn.db") as base_url:
        token = add_station(tmp_path / "epn.db", "RC-01", site="EPN Test")
        ...

Seed helpers open their own connection to the same database file (WAL allows it), so they
work before or while the server runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.auth.sources import AuthConfig
from admin.core.notify import Notifier
from admin.core.timeutil import Clock, utc_now
from admin.db.store import Store
from admin.directory import Directory
from admin.public.config import PublicConfig
from admin.sessions.sweeper import Sweeper
from admin.staff.desk import DEFAULT_TOKEN_TTL


@contextmanager
def serve_app(
    app: Any,
    *,
    host: str = "127.0.0.1",
    on_stop: Callable[[], None] | None = None,
    certfile: Path | None = None,
    keyfile: Path | None = None,
) -> Iterator[str]:
    """Serve any ASGI app with uvicorn in a thread; yields its base URL, stops it cleanly.

    With ``certfile`` and ``keyfile``: HTTPS (the URL says https://).
    """
    with BackgroundServer(
        app, host=host, on_stop=on_stop, certfile=certfile, keyfile=keyfile
    ) as server:
        yield server.url


@contextmanager
def running_server(
    db_path: str | Path,
    *,
    clock: Clock = utc_now,
    token_ttl: timedelta = DEFAULT_TOKEN_TTL,
    notifier: Notifier | None = None,
    sweep_interval: float | None = None,
    metrics: bool = False,
    access_log: bool = False,
    certfile: Path | None = None,
    keyfile: Path | None = None,
    public: PublicConfig | None = None,
    sources: AuthConfig | None = None,
) -> Iterator[str]:
    """The real EPN server over ``db_path``; yields its base URL (https:// with a certificate).

    Pass a ``notifier`` to see long-polls park (``notifier.waiting(topic)``), and a
    ``sweep_interval`` to run the stale-session sweeper as ``epn server`` does (off by
    default: tests that move a fake clock past the offline delay would race with it).
    """
    store = Store(db_path)
    notifier = notifier or Notifier()
    sweeper = None
    if sweep_interval is not None:
        sweeper = Sweeper(store, clock, notifier, interval=sweep_interval).start()
    try:
        app = create_app(
            store,
            clock=clock,
            token_ttl=token_ttl,
            notifier=notifier,
            metrics=metrics,
            access_log=access_log,
            public=public,
            sources=sources,
        )
        with serve_app(app, on_stop=notifier.close, certfile=certfile, keyfile=keyfile) as base_url:
            yield base_url
    finally:
        if sweeper is not None:
            sweeper.stop()
        store.close()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0, what: str = "") -> None:
    """Poll ``condition`` until true, failing after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.005)


# --- seed helpers ---------------------------------------------------------------------------


@contextmanager
def _directory(db_path: str | Path, clock: Clock) -> Iterator[Directory]:
    with Store(db_path) as store:
        yield Directory(store, clock)


def add_site(db_path: str | Path, name: str = "EPN Test", *, clock: Clock = utc_now) -> int:
    with _directory(db_path, clock) as directory:
        return directory.add_site(name)


def add_station(
    db_path: str | Path, name: str, *, site: str = "EPN Test", clock: Clock = utc_now
) -> str:
    """Enroll a station; returns its bearer token."""
    with _directory(db_path, clock) as directory:
        return directory.add_station(name, site).token


def add_visitor(
    db_path: str | Path,
    identifier: str,
    *,
    pin: str | None = None,
    category: str = "adult",
    display_name: str | None = None,
    enabled: bool = True,
    clock: Clock = utc_now,
) -> int:
    with _directory(db_path, clock) as directory:
        return directory.add_visitor(
            identifier, pin=pin, category=category, display_name=display_name, enabled=enabled
        )


def add_staff(
    db_path: str | Path,
    username: str,
    password: str,
    *,
    role: Literal["admin", "staff", "teacher"] = "admin",
    sites: list[str] | None = None,
    clock: Clock = utc_now,
) -> int:
    with _directory(db_path, clock) as directory:
        return directory.add_staff(username, password, role=role, sites=sites)


def set_policy(
    db_path: str | Path,
    category: str,
    *,
    session_minutes: int,
    daily_minutes: int,
    weekly_minutes: int,
    clock: Clock = utc_now,
) -> None:
    with _directory(db_path, clock) as directory:
        directory.set_policy(
            category,
            session_minutes=session_minutes,
            daily_minutes=daily_minutes,
            weekly_minutes=weekly_minutes,
        )
