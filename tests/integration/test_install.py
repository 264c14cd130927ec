"""``epn install station`` against the real server: a whole install into an image folder, run
again, undone; refusals that leave nothing behind; a real kiosk account that cannot touch the
station's config or token."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import stat
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from admin.db.store import Store
from admin.stations.management import StationsAdmin
from kiosk.install.cli import main
from kiosk.install.host import Host, enroll_station, run_command
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock

EPN = ("/opt/epn-kiosk/bin/epn",)
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the install makes root-owned files")


def enrol_code(db_path: Path, name: str, clock: FakeClock) -> str:
    with Store(db_path) as store:
        return StationsAdmin(store, clock).enrol_code(None, name, site="EPN Test").code


def host(lines: list[str]) -> Host:
    return Host(
        euid=0, systemd=False, epn=EPN, run=run_command, enroll=enroll_station, out=lines.append
    )


def install(root: Path, *options: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    return main(["install", "station", *options, "--root", str(root)], host(lines)), lines


def uninstall(root: Path, *options: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    return main(["uninstall", "station", *options, "--root", str(root)], host(lines)), lines


def files_in(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file and link under root: content, mode, modification time."""
    found = {}
    for path in root.rglob("*"):
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            continue
        content = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
        found[str(path.relative_to(root))] = (content, stat.S_IMODE(info.st_mode), info.st_mtime_ns)
    return found


def station_name(base_url: str, token: str) -> str:
    me = httpx.get(base_url + Paths.STATION_ME, headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, me.text
    return str(me.json()["name"])


def report_only_unchanged(lines: list[str]) -> bool:
    steps = [line for line in lines if not line.startswith(("done:", "systemd is not running"))]
    return all(line.startswith(("unchanged ", "skipped user ")) for line in steps)


MODES = {
    "etc/epn-kiosk": 0o755,
    "etc/epn-kiosk/station.toml": 0o640,
    "etc/epn-kiosk/home-template": 0o755,
    "var/lib/epn-kiosk": 0o700,
    "var/lib/epn-kiosk/station-token": 0o600,
    "var/lib/epn-kiosk/installed.json": 0o600,
    "etc/systemd/system/epn-station.service": 0o644,
    "usr/share/xsessions/epn-kiosk.desktop": 0o644,
    "etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf": 0o644,
    "etc/X11/xorg.conf.d/50-epn-kiosk.conf": 0o644,
}


@as_root
def test_install_again_then_uninstall(
    tmp_path: Path, base_url: str, db_path: Path, clock: FakeClock
) -> None:
    root = tmp_path / "image"
    argv = ["--server", base_url, "--code", enrol_code(db_path, "RC-01", clock)]
    code, lines = install(root, *argv)
    assert code == 0, lines
    assert "enrolled as station RC-01: token in" in lines[0]
    for name, mode in MODES.items():
        info = (root / name).stat()
        assert (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (mode, 0, 0), name
    token = (root / "var/lib/epn-kiosk/station-token").read_text().strip()
    assert station_name(base_url, token) == "RC-01"
    wants = root / "etc/systemd/system/multi-user.target.wants/epn-station.service"
    assert os.readlink(wants) == "/etc/systemd/system/epn-station.service"

    config = tomllib.loads((root / "etc/epn-kiosk/station.toml").read_text())
    assert config["server"] == {"url": base_url, "station": "RC-01"}
    assert config["screen"] == {"user": "kiosk", "display": ":0"}
    assert config["home"] == {"template": "/etc/epn-kiosk/home-template", "keep": []}
    assert config["paths"] == {"state_dir": "/var/lib/epn-kiosk"}
    assert token not in (root / "etc/epn-kiosk/station.toml").read_text()
    # the station service reads it as it is written (its own reader, every key known)
    from kiosk.config import SERVICE_STATE_DIR, load_config

    loaded = load_config(root / "etc/epn-kiosk/station.toml", state_dir=SERVICE_STATE_DIR)
    assert (loaded.screen.user, loaded.screen.display) == ("kiosk", ":0")
    assert loaded.paths.state_dir == SERVICE_STATE_DIR

    unit = (root / "etc/systemd/system/epn-station.service").read_text()
    service = [
        "ExecStart=/opt/epn-kiosk/bin/epn station-service --config /etc/epn-kiosk/station.toml",
        "User=root",
        "Type=simple",
        "Restart=always",
        "RestartSec=1",
        "StartLimitIntervalSec=0",
        "RuntimeDirectory=epn-kiosk",
        "StateDirectory=epn-kiosk",
        "StateDirectoryMode=0700",
        "ConfigurationDirectory=epn-kiosk",
    ]
    for line in service:
        assert f"\n{line}\n" in unit, line
    assert "\nRestartPreventExitStatus" not in unit
    xsession = (root / "usr/share/xsessions/epn-kiosk.desktop").read_text()
    assert "\nExec=/opt/epn-kiosk/bin/epn kiosk --session\n" in xsession
    lightdm = (root / "etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf").read_text()
    for line in ("[Seat:*]", "autologin-user=kiosk", "autologin-user-timeout=0"):
        assert f"{line}\n" in lightdm
    assert "autologin-session=epn-kiosk\n" in lightdm and "user-session=epn-kiosk\n" in lightdm
    xorg = (root / "etc/X11/xorg.conf.d/50-epn-kiosk.conf").read_text()
    for option in ('"DontZap" "true"', '"DontVTSwitch" "true"', '"BlankTime" "0"', '"OffTime" "0"'):
        assert option in xorg
    assert not (root / "etc/xdg/autostart/epn-kiosk-session.desktop").exists()

    before = files_in(root)
    code, lines = install(root, *argv)  # the very same command: nothing to do
    assert code == 0
    assert report_only_unchanged(lines), lines
    assert files_in(root) == before
    code, lines = install(root, "--server", base_url)  # without the code: the same
    assert code == 0 and report_only_unchanged(lines), lines

    code, lines = uninstall(root)
    assert code == 0, lines
    assert files_in(root) == {}
    assert f"removed {root / 'var/lib/epn-kiosk'}" in lines
    code, lines = uninstall(root)
    assert code == 0 and all(line.startswith("unchanged") for line in lines), lines


def test_a_refused_code_leaves_nothing(
    tmp_path: Path,
    base_url: str,
    db_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _ = install(tmp_path / "image", "--server", base_url, "--code", "WRONG-CODE")
    assert code == 1
    err = capsys.readouterr().err
    assert "refused the enrolment code (ENROLMENT_CODE_INVALID" in err
    late = enrol_code(db_path, "RC-02", clock)
    clock.advance(hours=25)
    assert install(tmp_path / "image", "--server", base_url, "--code", late)[0] == 1
    assert "(ENROLMENT_CODE_EXPIRED" in capsys.readouterr().err
    assert not (tmp_path / "image").exists()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_leaves_nothing(
    tmp_path: Path, closed_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    assert install(tmp_path, "--server", url, "--code", "ABCD-1234")[0] == 1
    assert f"cannot reach the server at {url}" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@as_root
def test_a_new_code_needs_re_enrol(
    tmp_path: Path,
    base_url: str,
    db_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "image"
    assert (
        install(root, "--server", base_url, "--code", enrol_code(db_path, "RC-03", clock))[0] == 0
    )
    before = files_in(root)
    second = enrol_code(db_path, "RC-04", clock)
    assert install(root, "--server", base_url, "--code", second)[0] == 1
    assert "already enrolled" in capsys.readouterr().err
    assert files_in(root) == before
    code, lines = install(root, "--server", base_url, "--code", second, "--re-enrol")
    assert code == 0, lines
    token = (root / "var/lib/epn-kiosk/station-token").read_text().strip()
    assert station_name(base_url, token) == "RC-04"
    config = tomllib.loads((root / "etc/epn-kiosk/station.toml").read_text())
    assert config["server"]["station"] == "RC-04"


GDM = """\
# GDM configuration storage
[daemon]
#WaylandEnable=false
#  AutomaticLoginEnable = true
AutomaticLogin = alice

[security]
"""


@as_root
def test_gdm_automatic_login_then_its_values_back(
    tmp_path: Path, base_url: str, db_path: Path, clock: FakeClock
) -> None:
    root = tmp_path / "image"
    (root / "etc/gdm3").mkdir(parents=True)
    (root / "etc/gdm3/custom.conf").write_text(GDM)
    argv = ["--server", base_url, "--code", enrol_code(db_path, "RC-05", clock)]
    assert install(root, *argv)[0] == 0
    text = (root / "etc/gdm3/custom.conf").read_text()
    daemon = text.split("[security]")[0]
    for line in ("AutomaticLoginEnable=true", "AutomaticLogin=kiosk", "WaylandEnable=false"):
        assert f"\n{line}\n" in daemon
    assert "alice" not in text
    accounts = root / "var/lib/AccountsService/users/kiosk"
    assert "Session=epn-kiosk\n" in accounts.read_text()
    assert stat.S_IMODE(accounts.stat().st_mode) == 0o600
    code, lines = install(root, "--server", base_url)
    assert code == 0 and report_only_unchanged(lines), lines

    code, lines = uninstall(root)
    assert code == 0, lines
    assert (root / "etc/gdm3/custom.conf").read_text() == GDM.replace(
        "AutomaticLogin = alice", "AutomaticLogin=alice"
    )
    assert not accounts.exists()


@as_root
def test_keep_desktop_starts_the_kiosk_from_autostart(
    tmp_path: Path, base_url: str, db_path: Path, clock: FakeClock
) -> None:
    root = tmp_path / "image"
    (root / "etc/xdg/autostart").mkdir(parents=True)
    (root / "etc/xdg/autostart/update-notifier.desktop").write_text("[Desktop Entry]\n")
    argv = ["--server", base_url, "--code", enrol_code(db_path, "RC-06", clock)]
    assert install(root, *argv, "--keep-desktop")[0] == 0
    entry = root / "etc/xdg/autostart/epn-kiosk-session.desktop"
    assert "\nExec=/opt/epn-kiosk/bin/epn kiosk --session\n" in entry.read_text()
    lightdm = (root / "etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf").read_text()
    assert "autologin-user=kiosk\n" in lightdm and "autologin-session" not in lightdm
    hidden = root / "etc/epn-kiosk/home-template/.config/autostart/update-notifier.desktop"
    assert "\nHidden=true\n" in hidden.read_text()
    # the kiosk session alone again: the autostart entry goes
    code, lines = install(root, "--server", base_url)
    assert code == 0 and f"removed {entry}" in lines
    assert (
        "autologin-session=epn-kiosk\n"
        in (root / "etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf").read_text()
    )


@pytest.fixture
def image() -> Iterator[Path]:
    """An image folder any account can walk into, with a copy of this system's accounts."""
    root = Path(tempfile.mkdtemp(prefix="epn-image-", dir="/tmp"))
    try:
        os.chmod(root, 0o755)
        (root / "etc").mkdir(mode=0o755)
        (root / "home").mkdir(mode=0o755)
        for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
            if Path("/etc", name).exists():
                shutil.copy2(Path("/etc", name), root / "etc" / name)
        yield root
    finally:
        shutil.rmtree(root)


PROBE = """\
import os, sys
config, token, state, session = sys.argv[1:]
print(os.access(config, os.W_OK), os.access(config, os.R_OK), os.access(token, os.R_OK),
      os.access(state, os.X_OK), os.access(session, os.R_OK))
try:
    open(config).read()
except PermissionError:
    print("EACCES")
"""


@as_root
def test_the_kiosk_account_cannot_touch_config_or_token(
    image: Path, base_url: str, db_path: Path, clock: FakeClock
) -> None:
    name = "epnk" + secrets.token_hex(3)
    argv = ["--server", base_url, "--code", enrol_code(db_path, "RC-07", clock), "--user", name]
    code, lines = install(image, *argv)
    assert code == 0, lines
    assert f"created user {name}" in lines
    passwd = {
        row.split(":")[0]: row.split(":") for row in (image / "etc/passwd").read_text().splitlines()
    }
    uid, gid, home = int(passwd[name][2]), int(passwd[name][3]), passwd[name][5]
    assert uid != 0 and home == f"/home/{name}"
    assert (image / home[1:]).stat().st_uid == uid
    group = {
        row.split(":")[0]: row.split(":") for row in (image / "etc/group").read_text().splitlines()
    }
    assert int(group[name][2]) == gid  # its own group
    assert not [
        g
        for g, row in group.items()
        if name in row[3].split(",") and g in ("sudo", "wheel", "adm", "admin")
    ]
    shadow = {
        row.split(":")[0]: row.split(":") for row in (image / "etc/shadow").read_text().splitlines()
    }
    assert shadow[name][1].startswith("!")  # no password
    assert name not in Path("/etc/passwd").read_text()  # the image's accounts, not the host's

    probe = subprocess.run(
        [
            "/usr/bin/python3",
            "-c",
            PROBE,
            str(image / "etc/epn-kiosk/station.toml"),
            str(image / "var/lib/epn-kiosk/station-token"),
            str(image / "var/lib/epn-kiosk"),
            str(image / "usr/share/xsessions/epn-kiosk.desktop"),
        ],
        user=uid,
        group=gid,
        extra_groups=[],
        capture_output=True,
        text=True,
        cwd="/",
        check=True,
    )
    # cannot write or read the config, read the token or enter the state folder; can read the
    # session file (the image is open to it: the refusals come from the files' modes)
    assert probe.stdout.split() == ["False", "False", "False", "False", "True", "EACCES"]

    code, lines = uninstall(image)
    assert code == 0, lines
    assert f"removed user {name}" in lines
    assert name not in (image / "etc/passwd").read_text()
    assert not (image / home[1:]).exists()


@as_root
def test_a_config_edited_by_hand_is_kept_unless_it_contradicts(
    tmp_path: Path,
    base_url: str,
    db_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "image"
    assert (
        install(root, "--server", base_url, "--code", enrol_code(db_path, "RC-08", clock))[0] == 0
    )
    config = root / "etc/epn-kiosk/station.toml"
    edited = config.read_text() + "\n[idle]\nminutes = 5\n"
    config.write_text(edited)
    code, lines = install(root, "--server", base_url)
    assert code == 0 and f"unchanged {config} (edited since the install: kept as it is)" in lines
    assert config.read_text() == edited
    assert install(root, "--server", base_url, "--user", "visiteur")[0] == 1
    assert "[screen] user is 'kiosk', not 'visiteur'" in capsys.readouterr().err
    config.unlink()
    assert install(root, "--server", base_url, "--user", "visiteur")[0] == 0
    assert tomllib.loads(config.read_text())["screen"]["user"] == "visiteur"


@as_root
def test_a_site_code_enrols_this_pc_under_its_host_name(
    tmp_path: Path,
    base_url: str,
    db_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kiosk.enrolment import host_name

    def site_code() -> str:
        with Store(db_path) as store:
            return StationsAdmin(store, clock).site_code(None, "EPN Test", uses=1, days=7).code

    code = site_code()
    assert install(tmp_path / "first", "--server", base_url, "--code", code)[0] == 0
    token = (tmp_path / "first/var/lib/epn-kiosk/station-token").read_text().strip()
    assert station_name(base_url, token) == host_name()
    # the code's one use is spent; a new code cannot take a name that exists
    assert install(tmp_path / "second", "--server", base_url, "--code", code)[0] == 1
    err = capsys.readouterr().err
    assert "(ENROLMENT_CODE_USED_UP" in err and "enrolled all the stations it was made for" in err
    assert install(tmp_path / "third", "--server", base_url, "--code", site_code())[0] == 1
    err = capsys.readouterr().err
    assert "(STATION_NAME_TAKEN" in err and "give this PC another name" in err
    assert not (tmp_path / "second").exists() and not (tmp_path / "third").exists()
