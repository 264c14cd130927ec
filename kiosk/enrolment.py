"""The station's token: from the command line, the environment, the config, or enrolment.

``epn kiosk`` looks in that order; with ``[server] enrol_code`` and no token it enrols once
and keeps the token it receives in the state folder (``station-token``, mode 0600), reused at
every later start. Refusals are :class:`kiosk.config.ConfigError` naming the key.

Trust on first use: a station with neither ``[server] fingerprint`` nor ``ca_file`` learns the
SHA-256 of the server's certificate when it enrols over https and keeps it beside the token
(``server-fingerprint``, 0600); :func:`server_trust` pins it from then on. With a ``ca_file``
the CA is the trust (a renewed certificate of the same CA keeps working), nothing is learnt.
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
from kiosk.protocol.tls import ServerTrust, parse_fingerprint

if TYPE_CHECKING:  # the supervisor checks the token too, and stays small without pydantic
    from kiosk.protocol.station import EnrollResponse

log = logging.getLogger("epn.kiosk.enrolment")

ENV_TOKEN = "EPN_STATION_TOKEN"
TOKEN_FILE = "station-token"
FINGERPRINT_FILE = "server-fingerprint"


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
    _save_private(state_dir, TOKEN_FILE, token)


def saved_fingerprint(state_dir: Path) -> str | None:
    """The server certificate's fingerprint learnt at enrolment; ConfigError if unreadable."""
    path = state_dir / FINGERPRINT_FILE
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    try:
        return parse_fingerprint(text)
    except ValueError as exc:
        raise ConfigError(
            None, str(path), f"{exc}; delete it to learn the server's again at the next enrolment"
        ) from None


def save_fingerprint(state_dir: Path, fingerprint: str) -> None:
    _save_private(state_dir, FINGERPRINT_FILE, parse_fingerprint(fingerprint))


def _save_private(state_dir: Path, name: str, text: str) -> None:
    state_dir.mkdir(parents=True, exist_ok=True)
    partial = state_dir / f"{name}.partial"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(text + "\n")
        file.flush()
        os.fsync(file.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, state_dir / name)


def server_trust(config: StationConfig) -> ServerTrust:
    """What the station trusts: ``[server] ca_file``, and the configured or learnt pin."""
    server = config.server
    pin = server.fingerprint
    if pin is None and server.ca_file is None:
        pin = saved_fingerprint(config.paths.state_dir)
    return ServerTrust(ca_file=server.ca_file, fingerprint=pin)


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
    enroll: Callable[..., EnrollResponse],
) -> str:
    """The station token; enrols with ``[server] enrol_code`` if needed.

    ``enroll(url, code, trust=ServerTrust)`` is :func:`kiosk.client.enroll`. ServerUnreachable
    from it is passed on (try again later; CertificateMismatch too); a refused code is a
    ConfigError. Enrolling with no pin and no CA file learns the server's fingerprint.
    """
    from kiosk.protocol.http import ApiError

    check_token_source(config, cli_token=cli_token, environ=environ)
    token = known_token(config, cli_token=cli_token, environ=environ)
    if token:
        return token
    code = config.server.enrol_code
    assert code is not None
    trust = server_trust(config)
    learning = trust.fingerprint is None and trust.ca_file is None
    if learning:
        trust = ServerTrust(learn=True)
    try:
        response = enroll(config.server.url, code, trust=trust)
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
    seen = trust.seen()
    if learning and seen is not None:
        save_fingerprint(config.paths.state_dir, seen)
        log.warning(
            "server certificate SHA-256 %s learnt at enrolment and pinned from now on; "
            "compare it with the one 'epn server init-tls' printed",
            seen,
        )
    save_token(config.paths.state_dir, response.token)
    log.info("station enrolled as %r; token kept in the state folder", response.station.name)
    return response.token
