"""The session bar: a slim strip on top of the desktop with the time left, always in view.

Expanded: the time left in large digits, who is signed in (or the latest note), the visitor's
apps, "Lock while I'm away", "End session", a small "Staff" button and a collapse button.
Collapsed: a small clock in the corner, still showing the time; a click or Enter expands it.
On X11 the bar reserves its strip of the screen (ui/kiosk/strut.py).

Longer than the ~400-line aim: the expanded and the collapsed bar are one widget sharing its
state (time left, notes, apps); the apps row and the notes are its largest parts.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QMoveEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.station import AppEntry
from ui.formats import format_remaining
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.strut import TopStrut

BAR_HEIGHT = 72
#: The greeting is cut (with an ellipsis) down to this width before the apps lose room.
GREETING_MIN_WIDTH = 90
#: Room kept around the collapsed clock, right of the screen.
COLLAPSED_MARGIN = 0
ICON_SIZE = 28
translate = QCoreApplication.translate

# Only colours and borders: sizes come from the kiosk stylesheet (large text, scale). White on
# the bar's dark background holds in both the normal and the high-contrast theme.
_BAR_CONTROLS_STYLE = """
QPushButton { padding: 4px 12px; }
QPushButton#BarQuiet, QPushButton#Staff, QPushButton#ClockButton {
    background: transparent; color: #ffffff; border: 3px solid #ffffff; }
QPushButton#Staff { border-color: transparent; }
QPushButton#BarQuiet:focus, QPushButton#Staff:focus, QPushButton#ClockButton:focus {
    border: 4px solid #ffd100; background: #0b3d91; }
QPushButton#ClockButton { padding: 0px 12px; }
QLabel#BarCaption { font-weight: bold; }
"""


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


def letter_icon(name: str, size: int = ICON_SIZE) -> QIcon:
    """A round badge with the app's first letter, for an app without an icon of its own."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0b3d91"))
    painter.drawEllipse(0, 0, size, size)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(round(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, (name[:1] or "?").upper()
    )
    painter.end()
    return QIcon(pixmap)


class ElidedLabel(QLabel):
    """A one-line label that asks for its whole text but, when squeezed, ends with "…"."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    @property
    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        text = self._full
        if width > 0 and metrics.horizontalAdvance(text) > width:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.setText(text)


class SessionBar(QWidget):
    """Who is signed in, the visitor's apps, the countdown and the session's buttons.

    Emits ``end_requested`` once the visitor confirmed, ``launch_requested(app_id)`` on an app,
    ``away_requested`` for "Lock while I'm away", ``staff_requested`` for the staff sign-in and
    ``collapsed_changed(bool)``.
    """

    end_requested = Signal()
    launch_requested = Signal(str)
    away_requested = Signal()
    staff_requested = Signal()
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionBar")
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bar_height = BAR_HEIGHT
        self.setFixedHeight(self.bar_height)
        self._visitor = ""
        self._remaining = 0
        self._collapsed = False
        self._expanded_geometry: QRect | None = None
        self._idle_left: int | None = None
        self._warning_note = ""
        self._warning_minutes = 0
        self.strut = TopStrut(self)

        # --- expanded ---------------------------------------------------------------------
        self.full = QWidget(objectName="BarFull")
        self.time_label = QLabel(objectName="BarCaption")
        self.countdown = QLabel(objectName="Countdown")
        self.countdown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        time_box = QVBoxLayout()
        time_box.setSpacing(0)
        time_box.addWidget(self.time_label)
        time_box.addWidget(self.countdown)

        # who is signed in, or the latest note (a warning, the staff adding time) in its place
        self.greeting = ElidedLabel()
        self.note = QLabel(objectName="BarNote")
        self.note.hide()
        # the greeting gives way when space is short; a note (a warning) never does
        self.greeting.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.greeting.setMinimumWidth(GREETING_MIN_WIDTH)
        self.note.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        info_box = QVBoxLayout()
        info_box.setSpacing(0)
        info_box.addWidget(self.greeting)
        info_box.addWidget(self.note)

        self.app_buttons: dict[str, QPushButton] = {}
        self._apps: list[AppEntry] = []
        # the apps scroll sideways when there are more than the bar holds: it never widens
        self.apps_area = QScrollArea(objectName="AppsArea")
        self.apps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.apps_area.setWidgetResizable(True)
        self.apps_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # no scroll bar in a slim bar: the names give way to icons first, and a button that
        # gets the keyboard focus is scrolled into view
        self.apps_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Ignored: the apps take what is left, never widening the bar past the screen
        self.apps_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.apps_area.setMinimumWidth(0)
        self.apps_area.setStyleSheet("QScrollArea, QWidget#AppsRow { background: transparent; }")
        apps_widget = QWidget(objectName="AppsRow")
        self._apps_row = QHBoxLayout(apps_widget)
        self._apps_row.setContentsMargins(0, 0, 0, 0)
        self._apps_row.setSpacing(8)
        self._apps_row.addStretch(1)
        self.apps_area.setWidget(apps_widget)
        self.apps_area.viewport().installEventFilter(self)

        self.away_button = QPushButton()
        self.away_button.clicked.connect(self.away_requested)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self._confirm_end)
        # the theme's small, quiet button: visitors are not meant to press it
        self.staff_button = QPushButton(objectName="Staff")
        self.staff_button.clicked.connect(self.staff_requested)
        self.collapse_button = QPushButton("▲", objectName="BarQuiet")
        self.collapse_button.clicked.connect(self.collapse)

        row = QHBoxLayout(self.full)
        row.setContentsMargins(16, 2, 12, 2)
        row.setSpacing(12)
        row.addLayout(time_box)
        row.addLayout(info_box)
        row.addWidget(self.apps_area, 1)
        row.addWidget(self.away_button)
        row.addWidget(self.end_button)
        row.addWidget(self.staff_button)
        row.addWidget(self.collapse_button)

        # --- collapsed: the clock alone ---------------------------------------------------
        self.compact = QWidget(objectName="BarCompact")
        self.clock_button = QPushButton(objectName="ClockButton")
        self.clock_label = QLabel(objectName="Countdown")
        self.clock_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.expand_mark = QLabel("▼")
        self.expand_mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        inside = QHBoxLayout(self.clock_button)
        inside.setContentsMargins(12, 0, 12, 0)
        inside.setSpacing(10)
        inside.addWidget(self.clock_label)
        inside.addWidget(self.expand_mark)
        self.clock_button.clicked.connect(self.expand)
        compact_row = QHBoxLayout(self.compact)
        compact_row.setContentsMargins(4, 4, 4, 4)
        compact_row.addWidget(self.clock_button)
        self.compact.hide()

        for button in (
            self.away_button,
            self.end_button,
            self.staff_button,
            self.collapse_button,
            self.clock_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
        for widget in (self.full, self.compact):
            widget.setStyleSheet(_BAR_CONTROLS_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.full)
        outer.addWidget(self.compact)
        self._order_tabs()
        self.retranslate()

    # --- the session ----------------------------------------------------------------------

    def start(self, visitor_name: str, remaining_seconds: int) -> None:
        self._visitor = visitor_name
        self._idle_left = None
        self._warning_note = ""
        self.expand()  # every visitor starts with the whole bar
        self.set_warning(False)
        self.set_note("")
        self.set_remaining(remaining_seconds)
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self._remaining = seconds
        text = format_remaining(seconds)
        self.countdown.setText(text)
        self.clock_label.setText(text)
        spoken = self.tr("Time left: %1").replace("%1", text)
        self.countdown.setAccessibleName(spoken)
        self.clock_button.setAccessibleName(spoken)
        self.clock_button.setToolTip(self.tr("Show the whole bar"))
        self.clock_button.setAccessibleDescription(self.tr("Show the whole bar"))

    @property
    def remaining_text(self) -> str:
        """The time left as shown, whether the bar is expanded or collapsed."""
        return self.clock_label.text() if self._collapsed else self.countdown.text()

    def set_warning(self, on: bool) -> None:
        self.setProperty("warning", "true" if on else "false")
        for widget in (self, self.full, self.compact):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    @property
    def warning(self) -> bool:
        return self.property("warning") == "true"

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.greeting.setVisible(not text)
        self.note.setToolTip(text)

    def set_apps(self, apps: list[AppEntry]) -> None:
        """One button per app of the visitor's catalogue, named in the current language."""
        for button in self.app_buttons.values():
            self._apps_row.removeWidget(button)
            button.deleteLater()
        self.app_buttons = {}
        self._apps = list(apps)
        for app in self._apps:
            button = QPushButton(objectName="AppButton")
            # never squeezed: when the apps do not fit, their row scrolls sideways
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
            button.installEventFilter(self)
            icon = QIcon()
            if app.icon:
                icon = QIcon(app.icon) if "/" in app.icon else QIcon.fromTheme(app.icon)
            if icon.isNull():
                icon = letter_icon(self._app_name(app))
            button.setIcon(icon)
            button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
            button.clicked.connect(
                lambda _=False, app_id=app.id: self.launch_requested.emit(app_id)
            )
            self._apps_row.insertWidget(self._apps_row.count() - 1, button)
            self.app_buttons[app.id] = button
        self._name_apps()
        self._order_tabs()
        self._apps_row.activate()  # sized now, not at the next turn of the event loop

    def warn(self, threshold_seconds: int) -> None:
        minutes = max(1, round(threshold_seconds / 60))
        self.set_warning(True)
        # the banner says what to do; the bar, slim, keeps the figure
        self._warning_minutes = minutes
        self._warning_note = self.tr("%n minute(s) left", "", minutes)
        self.set_note(self._warning_note)

    def warn_idle(self, seconds_left: int) -> None:
        """Nobody touched the computer for a while: say the session will end unless they do."""
        self._idle_left = seconds_left
        self.set_warning(True)
        # the banner says what to do; the bar, slim, keeps the countdown
        self.set_note(self.tr("Still there? %n s", "", seconds_left))

    def idle_cancelled(self) -> None:
        self._idle_left = None
        self.set_warning(bool(self._warning_note))
        self.set_note(self._warning_note)

    @property
    def idle_warning_shown(self) -> bool:
        return self._idle_left is not None

    def time_added(self, seconds: int) -> None:
        minutes = max(1, round(seconds / 60))
        self._warning_note = ""
        self.set_warning(False)
        self.set_note(self.tr("The staff added %n minute(s).", "", minutes))

    # --- collapse -------------------------------------------------------------------------

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    def collapse(self) -> None:
        """Shrink to a small clock in the corner: the time stays in view."""
        if self._collapsed:
            return
        self._collapsed = True
        self.full.hide()
        self.compact.show()
        if self.isWindow() and self.isVisible():
            self._place_collapsed()
        self.clock_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.strut.schedule()
        self.collapsed_changed.emit(True)

    def set_text_scale(self, factor: float) -> None:
        """Grow the bar with its text (large-text mode, big screens) so nothing is cut."""
        self.bar_height = max(BAR_HEIGHT, round(BAR_HEIGHT * factor))
        if not self._collapsed:
            self.setFixedHeight(self.bar_height)
            if self.isWindow() and self.isVisible():
                geometry = self.geometry()
                geometry.setHeight(self.bar_height)
                self.setGeometry(geometry)
            self.strut.schedule()

    def expand(self) -> None:
        """Back to the whole bar."""
        if not self._collapsed:
            return
        self._collapsed = False
        self.compact.hide()
        self.full.show()
        self.setFixedHeight(self.bar_height)
        if self.isWindow() and self._expanded_geometry is not None:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
            self.setGeometry(self._expanded_geometry)
        self._expanded_geometry = None
        self.collapse_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.strut.schedule()
        self.collapsed_changed.emit(False)

    def _place_collapsed(self) -> None:
        """The clock at the top-right corner of where the whole bar was."""
        current = self.geometry()
        if self._expanded_geometry is None or current.width() > self.compact.sizeHint().width():
            self._expanded_geometry = QRect(current)
        full = self._expanded_geometry
        # a button does not size itself by the layout inside it: add up its contents
        inside = self.clock_button.layout()
        wanted = inside.sizeHint() if inside is not None else self.clock_button.sizeHint()
        self.clock_button.setMinimumSize(wanted.width() + 8, wanted.height())
        self.compact.layout().activate()
        size = self.compact.sizeHint()
        height = max(size.height(), 48)
        self.setFixedHeight(height)
        self.setFixedWidth(size.width())
        self.setGeometry(
            full.right() - size.width() + 1 - COLLAPSED_MARGIN, full.y(), size.width(), height
        )
        # a fixed width would keep the next expand() from widening the window
        self.setMinimumWidth(0)
        self.setMaximumWidth(16777215)

    # --- Qt overrides ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # Enter activates the focused button, as Space does: what most visitors try first
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
                focused.click()
                return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._collapsed and self.isWindow():
            self._place_collapsed()
        self.strut.schedule()

    def moveEvent(self, event: QMoveEvent) -> None:  # Qt override
        super().moveEvent(event)
        self.strut.schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.strut.schedule()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _confirm_end(self) -> None:
        if ConfirmEndDialog.ask(self):
            self.end_requested.emit()

    # --- texts ----------------------------------------------------------------------------

    def _app_name(self, app: AppEntry) -> str:
        language = QLocale().name()[:2]
        return app.names.get(language) or app.names.get("en") or app.id

    def _name_apps(self) -> None:
        for app in self._apps:
            name = self._app_name(app)
            button = self.app_buttons[app.id]
            button.setText(name)
            button.setToolTip(self.tr("Open %1").replace("%1", name))
            button.setAccessibleName(self.tr("Open %1").replace("%1", name))
        self._fit_apps()

    def _fit_apps(self) -> None:
        """Names beside the icons when they all fit, the icons alone otherwise."""
        if not self._apps:
            return
        for app in self._apps:
            self.app_buttons[app.id].setText(self._app_name(app))
        spacing = self._apps_row.spacing()
        wanted = sum(b.sizeHint().width() + spacing for b in self.app_buttons.values())
        if wanted > self.apps_area.viewport().width():
            for button in self.app_buttons.values():
                button.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self.apps_area.ensureWidgetVisible(watched)
        elif event.type() == QEvent.Type.Resize and watched is self.apps_area.viewport():
            self._fit_apps()
        return super().eventFilter(watched, event)

    def _order_tabs(self) -> None:
        """Tab goes along the bar, left to right: the apps, then the session's buttons."""
        chain = [
            *self.app_buttons.values(),
            self.away_button,
            self.end_button,
            self.staff_button,
            self.collapse_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.greeting.set_full_text(
            self.tr("Hello %1").replace("%1", self._visitor) if self._visitor else ""
        )
        self.time_label.setText(self.tr("Time left"))
        # short on the button (the bar is slim); the whole sentence for screen readers
        self.away_button.setText(self.tr("Step away"))
        self.away_button.setAccessibleName(self.tr("Lock while I'm away"))
        self.away_button.setToolTip(
            self.tr("Lock the screen while you step away. Your PIN or card number unlocks it.")
        )
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.setToolTip(self.tr("Staff sign-in"))
        self.collapse_button.setAccessibleName(self.tr("Make the bar smaller"))
        self.collapse_button.setToolTip(self.tr("Make the bar smaller"))
        self.set_remaining(self._remaining)
        self._name_apps()
        if self._warning_note:  # in the language just chosen
            self._warning_note = self.tr("%n minute(s) left", "", self._warning_minutes)
            if self._idle_left is None:
                self.set_note(self._warning_note)
        if self._idle_left is not None:
            self.warn_idle(self._idle_left)
