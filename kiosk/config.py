"""The station configuration file (TOML), read once at start-up into frozen dataclasses.

Default place: ``platformdirs.user_config_dir("epn-kiosk")/station.toml`` (on Linux
``~/.config/epn-kiosk/station.toml``). A commented sample is ``packaging/station.example.toml``.
Every key is optional except ``[server] url``; an unknown section or key is an error, so that a
typo is never silently ignored::

    [server]
    url = "https://epn.example.brussels"   # required, http:// or https://
    token = "..."            # the station token, or instead:
    enrol_code = "..."       # one-time code from 'epn station enroll-code'; the token it
                             # returns is kept in <state_dir>/station-token (mode 0600)
    station = "LK-01"        # the station name this PC expects to be (optional)
    ca_file = "/etc/epn-kiosk/ca.pem"   # CA that signed the server's certificate (else the
                             # system's CAs)
    fingerprint = "AB:CD:…"  # SHA-256 of the server's certificate (as 'epn server init-tls'
                             # prints it; plain hex too): any other certificate is refused.
                             # Absent: the one seen at enrolment, kept in
                             # <state_dir>/server-fingerprint, is pinned from then on
    allow_insecure = false   # true: allow http:// to another machine (only loopback otherwise)

    [session]
    warnings = [300, 60]     # seconds before the end of an offline session to warn
    away_minutes = 10        # how long a visitor may lock the session while away
    warning_sound = true     # ring the bell at each warning banner

    [idle]
    minutes = 10             # idle minutes before the session ends (0: never)
    warning_seconds = 60     # countdown shown before an idle session ends

    [offline]
    policy = "refuse"        # or "cached": admit visitors verified recently
    verified_days = 14       # "cached": verified against the server in the last N days
    max_minutes = 30         # "cached": longest offline grant

    [guard]
    enforce = true           # absent: enforce unless running as root or --windowed
    baseline = ["Xorg"]      # process names the guard never touches
    interval_ms = 200        # how often the process list is scanned

    [cleanup]
    template = "~/.epn-template"        # copied back into each reset folder (optional)
    folders = ["~/Downloads", "~/Documents"]
    clear_clipboard = true

    [paths]
    state_dir = "~/.local/state/epn-kiosk"   # the station's local database and token
                                              # (the station service: /var/lib/epn-kiosk)

    [screen]                 # the station service (epn station-service) and its screen
    user = "kiosk"           # the kiosk OS account: its X session shows the screen
    display = ":0"           # its X display, until the X session announces its own
    xauthority = "/var/run/lightdm/root/:0"  # the X server's cookie, if it needs one
    socket = "/run/epn-kiosk/screen.sock"    # where the screen reaches the service
    quit_minutes = 15        # staff "quit for maintenance": the lock screen is back after

    [home]                   # the kiosk account's home, reset when the service starts and
    reset = true             # after each session (never for a home the service doesn't own)
    template = "/etc/epn-kiosk/home-template"  # copied into the emptied home (optional)
    keep = [".cache/fontconfig"]               # entries (relative to the home) kept as they are

Token precedence: ``--token`` > ``$EPN_STATION_TOKEN`` > ``[server] token`` > the token saved at
enrolment > enrolling now with ``[server] enrol_code``. Server URL: ``--server`` > ``[server] url``.

Errors::

    ValueError
     └── ConfigError   names the file and the key: the station cannot start until it is fixed

Longer than the ~400-line aim: it is the one description of station.toml: every key, its default
and the sentence a typo gets; split, that description would be spread over several files.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from kiosk.cleanup import unsafe_folder_reason

# the machine's folders, in a module of their own: the screen's start reads its socket there
from kiosk.machine_paths import SERVICE_CONFIG_PATH as SERVICE_CONFIG_PATH
from kiosk.machine_paths import SERVICE_SOCKET as SERVICE_SOCKET
from kiosk.machine_paths import SERVICE_STATE_DIR as SERVICE_STATE_DIR

log = logging.getLogger("epn.kiosk.config")

APP_NAME = "epn-kiosk"
OFFLINE_POLICIES = ("refuse", "cached")


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "station.toml"


def default_state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME))


class ConfigError(ValueError):
    """The station configuration cannot be used; the message names the file and the key."""

    def __init__(self, source: Path | None, where: str, problem: str) -> None:
        origin = f"station config {source}" if source is not None else "epn kiosk"
        super().__init__(f"{origin}: {where}: {problem}" if where else f"{origin}: {problem}")
        self.source = source
        self.where = where


@dataclass(frozen=True)
class ServerConfig:
    url: str
    token: str | None = None
    enrol_code: str | None = None
    station: str | None = None
    ca_file: Path | None = None
    #: The pinned SHA-256 of the server's certificate, canonical (AB:CD:…).
    fingerprint: str | None = None
    allow_insecure: bool = False


@dataclass(frozen=True)
class SessionConfig:
    warnings: tuple[int, ...] = (300, 60)
    away_minutes: int = 10
    warning_sound: bool = True


@dataclass(frozen=True)
class IdleConfig:
    minutes: int = 10
    warning_seconds: int = 60

    @property
    def enabled(self) -> bool:
        return self.minutes > 0


@dataclass(frozen=True)
class OfflineConfig:
    policy: str = "refuse"
    verified_days: int = 14
    max_minutes: int = 30


@dataclass(frozen=True)
class GuardConfig:
    enforce: bool | None = None  # None: decided by resolve_enforce()
    baseline: tuple[str, ...] = ()
    interval_ms: int = 200


@dataclass(frozen=True)
class CleanupConfig:
    template: Path | None = None
    folders: tuple[Path, ...] = ()
    clear_clipboard: bool = True


@dataclass(frozen=True)
class PathsConfig:
    state_dir: Path = field(default_factory=default_state_dir)


@dataclass(frozen=True)
class ScreenConfig:
    user: str = "kiosk"
    display: str = ":0"
    xauthority: Path | None = None
    socket: Path = SERVICE_SOCKET
    quit_minutes: int = 15


@dataclass(frozen=True)
class HomeConfig:
    reset: bool = True
    template: Path | None = None
    keep: tuple[str, ...] = ()


@dataclass(frozen=True)
class StationConfig:
    server: ServerConfig
    session: SessionConfig = field(default_factory=SessionConfig)
    idle: IdleConfig = field(default_factory=IdleConfig)
    offline: OfflineConfig = field(default_factory=OfflineConfig)
    guard: GuardConfig = field(default_factory=GuardConfig)
    cleanup: CleanupConfig = field(default_factory=CleanupConfig)
    paths: PathsConfig = field(default_factory=PathsConfig)
    screen: ScreenConfig = field(default_factory=ScreenConfig)
    home: HomeConfig = field(default_factory=HomeConfig)
    #: The file it was read from (None: built from the command line alone).
    source: Path | None = None


# --- reading --------------------------------------------------------------------------------


def load_config(
    path: Path, *, home: Path | None = None, state_dir: Path | None = None
) -> StationConfig:
    """Read and check a station config file; raise ConfigError naming the file and the key.

    ``state_dir``: the default of ``[paths] state_dir`` (the station service's is its own).
    """
    home = home or Path.home()
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(path, "", "file not found") from None
    except OSError as exc:
        raise ConfigError(path, "", f"cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "", f"not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(path, "", "not valid TOML: the file is not UTF-8 text") from None
    sections = {name: _Section(path, name, data.pop(name, {}), home) for name in _SECTIONS}
    for name, value in data.items():
        if isinstance(value, dict):
            raise ConfigError(path, f"[{name}]", f"unknown section (known: {_known(_SECTIONS)})")
        raise ConfigError(path, name, "unknown key outside any section")
    paths = _read_paths(sections["paths"], state_dir)
    config = StationConfig(
        server=_read_server(sections["server"]),
        session=_read_session(sections["session"]),
        idle=_read_idle(sections["idle"]),
        offline=_read_offline(sections["offline"]),
        guard=_read_guard(sections["guard"]),
        cleanup=_read_cleanup(sections["cleanup"], paths.state_dir),
        paths=paths,
        screen=_read_screen(sections["screen"]),
        home=_read_home(sections["home"]),
        source=path,
    )
    for section in sections.values():
        section.done()
    _check_insecure(config)
    return config


def station_config(
    path: Path | None, *, server_url: str | None = None, state_dir: Path | None = None
) -> StationConfig:
    """The config file (if any) with the command line's ``--server`` and ``--state-dir`` on top."""
    if path is None and server_url is None:
        raise ConfigError(
            None, "", f"no station config at {default_config_path()}: give --config or --server"
        )
    if server_url is not None and not _is_http_url(server_url):
        raise ConfigError(
            None, "--server", f"must be an http:// or https:// URL (got {server_url!r})"
        )
    if path is None:
        assert server_url is not None
        config = StationConfig(server=ServerConfig(url=server_url))
    else:
        config = load_config(path)
        if server_url is not None:
            config = dataclasses.replace(
                config, server=dataclasses.replace(config.server, url=server_url)
            )
    _check_insecure(config, "--server" if server_url is not None else "[server] url")
    if state_dir is not None:
        for folder in config.cleanup.folders:
            if _is_within(state_dir, folder):
                raise ConfigError(
                    config.source, "[cleanup] folders", f"{folder} holds --state-dir {state_dir}"
                )
        config = dataclasses.replace(config, paths=PathsConfig(state_dir=state_dir))
    return config


_SECTIONS = ("server", "session", "idle", "offline", "guard", "cleanup", "paths", "screen", "home")
_MISSING: Any = object()


def _known(names: Any) -> str:
    return ", ".join(names)


def _show(value: Any) -> str:
    """A value as it was written in TOML, for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if isinstance(value, dict):
        return "a table"
    return str(value)


def _check_insecure(config: StationConfig, where: str = "[server] url") -> None:
    """Refuse plain http:// to another machine unless ``[server] allow_insecure = true``."""
    # loaded with a config to read: the visitor's screen imports this module for its socket's
    # path only, and would otherwise map ssl (5 MiB) for nothing
    from kiosk.protocol.trust_options import insecure_problem

    server = config.server
    problem = insecure_problem(server.url, allow_insecure=server.allow_insecure)
    if problem is not None:
        raise ConfigError(config.source, where, f"{problem}: [server] allow_insecure = true")


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class _Section:
    """One TOML table; each read removes its key, so leftovers are unknown keys."""

    def __init__(self, source: Path, name: str, data: Any, home: Path) -> None:
        self.source, self.name, self.home = source, name, home
        if not isinstance(data, dict):
            raise ConfigError(source, f"[{name}]", f"must be a table (got {_show(data)})")
        self._data = dict(data)
        self._known: list[str] = []

    def error(self, key: str, problem: str, value: Any = _MISSING) -> ConfigError:
        got = "" if value is _MISSING else f" (got {_show(value)})"
        return ConfigError(self.source, f"[{self.name}] {key}", problem + got)

    def get(self, key: str) -> Any:
        self._known.append(key)
        return self._data.pop(key, _MISSING)

    def integer(self, key: str, default: int, minimum: int, unit: str = "") -> int:
        value = self.get(key)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(key, f"must be a whole number{unit} ≥ {minimum}", value)
        return value

    def boolean(self, key: str) -> bool | None:
        value = self.get(key)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false", value)
        return value

    def text(self, key: str, problem: str = "must be a non-empty string") -> str | None:
        value = self.get(key)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, problem, value)
        return value.strip()

    def items(self, key: str, check: Callable[[Any], bool], problem: str) -> list[Any] | None:
        value = self.get(key)
        if value is _MISSING:
            return None
        if not isinstance(value, list) or not all(check(item) for item in value):
            raise self.error(key, problem, value)
        return value

    def path(self, key: str, raw: str) -> Path:
        """``~`` is the home folder; anything else must be absolute."""
        path = self.home / raw[2:] if raw == "~" or raw.startswith("~/") else Path(raw)
        if not path.is_absolute():
            raise self.error(key, "must be an absolute path or start with ~/", raw)
        # not normalised: "a/link/.." is not "a" when the link leads elsewhere, and the
        # cleanup refuses ".." in the folders it resets
        return path

    def done(self) -> None:
        for key in self._data:
            raise self.error(key, f"unknown key (known: {_known(self._known)})")


def _read_server(section: _Section) -> ServerConfig:
    url = section.get("url")
    if url is _MISSING:
        raise section.error("url", "required: the server's address, e.g. https://epn.example.org")
    if not isinstance(url, str) or not _is_http_url(url):
        raise section.error("url", "must be an http:// or https:// URL", url)
    token = section.text("token")
    code = section.text("enrol_code")
    if code is not None and not 4 <= len(code) <= 32:
        raise section.error("enrol_code", "must be the 4 to 32 characters of the code", code)
    if token is not None and code is not None:
        raise section.error("enrol_code", "give either token or enrol_code, not both")
    from kiosk.protocol.tls import check_ca_file, parse_fingerprint  # see _check_insecure

    raw_ca = section.text("ca_file", "must be the path of a PEM file")
    ca_file = None if raw_ca is None else section.path("ca_file", raw_ca)
    if ca_file is not None and (problem := check_ca_file(ca_file)) is not None:
        raise section.error("ca_file", problem, raw_ca)
    raw_pin = section.text("fingerprint", "must be a SHA-256 fingerprint")
    try:
        fingerprint = None if raw_pin is None else parse_fingerprint(raw_pin)
    except ValueError as exc:
        raise section.error("fingerprint", str(exc)) from None
    return ServerConfig(
        url=url.rstrip("/"),
        token=token,
        enrol_code=code,
        station=section.text("station"),
        ca_file=ca_file,
        fingerprint=fingerprint,
        allow_insecure=section.boolean("allow_insecure") is True,
    )


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _read_session(section: _Section) -> SessionConfig:
    warnings = section.items(
        "warnings", _is_count, "must be a list of whole numbers of seconds ≥ 1"
    )
    return SessionConfig(
        # the longest first: the order they come in during a session
        warnings=tuple(sorted(set(warnings), reverse=True)) if warnings is not None else (300, 60),
        away_minutes=section.integer("away_minutes", 10, 1),
        warning_sound=section.boolean("warning_sound") is not False,
    )


def _read_idle(section: _Section) -> IdleConfig:
    minutes = section.integer("minutes", 10, 0)
    warning = section.integer("warning_seconds", 60, 1)
    if minutes and warning >= minutes * 60:
        raise section.error(
            "warning_seconds", f"must be shorter than [idle] minutes ({minutes * 60} s)", warning
        )
    return IdleConfig(minutes=minutes, warning_seconds=warning)


def _read_offline(section: _Section) -> OfflineConfig:
    policy = section.get("policy")
    if policy is _MISSING:
        policy = "refuse"
    elif policy not in OFFLINE_POLICIES:
        raise section.error("policy", 'must be "refuse" or "cached"', policy)
    return OfflineConfig(
        policy=policy,
        verified_days=section.integer("verified_days", 14, 1),
        max_minutes=section.integer("max_minutes", 30, 1),
    )


def _read_guard(section: _Section) -> GuardConfig:
    baseline = section.items(
        "baseline",
        lambda item: isinstance(item, str) and bool(item.strip()),
        "must be a list of process names",
    )
    return GuardConfig(
        enforce=section.boolean("enforce"),
        baseline=tuple(baseline or ()),
        interval_ms=section.integer("interval_ms", 200, 10),
    )


def _read_paths(section: _Section, default: Path | None) -> PathsConfig:
    raw = section.text("state_dir", "must be a folder path")
    if raw is None:
        return PathsConfig() if default is None else PathsConfig(default)
    return PathsConfig(section.path("state_dir", raw))


_USER_NAME = re.compile(r"[a-z_][a-z0-9_-]{0,31}")
_DISPLAY = re.compile(r"[A-Za-z0-9._-]*:[0-9]+(\.[0-9]+)?")


def _read_screen(section: _Section) -> ScreenConfig:
    user = section.text("user", "must be the kiosk account's name")
    if user is not None and (user == "root" or not _USER_NAME.fullmatch(user)):
        raise section.error(
            "user", "must be the name of an ordinary account (not root), e.g. kiosk", user
        )
    display = section.text("display", "must be an X display, e.g. :0")
    if display is not None and not _DISPLAY.fullmatch(display):
        raise section.error("display", "must be an X display, e.g. :0", display)
    raw_auth = section.text("xauthority", "must be a file path")
    raw_socket = section.text("socket", "must be a file path")
    return ScreenConfig(
        user=user or "kiosk",
        display=display or ":0",
        xauthority=None if raw_auth is None else section.path("xauthority", raw_auth),
        socket=SERVICE_SOCKET if raw_socket is None else section.path("socket", raw_socket),
        quit_minutes=section.integer("quit_minutes", 15, 1, " of minutes"),
    )


def _read_home(section: _Section) -> HomeConfig:
    raw_template = section.text("template", "must be a folder path")
    keep = section.items(
        "keep",
        lambda item: isinstance(item, str) and _is_relative_entry(item),
        'must be a list of entries relative to the home, without .. (e.g. ".cache/fontconfig")',
    )
    return HomeConfig(
        reset=section.boolean("reset") is not False,
        template=None if raw_template is None else section.path("template", raw_template),
        keep=tuple(keep or ()),
    )


def _is_relative_entry(entry: str) -> bool:
    parts = Path(entry).parts
    return bool(parts) and not Path(entry).is_absolute() and ".." not in parts and "~" not in entry


def _read_cleanup(section: _Section, state_dir: Path) -> CleanupConfig:
    raw_template = section.text("template", "must be a folder path")
    template = None if raw_template is None else section.path("template", raw_template)
    raw_folders = section.items(
        "folders",
        lambda item: isinstance(item, str) and bool(item),
        "must be a list of folder paths",
    )
    folders: list[Path] = []
    for raw in raw_folders or ():
        folder = section.path("folders", raw)
        reason = unsafe_folder_reason(folder, section.home)
        if reason is None and _is_within(state_dir, folder):
            reason = "it holds the station's state folder"
        if reason is not None:
            raise section.error("folders", f"{folder} cannot be reset: {reason}", raw)
        if template is not None and (_is_within(template, folder) or _is_within(folder, template)):
            raise section.error(
                "template", f"must not be inside or around the reset folder {folder}", raw_template
            )
        folders.append(folder)
    clear = section.boolean("clear_clipboard")
    return CleanupConfig(
        template=template, folders=tuple(folders), clear_clipboard=True if clear is None else clear
    )


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# --- decisions taken from the config -----------------------------------------------------


def resolve_enforce(
    config: StationConfig, windowed: bool, *, guard_user: str | None = None
) -> bool:
    """Whether the process guard kills forbidden processes (an explicit ``enforce`` wins).

    Raises ConfigError for ``enforce = true`` when the guard would police root's processes:
    every system service runs as root, and the guard would end the ones that start during a
    session (kiosk.guard refuses it too). The station service polices ``guard_user``, the
    kiosk account, and enforces by default.
    """
    as_root = guard_user in (None, "root") and hasattr(os, "geteuid") and os.geteuid() == 0
    if config.guard.enforce is not None:
        if config.guard.enforce and as_root:
            raise ConfigError(
                config.source,
                "[guard] enforce",
                "true is refused while the kiosk runs as root (it would end the system's own "
                "processes): run the kiosk as its own user account",
            )
        return config.guard.enforce
    # root is a developer or an installer, never the kiosk account: don't kill their desktop
    return not (windowed or as_root)
