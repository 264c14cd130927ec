"""The kiosk account between visitors: its home reset from a template, its planted processes ended.

Real: each test creates a real account (``useradd``, its home under ``tmp_path``) and removes
it after (``userdel -r``), so these run as root only (CI does). Everything the reset may delete
is under ``tmp_path``; the system's folders are only ever the target of a link planted in the
home, and are checked to be intact after.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from kiosk.cleanup import UnsafeCleanupPath
from kiosk.clock import FakeClock
from kiosk.visitor_account import HomeReset, HomeResetReport, end_planted_processes
from kiosk.visitor_account.tree import MAX_DEPTH
from tests.helpers.accounts import run_account_command

# useradd and userdel lock /etc/passwd: each runs under tests/helpers/accounts.py's lock, shared
# with the end-to-end tests that make accounts too
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a real Linux account"),
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0,
        reason="creates a real kiosk account (useradd) and resets its home: needs root (CI is)",
    ),
]


@dataclass
class Account:
    name: str
    uid: int
    gid: int
    home: Path
    procs: list[subprocess.Popen[bytes]]

    def plant(self, relative: str, content: str = "", mode: int | None = None) -> Path:
        """A file the visitor made: its folders too, all owned by the account."""
        path = self.home / relative
        for folder in reversed(path.relative_to(self.home).parents[:-1]):
            (self.home / folder).mkdir(exist_ok=True)
            os.chown(self.home / folder, self.uid, self.gid)
        path.write_text(content)
        os.chown(path, self.uid, self.gid)
        if mode is not None:
            path.chmod(mode)
        return path

    def link(self, relative: str, target: str | Path) -> Path:
        path = self.home / relative
        path.symlink_to(target)
        os.lchown(path, self.uid, self.gid)
        return path

    def start(self, *argv: str) -> subprocess.Popen[bytes]:
        """A process of the account (its children die with it at teardown)."""
        proc = subprocess.Popen(argv, user=self.uid, group=self.gid, cwd="/")
        self.procs.append(proc)
        return proc


def _entries(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def account(tmp_path: Path) -> Iterator[Account]:
    suffix = secrets.token_hex(4)
    name, home = f"epnt{suffix}", tmp_path / "home" / f"u{suffix}"
    home.parent.mkdir()
    run_account_command(
        ["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash", name],
        check=True,
        capture_output=True,
    )
    pw = pwd.getpwnam(name)
    acct = Account(name, pw.pw_uid, pw.pw_gid, home, [])
    try:
        yield acct
    finally:
        for proc in psutil.process_iter():
            try:
                if proc.uids().real == acct.uid:
                    proc.kill()
            except psutil.Error:
                pass
        for popen in acct.procs:
            popen.kill()
            popen.wait(timeout=10)
        run_account_command(["userdel", "--remove", name], check=False, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """What a visitor finds: shell files, a desktop setting, a welcome document, a link."""
    template = tmp_path / "home-template"
    (template / ".config" / "xfce4").mkdir(parents=True)
    (template / "Documents").mkdir()
    (template / ".bashrc").write_text("# EPN kiosk\n")
    (template / ".profile").write_text("# EPN kiosk profile\n")
    (template / ".config" / "xfce4" / "desktop.xml").write_text("<desktop/>")
    (template / "Documents" / "Welcome.txt").write_text("Welcome to the EPN")
    (template / "Welcome").symlink_to("Documents/Welcome.txt")
    return template


def test_everything_a_visitor_planted_is_gone_and_the_template_is_back(
    account: Account, template: Path
) -> None:
    autostart = account.plant(".config/autostart/x.desktop", "[Desktop Entry]\nExec=evil\n")
    bashrc = account.home / ".bashrc"  # from /etc/skel, the visitor's line appended
    bashrc.write_text(bashrc.read_text() + "evil &\n")
    for name in (".xsessionrc", ".xprofile", ".bash_logout"):
        account.plant(name, "evil &\n")
    for i in range(50):
        account.plant(f".mozilla/firefox/abcd.default/storage/{i}.sqlite", "history")
    account.plant(".config/chromium/Default/Cookies", "cookie")
    account.plant("Downloads/cv.pdf", "%PDF")
    account.plant(".hidden-folder/.hidden-file", "x")

    report = HomeReset(account.name, template).run()

    assert report.ok, report.errors
    assert not autostart.exists()
    assert _entries(account.home) == _entries(template)
    assert bashrc.read_text() == "# EPN kiosk\n"
    assert not (account.home / ".mozilla").exists()
    assert report.removed_files >= 56  # the planted files and skel's .profile
    assert report.restored_files == 5
    assert report.restored_dirs == 3
    assert "0 errors" in report.summary()


def test_links_are_removed_never_followed(account: Account, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "inner").mkdir(parents=True)
    (outside / "inner" / "keep-me.txt").write_text("not the visitor's")
    account.link("etc", "/etc")
    account.link("passwd", "/etc/passwd")
    account.link("Downloads", outside)  # a folder replaced by a link
    (account.home / ".config").mkdir()
    account.link(".config/inner", outside / "inner")
    account.link("dangling", tmp_path / "nowhere")

    report = HomeReset(account.name, None).run()

    assert report.ok, report.errors
    assert list(account.home.iterdir()) == []
    assert Path("/etc/passwd").is_file()
    assert Path("/etc/hostname").exists() or Path("/etc/os-release").exists()
    assert (outside / "inner" / "keep-me.txt").read_text() == "not the visitor's"


def test_what_the_visitor_made_read_only_goes_too(account: Account) -> None:
    account.plant("Locked/private.txt", "secret", mode=0o000)
    (account.home / "Locked").chmod(0o500)
    account.plant("Closed/deep/file", "x")
    (account.home / "Closed" / "deep").chmod(0o000)
    (account.home / "Closed").chmod(0o000)
    account.plant("odd-mode", "x", mode=0o7777)

    report = HomeReset(account.name, None).run()

    assert report.ok, report.errors
    assert list(account.home.iterdir()) == []


def test_kept_entries_survive_untouched_and_the_template_does_not_overwrite_them(
    account: Account, template: Path
) -> None:
    fonts = account.plant(".cache/fontconfig/cache-1", "fonts", mode=0o640)
    account.plant(".cache/thumbnails/t.png", "visitor's thumbnail")
    permanent = account.plant("Documents/Permanent/notes.txt", "staff notes")
    account.plant("Documents/visitor.txt", "the visitor's")
    (template / "Documents" / "Permanent").mkdir()
    (template / "Documents" / "Permanent" / "notes.txt").write_text("template's")
    (template / "Documents" / "Permanent" / "more.txt").write_text("template's")
    before = {p: os.lstat(p) for p in (fonts, fonts.parent, permanent, permanent.parent)}

    report = HomeReset(
        account.name, template, keep=[".cache/fontconfig", "Documents/Permanent"]
    ).run()

    assert report.ok, report.errors
    assert report.kept == 2
    for path, st in before.items():
        after = os.lstat(path)
        assert (after.st_ino, after.st_mode, after.st_mtime_ns, after.st_uid) == (
            st.st_ino,
            st.st_mode,
            st.st_mtime_ns,
            st.st_uid,
        )
    assert permanent.read_text() == "staff notes"
    assert not (permanent.parent / "more.txt").exists()
    assert not (account.home / ".cache" / "thumbnails").exists()
    assert not (account.home / "Documents" / "visitor.txt").exists()
    assert (account.home / "Documents" / "Welcome.txt").read_text() == "Welcome to the EPN"


def test_what_the_template_brings_belongs_to_the_account_with_sane_modes(
    account: Account, template: Path
) -> None:
    (template / "run-me").write_text("#!/bin/sh\n")
    (template / "run-me").chmod(0o4777)  # set-uid, writable by all: neither is copied
    (template / "Documents").chmod(0o777)
    os.chmod(account.home, 0o755)

    report = HomeReset(account.name, template).run()

    assert report.ok, report.errors
    for path in [account.home, *account.home.rglob("*")]:
        st = os.lstat(path)
        assert (st.st_uid, st.st_gid) == (account.uid, account.gid), path
        if not stat.S_ISLNK(st.st_mode):
            assert stat.S_IMODE(st.st_mode) & 0o7022 == 0, (path, oct(st.st_mode))
    assert stat.S_IMODE(os.stat(account.home).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(account.home / "run-me").st_mode) == 0o755
    assert os.readlink(account.home / "Welcome") == "Documents/Welcome.txt"
    assert (account.home / "Welcome").read_text() == "Welcome to the EPN"


def test_without_a_template_the_home_is_left_empty(account: Account, tmp_path: Path) -> None:
    account.plant("Downloads/cv.pdf")

    missing = HomeReset(account.name, tmp_path / "no-template").run()
    assert list(account.home.iterdir()) == []
    assert missing.template_missing and missing.ok
    assert "the template is missing" in missing.summary()

    account.plant(".bashrc", "evil &\n")
    assert HomeReset(account.name, None).run().ok
    assert list(account.home.iterdir()) == []


def test_a_tree_deeper_than_the_walk_holds_open_goes_too(account: Account) -> None:
    depth = 1500  # more than Python's recursion limit and than the open files a walk may hold
    assert depth > MAX_DEPTH and depth > sys.getrecursionlimit()
    fd = os.open(account.home, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    finally:
        os.close(fd)

    report = HomeReset(account.name, None).run()

    assert report.ok, report.errors[:3]
    assert list(account.home.iterdir()) == []
    assert report.removed_dirs == depth


def test_a_file_system_mounted_in_the_home_is_left_alone(account: Account) -> None:
    mounted = account.home / "Mounted"
    mounted.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "epn-test", str(mounted)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        (mounted / "on-another-disk.txt").write_text("not the home's")
        account.plant("Downloads/cv.pdf")

        report = HomeReset(account.name, None).run()

        assert (mounted / "on-another-disk.txt").read_text() == "not the home's"
        assert not (account.home / "Downloads").exists()
        assert report.errors == (f"{mounted}: another file system (a mount point); left alone",)
    finally:
        subprocess.run(["umount", "--lazy", str(mounted)], check=True)


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ("/etc/passwd", "absolute"),
        ("../other", '".."'),
        ("Documents/../../other", '".."'),
        ("", "empty"),
        (".", "the home folder itself"),
        ("Documents/Permanent", "leads out of the home folder"),
        ("Outside", "leads out of the home folder"),
    ],
)
def test_a_bad_keep_entry_is_refused_by_name(account: Account, entry: str, says: str) -> None:
    account.link("Documents", "/etc")
    account.link("Outside", "/")
    account.plant("Downloads/cv.pdf")

    with pytest.raises(ValueError, match=says) as refused:
        HomeReset(account.name, None, keep=[".cache/fontconfig", entry])
    assert repr(entry) in str(refused.value)
    assert (account.home / "Downloads" / "cv.pdf").exists()


def test_a_home_the_account_does_not_own_is_refused(account: Account) -> None:
    planted = account.plant("Downloads/cv.pdf")
    reset = HomeReset(account.name, None)
    os.chown(account.home, 0, 0)

    report = reset.run()

    assert report.refused is not None and "not by" in report.refused
    assert not report.ok and "NOT reset" in report.summary()
    assert planted.exists()
    with pytest.raises(UnsafeCleanupPath, match="owned by uid 0"):
        HomeReset(account.name, None)


@pytest.mark.parametrize(
    ("home", "says"),
    [
        ("/", "the root folder"),
        ("/etc", "a system folder"),
        ("/usr/share/epnt", "inside the system folder /usr"),
        ("/home", "the shared folder /home itself"),
    ],
)
def test_a_system_home_is_refused(home: str, says: str) -> None:
    name = f"epnt{secrets.token_hex(4)}"
    # --no-create-home: nothing is made there, and the constructor refuses before any run.
    run_account_command(
        ["useradd", "--no-create-home", "--home-dir", home, "--shell", "/bin/false", name],
        check=True,
        capture_output=True,
    )
    try:
        with pytest.raises(UnsafeCleanupPath, match=says):
            HomeReset(name, None)
    finally:
        run_account_command(["userdel", name], check=True, capture_output=True)


def test_root_and_unknown_accounts_are_refused() -> None:
    with pytest.raises(ValueError, match="root account"):
        HomeReset("root", None)
    with pytest.raises(ValueError, match="no such account"):
        HomeReset("epn-nobody-here", None)
    with pytest.raises(ValueError, match="root account"):
        end_planted_processes("root")
    with pytest.raises(ValueError, match="no such account"):
        end_planted_processes("epn-nobody-here")


def test_a_template_inside_the_home_is_refused(account: Account) -> None:
    (account.home / "template").mkdir()
    with pytest.raises(UnsafeCleanupPath, match="overlaps the home"):
        HomeReset(account.name, account.home / "template")


# --- processes ----------------------------------------------------------------------------------


def test_planted_processes_end_and_the_spared_ones_live(
    account: Account, wait_until: Callable[..., None]
) -> None:
    planted = account.start("sleep", "300")
    screen = account.start("sh", "-c", "sleep 300 & wait")
    wait_until(lambda: len(psutil.Process(screen.pid).children()) == 1)
    screen_child = psutil.Process(screen.pid).children()[0]
    baseline = account.start("tail", "-f", "/dev/null")
    clock = FakeClock(start=42.0)

    ended = end_planted_processes(
        account.name,
        spare_pids=[screen.pid],
        baseline_names=["tail"],
        grace=5.0,
        clock=clock,
    )

    assert [(r.pid, r.name, r.action, r.at_mono) for r in ended] == [
        (planted.pid, "sleep", "killed", 42.0)
    ]
    assert planted.wait(timeout=5) == -15  # SIGTERM was enough
    assert screen.poll() is None and baseline.poll() is None
    assert screen_child.is_running() and screen_child.status() != psutil.STATUS_ZOMBIE


def test_a_process_that_ignores_sigterm_is_killed_after_the_grace(account: Account) -> None:
    stubborn = account.start("sh", "-c", "trap '' TERM; sleep 300; true")

    ended = end_planted_processes(account.name, grace=0.2)

    assert stubborn.wait(timeout=5) == -9
    assert stubborn.pid in {r.pid for r in ended}
    assert _running_as(account.uid) == []


def _running_as(uid: int) -> list[psutil.Process]:
    """The live processes of ``uid`` (zombies are dead; a process may end while looked at)."""
    live = []
    for proc in psutil.process_iter():
        try:
            if proc.uids().real == uid and proc.status() != psutil.STATUS_ZOMBIE:
                live.append(proc)
        except psutil.Error:
            continue
    return live


def test_a_report_summary_is_one_line() -> None:
    report = HomeResetReport(Path("/home/kiosk"), removed_files=1, kept=1, restored_dirs=2)
    assert report.summary() == (
        "home /home/kiosk reset in 0.00 s: 1 file and 0 folders removed, 1 entry kept, "
        "0 files and 2 folders restored from the template; 0 errors"
    )


def test_what_started_after_the_given_time_is_left_alone(account: Account) -> None:
    """The station service ends only what ran before it started: the session's own later
    programs stay."""
    older = account.start("sleep", "300")
    time.sleep(0.05)  # process start times tick every 10 ms
    cutoff = psutil.Process(older.pid).create_time()
    time.sleep(0.05)
    newer = account.start("sleep", "301")
    ended = end_planted_processes(account.name, started_before=cutoff, grace=0.5)
    assert [r.pid for r in ended] == [older.pid]
    assert newer.poll() is None
