"""The contents of the files ``epn install server`` writes, from the templates in ``templates/``.

``packaging/systemd/`` holds the same units for those who install by hand; a test checks that
the installed ones, with the default paths, say the same.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from admin.install.layout import CONFIG, STATE_DIR
from installkit.text import template, toml_string


def _render(file: str, /, **values: str) -> str:
    return template("admin.install", file, **values)


def server_toml(
    *,
    db: PurePosixPath,
    host: str,
    port: int,
    tls: tuple[PurePosixPath, PurePosixPath] | None,
    backup_dir: PurePosixPath,
    keep: int,
) -> str:
    """``epn server --config``'s file: only keys that ``epn server`` has as options."""
    if tls is None:
        tls_lines = (
            "# HTTPS: certfile and keyfile ('epn install server --init-tls NAME' or "
            "--certfile/--keyfile);\n# leave both out behind a TLS reverse proxy."
        )
    else:
        tls_lines = f"certfile = {toml_string(str(tls[0]))}\nkeyfile = {toml_string(str(tls[1]))}"
    return _render(
        "server.toml",
        db=toml_string(str(db)),
        host=toml_string(host),
        port=str(port),
        tls_lines=tls_lines,
        backup_dir=str(backup_dir),
        keep=str(keep),
    )


def _outside_state(*folders: PurePosixPath) -> list[str]:
    return [str(f) for f in folders if f != STATE_DIR and STATE_DIR not in f.parents]


def server_unit(epn: str, db: PurePosixPath) -> str:
    lines = ["StateDirectory=epn"]
    outside = _outside_state(db.parent)
    if outside:  # ProtectSystem=strict: only the listed folders are writable
        lines.append("ReadWritePaths=" + " ".join(outside))
    return _render("epn-server.service", epn=epn, config=str(CONFIG), state_lines="\n".join(lines))


def backup_unit(epn: str, db: PurePosixPath, backup_dir: PurePosixPath, keep: int) -> str:
    if backup_dir.parent == STATE_DIR and db.parent == STATE_DIR:
        lines = [f"StateDirectory=epn epn/{backup_dir.name}"]
    else:
        lines = ["StateDirectory=epn"]
        outside = _outside_state(db.parent, backup_dir)
        if outside:
            lines.append("ReadWritePaths=" + " ".join(dict.fromkeys(outside)))
    return _render(
        "epn-backup.service",
        epn=epn,
        db=str(db),
        backup_dir=str(backup_dir),
        keep=str(keep),
        state_lines="\n".join(lines),
    )


def backup_timer() -> str:
    return _render("epn-backup.timer")
