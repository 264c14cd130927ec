"""HTTP routes for staff accounts and the audit log: password change and reset, audit listing."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from admin.api.auth import ClientAddress, StaffToken, staff_member
from admin.api.params import Username
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.reports.audit_log import DEFAULT_LIMIT, MAX_LIMIT, AuditFilter, parse_moment
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import AuditList
from kiosk.protocol.staff import PasswordChange, PasswordChanged, PasswordReset, StaffAccount
from kiosk.protocol.text import MOMENT_PATTERN

#: A date (``2025-03-10``) or an ISO 8601 time; the schema gives the form the server reads.
Moment = Annotated[
    str | None,
    Query(
        max_length=40,
        description="date or ISO time",
        json_schema_extra={"pattern": MOMENT_PATTERN},
    ),
]


def audit_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])
    accounts = service.staff_accounts
    audit_log = service.audit_log

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    def admin(member: Member) -> StaffMember:
        if member.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "admins only")
        return member

    Admin = Annotated[StaffMember, Depends(admin)]

    @router.post(Paths.AUTH_PASSWORD, response_model=PasswordChanged)
    def change_password(
        member: Member, raw: StaffToken, request: PasswordChange, address: ClientAddress
    ) -> PasswordChanged:
        """Change one's own password; every other login token of the account is revoked."""
        return accounts.change_own(member, request.old_password, request.new_password, raw, address)

    @router.post(Paths.staff_password("{username}"), response_model=PasswordChanged)
    def reset_password(
        member: Admin, username: Username, request: PasswordReset
    ) -> PasswordChanged:
        """Admins: set another staff member's password and revoke all their login tokens."""
        return accounts.reset(member, username, request.new_password)

    @router.get(Paths.STAFF_ACCOUNTS, response_model=list[StaffAccount])
    def staff_accounts(member: Admin) -> list[StaffAccount]:
        """Admins: every staff account with its role and sites."""
        return accounts.all()

    @router.get(Paths.AUDIT, response_model=AuditList)
    def audit(
        member: Member,
        since: Moment = None,
        until: Moment = None,
        staff: Annotated[str | None, Query(max_length=64, description="username")] = None,
        action: Annotated[
            str | None, Query(max_length=64, description="action, or its prefix: command")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        site: Annotated[
            int | None, Query(ge=1, le=2**31 - 1, description="only this site's entries")
        ] = None,
    ) -> AuditList:
        """Audit entries, newest first: admins see all, staff their sites and own actions."""
        filters = AuditFilter(
            since=None if since is None else parse_moment(since),
            until=None if until is None else parse_moment(until, end_of_day=True),
            staff=staff,
            action=action,
            limit=limit,
            site=site,
        )
        return AuditList(entries=audit_log.entries(member, filters))

    return router
