"""What an install did (``/var/lib/epn-kiosk/installed.json``, root only), for the next run and
for the uninstall: the server and the code the token came from, whether the kiosk account was
created by it, the config it wrote, and the values GDM's file had before."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from kiosk.install import InstallError


@dataclass(frozen=True)
class Record:
    server: str
    user: str
    station: str | None = None
    #: sha256 of the enrolment code the token came from: the same command run again is no
    #: new enrolment, another code is (refused without --re-enrol)
    code_sha256: str | None = None
    #: True when the install created the account (the uninstall removes only such an account)
    user_created: bool = False
    #: sha256 of the station.toml the install wrote: a file edited by hand since is kept
    config_sha256: str | None = None
    gdm_file: str | None = None
    #: the [daemon] values GDM's file had before the first install (None: the key was absent)
    gdm_previous: dict[str, str | None] = field(default_factory=dict)

    def updated(self, **changes: object) -> Record:
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"


def read_record(path: Path) -> Record | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except PermissionError:
        raise InstallError(f"{path}: only root can read it; run this as root") from None
    except (OSError, ValueError) as exc:
        raise InstallError(f"{path}: cannot be read ({exc}); remove it and run again") from None
    try:
        return Record(**data)
    except TypeError:
        raise InstallError(f"{path}: not an install record; remove it and run again") from None
