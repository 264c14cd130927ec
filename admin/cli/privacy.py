"""CLI commands of retention and a visitor's rights, on the server's database.

``epn retention run [--dry-run]`` applies the network's periods now (the server does it daily)
and prints the counts; ``epn retention upcoming`` lists the accounts to be deleted within a
month. The periods come from the server config (``--config``, its ``retention_*`` keys) or
the same options as ``epn server``'s. The right of access prints everything held about
a visitor as JSON (``epn visitor export-data ID``; ``--pdf FILE``: also the readable PDF); ``epn visitor erase ID --yes``
erases them (their usage still counts). All audited.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from admin.cli.common import ServerAccess, UsageError
from admin.cli.server_config import SERVER_CONFIG_PATH
from admin.privacy import settings as periods
from admin.privacy.settings import Retention, RetentionError


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    retention = noun(nouns, "retention", "how long usage, accounts and the audit log are kept")
    run = verb(
        retention,
        "run",
        "pseudonymise old usage, drop old keys, delete unused accounts and old audit entries"
        " now; prints the counts",
        _run,
    )
    run.add_argument("--dry-run", action="store_true", help="only count, change nothing")
    upcoming = verb(
        retention, "upcoming", "the accounts to be deleted within a month, soonest first", _upcoming
    )
    upcoming.add_argument("--json", action="store_true", help="print JSON")
    for parser in (run, upcoming):
        _period_options(parser)

    visitors = groups["visitor"]
    # not "export": that verb writes every visitor's account as CSV (admin/cli/visitors.py)
    export = verb(
        visitors,
        "export-data",
        "everything held about one visitor (their right of access), as JSON on stdout (audited)",
        _export,
    )
    export.add_argument("identifier", help="the visitor's identifier")
    export.add_argument("--out", type=Path, metavar="FILE", help="write the JSON to FILE")
    export.add_argument("--pdf", type=Path, metavar="FILE", help="also write a readable PDF")
    export.add_argument(
        "--language", choices=["fr", "nl", "en"], default="fr", help="the PDF's language"
    )
    export.add_argument("--force", action="store_true", help="overwrite files that exist")
    erase = verb(
        visitors,
        "erase",
        "erase a visitor: the account and everything naming them; their usage still counts"
        " under no name (refused while in session; audited)",
        _erase,
    )
    erase.add_argument("identifier", help="the visitor's identifier")
    erase.add_argument("--yes", action="store_true", help="confirm: erasing cannot be undone")


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=f"the server config whose retention_* keys to use (default: {SERVER_CONFIG_PATH}"
        " when it exists)",
    )
    for option, _name, text in periods.OPTIONS:
        parser.add_argument(option, type=periods.months, metavar="MONTHS", help=text)


def settings_of(args: argparse.Namespace, command: str) -> Retention:
    """The periods: an option, else the server config's key, else the default; checked."""
    path: Path | None = args.config
    if path is None and SERVER_CONFIG_PATH.is_file():
        path = SERVER_CONFIG_PATH
    found = {} if path is None else _config_periods(path, command)
    values = {}
    for _, name, _ in periods.OPTIONS:
        given = getattr(args, "retention_" + name)
        values[name] = found.get(name, getattr(Retention(), name)) if given is None else given
    try:
        return Retention(**values).checked()
    except RetentionError as exc:
        raise UsageError(f"epn retention {command}: {exc}") from None


def _config_periods(path: Path, command: str) -> dict[str, int]:
    """The ``retention_*`` keys of the server config's ``[server]`` table (``epn server``
    checks the whole file; these are read alone, checked the same way)."""
    try:
        with path.open("rb") as file:
            table = tomllib.load(file).get("server", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"epn retention {command}: server config {path}: {exc}") from None
    found = {}
    for _, name, _ in periods.OPTIONS:
        value = table.get("retention_" + name) if isinstance(table, dict) else None
        if value is None:
            continue
        try:
            if isinstance(value, bool) or not isinstance(value, int):
                raise periods.MonthsError(f"{value!r} is not a whole number of months")
            found[name] = periods.months(str(value))
        except periods.MonthsError as exc:
            raise UsageError(
                f"epn retention {command}: server config {path}: [server] retention_{name}: {exc}"
            ) from None
    return found


def _run(args: argparse.Namespace, server: ServerAccess) -> int:
    settings = settings_of(args, "run")
    counts = server.services.privacy.job(settings).run(dry_run=args.dry_run)
    print("dry run: nothing changed" if args.dry_run else "retention applied")
    for name, value in counts.model_dump().items():
        print(f"  {name.replace('_', ' ')}: {value}")
    return 0


def _upcoming(args: argparse.Namespace, server: ServerAccess) -> int:
    settings = settings_of(args, "upcoming")
    found = server.services.privacy.job(settings).upcoming()
    if args.json:
        print(json.dumps([u.model_dump() for u in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("no account to be deleted within a month")
    for item in found:
        print(
            f"{item.identifier:<20} {item.display_name or '-':<24} last use {item.last_use[:10]}"
            f"  deleted from {item.deleted_from[:10]}"
        )
    return 0


def _open(path: Path, force: bool, command: str) -> Any:
    try:
        return path.open("wb" if force else "xb")
    except FileExistsError:
        raise UsageError(
            f"epn visitor {command}: {path} exists: give --force to overwrite it"
        ) from None
    except OSError as exc:
        raise UsageError(f"epn visitor {command}: {path}: {exc.strerror}") from None


def _export(args: argparse.Namespace, server: ServerAccess) -> int:
    for path in (args.out, args.pdf):
        if path is not None and path.exists() and not args.force:
            raise UsageError(
                f"epn visitor export-data: {path} exists: give --force to overwrite it"
            )
    privacy = server.services.privacy
    data = privacy.export(args.identifier, None)
    text = json.dumps(data.model_dump(), indent=2, ensure_ascii=False) + "\n"
    if args.pdf is not None:
        from admin.privacy.documents import visitor_data

        content = visitor_data(data, args.language)
        with _open(args.pdf, args.force, "export-data") as file:
            file.write(content)
        print(f"wrote {args.pdf} ({len(content)} bytes)", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(text)
    else:
        with _open(args.out, args.force, "export-data") as file:
            file.write(text.encode())
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _erase(args: argparse.Namespace, server: ServerAccess) -> int:
    if not args.yes:
        raise UsageError("epn visitor erase: erasing cannot be undone: add --yes to confirm")
    erasure = server.services.privacy.erase(args.identifier, None)
    print(
        f"visitor erased (receipt {erasure.receipt}): {erasure.sessions_pseudonymised} sessions"
        f" and {erasure.registrations_anonymised} workshop registrations kept under no name,"
        f" {erasure.rows_deleted} rows deleted, {erasure.audit_entries_redacted} audit entries"
        " redacted"
    )
    return 0
