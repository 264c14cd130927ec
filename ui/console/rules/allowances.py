"""The allowances part of the Time allowances page: per category, the minutes per session, day
and week that apply, and where they come from (a whole row applies: see
:mod:`ui.console.rules.allowances_model`); the page's texts that depend on the scope, and why
the server refused a change of allowances."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import DEFAULT_CATEGORY
from kiosk.protocol.rules import Limits, PolicyRow
from ui.console.context import error_text
from ui.console.rules.allowances_dialog import AllowanceDialog, duration_text, limits_text
from ui.console.rules.allowances_model import Allowance, allowances
from ui.console.rules.grid import Column, Columns, category_text
from ui.console.rules.lookup import Source

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class Col:
    CATEGORY, SESSION, DAILY, WEEKLY, SOURCE = range(5)


class AllowanceData(NamedTuple):
    rows: list[PolicyRow]
    categories: list[str]


# --- the grid ---------------------------------------------------------------------------------


def _own(line: Allowance) -> bool:
    """At a site, the line is the site's own row (or its '*' row)."""
    return line.source in (Source.SITE, Source.SITE_ALL)


def _tooltip(line: Allowance, _city: bool) -> str:
    if line.source == Source.SITE and line.city is not None:
        return translate("AllowanceGrid", "City-wide: %1").replace("%1", limits_text(line.city))
    if line.source in (Source.CITY_ALL, Source.SITE_ALL):
        return translate(
            "AllowanceGrid",
            "This category has no allowances of its own: it gets those of every other category.",
        )
    return ""


def _minutes(field: str) -> Column:
    def text(line: Allowance, _city: bool) -> str:
        return "—" if line.limits is None else duration_text(getattr(line.limits, field))

    header = {
        "session_minutes": lambda: translate("AllowanceGrid", "Per session"),
        "daily_minutes": lambda: translate("AllowanceGrid", "Per day"),
        "weekly_minutes": lambda: translate("AllowanceGrid", "Per week"),
    }[field]
    return Column(header, text, _own, _tooltip, right=True)


def _source_text(line: Allowance, city_scope: bool) -> str:
    source = line.source
    if source == Source.SITE:
        if line.city is None:
            return translate("AllowanceGrid", "This site")
        return (
            translate("AllowanceGrid", "This site — city-wide: %1 · %2 · %3")
            .replace("%1", duration_text(line.city.session_minutes))
            .replace("%2", duration_text(line.city.daily_minutes))
            .replace("%3", duration_text(line.city.weekly_minutes))
        )
    if source == Source.SITE_ALL:
        return translate("AllowanceGrid", "This site (as every other category)")
    if source == Source.CITY:
        if city_scope:
            return translate("AllowanceGrid", "City-wide")
        return translate("AllowanceGrid", "Inherited from the city")
    if source == Source.CITY_ALL:
        if city_scope:
            return translate("AllowanceGrid", "City-wide (as every other category)")
        return translate("AllowanceGrid", "Inherited from the city (as every other category)")
    return translate("AllowanceGrid", "Not set")


COLUMNS = Columns(
    name="Allowances",
    columns=(
        Column(
            lambda: translate("AllowanceGrid", "Category"),
            lambda line, _city: category_text(line.category),
            _own,
            _tooltip,
        ),
        _minutes("session_minutes"),
        _minutes("daily_minutes"),
        _minutes("weekly_minutes"),
        Column(lambda: translate("AllowanceGrid", "Applies from"), _source_text, _own, _tooltip),
    ),
    stretch=Col.SOURCE,
    accessible_name=lambda: translate("AllowanceGrid", "Time allowances by category"),
)


# --- the part ---------------------------------------------------------------------------------


class Allowances:
    """The minutes per session, day and week of each category (:class:`RulesKind`)."""

    columns = COLUMNS

    def heading(self) -> str | None:
        return None  # the page's title heads this part

    def change_texts(self) -> tuple[str, str]:
        return (
            translate("RulesView", "Change…"),
            translate(
                "RulesView",
                "Change the allowances of the selected category (F2, Enter or double click)",
            ),
        )

    def remove_texts(self, *, city: bool) -> tuple[str, str]:
        if city:
            return (
                translate("RulesView", "Use the default allowances"),
                translate(
                    "RulesView",
                    "The selected category gets the allowances of every other one again (Del)",
                ),
            )
        return (
            translate("RulesView", "Use the city's allowances"),
            translate(
                "RulesView", "Remove this site's own allowances of the selected category (Del)"
            ),
        )

    def read_only_text(self) -> str:
        return translate(
            "RulesView",
            "Read only: only administrators change the city-wide allowances. Choose one of "
            "your sites in the toolbar to set its own.",
        )

    def fetch(self, client: StaffClient, site: int | None) -> AllowanceData:
        return AllowanceData(client.policies(site), [c.name for c in client.categories()])

    def lines(self, data: AllowanceData, site: int | None) -> list[Allowance]:
        return allowances(data.rows, data.categories, site)

    def removable(self, line: Allowance, site: int | None) -> bool:
        """A site's own row, or (admins) a category's own city-wide row other than '*'."""
        if not line.own:
            return False
        if site is None:
            return line.category != DEFAULT_CATEGORY
        return line.source == Source.SITE

    def ask(
        self,
        parent: QWidget,
        data: AllowanceData,
        line: Allowance,
        site: int | None,
        site_name: str | None,
        typed: Limits | None,
        remove_text: str,
    ) -> Limits | None:
        start = typed or line.limits or Limits(60, 120, 600)
        name = category_text(line.category)
        if site_name is None:
            where = translate("RulesView", "City-wide allowances of “%1”, for every site.")
            where = where.replace("%1", name)
            note = ""
        else:
            where = (
                translate(
                    "RulesView", "Allowances of “%1” at %2 only. The other sites keep theirs."
                )
                .replace("%1", name)
                .replace("%2", site_name)
            )
            note = ""
            if line.source == Source.SITE:
                note = translate("RulesView", "To follow the city again, use “%1” instead.")
                note = note.replace("%1", remove_text)
        title = translate("RulesView", "Change the allowances of “%1”").replace("%1", name)
        return AllowanceDialog.ask(parent, title, where, start, note=note)

    def save(self, client: StaffClient, category: str, values: Limits, site: int | None) -> None:
        client.set_policy(
            category,
            session_minutes=values.session_minutes,
            daily_minutes=values.daily_minutes,
            weekly_minutes=values.weekly_minutes,
            site_id=site,
        )

    def saved_text(self, name: str, site_name: str | None) -> str:
        if site_name is None:
            return translate("RulesView", "City-wide allowances of “%1” saved.").replace("%1", name)
        return (
            translate("RulesView", "Allowances of “%1” at %2 saved.")
            .replace("%1", name)
            .replace("%2", site_name)
        )

    def remove(self, client: StaffClient, category: str, site: int | None) -> None:
        client.remove_policy(category, site_id=site)

    def then_text(self, data: AllowanceData, category: str, site: int | None) -> str:
        kept = [r for r in data.rows if not (r.category == category and r.site_id == site)]
        after = next(
            (a for a in allowances(kept, data.categories, site) if a.category == category), None
        )
        if after is None or after.limits is None:
            return translate("RulesView", "no limit")
        return limits_text(after.limits)

    def remove_question(self, name: str, site_name: str | None, then: str) -> str:
        """Asked before a category's own allowances are removed; ``then``: what applies
        after."""
        if site_name is None:
            return (
                translate(
                    "RulesView",
                    "Remove the city-wide allowances of “%1”? This category then gets those of "
                    "every other category: %2.",
                )
                .replace("%1", name)
                .replace("%2", then)
            )
        return (
            translate(
                "RulesView",
                "Remove the allowances of “%1” that are %2's own? The site follows the city "
                "again: %3.",
            )
            .replace("%1", name)
            .replace("%2", site_name)
            .replace("%3", then)
        )

    def removed_text(self, name: str, then: str) -> str:
        return (
            translate("RulesView", "“%1” now follows: %2.").replace("%1", name).replace("%2", then)
        )

    def removed_already_text(self) -> str:
        return translate(
            "RulesView", "These allowances were removed already. The page is up to date."
        )

    def change_error(self, error: BaseException) -> str:
        """Why a change of allowances was not saved, and that the minutes typed are kept."""
        if isinstance(error, ApiError):
            if error.code == ErrorCode.FORBIDDEN:
                return translate(
                    "RulesView",
                    "You may not change these allowances: only administrators change the "
                    "city-wide ones, and staff those of their own sites.",
                )
            if error.code == ErrorCode.NOT_FOUND:
                return translate(
                    "RulesView",
                    "The server does not know this category or site any more. Press F5.",
                )
            if error.code == ErrorCode.INVALID_REQUEST:
                return translate(
                    "RulesView",
                    "The server refused these minutes. A session or a day is at most 24 h, "
                    "a week at most 168 h.",
                )
        return error_text(error) + " " + translate("RulesView", "Your minutes are kept: try again.")

    def saving_text(self) -> str:
        return translate("RulesView", "Saving…")

    def nothing_saved_text(self) -> str:
        return translate("RulesView", "Nothing was saved.")


def scope_texts(site_name: str | None) -> tuple[str, str]:
    """The page's heading and introduction, city-wide (None) or at the site."""
    if site_name is None:
        return (
            translate("RulesView", "Time allowances — city-wide"),
            translate(
                "RulesView",
                "Minutes a visitor may use the computers, per session, per day and per "
                "week, by category. These apply at every site that has no allowances of "
                "its own. Choose a site in the toolbar to see and change its own.",
            ),
        )
    return (
        translate("RulesView", "Time allowances — %1").replace("%1", site_name),
        translate(
            "RulesView",
            "What applies at this site, per session, per day and per week. Lines in "
            "bold are this site's own; the others are inherited from the city and "
            "follow its changes. A change here applies to this site only.",
        ),
    )
