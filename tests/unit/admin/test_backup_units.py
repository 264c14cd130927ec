"""The nightly backup's systemd units (packaging/systemd/epn-backup.*) run a real command."""

from __future__ import annotations

import shlex
import tomllib
from pathlib import Path

from admin.cli.app import main
from tests.helpers.liveserver import add_site

SYSTEMD = Path(__file__).resolve().parents[3] / "packaging" / "systemd"


def unit_values(name: str) -> dict[str, str]:
    values = {}
    for line in (SYSTEMD / name).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def test_the_service_runs_the_rotating_backup_of_the_server_database(tmp_path: Path) -> None:
    service = unit_values("epn-backup.service")
    server = unit_values("epn-server.service")
    assert service["User"] == server["User"]
    command = shlex.split(service["ExecStart"])
    assert command[:2] == ["/opt/epn-kiosk/bin/epn", "backup"]
    db = command[command.index("--db") + 1]
    # the database the server runs on: its config file's (the sample installed as it)
    assert "--config /etc/epn-kiosk/server.toml" in server["ExecStart"]
    sample = tomllib.loads((SYSTEMD.parent / "server.example.toml").read_text(encoding="utf-8"))
    assert sample["server"]["db"] == db
    state = Path("/var/lib/epn")
    for folder in service["StateDirectory"].split():  # systemd makes them, owned by User
        (tmp_path / folder.removeprefix("epn").lstrip("/")).mkdir(exist_ok=True)
    add_site(tmp_path / Path(db).relative_to(state), "EPN Laeken")
    args = [arg.replace(str(state), str(tmp_path)) for arg in command[2:]]
    assert main(["backup", *args]) == 0
    assert len(list((tmp_path / "backups").glob("epn-*.db"))) == 1
    assert args[args.index("--keep") + 1] == "14"


def test_the_timer_runs_nightly_spread_out_and_catches_up() -> None:
    timer = unit_values("epn-backup.timer")
    assert timer["OnCalendar"] == "*-*-* 02:30:00"
    assert timer["RandomizedDelaySec"]
    assert timer["Persistent"] == "true"
    assert timer["WantedBy"] == "timers.target"
