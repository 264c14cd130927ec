"""The kiosk account's home reset (``kiosk.visitor_account.HomeReset``) on a browser-sized home.

    sudo .venv/bin/python bench/home_reset.py --files 5000 --template-files 300 --rounds 5

Creates a throw-away account (``useradd``, its home in a temporary folder; ``userdel`` at the
end), so it must run as root. Each round fills the home with a fake browser profile of about
``--files`` files (cache entries, site storage, a few databases; 1–64 KiB each) plus shell
files, owned by the account, then times ``run()``: everything removed, a template of about
``--template-files`` files (shell files and a preconfigured browser profile) copied in and
given to the account. The yardstick, timed in the same rounds on the same tree:
``shutil.rmtree`` of each entry of the home, then ``shutil.copytree`` of the template into it
(which neither vets, keeps, chowns nor refuses anything). Prints the medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.visitor_account import HomeReset


def fake_profile(root: Path, files: int, rng: random.Random) -> int:
    """A Firefox-like profile with about ``files`` files under ``root``; the count made."""
    made = 0

    def write(path: Path, size: int) -> None:
        nonlocal made
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rng.randbytes(size))
        made += 1

    for name in ("places.sqlite", "cookies.sqlite", "formhistory.sqlite", "prefs.js"):
        write(root / name, 64 * 1024)
    sites = max(1, files // 20)
    for site in range(sites):  # site storage: a folder per site, a few files each
        for i in range(4):
            storage = root / "storage" / "default" / f"https+++site{site}.example"
            write(storage / "ls" / f"{i}", 2048)
    cache = root / "cache2" / "entries"
    while made < files:  # the rest: cache entries, named by hash, 1-64 KiB
        write(cache / secrets.token_hex(20), rng.randint(1, 64) * 1024)
    return made


def shell_files(home: Path) -> None:
    for name in (".bashrc", ".profile", ".xsessionrc"):
        (home / name).write_text(f"# {name}\n")


def own(root: Path, uid: int, gid: int) -> None:
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            os.lchown(os.path.join(folder, name), uid, gid)
    os.chown(root, uid, gid)


def fill(home: Path, pristine: Path, uid: int, gid: int) -> None:
    shutil.copytree(pristine, home, symlinks=True, dirs_exist_ok=True)
    own(home, uid, gid)


def yardstick(home: Path, template: Path) -> None:
    for entry in os.scandir(home):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)
    shutil.copytree(template, home, symlinks=True, dirs_exist_ok=True)


def count(root: Path) -> int:
    return sum(len(files) for _folder, _dirs, files in os.walk(root))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--template-files", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("run as root: the benchmark creates a throw-away account", file=sys.stderr)
        return 2
    rng = random.Random(13)
    work = Path(tempfile.mkdtemp(prefix="epn-home-bench-"))
    name = f"epnb{secrets.token_hex(4)}"
    home = work / "home" / name
    home.parent.mkdir()
    subprocess.run(
        ["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash", name],
        check=True,
        capture_output=True,
    )
    try:
        import pwd

        account = pwd.getpwnam(name)
        uid, gid = account.pw_uid, account.pw_gid
        pristine, template = work / "pristine", work / "template"
        pristine.mkdir()
        shell_files(pristine)
        fake_profile(pristine / ".mozilla" / "firefox" / "abcd.default", args.files, rng)
        (pristine / "Downloads").mkdir()
        (pristine / "Downloads" / "cv.pdf").write_bytes(rng.randbytes(200_000))
        template.mkdir()
        shell_files(template)
        fake_profile(template / ".mozilla" / "firefox" / "kiosk.default", args.template_files, rng)
        home_files, template_files = count(pristine), count(template)
        reset = HomeReset(name, template)
        ours: list[float] = []
        theirs: list[float] = []
        for round_ in range(args.rounds):
            # Which goes first alternates: the second one runs while the disk writes back
            # the first's work.
            for which in ("ours", "theirs") if round_ % 2 == 0 else ("theirs", "ours"):
                for entry in os.scandir(home):  # start from the template's state
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)
                fill(home, pristine, uid, gid)
                if which == "ours":
                    report = reset.run()
                    assert report.ok, report.errors[:5]
                    assert count(home) == template_files, (count(home), template_files)
                    ours.append(report.seconds)
                else:
                    started = time.perf_counter()
                    yardstick(home, template)
                    theirs.append(time.perf_counter() - started)
        ours_p50, theirs_p50 = statistics.median(ours), statistics.median(theirs)
        print(f"home: {home_files} files, template: {template_files} files, {args.rounds} rounds")
        print(f"last run: {report.summary()}")
        print(
            f"HomeReset.run()                 p50 {ours_p50 * 1000:7.1f} ms"
            f"  (min {min(ours) * 1000:.1f}, max {max(ours) * 1000:.1f})"
        )
        print(
            f"shutil.rmtree + copytree        p50 {theirs_p50 * 1000:7.1f} ms"
            f"  (min {min(theirs) * 1000:.1f}, max {max(theirs) * 1000:.1f})"
        )
        print(f"ratio (ours / yardstick)        {ours_p50 / theirs_p50:.2f}")
    finally:
        subprocess.run(["userdel", "--remove", name], check=False, capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
