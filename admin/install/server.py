"""``epn install server``: check every option, plan every step, then apply them and report each.

Everything that can refuse (bad options, a certificate that does not load, a config edited by
hand that ``epn server`` would refuse) does so before the first change. A config that differs
from what this install writes (edited by hand, or from other options) is never overwritten:
it is kept, and the new one goes beside it as ``server.toml.new``.
"""

from __future__ import annotations

import argparse
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from admin.cli.server_config import ServerConfigError, load_server_config
from admin.install import files
from admin.install.layout import (
    BACKUP_DIR,
    BACKUP_TIMER,
    BACKUP_UNIT,
    CONFIG,
    CONFIG_DIR,
    CONFIG_PROPOSED,
    DB,
    KEEP,
    SERVER_UNIT,
    STATE_DIR,
    SYSTEM_FOLDERS,
    TLS_DIR,
    USER,
)
from installkit import InstallError
from installkit.accounts import find_account, system_account_step
from installkit.host import Host, check_may_run
from installkit.steps import Step, file_step, folder_step, make_parents, mode_step, unchanged
from installkit.systemd import enable_steps, is_live
from installkit.target import Target
from installkit.text import command_line, safe_word

HOST = re.compile(r"^[A-Za-z0-9.:_%\[\]-]{1,253}$")
COMMENT = "EPN Kiosk server"


@dataclass(frozen=True)
class ServerOptions:
    host: str = "0.0.0.0"
    port: int = 8750
    certfile: PurePosixPath | None = None
    keyfile: PurePosixPath | None = None
    #: host names or addresses for a private CA's server certificate ('epn server init-tls')
    init_tls: tuple[str, ...] = ()
    db: PurePosixPath = DB
    backup_dir: PurePosixPath = BACKUP_DIR
    keep: int = KEEP
    dry_run: bool = False
    root: Path = Path("/")

    @property
    def tls(self) -> tuple[PurePosixPath, PurePosixPath] | None:
        if self.init_tls:
            return TLS_DIR / "server.pem", TLS_DIR / "server.key"
        if self.certfile is not None and self.keyfile is not None:
            return self.certfile, self.keyfile
        return None


def _path_option(name: str, path: PurePosixPath | None) -> None:
    if path is None:
        return
    if not path.is_absolute() or not safe_word(str(path)) or ".." in path.parts:
        raise InstallError(
            f"{name} {path}: must be an absolute path without spaces, quotes or '..' "
            "(it goes into a systemd unit)"
        )


def check_options(options: ServerOptions) -> None:
    """Bad input, refused before anything is read or written."""
    if not options.root.is_absolute():
        raise InstallError(f"--root {options.root}: must be an absolute folder path")
    if not 1 <= options.port <= 65535:
        raise InstallError(f"--port {options.port}: must be a port number from 1 to 65535")
    if not HOST.match(options.host):
        raise InstallError(
            f"--host {options.host!r}: must be an address to listen on, such as 0.0.0.0 "
            "(every address of this machine) or 127.0.0.1"
        )
    if options.keep < 1:
        raise InstallError(f"--keep {options.keep}: must be at least 1 (backups kept)")
    if (options.certfile is None) != (options.keyfile is None):
        raise InstallError("--certfile and --keyfile go together (HTTPS needs both)")
    if options.init_tls and options.certfile is not None:
        raise InstallError(
            "--init-tls makes the certificate: leave out --certfile and --keyfile, or give "
            "yours without --init-tls"
        )
    for name, path in (
        ("--db", options.db),
        ("--backup-dir", options.backup_dir),
        ("--certfile", options.certfile),
        ("--keyfile", options.keyfile),
    ):
        _path_option(name, path)
    for name, folder in (("--db", options.db.parent), ("--backup-dir", options.backup_dir)):
        if folder in SYSTEM_FOLDERS:
            raise InstallError(
                f"{name}: {folder} is a system folder, which the epn account must not own; "
                f"give a folder of its own, such as {STATE_DIR}"
            )
    if options.backup_dir == options.db.parent:
        raise InstallError(
            f"--backup-dir {options.backup_dir}: must not be the database's own folder "
            f"(default: {BACKUP_DIR})"
        )
    for name in options.init_tls:
        if not HOST.match(name):
            raise InstallError(f"--init-tls {name!r}: must be a host name or an IP address")


def _check_tls(options: ServerOptions, target: Target) -> None:
    """The given certificate and key load, match and are valid (as 'epn server' checks)."""
    if options.certfile is None or options.keyfile is None:
        return
    from admin.api.tls import TlsFileError, check_server_files
    from admin.core.timeutil import utc_now

    try:
        check_server_files(target.path(options.certfile), target.path(options.keyfile), utc_now())
    except TlsFileError as exc:
        raise InstallError(str(exc)) from None


def _server_parser() -> argparse.ArgumentParser:
    from admin.cli.app import build_parser  # here: the install's plan needs no API

    return build_parser().nouns.choices["server"]


def check_config(path: Path, shown: PurePosixPath) -> None:
    """``epn server --config`` accepts the file at ``path``; else an InstallError naming it."""
    try:
        load_server_config(path, _server_parser())
    except ServerConfigError as exc:
        raise InstallError(
            f"{exc} (as {shown}): correct it, or remove it to have it written again"
        ) from None


def _ids(target: Target) -> tuple[int, int]:
    account = find_account(target, USER)
    return (account.uid, account.gid) if account is not None else (0, 0)


def _database_step(path: Path, uid: int, gid: int) -> Step:
    """The database at the current schema (the server's own migrations), owned by the account."""
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]

    def own() -> None:
        for file in (path, *companions):
            if file.exists():
                os.chown(file, uid, gid)

    if path.is_file():
        info = path.stat()
        if (info.st_uid, info.st_gid) == (uid, gid):
            return unchanged(str(path), "kept: the server migrates it at start, after a backup")
        return Step("set the owner of", "set the owner of", str(path), own)

    def create() -> None:
        from admin.db.store import Store

        make_parents(path)
        with Store(path):  # created and migrated by the server's own code
            pass
        own()

    return Step("create", "created", str(path), create, note="at the current schema")


def _owners_step(path: Path, mode: int, group: int) -> Step:
    """``path``'s mode and owners (root, ``group``); made by an earlier step if absent now."""
    if path.exists():
        return mode_step(path, mode, group=group)

    def apply() -> None:
        os.chown(path, 0, group)
        os.chmod(path, mode)

    return Step("set the mode and owner of", "set the mode and owner of", str(path), apply)


def _key_steps(options: ServerOptions, target: Target, gid: int) -> list[Step]:
    """The TLS files readable by the server's account (the CA's key stays root's only)."""
    if options.init_tls:
        folder = target.path(TLS_DIR)
        return [
            _owners_step(folder, 0o750, gid),
            _owners_step(folder / "server.pem", 0o644, 0),
            _owners_step(folder / "server.key", 0o640, gid),
        ]
    if options.keyfile is None:
        return []
    key = target.path(options.keyfile)
    info = key.stat()
    readable = info.st_mode & stat.S_IROTH or (info.st_gid == gid and info.st_mode & stat.S_IRGRP)
    if readable or info.st_uid == _ids(target)[0]:
        return [unchanged(str(key), "readable by the epn account")]
    return [
        unchanged(
            str(key),
            f"not readable by the epn account: chgrp {USER} {options.keyfile} && "
            f"chmod 0640 {options.keyfile}",
        )
    ]


def _tls_step(options: ServerOptions, target: Target, host: Host) -> list[Step]:
    if not options.init_tls:
        return []
    folder = target.path(TLS_DIR)
    what = f"{folder} (private CA and server certificate for {', '.join(options.init_tls)})"
    if (folder / "server.pem").exists() and (folder / "server.key").exists():
        return [unchanged(what, "kept: 'epn server init-tls' renews it")]

    def apply() -> None:
        from admin.api.tls import SERVER_DAYS, TlsFileError, init_tls
        from admin.core.timeutil import utc_now

        make_parents(folder)
        try:
            issued = init_tls(folder, list(options.init_tls), days=SERVER_DAYS, now=utc_now())
        except TlsFileError as exc:
            raise InstallError(f"--init-tls: {exc}") from None
        host.out(
            f"server certificate SHA-256 {issued.fingerprint}: stations pin it at enrolment; "
            f"give them {TLS_DIR / 'ca.pem'} as [server] ca_file"
        )

    return [Step("make", "made", what, apply)]


def config_steps(options: ServerOptions, target: Target, gid: int) -> list[Step]:
    text = files.server_toml(
        db=options.db,
        host=options.host,
        port=options.port,
        tls=options.tls,
        backup_dir=options.backup_dir,
        keep=options.keep,
    )
    path = target.path(CONFIG)
    if path.exists() and path.read_bytes() != text.encode("utf-8"):
        check_config(path, CONFIG)
        return [
            unchanged(str(path), "it differs from what this install writes: kept as it is"),
            mode_step(path, 0o640, group=gid),
            file_step(target.path(CONFIG_PROPOSED), text, 0o640, group=gid),
        ]
    return [file_step(path, text, 0o640, group=gid)]


def kept_db(options: ServerOptions, target: Target) -> PurePosixPath:
    """The database the config names: a kept config's, else the option's."""
    path = target.path(CONFIG)
    if not path.is_file():
        return options.db
    db = load_server_config(path, _server_parser()).get("db")
    return PurePosixPath(str(db)) if db else options.db


def plan(options: ServerOptions, host: Host, target: Target) -> list[Step]:
    """Every step but the account's, as the system is now (the account's ids if it exists)."""
    epn = command_line(host.epn)
    uid, gid = _ids(target)
    steps = [folder_step(target.path(CONFIG_DIR), 0o755)]
    steps += config_steps(options, target, gid)
    db = kept_db(options, target)
    _path_option("[server] db", db)
    steps.append(folder_step(target.path(db.parent), 0o750, owner=uid, group=gid))
    steps.append(_database_step(target.path(db), uid, gid))
    steps.append(folder_step(target.path(options.backup_dir), 0o750, owner=uid, group=gid))
    steps += _tls_step(options, target, host)
    steps += _key_steps(options, target, gid)
    steps.append(file_step(target.path(SERVER_UNIT.path), files.server_unit(epn, db), 0o644))
    backup = files.backup_unit(epn, db, options.backup_dir, options.keep)
    steps.append(file_step(target.path(BACKUP_UNIT), backup, 0o644))
    steps.append(file_step(target.path(BACKUP_TIMER.path), files.backup_timer(), 0o644))
    return steps


def service_steps(host: Host, target: Target, steps: list[Step]) -> list[Step]:
    changed = {step.target for step in steps if step.changes}
    units = {str(target.path(p)) for p in (SERVER_UNIT.path, BACKUP_UNIT, BACKUP_TIMER.path)}
    restart = []
    if changed & {str(target.path(SERVER_UNIT.path)), str(target.path(CONFIG))}:
        restart.append(SERVER_UNIT.name)
    if changed & {str(target.path(BACKUP_UNIT)), str(target.path(BACKUP_TIMER.path))}:
        restart.append(BACKUP_TIMER.name)
    return enable_steps(
        host, target, [SERVER_UNIT, BACKUP_TIMER], reload=bool(changed & units), restart=restart
    )


def install_server(options: ServerOptions, host: Host) -> int:
    """The whole install (or its plan with ``dry_run``); returns the exit code."""
    check_options(options)
    check_may_run(host, "install server ...", root=options.root, dry_run=options.dry_run)
    target = Target(options.root)
    _check_tls(options, target)
    account = system_account_step(target, USER, str(STATE_DIR), COMMENT, host.run)
    steps = plan(options, host, target)  # what would refuse does so now, before any change
    if options.dry_run:
        host.out("plan (--dry-run: nothing is changed)")
        for step in [account, *steps, *service_steps(host, target, steps)]:
            host.out(step.line(planned=True))
        return 0
    if account.apply is not None:
        account.apply()
    host.out(account.line(planned=False))
    steps = plan(options, host, target)  # again: the account's ids are known now
    for step in steps:
        if step.apply is not None:
            step.apply()
        host.out(step.line(planned=False))
    services = service_steps(host, target, steps)
    for step in services:
        if step.apply is not None:
            step.apply()
        host.out(step.line(planned=False))
    changed = any(step.changes for step in [account, *steps, *services])
    if find_account(target, USER) is None:
        host.out(
            f"the {USER} account does not exist in {target.root}: its files are root's; create "
            f"it when the image runs (useradd --system --user-group {USER}), then run the same "
            "command again"
        )
    if not is_live(host, target):
        host.out(
            "systemd is not running here: the units start at the next boot (or now: "
            f"systemctl daemon-reload && systemctl enable --now {SERVER_UNIT.name} "
            f"{BACKUP_TIMER.name})"
        )
    if not changed:
        host.out("nothing changed: the server was installed so already")
    host.out(f"done: the server reads {CONFIG}; its database is {kept_db(options, target)}")
    return 0
