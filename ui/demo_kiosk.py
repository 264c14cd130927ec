"""The kiosk's part of ``epn demo --screenshots``: every screen, state and dialog a visitor meets.

The sample visitor walks the real flow (a refusal, card and PIN, the rules, the session bar, the
warning, the away screen, the staff's panel, the end); what the station reports rather than the
visitor does (a refusal code, out of order, offline, a staff message, a staff lock, what became
of a call for the desk) goes
through the controller's own handler, as the agent would call it. The order is
``KIOSK_SCREENS`` (ui/demo_screens.py); each picture is taken in every language and look.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kiosk.protocol import lite
from ui.demo_screens import (
    HELD_STATES,
    KIOSK_SCREENS,
    LANGUAGES,
    LOOKS,
    REFUSALS,
    SCREEN_SIZE,
    Shooter,
    Shot,
    Step,
    desktop,
    look_meta,
    screen_id,
    shot_name,
    time_used_up,
    whole_window,
)

#: What the staff write to the visitor in the demo (a message is the staff's own words).
STAFF_MESSAGE = "Bonjour ! L'atelier « CV en ligne » commence à 14 h dans la salle 2."
#: The same, picked from the site's ready-made messages: each screen shows its own language.
STAFF_MESSAGE_TEXTS = {
    "fr": STAFF_MESSAGE,
    "nl": "Hallo! De workshop « Online cv » begint om 14.00 uur in zaal 2.",
    "en": "Hello! The “CV online” workshop starts at 14:00 in room 2.",
}
#: The station's fault, for staff, when it cannot work (the visitor reads "out of order").
FAULT = "configuration: server url missing"
OUT_OF_ORDER_REASON = "Écran en panne — technicien prévenu"
Window = Callable[[], tuple[QWidget, QPoint | None]]
ONE_HOUR = timedelta(hours=1)


def _nothing() -> None:
    return None


def shown_dialog(kind: type[QDialog]) -> QDialog | None:
    """The visible top-level dialog of this kind (the newest if several), if any."""
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, kind) and widget.isVisible()
    ]
    return found[-1] if found else None


def placed(widget: QWidget) -> QPoint | None:
    """Where a window stands on the 1280×800 screen; None (centred) if Qt left it off it."""
    width, height = SCREEN_SIZE
    frame = QRect(widget.pos(), widget.size())
    return widget.pos() if QRect(0, 0, width, height).contains(frame) else None


def compose(base: QWidget | None, parts: list[Window]) -> Callable[[], QImage | None]:
    """Windows over a full-screen one (``base``) or over the desktop, once all are shown."""

    def render() -> QImage | None:
        if base is not None and (
            not base.isVisible() or (base.width(), base.height()) != SCREEN_SIZE
        ):
            return None
        try:
            windows = [part() for part in parts]
        except LookupError:  # a dialog not open yet
            return None
        if not all(widget.isVisible() for widget, _ in windows):
            return None
        if base is None:
            return desktop(windows)
        image = base.grab().toImage()
        painter = QPainter(image)
        for widget, where in windows:
            if where is None:
                where = QPoint(
                    (image.width() - widget.width()) // 2, (image.height() - widget.height()) // 2
                )
            painter.drawPixmap(where, widget.grab())
        painter.end()
        return image

    return render


def dialog_window(kind: type[QDialog]) -> Window:
    def window() -> tuple[QWidget, QPoint | None]:
        dialog = shown_dialog(kind)
        if dialog is None:
            raise LookupError(kind.__name__)
        return dialog, None  # centred, as the window manager puts a dialog

    return window


def session_steps(
    kiosk: Any,
    console: Any,
    store: Any,
    sample: dict[str, Any],
    shooter: Shooter,
) -> list[Step]:
    """Every screen of ``KIOSK_SCREENS`` in its order, and the console waiting for the session."""
    from kiosk.protocol.enums import DeskCallState
    from kiosk.protocol.errors import ErrorCode
    from kiosk.protocol.http import ApiError, ServerUnreachable
    from kiosk.protocol.room import StationState
    from kiosk.protocol.station import EndReason
    from ui.dialogs import MinutesDialog
    from ui.kiosk.app import KioskProgram

    assert isinstance(kiosk, KioskProgram)
    controller = kiosk.controller
    lock, bar, banner = kiosk.lock_screen, kiosk.session_bar, kiosk.banner
    charter, away, staff = controller.charter_screen, controller.away_screen, controller.staff
    enabled = [v for v in sample["visitors"] if v.get("enabled", True)]
    visitor = next(v for v in enabled if v["pin"])  # signs in with a PIN, then stays
    refused = next(v for v in enabled if not v["pin"])  # has no time left today
    station_name = next(iter(sample["stations"]))
    steps: list[Step] = []
    undo: list[Callable[[], None]] = []
    planned: list[str] = []

    def look(name: str) -> None:
        if lock.look != LOOKS[name]:  # restyling every window is the slow part of a shot
            controller.windows.apply_look(*LOOKS[name])  # what the lock screen's toggles do

    def by_buttons(buttons: dict[str, Any]) -> Callable[[str], None]:
        return lambda code: buttons[code].click()  # the screen's own language switch

    def group(
        entries: list[tuple[str, str, Callable[[], None], dict[str, Any]]],
        switch: Callable[[str], None],
        render: Callable[[], QImage | None],
        windows: Callable[[], list[QWidget]],
        *,
        after: Step | None = None,
    ) -> None:
        """States of one screen, each in every look and language: (screen, state, what puts the
        screen in it, what the manifest says besides). The states come one after the other in
        each look and language, so that the windows are restyled once per look. ``before``
        runs after the switch, so that what it shows speaks the language; ``after`` closes the
        state again (a dialog)."""
        planned.extend(screen_id(screen, state) for screen, state, _, _ in entries)
        for name in LOOKS:
            for code in LANGUAGES:
                for screen, state, before, meta in entries:

                    def prepare(code: str = code, name: str = name, before: Any = before) -> None:
                        look(name)
                        switch(code)
                        before()

                    described = {"screen": screen, "state": state or "default"}
                    described.update(look_meta(code, name), **meta)
                    shot_id = screen_id(screen, state)
                    shot = Shot(shot_name(shot_id, code, name), prepare, render, windows, described)
                    steps.extend(shooter.steps(shot))
                    if after is not None:
                        steps.append(after)

    def shots(
        screen: str,
        state: str,
        switch: Callable[[str], None],
        render: Callable[[], QImage | None],
        windows: Callable[[], list[QWidget]],
        before: Callable[[], None] = _nothing,
        *,
        after: Step | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """One state of a screen in every look and language."""
        group([(screen, state, before, meta or {})], switch, render, windows, after=after)

    def step(name: str, ready: Callable[[], bool], act: Callable[[], None] = _nothing) -> None:
        steps.append((name, ready, act))

    def in_place(widget: QWidget, centred: bool = False) -> Window:
        return lambda: (widget, None if centred else widget.pos())

    def later(act: Callable[[], None]) -> Callable[[], None]:
        # a modal dialog runs its own event loop: open it after this step, not inside it
        return lambda: QTimer.singleShot(0, act)

    def close(kind: type[QDialog]) -> Step:
        def act() -> None:
            dialog = shown_dialog(kind)
            if dialog is not None:
                dialog.reject()

        return (f"close {kind.__name__}", lambda: True, act)

    def closed(kind: type[QDialog]) -> Callable[[], bool]:
        return lambda: shown_dialog(kind) is None

    def sign_in(identifier: str) -> None:
        lock.reset()
        lock.identifier_edit.setText(identifier)
        lock.identifier_edit.returnPressed.emit()

    def use_up_time() -> None:
        info = kiosk.agent.station_info
        undo.append(time_used_up(store, sample["site"], refused["category"], info.timezone))

    def give_time_back() -> None:
        while undo:
            undo.pop()()

    def type_pin() -> None:
        lock.pin_edit.setText(visitor["pin"])
        lock.pin_edit.returnPressed.emit()

    def answer_away(secret: str) -> Callable[[], None]:
        def act() -> None:
            away.secret_edit.setText(secret)
            away.unlock_button.click()

        return act

    def staff_sign_in(password: str) -> Callable[[], None]:
        def act() -> None:
            dialog = staff.sign_in_dialog
            dialog.username_edit.setText(sample["staff"]["username"])
            dialog.secret_edit.setText(password)

        return act

    def warn() -> None:
        view = kiosk.agent.view()
        if view is not None:
            # the agent's warning at 5 minutes, without waiting 55 minutes for it
            controller._session_will_end(view, 300)

    def console_shows_session() -> bool:
        window = getattr(console, "window", None)
        if window is None:
            return False
        room = window.views[0]
        row = room.model.row_of(station_name)
        return row is not None and room.model.station_at(row).state == StationState.IN_USE

    def desk_call(state: DeskCallState) -> Callable[[], None]:
        # what the station reports of the visitor's call ("Call the desk"): sent, then answered
        # from the console; from no call, so that the bar's note says it in this language
        def act() -> None:
            controller.desk_call.show(DeskCallState.NONE)
            if state != DeskCallState.NONE:
                controller.desk_call.show(state)

        return act

    no_desk_call = desk_call(DeskCallState.NONE)

    lock_shot = whole_window(lock)
    lock_language = by_buttons(lock.language_buttons)
    bar_only = compose(None, [in_place(bar)])

    def on_lock(state: str, before: Callable[[], None], **options: Any) -> None:
        shots("lock-screen", state, lock_language, lock_shot, lambda: [lock], before, **options)

    # --- the lock screen, and a refusal through the real server -------------------------------
    step("lock screen ready", lambda: lock.isVisible() and bool(lock.station_name))
    on_lock("", _nothing)
    # a refusal with its time filled in: no time left today, back tomorrow at 9:00
    step("time used up", lambda: kiosk.agent.station_info is not None, use_up_time)
    step("sign-in without time", lambda: True, lambda: sign_in(refused["identifier"]))
    step("refused", lambda: bool(lock.message_text) and lock.submit_button.isEnabled())
    shots(
        "refusal",
        "no-time-left",
        lock_language,
        lock_shot,
        lambda: [lock],
        meta={"refusal": "NO_TIME_LEFT"},
    )
    step("time back", lambda: True, give_time_back)

    # --- card, PIN, the rules, the session bar ------------------------------------------------
    step("type card number", lambda: True, lambda: sign_in(visitor["identifier"]))
    step("type PIN", lock.pin_edit.isVisible, type_pin)
    step("charter shown", charter.isVisible)
    shots(
        "charter",
        "",
        by_buttons(charter.language_buttons),
        whole_window(charter),
        lambda: [charter],
    )
    step("accept the charter", lambda: True, charter.accept_button.click)

    step("session bar shown", lambda: bar.isVisible() and kiosk.agent.view() is not None)
    step("console shows the session", console_shows_session)

    def bar_state(act: Callable[[], None]) -> Callable[[], None]:
        def before() -> None:
            bar.expand()
            bar.set_note("")
            act()

        return before

    group(
        [
            ("session-bar", "", bar_state(_nothing), {}),
            ("session-bar", "collapsed", bar_state(bar.collapse), {}),
            (
                "session-bar",
                "app-failed",
                bar_state(lambda: controller._launch_failed("writer", RuntimeError("demo"))),
                {},
            ),
            # what the agent reports once the staff gave 5 more minutes (also shown below)
            ("session-bar", "time-added", bar_state(lambda: bar.time_added(300)), {}),
            ("session-bar", "desk-call", bar_state(desk_call(DeskCallState.WAITING)), {}),
            ("session-bar", "desk-answered", bar_state(desk_call(DeskCallState.ANSWERED)), {}),
        ],
        controller.set_language,
        bar_only,
        lambda: [bar],
    )
    step("bar as it was", lambda: True, bar_state(no_desk_call))

    # "End session": the confirmation, answered "No"
    shots(
        "end-confirmation",
        "",
        controller.set_language,
        compose(None, [in_place(bar), dialog_window(QMessageBox)]),
        lambda: [bar, *filter(None, [shown_dialog(QMessageBox)])],
        later(bar.end_button.click),
        after=close(QMessageBox),
        meta={"dialog": "EndQuestion"},
    )
    step("confirmation closed", closed(QMessageBox))

    # --- a staff message, a staff lock --------------------------------------------------------
    messages = controller.staff_messages
    step(
        "staff message",
        lambda: True,
        lambda: controller._message_received(1, STAFF_MESSAGE, STAFF_MESSAGE_TEXTS),
    )
    step("staff message readable", lambda: messages.isVisible() and messages.ok_button.isEnabled())
    shots(
        "staff-message",
        "",
        controller.set_language,
        compose(None, [in_place(bar), lambda: (messages, placed(messages))]),
        lambda: [bar, messages],
        meta={"dialog": "StaffMessageDialog"},
    )
    step("staff message read", lambda: True, messages.ok_button.click)

    def staff_lock() -> None:
        view = kiosk.agent.view()
        if view is not None and not lock.isVisible():
            controller._session_did_lock(view)

    on_lock("staff-locked", staff_lock)
    step("staff unlock", lambda: True, lambda: controller._session_did_unlock(kiosk.agent.view()))

    # --- lock while away, and a wrong answer ------------------------------------------------------
    step("lock while away", bar.isVisible, bar.away_button.click)
    step("away screen shown", away.isVisible)
    away_shot = whole_window(away)
    away_language = by_buttons(away.language_buttons)
    shots("away", "", away_language, away_shot, lambda: [away])
    step("wrong answer", lambda: True, answer_away("0000"))
    step("wrong answer said", lambda: bool(away.message_text) and away.unlock_button.isEnabled())
    shots("away", "wrong", away_language, away_shot, lambda: [away])
    step("come back", lambda: True, answer_away(visitor["pin"]))

    # --- the staff at the station ----------------------------------------------------------------
    sign_in_dialog, panel = staff.sign_in_dialog, staff.panel
    over_bar = compose(None, [in_place(bar), in_place(sign_in_dialog, centred=True)])
    step("staff button", lambda: bar.isVisible() and not away.isVisible(), staff.open)
    step(
        "staff sign-in shown", sign_in_dialog.isVisible, staff_sign_in(sample["staff"]["password"])
    )
    shots(
        "staff-sign-in",
        "",
        controller.set_language,
        over_bar,
        lambda: [sign_in_dialog],
        meta={"dialog": "StaffSignInDialog"},
    )
    step("wrong password", lambda: True, staff_sign_in("not-the-password"))
    step("submit wrong password", lambda: True, sign_in_dialog.submit_button.click)
    step(
        "wrong password said",
        lambda: bool(sign_in_dialog.message.text()) and sign_in_dialog.submit_button.isEnabled(),
    )
    shots(
        "staff-sign-in",
        "wrong",
        controller.set_language,
        over_bar,
        lambda: [sign_in_dialog],
        meta={"dialog": "StaffSignInDialog"},
    )
    step("right password", lambda: True, staff_sign_in(sample["staff"]["password"]))
    step("staff signs in", lambda: True, sign_in_dialog.submit_button.click)
    step("staff panel shown", panel.isVisible)
    panel_part = in_place(panel, centred=True)
    shots(
        "staff-panel",
        "",
        controller.set_language,
        compose(None, [in_place(bar), panel_part]),
        lambda: [panel],
        meta={"dialog": "StaffPanel"},
    )
    for state, kind, button, declared in (
        ("staff-minutes", MinutesDialog, panel.extend_other, "MinutesDialog"),
        ("staff-confirm/end", QMessageBox, panel.end_button, "StaffConfirm"),
        ("staff-confirm/quit", QMessageBox, panel.quit_button, "StaffConfirm"),
    ):
        screen, _, sub = state.partition("/")
        shots(
            screen,
            sub,
            controller.set_language,
            compose(None, [in_place(bar), panel_part, dialog_window(kind)]),
            lambda kind=kind: [panel, *filter(None, [shown_dialog(kind)])],
            later(button.click),
            after=close(kind),
            meta={"dialog": declared},
        )
        step(f"{screen} closed", closed(kind))
    step("staff adds 5 minutes", lambda: not panel.message_text, panel.extend_5.click)
    step("time added", lambda: bool(panel.message_text) and panel.close_button.isEnabled())
    shots(
        "staff-panel",
        "time-added",
        controller.set_language,
        compose(None, [in_place(bar), panel_part]),
        lambda: [panel],
        meta={"dialog": "StaffPanel"},
    )
    step("staff panel closed", lambda: True, panel.close_button.click)

    # --- the warnings, last: the bar stays in its warning colours until the end ---------------
    with_banner = compose(None, [in_place(bar), in_place(banner)])
    shots("warning", "", controller.set_language, with_banner, lambda: [bar, banner], warn)
    step("warning read", lambda: True, banner.dismiss_button.click)

    def warn_held() -> None:
        view = kiosk.agent.view()
        if view is not None:
            # the same warning of a session cut because the station is held from its end
            controller._session_will_end(dataclasses.replace(view, ends_for="booking"), 300)

    shots(
        "warning", "booking", controller.set_language, with_banner, lambda: [bar, banner], warn_held
    )
    step("held warning read", lambda: True, banner.dismiss_button.click)
    shots(
        "warning",
        "idle",
        controller.set_language,
        with_banner,
        lambda: [bar, banner],
        lambda: controller._idle_will_end_session(60),
    )
    step("visitor moves", lambda: True, controller._idle_did_cancel)
    step("idle warning gone", lambda: not banner.isVisible(), banner.clear)

    # --- the end: "End session" confirmed, then why a session can end ---------------------------
    end = kiosk.end_screen
    step("end the session", lambda: not panel.isVisible(), bar.end_requested.emit)
    step("end screen shown", end.isVisible)
    end_shot = whole_window(end)

    def begin(reason: str, cleaned: bool = False) -> Callable[[], None]:
        # it goes once read and the computer is clean: begin again for each picture
        return lambda: end.begin(reason, cleaned=cleaned)

    endings = [
        ("end", reason.value.replace("_", "-"), begin(reason), {"end_reason": reason.value})
        for reason in EndReason
    ]
    endings.append(("end", "cleaned", begin(EndReason.VISITOR, True), {"end_reason": "visitor"}))
    group(endings, controller.set_language, end_shot, lambda: [end])
    step("computer clean", lambda: True, end.cleanup_finished)
    step("lock screen again", lambda: lock.isVisible() and not end.isVisible(), give_time_back)

    # --- the lock screen's other states and every refusal, one look and language at a time ------
    ended: dict[str, Callable[[], str]] = {}

    def remember_endings() -> None:
        # what the lock screen says after a session ended unseen (the controller resets the
        # language and look there, so each sentence is taken once and shown again below)
        for reason in EndReason:
            controller._show_end("demo-ended", reason)
            ended[reason] = lock._message_source

    step("sentences after a session", lambda: True, remember_endings)

    def site_time(days: int, hour: int) -> str:
        info = kiosk.agent.station_info
        zone = ZoneInfo(info.timezone)
        day = datetime.now(UTC).astimezone(zone).date() + timedelta(days=days)
        return datetime(day.year, day.month, day.day, hour, tzinfo=zone).isoformat()

    def pin_asked() -> None:
        controller._sign_in_failed(
            ApiError(ErrorCode.PIN_REQUIRED, "PIN required", 401), asked_pin=False
        )

    def card_typed() -> None:
        lock.reset()
        lock.identifier_edit.setText(visitor["identifier"])

    def refusal(state: str) -> Callable[[], None]:
        code, reason = REFUSALS[state]
        at_pin = state in ("wrong-pin", "lockout", "lockout-minute", "lockout-unknown", "pin-empty")
        details: dict[str, Any] = {
            "no-time-left-week": {"allowances": {"daily": 3600, "weekly": 0}},
            "card-blocked-until": {},
            "lockout": {"retry_after_seconds": 900},
            "lockout-minute": {"retry_after_seconds": 45},
            "elsewhere": {"station": "RC-04"},
            "elsewhere-silent": {"station": "RC-04", "silent": True},
            "held-group": {"kind": "group", "label": "Classe 5B"},
            "held-number": {"kind": "queue", "number": 42},
            "held-yours": {"kind": "visitor", "your_station": "RC-04"},
            "held-other": {"kind": "visitor"},
            "held-wrong-code": {"kind": "group", "label": "Classe 5B", "code_accepted": True},
            "hold-elsewhere": {"station": "RC-04", "kind": "queue", "number": 42},
            "library-fines": {"amount": "7.50", "currency": "EUR"},
        }.get(state, {})
        if reason:
            details["reason"] = reason

        def act() -> None:
            # times from now, in the site's zone: back tomorrow, opens tomorrow at 9:00…
            if state == "no-time-left-week":
                details["back_at"] = site_time(3, 0)
            elif state == "no-time-left-tomorrow":
                details["back_at"] = site_time(1, 0)
            elif state == "closed":
                details["opens_at"] = site_time(1, 9)
            elif state == "card-blocked-until":
                details["until"] = site_time(6, 0)[:10]
            elif state.startswith("held") or state == "hold-elsewhere":
                details["until"] = site_time(0, 16)
                details["timezone"] = kiosk.agent.station_info.timezone
            card_typed()
            if state.startswith("ticket-"):
                lock.set_ticket_mode(True)
                if state != "ticket-empty":
                    lock.identifier_edit.setText("K7P-4QX")
            if at_pin:
                pin_asked()
            if state == "empty":
                lock.reset()
                lock.submit_button.click()
            elif state in ("ticket-empty", "pin-empty"):
                lock.submit_button.click()
            elif state == "charter-refused":
                controller._charter_did_refuse(controller.languages.current)
            elif state == "unreachable":
                controller._sign_in_failed(ServerUnreachable("demo"), asked_pin=False)
            elif state == "error":
                controller._sign_in_failed(RuntimeError("demo"), asked_pin=False)
            elif state == "held-wrong-code":
                lock.ask_code()
                lock.code_edit.setText("K7PQ2X")
                error = ApiError(ErrorCode(code), code, 403, details)
                controller._sign_in_failed(error, asked_pin=False, gave_code=True)
            else:
                error = ApiError(ErrorCode(code), code, 403, details)
                controller._sign_in_failed(error, asked_pin=at_pin)

        return act

    def ask_pin() -> None:
        card_typed()
        pin_asked()

    def offline() -> None:
        lock.reset()
        lock.set_online(False)

    def held(state: str) -> Callable[[], None]:
        """The station held (its info as the server sends it, with a hold), in this state."""

        def act() -> None:
            info = kiosk.agent.station_info
            zone = ZoneInfo(info.timezone)
            hour = datetime.now(UTC).astimezone(zone).replace(minute=0, second=0, microsecond=0)

            def iso(moment: datetime) -> str:
                return moment.astimezone(UTC).isoformat()

            hold: dict[str, Any] = {
                "id": 1,
                "kind": "group",
                "state": "held",
                "starts_at": iso(hour),
                "ends_at": iso(hour + timedelta(hours=2)),
                "label": "Classe 5B",
                "code_accepted": True,
            }
            if state == "held-number":
                hold.update(kind="queue", label=None, number=42, claim_by=iso(hour + ONE_HOUR))
            elif state == "held-booking":
                hold.update(kind="visitor", label=None, claim_by=iso(hour + ONE_HOUR))
            elif state == "held-later":
                hold.update(
                    kind="workshop",
                    label="Mon CV en ligne",
                    starts_at=iso(hour + 2 * ONE_HOUR),
                    ends_at=iso(hour + 4 * ONE_HOUR),
                )
            data = {**lite.jsonable(info), "holds": [hold]}
            lock.set_station_info(lite.read_record("StationInfo", data))
            lock.reset()
            if state == "held-code":
                card_typed()
                details = {"kind": "group", "label": "Classe 5B", "code_accepted": True}
                error = ApiError(ErrorCode.STATION_HELD, "held", 403, details)
                controller._sign_in_failed(error, asked_pin=False)

        return act

    def ticket() -> None:
        lock.reset()
        lock.set_ticket_mode(True)

    def out_of_order() -> None:
        controller._station_did_disable(OUT_OF_ORDER_REASON)

    def fault() -> None:
        controller._station_did_fail(FAULT)

    def in_service() -> None:
        if lock.hold_text or lock.code_step:  # the station's own info again: no hold
            lock.set_station_info(kiosk.agent.station_info)
            lock.reset()
        if lock.desk_button.state != DeskCallState.NONE:
            no_desk_call()
        lock.set_online(True)
        if lock.fault is not None:
            controller._station_did_recover()
        if lock.out_of_order:
            controller._station_did_enable()

    def lock_state(before: Callable[[], None]) -> Callable[[], None]:
        def act() -> None:
            in_service()
            before()

        return act

    def after_session(reason: str) -> Callable[[], None]:
        def act() -> None:
            lock.reset()
            lock.show_info(ended[reason])

        return act

    entries: list[tuple[str, str, Callable[[], None], dict[str, Any]]] = [
        ("lock-screen", "offline", offline, {}),
        ("lock-screen", "ticket", ticket, {}),
        ("lock-screen", "pin", ask_pin, {"refusal": "PIN_REQUIRED"}),
        ("lock-screen", "out-of-order", out_of_order, {}),
        ("lock-screen", "fault", fault, {}),
        ("lock-screen", "desk-call", desk_call(DeskCallState.WAITING), {}),
        ("lock-screen", "desk-answered", desk_call(DeskCallState.ANSWERED), {}),
    ]
    entries += [("lock-screen", state, held(state), {}) for state in HELD_STATES]
    entries += [
        ("lock-screen", "ended-" + reason.replace("_", "-"), after_session(reason), ended_meta)
        for reason in EndReason
        for ended_meta in [{"end_reason": reason.value}]
    ]
    for state, (code, reason) in REFUSALS.items():
        if state == "no-time-left":
            continue  # shot above, through the server
        meta = {"refusal": code} if code else {}
        if reason:
            meta["ticket_reason"] = reason
        entries.append(("refusal", state, refusal(state), meta))
    entries = [(screen, state, lock_state(act), meta) for screen, state, act, meta in entries]
    group(entries, lock_language, lock_shot, lambda: [lock])
    step("refusals done", lambda: True, in_service)
    step("card field again", lambda: True, lock.reset)

    # --- the staff's panel on a free computer, and maintenance -----------------------------------
    step("staff button on the lock screen", lock.isVisible, staff.open)
    step("staff sign-in on the lock screen", sign_in_dialog.isVisible)
    step("staff password", lambda: True, staff_sign_in(sample["staff"]["password"]))
    step("staff signs in again", lambda: True, sign_in_dialog.submit_button.click)
    step("panel without a session", panel.isVisible)
    shots(
        "staff-panel",
        "no-session",
        controller.set_language,
        compose(lock, [panel_part]),
        lambda: [panel],
        meta={"dialog": "StaffPanel"},
    )
    step("maintenance", lambda: True, panel.unlock_button.click)
    maintenance = staff.maintenance_bar
    step("maintenance bar shown", lambda: staff.in_maintenance and not lock.isVisible())
    shots(
        "maintenance",
        "",
        controller.set_language,
        compose(None, [in_place(maintenance)]),
        lambda: [maintenance],
    )
    step("lock again", lambda: True, maintenance.relock_button.click)
    step("locked after maintenance", lambda: lock.isVisible() and not staff.in_maintenance)
    step("manifest", lambda: True, shooter.write_manifest)
    assert planned == [screen_id(s, t) for s, t in KIOSK_SCREENS], planned
    return steps
