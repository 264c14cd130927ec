"""The dialogs of the Time allowances page: one category's minutes per session, day and week,
and the name of a new category."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLayout, QSpinBox, QWidget

from kiosk.protocol.limits import (
    CATEGORY_PATTERN,
    DEFAULT_CATEGORY,
    GUEST_CATEGORY,
    MAX_DAILY_MINUTES,
    MAX_SESSION_MINUTES,
    MAX_WEEKLY_MINUTES,
)
from kiosk.protocol.rules import Limits
from ui.console.dialogs import TextDialog
from ui.console.rules.dialog import RuleDialog
from ui.formats import format_duration

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def duration_text(minutes: int) -> str:
    """'45 min', '2 h', '1 h 30 min' (translated)."""
    return format_duration(minutes * 60)


def limits_text(limits: Limits) -> str:
    """'1 h per session, 2 h per day, 10 h per week' (translated)."""
    return (
        translate("RulesText", "%1 per session, %2 per day, %3 per week")
        .replace("%1", duration_text(limits.session_minutes))
        .replace("%2", duration_text(limits.daily_minutes))
        .replace("%3", duration_text(limits.weekly_minutes))
    )


class AllowanceForm(QObject):
    """Three minute fields; a hint when one cannot be reached because of another."""

    changed = Signal()
    minimum_width = 460

    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self.session = self._spin(MAX_SESSION_MINUTES, limits.session_minutes)
        self.daily = self._spin(MAX_DAILY_MINUTES, limits.daily_minutes)
        self.weekly = self._spin(MAX_WEEKLY_MINUTES, limits.weekly_minutes)
        self.session_hours = QLabel(objectName="Status")
        self.daily_hours = QLabel(objectName="Status")
        self.weekly_hours = QLabel(objectName="Status")
        form = QFormLayout()
        for text, spin, shown, name in (
            (self.tr("Minutes per &session"), self.session, self.session_hours, "session"),
            (self.tr("Minutes per &day"), self.daily, self.daily_hours, "day"),
            (self.tr("Minutes per &week"), self.weekly, self.weekly_hours, "week"),
        ):
            label = QLabel(text)
            label.setBuddy(spin)
            spin.setAccessibleName(label.text().replace("&", ""))
            spin.setObjectName(f"Minutes-{name}")
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(shown, 1)
            form.addRow(label, row)
            spin.valueChanged.connect(self._update)
        self.parts: list[QLayout | QWidget] = [form]
        self.first: QWidget | None = self.session
        self._update()
        self.session.selectAll()

    def _spin(self, top: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, top)
        spin.setSingleStep(15)
        spin.setValue(value)
        spin.setSuffix(self.tr(" min"))
        spin.setMinimumWidth(120)
        return spin

    def value(self) -> Limits:
        return Limits(self.session.value(), self.daily.value(), self.weekly.value())

    def _update(self) -> None:
        limits = self.value()
        self.session_hours.setText(duration_text(limits.session_minutes))
        self.daily_hours.setText(duration_text(limits.daily_minutes))
        self.weekly_hours.setText(duration_text(limits.weekly_minutes))
        self.changed.emit()

    def check(self) -> tuple[str, str]:
        """Nothing is wrong; the hint says which minutes cannot all be used."""
        limits = self.value()
        if limits.daily_minutes == 0 or limits.weekly_minutes == 0:
            return "", self.tr("With 0 minutes, these visitors cannot sign in at all.")
        if limits.session_minutes > limits.daily_minutes:
            return "", self.tr("A session never lasts longer than what is left of the day.")
        if limits.daily_minutes > limits.weekly_minutes:
            return "", self.tr("A day never gives more than what is left of the week.")
        return "", ""


class AllowanceDialog(RuleDialog):
    """One category's minutes per session, day and week: ``ask(parent, title, where, limits,
    note=...)`` gives the Limits chosen, or None."""

    Form = AllowanceForm


def _name_problem(name: str, existing: list[str]) -> str | None:
    if name in existing or name == DEFAULT_CATEGORY:
        return translate("RulesView", "The category “%1” exists already.").replace("%1", name)
    if name == GUEST_CATEGORY:
        return translate("RulesView", "“guest” is kept for guest tickets: choose another name.")
    if not re.match(CATEGORY_PATTERN, name):
        return translate(
            "RulesView",
            "“%1” cannot be a category name: use lower-case letters, digits and '-' only.",
        ).replace("%1", name)
    return None


def ask_category_name(parent: QWidget | None, existing: list[str]) -> str | None:
    """A new category's name, asked again (with what is wrong) until it can be one; None
    when cancelled."""
    label = translate(
        "RulesView",
        "Name of the new category: lower-case letters, digits and '-', at most 32 "
        "characters (e.g. 'senior-plus'). It gets the allowances of every other category "
        "until you change them.",
    )
    title = translate("RulesView", "Add a visitor category")
    text = ""
    while True:
        answer = TextDialog.ask(parent, title, label, text, max_length=32)
        if answer is None:
            return None
        text = answer
        problem = _name_problem(text, existing)
        if problem is None:
            return text
        label = problem + "\n\n" + label.split("\n\n")[-1]
