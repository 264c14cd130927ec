"""What ``epn install station`` and ``epn install server`` share: steps planned then applied.

A Linux machine is set up by a list of :class:`~installkit.steps.Step`, each read from the
system as it is when planned, so ``--dry-run`` prints what a real run will do and a second run
finds every step ``unchanged``. Both installers write under ``--root DIR`` instead of ``/``
(an image being prepared, or a test) through :class:`~installkit.target.Target`.

Modules: :mod:`~installkit.steps` (one change each: files, folders, links, removals),
:mod:`~installkit.target` (a system root), :mod:`~installkit.host` (what the machine gives:
root or not, systemd, the ``epn`` command, how to run a program, where to print),
:mod:`~installkit.accounts` (local accounts read from the target's ``etc/passwd``, created with
``useradd``), :mod:`~installkit.systemd` (units enabled and started once),
:mod:`~installkit.text` (templates, TOML strings, command lines).

It imports nothing of ours: the station's installer (``kiosk.install``) and the server's
(``admin.install``) both build on it without depending on each other.

Errors::

    Exception
     └── InstallError   bad input, not root, a command that failed: one message, exit code 1
"""

from __future__ import annotations


class InstallError(Exception):
    """The install or uninstall cannot go on; the message says why and what to do."""
