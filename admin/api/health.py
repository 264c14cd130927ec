"""The server's health for monitoring, and what it serves to Prometheus when asked to."""

# No "from __future__ import annotations": FastAPI must see the route's types.

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from admin.core.errors import StoreError
from admin.db.migrations import MIGRATIONS
from admin.db.store import Store
from kiosk.protocol.health import Health, SchemaState
from kiosk.protocol.paths import Paths
from kiosk.protocol.version import MIN_STATION_VERSION, package_version


def check_health(store: Store) -> Health:
    """The database answers and holds exactly the program's migrations: ``ok``."""
    expected = len(MIGRATIONS._migrations)
    try:
        pending, unknown = store.schema_state()
    except StoreError:
        return Health(
            status="unhealthy",
            version=package_version(),
            min_station_version=MIN_STATION_VERSION,
            database=False,
            problems=["the database does not answer"],
        )
    problems = []
    if pending:
        problems.append(f"{len(pending)} migration(s) of this version not applied")
    if unknown:
        problems.append(f"the database was migrated by a newer version ({len(unknown)} unknown)")
    return Health(
        status="unhealthy" if problems else "ok",
        version=package_version(),
        min_station_version=MIN_STATION_VERSION,
        database=True,
        schema=SchemaState(
            applied=expected - len(pending) + len(unknown),
            expected=expected,
            pending=pending,
            unknown=unknown,
        ),
        problems=problems,
    )


def health_router(store: Store) -> APIRouter:
    router = APIRouter(tags=["monitoring"])

    @router.get(
        Paths.HEALTH,
        response_model=Health,
        responses={503: {"model": Health, "description": "unhealthy (same shape)"}},
    )
    def health() -> JSONResponse:
        """Version, database reachable, migrations applied: 200 when healthy, else 503."""
        report = check_health(store)
        return JSONResponse(
            report.model_dump(mode="json", by_alias=True),
            status_code=200 if report.status == "ok" else 503,
        )

    return router
