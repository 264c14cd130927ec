"""App catalogue and profiles: the resolution rule, the grant's apps, app usage, scope, CLI."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from admin.catalogue.editing import CatalogueAdmin
from admin.catalogue.rules import Assignment, Restriction, Tier, choose_profiles, resolve_apps
from admin.cli import app as cli
from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Duplicate, Refused
from admin.db.store import Store
from admin.demo.sample import seed_demo
from admin.reports.app_usage import AppUsageReport
from admin.services import Service
from kiosk.protocol.catalogue import AppSpec
from kiosk.protocol.station import Event, EventKind

SITE = "EPN Test"
OTHER = "EPN Other"
PASSWORD = "correct horse"
Capture = pytest.CaptureFixture[str]


# --- the pure rule ---------------------------------------------------------------------------

SITE_ID, OTHER_ID = 1, 2
ASSIGNMENTS = [
    Assignment("youth-laeken", "youth", SITE_ID),
    Assignment("youth-city", "youth", None),
    Assignment("youth-elsewhere", "youth", OTHER_ID),
    Assignment("senior-city", "senior", None),
    Assignment("default-laeken", "*", SITE_ID),
    Assignment("default-city", "*", None),
]


@pytest.mark.parametrize(
    ("own", "category", "site_id", "assignments", "tier", "profiles"),
    [
        (["teacher"], "youth", SITE_ID, ASSIGNMENTS, Tier.VISITOR, ("teacher",)),
        ([], "youth", SITE_ID, ASSIGNMENTS, Tier.SITE_CATEGORY, ("youth-laeken",)),
        ([], "youth", 3, ASSIGNMENTS, Tier.CITY_CATEGORY, ("youth-city",)),
        ([], "senior", SITE_ID, ASSIGNMENTS, Tier.CITY_CATEGORY, ("senior-city",)),
        ([], "adult", SITE_ID, ASSIGNMENTS, Tier.SITE_DEFAULT, ("default-laeken",)),
        ([], "adult", OTHER_ID, ASSIGNMENTS, Tier.CITY_DEFAULT, ("default-city",)),
        ([], "adult", SITE_ID, ASSIGNMENTS[:4], Tier.NONE, ()),
    ],
)
def test_profiles_come_from_the_first_tier_that_has_any(
    own: list[str],
    category: str,
    site_id: int,
    assignments: list[Assignment],
    tier: Tier,
    profiles: tuple[str, ...],
) -> None:
    choice = choose_profiles(own, category, site_id, assignments)
    assert (choice.tier, choice.profiles) == (tier, profiles)


def test_a_tier_gives_all_its_profiles() -> None:
    rows = [Assignment("b", "youth", None), Assignment("a", "youth", None)]
    assert choose_profiles(["z", "y", "z"], "youth", 1, rows).profiles == ("y", "z")
    assert choose_profiles([], "youth", 1, rows).profiles == ("a", "b")


def test_apps_are_the_union_in_profile_order_filtered_by_the_station() -> None:
    apps = {"office": ["firefox", "writer", "mail"], "youth": ["firefox", "gimp"]}
    assert resolve_apps(["office", "youth"], apps) == ["firefox", "writer", "mail", "gimp"]
    deny = Restriction("deny", frozenset({"mail", "gimp"}))
    assert resolve_apps(["office", "youth"], apps, deny) == ["firefox", "writer"]
    allow = Restriction("allow", frozenset({"gimp", "calc"}))
    assert resolve_apps(["office", "youth"], apps, allow) == ["gimp"]
    assert resolve_apps(["office"], apps, Restriction("allow", frozenset())) == []
    assert resolve_apps(["unknown"], apps) == []


# --- through the database ----------------------------------------------------------------------


def spec(app_id: str, **fields: Any) -> AppSpec:
    return AppSpec(
        id=app_id,
        names=fields.pop("names", {"fr": app_id.title(), "en": app_id.title()}),
        commands=fields.pop("commands", {"linux": app_id, "windows": f"{app_id}.exe"}),
        processes=fields.pop("processes", [app_id, f"{app_id}.exe"]),
        **fields,
    )


@pytest.fixture
def catalogue(service: Service, site: str) -> CatalogueAdmin:
    catalogue = CatalogueAdmin(service.store, service.clock)
    for app_id in ("firefox", "writer", "thunderbird", "gimp"):
        catalogue.add_app(None, spec(app_id))
    return catalogue


def station(service: Service, name: str = "RC-01", site: str = SITE) -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, site).token)


def member(service: Service, username: str, **kwargs: Any) -> StaffMember:
    service.directory.add_staff(username, PASSWORD, **kwargs)
    return service.staff.authenticate(service.staff.login(username, PASSWORD).token)


def granted(service: Service, where: StationIdentity, identifier: str) -> list[str]:
    grant = service.stations.sign_in(where, identifier, None)
    end = Event(
        event_id=str(uuid.uuid4()),
        seq=1,
        kind=EventKind.SESSION_ENDED,
        at="x",
        session_id=grant.session_id,
        used_seconds=1,
        reason="visitor",
    )
    service.stations.apply_events(where, [end])
    return [app.id for app in grant.apps]


def test_the_grant_follows_the_resolution_order(
    service: Service, catalogue: CatalogueAdmin
) -> None:
    service.directory.add_site(OTHER)
    here, there = station(service), station(service, "OT-01", OTHER)
    service.directory.add_visitor("youth-1", category="youth")
    service.directory.add_visitor("teacher-1", category="teacher")
    catalogue.add_profile(None, "Default", ["firefox", "writer", "thunderbird"])
    catalogue.add_profile(None, "Youth city", ["firefox", "gimp"])
    catalogue.add_profile(None, "Youth here", ["writer"])
    catalogue.add_profile(None, "Teachers", ["thunderbird", "writer"])

    assert granted(service, here, "youth-1") == []  # nothing configured: nothing opens
    catalogue.assign(None, "Default", category="*")
    assert granted(service, here, "youth-1") == ["firefox", "writer", "thunderbird"]
    catalogue.assign(None, "Youth city", category="youth")
    assert granted(service, here, "youth-1") == ["firefox", "gimp"]
    catalogue.assign(None, "Youth here", category="youth", site=SITE)
    assert granted(service, here, "youth-1") == ["writer"]
    assert granted(service, there, "youth-1") == ["firefox", "gimp"]
    catalogue.assign(None, "Teachers", visitor="youth-1")
    assert granted(service, there, "youth-1") == ["thunderbird", "writer"]
    assert granted(service, here, "teacher-1") == ["firefox", "writer", "thunderbird"]
    catalogue.assign(None, "Teachers", visitor="youth-1", remove=True)
    assert granted(service, here, "youth-1") == ["writer"]


def test_the_grant_carries_commands_and_processes(
    service: Service, catalogue: CatalogueAdmin
) -> None:
    here = station(service)
    service.directory.add_visitor("v-1")
    catalogue.add_app(None, spec("writer", icon="libreoffice-writer"), replace=True)
    catalogue.add_profile(None, "Default", ["writer"])
    catalogue.assign(None, "Default", category="*")
    app = service.stations.sign_in(here, "v-1", None).apps[0]
    assert app.icon == "libreoffice-writer"
    assert app.commands == {"linux": "writer", "windows": "writer.exe"}
    assert app.processes == ["writer", "writer.exe"]
    assert app.names["fr"] == "Writer"


def test_station_restriction_filters_the_grant(service: Service, catalogue: CatalogueAdmin) -> None:
    here = station(service)
    service.directory.add_visitor("v-1")
    catalogue.add_profile(None, "Default", ["firefox", "writer", "thunderbird"])
    catalogue.assign(None, "Default", category="*")
    catalogue.restrict(None, "RC-01", "deny", ["thunderbird"])
    assert granted(service, here, "v-1") == ["firefox", "writer"]
    catalogue.restrict(None, "RC-01", "allow", ["writer", "gimp"])
    assert granted(service, here, "v-1") == ["writer"]
    # an allowlist whose apps are all removed allows nothing, never everything
    catalogue.restrict(None, "RC-01", "allow", ["gimp"])
    catalogue.remove_app(None, "gimp")
    assert catalogue.station_apps(None, "RC-01").mode == "allow"
    assert granted(service, here, "v-1") == []
    catalogue.restrict(None, "RC-01", None)
    assert granted(service, here, "v-1") == ["firefox", "writer", "thunderbird"]


def test_catalogue_changes_are_checked(service: Service, catalogue: CatalogueAdmin) -> None:
    with pytest.raises(Duplicate):
        catalogue.add_app(None, spec("firefox"))
    with pytest.raises(Refused, match="NOT_FOUND"):
        catalogue.add_app(None, spec("chrome"), replace=True)
    with pytest.raises(ValidationError, match="names"):  # the model says it: the schema too
        spec("blank", names={})
    with pytest.raises(Refused, match="name"):  # and the service, for a model built unchecked
        catalogue.add_app(None, AppSpec.model_construct(id="blank", names={}, commands={}))
    with pytest.raises(Refused, match="unknown app"):
        catalogue.add_profile(None, "Office", ["firefox", "word"])
    assert catalogue.list_profiles(None) == []  # nothing half-made
    catalogue.add_profile(None, "Office", ["firefox"])
    with pytest.raises(Duplicate):
        catalogue.add_profile(None, "Office")
    with pytest.raises(Refused, match="unknown category"):
        catalogue.assign(None, "Office", category="kids")
    with pytest.raises(Refused, match="either"):
        catalogue.assign(None, "Office")
    with pytest.raises(Refused, match="NOT_FOUND"):
        catalogue.assign(None, "Office", visitor="nobody")
    with pytest.raises(Refused, match="give the apps"):
        catalogue.restrict(None, "RC-01", "allow", [])


def test_removing_an_app_takes_it_out_of_profiles(catalogue: CatalogueAdmin) -> None:
    catalogue.add_profile(None, "Office", ["firefox", "writer"])
    catalogue.change_apps(None, "Office", add=["gimp"], remove=["writer"])
    assert catalogue.list_profiles(None)[0].apps == ["firefox", "gimp"]
    catalogue.remove_app(None, "firefox")
    assert catalogue.list_profiles(None)[0].apps == ["gimp"]
    assert [app.id for app in catalogue.list_apps()] == ["gimp", "thunderbird", "writer"]


# --- app usage ---------------------------------------------------------------------------------


def app_used(session_id: str, app_id: str, seconds: int, seq: int = 1) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.APP_USED,
        at="2025-03-10T09:00:00",
        session_id=session_id,
        app_id=app_id,
        used_seconds=seconds,
    )


def test_app_usage_is_applied_once_and_summed(service: Service, catalogue: CatalogueAdmin) -> None:
    here = station(service)
    service.directory.add_visitor("v-1")
    session_id = service.stations.sign_in(here, "v-1", None).session_id
    first = app_used(session_id, "firefox", 120)
    service.stations.apply_events(here, [first])
    service.stations.apply_events(here, [first])  # resent after a lost answer
    service.stations.apply_events(
        here, [app_used(session_id, "firefox", 30, 2), app_used(session_id, "gimp", 5, 3)]
    )
    usage = AppUsageReport(service.store).session_apps(None, session_id)
    assert [(u.app_id, u.seconds) for u in usage.apps] == [("firefox", 150), ("gimp", 5)]
    assert AppUsageReport(service.store).usage_totals() == [
        {"app_id": "firefox", "seconds": 150, "sessions": 1},
        {"app_id": "gimp", "seconds": 5, "sessions": 1},
    ]


def test_app_usage_for_another_stations_session_counts_nothing(
    service: Service, catalogue: CatalogueAdmin
) -> None:
    here, other = station(service), station(service, "RC-02")
    service.directory.add_visitor("v-1")
    session_id = service.stations.sign_in(here, "v-1", None).session_id
    result = service.stations.apply_events(other, [app_used(session_id, "firefox", 60)])
    assert result.accepted  # kept in the log, so the station stops resending it
    assert AppUsageReport(service.store).session_apps(None, session_id).apps == []


# --- scope and audit ---------------------------------------------------------------------------


def test_staff_scope(service: Service, catalogue: CatalogueAdmin) -> None:
    service.directory.add_site(OTHER)
    station(service)
    station(service, "OT-01", OTHER)
    service.directory.add_visitor("v-1")
    catalogue.add_profile(None, "Youth", ["firefox"])
    catalogue.assign(None, "Youth", category="youth", site=OTHER)
    staff = member(service, "anim", role="staff", sites=[SITE])
    forbidden = pytest.raises(Refused, match="FORBIDDEN")
    with forbidden:
        catalogue.add_app(staff, spec("chrome"))
    with forbidden:
        catalogue.remove_app(staff, "firefox")
    with forbidden:
        catalogue.add_profile(staff, "Mine")
    with forbidden:
        catalogue.change_apps(staff, "Youth", add=["gimp"])
    with forbidden:
        catalogue.assign(staff, "Youth", category="youth")  # city-wide
    with forbidden:
        catalogue.assign(staff, "Youth", category="youth", site=OTHER)
    with forbidden:
        catalogue.assign(staff, "Youth", category="youth", site="No such site")
    # another site's station answers as a missing one
    with pytest.raises(Refused, match="NOT_FOUND"):
        catalogue.restrict(staff, "OT-01", "deny", ["gimp"])
    shown = catalogue.assign(staff, "Youth", category="youth", site=SITE)
    assert [(c.category, c.site) for c in shown.categories] == [("youth", SITE)]  # not OTHER's
    catalogue.assign(staff, "Youth", visitor="v-1")
    assert catalogue.restrict(staff, "RC-01", "deny", ["gimp"]).apps == ["gimp"]

    audit = service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE staff_id = ? ORDER BY id", [staff.id]))
    )
    actions = [(row["action"], row["target"]) for row in audit if row["action"] != "auth.login"]
    assert actions == [
        ("profile.assign", "profile:Youth"),
        ("profile.assign", "profile:Youth"),
        ("station.apps", "station:RC-01"),
    ]
    site_id = service.store.read(
        lambda db: next(db.query("SELECT id FROM sites WHERE name = ?", [SITE]))["id"]
    )
    assert [row["site_id"] for row in audit[-3:]] == [site_id, None, site_id]
    assert json.loads(audit[-2]["after"])["visitor"].startswith("visitor:")  # no identifier


def test_demo_catalogue(fresh_store: Store) -> None:
    seeded = seed_demo(fresh_store)
    service = Service(fresh_store)
    rc1 = service.stations.authenticate(seeded["stations"]["RC-01"])
    rc3 = service.stations.authenticate(seeded["stations"]["RC-03"])
    youth = next(v for v in seeded["visitors"] if v["category"] == "youth")
    jobseeker = next(v for v in seeded["visitors"] if v["category"] == "jobseeker")
    youth_apps = granted(service, rc1, youth["identifier"])
    assert "firefox" in youth_apps and "thunderbird" not in youth_apps
    grant = service.stations.sign_in(rc1, jobseeker["identifier"], jobseeker["pin"])
    assert "thunderbird" in [app.id for app in grant.apps]
    other = service.stations.sign_in(rc3, "2100001234", "1234")
    assert other.apps and "thunderbird" not in [app.id for app in other.apps]


# --- CLI ---------------------------------------------------------------------------------------


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: Capture) -> str:
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", SITE, "--db", path)[0] == 0
    assert run(capsys, "station", "add", "RC-01", "--site", SITE, "--db", path)[0] == 0
    assert run(capsys, "visitor", "add", "2100001236", "--category", "youth", "--db", path)[0] == 0
    return path


def test_cli_catalogue_round_trip(db: str, capsys: Capture) -> None:
    code, out, err = run(
        capsys,
        *("app", "add", "libreoffice-writer", "--name-fr", "Traitement de texte"),
        *("--name-nl", "Tekstverwerker", "--linux", "libreoffice --writer"),
        *("--windows", "soffice.exe --writer", "--process", "soffice", "--process", "soffice.bin"),
        *("--icon", "libreoffice-writer", "--db", db),
    )
    assert (code, err) == (0, ""), err
    assert (
        run(capsys, "app", "add", "firefox", "--name-en", "Web", "--linux", "firefox", "--db", db)[
            0
        ]
        == 0
    )
    code, out, _ = run(capsys, "app", "list", "--json", "--db", db)
    apps = {app["id"]: app for app in json.loads(out)}
    assert apps["libreoffice-writer"]["processes"] == ["soffice", "soffice.bin"]
    assert apps["libreoffice-writer"]["commands"]["windows"] == "soffice.exe --writer"
    assert apps["firefox"]["names"] == {"en": "Web"}

    assert run(capsys, "profile", "add", "Jeunes", "--app", "firefox", "--db", db)[0] == 0
    assert (
        run(capsys, "profile", "apps", "Jeunes", "--add", "libreoffice-writer", "--db", db)[0] == 0
    )
    assert (
        run(
            capsys, "profile", "assign", "Jeunes", "--category", "youth", "--site", SITE, "--db", db
        )[0]
        == 0
    )
    assert run(capsys, "profile", "assign", "Jeunes", "--visitor", "2100001236", "--db", db)[0] == 0
    code, out, _ = run(capsys, "profile", "list", "--json", "--db", db)
    [profile] = json.loads(out)
    assert profile["apps"] == ["firefox", "libreoffice-writer"]
    assert profile["categories"] == [{"category": "youth", "site": SITE}]
    assert profile["visitors"] == ["2100001236"]

    assert run(capsys, "station", "restrict", "RC-01", "--deny", "firefox", "--db", db)[0] == 0
    code, out, _ = run(
        capsys,
        "app",
        "preview",
        "--station",
        "RC-01",
        "--visitor",
        "2100001236",
        "--json",
        "--db",
        db,
    )
    preview = json.loads(out)
    assert preview["tier"] == "visitor"
    assert [app["id"] for app in preview["apps"]] == ["libreoffice-writer"]
    assert run(capsys, "station", "restrict", "RC-01", "--clear", "--db", db)[0] == 0
    assert run(capsys, "app", "remove", "firefox", "--db", db)[0] == 0
    code, out, _ = run(capsys, "app", "list", "--db", db)
    assert "libreoffice-writer" in out and "firefox" not in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["app", "add", "Bad Id", "--name-fr", "x", "--linux", "x"], 2, "pattern"),
        (["app", "add", "noname", "--linux", "x"], 2, "give a name"),
        (["app", "add", "nocmd", "--name-fr", "x"], 2, "command line"),
        (["app", "remove", "nothing"], 1, "no app"),
        (["profile", "apps", "Nope", "--add", "x"], 1, "no profile"),
        (["profile", "apps", "Nope"], 2, "--add or --remove"),
        (["profile", "assign", "Nope", "--visitor", "v", "--site", SITE], 2, "--site"),
        (["profile", "assign", "Nope"], 2, "required"),
        (["station", "restrict", "RC-01", "--allow", "ghost"], 1, "unknown app"),
        (["station", "restrict", "RC-01"], 2, "required"),
        (["app", "usage", "--site", "Nowhere"], 1, "no site"),
    ],
)
def test_cli_bad_input_is_one_line(
    db: str, capsys: Capture, argv: list[str], code: int, message: str
) -> None:
    got, _, err = run(capsys, *argv, "--db", db)
    assert got == code
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_cli_missing_database(tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, "profile", "list", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no database" in err


def test_cli_assigns_city_wide_like_an_admin(db: str, capsys: Capture) -> None:
    with Store(db) as store:
        CatalogueAdmin(store).add_app(None, spec("firefox"))
    assert run(capsys, "profile", "add", "Everyone", "--app", "firefox", "--db", db)[0] == 0
    code, out, _ = run(capsys, "profile", "assign", "Everyone", "--category", "*", "--db", db)
    assert code == 0 and "city-wide" in out
    code, out, _ = run(
        capsys, "app", "preview", "--station", "RC-01", "--visitor", "2100001236", "--db", db
    )
    assert "city default" in out and "firefox" in out
