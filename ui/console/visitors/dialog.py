"""Create or edit a visitor account: every field checked, every refusal shown next to its field.

The dialog sends the request itself (off the UI thread) and only closes once the server has
accepted it; a refusal leaves everything typed in place, with the sentence under the field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_NOTES_LENGTH,
    PIN_PATTERN,
)
from kiosk.protocol.people import COMMUNE_PATTERN, VisitorCreate, VisitorDetail, VisitorUpdate
from ui.console.context import ConsoleContext, error_text
from ui.console.visitors.texts import (
    AGE_BANDS,
    COMMUNE_NAMES,
    GENDERS,
    STATUSES,
    category_text,
    commune_text,
    duplicate_text,
    field_error_text,
    field_of,
    gender_text,
    status_text,
)
from ui.dialogs import ok_cancel_buttons

_PIN = re.compile(PIN_PATTERN)
#: The fields of the form, in the order of the tab chain; "pin" is the PIN typed twice.
FIELDS = (
    "identifier",
    "display_name",
    "category",
    "age_band",
    "birth_year",
    "gender",
    "status",
    "commune",
    "first_visit",
    "pin",
    "notes",
)
#: The year of birth's spin box shows "Not given" at this value.
NO_YEAR = 1899


class VisitorDialog(QDialog):
    """``visitor`` None: a new account (identifier and optional PIN); else edit that one."""

    def __init__(
        self,
        parent: QWidget | None,
        context: ConsoleContext,
        categories: list[str],
        visitor: VisitorDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VisitorDialog")
        self.context = context
        self.original = visitor
        self.visitor: VisitorDetail | None = None  # what the server saved
        self.sending = False

        self.identifier_edit = QLineEdit()
        self.identifier_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_DISPLAY_NAME_LENGTH)
        self.category_combo = QComboBox()
        names = [c for c in categories if c != "guest"]
        if visitor is not None and visitor.category not in names:
            names.append(visitor.category)
        for name in sorted(names, key=category_text):
            self.category_combo.addItem(category_text(name), name)
        self.age_combo = QComboBox()
        self.age_combo.addItem("", None)
        for band in AGE_BANDS:
            self.age_combo.addItem(band, band)
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("", None)
        for gender in GENDERS:
            self.gender_combo.addItem(gender_text(gender), gender)
        self.status_combo = QComboBox()
        self.status_combo.addItem("", None)
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        # a commune of the list, or a postcode typed in
        self.commune_combo = QComboBox()
        self.commune_combo.setEditable(True)
        self.commune_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.commune_combo.addItem("", None)
        for code in (*COMMUNE_NAMES, "outside"):
            self.commune_combo.addItem(commune_text(code), code)
        self.birth_spin = QSpinBox()
        self.birth_spin.setRange(NO_YEAR, QDate.currentDate().year())
        self.birth_spin.setValue(NO_YEAR)
        self.first_visit_edit = QLineEdit()
        self.first_visit_edit.setMaxLength(10)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.pin_again_edit = QLineEdit()
        self.pin_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again_edit.setMaxLength(12)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        inputs: dict[str, QWidget] = {
            "identifier": self.identifier_edit,
            "display_name": self.name_edit,
            "category": self.category_combo,
            "age_band": self.age_combo,
            "birth_year": self.birth_spin,
            "gender": self.gender_combo,
            "status": self.status_combo,
            "commune": self.commune_combo,
            "first_visit": self.first_visit_edit,
            "pin": self.pin_edit,
            "pin_again": self.pin_again_edit,
            "notes": self.notes_edit,
        }
        self.inputs = inputs
        for key, widget in inputs.items():
            if visitor is not None and key in ("identifier", "pin", "pin_again"):
                continue  # the identifier cannot change; the PIN has its own dialog
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            error = QLabel(objectName="Error")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            self.form.addRow(label, field)
        self.general_error = QLabel(objectName="Error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = ok_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if visitor is not None:
            self.name_edit.setText(visitor.display_name or "")
            self.notes_edit.setPlainText(visitor.notes or "")
            self.birth_spin.setValue(visitor.birth_year or NO_YEAR)
            self.first_visit_edit.setText(visitor.first_visit or "")
            for combo, value in (
                (self.category_combo, visitor.category),
                (self.age_combo, visitor.age_band),
                (self.gender_combo, visitor.gender),
                (self.status_combo, visitor.status),
                (self.commune_combo, visitor.commune),
            ):
                index = combo.findData(value)
                if index < 0 and value:  # a value the server has but the list lacks
                    combo.addItem(value, value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
        else:
            index = self.category_combo.findData("adult")
            self.category_combo.setCurrentIndex(max(index, 0))
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    # --- values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, blank texts as None."""

        def text(value: str) -> str | None:
            return value.strip() or None

        return {
            "display_name": text(self.name_edit.text()),
            "category": self.category_combo.currentData(),
            "age_band": self.age_combo.currentData(),
            "gender": self.gender_combo.currentData(),
            "status": self.status_combo.currentData(),
            "commune": self._commune(),
            "birth_year": None if self.birth_spin.value() == NO_YEAR else self.birth_spin.value(),
            "first_visit": text(self.first_visit_edit.text()),
            "notes": text(self.notes_edit.toPlainText()),
        }

    def _commune(self) -> str | None:
        """The commune chosen in the list, or what was typed (a postcode)."""
        combo = self.commune_combo
        typed = combo.currentText().strip()
        index = combo.findText(typed)
        if index >= 0:
            data = combo.itemData(index)
            return str(data) if data else None
        return typed or None

    def _check(self) -> dict[str, str]:
        """Problems the server would refuse, found before asking it."""
        problems: dict[str, str] = {}
        if self.original is None:
            if not self.identifier_edit.text().strip():
                problems["identifier"] = self.tr("Type the card number or identifier.")
            pin, again = self.pin_edit.text(), self.pin_again_edit.text()
            if pin and not _PIN.match(pin):
                problems["pin"] = field_error_text("pin")
            elif pin != again:
                problems["pin_again"] = self.tr("The two PINs are not the same: type it again.")
        if not self.category_combo.currentData():
            problems["category"] = self.tr("Choose a category.")
        commune = self._commune()
        if commune is not None and not re.fullmatch(COMMUNE_PATTERN, commune):
            problems["commune"] = field_error_text("commune")
        first_visit = self.first_visit_edit.text().strip()
        if first_visit and not QDate.fromString(first_visit, Qt.DateFormat.ISODate).isValid():
            problems["first_visit"] = field_error_text("first_visit")
        if len(self.notes_edit.toPlainText().strip()) > MAX_NOTES_LENGTH:
            problems["notes"] = field_error_text("notes")
        return problems

    def show_errors(self, problems: dict[str, str], general: str = "") -> None:
        """Put each sentence under its field; focus the first field in error."""
        first: QWidget | None = None
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            if text and first is None:
                first = self.inputs[key]
        unknown = [text for key, text in problems.items() if key not in self.errors]
        general = " ".join([*unknown, general]).strip()
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        if first is not None:
            first.setFocus()

    def error_text(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    # --- sending --------------------------------------------------------------------------------

    def accept(self) -> None:
        """OK (or Enter): check, then send; the dialog closes when the server has saved it."""
        if self.sending:
            return
        problems = self._check()
        self.show_errors(problems)
        if problems:
            return
        client = self.context.client
        values = self.values()
        if self.original is None:
            request = VisitorCreate(
                identifier=self.identifier_edit.text().strip(),
                pin=self.pin_edit.text() or None,
                **values,
            )

            def call() -> VisitorDetail:
                return client.create_visitor(request)
        else:
            original = self.original
            changed = {k: v for k, v in values.items() if v != getattr(original, k)}
            if "first_visit" in changed and changed["first_visit"] == original.first_visit:
                del changed["first_visit"]
            if not changed:
                self._saved(original)
                return
            changes = VisitorUpdate(**changed)

            def call() -> VisitorDetail:
                return client.update_visitor(original.identifier, changes)

        self._set_sending(True)
        self.context.run(call, self._saved, self._refused)

    def reject(self) -> None:
        if not self.sending:  # the answer is on its way: wait for it
            super().reject()

    def _saved(self, visitor: VisitorDetail) -> None:
        self._set_sending(False)
        self.visitor = visitor
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_sending(False)
        if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
            if error.status == 409:  # Duplicate: the identifier is taken
                self.show_errors({"identifier": duplicate_text()})
                return
            field = field_of(error)
            if field is not None:
                self.show_errors({field: field_error_text(field)})
                return
        self.show_errors({}, error_text(error))

    def _set_sending(self, sending: bool) -> None:
        self.sending = sending
        self.buttons.setEnabled(not sending)
        if sending:
            self.general_error.hide()

    # --- text -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        creating = self.original is None
        if self.original is None:
            self.setWindowTitle(self.tr("New visitor"))
        else:
            self.setWindowTitle(self.tr("Edit visitor %1").replace("%1", self.original.identifier))
        texts = {
            "identifier": self.tr("&Card / identifier"),
            "display_name": self.tr("&Name"),
            "category": self.tr("Ca&tegory"),
            "age_band": self.tr("&Age band"),
            "birth_year": self.tr("&Year of birth"),
            "gender": self.tr("&Gender"),
            "status": self.tr("&Status"),
            "commune": self.tr("Co&mmune"),
            "first_visit": self.tr("&First visit"),
            "pin": self.tr("&PIN (optional)"),
            "pin_again": self.tr("PIN a&gain"),
            "notes": self.tr("N&otes"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
            self.inputs[key].setAccessibleName(texts[key].replace("&", ""))
        self.identifier_edit.setPlaceholderText(self.tr("Library card or barcode number"))
        self.name_edit.setPlaceholderText(self.tr("As the visitor wants to be called"))
        self.commune_combo.lineEdit().setPlaceholderText(self.tr("A commune, or a postcode"))
        self.birth_spin.setSpecialValueText(self.tr("Not given"))
        self.birth_spin.setToolTip(
            self.tr("Instead of the age band: the band of each visit is then computed")
        )
        self.first_visit_edit.setPlaceholderText(self.tr("YYYY-MM-DD; empty: their first session"))
        self.pin_edit.setPlaceholderText(self.tr("4 to 12 digits; empty: no PIN"))
        self.notes_edit.setPlaceholderText(self.tr("Only what the desk needs to know"))
        self.age_combo.setItemText(0, self.tr("Not given"))
        self.gender_combo.setItemText(0, self.tr("Not given"))
        self.status_combo.setItemText(0, self.tr("Not given"))
        self.commune_combo.setItemText(0, self.tr("Not given"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if creating else self.tr("Save"))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: ConsoleContext,
        categories: list[str],
        visitor: VisitorDetail | None = None,
    ) -> VisitorDetail | None:
        """The account as the server saved it, or None when cancelled."""
        dialog = cls(parent, context, categories, visitor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.visitor
