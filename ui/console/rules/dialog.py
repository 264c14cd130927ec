"""The dialog that changes one row of rules, for every kind: where the row applies, the kind's
form, what is wrong with it (Save stays off), what is worth knowing, a note, Save and Cancel.

A kind is a subclass naming its form (:class:`RuleForm`): the allowances' minutes, the session
rules' ticks with what falls through.
"""

from __future__ import annotations

from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from ui.dialogs import ok_cancel_buttons

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class RuleForm(Protocol):
    """The part of the dialog a kind of rules brings (a QObject, for its tr() and signal)."""

    # Emitted whenever what is typed changes.
    changed: SignalInstance
    # Its rows, laid out one under the other between where the row applies and what is wrong.
    parts: list[QLayout | QWidget]
    # The field that has the focus first, if any.
    first: QWidget | None
    # The dialog's minimum width.
    minimum_width: int

    def value(self) -> Any:
        """The row as typed (called once :meth:`check` finds nothing wrong)."""

    def check(self) -> tuple[str, str]:
        """What is wrong (Save stays off until it is ""), and what is worth knowing."""


class RuleDialog(QDialog):
    """The frame around a :class:`RuleForm` built with the arguments ``ask`` passes on."""

    Form: ClassVar[type]

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        where: str,
        *start: Any,
        note: str = "",
        **options: Any,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.setWindowTitle(title)
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.form: RuleForm = self.Form(*start, **options)
        self.form.setParent(self)  # type: ignore[attr-defined]
        self.problem = QLabel(objectName="Error")
        self.problem.setWordWrap(True)
        self.hint = QLabel(objectName="Status")
        self.hint.setWordWrap(True)
        self.note = QLabel(note, objectName="Status")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.buttons = ok_cancel_buttons(self, translate("RuleDialog", "Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        for part in self.form.parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update)
        self.setMinimumWidth(self.form.minimum_width)
        self._update()
        if self.form.first is not None:
            self.form.first.setFocus()

    def _update(self) -> None:
        problem, hint = self.form.check()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        where: str,
        *start: Any,
        note: str = "",
        **options: Any,
    ) -> Any:
        """The row as typed, or None when cancelled."""
        dialog = cls(parent, title, where, *start, note=note, **options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.form.value()
