"""Opening a database brings its schema up to date, safely.

Before the first pending migration of an existing database, a whole copy is taken beside it
(``<db>.pre-migration-<from>-<to>.db``, the numbers being how many migrations were applied
before and after): an upgrade that goes wrong can always be undone with ``epn restore``.

Refused (StoreError):

- a database with a migration this program does not know: it comes from a newer version;
- a migration of a database that a running server of another version holds
  (:mod:`admin.db.serverlock`): that server would then run on a schema it does not know.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.db import serverlock
from admin.db.backup import check_newer, copy_database, known_schema
from admin.db.migrations import MIGRATIONS

log = logging.getLogger("epn.server.store")


def pre_migration_path(db_path: Path, before: int, after: int) -> Path:
    return db_path.with_name(f"{db_path.name}.pre-migration-{before}-{after}.db")


def migrate(db: Database, path: Path) -> None:
    """Apply the pending migrations of ``db`` (at ``path``), a backup taken first."""
    applied = [migration.name for migration in MIGRATIONS.applied(db)]
    check_newer(applied, f"the database {path}")
    pending = MIGRATIONS.pending(db)
    if not pending:
        return
    if applied and path.is_file():
        before, after = len(applied), len(known_schema())
        _refuse_under_other_server(path, before, after)
        copy = copy_database(db.conn, pre_migration_path(path, before, after))
        log.warning(
            "database %s: schema %d will be migrated to %d; backup taken first: %s",
            path,
            before,
            after,
            copy.describe(),
        )
    MIGRATIONS.apply(db)


def _refuse_under_other_server(path: Path, before: int, after: int) -> None:
    running = serverlock.holder(path)
    mine = serverlock.program_version()
    if running is not None and running.version != mine:
        raise StoreError(
            f"{path} is used by a running EPN server of version {running.version}; this epn is"
            f" version {mine} and would migrate its database (schema {before} to {after}) under"
            " it: use the epn of the server's version, or stop the server and upgrade it first"
        )
