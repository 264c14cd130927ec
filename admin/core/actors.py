"""Who acts on the server: a staff member (console, CLI with none) and a station.

A leaf: it imports only the wire protocol, so any module may name an actor without
importing the service that authenticates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.protocol.staff import StaffInfo
from kiosk.protocol.station import SiteInfo, StationInfo


@dataclass(frozen=True)
class StaffMember:
    id: int
    username: str
    #: ``teacher``: a class teacher at their sites, who may only run their own classes
    #: (admin/classes/; every other staff route refuses them FORBIDDEN: admin/api/auth.py).
    role: Literal["admin", "staff", "teacher"]
    site_ids: tuple[int, ...]

    def info(self) -> StaffInfo:
        return StaffInfo(username=self.username, role=self.role, site_ids=list(self.site_ids))

    def can_see(self, site_id: int) -> bool:
        return self.role == "admin" or site_id in self.site_ids


@dataclass(frozen=True)
class StationIdentity:
    id: int
    name: str
    site_id: int
    site_name: str
    timezone: str
    enabled: bool
    #: True when this request is the first sign of life after the station was offline.
    came_online: bool
    disabled_reason: str | None = None

    def info(self) -> StationInfo:
        return StationInfo(
            id=self.id,
            name=self.name,
            site=SiteInfo(id=self.site_id, name=self.site_name),
            enabled=self.enabled,
            disabled_reason=self.disabled_reason,
        )
