"""``epn install station``: plan every step, enrol, then apply the steps and report each.

Nothing is written before the enrolment has succeeded (a refused code or an unreachable server
leaves the machine as it was); the token is kept right after it, so a later failure is fixed
by running the same command again.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from installkit.host import check_may_run
from installkit.steps import (
    Step,
    digest,
    file_step,
    folder_step,
    mode_step,
    remove_step,
    unchanged,
)
from installkit.systemd import Unit, enable_steps, is_live
from kiosk.enrolment import FINGERPRINT_FILE, save_fingerprint, save_token, saved_token
from kiosk.install import InstallError, files, gdm
from kiosk.install.accounts import account_step, check_name, find_account
from kiosk.install.host import Host
from kiosk.install.layout import (
    ACCOUNTS_SERVICE,
    AUTOSTART,
    CONFIG,
    CONFIG_DIR,
    GDM_FILES,
    HOME_TEMPLATE,
    LIGHTDM,
    QUIET_AUTOSTARTS,
    RECORD,
    STATE_DIR,
    SYSTEM_AUTOSTART,
    TOKEN,
    UNIT,
    UNIT_NAME,
    XORG,
    XSESSION,
    Target,
)
from kiosk.install.record import Record, read_record
from kiosk.protocol.tls import is_loopback

DISPLAY = re.compile(r"^:\d{1,3}(\.\d{1,2})?$")
CODE_LENGTH = (4, 32)  # as [server] enrol_code in station.toml


@dataclass(frozen=True)
class InstallOptions:
    server: str
    code: str | None
    user: str = "kiosk"
    display: str = ":0"
    keep_desktop: bool = False
    re_enrol: bool = False
    dry_run: bool = False
    root: Path = Path("/")


def check_options(options: InstallOptions) -> None:
    """Bad input, refused before anything is read or written."""
    parts = urlsplit(options.server)
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or re.search(r"[\s\x00-\x1f\x7f\"\\]", options.server)
    ):
        raise InstallError(
            f"--server {options.server!r}: must be the server's http:// or https:// address, "
            "e.g. https://epn.example.org"
        )
    if parts.scheme == "http" and not is_loopback(options.server):
        raise InstallError(
            f"--server {options.server}: plain http:// to another machine sends PINs and tokens "
            "in clear, and the station refuses it; give the server's https:// address"
        )
    if options.code is not None:
        code = options.code.strip()
        if not CODE_LENGTH[0] <= len(code) <= CODE_LENGTH[1]:
            raise InstallError(
                "--code: must be the 4 to 32 characters of the enrolment code "
                "('epn station enroll-code NAME' on the server prints one)"
            )
    if options.re_enrol and options.code is None:
        raise InstallError("--re-enrol needs --code: a new enrolment code for this station")
    check_name(options.user)
    if not DISPLAY.match(options.display):
        raise InstallError(f"--display {options.display!r}: must be an X display such as :0")
    if not options.root.is_absolute():
        raise InstallError(f"--root {options.root}: must be an absolute folder path")


def enrolment_needed(options: InstallOptions, token: str | None, record: Record | None) -> bool:
    """Whether to enrol now; refuses a new code for an enrolled station without --re-enrol."""
    code = options.code.strip() if options.code is not None else None
    if token is None:
        if code is None:
            raise InstallError(
                "--code is needed: this station has no token yet (on the server: "
                "'epn station enroll-code NAME --site SITE' prints a code)"
            )
        return True
    if options.re_enrol:
        return True
    same_server = record is None or record.server == options.server.rstrip("/")
    if not same_server:
        assert record is not None
        raise InstallError(
            f"this station is enrolled with {record.server}: to move it to {options.server}, "
            "give a code of that server with --code and --re-enrol"
        )
    if code is not None and (record is None or record.code_sha256 != digest(code.encode())):
        raise InstallError(
            "this station is already enrolled (it has a token): leave out --code to update its "
            "files only, or add --re-enrol to enrol it again with this new code"
        )
    return False


def enrol(options: InstallOptions, host: Host) -> tuple[str, str, str | None]:
    """The token and station name the server gives for the code, and its certificate's
    fingerprint (None over http); refusals are InstallErrors."""
    from kiosk.protocol.http import ApiError, ServerUnreachable

    assert options.code is not None
    try:
        response, fingerprint = host.enroll(options.server.rstrip("/"), options.code.strip())
    except ApiError as exc:
        from kiosk.enrolment import refusal_advice

        raise InstallError(
            f"the server refused the enrolment code ({exc.code}: {exc.message}); "
            f"{refusal_advice(exc.code)}"
        ) from None
    except ServerUnreachable as exc:
        raise InstallError(
            f"cannot reach the server at {options.server}: {exc}; check the address and the "
            "network, then run the same command again (nothing was changed)"
        ) from None
    return response.token, response.station.name, fingerprint


def _gdm_file(target: Target) -> PurePosixPath | None:
    return next((path for path in GDM_FILES if target.path(path.parent).is_dir()), None)


def config_text(options: InstallOptions, record: Record) -> str:
    return files.station_toml(
        url=record.server, station=record.station, user=options.user, display=options.display
    )


def plan(options: InstallOptions, host: Host, target: Target, record: Record) -> list[Step]:
    """Every step of the install but the enrolment, as the system is now."""
    epn = files.command_line(host.epn)
    steps = [
        account_step(target, options.user, host.run),
        folder_step(target.path(CONFIG_DIR), 0o755),
    ]
    config = config_text(options, record)
    config_path = target.path(CONFIG)
    edited = (
        config_path.is_file()
        and record.config_sha256 is not None
        and digest(config_path.read_bytes()) not in (record.config_sha256, digest(config.encode()))
    )
    if edited:
        _check_kept_config(config_path, tomllib.loads(config))
        steps.append(unchanged(str(config_path), "edited since the install: kept as it is"))
        steps.append(mode_step(config_path, 0o640))
    else:
        steps.append(file_step(config_path, config, 0o640))
    steps.append(folder_step(target.path(HOME_TEMPLATE), 0o755))
    for name in QUIET_AUTOSTARTS:
        if target.path(SYSTEM_AUTOSTART / f"{name}.desktop").exists():
            override = HOME_TEMPLATE / ".config" / "autostart" / f"{name}.desktop"
            steps.append(file_step(target.path(override), files.hidden_autostart(name), 0o644))
    steps.append(folder_step(target.path(STATE_DIR), 0o700))
    if target.path(TOKEN).exists():  # in a dry run, the enrolment has not written it yet
        steps.append(mode_step(target.path(TOKEN), 0o600))
    steps.append(file_step(target.path(UNIT), files.unit_file(epn, CONFIG), 0o644))
    steps.append(file_step(target.path(XSESSION), files.xsession_file(epn), 0o644))
    if options.keep_desktop:
        steps.append(file_step(target.path(AUTOSTART), files.autostart_file(epn), 0o644))
    elif target.path(AUTOSTART).exists():  # from an earlier install with --keep-desktop
        steps.append(remove_step(target.path(AUTOSTART)))
    lightdm = files.lightdm_file(options.user, keep_desktop=options.keep_desktop)
    steps.append(file_step(target.path(LIGHTDM), lightdm, 0o644))
    steps.extend(_gdm_steps(options, target))
    steps.append(file_step(target.path(XORG), files.xorg_file(), 0o644))
    return steps


def _check_kept_config(path: Path, wanted: dict[str, Any]) -> None:
    """A config edited by hand is kept, unless it contradicts this install's options."""
    try:
        kept = tomllib.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        kept = {}
    for section, key in (("server", "url"), ("screen", "user"), ("screen", "display")):
        have = kept.get(section, {}).get(key) if isinstance(kept.get(section), dict) else None
        if have != wanted[section][key]:
            raise InstallError(
                f"{path} was edited since the install and its [{section}] {key} is {have!r}, "
                f"not {wanted[section][key]!r}: correct it, or remove the file to have it "
                "written again, then run the same command"
            )


def _gdm_steps(options: InstallOptions, target: Target) -> list[Step]:
    path = _gdm_file(target)
    if path is None:
        return []
    real = target.path(path)
    text = real.read_text(encoding="utf-8") if real.is_file() else ""
    steps = [file_step(real, gdm.with_values(text, gdm.automatic_login(options.user)), 0o644)]
    accounts = target.path(ACCOUNTS_SERVICE / options.user)
    if options.keep_desktop:
        if accounts.exists():
            steps.append(remove_step(accounts))
    else:
        steps.append(file_step(accounts, files.accounts_service_file(), 0o600))
    return steps


def with_gdm_previous(record: Record, target: Target) -> Record:
    """The record with GDM's values from before the first install (kept from then on)."""
    path = _gdm_file(target)
    if path is None or record.gdm_file == str(path):
        return record
    real = target.path(path)
    text = real.read_text(encoding="utf-8") if real.is_file() else ""
    keys = list(gdm.automatic_login(record.user))
    return record.updated(gdm_file=str(path), gdm_previous=gdm.values(text, keys))


def service_steps(host: Host, target: Target, unit_changed: bool) -> list[Step]:
    """The service enabled: by systemctl on a running systemd, else by its link (next boot)."""
    unit = Unit(UNIT_NAME, "multi-user.target")
    restart = [UNIT_NAME] if unit_changed else []
    return enable_steps(host, target, [unit], reload=unit_changed, restart=restart)


def _apply(step: Step) -> None:
    if step.apply is not None:
        step.apply()


def _unit_changed(steps: list[Step], target: Target) -> bool:
    return any(step.changes and step.target == str(target.path(UNIT)) for step in steps)


def install_station(options: InstallOptions, host: Host) -> int:
    """The whole install (or its plan with ``dry_run``); returns the exit code."""
    check_options(options)
    check_may_run(host, "install station ...", root=options.root, dry_run=options.dry_run)
    target = Target(options.root)
    record = read_record(target.path(RECORD))
    token_path = target.path(TOKEN)
    try:
        token = saved_token(token_path.parent)
    except PermissionError:
        raise InstallError(f"{token_path}: only root can read it; run this as root") from None
    enrolling = enrolment_needed(options, token, record)
    server = options.server.rstrip("/")
    if record is None:
        record = Record(server=server, user=options.user)
    elif enrolling:
        record = record.updated(server=server)
    record = with_gdm_previous(record.updated(user=options.user), target)
    if options.dry_run:
        host.out("plan (--dry-run: nothing is changed)")
        if enrolling:
            host.out(f"would enrol with {server} and keep the token in {token_path}")
        else:
            host.out(f"unchanged enrolment (station {record.station or 'enrolled before'})")
        steps = plan(options, host, target, record)
        steps += service_steps(host, target, _unit_changed(steps, target))
        for step in steps:
            host.out(step.line(planned=True))
        return 0

    plan(options, host, target, record)  # what would refuse (an admin account, …) does so now
    if enrolling:
        assert options.code is not None
        token, station, fingerprint = enrol(options, host)
        _apply(folder_step(target.path(STATE_DIR), 0o700))
        save_token(target.path(STATE_DIR), token)
        # pinned by the station service from now on (trust on first use)
        (target.path(STATE_DIR) / FINGERPRINT_FILE).unlink(missing_ok=True)
        if fingerprint is not None:
            save_fingerprint(target.path(STATE_DIR), fingerprint)
        code_sha256 = digest(options.code.strip().encode())
        record = record.updated(station=station, code_sha256=code_sha256)
        _apply(file_step(target.path(RECORD), record.to_json(), 0o600))
        host.out(f"enrolled as station {station}: token in {token_path}")
        if fingerprint is not None:
            host.out(
                f"server certificate SHA-256 {fingerprint}: pinned; compare it with the "
                "one 'epn server init-tls' printed"
            )
    else:
        host.out(f"unchanged enrolment (station {record.station or 'enrolled before'})")
    account_before = find_account(target, options.user) is not None
    steps = plan(options, host, target, record)
    for step in steps:
        _apply(step)
        host.out(step.line(planned=False))
    unit_changed = _unit_changed(steps, target)
    config = target.path(CONFIG)
    written = config_text(options, record).encode("utf-8")
    record = record.updated(
        user_created=record.user_created
        or (not account_before and find_account(target, options.user) is not None),
        config_sha256=digest(written) if config.read_bytes() == written else record.config_sha256,
    )
    steps = [file_step(target.path(RECORD), record.to_json(), 0o600)]
    steps += service_steps(host, target, unit_changed)
    for step in steps:
        _apply(step)
        host.out(step.line(planned=False))
    if not is_live(host, target):
        host.out(
            "systemd is not running here: the service starts at the next boot "
            f"(or now: systemctl daemon-reload && systemctl enable --now {UNIT_NAME})"
        )
    host.out("done: restart the display manager or reboot to start the kiosk session")
    return 0
