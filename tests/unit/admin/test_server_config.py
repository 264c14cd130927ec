"""The server's config file: its keys are the options of ``epn server``, checked the same way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from admin.api.serving import free_port
from admin.cli.app import build_parser, main
from admin.cli.server_config import ServerConfigError, load_server_config
from tests.helpers.processes import wait_until


def _server_parser():  # type: ignore[no-untyped-def]
    return build_parser().nouns.choices["server"]


def test_each_key_is_an_option_of_epn_server(tmp_path: Path) -> None:
    path = tmp_path / "server.toml"
    path.write_text(
        '[server]\ndb = "/srv/epn.db"\nhost = "0.0.0.0"\nport = 8443\n', encoding="utf-8"
    )
    assert load_server_config(path, _server_parser()) == {
        "db": "/srv/epn.db",
        "host": "0.0.0.0",
        "port": 8443,
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[server]\nprot = 8750\n", "[server] prot: unknown key (known: "),
        ('[server]\nport = "8750"\n', "[server] port: must be a whole number"),
        ("[server]\nport = true\n", "[server] port: must be a whole number"),
        ('[database]\npath = "x"\n', "[database]: unknown section"),
        ("[server\n", "not valid TOML"),
    ],
)
def test_a_wrong_file_names_what_to_fix(tmp_path: Path, text: str, names: str) -> None:
    path = tmp_path / "server.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ServerConfigError, match=str(path).replace("/", ".")) as refused:
        load_server_config(path, _server_parser())
    assert names in str(refused.value)


def test_the_command_refuses_it_with_exit_code_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "server.toml"
    path.write_text("[server]\nprot = 1\n", encoding="utf-8")
    assert main(["server", "--config", str(path)]) == 2
    assert "prot: unknown key" in capsys.readouterr().err
    assert main(["server", "--config", str(tmp_path / "missing.toml")]) == 2
    assert main(["server"]) == 2
    assert "give the database" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["-1", "61", "nan"])
def test_a_heartbeat_flush_out_of_range_is_refused_from_the_line_and_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    db = str(tmp_path / "epn.db")
    assert main(["server", "--db", db, "--heartbeat-flush", value]) == 2
    assert "--heartbeat-flush: from 0 to 60 seconds" in capsys.readouterr().err
    path = tmp_path / "server.toml"
    path.write_text(f'[server]\ndb = "{db}"\nheartbeat_flush = {value}\n', encoding="utf-8")
    assert main(["server", "--config", str(path)]) == 2
    assert "heartbeat" in capsys.readouterr().err
    assert not Path(db).exists()  # refused before the database is opened


def test_a_real_server_runs_from_its_file_and_the_command_line_wins(tmp_path: Path) -> None:
    ignored, used = free_port(), free_port()
    path = tmp_path / "server.toml"
    path.write_text(
        f'[server]\ndb = "{tmp_path / "epn.db"}"\nhost = "127.0.0.1"\nport = {ignored}\n',
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "server", "--config", str(path), "--port", str(used)],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def up() -> bool:
            try:
                return httpx.get(
                    f"http://127.0.0.1:{used}/api/v1/openapi.json", timeout=1
                ).is_success
            except httpx.HTTPError:
                return False

        wait_until(up, message="the server did not answer on the command line's port")
        assert (tmp_path / "epn.db").exists()
    finally:
        proc.terminate()
        proc.wait(10)


def test_flags_and_choices_are_checked_as_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "server.toml"
    path.write_text('[server]\nmetrics = true\nlog_format = "json"\n', encoding="utf-8")
    assert load_server_config(path, _server_parser()) == {"metrics": True, "log_format": "json"}
    path.write_text('[server]\nlog_format = "xml"\n', encoding="utf-8")
    with pytest.raises(ServerConfigError, match="log_format: must be one of text, json"):
        load_server_config(path, _server_parser())
    path.write_text('[server]\nmetrics = "yes"\n', encoding="utf-8")
    with pytest.raises(ServerConfigError, match="metrics: must be true or false"):
        load_server_config(path, _server_parser())


def test_the_sample_file_and_the_unit_agree_with_the_command() -> None:
    root = Path(__file__).resolve().parents[3]
    sample = root / "packaging" / "server.example.toml"
    loaded = load_server_config(sample, _server_parser())
    assert loaded["db"] == "/var/lib/epn/epn.db" and loaded["port"] == 8750
    unit = (root / "packaging" / "systemd" / "epn-server.service").read_text(encoding="utf-8")
    assert "epn server --config /etc/epn-kiosk/server.toml" in unit
