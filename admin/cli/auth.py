"""CLI commands for the sign-in sources (admin/auth/): ``epn auth sources|test|stats``.

``test`` asks each source of a site, in the site's order, what it answers for a card and PIN
(asked without echo, or read from standard input with ``--pin-stdin``) and prints it all,
never the PIN; nothing is written. ``sources`` prints the config with its secrets masked;
``stats`` the sign-ins and refusals counted per source.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from admin.auth.sources import LOCAL, Answer, AuthConfigError, load_auth, masked
from admin.cli.common import ServerAccess, UsageError
from admin.cli.server_config import SERVER_CONFIG_PATH


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    auth = noun(nouns, "auth", "sign-in sources: library systems (SIP2), directories (LDAP)")
    sources = verb(
        auth,
        "sources",
        "show the sources and each site's order (secrets masked)",
        _sources,
        db=None,
    )
    test = verb(
        auth,
        "test",
        "ask a site's sources about a card and PIN; print what each answered",
        _test,
        db=None,
    )
    for command in (sources, test):
        command.add_argument(
            "--config",
            type=Path,
            default=SERVER_CONFIG_PATH,
            metavar="PATH",
            help=f"the server config file with the [auth] tables (default {SERVER_CONFIG_PATH})",
        )
        command.add_argument("--json", action="store_true", help="print JSON")
    test.add_argument("--site", required=True, help="the site whose sources are asked")
    test.add_argument("--card", required=True, help="the card number or identifier")
    test.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input (else asked on the terminal, without echo)",
    )
    stats = verb(auth, "stats", "sign-ins and refusals counted per source", _stats)
    stats.add_argument("--json", action="store_true", help="print JSON")


def _config(args: argparse.Namespace, command: str) -> Any:
    try:
        return load_auth(args.config)
    except AuthConfigError as exc:
        raise UsageError(f"epn auth {command}: {exc}") from None


def _sources(args: argparse.Namespace, server: ServerAccess) -> int:
    config = _config(args, "sources")
    view = masked(config)
    config.close()
    if args.json:
        print(json.dumps(view, indent=2, ensure_ascii=False))
        return 0
    for site, order in view["sites"].items():
        print(f"site {site}: {' → '.join(order)}")
    for name, settings in view["sources"].items():
        print(f"[{name}]")
        for key, value in settings.items():
            print(f"  {key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("epn auth test: no terminal to ask the PIN on: use --pin-stdin")
    try:
        return getpass.getpass("PIN: ")
    except EOFError:
        raise UsageError("epn auth test: no PIN given") from None


def _scrub(value: Any, pin: str) -> Any:
    """The value with the PIN blanked wherever a source echoed it."""
    if isinstance(value, str) and pin:
        return value.replace(pin, "****")
    if isinstance(value, dict):
        return {k: _scrub(v, pin) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v, pin) for v in value]
    return value


def describe(answer: Answer, pin: str) -> dict[str, Any]:
    """What one source answered, as printed (never the PIN)."""
    account = answer.account
    return _scrub(
        {
            "source": answer.source,
            "kind": answer.kind,
            "result": "accepted" if account else str(answer.reason),
            "account": None if account is None else vars(account),
            "details": answer.details,
            "fields": answer.fields,
        },
        pin,
    )


def _test(args: argparse.Namespace, server: ServerAccess) -> int:
    config = _config(args, "test")
    try:
        order = config.order(args.site)
        if order == [LOCAL]:
            raise UsageError(f"epn auth test: site {args.site!r} signs in its own visitors only")
        pin = _read_pin(args)
        answers = []
        for source in config.external(args.site):  # every one, for the operator to compare
            answers.append(describe(source.check(args.card, pin), pin))
    finally:
        config.close()
    if args.json:
        print(json.dumps(answers, indent=2, ensure_ascii=False, default=str))
    else:
        if LOCAL in order:
            print("local: the server's visitor list (not asked here: epn visitor show)")
        for answer in answers:
            print(f"{answer['source']} ({answer['kind']}): {answer['result']}")
            for part in ("account", "details", "fields"):
                if answer[part]:
                    print(f"  {part}: {json.dumps(answer[part], ensure_ascii=False, default=str)}")
    return 0 if any(a["result"] == "accepted" for a in answers) else 1


def _stats(args: argparse.Namespace, server: ServerAccess) -> int:
    rows = server.services.stations.source_stats.summary()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no sign-in through a source yet")
        return 0
    print(f"{'SOURCE':<16} {'OUTCOME':<14} {'COUNT':>7}  LAST")
    for row in rows:
        print(f"{row['source']:<16} {row['outcome']:<14} {row['count']:>7}  {row['last_at']}")
    return 0
