"""Where the server's files go (all under ``--root`` when one is given); as the units in
``packaging/systemd/`` expect them."""

from __future__ import annotations

from pathlib import PurePosixPath

from admin.cli.server_config import SERVER_CONFIG_PATH
from installkit.systemd import Unit

USER = "epn"
#: The account's home: systemd's StateDirectory=epn of both units.
STATE_DIR = PurePosixPath("/var/lib/epn")
DB = STATE_DIR / "epn.db"
BACKUP_DIR = STATE_DIR / "backups"
KEEP = 14

CONFIG_DIR = PurePosixPath(SERVER_CONFIG_PATH.parent.as_posix())
CONFIG = PurePosixPath(SERVER_CONFIG_PATH.as_posix())
#: What this install would have written, beside a config edited by hand.
CONFIG_PROPOSED = CONFIG.with_name(CONFIG.name + ".new")
TLS_DIR = CONFIG_DIR / "tls"

SERVER_UNIT = Unit("epn-server.service", "multi-user.target")
BACKUP_UNIT = PurePosixPath("/etc/systemd/system/epn-backup.service")
BACKUP_TIMER = Unit("epn-backup.timer", "timers.target")

#: Folders the account must never own: a --db or --backup-dir right in one is refused.
SYSTEM_FOLDERS = frozenset(
    PurePosixPath(p)
    for p in (
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt",
        "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var",
        "/var/lib", "/var/log", "/var/tmp", "/var/backups", "/etc/epn-kiosk",
    )
)  # fmt: skip
