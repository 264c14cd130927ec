"""HTTP routes of retention and a visitor's rights (staff, login token; docs/PRIVACY.md).

Every staff member sees the retention periods and the accounts to be deleted within a month
(to warn a visitor at the desk), and may hand a visitor everything held about them (JSON or
the readable PDF; audited). Erasure cannot be undone: admins only.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from admin.api.auth import staff_member
from admin.api.params import VisitorIdentifier
from admin.api.workshops import PDF_RESPONSES
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.privacy import Erasure, RetentionView, VisitorData

_ONE = f"{Paths.VISITORS}/{{identifier}}"


def privacy_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["privacy"])
    privacy = service.privacy
    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.RETENTION, response_model=RetentionView)
    def retention(member: Member) -> RetentionView:
        """The network's retention periods (server config) and the accounts the daily job
        deletes within a month unless they are used, soonest first."""
        return privacy.view()

    @router.get(f"{_ONE}/data", response_model=VisitorData)
    def export_json(member: Member, identifier: VisitorIdentifier) -> VisitorData:
        """Everything held about the visitor, table by table (the right of access; audited).
        NOT_FOUND: no such card."""
        return privacy.export(identifier, member.id)

    @router.get(f"{_ONE}/data.pdf", response_class=Response, responses=PDF_RESPONSES)
    def export_pdf(
        member: Member,
        identifier: VisitorIdentifier,
        language: Annotated[
            Literal["fr", "nl", "en"], Query(description="the reader's language")
        ] = "fr",
    ) -> Response:
        """The same as a readable PDF in the visitor's language (audited)."""
        content = privacy.export_pdf(identifier, language, member.id)
        return Response(
            content,
            media_type="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="visitor-data.pdf"'},
        )

    @router.post(f"{_ONE}/erase", response_model=Erasure)
    def erase(member: Member, identifier: VisitorIdentifier) -> Erasure:
        """Admins: erase the visitor; their usage still counts under no name. 409
        VISITOR_IN_SESSION while a session of theirs runs; NOT_FOUND: no such card."""
        if member.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "admins only")
        return privacy.erase(identifier, member.id)

    return router
