"""The session bar: a slim strip on top of the desktop with the time left, always in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from kiosk.protocol import AppEntry
from ui.kiosk.messages import format_remaining

BAR_HEIGHT = 72
translate = QCoreApplication.translate


class ConfirmEndDialog:
    """Asks the visitor to confirm before a session ends; replaced in tests through ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConfirmEndDialog", "End session"))
        box.setText(
            translate(
                "ConfirmEndDialog", "End your session now? Your open programs will be closed."
            )
        )
        yes = box.addButton(
            translate("ConfirmEndDialog", "Yes, end my session"), QMessageBox.ButtonRole.YesRole
        )
        no = box.addButton(
            translate("ConfirmEndDialog", "No, keep working"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class SessionBar(QWidget):
    """Shows who is signed in, the visitor's apps, the countdown and the "End session" button.

    Emits ``end_requested`` once the visitor confirmed, ``launch_requested(app_id)`` on an app.
    """

    end_requested = Signal()
    launch_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(BAR_HEIGHT)
        self._visitor = ""
        self._remaining = 0
        self._note = ""

        self.greeting = QLabel()
        self.app_buttons: dict[str, QPushButton] = {}
        self._apps: list[AppEntry] = []
        # the apps scroll sideways when there are more than the bar holds: it never widens
        self.apps_area = QScrollArea(objectName="AppsArea")
        self.apps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.apps_area.setWidgetResizable(True)
        self.apps_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.apps_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.apps_area.setMinimumWidth(0)
        apps_widget = QWidget(objectName="AppsRow")
        self._apps_row = QHBoxLayout(apps_widget)
        self._apps_row.setContentsMargins(0, 0, 0, 0)
        self._apps_row.setSpacing(8)
        self._apps_row.addStretch(1)
        self.apps_area.setWidget(apps_widget)
        self._idle_left: int | None = None
        self._warning_note = ""
        self.time_label = QLabel()
        self.countdown = QLabel(objectName="Countdown")
        self.countdown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.note = QLabel(objectName="BarNote")
        self.end_button = QPushButton()
        self.end_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.end_button.clicked.connect(self._confirm_end)

        row = QHBoxLayout(self)
        row.setContentsMargins(20, 6, 20, 6)
        row.setSpacing(18)
        row.addWidget(self.greeting)
        row.addSpacing(12)
        row.addWidget(self.apps_area, 3)
        row.addWidget(self.note)
        row.addStretch(1)
        row.addWidget(self.time_label)
        row.addWidget(self.countdown)
        row.addSpacing(12)
        row.addWidget(self.end_button)
        self.retranslate()

    def start(self, visitor_name: str, remaining_seconds: int) -> None:
        self._visitor = visitor_name
        self._idle_left = None
        self._warning_note = ""
        self.set_warning(False)
        self.set_note("")
        self.set_remaining(remaining_seconds)
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self._remaining = seconds
        self.countdown.setText(format_remaining(seconds))
        self.countdown.setAccessibleName(
            self.tr("Time left: %1").replace("%1", self.countdown.text())
        )

    def set_warning(self, on: bool) -> None:
        self.setProperty("warning", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def set_apps(self, apps: list[AppEntry]) -> None:
        """One button per app of the visitor's catalogue, named in the current language."""
        for button in self.app_buttons.values():
            self._apps_row.removeWidget(button)
            button.deleteLater()
        self.app_buttons = {}
        self._apps = list(apps)
        for app in self._apps:
            button = QPushButton(objectName="AppButton")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if app.icon:
                icon = QIcon(app.icon) if "/" in app.icon else QIcon.fromTheme(app.icon)
                button.setIcon(icon)
            button.clicked.connect(
                lambda _=False, app_id=app.id: self.launch_requested.emit(app_id)
            )
            self._apps_row.insertWidget(self._apps_row.count() - 1, button)
            self.app_buttons[app.id] = button
        self._name_apps()

    def warn(self, threshold_seconds: int) -> None:
        minutes = max(1, round(threshold_seconds / 60))
        self.set_warning(True)
        self._warning_note = self.tr("%n minute(s) left. Save your work.", "", minutes)
        self.set_note(self._warning_note)

    def warn_idle(self, seconds_left: int) -> None:
        """Nobody touched the computer for a while: say the session will end unless they do."""
        self._idle_left = seconds_left
        self.set_warning(True)
        self.set_note(
            self.tr(
                "Are you still there? Move the mouse or press a key, or your session ends in %n second(s).",
                "",
                seconds_left,
            )
        )

    def idle_cancelled(self) -> None:
        self._idle_left = None
        self.set_warning(bool(self._warning_note))
        self.set_note(self._warning_note)

    @property
    def idle_warning_shown(self) -> bool:
        return self._idle_left is not None

    def time_added(self, seconds: int) -> None:
        minutes = max(1, round(seconds / 60))
        self.set_warning(False)
        self.set_note(self.tr("The staff added %n minute(s).", "", minutes))

    def _confirm_end(self) -> None:
        if ConfirmEndDialog.ask(self):
            self.end_requested.emit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_apps(self) -> None:
        language = QLocale().name()[:2]
        for app in self._apps:
            name = app.names.get(language) or app.names.get("en") or app.id
            button = self.app_buttons[app.id]
            button.setText(name)
            button.setToolTip(self.tr("Open %1").replace("%1", name))
            button.setAccessibleName(self.tr("Open %1").replace("%1", name))

    def retranslate(self) -> None:
        self.greeting.setText(
            self.tr("Hello %1").replace("%1", self._visitor) if self._visitor else ""
        )
        self.time_label.setText(self.tr("Time left"))
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.set_remaining(self._remaining)
        self._name_apps()
        if self._idle_left is not None:
            self.warn_idle(self._idle_left)
