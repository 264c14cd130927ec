"""The computers tab: limit the apps of one station (allowlist or denylist) on top of profiles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.catalogue import StationApps
from kiosk.protocol.room import StationDetails
from kiosk.protocol.station import AppEntry
from ui.console.catalogue.profiles import checked_apps, fill_checklist
from ui.console.context import ConsoleContext, error_text

Mode = Literal["allow", "deny"]
MODES: tuple[Mode | None, ...] = (None, "allow", "deny")


class StationsPanel(QWidget):
    """Choose a computer of the scope, see its restriction, change and save it."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StationsPanel")
        self.context = context
        self.apps: list[AppEntry] = []
        self.stations: list[StationDetails] = []
        self.current: StationApps | None = None

        self.station_label = QLabel()
        self.station_combo = QComboBox()
        self.station_combo.setMinimumWidth(260)
        self.station_label.setBuddy(self.station_combo)
        self.state_label = QLabel(objectName="Status")
        self.state_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.station_label)
        top.addWidget(self.station_combo)
        top.addWidget(self.state_label, 1)

        self.mode_buttons = [QRadioButton() for _ in MODES]
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate(self.mode_buttons):
            self.mode_group.addButton(button, index)
        self.mode_buttons[0].setChecked(True)
        self.app_list = QListWidget()
        self.apps_label = QLabel()
        self.apps_label.setBuddy(self.app_list)
        self.error_label = QLabel(objectName="Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.empty_label = QLabel(objectName="Status")
        self.empty_label.setWordWrap(True)
        self.save_button = QPushButton(objectName="Primary")
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.hint_label = QLabel(objectName="Status")
        self.hint_label.setWordWrap(True)

        modes = QVBoxLayout()
        for button in self.mode_buttons:
            modes.addWidget(button)
        modes.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(modes, 2)
        apps = QVBoxLayout()
        apps.addWidget(self.apps_label)
        apps.addWidget(self.app_list, 1)
        middle.addLayout(apps, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.save_button)

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.empty_label)
        root.addLayout(middle, 1)
        root.addWidget(self.hint_label)
        root.addLayout(bottom)

        self.station_combo.currentIndexChanged.connect(lambda _i: self.load_station())
        self.mode_group.idToggled.connect(lambda _id, _on: self._update_actions())
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self._update_actions()

    # --- what the server holds ------------------------------------------------------------

    def set_catalogue(self, apps: Sequence[AppEntry], stations: Sequence[StationDetails]) -> None:
        self.apps = list(apps)
        site_id = self.context.site_id
        self.stations = sorted(
            (s for s in stations if site_id is None or s.site.id == site_id),
            key=lambda s: (s.site.name, s.name),
        )
        chosen = self.station_combo.currentData()
        self.station_combo.blockSignals(True)
        self.station_combo.clear()
        several_sites = len({s.site.id for s in self.stations}) > 1
        for station in self.stations:
            label = f"{station.name} — {station.site.name}" if several_sites else station.name
            self.station_combo.addItem(label, station.name)
        self.station_combo.setCurrentIndex(max(self.station_combo.findData(chosen), 0))
        self.station_combo.blockSignals(False)
        self.empty_label.setVisible(not self.stations)
        if self.current is not None and self.station_name() == chosen:
            # the same computer: keep what was ticked and not saved yet
            known = {app.id for app in self.apps}
            ticked = [app_id for app_id in checked_apps(self.app_list) if app_id in known]
            fill_checklist(self.app_list, self.apps, ticked, True)
            self._update_actions()
        else:
            self.load_station()

    def station_name(self) -> str | None:
        name = self.station_combo.currentData()
        return name if isinstance(name, str) else None

    def load_station(self) -> None:
        name = self.station_name()
        self.current = None
        self.error_label.hide()
        self._show(None)
        if name is None:
            return
        self.state_label.setText(self.tr("Loading…"))
        client = self.context.client
        self.context.run(lambda: client.station_apps(name), self._show_loaded, self._did_fail)

    def _show_loaded(self, restriction: StationApps) -> None:
        if restriction.station != self.station_name():
            return  # another computer was chosen meanwhile
        self.current = restriction
        self._show(restriction)

    def _show(self, restriction: StationApps | None) -> None:
        mode = None if restriction is None else restriction.mode
        self.mode_buttons[MODES.index(mode)].setChecked(True)
        listed = [] if restriction is None else restriction.apps
        fill_checklist(self.app_list, self.apps, listed, restriction is not None)
        self._show_state()
        self._update_actions()

    def _show_state(self) -> None:
        restriction = self.current
        if restriction is None:
            self.state_label.setText("")
        elif restriction.mode is None:
            self.state_label.setText(self.tr("Now: no limit, the profiles decide."))
        elif restriction.mode == "allow":
            self.state_label.setText(
                self.tr("Now: only %n app(s) allowed.", "", len(restriction.apps))
            )
        else:
            self.state_label.setText(self.tr("Now: %n app(s) blocked.", "", len(restriction.apps)))

    def chosen_mode(self) -> Mode | None:
        return MODES[max(self.mode_group.checkedId(), 0)]

    def _update_actions(self) -> None:
        loaded = self.current is not None
        for button in self.mode_buttons:
            button.setEnabled(loaded)
        self.app_list.setEnabled(loaded and self.chosen_mode() is not None)
        self.save_button.setEnabled(loaded)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        name = self.station_name()
        if name is None or self.current is None:
            return
        mode = self.chosen_mode()
        apps = checked_apps(self.app_list) if mode is not None else []
        self.error_label.hide()
        if mode is not None and not apps:
            self._show_error(self.tr("Tick at least one app, or choose “No limit”."))
            return
        client = self.context.client
        self.save_button.setEnabled(False)
        self.context.run(
            lambda: client.restrict_station(name, mode, apps), self._did_save, self._did_fail
        )

    def _did_save(self, restriction: StationApps) -> None:
        self.current = restriction
        self._show(restriction)
        name = restriction.station
        self.context.show_message(
            lambda: self.tr(
                "Apps of %1 saved; they apply from the next sign-in on this computer."
            ).replace("%1", name)
        )

    def _did_fail(self, error: BaseException) -> None:
        self._show_state()
        self._update_actions()
        self._show_error(error_text(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.station_label.setText(self.tr("&Computer"))
        self.station_combo.setAccessibleName(self.tr("Computer"))
        texts = (
            self.tr("&No limit: the visitor's profiles decide"),
            self.tr("&Only the ticked apps (allowlist)"),
            self.tr("All apps &except the ticked ones (denylist)"),
        )
        for button, text in zip(self.mode_buttons, texts, strict=True):
            button.setText(text)
        self.apps_label.setText(self.tr("&Apps"))
        self.app_list.setAccessibleName(self.tr("Apps of the computer's list"))
        self.empty_label.setText(
            self.tr("No computer at this site yet. Computers appear once they are enrolled.")
        )
        self.hint_label.setText(
            self.tr(
                "The limit applies on top of the profiles: a visitor never gets an app their "
                "profile does not give. Changes apply from the next sign-in."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this computer's apps (Ctrl+S)"))
        self._show_state()
