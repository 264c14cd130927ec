"""The console's page: Apps and profiles.

Three tabs over one load of the server's catalogue: the apps, the profiles (their apps and
whom they are given to), and the computers' own limits. Staff read the catalogue and the
profiles' apps; admins change them (the server refuses staff with FORBIDDEN), so staff see a
sentence saying so and the controls for those are off.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from admin.client.staff_client import StaffClient
from kiosk.protocol.catalogue import ProfileInfo
from kiosk.protocol.room import StationDetails
from kiosk.protocol.station import AppEntry
from ui.console.catalogue.apps import AppsPanel
from ui.console.catalogue.profiles import ProfilesPanel
from ui.console.catalogue.stations import StationsPanel
from ui.console.context import ConsoleContext
from ui.console.view import ConsoleView


@dataclass(frozen=True)
class Catalogue:
    apps: list[AppEntry]
    profiles: list[ProfileInfo]
    categories: list[str]
    stations: list[StationDetails]
    #: The names of the member's sites (admins: all), where they may give profiles.
    sites: list[str]


def load_catalogue(client: StaffClient) -> Catalogue:
    return Catalogue(
        apps=client.apps(),
        profiles=client.profiles(),
        categories=client.catalogue_categories(),
        stations=client.catalogue_stations(),
        sites=[site.name for site in client.sites()],
    )


class CatalogueView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("CatalogueView")
        self.catalogue: Catalogue | None = None
        self.loading = False
        self._again = False

        self.heading = QLabel(objectName="Title")
        self.read_only_label = QLabel(objectName="Status")
        self.read_only_label.setWordWrap(True)
        self.apps_panel = AppsPanel(context)
        self.profiles_panel = ProfilesPanel(context)
        self.stations_panel = StationsPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.apps_panel, "")
        self.tabs.addTab(self.profiles_panel, "")
        self.tabs.addTab(self.stations_panel, "")

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.read_only_label)
        root.addWidget(self.tabs, 1)

        self.apps_panel.catalogue_did_change.connect(self.refresh)
        self.profiles_panel.catalogue_did_change.connect(self.refresh)
        context.staff_did_change.connect(self._staff_did_change)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Apps and profiles")

    @property
    def read_only(self) -> bool:
        return not self.context.is_admin

    def refresh(self) -> None:
        if self.loading:  # one load at a time; a change meanwhile loads once more after it
            self._again = True
            return
        self.loading = True
        client = self.context.client
        self.context.run(lambda: load_catalogue(client), self._did_load, self._did_fail)

    def _did_load(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._loaded()
        self.apps_panel.set_catalogue(catalogue.apps, catalogue.profiles)
        self.profiles_panel.set_catalogue(
            catalogue.apps, catalogue.profiles, catalogue.categories, catalogue.sites
        )
        self.stations_panel.set_catalogue(catalogue.apps, catalogue.stations)

    def _did_fail(self, error: BaseException) -> None:
        self._loaded()
        self.context.show_error(error)

    def _loaded(self) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _staff_did_change(self) -> None:
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.read_only_label.setVisible(self.read_only)
        self.read_only_label.setText(
            self.tr(
                "Read only: only administrators change the apps and the apps of the profiles. "
                "You can give profiles at your own sites or to a visitor, and limit the apps "
                "of your sites' computers."
            )
        )
        self.tabs.setTabText(0, self.tr("Apps"))
        self.tabs.setTabText(1, self.tr("Profiles"))
        self.tabs.setTabText(2, self.tr("Computers"))
        self.tabs.setTabToolTip(0, self.tr("The apps visitors can open"))
        self.tabs.setTabToolTip(1, self.tr("Sets of apps, and whom they are given to"))
        self.tabs.setTabToolTip(2, self.tr("Limit the apps of one computer"))
        self.apps_panel.retranslate()
        self.profiles_panel.retranslate()
        self.stations_panel.retranslate()
