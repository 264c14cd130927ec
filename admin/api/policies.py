"""HTTP routes for staff: time allowances and session rules per category, and the categories.

Any staff member reads them; admins change city-wide allowances and add categories, staff
change the overrides of their own sites. Every change is audited.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from admin.api.auth import staff_member
from admin.api.params import CategoryName
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.rules.grant import Limits
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.rules import (
    CategoryCreate,
    CategoryInfo,
    CategoryList,
    PolicyChange,
    PolicyList,
    PolicyRow,
    SessionRuleChange,
    SessionRuleList,
    SessionRuleRow,
)

CategoryPath = CategoryName

#: A site's own row (absent: the city-wide row).
SiteOfRow = Annotated[
    int | None, Query(ge=1, le=2**31 - 1, description="this site's row (else the city-wide one)")
]


def policies_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])
    policies = service.policies
    categories = service.categories
    session_rules = service.session_rules

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.POLICIES, response_model=PolicyList)
    def list_policies(
        member: Member,
        site: Annotated[
            int | None, Query(ge=1, le=2**31 - 1, description="also this site's overrides")
        ] = None,
    ) -> PolicyList:
        """City-wide allowances per category, then the site's own rows when asked."""
        return PolicyList(policies=policies.list(member, site))

    @router.put(f"{Paths.POLICIES}/{{category}}", response_model=PolicyRow)
    def set_policy(
        member: Member,
        category: CategoryPath,
        request: PolicyChange,
    ) -> PolicyRow:
        """Set a category's minutes per session, day and week (audited).

        City-wide rows are for admins; with ``site_id``, one of the member's sites only.
        """
        limits = Limits(request.session_minutes, request.daily_minutes, request.weekly_minutes)
        return policies.set(member, category, limits, request.site_id)

    @router.delete(f"{Paths.POLICIES}/{{category}}", status_code=204)
    def remove_policy(
        member: Member,
        category: CategoryPath,
        site_id: SiteOfRow = None,
    ) -> None:
        """Remove a category's own allowances (audited): at ``site_id`` (one of the member's
        sites) the city-wide row applies again; city-wide (admins) the '*' row does."""
        policies.remove(member, category, site_id)

    @router.get(Paths.SESSION_RULES, response_model=SessionRuleList)
    def list_session_rules(
        member: Member,
        site: Annotated[
            int | None, Query(ge=1, le=2**31 - 1, description="also this site's rows")
        ] = None,
    ) -> SessionRuleList:
        """Warning thresholds and automatic extension per category: city-wide rows, then the
        site's when asked, and the defaults where no row sets a value."""
        return session_rules.rows(member, site)

    @router.put(f"{Paths.SESSION_RULES}/{{category}}", response_model=SessionRuleRow)
    def set_session_rules(
        member: Member, category: CategoryPath, request: SessionRuleChange
    ) -> SessionRuleRow:
        """Replace a category's session rules (audited); a null value is not set by this row
        and falls through. City-wide rows are for admins; with ``site_id``, one of the
        member's sites."""
        stored = session_rules.set(
            category,
            site=request.site_id,
            warning_seconds=request.warning_seconds,
            extend_minutes=request.extend_minutes,
            extend_times=request.extend_times,
            extend_min_free=request.extend_min_free,
            member=member,
            replace=True,
        )
        return SessionRuleRow(category=category.strip(), site_id=request.site_id, **stored)

    @router.delete(f"{Paths.SESSION_RULES}/{{category}}", status_code=204)
    def clear_session_rules(
        member: Member,
        category: CategoryPath,
        site_id: SiteOfRow = None,
    ) -> None:
        """Remove a category's session rules (audited): its values fall through again."""
        if not session_rules.clear(category, site=site_id, member=member):
            raise Refused(
                ErrorCode.NOT_FOUND,
                f"category {category!r} has no session rules of its own here",
                {"category": category},
            )

    @router.get(Paths.CATEGORIES, response_model=CategoryList)
    def list_categories(member: Member) -> CategoryList:
        """The visitor categories, by name."""
        return CategoryList(categories=categories.list())

    @router.post(Paths.CATEGORIES, response_model=CategoryInfo, status_code=201)
    def add_category(member: Member, request: CategoryCreate) -> CategoryInfo:
        """Admins: add a visitor category (audited)."""
        return categories.add(member, request.name)

    return router
