"""``epn install server``: the city's server set up in one command (as root).

The ``epn`` system account, ``/etc/epn-kiosk/server.toml`` (the options of ``epn server``),
the database created at the current schema and owned by the account, the backup folder, the
server's unit and the nightly backup's timer, enabled. Every step says what it did; a second
run changes nothing; a config edited by hand is kept. The steps, the ``--root`` target and the
host are :mod:`installkit`'s, as the station's installer's (``kiosk.install``).

Modules: :mod:`~admin.install.layout` (where each file goes), :mod:`~admin.install.files` (their
contents, from ``templates/``), :mod:`~admin.install.server` (the plan and the run),
:mod:`~admin.install.cli` (the options). Errors are :class:`installkit.InstallError`.
"""
