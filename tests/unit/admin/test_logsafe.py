"""What a station sends cannot forge lines in the server log (admin/core/logsafe.py)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.core import logsafe
from admin.db.store import Store
from admin.services import Service
from kiosk.protocol.station import Event, EventKind
from tests.helpers.clock import FakeClock

FORGED = "evil.exe\n2026-12-06 21:00:00 INFO epn.server.api: admin logged in\r\u202eexe."


@pytest.fixture
def server_log() -> Iterator[io.StringIO]:
    """The handler ``epn server`` installs (admin.api.app.run_server), writing to a string."""
    root = logging.getLogger()
    level = root.level
    handler = logsafe.install(logging.INFO)
    assert isinstance(handler, logging.StreamHandler)
    stream = io.StringIO()
    handler.setStream(stream)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def test_a_record_with_client_text_stays_on_one_line(server_log: io.StringIO) -> None:
    logging.getLogger("epn.server.stations").warning("process %s stopped", FORGED)
    lines = server_log.getvalue().splitlines()
    assert len(lines) == 1
    assert "evil.exe\\n2026-12-06 21:00:00 INFO" in lines[0]
    assert "\\r\\u202eexe." in lines[0]


def test_a_traceback_keeps_its_lines(server_log: io.StringIO) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("epn.server.api").exception("bug while serving %s", "a\nb")
    text = server_log.getvalue()
    assert text.splitlines()[0].endswith("bug while serving a\\nb")
    assert "Traceback (most recent call last):" in text.splitlines()[1]


def test_a_stations_event_fields_forge_no_line(server_log: io.StringIO) -> None:
    """Through the real service: the session id of an offline session_started is logged."""
    store = Store(":memory:")
    service = Service(store, clock=FakeClock())
    service.directory.add_site("EPN Test")
    station = service.directory.add_station("RC-01", "EPN Test")
    me = service.stations.authenticate(station.token)
    event = Event(
        event_id="e-0000001",
        seq=1,
        kind=EventKind.SESSION_STARTED,
        at="2026-12-06T10:00:00+00:00",
        session_id="s\nFAKE",
        identifier="x",
        granted_seconds=60,
    )
    service.stations.apply_events(me, [event])
    text = server_log.getvalue()
    assert "offline session s\\nFAKE on RC-01" in text
    assert not any(line.startswith("FAKE") for line in text.splitlines())
    store.close()


# --- epn server --log-format json / --log-file ----------------------------------------------


@pytest.fixture
def json_log_file(tmp_path: Path) -> Iterator[Path]:
    """The handler ``epn server --log-format json --log-file PATH`` installs."""
    root = logging.getLogger()
    level = root.level
    path = tmp_path / "epn-server.log"
    handler = logsafe.install(logging.INFO, log_format="json", path=path)
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(level)


def test_json_lines_carry_time_level_logger_message_and_fields(json_log_file: Path) -> None:
    log = logging.getLogger("epn.server.test")
    log.info("station %s: %s", "RC-01", FORGED, extra={"route": "/api/v1/x", "status": 200})
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("failed")
    logging.getLogger("epn.server.test").debug("not at INFO")
    lines = json_log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # one object per record, a traceback included, nothing below INFO
    first, second = (json.loads(line) for line in lines)
    assert set(first) == {"time", "level", "logger", "message", "route", "status"}
    assert (first["level"], first["logger"]) == ("INFO", "epn.server.test")
    assert first["message"] == f"station RC-01: {FORGED}"  # the text kept, the line escaped
    assert (first["route"], first["status"]) == ("/api/v1/x", 200)
    assert first["time"].endswith("+00:00")
    assert "ValueError: boom" in second["exception"] and second["level"] == "ERROR"
    assert all(line.isascii() and "\r" not in line for line in lines)
