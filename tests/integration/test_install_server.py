"""``epn install server`` into an image folder: the plan, the real run writing exactly the
planned files, a real ``epn server --config`` on what it wrote, a second run that changes
nothing, a config edited by hand kept, bad input refused with nothing written."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from admin.api.tls import init_tls
from admin.cli.app import build_parser
from admin.cli.server_config import load_server_config
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.install.cli import main
from installkit.host import Host, run_command
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import wait_until
from tests.helpers.processes import Process, epn_command

EPN = ("/opt/epn-kiosk/bin/epn",)
ROOT_DIR = Path(__file__).resolve().parents[2]
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the install makes root-owned files")


def host(lines: list[str], euid: int = 0) -> Host:
    return Host(euid=euid, systemd=False, epn=EPN, run=run_command, out=lines.append)


def install(root: Path, *options: str, euid: int = 0) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = main(["install", "server", *options, "--root", str(root)], host(lines, euid))
    return code, lines


def files_in(root: Path) -> dict[str, tuple[bytes, int, int, int, int]]:
    """Every file and link under root: content, mode, owners, modification time."""
    found = {}
    for path in root.rglob("*"):
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            continue
        content = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
        found[str(path.relative_to(root))] = (
            content,
            stat.S_IMODE(info.st_mode),
            info.st_uid,
            info.st_gid,
            info.st_mtime_ns,
        )
    return found


def planned_paths(lines: list[str], root: Path) -> set[str]:
    """The paths of the plan's ``would …`` lines, relative to the image."""
    found = set()
    for line in lines:
        if not line.startswith("would "):
            continue
        for word in line.split():
            if word.startswith(str(root) + "/"):
                found.add(str(Path(word).relative_to(root)))
                break
    return found


@pytest.fixture
def image() -> Iterator[Path]:
    """An image folder with a copy of this system's accounts (useradd --prefix changes it)."""
    root = Path(tempfile.mkdtemp(prefix="epn-server-image-", dir="/tmp"))
    try:
        os.chmod(root, 0o755)
        (root / "etc").mkdir(mode=0o755)
        for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
            if Path("/etc", name).exists():
                shutil.copy2(Path("/etc", name), root / "etc" / name)
        yield root
    finally:
        shutil.rmtree(root)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def account(root: Path, name: str) -> list[str]:
    rows = [row.split(":") for row in (root / "etc/passwd").read_text().splitlines()]
    return next(row for row in rows if row[0] == name)


def test_dry_run_prints_the_plan_and_writes_nothing(tmp_path: Path) -> None:
    code, lines = install(tmp_path, "--dry-run", euid=1000)  # as anyone
    assert code == 0, lines
    assert lines[0] == "plan (--dry-run: nothing is changed)"
    assert f"would write {tmp_path}/etc/epn-kiosk/server.toml" in lines
    assert f"would create {tmp_path}/var/lib/epn/epn.db (at the current schema)" in lines
    assert f"would write {tmp_path}/etc/systemd/system/epn-backup.timer" in lines
    assert list(tmp_path.iterdir()) == []


@as_root
def test_install_writes_exactly_the_plan_and_the_server_runs_on_it(image: Path) -> None:
    port = free_port()
    argv = ["--host", "127.0.0.1", "--port", str(port), "--keep", "7"]
    code, plan = install(image, *argv, "--dry-run")
    assert code == 0, plan
    assert "would create user epn (system account, home /var/lib/epn, no login)" in plan
    before = set(files_in(image))

    code, lines = install(image, *argv)
    assert code == 0, lines
    assert "created user epn (system account, home /var/lib/epn, no login)" in lines
    uid, gid, _, home, shell = account(image, "epn")[2:7]
    assert (home, shell) == ("/var/lib/epn", "/usr/sbin/nologin")
    assert "epn" not in [row.split(":")[0] for row in Path("/etc/passwd").read_text().split()]
    written = set(files_in(image)) - before - {"etc/passwd", "etc/group", "etc/shadow"}
    written -= {"etc/gshadow", "etc/passwd-", "etc/group-", "etc/shadow-", "etc/gshadow-"}
    assert written == {
        p
        for p in planned_paths(plan, image)
        if not (image / p).is_dir() or (image / p).is_symlink()
    }
    for name, mode, owner in (
        ("etc/epn-kiosk/server.toml", 0o640, (0, int(gid))),
        ("var/lib/epn", 0o750, (int(uid), int(gid))),
        ("var/lib/epn/epn.db", 0o600, (int(uid), int(gid))),
        ("var/lib/epn/backups", 0o750, (int(uid), int(gid))),
        ("etc/systemd/system/epn-server.service", 0o644, (0, 0)),
    ):
        info = (image / name).stat()
        assert (stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid)) == (mode, owner), name
    backup_unit = (image / "etc/systemd/system/epn-backup.service").read_text()
    assert (
        "\nExecStart=/opt/epn-kiosk/bin/epn backup --db /var/lib/epn/epn.db "
        "--dir /var/lib/epn/backups --keep 7\n" in backup_unit
    )
    with Store(image / "var/lib/epn/epn.db") as store:
        assert store.schema_state() == ([], [])  # created at the current schema

    config = image / "etc/epn-kiosk/server.toml"
    parser = build_parser().nouns.choices["server"]
    loaded = load_server_config(config, parser)
    assert (loaded["db"], loaded["host"], loaded["port"]) == (
        "/var/lib/epn/epn.db",
        "127.0.0.1",
        port,
    )
    # the real server on it: the image's database (its system path is the image's own)
    db = str(image / "var/lib/epn/epn.db")
    server = Process([*epn_command(), "server", "--config", str(config), "--db", db],
                     dict(os.environ), "server")  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}{Paths.HEALTH}"

        def healthy() -> bool:
            try:
                return httpx.get(url, timeout=1).status_code == 200
            except httpx.TransportError:
                assert server.proc.poll() is None, server.lines
                return False

        wait_until(healthy, timeout=20, what="the installed server's health")
    finally:
        server.stop()

    state = files_in(image)
    code, again = install(image, *argv)
    assert code == 0, again
    steps = [line for line in again if not line.startswith(("systemd is not", "done:"))]
    assert steps[-1] == "nothing changed: the server was installed so already"
    assert all(line.startswith("unchanged ") for line in steps[:-1]), steps
    assert files_in(image) == state


@as_root
def test_a_config_edited_by_hand_is_kept(image: Path) -> None:
    assert install(image)[0] == 0
    config = image / "etc/epn-kiosk/server.toml"
    edited = config.read_text().replace("metrics = false", "metrics = true")
    config.write_text(edited)
    code, lines = install(image, "--port", "9443")
    assert code == 0, lines
    assert config.read_text() == edited
    assert f"unchanged {config} (it differs from what this install writes: kept as it is)" in lines
    proposed = image / "etc/epn-kiosk/server.toml.new"
    assert "port = 9443" in proposed.read_text()
    assert stat.S_IMODE(proposed.stat().st_mode) == 0o640

    config.write_text(edited + "colour = 'blue'\n")  # one that 'epn server' would refuse
    code, lines = install(image)
    assert code == 1


@as_root
def test_init_tls_makes_a_ca_and_the_config_names_its_files(image: Path) -> None:
    code, lines = install(image, "--init-tls", "epn.example.org")
    assert code == 0, lines
    assert any(line.startswith("server certificate SHA-256 ") for line in lines)
    gid = int(account(image, "epn")[3])
    key = (image / "etc/epn-kiosk/tls/server.key").stat()
    assert (stat.S_IMODE(key.st_mode), key.st_uid, key.st_gid) == (0o640, 0, gid)
    ca_key = (image / "etc/epn-kiosk/tls/ca.key").stat()
    assert (stat.S_IMODE(ca_key.st_mode), ca_key.st_gid) == (0o600, 0)
    loaded = load_server_config(
        image / "etc/epn-kiosk/server.toml", build_parser().nouns.choices["server"]
    )
    assert str(loaded["certfile"]) == "/etc/epn-kiosk/tls/server.pem"
    code, again = install(image, "--init-tls", "epn.example.org")
    assert code == 0 and "nothing changed: the server was installed so already" in again, again


@pytest.mark.parametrize(
    ("options", "euid", "message"),
    [
        (["--port", "70000"], 0, "--port 70000: must be a port number from 1 to 65535"),
        (["--port", "0"], 0, "--port 0: must be a port number from 1 to 65535"),
        (["--certfile", "/etc/x.pem", "--keyfile", "/etc/x.key"], 0, "/etc/x.pem"),
        (["--certfile", "/etc/x.pem"], 0, "--certfile and --keyfile go together"),
        (["--db", "relative.db"], 0, "--db relative.db: must be an absolute path"),
        (["--db", "/var/lib/epn.db"], 0, "--db: /var/lib is a system folder"),
        (["--keep", "0"], 0, "--keep 0: must be at least 1"),
        (["--host", "0.0.0.0 x"], 0, "--host '0.0.0.0 x'"),
        ([], 1000, "must run as root"),
    ],
)
def test_bad_input_is_refused_with_nothing_written(
    tmp_path: Path, options: list[str], euid: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = install(tmp_path, *options, euid=euid)
    assert code == 1, lines
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_option_is_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        install(tmp_path, "--colour", "blue")
    assert exit_.value.code == 2
    assert "unrecognized arguments: --colour blue" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@as_root
def test_a_certificate_of_another_key_is_refused_before_anything(
    image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tls = image / "tls"
    init_tls(tls, ["a.example.org"], days=30, now=utc_now())
    before = files_in(image)
    code, _ = install(image, "--certfile", "/tls/server.pem", "--keyfile", "/tls/ca.key")
    assert code == 1
    assert "is not the key of the certificate" in capsys.readouterr().err
    assert files_in(image) == before


def test_the_installed_units_are_the_packaged_ones() -> None:
    """With the default paths, the units say what packaging/systemd's say (comments aside)."""
    from admin.install import files
    from admin.install.layout import BACKUP_DIR, DB, KEEP

    def lines(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]

    epn = "/opt/epn-kiosk/bin/epn"
    for name, text in (
        ("epn-server.service", files.server_unit(epn, DB)),
        ("epn-backup.service", files.backup_unit(epn, DB, BACKUP_DIR, KEEP)),
        ("epn-backup.timer", files.backup_timer()),
    ):
        assert lines(text) == lines((ROOT_DIR / "packaging/systemd" / name).read_text()), name


def test_epn_routes_install_server_to_the_server_installer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.main import main as epn

    assert epn(["install", "server", "--dry-run", "--root", str(tmp_path)]) == 0
    assert f"would write {tmp_path}/etc/epn-kiosk/server.toml" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


@as_root
def test_uninstall_removes_the_units_and_keeps_the_data(
    image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.main import main as epn

    assert install(image)[0] == 0
    before = files_in(image)
    units = {
        "etc/systemd/system/epn-server.service",
        "etc/systemd/system/epn-backup.service",
        "etc/systemd/system/epn-backup.timer",
        "etc/systemd/system/multi-user.target.wants/epn-server.service",
        "etc/systemd/system/timers.target.wants/epn-backup.timer",
    }
    assert units <= set(before)
    # the plan, as anyone, changes nothing
    assert epn(["uninstall", "server", "--dry-run", "--root", str(image)]) == 0
    plan = capsys.readouterr().out.splitlines()
    assert files_in(image) == before
    assert planned_paths(plan, image) == units
    # as anyone but root, refused
    lines: list[str] = []
    code = main(["uninstall", "server", "--root", str(image)], host(lines, euid=1000))
    assert code == 1 and files_in(image) == before
    # the real run: exactly the units go; the database, config and account stay
    lines = []
    assert main(["uninstall", "server", "--root", str(image)], host(lines)) == 0
    after = files_in(image)
    assert set(before) - set(after) == units
    assert {path: before[path] for path in after} == after
    assert f"unchanged {image}/var/lib/epn (kept: the database)" in lines
    assert "unchanged user epn (kept: it owns the data)" in lines
    assert "rm -r /var/lib/epn /etc/epn-kiosk" in lines[-1]
    # again: nothing left to remove
    lines = []
    assert main(["uninstall", "server", "--root", str(image)], host(lines)) == 0
    assert not any(line.startswith("removed") for line in lines) and files_in(image) == after
