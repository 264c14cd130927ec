"""The sound when a computer calls the desk, which staff can turn off (remembered).

Each snapshot of the room is compared with the previous one: a station calling now that was
not calling before rings once (a call already there when the console opens rings too: nobody
has seen it yet). The choice is kept in the console's settings (``room/desk_call_sound``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from kiosk.protocol.room import StationStatus

#: The settings key of the sound's switch.
SOUND_KEY = "room/desk_call_sound"


def console_settings() -> QSettings:
    """The console's own settings file (per staff account on the staff PC)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "epn-kiosk", "console")


class DeskCallAlarm(QObject):
    """Rings when a new call comes, unless turned off. ``rang`` says it did (for tests)."""

    rang = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else console_settings()
        self._beep = beep
        self._calling: set[int] = set()

    @property
    def enabled(self) -> bool:
        value = self._settings.value(SOUND_KEY, True)
        return value not in (False, "false", "0", 0)

    def set_enabled(self, on: bool) -> None:
        self._settings.setValue(SOUND_KEY, on)
        self._settings.sync()

    def stations_did_change(self, stations: Sequence[StationStatus]) -> bool:
        """Take a new snapshot; True when it rang (a new call, the sound on)."""
        calling = {s.id for s in stations if s.desk_call is not None}
        new = calling - self._calling
        self._calling = calling
        if not new or not self.enabled:
            return False
        self._beep()
        self.rang.emit()
        return True
