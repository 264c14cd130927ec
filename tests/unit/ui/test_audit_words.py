"""The audit log in words: every action the server can write reads as a translated sentence,
without JSON, at the time of the site's clock whatever the console's zone."""

from __future__ import annotations

import ast
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.protocol.command_status import CommandKind
from kiosk.protocol.reports import AuditEntry
from ui.console.audit.model import local_time
from ui.console.audit.texts import action_text, details_text
from ui.i18n import Languages

ROOT = Path(__file__).resolve().parents[3]
ACTION = re.compile(r"^[a-z]+\.[a-z_]+$")


def _written_actions() -> Iterator[str]:
    """Every audit action admin/ writes: literal ``action=`` values, the strings passed on as
    an action, and the f-strings over an enum (``command.{kind}``)."""
    prefixes: set[str] = set()
    literals: set[str] = set()
    for path in (ROOT / "admin").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "action":
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                        if ACTION.match(inner.value):
                            yield inner.value
                            prefixes.add(inner.value.split(".")[0])
                        elif inner.value in ("command.", "station."):
                            prefixes.add(inner.value[:-1])
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ACTION.match(node.value)
            ):
                literals.add(node.value)
    # strings handed to a helper that records them ("visitor.disable", "profile.assign", …)
    yield from (a for a in literals if a.split(".")[0] in prefixes and "." in a)
    yield from (f"command.{kind.value}" for kind in CommandKind)
    yield from ("station.maintenance", "station.quit")


ACTIONS = sorted(
    a
    for a in set(_written_actions())
    # file names and settings that look alike are not actions
    if not a.endswith(("_py", ".py")) and a.split(".")[0] not in ("admin", "kiosk", "ui")
)


def test_the_scan_finds_the_actions() -> None:
    assert {"lockout.clear", "site.enrol_code", "command.extend", "visitor.pin"} <= set(ACTIONS)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_action_reads_as_a_sentence_in_the_language(
    qapp: QCoreApplication, language: str
) -> None:
    languages = Languages(qapp, "en")
    english = {a: action_text(a) for a in ACTIONS}
    languages.set_language(language)
    try:
        raw = [a for a in ACTIONS if action_text(a) in (a, english[a])]
    finally:
        languages.close()
    assert not raw, f"{language}: shown in English or as the server names it: {raw}"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_details_are_words_not_english_nor_json(qapp: QCoreApplication, language: str) -> None:
    languages = Languages(qapp, language)
    try:
        tickets = details_text(
            AuditEntry(
                id=1,
                at="2026-03-02T08:00:00+00:00",
                action="ticket.create",
                target="site:Centre",
                after={"count": 6, "minutes": 45},
            )
        )
        hours = details_text(
            AuditEntry(
                id=2,
                at="2026-03-02T08:00:00+00:00",
                action="site.hours",
                target="site:Centre",
                before={"exceptions": []},
                after={"exceptions": [{"date": "2026-12-24", "hours": ["09:00-12:00"]}]},
            )
        )
    finally:
        languages.close()
    assert "ticket(s)" not in tickets and "6" in tickets and "45" in tickets
    assert "{" not in hours and "[" not in hours and '"' not in hours
    assert "exceptions" not in hours and "date" not in hours.split(":")[0]


def test_times_on_the_sites_clock_whatever_the_consoles_zone() -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        shown = local_time("2026-03-02T08:30:00+00:00", "Europe/Brussels")
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert shown.startswith("02/03/2026") and "9" in shown and "30" in shown
    assert "3:30" not in shown and "3 h" not in shown
