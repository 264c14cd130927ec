"""Class sessions: the teacher's scope, who signs in during the slot, the class's end (every PC
ended, the hold released), the actions on every PC; on a fake clock (Monday 2025-03-10, 09:00
in Brussels)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.services import Service
from kiosk.protocol.classes import ClassAction, ClassCommand, ClassRequest, ClassState
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock
from tests.unit.admin.conftest import SITE

OTHER = "EPN Laeken"
PASSWORD = "bibliotheque"


def refusal(call: Any) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


def member(service: Service, username: str) -> StaffMember:
    return service.staff.authenticate(service.staff.login(username, PASSWORD).token)


@pytest.fixture
def school(service: Service, site: str, clock: FakeClock) -> dict[str, Any]:
    """Three PCs at the site, one at another; a teacher, pupils, a grown-up visitor."""
    service.directory.add_site(OTHER)
    stations: dict[str, StationIdentity] = {}
    for name, where in (("RC-01", SITE), ("RC-02", SITE), ("RC-03", SITE), ("LK-01", OTHER)):
        stations[name] = service.stations.authenticate(
            service.directory.add_station(name, where).token
        )
        service.store.write(
            lambda db, i=stations[name]: db.execute(
                "UPDATE stations SET last_seen_at = ? WHERE id = ?", [to_iso(clock()), i.id]
            )
        )
    service.directory.add_staff("mme-dupont", PASSWORD, role="teacher", sites=[SITE])
    service.directory.add_staff("m-janssens", PASSWORD, role="teacher", sites=[SITE])
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[SITE])
    service.directory.add_visitor("eleve1", category="pupil")
    service.directory.add_visitor("eleve2", category="pupil")
    service.directory.add_visitor("listed", category="adult")
    service.directory.add_visitor("adulte", category="adult")
    service.directory.add_visitor("prof", category="teacher")
    return {"stations": stations, "teacher": member(service, "mme-dupont")}


def start(service: Service, who: StaffMember | None, clock: FakeClock, **fields: Any) -> Any:
    fields.setdefault("site", SITE)
    fields.setdefault("title", "5e B — Scratch")
    fields.setdefault("stations", ["RC-01", "RC-02"])
    fields.setdefault("ends_at", (clock() + timedelta(minutes=50)).isoformat())
    return service.classes.start(who, ClassRequest(**fields))


def test_only_the_class_pupils_and_the_teacher_sign_in_on_its_pcs(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    rc01, rc02, rc03 = (school["stations"][n] for n in ("RC-01", "RC-02", "RC-03"))
    started = start(service, school["teacher"], clock, pupils=["listed"], teacher_card="prof")
    assert started.state == ClassState.RUNNING and started.stations == ["RC-01", "RC-02"]
    refused = refusal(lambda: service.stations.sign_in(rc01, "adulte", None))
    assert refused.code == ErrorCode.STATION_HELD and refused.details["kind"] == "class"
    assert refused.details["label"] == "5e B — Scratch"
    # the pupils' category, a listed card, the teacher's card
    pupil = service.stations.sign_in(rc01, "eleve1", None)
    assert pupil.granted_seconds == 50 * 60  # to the slot's end, whatever the allowance
    assert service.stations.sign_in(rc02, "prof", None).granted_seconds == 50 * 60
    # a PC outside the class is free for anyone
    assert service.stations.sign_in(rc03, "adulte", None).granted_seconds > 0


def test_ending_the_class_ends_every_session_and_releases_the_hold(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    rc01, rc02, rc03 = (school["stations"][n] for n in ("RC-01", "RC-02", "RC-03"))
    started = start(service, school["teacher"], clock)
    service.stations.sign_in(rc01, "eleve1", None)
    service.stations.sign_in(rc02, "eleve2", None)
    service.stations.sign_in(rc03, "adulte", None)
    ended, sent = service.classes.end(school["teacher"], started.id)
    assert sent == ["RC-01", "RC-02"] and ended.state == ClassState.ENDED
    assert [c.kind for c in service.stations.pending_commands(rc01.id, 0)] == ["end"]
    assert [c.kind for c in service.stations.pending_commands(rc02.id, 0)] == ["end"]
    assert service.stations.pending_commands(rc03.id, 0) == []
    states = service.store.read(
        lambda db: [r["state"] for r in db.query("SELECT state FROM station_holds")]
    )
    assert states == ["released", "released"]
    actions = service.store.read(
        lambda db: [r["action"] for r in db.query("SELECT action FROM audit ORDER BY id")]
    )
    assert actions.count("command.end") == 2 and "class.end" in actions
    # the PCs are free again, for anyone
    clock.advance(minutes=1)
    assert refusal(lambda: service.classes.end(school["teacher"], started.id)).code == (
        ErrorCode.CLASS_NOT_RUNNING
    )


def test_the_slot_end_ends_the_class(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    rc01 = school["stations"]["RC-01"]
    started = start(service, school["teacher"], clock)
    clock.advance(minutes=50)
    [listed] = service.classes.listing(school["teacher"])
    assert listed.state == ClassState.ENDED
    assert service.stations.sign_in(rc01, "adulte", None).granted_seconds > 0
    lock = refusal(
        lambda: service.classes.act(school["teacher"], started.id, ClassAction.LOCK, ClassCommand())
    )
    assert lock.code == ErrorCode.CLASS_NOT_RUNNING and lock.details["state"] == "ended"


def test_lock_all_reaches_the_class_pcs_only(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    rc01, _rc02, rc03 = (school["stations"][n] for n in ("RC-01", "RC-02", "RC-03"))
    started = start(service, school["teacher"], clock)
    service.stations.sign_in(rc01, "eleve1", None)
    service.stations.sign_in(rc03, "adulte", None)
    result = service.classes.act(school["teacher"], started.id, ClassAction.LOCK, ClassCommand())
    assert (result.sent, result.skipped) == (["RC-01"], ["RC-02"])
    message = service.classes.act(
        school["teacher"], started.id, ClassAction.MESSAGE, ClassCommand(text="On range !")
    )
    assert message.sent == ["RC-01", "RC-02"]  # a message reaches a free PC too
    empty = refusal(
        lambda: service.classes.act(
            school["teacher"], started.id, ClassAction.MESSAGE, ClassCommand()
        )
    )
    assert empty.code == ErrorCode.INVALID_REQUEST and empty.details == {"field": "text"}
    unknown = refusal(
        lambda: service.classes.act(school["teacher"], 999, ClassAction.MESSAGE, ClassCommand())
    )
    assert unknown.code == ErrorCode.NOT_FOUND  # the class first, then its argument
    assert service.stations.pending_commands(rc03.id, 0) == []


def test_a_teacher_is_kept_to_their_site_and_their_classes(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    teacher = school["teacher"]
    elsewhere = refusal(lambda: start(service, teacher, clock, site=OTHER, stations=["LK-01"]))
    assert elsewhere.code == ErrorCode.FORBIDDEN  # another site is not even named
    started = start(service, teacher, clock)
    colleague = member(service, "m-janssens")
    theirs = refusal(
        lambda: service.classes.act(colleague, started.id, ClassAction.LOCK, ClassCommand())
    )
    assert theirs.code == ErrorCode.NOT_TEACHER
    assert service.classes.listing(colleague) == []
    # a teacher starts their own classes only; the desk may start one for them
    for_other = refusal(
        lambda: service.classes.start(
            teacher,
            ClassRequest(
                site=SITE,
                title="x",
                ends_at=started.ends_at,
                stations=["RC-03"],
                teacher="m-janssens",
            ),
        )
    )
    assert for_other.code == ErrorCode.NOT_TEACHER
    again = refusal(lambda: start(service, teacher, clock, stations=["RC-03"]))
    assert again.code == ErrorCode.CLASS_ALREADY_RUNNING
    desk = service.classes.start(
        member(service, "ana"),
        ClassRequest(
            site=SITE,
            title="6e A",
            ends_at=started.ends_at,
            stations=["RC-03"],
            teacher="m-janssens",
        ),
    )
    assert desk.teacher == "m-janssens"


def test_the_holds_rules_refuse_a_class(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    teacher = school["teacher"]
    service.sites.set_day(SITE, "mon", "09:00-12:00")
    late = (clock() + timedelta(hours=4)).isoformat()
    outside = refusal(lambda: start(service, teacher, clock, ends_at=late))
    assert outside.code == ErrorCode.HOLD_OUTSIDE_HOURS
    busy = school["stations"]["RC-01"]
    service.stations.sign_in(busy, "adulte", None)
    in_use = refusal(lambda: start(service, teacher, clock))
    assert in_use.code == ErrorCode.STATION_IN_USE and in_use.details["station"] == "RC-01"
    start(service, teacher, clock, stations=["RC-02"])
    held = refusal(lambda: start(service, member(service, "m-janssens"), clock, stations=["RC-02"]))
    assert held.code == ErrorCode.HOLD_OVERLAP


def test_a_teacher_has_no_staff_panel_on_a_kiosk(
    service: Service, school: dict[str, Any], clock: FakeClock
) -> None:
    rc01 = school["stations"]["RC-01"]
    refused = refusal(lambda: service.staff_panel.login(rc01, "mme-dupont", PASSWORD))
    assert refused.code == ErrorCode.BAD_LOGIN
    assert service.staff_panel.login(rc01, "ana", PASSWORD).staff.username == "ana"
