"""Staff client calls: workshops, registrations, attendance, themes and a site's no-show rule
(a mixin of admin.client.staff_client.StaffClient), for the console's Workshops page.

Every refusal is an ``ApiError`` with its ``ErrorCode`` (kiosk/protocol/workshops.py lists
them); times without an offset are the site's wall clock.
"""

from __future__ import annotations

from typing import Any

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.workshops import (
    Attendance,
    AttendanceMark,
    NoShowRule,
    Registration,
    RegistrationList,
    RegistrationRequest,
    Theme,
    ThemeLabels,
    ThemeList,
    Titles,
    Workshop,
    WorkshopList,
    WorkshopRequest,
    WorkshopUpdate,
)


class WorkshopCalls(ClientBase):
    def workshops(
        self, site: int | None = None, *, since: str | None = None, until: str | None = None
    ) -> list[Workshop]:
        """Workshops with a date between ``since`` (default now) and ``until`` (a week view)."""
        params: dict[str, Any] = {}
        if site is not None:
            params["site"] = site
        if since is not None:
            params["since"] = since
        if until is not None:
            params["until"] = until
        return self._request("GET", Paths.WORKSHOPS, WorkshopList, params=params or None).workshops

    def workshop(self, workshop_id: int) -> Workshop:
        return self._request("GET", Paths.workshop(workshop_id), Workshop)

    def add_workshop(self, request: WorkshopRequest) -> Workshop:
        """A workshop and its dates; refusals: HOLD_OUTSIDE_HOURS, HOLD_OVERLAP, HOLD_BAD_TIME,
        NO_FREE_STATION, THEME_UNKNOWN, WORKSHOP_TEXT_MISSING, NOT_FOUND."""
        body = request.model_dump(mode="json", exclude_none=True)
        return self._request("POST", Paths.WORKSHOPS, Workshop, json=body)

    def update_workshop(self, workshop_id: int, change: WorkshopUpdate) -> Workshop:
        body = change.model_dump(mode="json", exclude_unset=True)
        return self._request("PATCH", Paths.workshop(workshop_id), Workshop, json=body)

    def cancel_workshop(self, workshop_id: int) -> Workshop:
        return self._request("DELETE", Paths.workshop(workshop_id), Workshop)

    def cancel_workshop_date(self, workshop_id: int, date_id: int) -> Workshop:
        return self._request("DELETE", Paths.workshop(workshop_id, "dates", date_id), Workshop)

    def registrations(self, workshop_id: int, *, every: bool = False) -> list[Registration]:
        params = {"all": "true"} if every else None
        path = Paths.workshop(workshop_id, "registrations")
        return self._request("GET", path, RegistrationList, params=params).registrations

    def register(self, workshop_id: int, request: RegistrationRequest) -> Registration:
        """Register a card or a name (waitlisted past the capacity); refusals:
        ALREADY_REGISTERED, REGISTRATION_PAUSED, WORKSHOP_CLOSED, WORKSHOP_DATE_INVALID."""
        body = request.model_dump(mode="json", exclude_none=True)
        path = Paths.workshop(workshop_id, "registrations")
        return self._request("POST", path, Registration, json=body)

    def unregister(self, workshop_id: int, registration_id: int) -> Registration:
        path = Paths.workshop(workshop_id, "registrations", registration_id)
        return self._request("DELETE", path, Registration)

    def attendance(self, workshop_id: int) -> Attendance:
        return self._request("GET", Paths.workshop(workshop_id, "attendance"), Attendance)

    def mark_attendance(self, workshop_id: int, mark: AttendanceMark) -> Attendance:
        """Tick (True), untick (False) or take back (None) a presence at a date."""
        path = Paths.workshop(workshop_id, "attendance")
        return self._request("POST", path, Attendance, json=mark.model_dump(mode="json"))

    def workshop_sheet(self, workshop_id: int, language: str) -> bytes:
        """The attendance sheet (PDF bytes) in ``language`` (fr, nl, en). Refusals: NOT_FOUND,
        INVALID_REQUEST (another language); FONT_MISSING (503) when the server lacks its font."""
        path = Paths.workshop(workshop_id, "sheet.pdf")
        return self._request_bytes("GET", path, params={"language": language})

    def workshop_certificate(self, workshop_id: int, registration_id: int, language: str) -> bytes:
        """A participant's certificate of attendance (PDF bytes) in ``language``. Refusals:
        NOTHING_ATTENDED (present at no date), NOT_FOUND, INVALID_REQUEST, FONT_MISSING."""
        path = Paths.workshop(workshop_id, "registrations", registration_id, "certificate.pdf")
        return self._request_bytes("GET", path, params={"language": language})

    def workshop_themes(self) -> list[Theme]:
        return self._request("GET", Paths.WORKSHOP_THEMES, ThemeList).themes

    def put_workshop_theme(self, code: str, labels: Titles) -> Theme:
        body = ThemeLabels(labels=labels).model_dump(mode="json", exclude_none=True)
        return self._request("PUT", Paths.workshop_theme(code), Theme, json=body)

    def remove_workshop_theme(self, code: str) -> Theme:
        return self._request("DELETE", Paths.workshop_theme(code), Theme)

    def no_show_rule(self, site_id: int) -> NoShowRule:
        return self._request("GET", Paths.site(site_id, "no-show-rule"), NoShowRule)

    def put_no_show_rule(self, site_id: int, rule: NoShowRule) -> NoShowRule:
        path = Paths.site(site_id, "no-show-rule")
        return self._request("PUT", path, NoShowRule, json=rule.model_dump(mode="json"))
