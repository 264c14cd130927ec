"""``epn install station`` without a server: the plan, bad input, GDM's file, the file contents."""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import tomllib
from pathlib import Path

import pytest

from kiosk.install import InstallError, files, gdm
from kiosk.install.cli import main, parser
from kiosk.install.host import Host
from kiosk.install.install import service_steps
from kiosk.install.layout import UNIT_NAME, Target
from kiosk.protocol.station import EnrollResponse

SERVER = "http://127.0.0.1:9"
EPN = ("/opt/epn-kiosk/bin/epn",)


def no_enrolment(url: str, code: str) -> tuple[EnrollResponse, str | None]:
    raise AssertionError(f"enrolled with {url} although nothing may be changed")


def no_command(command: list[str]) -> subprocess.CompletedProcess[str]:
    raise AssertionError(f"ran {command} although nothing may be changed")


def host(lines: list[str], euid: int = 0) -> Host:
    return Host(
        euid=euid, systemd=False, epn=EPN, run=no_command, enroll=no_enrolment, out=lines.append
    )


def everything(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*"))


def test_dry_run_prints_the_plan_and_changes_nothing(tmp_path: Path) -> None:
    lines: list[str] = []
    argv = ["install", "station", "--server", SERVER, "--code", "ABCD-1234"]
    assert main([*argv, "--root", str(tmp_path), "--dry-run"], host(lines, euid=1000)) == 0
    assert everything(tmp_path) == []
    out = "\n".join(lines)
    assert f"would enrol with {SERVER}" in out
    for path in (
        "etc/epn-kiosk/station.toml",
        "etc/systemd/system/epn-station.service",
        "usr/share/xsessions/epn-kiosk.desktop",
        "etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf",
        "etc/X11/xorg.conf.d/50-epn-kiosk.conf",
    ):
        assert f"would write {tmp_path / path}" in out
    assert "would link" in out and "multi-user.target.wants" in out
    assert "skipped user kiosk" in out  # no etc/passwd in this image
    # a desktop's autostart entry only with --keep-desktop
    assert "epn-kiosk-session.desktop" not in out


def test_uninstall_dry_run_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "etc/epn-kiosk").mkdir(parents=True)
    (tmp_path / "etc/epn-kiosk/station.toml").write_text("[server]\n")
    lines: list[str] = []
    argv = ["uninstall", "station", "--root", str(tmp_path), "--dry-run"]
    assert main(argv, host(lines, euid=1000)) == 0
    assert (tmp_path / "etc/epn-kiosk/station.toml").exists()
    assert f"would remove {tmp_path / 'etc/epn-kiosk'}" in lines


@pytest.mark.parametrize("verb", ["install", "uninstall"])
def test_refused_unless_root(tmp_path: Path, verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [verb, "station", "--root", str(tmp_path)]
    if verb == "install":
        argv += ["--server", SERVER, "--code", "ABCD-1234"]
    assert main(argv, host([], euid=1000)) == 1
    assert "must run as root" in capsys.readouterr().err
    assert everything(tmp_path) == []


CODE = ["--code", "ABCD-1234"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--server", "ftp://epn.example.org", *CODE], "http:// or https://"),
        (["--server", "epn.example.org", *CODE], "http:// or https://"),
        (["--server", "http://", *CODE], "http:// or https://"),
        (["--server", 'http://a"b', *CODE], "http:// or https://"),
        (["--server", SERVER, "--code", ""], "4 to 32 characters"),
        (["--server", SERVER, "--code", "   "], "4 to 32 characters"),
        (["--server", SERVER, "--code", "x" * 33], "4 to 32 characters"),
        (["--server", SERVER, *CODE, "--user", "Kiosk!"], "account name"),
        (["--server", SERVER, *CODE, "--user", "root"], "account name"),
        (["--server", SERVER, *CODE, "--user", "1kiosk"], "account name"),
        (["--server", SERVER, *CODE, "--display", "0"], "X display"),
        (["--server", SERVER, "--re-enrol"], "--re-enrol needs --code"),
    ],
)
def test_bad_input_is_refused_before_anything(
    tmp_path: Path, options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["install", "station", *options, "--root", str(tmp_path)]
    assert main(argv, host([])) == 1
    err = capsys.readouterr().err
    assert err.startswith("epn install station: ") and message in err, err
    assert everything(tmp_path) == []


def test_no_code_and_no_token_asks_for_a_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install", "station", "--server", SERVER, "--root", str(tmp_path)], host([])) == 1
    assert "--code is needed" in capsys.readouterr().err
    assert everything(tmp_path) == []


@pytest.mark.parametrize("dry_run", [["--dry-run"], []])
def test_an_administrator_account_is_refused_before_enrolment(
    tmp_path: Path, dry_run: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc/passwd").write_text("kiosk:x:1000:1000::/home/kiosk:/bin/bash\n")
    (tmp_path / "etc/group").write_text("kiosk:x:1000:\nsudo:x:27:kiosk\n")
    argv = ["install", "station", "--server", SERVER, "--code", "ABCD-1234", *dry_run]
    assert main([*argv, "--root", str(tmp_path)], host([])) == 1  # the code is not used up
    assert "is an administrator (sudo)" in capsys.readouterr().err
    assert everything(tmp_path) == ["etc", "etc/group", "etc/passwd"]


def test_every_option_has_help_text() -> None:
    def children(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        found = []
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    found += [child, *children(child)]
        return found

    commands = children(parser())
    assert len(commands) == 4  # install, install station, uninstall, uninstall station
    for command in commands:
        assert command.description, command.prog
        for action in command._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{command.prog} {action.option_strings[0]}"


DEBIAN_GDM = """\
# GDM configuration storage
[daemon]
# Uncomment the line below to force the login screen to use Xorg
#WaylandEnable=false

# Enabling automatic login
#  AutomaticLoginEnable = true
#  AutomaticLogin = user1

[security]

[debug]
#Enable=true
"""


def test_gdm_keys_are_set_once_and_put_back() -> None:
    keys = ["AutomaticLoginEnable", "AutomaticLogin", "WaylandEnable"]
    before = gdm.values(DEBIAN_GDM, keys)
    assert before == dict.fromkeys(keys)
    text = gdm.with_values(DEBIAN_GDM, gdm.automatic_login("kiosk"))
    assert gdm.values(text, keys) == {
        "AutomaticLoginEnable": "true",
        "AutomaticLogin": "kiosk",
        "WaylandEnable": "false",
    }
    assert gdm.with_values(text, gdm.automatic_login("kiosk")) == text  # idempotent
    assert "#  AutomaticLogin = user1" in text and "[security]" in text
    assert gdm.values(text.replace("[daemon]", "[other]"), keys) == dict.fromkeys(keys)
    assert gdm.with_values(text, before) == DEBIAN_GDM


def test_gdm_values_it_had_come_back() -> None:
    own = "[daemon]\nAutomaticLoginEnable = False\nAutomaticLogin=alice\n[security]\n"
    keys = ["AutomaticLoginEnable", "AutomaticLogin", "WaylandEnable"]
    before = gdm.values(own, keys)
    assert before == {
        "AutomaticLoginEnable": "False",
        "AutomaticLogin": "alice",
        "WaylandEnable": None,
    }
    changed = gdm.with_values(own, gdm.automatic_login("kiosk"))
    assert gdm.values(gdm.with_values(changed, before), keys) == before
    assert gdm.values(gdm.with_values("", gdm.automatic_login("k")), ["AutomaticLogin"]) == {
        "AutomaticLogin": "k"
    }


def test_station_toml_is_valid_toml_whatever_the_text() -> None:
    odd = 'https://epn.example.org/a"b\\c\x7fé'
    text = files.station_toml(url=odd, station='LK "01"', user="kiosk", display=":0")
    data = tomllib.loads(text)
    assert data["server"] == {"url": odd, "station": 'LK "01"'}
    assert data["screen"] == {"user": "kiosk", "display": ":0"}
    assert data["home"]["template"] == "/etc/epn-kiosk/home-template"
    assert not {"token", "enrol_code"} & set(data["server"])
    assert (
        "station"
        not in tomllib.loads(
            files.station_toml(url="http://a", station=None, user="k", display=":1")
        )["server"]
    )


def test_a_command_path_that_would_need_quoting_is_refused() -> None:
    assert (
        files.command_line(["/usr/bin/python3", "-m", "ui.main"]) == "/usr/bin/python3 -m ui.main"
    )
    with pytest.raises(InstallError, match="space or a special character"):
        files.command_line(["/opt/epn kiosk/bin/epn"])


def test_every_template_is_package_data() -> None:
    """An installed wheel has what the install reads (packaging/linux is the same folder)."""
    root = Path(__file__).resolve().parents[3]
    declared = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = declared["package-data"]["kiosk"]
    templates = sorted((root / "kiosk/install/templates").iterdir())
    assert templates
    for path in templates:
        inside = str(path.relative_to(root / "kiosk"))
        assert any(fnmatch.fnmatch(inside, pattern) for pattern in patterns), inside
    assert (root / "packaging/linux").resolve() == (root / "kiosk/install/templates")


def systemctl_answers(enabled: str, active: str, ran: list[list[str]]) -> Host:
    def run(command: list[str]) -> subprocess.CompletedProcess[str]:
        answer = {"is-enabled": enabled, "is-active": active}.get(command[1], "")
        if command[1] not in ("is-enabled", "is-active"):
            ran.append(command)
        return subprocess.CompletedProcess(command, 0, answer + "\n", "")

    return Host(euid=0, systemd=True, epn=EPN, run=run, enroll=no_enrolment, out=print)


def test_on_a_running_systemd_the_service_is_enabled_and_started_once() -> None:
    live = Target(Path("/"))
    ran: list[list[str]] = []
    steps = service_steps(systemctl_answers("disabled", "inactive", ran), live, unit_changed=True)
    for step in steps:
        assert step.apply is not None
        step.apply()
    assert ran == [["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", UNIT_NAME]]
    again = service_steps(systemctl_answers("enabled", "active", ran), live, unit_changed=False)
    assert [step.line(planned=False) for step in again] == [
        f"unchanged {UNIT_NAME} (enabled and running)"
    ]
    changed = service_steps(systemctl_answers("enabled", "active", ran), live, unit_changed=True)
    assert [step.line(planned=True) for step in changed] == [
        "would run systemctl daemon-reload",
        f"would run systemctl restart {UNIT_NAME}",
    ]
