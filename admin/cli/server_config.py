"""The server's config file (``/etc/epn-kiosk/server.toml``): the options of ``epn server``.

Every key of its ``[server]`` table is one long option of ``epn server`` (``--access-log`` is
``access_log``), so the file and the command line cannot drift: a new option is a new key. The
command line wins over the file. An unknown key, a section other than ``[server]`` or a value of
the wrong type is refused with one line naming the file and the key::

    [server]
    db = "/var/lib/epn/epn.db"
    host = "0.0.0.0"
    port = 8750
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any

from admin.visitors.profile import DEFAULT_COMMUNES, communes_option

#: Where the installer puts it (``epn server --config`` reads it from anywhere).
SERVER_CONFIG_PATH = Path("/etc/epn-kiosk/server.toml")


class ServerConfigError(ValueError):
    """The file cannot be used; the message names the file and the key."""


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    """The long options of ``parser`` by the key that names them in the file."""
    found = {}
    for action in parser._actions:
        longs = [o for o in action.option_strings if o.startswith("--")]
        if not longs or action.dest in ("help", "config", "version"):
            continue
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        found[longs[0][2:].replace("-", "_")] = action
    return found


def _checked(path: Path, key: str, action: argparse.Action, value: Any) -> Any:
    def wrong(expected: str) -> ServerConfigError:
        return ServerConfigError(
            f"server config {path}: [server] {key}: must be {expected} (got {value!r})"
        )

    if action.nargs == 0:  # a flag: store_true / store_false
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value if action.const is True or action.const is None else not value
    if action.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong("a whole number")
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise wrong("a string")
    converted: Any = str(value)
    if action.type is not None and callable(action.type):
        try:
            converted = action.type(converted)
        except (TypeError, ValueError) as exc:
            raise wrong(f"valid ({exc})") from None
    if action.choices is not None and converted not in action.choices:
        raise wrong("one of " + ", ".join(map(str, action.choices)))
    return converted


def load_server_config(path: Path, parser: argparse.ArgumentParser) -> dict[str, Any]:
    """The defaults ``path`` gives ``parser``'s options (``epn server``'s), checked."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise ServerConfigError(f"server config {path}: file not found") from None
    except OSError as exc:
        raise ServerConfigError(f"server config {path}: cannot be read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ServerConfigError(f"server config {path}: not valid TOML: {exc}") from None
    options = _options(parser)
    for name in data:
        if name != "server":
            raise ServerConfigError(
                f"server config {path}: [{name}]: unknown section (known: server)"
            )
    table = data.get("server", {})
    if not isinstance(table, dict):
        raise ServerConfigError(f"server config {path}: [server] must be a table")
    defaults = {}
    for key, value in table.items():
        action = options.get(key)
        if action is None:
            raise ServerConfigError(
                f"server config {path}: [server] {key}: unknown key "
                f"(known: {', '.join(sorted(options))})"
            )
        defaults[action.dest] = _checked(path, key, action, value)
    return defaults


def configured_communes(path: Path = SERVER_CONFIG_PATH) -> tuple[str, ...]:
    """The ``communes`` of the server config at ``path`` (the commands working on the database
    check a visitor's commune as the server does), or the default list without that file or
    key. A file that cannot be read is the server's business: it refuses to start."""
    try:
        with path.open("rb") as file:
            value = tomllib.load(file).get("server", {}).get("communes")
        return communes_option(value) if isinstance(value, str) else DEFAULT_COMMUNES
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError):
        return DEFAULT_COMMUNES
