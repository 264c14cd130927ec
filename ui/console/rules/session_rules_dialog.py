"""The dialog that sets one row of session rules: each value set here, or left to fall through."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kiosk.protocol.limits import MAX_EXTEND_MINUTES, MAX_EXTEND_TIMES
from ui.console.rules.dialog import RuleDialog
from ui.console.rules.session_rules_model import (
    MINUTES,
    TIMES,
    WARNINGS,
    Applied,
    RuleValues,
    Source,
    WarningsError,
    parse_warnings,
    warnings_input,
)
from ui.console.rules.session_rules_texts import applied_text, warnings_problem, warnings_text

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class SessionRulesForm(QObject):
    """A tick per value: ticked, this row sets it; not ticked, it comes from ``fallback``."""

    changed = Signal()
    minimum_width = 620

    def __init__(self, values: RuleValues, fallback: Applied, *, source: Source) -> None:
        super().__init__()
        self.fallback = fallback
        self.source = source
        self.warnings = QLineEdit()
        self.warnings.setObjectName("Warnings")
        self.warnings.setPlaceholderText(self.tr("no warning"))
        self.minutes = self._spin(MAX_EXTEND_MINUTES, self.tr(" min"), 5)
        self.times = self._spin(MAX_EXTEND_TIMES, "", 1)
        # the former "other computers free" is no longer asked: kept as the row had it
        self.old_min_free = values.extend_min_free
        self.editors = {
            WARNINGS: self.warnings,
            MINUTES: self.minutes,
            TIMES: self.times,
        }
        labels = {
            WARNINGS: self.tr("&Warnings before the end"),
            MINUTES: self.tr("Extend by, in &minutes"),
            TIMES: self.tr("&Times per session, at most"),
        }
        self.ticks: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Set here"), objectName="Status"), 0, 0)
        for row, name in enumerate(self.editors, start=1):
            tick = QCheckBox(labels[name])
            tick.setObjectName(f"Set-{name}")
            tick.setChecked(values.get(name) is not None)
            editor = self.editors[name]
            editor.setAccessibleName(tick.text().replace("&", ""))
            self._show(name, values.get(name) if tick.isChecked() else getattr(fallback, name))
            note_label = QLabel(objectName="Status")
            self.ticks[name], self.notes[name] = tick, note_label
            grid.addWidget(tick, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(note_label, row, 2)
            tick.toggled.connect(lambda on, name=name: self._toggled(name, on))
        grid.setColumnStretch(2, 1)
        self.help = QLabel(
            self.tr(
                "Warnings: minutes before the end, separated by commas; seconds with “s”. "
                "For example: 5, 1, 30 s. Empty: no warning."
            )
            + " "
            + self.tr(
                "Automatic extension never runs into a booking of the computer, and it stops "
                "while anybody waits in the site's queue."
            ),
            objectName="Status",
        )
        self.help.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.parts: list[QLayout | QWidget] = [grid, self.help, self.outcome]
        self.first: QWidget | None = None
        self.warnings.textChanged.connect(self.changed)
        for spin in (self.minutes, self.times):
            spin.valueChanged.connect(self.changed)

    def _spin(self, top: int, suffix: str, step: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, top)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(110)
        return spin

    def _show(self, name: str, value: object) -> None:
        editor = self.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(warnings_input(value))  # type: ignore[arg-type]
        else:
            editor.setValue(int(value))  # type: ignore[call-overload]

    def _toggled(self, name: str, on: bool) -> None:
        if not on:  # shows what then applies
            self._show(name, getattr(self.fallback, name))
        self.changed.emit()
        if on:
            self.editors[name].setFocus()

    # --- what was typed ----------------------------------------------------------------------

    def value(self) -> RuleValues:
        """The row as set in the dialog; ValueError (WarningsError) when the warnings cannot be."""
        ticked = {name: tick.isChecked() for name, tick in self.ticks.items()}
        return RuleValues(
            parse_warnings(self.warnings.text()) if ticked[WARNINGS] else None,
            self.minutes.value() if ticked[MINUTES] else None,
            self.times.value() if ticked[TIMES] else None,
            extend_min_free=self.old_min_free,
        )

    def check(self) -> tuple[str, str]:
        """Warnings that cannot be, or nothing ticked; the outcome and the notes shown on the way."""
        for name, tick in self.ticks.items():
            self.editors[name].setEnabled(tick.isChecked())
            self.notes[name].setText(
                "" if tick.isChecked() else fallback_text(self.fallback.sources[name], self.source)
            )
        problem = ""
        values: RuleValues | None = None
        try:
            values = self.value()
        except WarningsError as error:
            problem = warnings_problem(error)
        if values is not None and values.empty:
            problem = self.tr(
                "Tick at least one value. To leave them all as they fall through, remove this "
                "line instead."
            )
        if values is not None and values.warning_seconds is not None:
            self.notes[WARNINGS].setText(warnings_text(values.warning_seconds))
        hint = ""
        if values is not None and not problem:
            applied = self.fallback.over(values, self.source)
            self.outcome.setText(
                self.tr("What applies then: %1.").replace("%1", applied_text(applied))
            )
            asks = any(values.get(n) for n in (MINUTES, TIMES))
            if asks and not applied.auto_extends:
                hint = self.tr("No automatic extension while the minutes or the times are 0.")
        self.outcome.setVisible(not problem)
        return problem, hint


class SessionRulesDialog(RuleDialog):
    """One row of session rules: ``ask(parent, title, where, values, fallback, source=...,
    note=...)`` gives the RuleValues set, or None."""

    Form = SessionRulesForm


def fallback_text(source: Source, scope: Source) -> str:
    """Where an unticked value then comes from: 'as the city'…; ``scope``: the row's own."""
    if source == Source.SITE_ALL:
        return translate("SessionRulesForm", "as every category at this site")
    if source in (Source.CITY, Source.CITY_ALL) and scope == Source.SITE:
        return translate("SessionRulesForm", "as the city")
    if source == Source.CITY_ALL:
        return translate("SessionRulesForm", "as every category")
    return translate("SessionRulesForm", "as the defaults")
