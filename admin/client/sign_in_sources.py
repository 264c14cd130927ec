"""Staff client calls: the sign-in sources (a mixin of admin.client.staff_client.StaffClient).

Read-only: each site's order of sources and their settings (secrets masked), and the sign-ins
and refusals counted per source (admin/api/sign_in_sources.py).
"""

from __future__ import annotations

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import SignInSources, SignInSourceStats


class SignInSourceCalls(ClientBase):
    def sign_in_sources(self) -> SignInSources:
        return self._request("GET", Paths.SIGN_IN_SOURCES, SignInSources)

    def sign_in_source_stats(self) -> SignInSourceStats:
        return self._request("GET", Paths.SIGN_IN_SOURCE_STATS, SignInSourceStats)
