"""The kiosk OS account: who the screen and the visitor's apps run as, and their environment.

The station service runs as root; what the visitor sees and runs is started as this account,
in its X session (``DISPLAY``, ``XAUTHORITY`` announced by the session, or from the config).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Passed from the service's environment to the screen and apps (language, Qt, tests' clock).
_PASSED_PREFIXES = ("LANG", "LC_", "QT_", "EPN_", "PYTHONPATH")


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    home: Path
    shell: str = "/bin/sh"

    @classmethod
    def lookup(cls, name: str) -> Account:
        """The account ``name``; KeyError if there is none."""
        import pwd

        entry = pwd.getpwnam(name)
        return cls(name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir), entry.pw_shell)

    @classmethod
    def current(cls) -> Account:
        import pwd

        entry = pwd.getpwuid(os.geteuid())
        return cls(entry.pw_name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir), entry.pw_shell)

    @property
    def is_current(self) -> bool:
        return self.uid == os.geteuid()

    def environment(
        self, display: str | None, xauthority: str | None, base: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """A clean environment for a process of this account in its X session."""
        source = os.environ if base is None else base
        env = {k: v for k, v in source.items() if k.startswith(_PASSED_PREFIXES)}
        env.update(
            HOME=str(self.home),
            USER=self.name,
            LOGNAME=self.name,
            SHELL=self.shell,
            PATH=source.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        )
        env.setdefault("LANG", "C.UTF-8")
        if display:
            env["DISPLAY"] = display
        if xauthority:
            env["XAUTHORITY"] = xauthority
        runtime = Path(f"/run/user/{self.uid}")
        if runtime.is_dir():
            env["XDG_RUNTIME_DIR"] = str(runtime)
        return env

    def popen_options(self) -> dict[str, Any]:
        """subprocess.Popen options that start a process as this account (none if it is us)."""
        if self.is_current:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": [], "umask": 0o077}
