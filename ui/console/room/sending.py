"""What the room sends: the desk's actions on the selected computers, as one command per
station (each with its own request_id), tracked until the station confirms it.

:class:`RoomSending` acts on what :class:`ui.console.room.view.RoomView` shows (its selection, model,
tracker and context: :class:`RoomScreen`, so this module does not import the view); the view owns
one. Its sentences keep the view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from admin.client.room import new_request_id
from kiosk.protocol.commands import CommandKind, CommandRequest, CommandStatus
from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.limits import (
    MAX_EXTEND_MINUTES,
    MAX_MESSAGE_LENGTH,
    MAX_REASON_LENGTH,
    MAX_SET_SECONDS,
)
from kiosk.protocol.room import StationState, StationStatus
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.console.room import texts as room_text
from ui.console.room.commands import CommandTracker, SentCommand
from ui.console.room.sign_in import SignInDialog
from ui.console.room.station_model import StationTableModel, natural_key
from ui.dialogs import MinutesDialog

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


@dataclass
class _Batch:
    """Commands sent together (bulk actions): one status line once all have answered."""

    total: int
    done: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    # stations whose extension or new time the server cut at closing time (their answers)
    clipped: list[CommandStatus] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return len(self.done) + len(self.refused) == self.total


class RoomScreen(Protocol):
    """What the sending needs of the room it acts for (:class:`ui.console.room.view.RoomView`)."""

    context: ConsoleContext
    model: StationTableModel
    tracker: CommandTracker

    def selected_stations(self) -> list[StationStatus]: ...

    def room_sessions(self) -> list[StationStatus]: ...

    def counted(self, what: str, n: int) -> str: ...


class RoomSending:
    """The room's actions and their commands, on the selection of the room it is given; its
    dialogs open over ``parent`` (the room's widget)."""

    def __init__(self, view: RoomScreen, parent: QWidget) -> None:
        self.view = view
        self.parent = parent
        # the minutes last typed for "Extend by…", offered again next time
        self.custom_minutes = 30

    # --- actions -----------------------------------------------------------------------------

    def extend_selected(self, minutes: int) -> None:
        targets = [s for s in self.view.selected_stations() if room_text.has_session(s)]
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.EXTEND, minutes=minutes))

    def extend_selected_by(self) -> None:
        targets = [s for s in self.view.selected_stations() if room_text.has_session(s)]
        if not targets:
            return
        minutes = MinutesDialog.ask(
            self.parent,
            translate("RoomView", "Extend"),
            translate("RoomView", "Minutes to add to %1:").replace("%1", _names(targets)),
            self.custom_minutes,
            MAX_EXTEND_MINUTES,
            translate("RoomView", "Extend"),
        )
        if minutes is None:
            return
        self.custom_minutes = minutes
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.EXTEND, minutes=minutes))

    def extend_after_hours(self) -> None:
        """Administrators: more minutes that run past closing time (an audited override)."""
        targets = [s for s in self.view.selected_stations() if room_text.has_session(s)]
        if not targets or not self.view.context.is_admin:
            return
        minutes = MinutesDialog.ask(
            self.parent,
            translate("RoomView", "Extend after closing time"),
            translate(
                "RoomView",
                "Minutes to add to %1, even past closing time (recorded in the audit log):",
            ).replace("%1", _names(targets)),
            self.custom_minutes,
            MAX_EXTEND_MINUTES,
            translate("RoomView", "Extend"),
        )
        if minutes is None:
            return
        self._send_all(
            targets,
            lambda: CommandRequest(kind=CommandKind.EXTEND, minutes=minutes, after_hours=True),
        )

    def set_time_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if room_text.has_session(s)]
        if not targets:
            return
        left = self.view.model.seconds_left(targets[0]) if len(targets) == 1 else None
        minutes = MinutesDialog.ask(
            self.parent,
            translate("RoomView", "Set time left"),
            translate("RoomView", "Time left from now on %1, in minutes:").replace(
                "%1", _names(targets)
            ),
            max(1, round(left / 60)) if left else 30,
            MAX_SET_SECONDS // 60,
            translate("RoomView", "Set"),
        )
        if minutes is None:
            return
        self._send_all(
            targets, lambda: CommandRequest(kind=CommandKind.SET_TIME, seconds=minutes * 60)
        )

    def end_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if room_text.has_session(s)]
        if not targets:
            return
        if len(targets) == 1:
            station = targets[0]
            who = room_text.visitor_text(station)
            question = (
                translate("RoomView", "End the session of %1 on %2 now?")
                .replace("%1", who)
                .replace("%2", station.name)
                if who
                else translate("RoomView", "End the session on %1 now?").replace("%1", station.name)
            )
        else:
            question = self.view.counted("end", len(targets)).replace("%1", _names(targets))
        if not ConfirmDialog.ask(self.parent, question):
            return
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.END))

    def end_all(self) -> None:
        """Closing time: every session of the chosen site ends (after one confirmation)."""
        targets = self.view.room_sessions()
        if not targets:
            return
        question = self.view.counted("end_all", len(targets))
        if not ConfirmDialog.ask(self.parent, question):
            return
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.END))

    def message_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if can_message(s)]
        if not targets:
            return
        title = (
            translate("RoomView", "Message to %1").replace("%1", targets[0].name)
            if len(targets) == 1
            else self.view.counted("message", len(targets))
        )
        text = TextDialog.ask(
            self.parent,
            title,
            translate(
                "RoomView", "Your message (shown on the screen until the visitor closes it):"
            ),
            multiline=True,
            max_length=MAX_MESSAGE_LENGTH,
        )
        if not text:
            return
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.MESSAGE, text=text))

    def answer_selected(self) -> None:
        """ "J'arrive": the selected computers' calls for the desk are answered."""
        targets = [s for s in self.view.selected_stations() if s.desk_call is not None]
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.ANSWER_CALL))

    def lock_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if s.state == StationState.IN_USE]
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.LOCK))

    def unlock_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if s.state == StationState.LOCKED]
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.UNLOCK))

    def disable_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if s.enabled]
        if not targets:
            return
        reason = TextDialog.ask(
            self.parent,
            translate("RoomView", "Out of order"),
            translate(
                "RoomView", "Why is %1 out of order? Your colleagues see the reason."
            ).replace("%1", _names(targets)),
            max_length=MAX_REASON_LENGTH,
        )
        if not reason:
            return
        in_use = [s for s in targets if room_text.has_session(s)]
        if len(targets) == 1:
            question = (
                translate("RoomView", "Put %1 out of order? The session running there ends now.")
                if in_use
                else translate(
                    "RoomView", "Put %1 out of order? Nobody can sign in there until it is back."
                )
            ).replace("%1", targets[0].name)
        else:
            question = self.view.counted("disable", len(targets))
        if not ConfirmDialog.ask(self.parent, question):
            return
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.DISABLE, reason=reason))

    def enable_selected(self) -> None:
        targets = [s for s in self.view.selected_stations() if not s.enabled]
        self._send_all(targets, lambda: CommandRequest(kind=CommandKind.ENABLE))

    def sign_in_here(self) -> None:
        selected = self.view.selected_stations()
        if len(selected) != 1 or selected[0].state != StationState.FREE:
            return
        name = selected[0].name

        def submit(
            identifier: str,
            on_done: Callable[[object], None],
            on_error: Callable[[BaseException], None],
        ) -> None:
            request = CommandRequest(
                kind=CommandKind.SIGN_IN, identifier=identifier, request_id=new_request_id()
            )
            request_id = self._track(name, request)

            def done(status: CommandStatus) -> None:
                self.view.tracker.accepted(request_id, status)
                self.view.model.changed(name)
                self.view.context.show_message(
                    lambda: translate("RoomView", "%1: the visitor is being signed in.").replace(
                        "%1", name
                    )
                )
                on_done(status)

            def refused(error: BaseException) -> None:
                self.view.tracker.forget(request_id)  # the dialog says why; the tile stays clean
                self.view.model.changed(name)
                on_error(error)

            client = self.view.context.client
            self.view.context.run(lambda: client.post_command(name, request), done, refused)

        SignInDialog.ask(self.parent, name, submit)

    def default_action(self) -> None:
        """Enter or a double-click on a free computer: sign a visitor in there."""
        selected = self.view.selected_stations()
        if len(selected) == 1 and selected[0].state == StationState.FREE:
            self.sign_in_here()

    # --- sending -------------------------------------------------------------------------------

    def _track(self, name: str, request: CommandRequest) -> str:
        sent = self.view.tracker.sending(name, request)
        self.view.model.changed(name)
        return sent.request_id

    def _send_all(self, targets: list[StationStatus], make: Callable[[], CommandRequest]) -> None:
        """Send one command per station (each with its own request_id)."""
        if not targets:
            return
        batch = _Batch(len(targets))
        kind = make().kind
        self.view.context.show_message(lambda: self.view.counted("sending", len(targets)))
        client = self.view.context.client
        for station in targets:
            name = station.name
            request = make().model_copy(update={"request_id": new_request_id()})
            request_id = self._track(name, request)

            def done(status: CommandStatus, name: str = name, request_id: str = request_id) -> None:
                self.view.tracker.accepted(request_id, status)
                self.view.model.changed(name)
                batch.done.append(name)
                if status.clipped_to is not None:
                    batch.clipped.append(status)
                self._batch_answered(batch, kind)

            def refused(
                error: BaseException, name: str = name, request_id: str = request_id
            ) -> None:
                sentence = _reason(error)
                self.view.tracker.refused(request_id, sentence)
                self.view.model.changed(name)
                batch.refused.append(name)
                self._batch_answered(batch, kind, sentence)

            self.view.context.run(
                lambda name=name, request=request: client.post_command(name, request),
                done,
                refused,
            )

    def _batch_answered(
        self, batch: _Batch, kind: CommandKind, reason: Callable[[], str] | None = None
    ) -> None:
        if not batch.finished:
            return
        if not batch.refused and batch.clipped:
            # closing time holds: say so, with the time at the site's clock
            cut = sorted((s.station for s in batch.clipped), key=natural_key)
            first = batch.clipped[0]
            at = room_text.site_time(first.clipped_to or "", first.timezone)
            self.view.context.show_message(
                lambda: (
                    translate("RoomView", "%1: cut to closing time, %2 (%3).")
                    .replace("%1", ", ".join(cut))
                    .replace("%2", at)
                    .replace("%3", room_text.action_name(kind))
                )
            )
        elif not batch.refused:
            names = sorted(batch.done, key=natural_key)  # answers arrive in any order
            self.view.context.show_message(
                lambda: (
                    translate("RoomView", "%1: sent to %2.")
                    .replace("%1", room_text.action_name(kind))
                    .replace("%2", ", ".join(names))
                )
            )
        elif len(batch.refused) == 1 and reason is not None:
            name = batch.refused[0]
            self.view.context.show_message(
                lambda: f"{name}: {room_text.refused_text(kind, reason())}", error=True
            )
        else:
            refused, total = len(batch.refused), batch.total
            self.view.context.show_message(
                lambda: (
                    translate("RoomView", "%1 refused on %2 of %3 computers: see their tiles.")
                    .replace("%1", room_text.action_name(kind))
                    .replace("%2", str(refused))
                    .replace("%3", str(total))
                ),
                error=True,
            )

    def ask_outcome(self, sent: SentCommand) -> None:
        """A command of ours left the pending list: applied, or failed on the station?"""
        client = self.view.context.client
        request_id = sent.request_id

        def known(status: CommandStatus) -> None:
            self.view.tracker.resolved(request_id, status)
            self.view.model.changed(sent.station)
            if status.status == "failed":
                kind = sent.request.kind
                self.view.context.show_message(
                    lambda: f"{sent.station}: {room_text.failed_text(kind)}", error=True
                )

        def unknown(error: BaseException) -> None:
            if isinstance(error, ServerUnreachable):
                self.view.tracker.check_failed(request_id)
            else:
                self.view.tracker.forget(request_id)
            self.view.model.changed(sent.station)

        command_id = sent.command_id
        if command_id is None:  # never taken by the server: nothing to ask
            self.view.tracker.forget(request_id)
            return
        self.view.context.run(
            lambda: client.command_status(sent.station, command_id), known, unknown
        )


def can_message(station: StationStatus) -> bool:
    return station.state in (StationState.FREE, StationState.IN_USE, StationState.LOCKED)


def _names(stations: list[StationStatus], most: int = 4) -> str:
    names = [s.name for s in stations[:most]]
    if len(stations) > most:
        names.append("…")
    return ", ".join(names)


def _reason(error: BaseException) -> Callable[[], str]:
    """The sentence for a refused command (called again on a language switch)."""
    return lambda: error_text(error)
