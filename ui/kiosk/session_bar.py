"""The session bar: a slim strip on top of the desktop with the time left, always in view.

Expanded, two rows right of the time left (large digits, the collapse button beside them):
the first row has who is signed in (or the latest note) and the session's buttons ("Lock while
I'm away", "End session", a small "Staff"); the second row the visitor's apps, each an icon
and its whole name, as many as fit, then "All apps", a menu of every app: an app is never
reduced to an icon or a letter, and never out of reach. Every size follows the text scale
(set_text_scale). When the session's buttons do not fit in the first row (a narrow screen,
very large text) they go on one more row, and the apps' row then takes the whole width, under
the time too (so that an app shows beside "All apps" at ×2 on 1280 px); the bar is always the
screen's width, its height what its rows need (``bar_height``, which the strut and the
warning banner follow).
A note (the staff added time, a program did not start) takes the greeting's place, on up to
two lines (one more row of the bar for a longer one), and goes after ``NOTE_MS``; a time
warning's note stays.
Collapsed: a small clock in the corner, still showing the time; a click or Enter expands it.
On X11 the bar reserves its strip of the screen (ui/kiosk/strut.py).

Longer than the ~400-line aim: the expanded and the collapsed bar are one widget sharing its
state (time left, notes, apps); placing its rows (_plan) and the notes are its largest parts.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.enums import DeskCallState
from ui.formats import format_duration
from ui.kiosk.desk_call import DeskCallButton, failed_text, status_text
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.strut import TopStrut

if TYPE_CHECKING:
    from kiosk.protocol.station import AppEntry

log = logging.getLogger("epn.ui.kiosk")

#: The bar's height at text ×1 on a 1280 px screen (two rows); ``SessionBar.bar_height`` is
#: the height at its own width and text scale.
BAR_HEIGHT = 92
#: The greeting keeps at least this width (at text ×1), and as much as it needs to show whole
#: on the first row's two lines, before the session's buttons go on a row of their own.
GREETING_MIN_WIDTH = 90
#: Room kept around the collapsed clock, right of the screen.
COLLAPSED_MARGIN = 0
ICON_SIZE = 28
#: How long a note (the staff added time, a program did not start) stays before the greeting
#: comes back.
NOTE_MS = 15_000
#: Sizes at text ×1, in pixels; each is multiplied by the text scale (set_text_scale).
MARGIN_X, MARGIN_Y, GAP, ROW_GAP = 12, 4, 10, 4
translate = QCoreApplication.translate

# Colours and borders of the bar's own controls: white on the bar's dark background holds in
# both the normal and the high-contrast theme. The other colours come from the kiosk stylesheet.
_BAR_CONTROLS_STYLE = """
QPushButton#BarQuiet, QPushButton#Staff, QPushButton#ClockButton {
    background: transparent; color: #ffffff; border: 3px solid #ffffff; }
QPushButton#Staff { border-color: transparent; }
QPushButton#BarQuiet:focus, QPushButton#Staff:focus, QPushButton#ClockButton:focus {
    border: 4px solid #ffd100; background: #0b3d91; }
QLabel#BarCaption { font-weight: bold; }
"""


def bar_sizes_style(text: float) -> str:
    """The bar's font sizes and paddings at text scale ``text`` (its own: any scale works)."""

    def px(size: float) -> str:
        return f"{max(1, round(size * text))}px"

    return f"""
QWidget {{ font-size: {px(18)}; }}
QPushButton {{ font-size: {px(18)}; padding: {px(3)} {px(10)}; }}
QPushButton#Staff {{ font-size: {px(15)}; }}
QPushButton#ClockButton {{ padding: 0px {px(10)}; }}
QLabel#BarCaption {{ font-size: {px(16)}; }}
QLabel#Countdown {{ font-size: {px(36)}; }}
QLabel#BarNote, QLabel#Greeting {{ font-size: {px(18)}; }}
"""


class EndQuestion(QMessageBox):
    """A question whose buttons go one under the other when side by side they do not fit:
    QMessageBox caps its width (at large text "Yes, end my session" and "No, keep working"
    are wider together) and would squeeze them, cutting their words. Centred on ``centre``
    whenever its size changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre: QPoint | None = None

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)  # QMessageBox sizes itself here, within its cap
        box = self.findChild(QDialogButtonBox)
        squeezed = any(b.width() < b.sizeHint().width() for b in self.buttons())
        if box is not None and squeezed:
            box.setOrientation(Qt.Orientation.Vertical)  # the box takes its new size next

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if self.centre is not None:
            self.move(self.centre - self.rect().center())


class ConfirmEndDialog:
    """Asks the visitor to confirm before a session ends; replaced in tests through ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box, yes = cls.build(parent)
        # in the middle of the screen: over the bar (its parent, at the top edge) it would hide
        # the time left and the warning, and start at the very edge of the screen
        box.adjustSize()
        screen = (parent.screen() if parent is not None else box.screen()).availableGeometry()
        box.centre = screen.center()
        box.move(screen.center() - box.rect().center())
        log.info("end of session asked to be confirmed")
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def build(cls, parent: QWidget | None) -> tuple[EndQuestion, QAbstractButton]:
        """The question, not yet shown, and its "yes" button."""
        box = EndQuestion(parent)
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
        yes.setObjectName("ConfirmEnd")
        no.setObjectName("KeepWorking")
        box.setDefaultButton(no)
        return box, yes


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
    """A label that asks for its whole text on one line; squeezed, it wraps it on the lines
    its box has room for, and only past those ends with "…"."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setWordWrap(True)

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

    def two_line_width(self) -> int:
        """The narrowest width that shows the whole text on at most two lines."""
        metrics = self.fontMetrics()
        words = self._full.split()
        widths = [metrics.horizontalAdvance(self._full)]
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            widths.append(max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
        margins = self.contentsMargins()
        return min(widths) + margins.left() + margins.right() + 2

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        box = self.contentsRect()
        metrics = self.fontMetrics()
        text = self._full
        if box.width() > 0 and metrics.horizontalAdvance(text) > box.width():
            wrapped = metrics.boundingRect(
                QRect(0, 0, box.width(), 1 << 20), int(Qt.TextFlag.TextWordWrap), text
            )
            if wrapped.width() > box.width() or wrapped.height() > box.height():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
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
    #: the expanded bar's new height (its rows changed): what is placed below it follows
    height_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, note_ms: int = NOTE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("SessionBar")
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._text = 1.0
        self.bar_height = BAR_HEIGHT
        self.setFixedHeight(self.bar_height)
        self._visitor = ""
        self._remaining = 0
        self._collapsed = False
        self._expanded_geometry: QRect | None = None
        self._idle_left: int | None = None
        self._warning_note = ""
        self._warning_minutes = 0
        self._arranging = False
        self.strut = TopStrut(self)

        # --- expanded: placed by _arrange, row by row ---------------------------------------
        self.full = QWidget(objectName="BarFull")
        full = self.full
        self.time_label = QLabel(objectName="BarCaption", parent=full)
        self.countdown = QLabel(objectName="Countdown", parent=full)
        self.countdown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.collapse_button = QPushButton("▲", full, objectName="BarQuiet")
        self.collapse_button.clicked.connect(self.collapse)

        # who is signed in, or the latest note (a warning, the staff adding time) in its place:
        # the greeting is cut when space is short, a note is whole, wrapped
        self.greeting = ElidedLabel()
        self.greeting.setObjectName("Greeting")
        self.greeting.setParent(full)
        self.note = QLabel(objectName="BarNote", parent=full)
        self.note.setWordWrap(True)
        self.note.hide()
        # a passing note goes by itself; a warning's stays as long as the warning
        self.note_timer = QTimer(self, objectName="bar-note")
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(note_ms)
        self.note_timer.timeout.connect(self._note_expired)

        self.app_buttons: dict[str, QPushButton] = {}
        self._apps: list[AppEntry] = []
        #: the apps shown by their initial (no icon of their own)
        self._lettered: set[str] = set()
        # every app, with its icon and name, in a menu: the mouse and the keyboard reach them all
        self.all_apps_button = QPushButton(full, objectName="AllApps")
        self.all_apps_button.hide()
        self.apps_menu = QMenu(self, objectName="AllAppsMenu")
        self.all_apps_button.clicked.connect(self.show_all_apps)

        self.away_button = QPushButton(full)
        self.away_button.clicked.connect(self.away_requested)
        self.end_button = QPushButton(full, objectName="EndSession")
        self.end_button.clicked.connect(self._confirm_end)
        # the theme's small, quiet button: visitors are not meant to press it
        self.staff_button = QPushButton(full, objectName="Staff")
        self.staff_button.clicked.connect(self.staff_requested)
        # "Call the desk" ("Help": short on the bar; the whole sentence for screen readers), in the
        # first row before "Lock while I'm away"
        self.desk_button = DeskCallButton(full, compact=True)
        #: buttons added to the first row (add_session_button), before "Lock while I'm away"
        self._added: list[QPushButton] = [self.desk_button]

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
            self.desk_button,
            self.end_button,
            self.staff_button,
            self.collapse_button,
            self.clock_button,
            self.all_apps_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
        # a button whose words change (its own retranslation, after the bar's) asks for room:
        # the rows are planned again
        self.full.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.full)
        outer.addWidget(self.compact)
        self.set_text_scale(1.0)
        self._order_tabs()
        self.retranslate()

    # --- the session ----------------------------------------------------------------------

    def start(self, visitor_name: str, remaining_seconds: int) -> None:
        self._visitor = visitor_name
        self._idle_left = None
        self._warning_note = ""
        self.expand()  # every visitor starts with the whole bar
        self.set_warning(False)
        self._show_note("")
        self.set_remaining(remaining_seconds)
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self._remaining = seconds
        text = format_duration(seconds)
        self.countdown.setText(text)
        self.clock_label.setText(text)
        if self.countdown.sizeHint().width() > self.countdown.width():  # "1:00:00", wider
            self._arrange()
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

    def set_desk_call(self, state: DeskCallState, *, failed: bool = False) -> None:
        """The visitor's call for the desk: the button's words, and a passing note saying the
        desk has been told, or that someone is coming."""
        changed = state != self.desk_button.state
        self.desk_button.set_state(state)
        text = failed_text() if failed else status_text(state)
        if text and (changed or failed):
            self.set_note(text)

    def set_note(self, text: str) -> None:
        """A passing note in the greeting's place, whole; it goes after ``NOTE_MS``."""
        self._show_note(text)
        if text:
            self.note_timer.start()

    def _show_note(self, text: str) -> None:
        """``text`` in the greeting's place until replaced (the greeting again if empty)."""
        self.note_timer.stop()
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))
        self.greeting.setVisible(not text)
        self._arrange()

    def _note_expired(self) -> None:
        """A passing note went: the warning's note comes back, or the greeting."""
        if self._idle_left is not None:
            self.warn_idle(self._idle_left)
        else:
            self._show_note(self._warning_note)

    def set_apps(self, apps: list[AppEntry]) -> None:
        """One button per app of the visitor's catalogue, named in the current language."""
        for button in self.app_buttons.values():
            button.hide()
            button.deleteLater()
        self.app_buttons = {}
        self._lettered = set()
        self.apps_menu.clear()
        self._apps = list(apps)
        for app in self._apps:
            # never squeezed: the apps that do not fit are in "All apps"
            button = QPushButton(self.full, objectName="AppButton")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
            icon = QIcon()
            if app.icon:
                icon = QIcon(app.icon) if "/" in app.icon else QIcon.fromTheme(app.icon)
            if icon.isNull():  # a letter, drawn again with each language (_name_apps)
                self._lettered.add(app.id)
            button.setIcon(icon)
            action = self.apps_menu.addAction(icon, "")
            action.setData(app.id)
            action.triggered.connect(
                lambda _=False, app_id=app.id: self.launch_requested.emit(app_id)
            )
            button.setIconSize(self._icon_size())
            button.clicked.connect(
                lambda _=False, app_id=app.id: self.launch_requested.emit(app_id)
            )
            self.app_buttons[app.id] = button
        self._name_apps()
        self._order_tabs()

    def add_session_button(self, button: QPushButton) -> None:
        """One more button in the first row, before "Lock while I'm away" (and in Tab order)."""
        button.setParent(self.full)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        self._added.append(button)
        button.show()
        self._order_tabs()
        self._arrange()

    def show_all_apps(self) -> None:
        """The menu of every app, under the "All apps" button; arrows and Enter choose."""
        self.apps_menu.ensurePolished()
        size = self.apps_menu.sizeHint()
        below = self.all_apps_button.mapToGlobal(QPoint(0, self.all_apps_button.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width() + 1))
        self.apps_menu.popup(QPoint(x, below.y()))
        actions = self.apps_menu.actions()
        if actions:
            self.apps_menu.setActiveAction(actions[0])

    @property
    def apps_in_menu(self) -> list[str]:
        """The ids of the apps only "All apps" reaches (they do not fit in the bar)."""
        return [app_id for app_id, button in self.app_buttons.items() if button.isHidden()]

    def warn(self, threshold_seconds: int) -> None:
        minutes = max(1, round(threshold_seconds / 60))
        self.set_warning(True)
        # the banner says what to do; the bar, slim, keeps the figure
        self._warning_minutes = minutes
        self._warning_note = self.tr("%n minute(s) left", "", minutes)
        self._show_note(self._warning_note)

    def warn_idle(self, seconds_left: int) -> None:
        """Nobody touched the computer for a while: say the session will end unless they do."""
        self._idle_left = seconds_left
        self.set_warning(True)
        # the banner says what to do; the bar, slim, keeps the countdown
        self._show_note(self.tr("Still there? %n s", "", seconds_left))

    def idle_cancelled(self) -> None:
        self._idle_left = None
        self.set_warning(bool(self._warning_note))
        self._show_note(self._warning_note)

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
        """Every size of the bar at text scale ``factor`` (large text, big screens): its fonts,
        paddings, icons, margins and rows. Its height follows (``bar_height``)."""
        self._text = factor
        style = _BAR_CONTROLS_STYLE + bar_sizes_style(factor)
        for widget in (self.full, self.compact):
            widget.setStyleSheet(style)
        self.apps_menu.setStyleSheet(
            f"QMenu#AllAppsMenu {{ font-size: {max(1, round(18 * factor))}px; }}"
        )
        for button in self.app_buttons.values():
            button.setIconSize(self._icon_size())
        self._arrange()

    def height_for_width(self, width: int) -> int:
        """The expanded bar's height at ``width`` px: what its rows need, no more."""
        return self._plan(width)[0]

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
        self._arrange()
        self.strut.schedule()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.full and event.type() == QEvent.Type.LayoutRequest:
            self._arrange()
        return super().eventFilter(watched, event)

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
            if app.id in self._lettered:
                button.setIcon(letter_icon(name))
            button.setToolTip(self.tr("Open %1").replace("%1", name))
            button.setAccessibleName(self.tr("Open %1").replace("%1", name))
        for action in self.apps_menu.actions():
            app = next(a for a in self._apps if a.id == action.data())
            action.setText(self._app_name(app))
            if app.id in self._lettered:
                action.setIcon(letter_icon(self._app_name(app)))
        self.all_apps_button.setText(self.tr("All apps"))
        self.all_apps_button.setAccessibleName(self.tr("All apps"))
        self.all_apps_button.setToolTip(self.tr("Show every program you can open"))
        self.apps_menu.setAccessibleName(self.tr("All apps"))
        self._arrange()

    def _icon_size(self) -> QSize:
        side = max(16, round(ICON_SIZE * self._text))
        return QSize(side, side)

    def _plan(self, width: int) -> tuple[int, dict[QWidget, QRect], int, bool]:
        """Where everything of the expanded bar goes at ``width``: its height, each shown
        widget's place, how many apps the second row shows, and whether the note has a row
        of its own (too long for the first row's two lines)."""
        t = self._text

        def px(size: float) -> int:
            return round(size * t)

        mx, my, gap, row_gap = px(MARGIN_X), px(MARGIN_Y), px(GAP), px(ROW_GAP)
        for widget in self.full.findChildren(QWidget):
            widget.ensurePolished()
        places: dict[QWidget, QRect] = {}
        # left, the time column: the caption over the countdown, the collapse button beside
        caption, digits = self.time_label.sizeHint(), self.countdown.sizeHint()
        collapse = self.collapse_button.sizeHint()
        time_w = max(caption.width(), digits.width())
        time_h = caption.height() + digits.height()
        left = mx + time_w + gap + collapse.width() + gap
        room = max(0, width - mx - left)

        # the first row: who is signed in (or the note), then as many of the session's buttons
        # as fit; the others on rows of their own, right-aligned
        buttons = [*self._added, self.away_button, self.end_button, self.staff_button]
        hints = {b: b.sizeHint() for b in buttons}
        button_h = max(h.height() for h in hints.values())
        # two lines of the note or of the greeting, as their labels measure them
        two_lines = (
            label.fontMetrics().boundingRect(QRect(0, 0, 1 << 16, 1 << 16), 0, "Ag\nAg").height()
            for label in (self.note, self.greeting)
        )
        first_h = max(button_h, *two_lines)
        rows: list[list[QPushButton]] = [[]]
        used = max(px(GREETING_MIN_WIDTH), min(room, self.greeting.two_line_width()))
        for button in buttons:
            wanted = used + (gap if used else 0) + hints[button].width()
            if wanted > room and (len(rows) == 1 or rows[-1]):
                rows.append([button])
                used = hints[button].width()
            else:
                rows[-1].append(button)
                used = wanted
        y = my
        info_right = left + room
        for index, row in enumerate(rows):
            height = first_h if index == 0 else button_h
            x = left + room
            for button in reversed(row):
                x -= hints[button].width()
                top = y + (height - hints[button].height()) // 2
                places[button] = QRect(x, top, hints[button].width(), hints[button].height())
                x -= gap
            if index == 0:
                info_right = x if row else left + room
            y += height + row_gap
        info_w = max(0, info_right - left)
        note = self.note.text()
        own_row = bool(note) and self.note.heightForWidth(info_w) > first_h
        places[self.greeting] = QRect(left, my, info_w, first_h)
        if note and not own_row:
            places[self.note] = QRect(left, my, info_w, first_h)
        elif note:  # a long note: whole, on a row of its own under the buttons
            note_h = self.note.heightForWidth(room)
            places[self.note] = QRect(left, y, room, note_h)
            y += note_h + row_gap

        # the time column beside the rows of the session's buttons; when those take more than
        # one row (larger text on a narrower screen), the apps' row goes under the time column
        # too: the whole width, so that at least one app shows beside "All apps"
        wide_apps = len(rows) > 1 and bool(self._apps)
        if wide_apps:
            y = max(y, my + time_h + row_gap, my + collapse.height() + row_gap)
            top_h = y - row_gap - my
            left, room = mx, max(0, width - 2 * mx)

        # the second row: the apps, each an icon and its whole name, then "All apps"
        shown = 0
        if self._apps:
            apps = list(self.app_buttons.values())
            app_hints = [b.sizeHint() for b in apps]
            more = self.all_apps_button.sizeHint()
            row_h = max(more.height(), *(h.height() for h in app_hints))
            total = sum(h.width() for h in app_hints) + gap * (len(apps) - 1)
            limit = room if total <= room else room - more.width() - gap
            x = left
            for button, hint in zip(apps, app_hints, strict=True):
                if x + hint.width() > left + limit:
                    break
                places[button] = QRect(
                    x, y + (row_h - hint.height()) // 2, hint.width(), hint.height()
                )
                x += hint.width() + gap
                shown += 1
            if shown < len(apps):
                top = y + (row_h - more.height()) // 2
                places[self.all_apps_button] = QRect(x, top, more.width(), more.height())
            y += row_h + row_gap
        content_h = y - row_gap - my
        height = 2 * my + max(time_h, content_h, collapse.height())
        # the time column, in the middle of the bar's height (of the rows above the apps when
        # the apps' row has the whole width)
        column_h = 2 * my + top_h if wide_apps else height
        top = (column_h - time_h) // 2
        places[self.time_label] = QRect(mx, top, time_w, caption.height())
        places[self.countdown] = QRect(mx, top + caption.height(), time_w, digits.height())
        places[self.collapse_button] = QRect(
            mx + time_w + gap,
            (column_h - collapse.height()) // 2,
            collapse.width(),
            collapse.height(),
        )
        return height, places, shown, own_row

    def _arrange(self) -> None:
        """Place the expanded bar's widgets for its width; its height follows its rows."""
        if self._arranging:
            return
        self._arranging = True
        try:
            height, places, shown, own_row = self._plan(self.width())
            for widget, rect in places.items():
                widget.setGeometry(rect)
            for index, button in enumerate(self.app_buttons.values()):
                button.setVisible(index < shown)
            self.all_apps_button.setVisible(self.all_apps_button in places)
            note = bool(self.note.text())
            self.note.setVisible(note)
            self.greeting.setVisible(not note or own_row)
            if height != self.bar_height:
                self.bar_height = height
                if not self._collapsed:
                    self.setFixedHeight(height)
                self.height_changed.emit(height)
        finally:
            self._arranging = False

    def _order_tabs(self) -> None:
        """Tab goes along the bar: the time's collapse button, the apps, "All apps", then the
        session's buttons."""
        chain = [
            self.collapse_button,
            *self.app_buttons.values(),
            self.all_apps_button,
            *self._added,
            self.away_button,
            self.end_button,
            self.staff_button,
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
                self._show_note(self._warning_note)
        if self._idle_left is not None:
            self.warn_idle(self._idle_left)
