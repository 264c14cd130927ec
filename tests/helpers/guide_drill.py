"""The deployment guide's commands, read out of its Markdown and run in a temporary machine.

``guide_blocks`` reads every fenced block of a guide (and finds any indented code block, which
the guide must not use: a command there would escape the tests). ``guide_commands`` gives the
commands of its shell blocks: in ```sh/bash/shell every line (``\\`` continuations joined, ``#``
comments dropped), in ```console the lines after ``$ `` (the rest is what they print).

``Machine`` is the temporary server or station: ``/var/lib/epn``, ``/etc/epn-kiosk``, ``/opt/
epn-kiosk``, ``/srv/copies``, ``/mnt/epn-replica``, ``/tmp`` and ``/etc/systemd/system`` become
folders under one temporary root, ``epn`` is this checkout's and ``litestream`` the one the
``[replication]`` extra put beside it, ``sudo`` goes (tests run as root), the guide's host
names and port 8750 become 127.0.0.1 and a free port. ``Machine.run`` runs a guide line so adapted with
bash and returns what it printed.
"""

from __future__ import annotations

import os
import re
import shlex
import ssl
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from admin.api.serving import free_port
from tests.helpers.processes import Process, epn_command, wait_until
from tests.integration.test_litestream import litestream

REPO = Path(__file__).resolve().parents[2]
SHELL_LANGUAGES = {"sh", "bash", "shell"}
CONSOLE_LANGUAGES = {"console"}
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)(?P<info>.*)$")

#: The folders of a real machine that a guide line names, moved under the temporary root.
MOVED = ("/var/lib/epn/", "/etc/epn-kiosk/", "/opt/epn-kiosk/", "/srv/copies/", "/mnt/epn-replica/")
#: The server's names in the guide (its certificate is made for them and for 127.0.0.1).
SERVER_NAMES = ("epn.city.local", "epn.example.brussels")
SITE = "EPN Laeken"


@dataclass(frozen=True)
class Block:
    info: str  # the fence's language, "" when none
    text: str  # its lines, the fence's indentation removed
    line: int  # where it starts in the file (1-based)


def guide_blocks(text: str) -> list[Block]:
    """Every fenced block of a Markdown file, in order."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][indent:] if lines[j][:indent].isspace() else lines[j].lstrip())
            j += 1
        blocks.append(Block(opening["info"].strip(), "\n".join(body), i + 1))
        i = j + 1
    return blocks


def indented_code(text: str) -> list[int]:
    """Lines (1-based) that open an indented code block: 4 spaces after a blank line, outside
    fences and lists."""
    found = []
    in_fence = False
    in_list = False
    previous = ""
    for number, line in enumerate(text.splitlines(), 1):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            if re.match(r"^\s{0,3}([-*]|\d+\.)\s", line):
                in_list = True
            elif line.strip() and not line.startswith(" "):
                in_list = False
            if line.startswith("    ") and not previous.strip() and not in_list:
                found.append(number)
        previous = line
    return found


def block_commands(block: Block) -> list[str]:
    """The commands of one shell or console block (none for any other language)."""
    if block.info in SHELL_LANGUAGES:
        lines = block.text.splitlines()
    elif block.info in CONSOLE_LANGUAGES:
        lines = []
        continuing = False
        for line in block.text.splitlines():
            if line.startswith("$ ") or continuing:
                lines.append(line.removeprefix("$ "))
                continuing = line.rstrip().endswith("\\")
    else:
        return []
    commands: list[str] = []
    pending = ""
    for line in lines:
        line = re.sub(r"\s+#\s.*$", "", line).rstrip()  # a comment after the command
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1].rstrip() + " "
            continue
        commands.append(" ".join((pending + line.strip()).split()))
        pending = ""
    return commands


def guide_commands(path: Path) -> list[str]:
    return [c for block in guide_blocks(path.read_text()) for c in block_commands(block)]


@dataclass
class Machine:
    """A temporary server (or station) on which guide lines run."""

    root: Path
    port: int = field(default_factory=free_port)
    processes: list[Process] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root.chmod(0o755)
        for folder in (*MOVED, "/tmp/"):
            self.path(folder).mkdir(parents=True, exist_ok=True)
        (self.root / "packaging").symlink_to(REPO / "packaging")  # the guide's checkout

    def path(self, real: str) -> Path:
        """Where a path of the real machine is, here."""
        return self.root / real.lstrip("/")

    @property
    def db(self) -> Path:
        return self.path("/var/lib/epn/epn.db")

    @property
    def tls(self) -> Path:
        return self.path("/etc/epn-kiosk/tls")

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def adapt(self, command: str) -> str:
        """The guide line as it runs here (mechanical changes only)."""
        command = re.sub(r"^sudo (?!-u)", "", command)
        epn = shlex.join(epn_command())
        command = re.sub(r"(^|\s)(/opt/epn-kiosk/bin/epn|epn)(?=\s|$)", rf"\g<1>{epn}", command)
        command = re.sub(
            r"(^|\s)(/opt/epn-kiosk/bin/litestream|litestream)(?=\s|$)",
            rf"\g<1>{litestream()}",
            command,
        )
        command = re.sub(  # the guide's /tmp, not this machine's root (itself under /tmp)
            r"(?<=\s)/tmp/\S*",
            lambda m: m[0] if m[0].startswith(f"{self.root}/") else str(self.path(m[0])),
            command,
        )
        for real in MOVED:
            command = command.replace(real, str(self.path(real)) + "/")
        command = re.sub(
            r"(?<=[\s=])/etc/systemd/system/", f"{self.root}/etc/systemd/system/", command
        )
        command = command.replace(" /opt/epn-kiosk", f" {self.path('/opt/epn-kiosk')}")
        for name in SERVER_NAMES:
            command = command.replace(f"https://{name}:8750", f"https://{name}:{self.port}")
            command = re.sub(
                rf"https://{re.escape(name)}(?![:\w])", f"https://{name}:{self.port}", command
            )
        command = command.replace("--port 8750", f"--port {self.port}")
        command = command.replace("--host 0.0.0.0", "--host 127.0.0.1")
        if command.startswith("curl "):
            resolve = " ".join(f"--resolve {n}:{self.port}:127.0.0.1" for n in SERVER_NAMES)
            command = f"curl {resolve} {command.removeprefix('curl ')}"
        else:  # epn install: the station's server is this machine
            command = command.replace(f"https://epn.example.brussels:{self.port}", self.url)
        return command

    def run(self, command: str, *, check: bool = True, adapt: bool = True) -> str:
        """Run a guide line (adapted) with bash in the root folder; its stdout."""
        line = self.adapt(command) if adapt else command
        done = subprocess.run(
            ["bash", "-c", line],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "NO_COLOR": "1"},
        )
        if check:
            assert done.returncode == 0, (
                f"{line}\nexit {done.returncode}\n{done.stdout}{done.stderr}"
            )
        return done.stdout + done.stderr

    # --- what the guide's lines need before them ----------------------------------------------

    def with_site(self) -> None:
        if not self.db.exists():
            self.run(f'epn site add "{SITE}" --db /var/lib/epn/epn.db')

    def with_tls(self) -> None:
        if not (self.tls / "server.pem").exists():
            self.run(
                "epn server init-tls --dir /etc/epn-kiosk/tls --host epn.city.local"
                " --host epn.example.brussels --host 127.0.0.1 --days 30"
            )

    def enrol_code(self, name: str = "LK-01") -> str:
        self.with_site()
        printed = self.run(
            f'epn station enroll-code {name} --site "{SITE}" --db /var/lib/epn/epn.db'
        )
        return printed.strip().splitlines()[-1]

    def start_server(self, command: str | None = None) -> Process:
        """``epn server`` over HTTPS on the free port, running until the test ends."""
        self.with_site()
        self.with_tls()
        line = self.adapt(
            command
            or "epn server --db /var/lib/epn/epn.db --host 0.0.0.0 --port 8750"
            " --certfile /etc/epn-kiosk/tls/server.pem --keyfile /etc/epn-kiosk/tls/server.key"
        )
        server = Process(shlex.split(line), dict(os.environ), "epn-server")
        self.processes.append(server)

        def healthy() -> bool:
            if server.proc.poll() is not None:
                raise AssertionError("epn server stopped:\n" + "\n".join(server.lines))
            try:
                answer = httpx.get(
                    self.url + "/api/v1/health",
                    verify=ssl.create_default_context(cafile=self.tls / "ca.pem"),
                    timeout=2,
                )
            except httpx.TransportError:
                return False
            return answer.status_code == 200

        wait_until(healthy, timeout=30, message="epn server never answered its health check")
        return server

    def stop(self) -> None:
        for process in self.processes:
            process.stop()


@contextmanager
def machine(root: Path) -> Iterator[Machine]:
    here = Machine(root)
    try:
        yield here
    finally:
        here.stop()
