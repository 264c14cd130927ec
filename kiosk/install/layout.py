"""Where the station's files go on a Linux PC (all under ``--root`` when one is given)."""

from __future__ import annotations

from pathlib import PurePosixPath

from installkit.target import Target
from kiosk.enrolment import TOKEN_FILE

__all__ = ["Target"]  # the station's paths are system paths, under the target's root

UNIT_NAME = "epn-station.service"
SESSION_NAME = "epn-kiosk"

CONFIG_DIR = PurePosixPath("/etc/epn-kiosk")
CONFIG = CONFIG_DIR / "station.toml"
HOME_TEMPLATE = CONFIG_DIR / "home-template"
STATE_DIR = PurePosixPath("/var/lib/epn-kiosk")
TOKEN = STATE_DIR / TOKEN_FILE
RECORD = STATE_DIR / "installed.json"
UNIT = PurePosixPath("/etc/systemd/system") / UNIT_NAME
UNIT_WANTS = PurePosixPath("/etc/systemd/system/multi-user.target.wants") / UNIT_NAME
XSESSION = PurePosixPath("/usr/share/xsessions") / f"{SESSION_NAME}.desktop"
AUTOSTART = PurePosixPath("/etc/xdg/autostart/epn-kiosk-session.desktop")
LIGHTDM = PurePosixPath("/etc/lightdm/lightdm.conf.d/50-epn-kiosk.conf")
GDM_FILES = (PurePosixPath("/etc/gdm3/custom.conf"), PurePosixPath("/etc/gdm/custom.conf"))
ACCOUNTS_SERVICE = PurePosixPath("/var/lib/AccountsService/users")
XORG = PurePosixPath("/etc/X11/xorg.conf.d/50-epn-kiosk.conf")
SYSTEM_AUTOSTART = PurePosixPath("/etc/xdg/autostart")

#: Autostart entries of desktops that would cover or interrupt the kiosk (update and upgrade
#: pop-ups, screen savers and lockers, first-run helpers). Each one found in the system's
#: autostart folder is turned off for the kiosk account in its home template (``Hidden=true``).
QUIET_AUTOSTARTS = (
    "update-notifier",
    "gnome-software-service",
    "org.gnome.Software",
    "mintupdate",
    "mintwelcome",
    "pamac-tray",
    "discover-notifier",
    "org.kde.discover.notifier",
    "gnome-initial-setup-first-login",
    "gnome-welcome-tour",
    "light-locker",
    "xscreensaver",
    "gnome-screensaver",
    "mate-screensaver",
    "cinnamon-screensaver",
    "xfce4-screensaver",
    "org.gnome.SettingsDaemon.ScreensaverProxy",
    "org.gnome.Evolution-alarm-notify",
)
