"""Register someone for a workshop: by their card, or by name with the label report's optional
fields (gender, age band, status, commune). Sent by the dialog; a refusal stays in it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import MAX_DISPLAY_NAME_LENGTH, MAX_IDENTIFIER_LENGTH
from kiosk.protocol.workshops import Registration, RegistrationRequest, Workshop
from ui.console.context import ConsoleContext, error_text
from ui.console.visitors.texts import GENDERS, gender_text
from ui.console.workshops.texts import AGE_BANDS, COMMUNES, STATUSES, status_text, title_of
from ui.dialogs import ok_cancel_buttons


class RegisterDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: ConsoleContext,
        workshop: Workshop,
        date_id: int | None,
        when: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterDialog")
        self.context = context
        self.workshop = workshop
        self.date_id = date_id
        self.when = when
        self.saved: Registration | None = None
        self.sending = False

        self.heading = QLabel(objectName="Title")
        self.heading.setWordWrap(True)
        self.by_card = QRadioButton()
        self.by_name = QRadioButton()
        self.by_card.setChecked(True)
        self.card_edit = QLineEdit()
        self.card_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_DISPLAY_NAME_LENGTH)
        self.gender_combo = QComboBox()
        self.gender_combo.addItem("", "")
        for gender in GENDERS:
            self.gender_combo.addItem(gender_text(gender), gender)
        self.age_combo = QComboBox()
        self.age_combo.addItem("", "")
        for band in AGE_BANDS:
            self.age_combo.addItem(band, band)
        self.status_combo = QComboBox()
        self.status_combo.addItem("", "")
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.commune_combo = QComboBox()
        self.commune_combo.addItem("", "")
        for code, name in COMMUNES.items():
            self.commune_combo.addItem(name, code)
        self.commune_combo.addItem("", "outside")
        self.labels = {
            key: QLabel() for key in ("card", "name", "gender", "age", "status", "commune")
        }
        form = QFormLayout()
        form.addRow(self.by_card)
        for key, widget in (("card", self.card_edit),):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        form.addRow(self.by_name)
        for key, widget in (
            ("name", self.name_edit),
            ("gender", self.gender_combo),
            ("age", self.age_combo),
            ("status", self.status_combo),
            ("commune", self.commune_combo),
        ):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.by_card.toggled.connect(self._update)
        self.card_edit.textEdited.connect(lambda _text: self.by_card.setChecked(True))
        self.name_edit.textEdited.connect(lambda _text: self.by_name.setChecked(True))
        self.retranslate()
        self._update()
        self.card_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    def _update(self) -> None:
        by_name = self.by_name.isChecked()
        for widget in (self.gender_combo, self.age_combo, self.status_combo, self.commune_combo):
            widget.setEnabled(by_name)

    def request(self) -> RegistrationRequest | None:
        if self.by_card.isChecked():
            card = self.card_edit.text().strip()
            if not card:
                self.show_error(self.tr("Type or scan the visitor's card number."))
                self.card_edit.setFocus()
                return None
            return RegistrationRequest(visitor=card, date_id=self.date_id)
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Type the person's name."))
            self.name_edit.setFocus()
            return None
        return RegistrationRequest(
            name=name,
            gender=self.gender_combo.currentData(),
            age_band=self.age_combo.currentData(),
            status=self.status_combo.currentData(),
            commune=self.commune_combo.currentData(),
            date_id=self.date_id,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        if self.sending:
            return
        request = self.request()
        if request is None:
            return
        self.sending = True
        self.buttons.setEnabled(False)
        self.show_error("")
        workshop_id = self.workshop.id
        self.context.run(
            lambda: self.context.client.register(workshop_id, request), self._saved, self._refused
        )

    def reject(self) -> None:
        if not self.sending:
            super().reject()

    def _saved(self, registration: Registration) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.saved = registration
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.show_error(error_text(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register for a workshop"))
        self.heading.setText(f"{title_of(self.workshop)} — {self.when}")
        self.by_card.setText(self.tr("A visitor with a card"))
        self.by_name.setText(self.tr("Someone without a card"))
        self.labels["card"].setText(self.tr("Card &number"))
        self.labels["name"].setText(self.tr("&Name"))
        self.labels["gender"].setText(self.tr("&Gender (optional)"))
        self.labels["age"].setText(self.tr("&Age (optional)"))
        self.labels["status"].setText(self.tr("&Status (optional)"))
        self.labels["commune"].setText(self.tr("&Commune (optional)"))
        self.commune_combo.setItemText(self.commune_combo.count() - 1, self.tr("Outside Brussels"))
        for label in self.labels.values():
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(label.text().replace("&", ""))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: ConsoleContext,
        workshop: Workshop,
        date_id: int | None,
        when: str,
    ) -> Registration | None:
        """The registration as the server saved it (registered or waitlisted), or None."""
        dialog = cls(parent, context, workshop, date_id, when)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved
