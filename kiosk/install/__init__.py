"""``epn install station`` and ``epn uninstall station``: a Linux public PC set up in one command.

As root, the install creates the kiosk account, enrols the station with the server, writes the
station's config, its system service, the kiosk's X session and the display manager's automatic
login, and enables the service. Every step says what it did; a second run changes nothing.

Modules: :mod:`~kiosk.install.layout` (where each file goes), :mod:`~kiosk.install.files` (the files' contents, from
``templates/``), :mod:`~kiosk.install.accounts` (the kiosk OS account),
:mod:`~kiosk.install.gdm` (GDM's one config file), :mod:`~kiosk.install.record` (what an install
did, for the next run and the uninstall), :mod:`~kiosk.install.station` and
:mod:`~kiosk.install.removal` (the two commands), :mod:`~kiosk.install.cli` (their options). The steps (one change each, planned then applied), the
target root, the host and the systemd calls are :mod:`installkit`'s, shared with
``epn install server``.

Errors::

    Exception
     └── InstallError   bad input, not root, enrolment refused, server unreachable, a command
                        that failed: one message, exit code 1 (nothing is written before the
                        enrolment has succeeded)
"""

from __future__ import annotations

from installkit import InstallError

__all__ = ["InstallError"]
