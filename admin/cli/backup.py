"""CLI commands for copies of the server database: ``epn backup`` and ``epn restore``.

``epn backup --db DB --to FILE`` writes one consistent copy, even while the server runs;
``epn backup --db DB --dir DIR --keep N`` is the nightly job's form (dated names, the oldest
beyond N deleted). ``epn restore FILE --db DB`` checks the copy and puts it in place of DB,
the server stopped; the old database is kept beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from admin.cli.common import ServerAccess, UsageError
from admin.core.timeutil import utc_now
from admin.db.backup import backup, backup_rotating, restore


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    help_text = (
        "copy the server database, consistent even while the server runs: --to FILE, or"
        " --dir DIR --keep N for the nightly job (epn-YYYYMMDD-HHMMSS.db, UTC)"
    )
    parser = nouns.add_parser("backup", help=help_text, description=help_text)
    parser.set_defaults(handler=_backup, database_use="existing")
    parser.add_argument("--db", required=True, metavar="PATH", help="server database file")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", type=Path, metavar="FILE", help="the backup file to write")
    target.add_argument(
        "--dir", type=Path, metavar="DIR", help="folder of dated backups (with --keep)"
    )
    parser.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="with --dir: how many dated backups to keep; older ones of that form are deleted",
    )

    help_text = (
        "put a backup in place of the server database (server stopped); the old database is"
        " kept as DB.before-restore-<time>"
    )
    parser = nouns.add_parser("restore", help=help_text, description=help_text)
    parser.set_defaults(handler=_restore, database_use="existing")
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    parser.add_argument("--db", required=True, metavar="PATH", help="server database file")


def _backup(args: argparse.Namespace, server: ServerAccess) -> int:
    db = Path(args.db)
    if args.to is not None:
        if args.keep is not None:
            raise UsageError("epn backup: --keep goes with --dir, not --to")
        copy = backup(db, args.to)
        print(f"backup written: {copy.describe()}")
        return 0
    if args.keep is None:
        raise UsageError("epn backup: --dir needs --keep N (how many backups to keep)")
    copy, deleted = backup_rotating(db, args.dir, args.keep, utc_now())
    print(f"backup written: {copy.describe()}")
    for old in deleted:
        print(f"old backup deleted: {old}")
    return 0


def _restore(args: argparse.Namespace, server: ServerAccess) -> int:
    db = Path(args.db)
    kept = restore(args.file, db, utc_now())
    print(f"{db} restored from {args.file}")
    if kept is not None:
        print(f"the database it replaced is kept as {kept}")
    return 0
