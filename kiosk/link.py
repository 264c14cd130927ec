"""The station's link to the server: reachable or not, the sync and the commands threads.

:meth:`ServerLink.sync_once` queues a heartbeat when one is due (the agent says what it
carries), sends the outbox in seq order until the server stops taking it, and loads the
station info once. While the server is unreachable it backs off; :meth:`ServerLink.wake` cuts
the wait short when an event is queued. :meth:`ServerLink.set_online` is also told by the
commands thread, whichever sees a change first.

:meth:`ServerLink.commands_once` long-polls for staff commands after the last one applied and
hands each to the agent, in id order. It gives the server the holds tag of the station info
(``StationInfo.holds_version``): a server that answers with another tag has a new, changed or
ended hold for this station, and the info is read again at once (the lock screen follows).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.client import StationApi
from kiosk.clock import Clock
from kiosk.error_reports import ErrorForwarder
from kiosk.listener import AgentListener, notify
from kiosk.outbox import Outbox
from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.http import ApiError, CertificateMismatch, ClientError
from kiosk.retry import Backoff

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.commands import Command, UnknownCommand
    from kiosk.protocol.station import StationInfo

log = logging.getLogger("epn.kiosk.agent")

#: Sent events are pruned this often (monotonic seconds).
PRUNE_EVERY_SECONDS = 3600.0
#: The station info (today's hours, closing time, the site's message) is asked again this
#: often, so a kiosk left running overnight shows today's, and staff changes reach it.
INFO_EVERY_SECONDS = 300.0


class ServerLink:
    """Heartbeats, the outbox and the station info, for the agent's sync thread."""

    def __init__(
        self,
        *,
        client: StationApi,
        outbox: Outbox,
        clock: Clock,
        listener: AgentListener,
        heartbeat: Callable[[], None],
        on_info: Callable[[StationInfo], None],
        stopping: threading.Event,
        heartbeat_seconds: float,
        poll_wait: float,
        last_command: Callable[[], int],
        apply_command: Callable[[Command | UnknownCommand], bool],
        retry_initial: float,
        retry_max: float,
        errors: ErrorForwarder | None = None,
    ) -> None:
        self._client = client
        self._errors = errors
        self._outbox = outbox
        self._clock = clock
        self._listener = listener
        self._heartbeat = heartbeat
        self._on_info = on_info
        self._stopping = stopping
        self._heartbeat_seconds = heartbeat_seconds
        self._retry_max = retry_max
        self._backoff = Backoff(retry_initial, retry_max)
        self._poll_wait = poll_wait
        self._last_command = last_command
        self._apply_command = apply_command
        self._commands_backoff = Backoff(retry_initial, retry_max)
        self._online: bool | None = None
        self._online_lock = threading.Lock()
        self._wake = threading.Event()
        self._next_heartbeat = float("-inf")
        self._next_prune = float("-inf")
        self._next_info = float("-inf")
        self.station_info: StationInfo | None = None
        self._info_lock = threading.Lock()
        #: Why the server refuses this station altogether (its token), or None.
        self.refused: str | None = None

    @property
    def online(self) -> bool:
        return bool(self._online)

    def wake(self, *, even_offline: bool = False) -> None:
        """Send what was just queued now rather than at the next heartbeat."""
        if self._online or even_offline:
            self._wake.set()

    def set_online(self, online: bool) -> None:
        with self._online_lock:
            changed = self._online != online
            self._online = online
        if changed:
            log.info("server %s", "reachable" if online else "unreachable")
            if online:
                self._wake.set()
            notify(self._listener.connection_did_change, online)

    def loop(self) -> None:
        """The sync thread: one step, then wait for its delay or a wake-up."""
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                delay = self.sync_once()
            except Exception:
                if self._stopping.is_set():
                    break
                log.exception("bug in the sync thread")
                delay = self._retry_max
            self._wake.wait(delay)

    def sync_once(self) -> float:
        """Queue a heartbeat if due, send the outbox, load the station info; next delay."""
        now = self._clock.monotonic()
        if now >= self._next_heartbeat:
            self._next_heartbeat = now + self._heartbeat_seconds
            self._heartbeat()
        try:
            self._flush()
            if self._errors is not None:  # after the events, which never wait for them
                self._errors.send_once()
            if now >= self._next_info:
                self._load_info(now)
        except ClientError as exc:
            # e.g. a revoked token (ApiError): the events stay queued until someone fixes it
            if isinstance(exc, ApiError) and exc.code == ErrorCode.UNAUTHENTICATED:
                self._refuse(
                    f"the server refuses this station's token ({exc.message}): revoked, or the "
                    "station was removed; enrol it again with a new code"
                )
            elif isinstance(exc, CertificateMismatch):
                # nothing was sent: the pin is checked before the request is written
                self._refuse(
                    "the server's certificate does not match the pinned fingerprint (expected "
                    f"{exc.expected}, got {exc.got}): if the server's certificate was renewed, "
                    "set [server] fingerprint to the new one (or delete server-fingerprint in "
                    "the state folder); otherwise another machine is answering as the server"
                )
            return self._failed("sync", exc, self._backoff)
        self.set_online(True)
        self._refuse(None)
        self._backoff.reset()
        if now >= self._next_prune:
            self._next_prune = now + PRUNE_EVERY_SECONDS
            self._outbox.prune()
        left = min(self._next_heartbeat, self._next_info) - self._clock.monotonic()
        return min(max(left, 0.01), self._heartbeat_seconds)

    def _load_info(self, now: float) -> None:
        """Read station/me; tell the listener when it changed (either thread may ask)."""
        info = self._client.me()
        with self._info_lock:
            self._next_info = now + INFO_EVERY_SECONDS
            if info == self.station_info:
                return
            if self.station_info is None:
                log.info("station %s at %s", info.name, info.site.name)
            self.station_info = info
        notify(self._listener.station_did_load, info)
        self._on_info(info)

    def _refuse(self, fault: str | None) -> None:
        """The server refuses the station itself (``fault``), or takes it again (None).

        Also a server the station refuses: its certificate is not the pinned one.
        """
        if fault == self.refused:
            return
        self.refused = fault
        if fault is not None:
            log.error("station out of order: %s", fault)
            notify(self._listener.station_did_fail, fault)
        else:
            log.info("the server and this station accept each other again")
            notify(self._listener.station_did_recover)

    def _failed(self, what: str, exc: ClientError, backoff: Backoff) -> float:
        """Count a failed exchange with the server; the delay before trying again."""
        delay = backoff.failed()
        if isinstance(exc, ApiError):
            log.warning("%s: server refused (%s); retry in %.0f s", what, exc.code, delay)
        else:
            self.set_online(False)
            log.debug("%s: server unreachable (%s); retry in %.0f s", what, exc, delay)
        return delay

    def _flush(self) -> None:
        """Send the outbox in seq order until it is empty or the server stops taking it."""
        while not self._stopping.is_set():
            events = self._outbox.pending()
            if not events:
                return
            accepted = self._client.post_events(events)
            if self._outbox.mark_sent(accepted.accepted) == 0:
                log.warning("server accepted none of %d events; retry later", len(events))
                return

    # --- commands ---------------------------------------------------------------------

    def commands_loop(self) -> None:
        """The commands thread: long-poll, apply, again."""
        while not self._stopping.is_set():
            try:
                delay = self.commands_once()
            except Exception:
                if self._stopping.is_set():
                    break
                log.exception("bug in the commands thread")
                delay = self._retry_max
            if delay > 0:
                self._stopping.wait(delay)

    def commands_once(self) -> float:
        """Wait for staff commands and apply them; the delay before the next poll."""
        asked = self._clock.monotonic()
        info = self.station_info
        known = info.holds_version if info is not None else None
        # the info not loaded yet: a short poll, so that the next one gives its holds tag
        wait = self._poll_wait if info is not None else min(self._poll_wait, 1.0)
        try:
            if known is None:  # the poll an older server knows
                commands = self._client.wait_commands(after=self._last_command(), wait=wait)
            else:
                commands = self._client.wait_commands(
                    after=self._last_command(), wait=wait, holds=known
                )
        except ClientError as exc:
            return self._failed("commands", exc, self._commands_backoff)
        self.set_online(True)
        self._commands_backoff.reset()
        applied = sum(self._apply_command(c) for c in sorted(commands, key=lambda c: c.id))
        told = getattr(commands, "holds_version", None)
        if known is not None and told is not None and told != known:
            # a hold of this station was made, changed or ended: its lock screen follows
            log.info("holds changed on the server: reading the station info again")
            try:
                self._load_info(self._clock.monotonic())
            except ClientError as exc:
                return self._failed("station info", exc, self._commands_backoff)
            return 0.0
        if not applied and self._clock.monotonic() - asked < wait / 2:
            # nothing new, answered early: don't let a confused server turn this into a spin
            return min(wait, 5.0)
        return 0.0
