"""The authorization matrix over every route of the served OpenAPI schema.

Each operation of ``/api/v1/openapi.json`` is classified by its security scheme: station
(``StationToken``), staff (``StaffToken``; some of them admin-only, listed below) or public
(listed below). A route added without a bearer, or with one this file does not know, fails
:func:`test_every_route_is_classified`; the other tests then refuse each class the wrong
credentials, route by route.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.cli import app as cli
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import API_PREFIX, Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE_A = "EPN Test"  # made by the db_path fixture
SITE_B = "EPN Laeken"
#: The smallest PNG a logo upload accepts.
PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)
#: A site id that no site has.
NO_SITE = 999_999

#: Operations anybody may call: the station's enrolment (the one-time code is the
#: credential) and the staff login. The schema and docs pages are not operations of it.
#: Reachable without a login: enrolment, staff login, and the health check (version and
#: database state only: no personal data, for the city's monitoring).
#: The citizens' feeds (admin/api/public.py): read-only, under /public, nothing personal.
PUBLIC_FEEDS = frozenset(
    {
        ("GET", "/public/v1/sites.json"),
        ("GET", "/public/v1/sites/{site_id}/availability.json"),
        ("GET", "/public/v1/sites/{site_id}/workshops.ics"),
        ("GET", "/public/v1/sites/{site_id}/logo"),
    }
)
PUBLIC = (
    frozenset({("POST", Paths.STATION_ENROLL), ("POST", Paths.AUTH_LOGIN), ("GET", Paths.HEALTH)})
    | PUBLIC_FEEDS
)

_APP = Paths.app("{app_id}")
_PROFILE = f"{Paths.PROFILES}/{{name}}"

#: Staff operations refused to a member whose role is not admin, each with a request that an
#: admin would get through (the catalogue checks the role after reading the body).
ADMIN_ONLY: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", Paths.STAFF_ACCOUNTS): {},
    ("POST", Paths.staff_password("{username}")): {"json": {"new_password": "taken-over-1"}},
    ("GET", Paths.VISITORS_EXPORT): {},
    ("POST", f"{Paths.VISITORS}/{{identifier}}/erase"): {},
    ("POST", Paths.APPS): {
        "json": {"id": "gimp", "names": {"fr": "GIMP"}, "commands": {"linux": "gimp"}}
    },
    ("PUT", _APP): {
        "json": {"id": "writer", "names": {"fr": "Piraté"}, "commands": {"linux": "evil"}}
    },
    ("POST", Paths.PROFILES): {"json": {"name": "nouveau", "apps": ["writer"]}},
    ("POST", f"{_PROFILE}/apps"): {"json": {"remove": ["writer"]}},
    ("DELETE", _PROFILE): {},
    ("DELETE", _APP): {},
    ("POST", Paths.CATEGORIES): {"json": {"name": "retired"}},
    ("PUT", f"{Paths.POLICIES}/{{category}}"): {
        "json": {"session_minutes": 30, "daily_minutes": 60, "weekly_minutes": 200}
    },
    ("PUT", Paths.workshop_theme("{theme}")): {"json": {"labels": {"fr": "Toile"}}},
    ("DELETE", Paths.workshop_theme("{theme}")): {},
}

#: Path parameters: values that exist in the world below, at site A.
PATH_VALUES = {
    "station": "RC-01",
    "username": "admin",
    "site_id": "1",
    "identifier": "1001",
    "app_id": "writer",
    "name": "base",
    "session_id": "no-such-session",
    "category": "adult",
    "command_id": "1",
    "lockout_id": "1",
    "hold_id": "1",
    "booking": "visitor-0123456789ab",
    "ticket_id": "1",
    "workshop_id": "1",
    "date_id": "1",
    "registration_id": "1",
    "theme": "web",
    "class_id": "1",
    "action": "lock",
}


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    scheme: str | None  # StationToken, StaffToken or None
    has_body: bool

    def url(self, **values: str) -> str:
        url = self.path
        for name, value in {**PATH_VALUES, **values}.items():
            url = url.replace(f"{{{name}}}", value)
        assert "{" not in url, f"no value for a path parameter of {self.path}"
        return url

    def request(self, http: httpx.Client, headers: dict[str, str]) -> httpx.Response:
        kwargs: dict[str, Any] = {"headers": headers}
        if self.path == Paths.VISITORS_IMPORT:
            kwargs["content"] = b"identifier\n"
            kwargs["headers"] = {**headers, "Content-Type": "text/csv"}
        elif self.has_body:
            kwargs["json"] = {}
        return http.request(self.method, self.url(), **kwargs)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def routes_of(schema: dict[str, Any]) -> list[Route]:
    routes = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            schemes = {name for item in operation.get("security", []) for name in item}
            assert len(schemes) <= 1, (method, path, schemes)
            scheme = next(iter(schemes), None)
            routes.append(Route(method.upper(), path, scheme, "requestBody" in operation))
    return routes


def refusals(
    http: httpx.Client, routes: list[Route], headers: dict[str, str]
) -> dict[str, tuple[int, str]]:
    """Status and error code of each route called with ``headers``."""
    answers = {}
    for route in routes:
        response = route.request(http, headers)
        code = code_of(response) if response.status_code >= 400 else ""
        answers[str(route)] = (response.status_code, code)
    return answers


@dataclass
class World:
    http: httpx.Client
    routes: list[Route]
    site_a: int
    site_b: int
    station_a: str  # bearer tokens
    station_b: str
    admin: dict[str, str]  # Authorization headers
    staff_a: dict[str, str]
    session_b: str  # a session at site B

    def of(self, scheme: str | None) -> list[Route]:
        return [r for r in self.routes if r.scheme == scheme]


def login(http: httpx.Client, username: str) -> dict[str, str]:
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return bearer(response.json()["token"])


@pytest.fixture
def world(db_path: Path, base_url: str) -> Iterator[World]:
    """Sites A and B with a station each, an admin, a staff member of A, a session at B."""
    site_b = add_site(db_path, SITE_B)
    station_a = add_station(db_path, "RC-01", site=SITE_A)
    station_b = add_station(db_path, "LK-01", site=SITE_B)
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_staff(db_path, "ana", PASSWORD, role="staff", sites=[SITE_A])
    add_visitor(db_path, "1001")
    add_visitor(db_path, "1002")  # not in session: an admin may erase it
    with httpx.Client(base_url=base_url, timeout=15) as http:
        schema = http.get(f"{API_PREFIX}/openapi.json").json()
        admin = login(http, "admin")
        app = {"id": "writer", "names": {"fr": "Writer"}, "commands": {"linux": "lowriter"}}
        assert http.post(Paths.APPS, json=app, headers=admin).status_code == 201
        profile = {"name": "base", "apps": ["writer"]}
        assert http.post(Paths.PROFILES, json=profile, headers=admin).status_code == 201
        signed = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": "1001"}, headers=bearer(station_b)
        )
        assert signed.status_code == 200, signed.text
        sites = {s["name"]: s["id"] for s in http.get(Paths.SITES, headers=admin).json()["sites"]}
        assert sites[SITE_B] == site_b
        yield World(
            http=http,
            routes=routes_of(schema),
            site_a=sites[SITE_A],
            site_b=site_b,
            station_a=station_a,
            station_b=station_b,
            admin=admin,
            staff_a=login(http, "ana"),
            session_b=signed.json()["session_id"],
        )


# --- the classification ---------------------------------------------------------------------


def test_every_route_is_classified(world: World) -> None:
    by_scheme: dict[str | None, set[tuple[str, str]]] = {}
    for route in world.routes:
        by_scheme.setdefault(route.scheme, set()).add((route.method, route.path))
    # a route without a bearer must be one of the known public routes, and the reverse
    assert by_scheme.get(None, set()) == PUBLIC
    assert set(by_scheme) == {None, "StationToken", "StaffToken"}
    assert set(ADMIN_ONLY) <= by_scheme["StaffToken"]
    assert all(path.startswith(f"{API_PREFIX}/station/") for _, path in by_scheme["StationToken"])
    assert len(by_scheme["StationToken"]) >= 4 and len(by_scheme["StaffToken"]) >= 40


def test_public_feeds_need_no_login_and_reach_nothing_else(world: World) -> None:
    """Every route under /public is a GET of the feeds; no token, any token or a staff one
    gets the same answer; and no staff or station route lives under /public."""
    feeds = [r for r in world.routes if r.path.startswith("/public")]
    assert {(r.method, r.path) for r in feeds} == PUBLIC_FEEDS
    tokens = ({}, world.admin, bearer(world.station_a), {"Authorization": "Bearer forged"})
    for route in feeds:
        answers = {
            (response.status_code, response.content)
            for response in (route.request(world.http, headers) for headers in tokens)
        }
        assert len(answers) == 1, route
        assert next(iter(answers))[0] in (200, 404), route  # 404: no logo uploaded
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = world.http.request(method, "/public/v1/sites.json", headers=world.admin)
        assert response.status_code == 405


# --- no token, a wrong token, the other side's token -------------------------------------------


def test_no_token_is_refused_on_every_protected_route(world: World) -> None:
    protected = [r for r in world.routes if r.scheme is not None]
    for headers in ({}, {"Authorization": "Basic YWRtaW46YmlibGlvdGhlcXVl"}):
        answers = refusals(world.http, protected, headers)
        assert answers == {str(r): (401, ErrorCode.UNAUTHENTICATED) for r in protected}


def test_a_wrong_token_is_refused_on_every_protected_route(world: World) -> None:
    protected = [r for r in world.routes if r.scheme is not None]
    # a made-up token, and real tokens with one character changed
    wrong = ["made-up-token", world.station_a[:-1] + "x", world.admin["Authorization"][7:-1]]
    for token in wrong:
        answers = refusals(world.http, protected, bearer(token))
        assert answers == {str(r): (401, ErrorCode.UNAUTHENTICATED) for r in protected}


def test_a_station_token_opens_no_staff_route(world: World) -> None:
    staff_routes = world.of("StaffToken")
    answers = refusals(world.http, staff_routes, bearer(world.station_a))
    assert answers == {str(r): (401, ErrorCode.UNAUTHENTICATED) for r in staff_routes}


def test_a_staff_token_opens_no_station_route(world: World) -> None:
    station_routes = world.of("StationToken")
    for headers in (world.admin, world.staff_a):
        answers = refusals(world.http, station_routes, headers)
        assert answers == {str(r): (401, ErrorCode.UNAUTHENTICATED) for r in station_routes}


def test_expired_staff_token_is_refused_on_every_staff_route(
    world: World, clock: FakeClock
) -> None:
    staff_routes = world.of("StaffToken")
    assert world.http.get(Paths.AUTH_ME, headers=world.staff_a).status_code == 200
    clock.advance(hours=8, seconds=1)
    answers = refusals(world.http, staff_routes, world.staff_a)
    assert answers == {str(r): (401, ErrorCode.TOKEN_EXPIRED) for r in staff_routes}


# --- admin-only routes ----------------------------------------------------------------------


def test_staff_role_is_refused_on_admin_only_routes(world: World) -> None:
    http = world.http
    routes = {(r.method, r.path): r for r in world.routes}
    before = {
        path: http.get(path, headers=world.admin).json() for path in (Paths.APPS, Paths.PROFILES)
    }
    for key, kwargs in ADMIN_ONLY.items():
        response = http.request(key[0], routes[key].url(), headers=world.staff_a, **kwargs)
        assert (response.status_code, code_of(response)) == (403, ErrorCode.FORBIDDEN), key
    # nothing changed: catalogue and profiles as they were, the admin's password still works
    for path, body in before.items():
        assert http.get(path, headers=world.admin).json() == body
    login(http, "admin")
    # the same requests pass for an admin, so the refusal above was the role, not the request
    for key, kwargs in ADMIN_ONLY.items():
        # (a reset revokes the member's tokens: not the admin's own, which the loop needs)
        url = routes[key].url(username="ana", identifier="1002")
        response = http.request(key[0], url, headers=world.admin, **kwargs)
        assert response.status_code < 300, (key, response.text)


# --- staff of site A on site B ----------------------------------------------------------------


def _site_b_requests(world: World) -> list[tuple[str, str, dict[str, Any]]]:
    b = world.site_b
    hours = {"weekly": {"mon": ["08:00-09:00"]}}
    texts = {"message": {"fr": "Fermé"}}
    ready = {"language": "fr", "messages": [{"texts": {"fr": "Fermé"}}]}
    return [
        ("POST", Paths.station_commands("LK-01"), {"json": {"kind": "message", "text": "hé"}}),
        ("POST", Paths.station_commands("LK-01"), {"json": {"kind": "end"}}),
        ("GET", Paths.station_command("LK-01", 1), {}),
        ("POST", Paths.station_admin("LK-01", "enroll-code"), {}),
        ("POST", Paths.station_admin("LK-01", "disable"), {"json": {"reason": "panne"}}),
        ("POST", Paths.station_admin("LK-01", "enable"), {}),
        ("POST", Paths.station_admin("LK-01", "revoke"), {}),
        ("GET", Paths.station_apps("LK-01"), {}),
        ("PUT", Paths.station_apps("LK-01"), {"json": {"mode": "allow", "apps": ["writer"]}}),
        ("GET", Paths.station_errors("LK-01"), {}),
        ("GET", Paths.site(b, "hours"), {}),
        ("PUT", Paths.site(b, "hours"), {"json": hours}),
        ("GET", Paths.site(b, "texts"), {}),
        ("PUT", Paths.site(b, "texts"), {"json": texts}),
        ("GET", Paths.site(b, "ready-messages"), {}),
        ("PUT", Paths.site(b, "ready-messages"), {"json": ready}),
        ("GET", Paths.site(b, "public"), {}),
        ("PUT", Paths.site(b, "public"), {"json": {"enabled": False}}),
        ("PUT", Paths.site(b, "public/logo"), {"content": PNG}),
        ("DELETE", Paths.site(b, "public/logo"), {}),
        ("POST", Paths.site(b, "enroll-code"), {"json": {"count": 2, "days": 1}}),
        ("POST", Paths.TICKETS, {"json": {"site": SITE_B, "count": 2, "minutes": 30}}),
        ("GET", Paths.TICKETS, {"params": {"site": SITE_B}}),
        ("GET", Paths.session_apps(world.session_b), {}),
        ("POST", Paths.profile("base", "assign"), {"json": {"category": "adult", "site": SITE_B}}),
        (
            "POST",
            Paths.profile("base", "unassign"),
            {"json": {"category": "adult", "site": SITE_B}},
        ),
        # city-wide is every site, B included: admins only
        ("POST", Paths.profile("base", "assign"), {"json": {"category": "adult"}}),
    ]


def _site_b_state(world: World) -> dict[str, Any]:
    """All that staff of A could have changed at B, as the admin sees it."""
    http, admin, b = world.http, world.admin, world.site_b
    stations = http.get(Paths.STATION_ADMIN, headers=admin).json()["stations"]
    return {
        "station": next(s for s in stations if s["name"] == "LK-01"),
        "stations": http.get(Paths.STATIONS, headers=admin).json()["stations"],
        "apps": http.get(Paths.station_apps("LK-01"), headers=admin).json(),
        "hours": http.get(Paths.site(b, "hours"), headers=admin).json(),
        "texts": http.get(Paths.site(b, "texts"), headers=admin).json(),
        "ready": http.get(Paths.site(b, "ready-messages"), headers=admin).json(),
        "public": http.get(Paths.site(b, "public"), headers=admin).json(),
        "tickets": http.get(Paths.TICKETS, headers=admin).json(),
        "profiles": http.get(Paths.PROFILES, headers=admin).json(),
    }


def _hidden_answer(url: str) -> tuple[int, str]:
    """Site ids and site-scoped profile assignments answer 403 (missing ones too); another
    site's station, session or site name answers 404, exactly as a missing one."""
    if "/sites/" in url or "/profiles/" in url:
        return (403, ErrorCode.FORBIDDEN)
    return (404, ErrorCode.NOT_FOUND)


def test_staff_of_site_a_is_forbidden_on_site_b(world: World) -> None:
    http = world.http
    before = _site_b_state(world)
    for method, url, kwargs in _site_b_requests(world):
        response = http.request(method, url, headers=world.staff_a, **kwargs)
        assert (response.status_code, code_of(response)) == _hidden_answer(url), (
            method,
            url,
            response.text,
        )
    assert _site_b_state(world) == before
    # the station of B still works and was sent nothing
    commands = http.get(Paths.STATION_COMMANDS, headers=bearer(world.station_b))
    assert commands.status_code == 200 and commands.json()["commands"] == []
    # ... while the same member acts on their own site's station
    own = http.post(
        Paths.station_commands("RC-01"),
        json={"kind": "message", "text": "hé"},
        headers=world.staff_a,
    )
    assert own.status_code == 201


def test_a_site_that_is_not_yours_looks_the_same_as_one_that_does_not_exist(world: World) -> None:
    """Site ids are hidden: staff get 403 for a missing site, as for another's; admins 404."""
    for part in ("hours", "texts", "ready-messages", "public"):
        for site_id in (world.site_b, NO_SITE):
            response = world.http.get(Paths.site(site_id, part), headers=world.staff_a)
            assert (response.status_code, code_of(response)) == (403, ErrorCode.FORBIDDEN)
        missing = world.http.get(Paths.site(NO_SITE, part), headers=world.admin)
        assert (missing.status_code, code_of(missing)) == (404, ErrorCode.NOT_FOUND)


def test_another_sites_names_look_the_same_as_missing_ones(world: World) -> None:
    """A name of site B cannot be probed by staff of A: the very answer a missing name gets."""
    http, staff = world.http, world.staff_a
    session_b = world.session_b
    requests = [
        ("POST", Paths.station_commands("{}"), {"json": {"kind": "message", "text": "hé"}}),
        ("GET", Paths.station_command("{}", 1), {}),
        ("POST", Paths.station_admin("{}", "enroll-code"), {}),
        ("POST", Paths.station_admin("{}", "disable"), {"json": {"reason": "panne"}}),
        ("POST", Paths.station_admin("{}", "enable"), {}),
        ("POST", Paths.station_admin("{}", "revoke"), {}),
        ("GET", Paths.station_apps("{}"), {}),
        ("PUT", Paths.station_apps("{}"), {"json": {"mode": "allow", "apps": ["writer"]}}),
        ("GET", Paths.station_errors("{}"), {}),
    ]
    for method, template, kwargs in requests:
        answers = []
        for name in ("LK-01", "NOPE-1"):
            response = http.request(
                method, template.replace("%7B%7D", name), headers=staff, **kwargs
            )
            answers.append((response.status_code, response.json()["error"]))
        hidden, missing = answers
        assert hidden[0] == missing[0] == 404, (template, answers)
        # the same body, but for the name asked
        assert json.dumps(hidden[1]) == json.dumps(missing[1]).replace("NOPE-1", "LK-01")
    for site in (SITE_B, "No such site"):
        tickets = http.get(Paths.TICKETS, params={"site": site}, headers=staff)
        batch = http.post(
            Paths.TICKETS, json={"site": site, "count": 1, "minutes": 30}, headers=staff
        )
        assert (tickets.status_code, code_of(tickets)) == (404, ErrorCode.NOT_FOUND)
        assert (batch.status_code, code_of(batch)) == (404, ErrorCode.NOT_FOUND)
    for session_id in (session_b, "no-such-session"):
        apps = http.get(Paths.session_apps(session_id), headers=staff)
        assert (apps.status_code, apps.json()["error"]["message"]) == (404, "no such session")


def test_station_names_and_sessions_are_not_hidden(world: World) -> None:
    """Station names and session ids are not secrets: a missing one is a 404, for staff too."""
    http, staff = world.http, world.staff_a
    command = {"kind": "message", "text": "hé"}
    for response in (
        http.post(Paths.station_commands("NOPE-1"), json=command, headers=staff),
        http.post(Paths.station_admin("NOPE-1", "revoke"), headers=staff),
        http.get(Paths.station_apps("NOPE-1"), headers=staff),
        http.get(Paths.station_errors("NOPE-1"), headers=staff),
        http.get(Paths.session_apps("no-such-session"), headers=staff),
    ):
        assert (response.status_code, code_of(response)) == (404, ErrorCode.NOT_FOUND)


def test_listings_show_staff_only_their_sites(world: World) -> None:
    http, staff = world.http, world.staff_a
    assert http.post(
        Paths.TICKETS, json={"site": SITE_B, "count": 1, "minutes": 30}, headers=world.admin
    ).is_success
    assert http.post(
        Paths.TICKETS, json={"site": SITE_A, "count": 1, "minutes": 30}, headers=world.admin
    ).is_success

    def names(path: str, key: str, field: str) -> set[str]:
        response = http.get(path, headers=staff)
        assert response.status_code == 200, response.text
        return {item[field] for item in response.json()[key]}

    def site_names(path: str, key: str) -> set[str]:
        return {item["site"]["name"] for item in http.get(path, headers=staff).json()[key]}

    assert names(Paths.SITES, "sites", "name") == {SITE_A}
    assert site_names(Paths.STATIONS, "stations") == {SITE_A}
    assert site_names(Paths.STATION_ADMIN, "stations") == {SITE_A}
    assert names(Paths.TICKETS, "tickets", "site") == {SITE_A}
    assert names(Paths.SESSIONS, "sessions", "id") == set()  # the only session is at B
    usage = http.get(f"{Paths.VISITORS}/1001/usage", headers=staff).json()
    assert usage["sessions"] == []
    # the admin sees B in each of them
    assert world.session_b in {
        s["id"] for s in http.get(Paths.SESSIONS, headers=world.admin).json()["sessions"]
    }


# --- a revoked station ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["api", "cli"])
def test_revoked_station_is_refused_on_every_station_route(
    world: World, db_path: Path, how: str
) -> None:
    station_routes = world.of("StationToken")
    token = bearer(world.station_a)
    assert world.http.get(Paths.STATION_ME, headers=token).status_code == 200
    if how == "api":
        revoked = world.http.post(Paths.station_admin("RC-01", "revoke"), headers=world.staff_a)
        assert revoked.status_code == 200 and revoked.json()["enrolled"] is False
    else:
        assert cli.main(["station", "revoke", "RC-01", "--db", str(db_path)]) == 0
    answers = refusals(world.http, station_routes, token)
    assert answers == {str(r): (401, ErrorCode.UNAUTHENTICATED) for r in station_routes}
    # the other station is not affected
    assert world.http.get(Paths.STATION_ME, headers=bearer(world.station_b)).status_code == 200


# --- a teacher ------------------------------------------------------------------------------


def test_a_teacher_is_refused_every_staff_route_but_their_classes(
    world: World, db_path: Path
) -> None:
    """A teacher reaches only who they are, their site's room and their classes: every other
    staff route (visitors, settings, catalogue, others' sessions, bookings...) is FORBIDDEN."""
    from admin.api.auth import TEACHER_ROUTES

    add_staff(db_path, "prof", PASSWORD, role="teacher", sites=[SITE_A])
    teacher = login(world.http, "prof")
    staff_routes = world.of("StaffToken")
    assert {(r.method, r.path) for r in staff_routes} >= TEACHER_ROUTES
    others = [r for r in staff_routes if (r.method, r.path) not in TEACHER_ROUTES]
    answers = refusals(world.http, others, teacher)
    assert answers == {str(r): (403, ErrorCode.FORBIDDEN) for r in others}
    # the routes a teacher has are not refused for the role (an empty body is a 422, a
    # class that is not there a 404)
    allowed = [r for r in staff_routes if (r.method, r.path) in TEACHER_ROUTES]
    for route, (_status, code) in refusals(world.http, allowed, teacher).items():
        assert code != ErrorCode.FORBIDDEN, route
    assert world.http.get(Paths.CLASSES, headers=teacher).json() == {"classes": []}
