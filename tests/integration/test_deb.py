"""The Debian package: built by packaging/deb/build.sh, inspected, unpacked and run.

The package is built once per test session (a few minutes: every wheel of every role, then xz)
and unpacked into a temp root; the programs run from there with an environment that holds
nothing of the development virtualenv. ``lintian`` checks it for errors.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers.processes import Process, wait_until

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = [
    # one build of the package at a time: it writes into the source tree
    pytest.mark.xdist_group("deb"),
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="not a Debian system"),
]


#: Where scripts/test.sh builds the package while the other tests run (its build.log and
#: exit-code land there); unset: the first test of this file builds it.
PREBUILT = "EPN_TEST_DEB_DIR"
BUILD_DEADLINE_S = 1800.0


@pytest.fixture(scope="session")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get(PREBUILT)
    if prebuilt:
        out = Path(prebuilt)
        exit_code = out / "exit-code"
        wait_until(exit_code.exists, BUILD_DEADLINE_S, "the package built by scripts/test.sh")
        log = (out / "build.log").read_text(errors="replace")
        assert exit_code.read_text().strip() == "0", log[-6000:]
    else:
        out = tmp_path_factory.mktemp("deb")
        done = subprocess.run(
            [str(ROOT / "packaging/deb/build.sh"), "--out", str(out), "--fast"],
            capture_output=True,
            text=True,
            env=_clean_env(),
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [package] = out.glob("epn-kiosk_*.deb")
    return package


@pytest.fixture(scope="session")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _clean_env() -> dict[str, str]:
    """The machine's environment without the development virtualenv on PATH or PYTHONPATH."""
    venv = str(Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")))
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if not p.startswith(venv)]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("PYTEST")
    }
    env["PATH"] = os.pathsep.join(path or ["/usr/bin", "/bin"])
    return env


def _run(root: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # run from a folder outside the source tree, so that nothing imports the checkout's code
    return subprocess.run(
        [str(root / "usr/bin/epn"), *args],
        capture_output=True,
        text=True,
        env=_clean_env(),
        cwd=cwd,
        timeout=300,
    )


def test_the_package_holds_the_launcher_units_session_and_examples(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    modes = {line.split()[5].removeprefix("."): line.split()[0] for line in listing.splitlines()}
    for path in (
        "/usr/bin/epn",
        "/lib/systemd/system/epn-server.service",
        "/lib/systemd/system/epn-backup.service",
        "/lib/systemd/system/epn-backup.timer",
        "/lib/systemd/system/epn-station.service",
        "/usr/share/xsessions/epn-kiosk.desktop",
        "/usr/share/doc/epn-kiosk/examples/server.example.toml",
        "/usr/share/doc/epn-kiosk/examples/station.example.toml",
        "/usr/share/doc/epn-kiosk/examples/lightdm-50-epn-kiosk.conf",
        "/usr/share/doc/epn-kiosk/copyright",
        "/usr/share/doc/epn-kiosk/changelog.Debian.gz",
        "/usr/share/lintian/overrides/epn-kiosk",
        "/usr/lib/epn-kiosk/venv/pyvenv.cfg",
    ):
        assert path in paths, f"{path} is not in the package"
    assert modes["/usr/bin/epn"] == "-rwxr-xr-x"
    # evdev (pynput's Linux backend) has no wheel: it must not be in a package built from wheels
    assert not any("/site-packages/evdev" in p or "/site-packages/pynput" in p for p in paths)
    assert any("/site-packages/PySide6/" in p for p in paths)
    assert any("/site-packages/fastapi/" in p for p in paths)


def test_the_control_file_depends_on_the_python_and_the_qt_libraries(deb: Path) -> None:
    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Package") == "epn-kiosk"
    assert field("Version").partition("-")[0] == VERSION
    depends = {d.strip().partition(" ")[0] for d in field("Depends").split(",")}
    pyvenv = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    match = re.search(rb"version = (\d+)\.(\d+)\.\d+", pyvenv)
    assert match is not None
    assert f"python{int(match[1])}.{int(match[2])}" in depends
    bootstrap = (ROOT / "scripts/bootstrap.sh").read_text(encoding="utf-8")
    qt = re.search(r"QT_PACKAGES=\(([^)]*)\)", bootstrap)
    assert qt is not None
    assert set(qt[1].split()) <= depends
    assert "libc6" in depends
    # the server's workshop PDFs are drawn with DejaVu Sans (admin/workshops/documents.py)
    assert "fonts-dejavu-core" in depends
    assert len(field("Depends").split(",")) == len(depends), "a package is named twice"


def test_the_virtualenv_runs_on_debians_python(unpacked: Path) -> None:
    cfg = (unpacked / "usr/lib/epn-kiosk/venv/pyvenv.cfg").read_text(encoding="utf-8")
    assert "home = /usr/bin\n" in cfg
    assert os.readlink(unpacked / "usr/lib/epn-kiosk/venv/bin/python3") == "/usr/bin/python3"


def test_epn_version_from_the_unpacked_package(unpacked: Path, tmp_path: Path) -> None:
    done = _run(unpacked, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["epn", VERSION]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_epn_server_from_the_unpacked_package(unpacked: Path, tmp_path: Path) -> None:
    port = _free_port()
    args = [str(unpacked / "usr/bin/epn"), "server", "--db", str(tmp_path / "epn.db")]
    # from a folder outside the source tree (python -m puts the current folder on sys.path)
    server = Process([*args, "--port", str(port)], _clean_env(), "deb-server", cwd=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/health"

        def healthy() -> bool:
            try:
                return httpx.get(url).status_code == 200
            except httpx.TransportError:
                return server.proc.poll() is not None  # died: stop waiting, fail below

        wait_until(healthy, timeout=60, message="the packaged server never answered")
        assert server.proc.poll() is None, "\n".join(server.lines)
        health = httpx.get(url).json()
        assert health["version"] == VERSION
    finally:
        server.stop()


def test_the_packaged_installer_writes_units_that_run_the_launcher(
    unpacked: Path, tmp_path: Path
) -> None:
    image = tmp_path / "image"
    image.mkdir()
    done = _run(unpacked, "install", "server", "--root", str(image), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    unit = (image / "etc/systemd/system/epn-server.service").read_text(encoding="utf-8")
    [start] = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    launcher = unpacked / "usr/bin/epn"
    assert start == f"ExecStart={launcher} server --config /etc/epn-kiosk/server.toml"


def _colours(path: Path) -> set[int]:
    """The colours of a grid of pixels across the image (one colour: a blank screenshot)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path.name} is not an image"
    return {
        image.pixel(image.width() * x // 20, image.height() * y // 20)
        for x in range(20)
        for y in range(20)
    }


#: The pictures the unpacked package's demo must draw before it is stopped: its first screen
#: in each language and look (the package's Qt, fonts, translations and high-contrast theme).
FIRST_SHOTS = [
    f"lock-screen-{language}{look}.png"
    for language in ("fr", "nl", "en")
    for look in ("", "-large", "-contrast")
]


def test_epn_demo_offscreen_screenshots_from_the_unpacked_package(
    unpacked: Path, tmp_path: Path
) -> None:
    shots = tmp_path / "shots"
    env = _clean_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The start of the screenshot run, stopped (SIGTERM: the demo quits cleanly) once its first
    # screen is saved in every language and look: enough to show that the package's Qt, fonts
    # and translations draw the screens; the whole run is tests/gui/test_demo.py's.
    demo = Process(
        [
            str(unpacked / "usr/bin/epn"),
            "demo",
            "--offscreen",
            "--screenshots",
            str(shots),
            "--quit-after",
            "300",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        env,
        "deb-demo",
        cwd=tmp_path,  # outside the source tree: nothing imports the checkout's code
    )
    try:
        wait_until(
            lambda: (
                demo.proc.poll() is not None or all((shots / name).exists() for name in FIRST_SHOTS)
            ),
            timeout=240,
            message="the packaged demo drew no lock screen in every language and look",
        )
    finally:
        code = demo.stop()  # waits for its exit: a picture being written is whole then
    output = "\n".join(demo.lines)[-3000:]
    assert code == 0, output
    pngs = sorted(shots.glob("*.png"))
    assert {png.name for png in pngs} >= set(FIRST_SHOTS), output
    for png in pngs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{png.name} is not a PNG"
        assert len(_colours(png)) > 2, f"{png.name} is blank"


#: Lintian's description of each tag it knows (Debian 12's lintian: one file a tag).
LINTIAN_TAGS = Path("/usr/share/lintian/tags")


def _lintian_error_tags() -> list[str]:
    """The tags lintian reports as errors (``E:``), experimental ones aside as lintian does.

    The team-specific tags (``team/``) belong to checks outside Debian's profile: lintian
    refuses to be asked for them."""
    found = []
    for path in LINTIAN_TAGS.rglob("*.tag"):
        if "team" in path.relative_to(LINTIAN_TAGS).parts:
            continue
        text = path.read_text(encoding="utf-8")
        fields = dict(re.findall(r"^([A-Za-z-]+): *(.*)$", text, re.M))
        if fields.get("Severity") == "error" and fields.get("Experimental") != "yes":
            found.append(fields["Tag"])
    return sorted(found)


def test_lintian_finds_no_error(deb: Path, tmp_path: Path) -> None:
    assert shutil.which("lintian"), "lintian is missing: scripts/bootstrap.sh installs it"
    # Only the checks that can report an error: the test fails on errors only, and lintian's
    # exit code says errors only. Its warnings' checks (a third of its CPU) would run for
    # nothing; what the errors' checks find is the same as in a whole run.
    errors = _lintian_error_tags()
    assert len(errors) > 400 and "embedded-library" in errors, "lintian's tags not found"
    tags = tmp_path / "error-tags"
    tags.write_text("\n".join(errors) + "\n", encoding="utf-8")
    done = subprocess.run(
        ["lintian", "--tags-from-file", str(tags), str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    errors = [line for line in done.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], "\n".join(errors)
    assert done.returncode == 0, done.stdout + done.stderr
