"""Adding or changing one app of the catalogue: every field of an AppEntry, errors inline.

The dialog sends the app itself and stays open when the server refuses a field, with the
sentence next to that field and everything typed kept.

Longer than the ~400-line aim: one form with its fields per language and platform, its inline
checks and their sentences.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QLocale, QRegularExpression
from PySide6.QtGui import QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from admin.client.staff_client import StaffClient
from kiosk.protocol.catalogue import AppSpec
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import APP_ID_PATTERN
from kiosk.protocol.station import AppEntry
from ui.console.context import ConsoleContext, error_text
from ui.dialogs import ok_cancel_buttons

LANGUAGES = ("fr", "nl", "en")
PLATFORMS = ("linux", "windows")
MAX_NAME, MAX_COMMAND, MAX_ICON, MAX_PROCESS, MAX_PROCESSES = 100, 1000, 300, 260, 50


def app_name(app: AppEntry) -> str:
    """The app's name in the console's language, else French, English, Dutch; else its id."""
    language = QLocale().name()[:2]
    for lang in (language, "fr", "en", "nl"):
        if app.names.get(lang):
            return app.names[lang]
    return app.id


def _error_label() -> QLabel:
    label = QLabel(objectName="Error")
    label.setWordWrap(True)
    label.hide()
    return label


class AppDialog(QDialog):
    """The form of one app; ``saved`` holds the server's answer once accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        context: ConsoleContext,
        app: AppEntry | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AppDialog")
        self.context = context
        self.app = app
        self.read_only = read_only
        self.saved: AppEntry | None = None
        self.saving = False

        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(64)
        self.id_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[a-z0-9][a-z0-9._-]{0,63}"))
        )
        self.icon_edit = QLineEdit()
        self.icon_edit.setMaxLength(MAX_ICON)
        self.icon_preview = QLabel()
        self.icon_preview.setFixedSize(32, 32)
        self.name_edits = {lang: QLineEdit() for lang in LANGUAGES}
        self.command_edits = {platform: QLineEdit() for platform in PLATFORMS}
        for edit in self.name_edits.values():
            edit.setMaxLength(MAX_NAME)
        for edit in self.command_edits.values():
            edit.setMaxLength(MAX_COMMAND)
        self.processes_edit = QPlainTextEdit()
        self.processes_edit.setTabChangesFocus(True)
        self.processes_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.processes_edit.setFixedHeight(90)

        # one sentence per field, shown under it when the value is refused
        keys: tuple[str, ...] = ("id", "icon", "names", "commands", "processes", "form")
        keys += tuple(f"names.{lang}" for lang in LANGUAGES)
        keys += tuple(f"commands.{platform}" for platform in PLATFORMS)
        self.errors: dict[str, QLabel] = {key: _error_label() for key in keys}

        self.id_label, self.icon_label = QLabel(), QLabel()
        self.id_hint, self.icon_hint = QLabel(objectName="Status"), QLabel(objectName="Status")
        self.id_label.setBuddy(self.id_edit)
        self.icon_label.setBuddy(self.icon_edit)
        general = QFormLayout()
        general.addRow(self.id_label, self._with_error(self.id_edit, "id", self.id_hint))
        icon_row = QHBoxLayout()
        icon_row.addWidget(self.icon_edit, 1)
        icon_row.addWidget(self.icon_preview)
        icon_box = QWidget()
        icon_box.setLayout(icon_row)
        icon_row.setContentsMargins(0, 0, 0, 0)
        general.addRow(self.icon_label, self._with_error(icon_box, "icon", self.icon_hint))

        self.names_box = QGroupBox()
        self.name_labels = {lang: QLabel() for lang in LANGUAGES}
        self.names_hint = QLabel(objectName="Status")
        self.names_hint.setWordWrap(True)
        names = QFormLayout(self.names_box)
        names.addRow(self.names_hint)
        for lang in LANGUAGES:
            self.name_labels[lang].setBuddy(self.name_edits[lang])
            names.addRow(
                self.name_labels[lang], self._with_error(self.name_edits[lang], f"names.{lang}")
            )
        names.addRow(self.errors["names"])

        self.commands_box = QGroupBox()
        self.command_labels = {platform: QLabel() for platform in PLATFORMS}
        self.commands_hint = QLabel(objectName="Status")
        self.commands_hint.setWordWrap(True)
        commands = QFormLayout(self.commands_box)
        commands.addRow(self.commands_hint)
        for platform in PLATFORMS:
            self.command_labels[platform].setBuddy(self.command_edits[platform])
            commands.addRow(
                self.command_labels[platform],
                self._with_error(self.command_edits[platform], f"commands.{platform}"),
            )
        commands.addRow(self.errors["commands"])

        self.processes_label = QLabel()
        self.processes_label.setBuddy(self.processes_edit)
        self.processes_hint = QLabel(objectName="Status")
        self.processes_hint.setWordWrap(True)

        self.buttons = ok_cancel_buttons(self)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.save)
        if read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()

        root = QVBoxLayout(self)
        root.addLayout(general)
        root.addWidget(self.names_box)
        root.addWidget(self.commands_box)
        root.addWidget(self.processes_label)
        root.addWidget(self.processes_hint)
        root.addWidget(self.processes_edit)
        root.addWidget(self.errors["processes"])
        root.addWidget(self.errors["form"])
        root.addStretch(1)  # room left over goes under the form, not between its lines
        root.addWidget(self.buttons)

        self.icon_edit.textChanged.connect(self._show_icon)
        self._fill(app)
        self.retranslate()
        self.setMinimumWidth(620)
        self._fit_height()

    def _with_error(self, field: QWidget, key: str, hint: QLabel | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        if hint is not None:
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.errors[key])
        return box

    def _fill(self, app: AppEntry | None) -> None:
        if app is not None:
            self.id_edit.setText(app.id)
            self.id_edit.setReadOnly(True)  # the id is how profiles and stations name it
            self.icon_edit.setText(app.icon or "")
            for lang, edit in self.name_edits.items():
                edit.setText(app.names.get(lang, ""))
            for platform, edit in self.command_edits.items():
                edit.setText(app.commands.get(platform, ""))
            self.processes_edit.setPlainText("\n".join(app.processes))
            self.name_edits["fr"].setFocus()
        if self.read_only:
            for edit in (self.id_edit, self.icon_edit, *self.name_edits.values()):
                edit.setReadOnly(True)
            for edit in self.command_edits.values():
                edit.setReadOnly(True)
            self.processes_edit.setReadOnly(True)

    def retranslate(self) -> None:
        if self.read_only:
            self.setWindowTitle(self.tr("App"))
        elif self.app is None:
            self.setWindowTitle(self.tr("Add an app"))
        else:
            self.setWindowTitle(self.tr("Change an app"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.id_label.setText(self.tr("&Id"))
        self.id_edit.setAccessibleName(self.tr("Id"))
        self.id_hint.setText(
            self.tr("Lower-case letters, digits, “.”, “_” and “-”, e.g. libreoffice-writer.")
            if self.app is None
            else self.tr("Profiles and computers name the app by its id: it cannot change.")
        )
        self.icon_label.setText(self.tr("Ic&on"))
        self.icon_edit.setAccessibleName(self.tr("Icon"))
        self.icon_edit.setPlaceholderText(self.tr("Optional"))
        self.icon_hint.setText(
            self.tr("An icon name of the desktop theme (e.g. firefox) or a path on the computers.")
        )
        self.names_box.setTitle(self.tr("Name shown to visitors"))
        self.names_hint.setText(
            self.tr("At least one. Visitors see the name in their language, else in French.")
        )
        language_names = {
            "fr": (self.tr("&French"), self.tr("French name")),
            "nl": (self.tr("&Dutch"), self.tr("Dutch name")),
            "en": (self.tr("E&nglish"), self.tr("English name")),
        }
        for lang, (label, accessible) in language_names.items():
            self.name_labels[lang].setText(label)
            self.name_edits[lang].setAccessibleName(accessible)
        self.commands_box.setTitle(self.tr("Command line"))
        self.commands_hint.setText(
            self.tr("At least one. A computer only offers the app if it has a command for it.")
        )
        platform_names = {
            "linux": (self.tr("&Linux"), self.tr("Command on Linux")),
            "windows": (self.tr("&Windows"), self.tr("Command on Windows")),
        }
        for platform, (label, accessible) in platform_names.items():
            self.command_labels[platform].setText(label)
            self.command_edits[platform].setAccessibleName(accessible)
        self.processes_label.setText(self.tr("&Programs the app may start"))
        self.processes_edit.setAccessibleName(self.tr("Programs the app may start"))
        self.processes_hint.setText(
            self.tr(
                "One per line: process names or paths (e.g. firefox, firefox.exe). During a "
                "session the computer stops any other program."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit_height()
        super().changeEvent(event)

    def _fit_height(self) -> None:
        """Never shorter than the form wants: the hints wrap on several lines, and a form
        layout squeezed below its size hint cuts its labels and hints."""
        layout = self.layout()
        layout.activate()
        self.setMinimumHeight(layout.totalSizeHint().height())

    # --- the form ----------------------------------------------------------------------------

    def _show_icon(self) -> None:
        icon = QIcon.fromTheme(self.icon_edit.text().strip())
        self.icon_preview.setPixmap(icon.pixmap(32, 32) if not icon.isNull() else QIcon().pixmap(1))

    def processes(self) -> list[str]:
        lines = (line.strip() for line in self.processes_edit.toPlainText().splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def spec_fields(self) -> dict[str, Any]:
        """What the form holds, as the fields of an AppSpec (not validated)."""
        names = {lang: e.text().strip() for lang, e in self.name_edits.items() if e.text().strip()}
        commands = {
            platform: e.text().strip()
            for platform, e in self.command_edits.items()
            if e.text().strip()
        }
        return {
            "id": self.id_edit.text().strip(),
            "names": names,
            "icon": self.icon_edit.text().strip() or None,
            "commands": commands,
            "processes": self.processes(),
        }

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, key: str, text: str) -> None:
        label = self.errors.get(key, self.errors["form"])
        label.setText(text)
        label.show()
        self._fit_height()

    def field_errors(self) -> dict[str, str]:
        """Sentences for what the server would refuse anyway, before sending."""
        fields = self.spec_fields()
        errors: dict[str, str] = {}
        if not re.match(APP_ID_PATTERN, fields["id"]):
            errors["id"] = self._id_sentence()
        if not fields["names"]:
            errors["names"] = self.tr("Give the app a name in one language at least.")
        if not fields["commands"]:
            errors["commands"] = self.tr("Give the command line for Linux or Windows.")
        return errors

    def _id_sentence(self) -> str:
        return self.tr(
            "Use 1 to 64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter "
            "or a digit."
        )

    def save(self) -> None:
        if self.read_only or self.saving:
            return
        self.clear_errors()
        errors = self.field_errors()
        if errors:
            for key, text in errors.items():
                self.show_error(key, text)
            self._focus_first_error()
            return
        fields = self.spec_fields()
        client, replace = self.context.client, self.app is not None
        self._set_saving(True)
        self.context.run(lambda: _send(client, fields, replace), self._did_save, self._did_fail)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not saving)

    def _did_save(self, app: AppEntry) -> None:
        self._set_saving(False)
        self.saved = app
        self.accept()

    def _did_fail(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
            for key, text in self.server_errors(error).items():
                self.show_error(key, text)
        else:
            self.show_error("form", error_text(error))
        self._focus_first_error()

    def server_errors(self, error: ApiError) -> dict[str, str]:
        """The fields an INVALID_REQUEST names, each with a sentence to show next to it."""
        details = error.details
        if "name" in details:  # the id is taken (admin.core.errors.Duplicate)
            return {"id": self.tr("Another app has this id already. Choose another id.")}
        found: dict[str, str] = {}
        for item in details.get("errors") or []:
            loc = [str(part) for part in item.get("loc", [])]
            field = loc[1] if len(loc) > 1 and loc[0] == "body" else ""
            key = field
            if field in ("names", "commands") and len(loc) > 2:
                key = f"{field}.{loc[2]}"
            found.setdefault(key, self._sentence(field))
        if not found:  # a refusal without details: the rule on names and commands
            found["form"] = self.tr(
                "The server refused the app: it needs a name in one language at least and a "
                "command line."
            )
        return found

    def _sentence(self, field: str) -> str:
        sentences = {
            "id": self._id_sentence(),
            "icon": self.tr("The icon may have up to 300 characters."),
            "names": self.tr("A name may have up to 100 characters."),
            "commands": self.tr("A command line may have up to 1000 characters."),
            "processes": self.tr("Up to 50 programs, each a name or path of up to 260 characters."),
        }
        return sentences.get(field, self.tr("The server refused a value. Check the form."))

    def _focus_first_error(self) -> None:
        order: list[tuple[str, QWidget]] = [
            ("id", self.id_edit),
            ("icon", self.icon_edit),
            *((f"names.{lang}", e) for lang, e in self.name_edits.items()),
            ("names", self.name_edits["fr"]),
            *((f"commands.{p}", e) for p, e in self.command_edits.items()),
            ("commands", self.command_edits["linux"]),
            ("processes", self.processes_edit),
        ]
        for key, widget in order:
            if not self.errors[key].isHidden():
                widget.setFocus()
                return

    def error_texts(self) -> dict[str, str]:
        """The sentences shown now, by field (for tests and accessibility checks)."""
        return {key: label.text() for key, label in self.errors.items() if not label.isHidden()}

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: ConsoleContext,
        app: AppEntry | None = None,
        *,
        read_only: bool = False,
    ) -> AppEntry | None:
        """The app as the server saved it, or None when cancelled (or only looked at)."""
        dialog = cls(parent, context, app, read_only=read_only)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved


def _send(client: StaffClient, fields: dict[str, Any], replace: bool) -> AppEntry:
    """Check the fields as the server would, and refuse them the way it does, then send."""
    try:
        spec = AppSpec.model_validate(fields)
    except ValidationError as exc:
        errors = [{"loc": ["body", *err["loc"]], "type": err["type"]} for err in exc.errors()]
        raise ApiError(
            ErrorCode.INVALID_REQUEST, "invalid request", 422, {"errors": errors}
        ) from exc
    return client.replace_app(spec) if replace else client.add_app(spec)
