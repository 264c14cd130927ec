"""The dialog that sets one row of session rules: each value set here, or left to fall through."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import MAX_EXTEND_MIN_FREE, MAX_EXTEND_MINUTES, MAX_EXTEND_TIMES
from ui.console.rules.session_rules_model import (
    MIN_FREE,
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
from ui.dialogs import ok_cancel_buttons

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class SessionRulesDialog(QDialog):
    """A tick per value: ticked, this row sets it; not ticked, it comes from ``fallback``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        where: str,
        values: RuleValues,
        fallback: Applied,
        *,
        source: Source,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionRulesDialog")
        self.setWindowTitle(title)
        self.fallback = fallback
        self.source = source
        self.where = QLabel(where)
        self.where.setWordWrap(True)

        self.warnings = QLineEdit()
        self.warnings.setObjectName("Warnings")
        self.warnings.setPlaceholderText(self.tr("no warning"))
        self.minutes = self._spin(MAX_EXTEND_MINUTES, self.tr(" min"), 5)
        self.times = self._spin(MAX_EXTEND_TIMES, "", 1)
        self.free = self._spin(MAX_EXTEND_MIN_FREE, "", 1)
        self.editors = {
            WARNINGS: self.warnings,
            MINUTES: self.minutes,
            TIMES: self.times,
            MIN_FREE: self.free,
        }
        labels = {
            WARNINGS: self.tr("&Warnings before the end"),
            MINUTES: self.tr("Extend by, in &minutes"),
            TIMES: self.tr("&Times per session, at most"),
            MIN_FREE: self.tr("Other &computers that must be free"),
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
            ),
            objectName="Status",
        )
        self.help.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.problem = QLabel(objectName="Error")
        self.problem.setWordWrap(True)
        self.hint = QLabel(objectName="Status")
        self.hint.setWordWrap(True)
        self.note = QLabel(note, objectName="Status")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.buttons = ok_cancel_buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(grid)
        layout.addWidget(self.help)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.warnings.textChanged.connect(self._update)
        for spin in (self.minutes, self.times, self.free):
            spin.valueChanged.connect(self._update)
        self.setMinimumWidth(620)
        self._update()

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
        self._update()
        if on:
            self.editors[name].setFocus()

    # --- what was typed ----------------------------------------------------------------------

    def values(self) -> RuleValues:
        """The row as set in the dialog; ValueError (WarningsError) when the warnings cannot be."""
        ticked = {name: tick.isChecked() for name, tick in self.ticks.items()}
        return RuleValues(
            parse_warnings(self.warnings.text()) if ticked[WARNINGS] else None,
            self.minutes.value() if ticked[MINUTES] else None,
            self.times.value() if ticked[TIMES] else None,
            self.free.value() if ticked[MIN_FREE] else None,
        )

    def _update(self) -> None:
        for name, tick in self.ticks.items():
            self.editors[name].setEnabled(tick.isChecked())
            self.notes[name].setText(
                "" if tick.isChecked() else fallback_text(self.fallback.sources[name], self.source)
            )
        problem = ""
        values: RuleValues | None = None
        try:
            values = self.values()
        except WarningsError as error:
            problem = warnings_problem(error)
        if values is not None and values.empty:
            problem = self.tr(
                "Tick at least one value. To leave them all as they fall through, remove this "
                "line instead."
            )
        if values is not None and values.warning_seconds is not None:
            self.notes[WARNINGS].setText(warnings_text(values.warning_seconds))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
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
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        where: str,
        values: RuleValues,
        fallback: Applied,
        *,
        source: Source,
        note: str = "",
    ) -> RuleValues | None:
        """The row's new values, or None when cancelled."""
        dialog = cls(parent, title, where, values, fallback, source=source, note=note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


def fallback_text(source: Source, scope: Source) -> str:
    """Where an unticked value then comes from: 'as the city'…; ``scope``: the row's own."""
    if source == Source.SITE_ALL:
        return translate("SessionRulesDialog", "as every category at this site")
    if source in (Source.CITY, Source.CITY_ALL) and scope == Source.SITE:
        return translate("SessionRulesDialog", "as the city")
    if source == Source.CITY_ALL:
        return translate("SessionRulesDialog", "as every category")
    return translate("SessionRulesDialog", "as the defaults")
