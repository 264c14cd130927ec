"""CLI commands for visitor categories: ``epn category list|add``, straight on the database."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from admin.cli.app import UsageError, request
from admin.db.store import Store
from admin.rules.categories import Categories
from kiosk.protocol import CategoryCreate


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    categories = noun(nouns, "category", "visitor categories that policies and accounts use")
    listing = verb(categories, "list", "list the visitor categories", _list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of names")
    add = verb(categories, "add", "add a visitor category", _add)
    add.add_argument("name", help="lower case letters, digits and '-', at most 32 characters")


def _existing(db: str) -> Store:
    if not Path(db).exists():
        raise UsageError(f"epn: no database at {db}")
    return Store(db)


def _list(args: argparse.Namespace) -> int:
    with _existing(args.db) as store:
        found = Categories(store).list()
    if args.json:
        print(json.dumps([c.model_dump() for c in found], indent=2))
        return 0
    for category in found:
        print(category.name)
    return 0


def _add(args: argparse.Namespace) -> int:
    checked = request(
        CategoryCreate,
        "category add",
        {"name": args.name},
        options={"name": "NAME"},
        hints={"name": "lower case letters, digits and '-', at most 32 characters"},
    )
    with _existing(args.db) as store:
        added = Categories(store).add(None, checked.name)
    print(f"category {added.name!r} added")
    return 0
