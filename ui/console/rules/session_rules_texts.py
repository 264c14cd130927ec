"""The session rules in words: warnings, automatic extension and where each value comes from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from ui.console.rules.session_rules_model import (
    MINUTES,
    TIMES,
    WARNINGS,
    Applied,
    Source,
    WarningsError,
)

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def seconds_text(seconds: int) -> str:
    """300 → '5 min', 90 → '1 min 30 s', 30 → '30 s' (translated)."""
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return translate("SessionRulesText", "%1 s").replace("%1", str(rest))
    if rest == 0:
        return translate("SessionRulesText", "%1 min").replace("%1", str(minutes))
    return (
        translate("SessionRulesText", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", str(rest))
    )


def warnings_text(seconds: Sequence[int]) -> str:
    """'5 min · 1 min', or 'No warning'."""
    if not seconds:
        return translate("SessionRulesText", "No warning")
    return " · ".join(seconds_text(s) for s in seconds)


def extension_text(applied: Applied) -> str:
    """'15 min more, up to 2 times, while nobody waits', or 'No automatic extension'."""
    if not applied.auto_extends:
        return translate("SessionRulesText", "No automatic extension")
    more = translate("SessionRulesText", "%1 min more").replace("%1", str(applied.extend_minutes))
    counts = SessionRulesCounts()
    times = counts.times(applied.extend_times)
    waits = translate("SessionRulesText", "while nobody waits in the queue")
    return f"{more}, {times}, {waits}"


class SessionRulesCounts(QObject):
    """The texts with a count: lupdate marks only a QObject's tr() calls as plurals."""

    def times(self, count: int) -> str:
        return self.tr("up to %n time(s)", "", count)


def applied_text(applied: Applied) -> str:
    """Both in one phrase, for the dialog and the confirmations: 'warnings 5 min · 1 min
    before the end; no automatic extension'."""
    if applied.warning_seconds:
        warnings = translate("SessionRulesText", "warnings %1 before the end").replace(
            "%1", warnings_text(applied.warning_seconds)
        )
    else:
        warnings = translate("SessionRulesText", "no warning")
    if applied.auto_extends:
        extension = extension_text(applied)
    else:
        extension = translate("SessionRulesText", "no automatic extension")
    return translate("SessionRulesText", "%1; %2").replace("%1", warnings).replace("%2", extension)


def source_text(source: Source, *, city_scope: bool) -> str:
    """Where a value comes from, seen from the city (``city_scope``) or from a site."""
    if source == Source.SITE:
        return translate("SessionRulesText", "This site")
    if source == Source.SITE_ALL:
        return translate("SessionRulesText", "This site (every category)")
    if source == Source.CITY:
        if city_scope:
            return translate("SessionRulesText", "City-wide")
        return translate("SessionRulesText", "The city")
    if source == Source.CITY_ALL:
        if city_scope:
            return translate("SessionRulesText", "City-wide (every category)")
        return translate("SessionRulesText", "The city (every category)")
    return translate("SessionRulesText", "Default")


def sources_text(sources: Sequence[Source], *, city_scope: bool) -> str:
    return " + ".join(source_text(s, city_scope=city_scope) for s in sources)


def field_text(name: str) -> str:
    """A value's short name, as in the tooltips."""
    return {
        WARNINGS: translate("SessionRulesText", "Warnings"),
        MINUTES: translate("SessionRulesText", "Minutes more"),
        TIMES: translate("SessionRulesText", "Times per session"),
    }[name]


def value_text(name: str, applied: Applied) -> str:
    if name == WARNINGS:
        return warnings_text(applied.warning_seconds)
    if name == MINUTES:
        return translate("SessionRulesText", "%1 min").replace("%1", str(applied.extend_minutes))
    return str(getattr(applied, name))


def details_text(names: Sequence[str], applied: Applied, *, city_scope: bool) -> str:
    """One line per value: 'Minutes more: 15 min — This site' (the grid's tooltips)."""
    return "\n".join(
        f"{field_text(n)}: {value_text(n, applied)} — "
        f"{source_text(applied.sources[n], city_scope=city_scope)}"
        for n in names
    )


def warnings_problem(error: WarningsError) -> str:
    """Why the warnings typed cannot be, in words."""
    if error.reason == WarningsError.TOO_SOON:
        return translate(
            "SessionRulesText", "“%1”: a warning comes at least 1 second before the end."
        ).replace("%1", error.part)
    if error.reason == WarningsError.TOO_EARLY:
        return translate(
            "SessionRulesText", "“%1”: a warning comes at most 60 minutes before the end."
        ).replace("%1", error.part)
    if error.reason == WarningsError.TOO_MANY:
        return translate("SessionRulesText", "At most 5 warnings.")
    return translate(
        "SessionRulesText", "“%1” is not a time: type minutes, or seconds followed by “s”."
    ).replace("%1", error.part)
