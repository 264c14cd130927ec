"""The contents of the files the install writes, from the templates in ``templates/``.

The templates are package data (an installed wheel has them); ``packaging/linux/`` in the
source tree points at the same folder for those who read them there.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from installkit import text
from installkit.text import command_line, toml_string
from kiosk.install.layout import HOME_TEMPLATE, SESSION_NAME, STATE_DIR

__all__ = ["command_line", "toml_string"]


def template(file: str, /, **values: str) -> str:
    return text.template("kiosk.install", file, **values)


def station_toml(*, url: str, station: str | None, user: str, display: str) -> str:
    """The station's config: no secret in it (the token is in the state folder)."""
    return template(
        "station.toml",
        url=toml_string(url),
        station_line=f"station = {toml_string(station)}"
        if station
        else "# station: the name the server gave at enrolment",
        user=toml_string(user),
        display=toml_string(display),
        home_template=toml_string(str(HOME_TEMPLATE)),
        state_dir=toml_string(str(STATE_DIR)),
    )


def unit_file(epn: str, config: PurePosixPath) -> str:
    return template("epn-station.service", epn=epn, config=str(config))


def xsession_file(epn: str) -> str:
    return template("epn-kiosk.desktop", epn=epn)


def autostart_file(epn: str) -> str:
    return template("epn-kiosk-session.desktop", epn=epn)


def lightdm_file(user: str, *, keep_desktop: bool) -> str:
    """Automatic login of ``user``; into the kiosk session unless the desktop is kept."""
    session = (
        "# the desktop is kept: the kiosk starts from its autostart entry"
        if keep_desktop
        else f"autologin-session={SESSION_NAME}\nuser-session={SESSION_NAME}"
    )
    return template("lightdm.conf", user=user, session_lines=session)


def xorg_file() -> str:
    return template("xorg.conf")


def accounts_service_file() -> str:
    return template("accountsservice-user")


def hidden_autostart(name: str) -> str:
    return template("autostart-hidden.desktop", name=name)
