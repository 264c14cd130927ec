"""The station service as a public PC runs it: root's service, the kiosk account's screen.

Real processes: the server, ``epn station-service`` as root, the screen it starts as a kiosk
account created for the test, on Xvfb; a visitor typed in with xdotool; the attacks made as the
kiosk account itself.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from admin.api.serving import free_port
from kiosk.listener import AgentListener
from kiosk.screen_link import RemoteStation
from tests.e2e.test_kiosk_restart import wait_for_new_line
from tests.helpers.epn import (
    STAFF,
    STAFF_PASSWORD,
    kiosk_env,
    seed,
    server_up,
    sign_in_typed,
)
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.station_service import (
    KioskAccount,
    kiosk_account,
    machine_folder,
    screen_python,
    station_toml,
    write_config,
)

pytestmark = pytest.mark.e2e

SHOWN = r"session shown: (\S+), (\d+) s left"


@pytest.fixture
def account() -> Iterator[KioskAccount]:
    with kiosk_account() as created:
        yield created


@pytest.fixture
def screen_env() -> Iterator[dict[str, str]]:
    with screen_python() as env:
        yield env


@pytest.fixture
def folder() -> Iterator[Path]:
    with machine_folder() as made:
        yield made


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str, Path]]:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        yield url, token, db
    finally:
        process.stop()


def start_service(config: Path, display: str, screen_env: dict[str, str]) -> Process:
    env = {**kiosk_env(display), **screen_env}
    env.pop("DISPLAY", None)  # the service learns the display from its config
    return Process(
        [*epn_command(), "station-service", "--config", str(config)], env, "station-service"
    )


def station_config(url: str, token: str, account: KioskAccount, display: str, folder: Path) -> Path:
    """The station's config, as the installer writes it (root's, the kiosk account's screen)."""
    return write_config(
        folder, station_toml(url=url, token=token, account=account, display=display, folder=folder)
    )


def screen_pid(account: KioskAccount) -> int | None:
    for proc in psutil.process_iter(["uids", "cmdline", "status"]):
        info = proc.info
        if (
            info["uids"] is not None
            and info["uids"].real == account.uid
            and info["status"] != psutil.STATUS_ZOMBIE
            and "--socket" in (info["cmdline"] or [])
        ):
            return proc.pid
    return None


def test_a_visit_goes_on_when_the_visitor_kills_the_screen(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        pid = screen_pid(account)
        assert pid is not None and psutil.Process(pid).uids().real == account.uid
        sign_in_typed(xvfb_display, service)
        shown = re.search(SHOWN, service.wait_for_line(SHOWN))
        assert shown is not None
        session_id, left = shown.group(1), int(shown.group(2))
        signed_in_at = time.monotonic()

        # the visitor kills the screen: they may (it is theirs); it is back within 3 s
        after = len(service.lines)
        killed = account.run("kill", "-9", str(pid))
        assert killed.returncode == 0, killed.stderr
        killed_at = time.monotonic()
        wait_for_new_line(service, r"display \S+ covered until the screen is up", after, 3)
        back = wait_for_new_line(service, SHOWN, after, 10)
        back_at = time.monotonic()
        assert back.group(1) == session_id
        assert back_at - killed_at <= 3.0, (
            f"the session came back after {back_at - killed_at:.1f} s"
        )
        # its time kept counting meanwhile
        assert abs(int(back.group(2)) - (left - (back_at - signed_in_at))) <= 2
        wait_for_new_line(service, r"uncovered: the screen is up", after, 5)
        new_pid = screen_pid(account)
        assert new_pid is not None and new_pid != pid
    finally:
        assert service.stop() == 0


def test_the_visitor_cannot_stop_read_or_change_the_service(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        killed = account.run("kill", "-9", str(service.proc.pid))
        assert killed.returncode != 0 and "not permitted" in killed.stderr
        read = account.run("cat", str(config))
        assert read.returncode != 0 and "Permission denied" in read.stderr
        state = account.run("ls", str(folder / "state"))
        assert state.returncode != 0 and "Permission denied" in state.stderr
        written = account.run("sh", "-c", f"echo '[guard]' >> {config}")
        assert written.returncode != 0 and "Permission denied" in written.stderr
        assert service.proc.poll() is None

        # another account knocking at the socket is refused and logged
        with kiosk_account("epno") as other:
            knock = other.run(
                "/usr/bin/python3",
                "-c",
                # the refusal comes first, before any hello is read
                "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); "
                "print(s.makefile().readline())",
                str(folder / "screen.sock"),
            )
            assert '"type":"refused"' in knock.stdout, knock.stdout + knock.stderr
        service.wait_for_line(rf"refused pid \d+ of uid {other.uid}")

        # the visitor's own program, as the kiosk account: it may neither drive the station
        # (nor lift the cover) nor announce another display
        knock = (
            "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); "
            "s.sendall(sys.argv[2].encode() + b'\\n'); print(s.makefile().readline())"
        )
        for hello in (
            '{"type":"hello","version":[1,0],"role":"screen"}',
            '{"type":"hello","version":[1,0],"role":"session","display":":99"}',
        ):
            tried = account.run("/usr/bin/python3", "-c", knock, str(folder / "screen.sock"), hello)
            assert '"type":"refused"' in tried.stdout, tried.stdout + tried.stderr
        service.wait_for_line(r"not the screen the service started")
        service.wait_for_line(r"announcement of display :99 .* refused")
    finally:
        assert service.stop() == 0


def test_a_config_the_station_cannot_use_shows_out_of_order_within_5_seconds(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    text = station_toml(url=url, token=token, account=account, display=xvfb_display, folder=folder)
    config = write_config(folder, text + "[idle]\nminutess = 5\n")  # a typo
    started = time.time()
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"epn.kiosk.service: station out of order: .*minutess", timeout=10)
        # the screen, as the account the config names, says so: out of order, reason for staff
        shown = service.printed_at(r"epn.ui.kiosk: station out of order: .*minutess", 20)
        assert shown - started <= 5.0, f"out of order shown after {shown - started:.1f} s"
        pid = screen_pid(account)
        assert pid is not None
        assert service.proc.poll() is None  # it never exits for a config: it retries
    finally:
        assert service.stop() == 0


def test_the_out_of_order_screen_appears_for_a_refused_token(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, _token, _db = server
    config = write_config(
        folder,
        station_toml(
            url=url, token="", account=account, display=xvfb_display, folder=folder
        ).replace('token = ""\n', 'enrol_code = "EXPIRED-0000"\n'),
    )
    started = time.time()
    service = start_service(config, xvfb_display, screen_env)
    try:
        line_at = service.printed_at(r"epn.ui.kiosk: station out of order: .*enrol_code", 20)
        assert line_at - started <= 5.0 + 3.0  # the screen's own start-up included
        shown = service.printed_at(r"lock screen shown", 5)
        assert shown - started <= 8.0
    finally:
        service.stop()


def test_a_service_restart_mid_session_keeps_the_visit_and_its_time(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        sign_in_typed(xvfb_display, service)
        shown = re.search(SHOWN, service.wait_for_line(SHOWN))
        assert shown is not None
        signed_in_at = time.monotonic()
    finally:
        service.proc.send_signal(signal.SIGTERM)
        assert service.stop() == 0
    time.sleep(1.0)  # the station is down a moment: that time counts as used
    again = start_service(config, xvfb_display, screen_env)
    try:
        back = re.search(SHOWN, again.wait_for_line(SHOWN, timeout=30))
        back_at = time.monotonic()
        assert back is not None and back.group(1) == shown.group(1)
        expected = int(shown.group(2)) - (back_at - signed_in_at)
        assert abs(int(back.group(2)) - expected) <= 2
    finally:
        assert again.stop() == 0


def test_the_service_never_exits_for_an_unusable_config(
    account: KioskAccount, folder: Path, screen_env: dict[str, str], xvfb_display: str
) -> None:
    config = write_config(
        folder,
        f"[server]\nurl = 'not a url'\n[screen]\nuser = '{account.name}'\n"
        f"display = '{xvfb_display}'\nsocket = '{folder / 'screen.sock'}'\n",
    )
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"station out of order: .*url", timeout=10)
        service.wait_for_line(r"epn.ui.kiosk: station out of order: .*url", timeout=20)
        assert service.proc.poll() is None
    finally:
        assert service.stop() == 0


def test_what_a_visitor_planted_is_gone_at_the_first_lock_screen(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    planted = account.run(
        "sh",
        "-c",
        "mkdir -p ~/.config/autostart && printf '[Desktop Entry]\\nExec=xterm\\n' "
        "> ~/.config/autostart/x.desktop && echo 'xterm &' >> ~/.bashrc && "
        "mkdir -p ~/.mozilla/firefox && touch ~/.mozilla/firefox/cookies.sqlite",
    )
    assert planted.returncode == 0, planted.stderr
    runner = subprocess.Popen(
        ["sleep", "600"],
        user=account.uid,
        group=account.gid,
        extra_groups=[],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
    )
    config = station_config(url, token, account, xvfb_display, folder)
    time.sleep(0.05)  # process start times tick every 10 ms: the planted one is older
    service = start_service(config, xvfb_display, screen_env)
    later = None
    try:
        service.wait_for_line(r"screen socket listening", timeout=30)
        # started after the service (as a kept desktop's own programs are): left alone
        later = subprocess.Popen(
            ["sleep", "601"],
            user=account.uid,
            group=account.gid,
            extra_groups=[],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
        )
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        service.wait_for_line(rf"ended sleep \(pid {runner.pid}\)", timeout=10)
        assert runner.wait(5) is not None
        assert later.poll() is None
        assert not any(f"(pid {later.pid})" in line for line in service.lines)
        home = account.home
        assert not (home / ".config" / "autostart" / "x.desktop").exists()
        assert not (home / ".mozilla").exists()
        assert (
            "xterm" not in (home / ".bashrc").read_text(encoding="utf-8")
            if (home / ".bashrc").exists()
            else True
        )
        assert screen_pid(account) is not None  # the screen itself was spared
        assert home.stat().st_uid == account.uid
    finally:
        for process in (runner, later):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
        assert service.stop() == 0


def _desk(folder: Path) -> RemoteStation:
    """The service's socket as a root client (the staff actions the screen would call)."""
    desk = RemoteStation(folder / "screen.sock", AgentListener())
    desk.start()
    assert desk.wait_connected(10), "the test could not reach the service's socket"
    return desk


def test_staff_quit_keeps_the_screen_away_until_maintenance_ends(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    desk = None
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        desk = _desk(folder)
        # connected means welcomed: the service's first state, which says it, comes after
        wait_until(
            lambda: desk is not None and desk.quit_minutes is not None,
            message="the service sent no state",
        )
        assert desk.quit_minutes == 15
        login = desk.staff.sign_in(STAFF, STAFF_PASSWORD)
        assert desk.staff.quit_for_maintenance(login.token) == 15 * 60
        service.wait_for_line(r"staff quit the screen for maintenance: back in 15 min")
        # the screen quits as the staff panel makes it do (exit 0): nothing comes back
        pid = screen_pid(account)
        assert pid is not None
        after = len(service.lines)
        os.kill(pid, signal.SIGTERM)
        wait_for_new_line(service, r"screen ended \(exit 0\).*quiet for maintenance", after, 10)
        time.sleep(2.0)  # restarts are immediate: two seconds of nothing say there is none
        quiet = "\n".join(service.lines[after:])
        assert "screen started" not in quiet and "covered until" not in quiet
        assert screen_pid(account) is None
        # maintenance over (its time up, or staff lock again): the lock screen is back by itself
        after = len(service.lines)
        assert desk.staff.end_maintenance() is True
        wait_for_new_line(service, r"screen started \(pid \d+\)", after, 5)
        wait_for_new_line(service, r"lock screen shown", after, 20)
    finally:
        if desk is not None:
            desk.stop()
        assert service.stop() == 0


def test_what_a_visitor_leaves_in_the_home_is_gone_after_the_session(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    desk = None
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        sign_in_typed(xvfb_display, service)
        service.wait_for_line(SHOWN)
        left = account.run(
            "sh",
            "-c",
            "mkdir -p ~/Downloads ~/.config/autostart && echo cv > ~/Downloads/cv.pdf && "
            "printf '[Desktop Entry]\\nExec=xterm\\n' > ~/.config/autostart/y.desktop",
        )
        assert left.returncode == 0, left.stderr
        desk = _desk(folder)
        after = len(service.lines)
        assert desk.end_session() is True
        wait_for_new_line(service, r"cleaned up: .*home reset: home \S+ reset", after, 20)
        assert not (account.home / "Downloads" / "cv.pdf").exists()
        assert not (account.home / ".config" / "autostart" / "y.desktop").exists()
        assert account.home.stat().st_uid == account.uid
    finally:
        if desk is not None:
            desk.stop()
        assert service.stop() == 0


def test_after_a_service_crash_the_old_screen_goes_and_the_visit_goes_on(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, token, _db = server
    config = station_config(url, token, account, xvfb_display, folder)
    service = start_service(config, xvfb_display, screen_env)
    try:
        service.wait_for_line(r"uncovered: the screen is up", timeout=30)
        # the lock screen takes keys once the station is in service (out of order while starting)
        service.wait_for_line(r"station service ready", timeout=30)
        sign_in_typed(xvfb_display, service)
        shown = re.search(SHOWN, service.wait_for_line(SHOWN))
        assert shown is not None
        old_screen = screen_pid(account)
        assert old_screen is not None
    except BaseException:
        service.stop()
        raise
    service.proc.kill()  # a crash: nothing is cleaned, the old screen is left running
    service.proc.wait(10)
    # the orphaned screen says "out of order" meanwhile: it cannot reach any service
    again = start_service(config, xvfb_display, screen_env)
    try:
        back = re.search(SHOWN, again.wait_for_line(SHOWN, timeout=30))
        assert back is not None and back.group(1) == shown.group(1)
        # the old screen, which the new service did not start, is refused and goes
        wait_until(
            lambda: (
                not psutil.pid_exists(old_screen)
                or psutil.Process(old_screen).status() == psutil.STATUS_ZOMBIE
            ),
            timeout=10,
            message="the old screen is still running",
        )
        service.wait_for_line(r"refused by the station service .*: this screen quits")
        new_screen = screen_pid(account)
        assert new_screen is not None and new_screen != old_screen
    finally:
        with contextlib.suppress(psutil.Error):
            psutil.Process(old_screen).kill()
        service.stop()  # its output pipe, held by the old screen, is closed now
        assert again.stop() == 0


def test_a_token_the_server_refuses_shows_out_of_order_within_5_seconds(
    server: tuple[str, str, Path],
    account: KioskAccount,
    folder: Path,
    screen_env: dict[str, str],
    xvfb_display: str,
) -> None:
    url, _token, _db = server
    config = write_config(
        folder,
        station_toml(
            url=url,
            token="revoked-" + "x" * 32,
            account=account,
            display=xvfb_display,
            folder=folder,
        ),
    )
    started = time.time()
    service = start_service(config, xvfb_display, screen_env)
    try:
        shown = service.printed_at(
            r"epn.ui.kiosk: station out of order: .*refuses this station", 20
        )
        assert shown - started <= 5.0, f"out of order shown after {shown - started:.1f} s"
        assert service.proc.poll() is None
    finally:
        assert service.stop() == 0
