"""Staff client calls: sites (a mixin of admin.client.staff_client.StaffClient).

A site's opening hours, lock-screen texts and ready-made staff messages, the time allowances per visitor category
(city-wide rows and a site's own overrides), the session rules (warning thresholds and
automatic extension, ``admin/rules/session_rules.py``), and the categories themselves.
"""

from __future__ import annotations

from typing import Any

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import SiteEnrollCode, SiteEnrollCodeRequest
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
from kiosk.protocol.sites import SiteHours, SitePublic, SiteReadyMessages, SiteTexts


class SiteCalls(ClientBase):
    # --- time allowances ---------------------------------------------------------------------

    def policies(self, site: int | None = None) -> list[PolicyRow]:
        """City-wide rows per category; with ``site``, that site's overrides after them."""
        params: dict[str, Any] = {} if site is None else {"site": site}
        return self._request("GET", Paths.POLICIES, PolicyList, params=params).policies

    def set_policy(
        self,
        category: str,
        *,
        session_minutes: int,
        daily_minutes: int,
        weekly_minutes: int,
        site_id: int | None = None,
    ) -> PolicyRow:
        """Set a category's minutes city-wide (admins) or, with ``site_id``, at that site."""
        body = PolicyChange(
            session_minutes=session_minutes,
            daily_minutes=daily_minutes,
            weekly_minutes=weekly_minutes,
            site_id=site_id,
        ).model_dump()
        return self._request("PUT", Paths.policy(category), PolicyRow, json=body)

    def remove_policy(self, category: str, *, site_id: int | None = None) -> None:
        """Remove a category's own row: at ``site_id`` the city's applies again (admins:
        city-wide, the '*' row applies)."""
        params: dict[str, Any] = {} if site_id is None else {"site_id": site_id}
        self._request_none("DELETE", Paths.policy(category), params=params)

    def session_rules(self, site: int | None = None) -> SessionRuleList:
        """City-wide session rules per category; with ``site``, that site's rows after them;
        and the defaults that apply where no row sets a value."""
        params: dict[str, Any] = {} if site is None else {"site": site}
        return self._request("GET", Paths.SESSION_RULES, SessionRuleList, params=params)

    def set_session_rules(self, category: str, change: SessionRuleChange) -> SessionRuleRow:
        """Replace a category's row city-wide (admins) or at ``change.site_id`` (null values:
        not set by this row, they fall through)."""
        body = change.model_dump(mode="json")
        return self._request("PUT", Paths.session_rule(category), SessionRuleRow, json=body)

    def clear_session_rules(self, category: str, *, site_id: int | None = None) -> None:
        """Remove a category's row: its values fall through again."""
        params: dict[str, Any] = {} if site_id is None else {"site_id": site_id}
        self._request_none("DELETE", Paths.session_rule(category), params=params)

    def categories(self) -> list[CategoryInfo]:
        return self._request("GET", Paths.CATEGORIES, CategoryList).categories

    def add_category(self, name: str) -> CategoryInfo:
        """Admins: add a visitor category."""
        body = CategoryCreate.model_construct(name=name).model_dump()
        return self._request("POST", Paths.CATEGORIES, CategoryInfo, json=body)

    # --- opening hours and texts -----------------------------------------------------------

    def site_hours(self, site_id: int) -> SiteHours:
        """Weekly hours, closed dates and exceptional hours of a site."""
        return self._request("GET", Paths.site(site_id, "hours"), SiteHours)

    def set_site_hours(self, site_id: int, schedule: SiteHours) -> SiteHours:
        """Replace the whole schedule of a site; answers it as stored."""
        body = schedule.model_dump(mode="json")
        return self._request("PUT", Paths.site(site_id, "hours"), SiteHours, json=body)

    def site_texts(self, site_id: int) -> SiteTexts:
        """Lock-screen message and charter by language, and whether the charter is required."""
        return self._request("GET", Paths.site(site_id, "texts"), SiteTexts)

    def set_site_texts(self, site_id: int, texts: SiteTexts) -> SiteTexts:
        """Replace the texts of a site (an empty text is removed); answers them as stored."""
        body = texts.model_dump(mode="json")
        return self._request("PUT", Paths.site(site_id, "texts"), SiteTexts, json=body)

    def ready_messages(self, site_id: int) -> SiteReadyMessages:
        """The site's ready-made staff messages and its language."""
        return self._request("GET", Paths.site(site_id, "ready-messages"), SiteReadyMessages)

    def set_ready_messages(self, site_id: int, messages: SiteReadyMessages) -> SiteReadyMessages:
        """Replace the site's ready-made messages; answers them as stored (with their ids)."""
        body = messages.model_dump(mode="json")
        path = Paths.site(site_id, "ready-messages")
        return self._request("PUT", path, SiteReadyMessages, json=body)

    def site_public(self, site_id: int) -> SitePublic:
        """The site's public page settings (address, how to register, colour, logo, on/off)."""
        return self._request("GET", Paths.site(site_id, "public"), SitePublic)

    def set_site_public(self, site_id: int, settings: SitePublic) -> SitePublic:
        """Replace the site's public page settings (the logo stays); answers them as stored."""
        body = settings.model_dump(mode="json", exclude={"logo"})
        return self._request("PUT", Paths.site(site_id, "public"), SitePublic, json=body)

    def set_site_logo(self, site_id: int, image: bytes) -> SitePublic:
        """Upload the site's logo (a PNG, JPEG or SVG file's bytes)."""
        path = Paths.site(site_id, "public/logo")
        return self._request("PUT", path, SitePublic, content=image)

    def remove_site_logo(self, site_id: int) -> SitePublic:
        return self._request("DELETE", Paths.site(site_id, "public/logo"), SitePublic)

    def public_logo(self, settings: SitePublic) -> bytes | None:
        """The bytes of the logo ``settings`` name (its public address), or None without one."""
        return self._request_bytes("GET", settings.logo) if settings.logo else None

    def public_url(self, path: str) -> str:
        """The full address of a public page (``/public/sites/3``) on this client's server."""
        return self._base_url + path

    def site_enroll_code(
        self, site_id: int, *, count: int, days: int, name_pattern: str | None = None
    ) -> SiteEnrollCode:
        """A fleet's code: ``count`` new stations within ``days`` days (named by the pattern)."""
        body = SiteEnrollCodeRequest(count=count, days=days, name_pattern=name_pattern)
        return self._request(
            "POST",
            Paths.site(site_id, "enroll-code"),
            SiteEnrollCode,
            json=body.model_dump(mode="json"),
        )
