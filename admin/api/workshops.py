"""HTTP routes for workshops, their registrations and attendance, the themes and a site's
no-show rule (staff; admin/workshops/).

A change of a workshop's dates or registrations changes what its held stations admit: it
wakes the room's long-poll (``/stations``: each station's ``hold``).
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from admin.api.auth import staff_member
from admin.api.holds import wake_sites
from admin.core.actors import StaffMember
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.services import Service
from admin.workshops.printing import PDF_MEDIA_TYPE, Printed
from kiosk.protocol.errors import ApiErrorEnvelope
from kiosk.protocol.limits import MAX_SQL_INT
from kiosk.protocol.paths import Paths
from kiosk.protocol.workshops import (
    THEME_PATTERN,
    Attendance,
    AttendanceMark,
    NoShowRule,
    Registration,
    RegistrationList,
    RegistrationRequest,
    Theme,
    ThemeLabels,
    ThemeList,
    Workshop,
    WorkshopList,
    WorkshopRequest,
    WorkshopUpdate,
)

WorkshopId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the workshop")]
DateId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the workshop's date")]
RegistrationId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the registration")]
SiteId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the site")]
ThemeCode = Annotated[str, Path(pattern=THEME_PATTERN, max_length=32, description="the theme")]
Language = Annotated[
    Literal["fr", "nl", "en"] | None,
    Query(description="the reader's language (default: the site's)"),
]
#: The PDF routes' answers: the document, or 503 FONT_MISSING (the server lacks its font).
PDF_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "content": {PDF_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        "description": "the PDF, with a file name (Content-Disposition)",
    },
    503: {
        "model": ApiErrorEnvelope,
        "description": "FONT_MISSING: the server cannot draw PDFs (the message names the package)",
    },
}


def pdf(printed: Printed) -> Response:
    return Response(
        printed.content,
        media_type=PDF_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{printed.filename}"'},
    )


def workshops_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["workshops"])
    workshops = service.workshops

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    def changed(made: Workshop | None = None) -> None:
        # a workshop's dates are holds: its stations follow them at once
        if made is None:
            notifier.notify(STATIONS_TOPIC)
        else:
            wake_sites(service, notifier, [made.site])

    @router.get(Paths.WORKSHOPS, response_model=WorkshopList)
    def listing(
        member: Member,
        site: Annotated[int | None, Query(ge=1, le=MAX_SQL_INT, description="site id")] = None,
        since: Annotated[
            str | None, Query(max_length=40, description="a date ending after (ISO 8601)")
        ] = None,
        until: Annotated[
            str | None, Query(max_length=40, description="a date starting before (ISO 8601)")
        ] = None,
    ) -> WorkshopList:
        """Workshops of the member's sites with a date ending after ``since`` (default now)
        and starting before ``until``, first date first (a week view: both). A time without
        an offset is the site's wall clock (with ``site``). HOLD_BAD_TIME: not a time."""
        return workshops.listing(member, site, since, until)

    @router.post(Paths.WORKSHOPS, response_model=Workshop, status_code=201)
    def add(member: Member, request: WorkshopRequest) -> Workshop:
        """A workshop and its dates (one, or weekly for ``weeks`` at the same wall time), each
        holding its stations for its participants. All or nothing; refused
        HOLD_OUTSIDE_HOURS (a date on a closed day or outside the hours: ``details.date``),
        HOLD_OVERLAP, HOLD_BAD_TIME (past, a wall time the clocks skip), NO_FREE_STATION,
        THEME_UNKNOWN, WORKSHOP_TEXT_MISSING (no title in the site's language), NOT_FOUND
        (the animateur's account, their card, a station)."""
        made = workshops.add(member, request)
        changed(made)
        return made

    @router.get(Paths.workshop("{workshop_id}"), response_model=Workshop)
    def show(member: Member, workshop_id: WorkshopId) -> Workshop:
        """One workshop with its dates, their stations and registration counts."""
        return workshops.show(member, workshop_id)

    @router.patch(Paths.workshop("{workshop_id}"), response_model=Workshop)
    def update(member: Member, workshop_id: WorkshopId, change: WorkshopUpdate) -> Workshop:
        """Change its texts, theme, level, language or capacity (a larger one promotes the
        waitlist; one below the registered count: WORKSHOP_DATE_INVALID)."""
        made = workshops.update(member, workshop_id, change)
        changed(made)
        return made

    @router.delete(Paths.workshop("{workshop_id}"), response_model=Workshop)
    def cancel(member: Member, workshop_id: WorkshopId) -> Workshop:
        """Cancel the dates not over yet: their stations go back to free access.
        WORKSHOP_CLOSED when nothing is left to cancel."""
        made = workshops.cancel(member, workshop_id)
        changed(made)
        return made

    @router.delete(Paths.workshop("{workshop_id}", "dates", "{date_id}"), response_model=Workshop)
    def cancel_date(member: Member, workshop_id: WorkshopId, date_id: DateId) -> Workshop:
        """Cancel one date (its holds); WORKSHOP_DATE_INVALID: not one of the workshop's."""
        made = workshops.cancel(member, workshop_id, date_id)
        changed(made)
        return made

    @router.get(Paths.workshop("{workshop_id}", "registrations"), response_model=RegistrationList)
    def registrations(
        member: Member,
        workshop_id: WorkshopId,
        every: Annotated[bool, Query(alias="all", description="also the cancelled ones")] = False,
    ) -> RegistrationList:
        """The registered, then the waitlist in order (with each one's position)."""
        return workshops.registrations(member, workshop_id, every)

    @router.post(
        Paths.workshop("{workshop_id}", "registrations"),
        response_model=Registration,
        status_code=201,
    )
    def register(
        member: Member, workshop_id: WorkshopId, request: RegistrationRequest
    ) -> Registration:
        """Register a visitor's card or a name; past the capacity, on the waitlist
        (``state``). Refused ALREADY_REGISTERED, REGISTRATION_PAUSED (``details.until``),
        WORKSHOP_CLOSED, WORKSHOP_DATE_INVALID (a per-date workshop needs ``date_id``, a
        series none), NOT_FOUND (an unknown card)."""
        made = workshops.register(member, workshop_id, request)
        changed()
        return made

    @router.delete(
        Paths.workshop("{workshop_id}", "registrations", "{registration_id}"),
        response_model=Registration,
    )
    def unregister(
        member: Member, workshop_id: WorkshopId, registration_id: RegistrationId
    ) -> Registration:
        """Cancel a registration; the first on the waitlist takes the place."""
        made = workshops.unregister(member, workshop_id, registration_id)
        changed()
        return made

    @router.get(Paths.workshop("{workshop_id}", "attendance"), response_model=Attendance)
    def attendance(member: Member, workshop_id: WorkshopId) -> Attendance:
        """Who came to each date: sign-ins on the held stations during the slot (minutes),
        staff's ticks, walk-ins with the code, no-shows once the slot is over."""
        return workshops.attendance(member, workshop_id)

    @router.post(Paths.workshop("{workshop_id}", "attendance"), response_model=Attendance)
    def mark(member: Member, workshop_id: WorkshopId, mark: AttendanceMark) -> Attendance:
        """Tick (``present`` true), untick (false) or take back (null) a registration's
        presence at a date that has started."""
        return workshops.mark(member, workshop_id, mark)

    @router.get(
        Paths.workshop("{workshop_id}", "sheet.pdf"),
        response_class=Response,
        responses=PDF_RESPONSES,
    )
    def sheet(member: Member, workshop_id: WorkshopId, language: Language = None) -> Response:
        """The attendance sheet (PDF): a section per date, a row per participant with their
        presence, minutes and a signature cell; in the reader's ``language``."""
        return pdf(workshops.sheet(member, workshop_id, language))

    @router.get(
        Paths.workshop("{workshop_id}", "registrations", "{registration_id}", "certificate.pdf"),
        response_class=Response,
        responses=PDF_RESPONSES,
    )
    def certificate(
        member: Member,
        workshop_id: WorkshopId,
        registration_id: RegistrationId,
        language: Language = None,
    ) -> Response:
        """A participant's certificate of attendance (PDF): each date attended with its hours
        and minutes, and the total. NOTHING_ATTENDED (409): present at no date; NOT_FOUND: a
        registration not of this workshop."""
        return pdf(workshops.certificate(member, workshop_id, registration_id, language))

    @router.get(Paths.site("{site_id}", "no-show-rule"), response_model=NoShowRule)
    def no_show_rule(member: Member, site_id: SiteId) -> NoShowRule:
        """The site's no-show rule (``limit`` null: off)."""
        return workshops.no_show_rule(member, site_id)

    @router.put(Paths.site("{site_id}", "no-show-rule"), response_model=NoShowRule)
    def put_no_show_rule(member: Member, site_id: SiteId, rule: NoShowRule) -> NoShowRule:
        """Change the site's no-show rule (audited ``site.noshow``)."""
        return workshops.put_no_show_rule(member, site_id, rule)

    @router.get(Paths.WORKSHOP_THEMES, response_model=ThemeList)
    def themes(member: Member) -> ThemeList:
        """The workshop themes, with their names in French, Dutch and English."""
        return workshops.themes()

    @router.put(Paths.workshop_theme("{theme}"), response_model=Theme)
    def put_theme(member: Member, theme: ThemeCode, body: ThemeLabels) -> Theme:
        """Add a theme or rename one (administrators)."""
        return workshops.put_theme(member, theme, body.labels)

    @router.delete(Paths.workshop_theme("{theme}"), response_model=Theme)
    def remove_theme(member: Member, theme: ThemeCode) -> Theme:
        """Remove a theme (administrators); THEME_IN_USE while a workshop has it."""
        return workshops.remove_theme(member, theme)

    return router
