"""CLI commands for visitor categories: ``epn category list|add``, straight on the database."""

from __future__ import annotations

import argparse
import json
from typing import Any

from admin.cli.common import ServerAccess, request
from kiosk.protocol.rules import CategoryCreate


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    categories = noun(nouns, "category", "visitor categories that policies and accounts use")
    listing = verb(categories, "list", "list the visitor categories", _list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of names")
    add = verb(categories, "add", "add a visitor category", _add)
    add.add_argument("name", help="lower case letters, digits and '-', at most 32 characters")


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.categories.list()
    if args.json:
        print(json.dumps([c.model_dump() for c in found], indent=2))
        return 0
    for category in found:
        print(category.name)
    return 0


def _add(args: argparse.Namespace, server: ServerAccess) -> int:
    checked = request(
        CategoryCreate,
        "category add",
        {"name": args.name},
        options={"name": "NAME"},
        hints={"name": "lower case letters, digits and '-', at most 32 characters"},
    )
    added = server.services.categories.add(None, checked.name)
    print(f"category {added.name!r} added")
    return 0
