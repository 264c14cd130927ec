"""The Time allowances page's texts that depend on the scope (city-wide or a site), and why
the server refused a change of allowances."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from ui.console.context import error_text

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


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


def remove_texts(*, city: bool) -> tuple[str, str]:
    """The removal button's text and tooltip."""
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
        translate("RulesView", "Remove this site's own allowances of the selected category (Del)"),
    )


def remove_question(name: str, site_name: str | None, then: str) -> str:
    """Asked before a category's own allowances are removed; ``then``: what applies after."""
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
            "Remove the allowances of “%1” that are %2's own? The site follows the city again: %3.",
        )
        .replace("%1", name)
        .replace("%2", site_name)
        .replace("%3", then)
    )


def read_only_text() -> str:
    return translate(
        "RulesView",
        "Read only: only administrators change the city-wide allowances. Choose one of "
        "your sites in the toolbar to set its own.",
    )


def change_error(error: BaseException) -> str:
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
                "RulesView", "The server does not know this category or site any more. Press F5."
            )
        if error.code == ErrorCode.INVALID_REQUEST:
            return translate(
                "RulesView",
                "The server refused these minutes. A session or a day is at most 24 h, "
                "a week at most 168 h.",
            )
    return error_text(error) + " " + translate("RulesView", "Your minutes are kept: try again.")
