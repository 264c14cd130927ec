"""A teacher's class bar over the room: start a class, then lock, unlock, message, extend or
end every PC of it at once (admin/classes/ on the server).

The bar shows the teacher's running class (title, until when, its PCs) and tells the room which
PCs to show (``class_did_change``). Every call runs off the UI thread; a refusal is said in the
status line as a translated sentence. Ending the class asks first (every session ends).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.classes import (
    ClassAction,
    ClassActionResult,
    ClassCommand,
    ClassInfo,
    ClassRequest,
    ClassState,
)
from kiosk.protocol.sites import SiteSummary
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.dialogs import ok_cancel_buttons
from ui.formats import format_time, site_moment

#: Minutes an "extend all" adds.
EXTEND_MINUTES = 15


class StartClassDialog(QDialog):
    """The class's title, its end (today, at the site's clock) and its PCs (all ticked)."""

    def __init__(
        self, parent: QWidget | None, stations: list[str], now: datetime, timezone: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StartClassDialog")
        self.timezone = timezone
        self.now = now.astimezone(ZoneInfo(timezone))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.until_edit = QTimeEdit()
        self.until_edit.setDisplayFormat("HH:mm")
        later = self.now + timedelta(minutes=50)
        self.until_edit.setTime(QTime(later.hour, later.minute))
        self.stations_list = QListWidget()
        for name in stations:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.stations_list.addItem(item)
        self.form = QFormLayout()
        self.title_label, self.until_label, self.stations_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.title_label, self.title_edit),
            (self.until_label, self.until_edit),
            (self.stations_label, self.stations_list),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update)
        self.stations_list.itemChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a class"))
        self.title_label.setText(self.tr("&Title of the class"))
        self.until_label.setText(self.tr("&Until"))
        self.stations_label.setText(self.tr("&Computers of the class"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def stations(self) -> list[str]:
        items = (self.stations_list.item(i) for i in range(self.stations_list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def ends_at(self) -> str:
        """The end as the site's wall clock, today (the server checks it against the hours)."""
        time = self.until_edit.time()
        day = self.now.date()
        wall = datetime(day.year, day.month, day.day, time.hour(), time.minute())
        return wall.isoformat(timespec="minutes")

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()) and bool(self.stations()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, stations: list[str], now: datetime, timezone: str
    ) -> tuple[str, str, list[str]] | None:
        """The title, the end and the PCs chosen, or None when cancelled."""
        dialog = cls(parent, stations, now, timezone)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.title_edit.text().strip(), dialog.ends_at(), dialog.stations()


class ClassBar(QWidget):
    """The teacher's class: its state in words and its actions."""

    # the running class (None: none), for the room to show its PCs only
    class_did_change = Signal(object)

    def __init__(
        self,
        context: ConsoleContext,
        stations_of: Callable[[SiteSummary], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ClassBar")
        self.context = context
        self.current: ClassInfo | None = None
        # the site's stations the room knows, for the start dialog
        self.stations_of = stations_of
        self.state_label = QLabel(objectName="Title")
        self.state_label.setWordWrap(True)
        self.start_button = QPushButton(objectName="StartClass")
        self.lock_button = QPushButton(objectName="LockAll")
        self.unlock_button = QPushButton(objectName="UnlockAll")
        self.message_button = QPushButton(objectName="MessageAll")
        self.extend_button = QPushButton(objectName="ExtendAll")
        self.end_button = QPushButton(objectName="EndClass")
        self.start_button.clicked.connect(self.start_class)
        self.lock_button.clicked.connect(lambda: self.act(ClassAction.LOCK))
        self.unlock_button.clicked.connect(lambda: self.act(ClassAction.UNLOCK))
        self.message_button.clicked.connect(self.message_all)
        self.extend_button.clicked.connect(
            lambda: self.act(ClassAction.EXTEND, ClassCommand(minutes=EXTEND_MINUTES))
        )
        self.end_button.clicked.connect(self.end_class)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        for button in (
            self.start_button,
            self.lock_button,
            self.unlock_button,
            self.message_button,
            self.extend_button,
            self.end_button,
        ):
            row.addWidget(button)
        self.retranslate()
        self._update()

    # --- the class ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the server for the teacher's running class."""
        self.context.run(lambda: self.context.client.classes(ClassState.RUNNING), self._found)

    def _found(self, classes: list[ClassInfo]) -> None:
        self.set_class(classes[0] if classes else None)

    def set_class(self, info: ClassInfo | None) -> None:
        if info is not None and info.state != ClassState.RUNNING:
            info = None
        changed = (info.id if info else None) != (self.current.id if self.current else None)
        self.current = info
        self._update()
        self.retranslate()
        if changed:
            self.class_did_change.emit(info)

    def check_over(self) -> None:
        """The slot is over: the class ended by itself (the server's rule, read locally)."""
        if self.current is None:
            return
        ends = site_moment(self.current.ends_at, self.current.timezone)
        if ends is not None and ends <= self.context.clock():
            self.set_class(None)

    def _site(self) -> SiteSummary | None:
        sites = self.context.sites
        chosen = [s for s in sites if s.id == self.context.site_id]
        return (chosen or sites or [None])[0]

    def start_class(self) -> None:
        site = self._site()
        if site is None:
            return
        stations = self.stations_of(site)
        asked = StartClassDialog.ask(self, stations, self.context.clock(), site.timezone)
        if asked is None:
            return
        title, ends_at, chosen = asked
        request = ClassRequest(site=site.name, title=title, ends_at=ends_at, stations=chosen)
        self.context.run(lambda: self.context.client.start_class(request), self.set_class)

    def act(self, action: ClassAction, argument: ClassCommand | None = None) -> None:
        current = self.current
        if current is None:
            return
        self.context.run(
            lambda: self.context.client.class_action(current.id, action, argument),
            self._acted,
        )

    def _acted(self, result: ClassActionResult) -> None:
        count = len(result.sent)
        self.context.show_message(
            lambda: self.tr("Sent to %n computer(s) of the class.", "", count)
        )

    def message_all(self) -> None:
        text = TextDialog.ask(
            self,
            self.tr("Message to the class"),
            self.tr("Message shown on every computer of the class:"),
            multiline=True,
        )
        if text:
            self.act(ClassAction.MESSAGE, ClassCommand(text=text))

    def end_class(self) -> None:
        current = self.current
        if current is None:
            return
        question = self.tr(
            "End the class “%1”? Every pupil's session on its computers ends now."
        ).replace("%1", current.title)
        if not ConfirmDialog.ask(self, question):
            return
        self.context.run(lambda: self.context.client.end_class(current.id), self._ended)

    def _ended(self, _info: ClassInfo) -> None:
        self.set_class(None)
        self.context.show_message(lambda: self.tr("The class is over: its computers are free."))

    # --- text -----------------------------------------------------------------------------

    def _update(self) -> None:
        running = self.current is not None
        self.start_button.setVisible(not running)
        for button in (
            self.lock_button,
            self.unlock_button,
            self.message_button,
            self.extend_button,
            self.end_button,
        ):
            button.setVisible(running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start a class…"))
        self.lock_button.setText(self.tr("Lock all"))
        self.unlock_button.setText(self.tr("Unlock all"))
        self.message_button.setText(self.tr("Message to all…"))
        self.extend_button.setText(self.tr("+%1 min for all").replace("%1", str(EXTEND_MINUTES)))
        self.end_button.setText(self.tr("End the class"))
        current = self.current
        if current is None:
            self.state_label.setText(self.tr("No class running."))
            return
        ends = site_moment(current.ends_at, current.timezone)
        self.state_label.setText(
            self.tr("Class “%1” until %2 on %3")
            .replace("%2", format_time(ends) if ends is not None else "")
            .replace("%3", ", ".join(current.stations))
            .replace("%1", current.title)
        )
