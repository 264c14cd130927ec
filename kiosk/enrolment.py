"""The station's token: from the command line, the environment, the config, or enrolment.

``epn kiosk`` looks in that order; with ``[server] enrol_code`` and no token it enrols once
and keeps the token it receives in the state folder (``station-token``, mode 0600), reused at
every later start. Refusals are :class:`kiosk.config.ConfigError` naming the key.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import ConfigError, StationConfig

if TYPE_CHECKING:  # the supervisor checks the token too, and stays small without pydantic
    from kiosk.protocol.station import EnrollResponse

log = logging.getLogger("epn.kiosk.enrolment")

ENV_TOKEN = "EPN_STATION_TOKEN"
TOKEN_FILE = "station-token"


def host_name() -> str:
    """This PC's host name without its domain: the station name it asks for by default."""
    return socket.gethostname().partition(".")[0]


def asked_name(config: StationConfig) -> str:
    """The name this station asks for with a site's code: ``[server] station``, else the host's."""
    return config.server.station or host_name()


def saved_token(state_dir: Path) -> str | None:
    """The token this station received at enrolment, if any."""
    try:
        token = (state_dir / TOKEN_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return token or None


def save_token(state_dir: Path, token: str) -> None:
    """Keep the token readable by the kiosk account only (written whole, then renamed)."""
    state_dir.mkdir(parents=True, exist_ok=True)
    partial = state_dir / f"{TOKEN_FILE}.partial"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(token + "\n")
        file.flush()
        os.fsync(file.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, state_dir / TOKEN_FILE)


#: What to do about each refusal of an enrolment code, for the installer and the station's log.
REFUSAL_ADVICE = {
    "ENROLMENT_CODE_INVALID": "this code is unknown or was used already: ask staff for a new"
    " one ('epn station enroll-code NAME --site SITE')",
    "ENROLMENT_CODE_EXPIRED": "this code has expired: ask staff for a new one"
    " ('epn station enroll-code NAME --site SITE')",
    "ENROLMENT_CODE_USED_UP": "this site's code has enrolled all the stations it was made for:"
    " ask staff for a new one ('epn station enroll-code --site SITE --count N --days D')",
    "STATION_NAME_TAKEN": "a station of that name exists already: give this PC another name"
    " ([server] station in the config, or another host name)",
}


def refusal_advice(code: str) -> str:
    return REFUSAL_ADVICE.get(code, "ask staff for a new code ('epn station enroll-code NAME')")


def known_token(
    config: StationConfig, *, cli_token: str | None, environ: Mapping[str, str]
) -> str | None:
    """The token from the command line, the environment, the config or an earlier enrolment."""
    return (
        cli_token
        or environ.get(ENV_TOKEN)
        or config.server.token
        or saved_token(config.paths.state_dir)
    )


def check_token_source(
    config: StationConfig, *, cli_token: str | None, environ: Mapping[str, str]
) -> None:
    """Fail now (no network) if the station has no token and no way to get one."""
    if config.server.enrol_code is None and not known_token(
        config, cli_token=cli_token, environ=environ
    ):
        raise ConfigError(
            config.source,
            "[server] token" if config.source else "",
            f"a station token is needed: [server] token or enrol_code in the config, --token or ${ENV_TOKEN}",
        )


def with_token(config: StationConfig, token: str) -> StationConfig:
    return dataclasses.replace(config, server=dataclasses.replace(config.server, token=token))


def resolve_token(
    config: StationConfig,
    *,
    cli_token: str | None,
    environ: Mapping[str, str],
    enroll: Callable[[str, str], EnrollResponse],
) -> str:
    """The station token; enrols with ``[server] enrol_code`` (``enroll(url, code)``) if needed.

    ServerUnreachable from ``enroll`` is passed on (try again later); a refused code is a
    ConfigError.
    """
    from kiosk.protocol.http import ApiError

    check_token_source(config, cli_token=cli_token, environ=environ)
    token = known_token(config, cli_token=cli_token, environ=environ)
    if token:
        return token
    code = config.server.enrol_code
    assert code is not None
    try:
        response = enroll(config.server.url, code)
    except ApiError as exc:
        raise ConfigError(
            config.source,
            "[server] enrol_code",
            f"the server refused it ({exc.code}: {exc.message}); {refusal_advice(exc.code)}",
        ) from None
    expected = config.server.station
    if expected is not None and response.station.name != expected:
        raise ConfigError(
            config.source,
            "[server] station",
            f"the code enrolled this PC as {response.station.name!r}, not {expected!r}; "
            "ask staff for a code of the right station",
        )
    save_token(config.paths.state_dir, response.token)
    log.info("station enrolled as %r; token kept in the state folder", response.station.name)
    return response.token
