"""The Time allowances page's second part: warnings before the end and automatic extension.

Per category, what applies city-wide or at the toolbar's site, each value with its origin
(this site, the city, the defaults: each value is looked up on its own, see
:mod:`ui.console.rules.session_rules_model`).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import GUEST_CATEGORY
from kiosk.protocol.rules import SessionRuleRow
from ui.console.context import error_text
from ui.console.rules.grid import Column, Columns, category_text
from ui.console.rules.session_rules_dialog import SessionRulesDialog
from ui.console.rules.session_rules_model import (
    EXTENSION,
    WARNINGS,
    Applied,
    RuleLine,
    RuleValues,
    Source,
    resolve,
    rule_lines,
)
from ui.console.rules.session_rules_texts import (
    applied_text,
    details_text,
    extension_text,
    sources_text,
    warnings_text,
)

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class Col:
    CATEGORY, WARNINGS, WARNINGS_FROM, EXTENSION, EXTENSION_FROM = range(5)


class RulesData(NamedTuple):
    rules: list[SessionRuleRow]
    defaults: SessionRuleRow
    categories: list[str]


# --- the grid ---------------------------------------------------------------------------------


def _warned_from(line: RuleLine) -> list[Source]:
    return [line.applied.sources[WARNINGS]]


def _warnings_at_site(line: RuleLine) -> bool:
    return line.applied.sources[WARNINGS].at_site


def _extension_at_site(line: RuleLine) -> bool:
    return any(source.at_site for source in line.applied.extension_sources())


def _warnings_details(line: RuleLine, city: bool) -> str:
    return details_text((WARNINGS,), line.applied, city_scope=city)


def _extension_details(line: RuleLine, city: bool) -> str:
    return details_text(EXTENSION, line.applied, city_scope=city)


def _from_header() -> str:
    return translate("SessionRuleGrid", "From")


COLUMNS = Columns(
    name="SessionRules",
    columns=(
        Column(
            lambda: translate("SessionRuleGrid", "Category"),
            lambda line, _city: category_text(line.category),
        ),
        Column(
            lambda: translate("SessionRuleGrid", "Warnings"),
            lambda line, _city: warnings_text(line.applied.warning_seconds),
            _warnings_at_site,
            _warnings_details,
        ),
        Column(
            _from_header,
            lambda line, city: sources_text(_warned_from(line), city_scope=city),
            _warnings_at_site,
            _warnings_details,
        ),
        Column(
            lambda: translate("SessionRuleGrid", "Automatic extension"),
            lambda line, _city: extension_text(line.applied),
            _extension_at_site,
            _extension_details,
        ),
        Column(
            _from_header,
            lambda line, city: sources_text(line.applied.extension_sources(), city_scope=city),
            _extension_at_site,
            _extension_details,
        ),
    ),
    stretch=Col.EXTENSION,
    accessible_name=lambda: translate(
        "SessionRuleGrid", "Warnings and automatic extension by category"
    ),
)


# --- the part ---------------------------------------------------------------------------------


def _fallback(data: RulesData, category: str, site: int | None) -> Applied:
    """What applies to the category once the scope's own row is gone."""
    return resolve(category, site, data.rules, data.defaults, without=(site, category))


class SessionRules:
    """The warnings and automatic extension of each category (:class:`RulesKind`)."""

    columns = COLUMNS

    def heading(self) -> str | None:
        return translate("SessionRulesPanel", "Warnings before the end and automatic extension")

    def change_texts(self) -> tuple[str, str]:
        return (
            translate("SessionRulesPanel", "Change…"),
            translate(
                "SessionRulesPanel",
                "Change the warnings and extension of the selected category (F2 on this list, "
                "Enter or double click)",
            ),
        )

    def remove_texts(self, *, city: bool) -> tuple[str, str]:
        if city:
            return (
                translate("SessionRulesPanel", "Use the general rules"),
                translate(
                    "SessionRulesPanel",
                    "Remove the city-wide line of the selected category: its values come from "
                    "every category's line or the defaults again (Del)",
                ),
            )
        return (
            translate("SessionRulesPanel", "Use the city's rules"),
            translate(
                "SessionRulesPanel", "Remove this site's own line of the selected category (Del)"
            ),
        )

    def read_only_text(self) -> str:
        return translate(
            "SessionRulesPanel",
            "Read only: only administrators change the city-wide warnings and extensions.",
        )

    def fetch(self, client: StaffClient, site: int | None) -> RulesData:
        names = [c.name for c in client.categories()]
        listed = client.session_rules(site)
        return RulesData(listed.rules, listed.defaults, [*names, GUEST_CATEGORY])  # tickets'

    def lines(self, data: RulesData, site: int | None) -> list[RuleLine]:
        return rule_lines(data.rules, data.categories, data.defaults, site)

    def removable(self, line: RuleLine, site: int | None) -> bool:
        return line.own is not None

    def ask(
        self,
        parent: QWidget,
        data: RulesData,
        line: RuleLine,
        site: int | None,
        site_name: str | None,
        typed: RuleValues | None,
        remove_text: str,
    ) -> RuleValues | None:
        category = line.category
        name = category_text(category)
        start = typed or line.own or RuleValues()
        if site_name is None:
            where = translate(
                "SessionRulesPanel",
                "City-wide warnings and extension of “%1”, for every site without its own.",
            ).replace("%1", name)
            note = ""
        else:
            where = (
                translate(
                    "SessionRulesPanel",
                    "Warnings and extension of “%1” at %2 only. The other sites keep theirs.",
                )
                .replace("%1", name)
                .replace("%2", site_name)
            )
            note = ""
            if line.own is not None:
                note = translate(
                    "SessionRulesPanel", "To follow the city for every value, use “%1” instead."
                ).replace("%1", remove_text)
        return SessionRulesDialog.ask(
            parent,
            translate("SessionRulesPanel", "Warnings and extension of “%1”").replace("%1", name),
            where,
            start,
            _fallback(data, category, site),
            source=Source.CITY if site is None else Source.SITE,
            note=note,
        )

    def save(
        self, client: StaffClient, category: str, values: RuleValues, site: int | None
    ) -> None:
        client.set_session_rules(category, values.change(site))

    def saved_text(self, name: str, site_name: str | None) -> str:
        return translate("SessionRulesPanel", "Warnings and extension of “%1” saved.").replace(
            "%1", name
        )

    def remove(self, client: StaffClient, category: str, site: int | None) -> None:
        client.clear_session_rules(category, site_id=site)

    def then_text(self, data: RulesData, category: str, site: int | None) -> str:
        return applied_text(_fallback(data, category, site))

    def remove_question(self, name: str, site_name: str | None, then: str) -> str:
        if site_name is None:
            return (
                translate(
                    "SessionRulesPanel",
                    "Remove the city-wide warnings and extension of “%1”? Then: %2.",
                )
                .replace("%1", name)
                .replace("%2", then)
            )
        return (
            translate(
                "SessionRulesPanel",
                "Remove the warnings and extension of “%1” that are %2's own? Then: %3.",
            )
            .replace("%1", name)
            .replace("%2", site_name)
            .replace("%3", then)
        )

    def removed_text(self, name: str, then: str) -> str:
        text = translate("SessionRulesPanel", "“%1” now has %2.")
        return text.replace("%1", name).replace("%2", then)

    def removed_already_text(self) -> str:
        return translate(
            "SessionRulesPanel", "This line was removed already. The page is up to date."
        )

    def change_error(self, error: BaseException) -> str:
        """Why a change of session rules was not saved, and that the values typed are kept."""
        if isinstance(error, ApiError):
            if error.code == ErrorCode.FORBIDDEN:
                return translate(
                    "SessionRulesPanel",
                    "You may not change these rules: only administrators change the city-wide "
                    "ones, and staff those of their own sites.",
                )
            if error.code == ErrorCode.NOT_FOUND:
                return translate(
                    "SessionRulesPanel",
                    "The server does not know this category or site any more. Press F5. "
                    "Your values are kept.",
                )
            if error.code == ErrorCode.INVALID_REQUEST:
                return translate(
                    "SessionRulesPanel",
                    "The server refused these values: at most 5 warnings, each at most 60 min "
                    "before the end; at most 600 min more, 20 times, 1000 computers. Your "
                    "values are kept.",
                )
        suffix = translate("SessionRulesPanel", "Your values are kept: try again.")
        return error_text(error) + " " + suffix

    def saving_text(self) -> str:
        return translate("SessionRulesPanel", "Saving…")

    def nothing_saved_text(self) -> str:
        return translate("SessionRulesPanel", "Nothing was saved.")
