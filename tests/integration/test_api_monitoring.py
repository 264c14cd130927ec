"""What the server tells its operators, over real HTTP: health, metrics, the access log, and
that nothing it logs during a whole visit names a person or holds a secret."""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.api.health import check_health
from admin.api.serving import free_port, server_config
from admin.cli import app as cli
from admin.core.logsafe import LOG_FORMAT, EscapingFormatter, JsonFormatter
from admin.db.store import Store
from kiosk.protocol.commands import CommandKind
from kiosk.protocol.health import Health
from kiosk.protocol.paths import Paths
from kiosk.protocol.version import MIN_STATION_VERSION, package_version
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, running_server
from tests.helpers.processes import Process, epn_command, wait_until

CARD = "2100987654"
PIN = "482913"
PASSWORD = "bibliotheque-centrale"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def heartbeat(seq: int, event_id: str | None = None) -> dict[str, Any]:
    return {
        "event_id": event_id or str(uuid.uuid4()),
        "seq": seq,
        "at": "2025-03-10T09:00:00",
        "kind": "heartbeat",
        "session_id": None,
    }


# --- health ---------------------------------------------------------------------------------


def test_health_answers_without_login_with_version_and_schema(base_url: str) -> None:
    response = httpx.get(base_url + Paths.HEALTH)
    assert response.status_code == 200
    health = Health.model_validate(response.json())
    assert health.status == "ok" and health.database is True and health.problems == []
    assert health.version == package_version()
    assert health.min_station_version == MIN_STATION_VERSION
    assert health.schema_ is not None
    assert health.schema_.applied == health.schema_.expected > 0
    assert health.schema_.pending == [] and health.schema_.unknown == []


def test_health_is_503_when_a_newer_version_migrated_the_database(
    db_path: Path, clock: FakeClock
) -> None:
    with running_server(db_path, clock=clock) as url:
        with Store(db_path) as other:  # a newer epn ran its migration on the same file
            other.write(
                lambda db: db["_sqlite_migrations"].insert(
                    {"migration_set": "epn-server", "name": "m999_future", "applied_at": "x"}
                )
            )
        response = httpx.get(url + Paths.HEALTH)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unhealthy" and body["database"] is True
    assert body["schema"]["unknown"] == ["m999_future"]
    assert "newer version" in body["problems"][0]


def test_health_is_503_when_the_database_does_not_answer(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    health = check_health(store)
    assert health.status == "unhealthy" and health.database is False and health.schema_ is None


def test_health_is_in_the_api_schema(base_url: str) -> None:
    schema = httpx.get(base_url + f"{Paths.HEALTH.rsplit('/', 1)[0]}/openapi.json").json()
    answers = schema["paths"][Paths.HEALTH]["get"]["responses"]
    assert {"200", "503"} <= set(answers)
    assert "Health" in schema["components"]["schemas"]


# --- metrics --------------------------------------------------------------------------------


def test_metrics_are_not_served_without_the_flag(base_url: str) -> None:
    assert httpx.get(base_url + Paths.METRICS).status_code == 404


@pytest.fixture
def metrics_url(db_path: Path, clock: FakeClock) -> Iterator[str]:
    with running_server(db_path, clock=clock, metrics=True) as url:
        yield url


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample of the exposition."""
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        sample, _, value = line.rpartition(" ")
        found_name, _, rest = sample.partition("{")
        found = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', rest))
        if found_name == name and all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    raise AssertionError(f"no sample {name} {labels} in:\n{text}")


def test_metrics_count_requests_by_route_template_and_the_room(
    metrics_url: str, db_path: Path
) -> None:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_visitor(db_path, CARD, pin=PIN)
    token = add_station(db_path, "RC-01")
    add_station(db_path, "RC-02")  # never heard from: offline
    with httpx.Client(base_url=metrics_url, timeout=15) as http:
        staff = bearer(
            http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD}).json()[
                "token"
            ]
        )
        signed = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": CARD, "pin": PIN}, headers=bearer(token)
        )
        assert signed.status_code == 200
        assert http.get(f"{Paths.VISITORS}/{CARD}/usage", headers=staff).status_code == 200
        http.get(f"{Paths.VISITORS}/nobody-{CARD}/usage", headers=staff)
        http.get(Paths.VISITORS, params={"search": CARD}, headers=staff)
        http.get(f"/no/such/{CARD}")
        sent = http.post(
            Paths.station_commands("RC-01"),
            json={"kind": CommandKind.MESSAGE, "text": "Bonjour"},
            headers=staff,
        )
        assert sent.status_code in (200, 201), sent.text
        beat = heartbeat(1)
        for _ in range(3):  # the outbox sends the same event again: two replays
            assert (
                http.post(
                    Paths.STATION_EVENTS, json={"events": [beat]}, headers=bearer(token)
                ).status_code
                == 200
            )
        text = http.get(Paths.METRICS).text

    usage = f"{Paths.VISITORS}/{{identifier}}/usage"
    assert metric(text, "epn_http_requests_total", route=usage, status="200") == 1
    assert metric(text, "epn_http_requests_total", route=usage, status="404") == 1
    assert metric(text, "epn_http_requests_total", route="unmatched", status="404") == 1
    assert metric(text, "epn_http_requests_total", route=Paths.STATION_EVENTS, status="200") == 3
    assert (
        metric(
            text,
            "epn_http_request_duration_seconds_count",
            method="POST",
            route=Paths.STATION_SIGN_IN,
        )
        == 1
    )
    assert (
        metric(
            text, "epn_http_request_duration_seconds_bucket", route=Paths.STATION_SIGN_IN, le="+Inf"
        )
        == 1
    )
    assert metric(text, "epn_outbox_replays_total") == 2
    assert metric(text, "epn_stations_online") == 1
    assert metric(text, "epn_sessions_running") == 1
    assert metric(text, "epn_commands_pending") == 1
    assert CARD not in text and PIN not in text and PASSWORD not in text and token not in text


# --- logs -----------------------------------------------------------------------------------


def test_uvicorn_never_writes_its_own_access_log() -> None:
    """Its line holds the whole URL: card numbers in paths, names in ?search=."""
    assert server_config(object(), host="127.0.0.1", port=0).access_log is False


def server_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """What the server logged: not the test's own HTTP client (httpx, httpcore)."""
    return [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]


def test_a_whole_visit_logs_no_card_number_pin_password_or_token(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_visitor(db_path, CARD, pin=PIN, display_name="Amélie Durand")
    token = add_station(db_path, "RC-01")
    secrets = {CARD, PIN, PASSWORD, token, "Amélie", "Durand"}
    caplog.set_level(logging.DEBUG)
    with (
        running_server(db_path, clock=clock, metrics=True, access_log=True) as url,
        httpx.Client(base_url=url, timeout=15) as http,
    ):
        station = bearer(token)
        assert http.get(Paths.STATION_ME, headers=station).status_code == 200
        wrong = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": CARD, "pin": "000000"}, headers=station
        )
        assert wrong.status_code == 403  # a wrong PIN
        grant = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": CARD, "pin": PIN}, headers=station
        ).json()
        failed = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD + "x"})
        assert failed.status_code == 401
        login = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
        staff_token = login.json()["token"]
        secrets.add(staff_token)
        staff = bearer(staff_token)
        assert http.get(Paths.VISITORS, params={"search": CARD}, headers=staff).status_code == 200
        assert http.get(f"{Paths.VISITORS}/{CARD}/usage", headers=staff).status_code == 200
        assert http.get(Paths.visitor(CARD), headers=staff).status_code == 200
        http.get(f"{Paths.STATION_COMMANDS}?after=0&token={token}", headers=station)
        http.get(Paths.STATION_ME, headers=bearer(token + "x"))  # a wrong token is refused
        ended = {
            **heartbeat(1),
            "kind": "session_ended",
            "session_id": grant["session_id"],
            "used_seconds": 60,
            "reason": "visitor",
        }
        assert (
            http.post(Paths.STATION_EVENTS, json={"events": [ended]}, headers=station).status_code
            == 200
        )
        http.post(Paths.STATION_EVENTS, json={"events": [ended]}, headers=station)  # a replay
        http.get(Paths.METRICS)
    records = server_records(caplog)
    access = [r for r in records if r.name == "epn.server.access"]
    assert any(
        r.getMessage().startswith(f"GET {Paths.VISITORS}/{{identifier}}/usage 200 ") for r in access
    )
    assert len(access) >= 12
    text = EscapingFormatter(LOG_FORMAT)
    as_json = JsonFormatter()
    lines = [text.format(r) for r in records] + [as_json.format(r) for r in records]
    assert len(records) > len(access)  # the server's own lines are there too
    leaks = [(secret, line) for line in lines for secret in secrets if secret in line]
    assert leaks == []


def test_the_access_log_is_off_unless_asked(
    base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert httpx.get(base_url + Paths.HEALTH).status_code == 200
    assert [r for r in caplog.records if r.name == "epn.server.access"] == []


def test_an_access_log_line_in_json_has_its_fields(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    with running_server(db_path, clock=clock, access_log=True) as url:
        httpx.get(f"{url}{Paths.VISITORS}/{CARD}/usage?search={CARD}")
    [record] = [r for r in caplog.records if r.name == "epn.server.access"]
    line = json.loads(JsonFormatter().format(record))
    assert line["route"] == f"{Paths.VISITORS}/{{identifier}}/usage"
    assert (line["method"], line["status"], line["level"]) == ("GET", 401, "INFO")
    assert isinstance(line["duration_ms"], float)
    assert CARD not in json.dumps(line)


# --- the real epn server command ------------------------------------------------------------


def test_epn_server_with_metrics_access_log_and_json_log_file(
    db_path: Path, tmp_path: Path
) -> None:
    log_file = tmp_path / "epn-server.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = ["server", "--db", str(db_path), "--port", str(port), "--metrics", "--access-log"]
    server = Process(
        [*epn_command(), *args, "--log-format", "json", "--log-file", str(log_file)],
        env=dict(os.environ),
        name="epn-server",
    )
    try:
        wait_until(lambda: _answers(url + Paths.HEALTH), message="epn server answers")
        assert httpx.get(f"{url}{Paths.VISITORS}/{CARD}/usage?search={CARD}").status_code == 401
        text = httpx.get(url + Paths.METRICS).text
        usage = f"{Paths.VISITORS}/{{identifier}}/usage"
        assert metric(text, "epn_http_requests_total", route=usage, status="401") == 1
    finally:
        server.stop()  # SIGTERM: uvicorn shuts down, then ends by the signal it got
    lines = [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]
    access = [line for line in lines if line["logger"] == "epn.server.access"]
    assert {(line["method"], line["route"], line["status"]) for line in access} >= {
        ("GET", Paths.HEALTH, 200),
        ("GET", usage, 401),
        ("GET", Paths.METRICS, 200),
    }
    assert any(line["logger"].startswith("uvicorn") for line in lines)  # its lines too
    assert CARD not in log_file.read_text(encoding="utf-8")
    assert not any("GET /" in line for line in server.lines)  # no access line of uvicorn's


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_epn_server_refuses_a_log_file_in_no_folder(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "epn.log"
    args = ["server", "--db", str(db_path), "--log-file", str(missing)]
    assert cli.main(args) == 2
    assert "--log-file" in capsys.readouterr().err and not missing.parent.exists()
