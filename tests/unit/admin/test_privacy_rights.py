"""A visitor's rights (admin/privacy/rights.py, service.py): the export holds every row about
them and nothing of anyone else; the erasure leaves nothing naming them and every count as it
was; refused in session and for an unknown card; both audited."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.lockouts.limits import subject_digest
from admin.privacy.rights import references
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock
from tests.unit.admin.test_reconcile import station

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)
ME, OTHER = "2040", "3050"


@pytest.fixture
def world(service: Service, site: str, clock: FakeClock) -> dict[str, int]:
    """Two visitors with rows in every table that can name one."""
    clock.set(NOW - timedelta(days=90))
    identity = station(service)
    ids = {
        card: service.directory.add_visitor(card, display_name=f"Person {card}")
        for card in (ME, OTHER)
    }
    service.visitors.edit(None, ME, {"notes": "asked for large text"})
    clock.set(NOW)

    def fill(db: Database) -> None:
        site_id = db.execute("SELECT id FROM sites").fetchone()[0]
        for n, (card, days) in enumerate([(c, d) for c in (ME, OTHER) for d in (80, 40, 5)]):
            at = NOW - timedelta(days=days, hours=n)
            db.execute(
                "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
                " granted_seconds, used_seconds, remaining_seconds, day)"
                " VALUES (?, ?, ?, 'ended', ?, ?, 3600, ?, 0, ?)",
                [
                    f"s{n}",
                    identity.id,
                    ids[card],
                    to_iso(at),
                    to_iso(at + timedelta(minutes=30)),
                    1800,
                    at.date().isoformat(),
                ],
            )
            db.execute(
                "INSERT INTO session_apps (session_id, app_id, seconds) VALUES (?, 'web', 60)",
                [f"s{n}"],
            )
        for card in (ME, OTHER):
            vid = ids[card]
            db.execute(
                "INSERT INTO charter_acceptances (visitor_id, site_id, day, accepted_at)"
                " VALUES (?, ?, '2026-03-10', ?)",
                [vid, site_id, to_iso(NOW)],
            )
            db.execute(
                "INSERT INTO queue_tickets (site_id, day, number, rank, visitor_id, state,"
                " created_at) VALUES (?, '2026-03-10', ?, 1, ?, 'served', ?)",
                [site_id, vid, vid, to_iso(NOW)],
            )
            db.execute(
                "INSERT INTO station_holds (booking, site_id, station_id, kind, starts_at, ends_at,"
                " state, visitor_id, created_at) VALUES (?, ?, ?, 'visitor', ?, ?, 'released', ?, ?)",
                [
                    f"b{vid}",
                    site_id,
                    identity.id,
                    "2026-03-10T09:00:00+00:00",
                    "2026-03-10T10:00:00+00:00",
                    vid,
                    to_iso(NOW),
                ],
            )
            db.execute(
                "INSERT INTO visitor_preferences (visitor_id, language, updated_at)"
                " VALUES (?, 'nl', ?)",
                [vid, to_iso(NOW)],
            )
            db.execute(
                "INSERT INTO commands (station_id, kind, status, created_at, identifier)"
                " VALUES (?, 'sign_in', 'applied', ?, ?)",
                [identity.id, to_iso(NOW), card],
            )
            db.execute(
                "INSERT INTO events (station_id, event_id, seq, kind, received_at, body)"
                " VALUES (?, ?, ?, 'session_started', ?, ?)",
                [identity.id, f"e{card}", vid, to_iso(NOW), json.dumps({"identifier": card})],
            )
            db.execute(
                "INSERT INTO lockouts (key, kind, subject, hint, failures, last_failure_at)"
                " VALUES (?, 'visitor_card', ?, '20**', 2, ?)",
                [f"card:{card}", subject_digest(card), to_iso(NOW)],
            )

    service.store.write(fill)
    return ids


def counts(service: Service) -> Any:
    report = service.stats.report(None, None, start=date(2025, 12, 1), end=date(2026, 3, 16))
    month = service.stats.report(None, None, start=date(2026, 2, 1), end=date(2026, 2, 28))
    rows = service.store.read(
        lambda db: db.execute(
            "SELECT COUNT(*), SUM(used_seconds), COUNT(DISTINCT COALESCE(-visitor_key, visitor_id)),"
            " (SELECT COUNT(*) FROM session_apps),"
            " (SELECT COUNT(*) FROM usage_rollup) FROM sessions"
        ).fetchone()
    )
    return (
        tuple(rows),
        (report.sessions, report.seconds_used, report.unique_visitors),
        (month.sessions, month.seconds_used, month.unique_visitors),
    )


def naming(service: Service, vid: int, card: str) -> list[str]:
    """Every place the database still names the visitor: a column holding their id, or a text
    holding their card or name."""
    found = []

    def look(db: Database) -> None:
        for table, column, _ in references(db):
            if db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [vid]).fetchone():
                found.append(f"{table}.{column}")
        if db.execute("SELECT 1 FROM visitors WHERE id = ?", [vid]).fetchone():
            found.append("visitors")
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for col in db[table].columns:
                if col.type.upper() not in ("TEXT", ""):
                    continue
                for needle in (card, f"Person {card}", subject_digest(card), f"visitor:{vid}"):
                    hit = db.execute(
                        f"SELECT 1 FROM [{table}] WHERE instr([{col.name}], ?)", [needle]
                    ).fetchone()
                    if hit:
                        found.append(f"{table}.{col.name} ~ {needle}")

    service.store.read(look)
    return found


def test_the_export_holds_every_row_about_the_visitor_and_nothing_of_others(
    service: Service, world: dict[str, int]
) -> None:
    data = service.privacy.export(ME, None)
    me, other = world[ME], world[OTHER]
    assert data.visitor["identifier"] == ME and "pin_hash" not in data.visitor
    expected = {
        "sessions": 3,
        "session_apps": 3,
        "charter_acceptances": 1,
        "queue_tickets": 1,
        "station_holds": 1,
        "visitor_preferences": 1,
        "commands": 1,
        "events": 1,
        "lockouts": 1,
        "visitor_usage": 3,
        "visitor_keys": 1,
    }
    assert {t: len(data.tables.get(t, [])) for t in expected} == expected
    assert [e["action"] for e in data.tables["audit"]] == ["visitor.add", "visitor.edit"]
    text = json.dumps(data.model_dump())
    assert OTHER not in text and f"Person {OTHER}" not in text
    for rows in data.tables.values():
        for r in rows:
            assert r.get("visitor_id") in (None, me) and r.get("visitor_id") != other
    entry = service.store.read(
        lambda db: db.execute("SELECT action, target FROM audit ORDER BY id DESC").fetchone()
    )
    assert tuple(entry) == ("visitor.export", f"visitor:{me}")


def test_erasing_leaves_nothing_naming_the_visitor_and_every_count_as_it_was(
    service: Service, world: dict[str, int]
) -> None:
    before = counts(service)
    assert naming(service, world[ME], ME)  # the check finds them before
    erasure = service.privacy.erase(ME, None)
    assert erasure.sessions_pseudonymised == 3 and erasure.audit_entries_redacted >= 2
    assert naming(service, world[ME], ME) == []
    assert counts(service) == before
    # the other visitor is untouched
    assert len(service.privacy.export(OTHER, None).tables["sessions"]) == 3
    entry = service.store.read(
        lambda db: dict(next(db.query("SELECT * FROM audit WHERE id = ?", [erasure.receipt])))
    )
    assert entry["action"] == "visitor.erase" and entry["target"] == "visitor:erased"
    assert ME not in json.dumps(entry) and json.loads(entry["after"])["sessions_pseudonymised"] == 3
    with pytest.raises(Refused) as unknown:
        service.privacy.export(ME, None)
    assert unknown.value.code == ErrorCode.NOT_FOUND


def test_erasing_a_visitor_in_session_is_refused_until_it_ends(
    service: Service, world: dict[str, int]
) -> None:
    identity = service.stations.authenticate(
        service.directory.add_station("RC-02", "EPN Test").token
    )
    service.store.write(
        lambda db: db.execute(
            "INSERT INTO site_hours (site_id, weekday, opens, closes)"
            " SELECT sites.id, d.value, 0, 1440 FROM sites, json_each('[0,1,2,3,4,5,6]') d"
        )
    )
    grant = service.stations.sign_in(identity, ME, None)
    with pytest.raises(Refused) as busy:
        service.privacy.erase(ME, None)
    assert busy.value.code == ErrorCode.VISITOR_IN_SESSION
    assert service.privacy.export(ME, None).tables["sessions"][-1]["id"] == grant.session_id


def test_an_unknown_card_is_a_clear_refusal(service: Service, world: dict[str, int]) -> None:
    for act in (service.privacy.export, service.privacy.erase):
        with pytest.raises(Refused) as unknown:
            act("9999", None)
        assert unknown.value.code == ErrorCode.NOT_FOUND and "9999" in unknown.value.message


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_export_reads_as_a_pdf_in_the_visitor_s_language(
    service: Service, world: dict[str, int], language: str
) -> None:
    content = service.privacy.export_pdf(ME, language, None)
    assert content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    title = {"fr": "Vos données", "nl": "Uw gegevens", "en": "Your data"}[language]
    assert title in text and ME in text and OTHER not in text


def test_a_workshop_s_attendance_reads_past_a_session_without_its_visitor(
    service: Service, world: dict[str, int]
) -> None:
    """An erased participant's session on a held station is nobody's presence, not a crash."""
    from admin.workshops.records import _session_spans

    def hold(db: Database) -> None:
        site_id, station_id = db.execute("SELECT site_id, id FROM stations").fetchone()
        db.execute(
            "INSERT INTO station_holds (booking, site_id, station_id, kind, starts_at, ends_at,"
            " created_at) VALUES ('w1', ?, ?, 'workshop', ?, ?, ?)",
            [site_id, station_id, to_iso(NOW - timedelta(days=6)), to_iso(NOW), to_iso(NOW)],
        )

    service.store.write(hold)
    service.privacy.erase(ME, None)
    spans = service.store.read(
        lambda db: _session_spans(db, "w1", NOW - timedelta(days=6), NOW, NOW)
    )
    assert list(spans) == [world[OTHER]]
