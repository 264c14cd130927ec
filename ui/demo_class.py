"""A teacher's console in ``epn demo --screenshots``: the class's room with its bar
(``console-class-room-<lang>.png``) and the class bar's dialogs
(``console-dialog-class-<state>-<lang>.png``), in French, Dutch and English.

A second console signs in as the demo's teacher once the desk's shots are done, starts a class
on three computers through the API until the next full hour (before the demo group's booking),
and each dialog is opened by the bar's own slot, then cancelled: nothing else is changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtGui import QImage

from ui.demo_console import CONSOLE_SIZE, console_dialog_steps, group_span
from ui.demo_screens import LANGUAGES, Shooter, Shot, Step, look_meta

#: The class's computers: the two the group's booking takes only from the next full hour, when
#: the class ends (RC-04, the free one, may be held for the queue's number called by then).
CLASS_STATIONS = ["RC-07", "RC-08"]
CLASS_TITLE = "5e B — Scratch"
#: The class bar's dialogs: state -> (page, dialog class).
CLASS_DIALOGS: dict[str, tuple[str, str]] = {
    "class-start": ("room", "StartClassDialog"),
    "class-message": ("room", "TextDialog"),
    "class-end": ("room", "ConfirmDialog"),
}


def class_shot_name(language: str) -> str:
    return f"console-class-room-{language}.png"


def expected_class_shots() -> list[str]:
    dialogs = [
        f"console-dialog-{state}-{code}.png" for state in CLASS_DIALOGS for code in LANGUAGES
    ]
    return [class_shot_name(code) for code in LANGUAGES] + dialogs


def class_steps(
    sample: dict[str, Any], server_url: str, shooter: Shooter, languages: Any
) -> list[Step]:
    """Sign the teacher in, start their class, shoot the room and the bar's dialogs, close."""
    from kiosk.protocol.classes import ClassRequest
    from ui.console.app import ConsoleProgram, build_console

    held: dict[str, ConsoleProgram] = {}

    def program() -> ConsoleProgram:
        return held["console"]

    def open_console() -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        console = build_console(
            app,
            server_url=server_url,
            languages=languages,  # the demo's: one switch for every window
            username=sample["teacher"]["username"],
            password=sample["teacher"]["password"],
        )
        assert console is not None, "the demo's teacher could not sign in"
        console.window.showNormal()
        console.window.resize(*CONSOLE_SIZE)
        held["console"] = console

    def room() -> Any:
        return program().window.views[0]

    def loaded() -> bool:
        return (
            "console" in held
            and room().model.station(CLASS_STATIONS[0]) is not None
            and program().window.site_combo.count() > 0
            and not program().tasks.busy()
        )

    def start_class() -> None:
        site = program().context.sites[0]
        until, _ = group_span(datetime.now(UTC), site.timezone)
        request = ClassRequest(
            site=site.name, title=CLASS_TITLE, ends_at=until, stations=CLASS_STATIONS
        )
        room().class_bar.set_class(program().context.client.start_class(request))

    def running() -> bool:
        return room().class_bar.current is not None and not program().tasks.busy()

    steps: list[Step] = [
        ("teacher console", lambda: True, open_console),
        ("teacher console loaded", loaded, start_class),
        ("teacher class running", running, lambda: None),
    ]

    for code in LANGUAGES:

        def prepare(code: str = code) -> None:
            program().window.set_language(code)

        def render() -> QImage | None:
            window = program().window
            if program().tasks.busy() or (window.width(), window.height()) != CONSOLE_SIZE:
                return None
            return window.grab().toImage()

        meta = {"screen": "console-class", "state": "running", **look_meta(code)}
        shot = Shot(class_shot_name(code), prepare, render, lambda: [program().window], meta)
        steps.extend(shooter.steps(shot))

    class _Lazy:
        """The console's parts, read once it exists (the dialog steps are made before)."""

        @property
        def window(self) -> Any:
            return program().window

        @property
        def tasks(self) -> Any:
            return program().tasks

    openers = {
        "class-start": lambda: room().class_bar.start_class(),
        "class-message": lambda: room().class_bar.message_all(),
        "class-end": lambda: room().class_bar.end_class(),
    }
    steps.extend(console_dialog_steps(_Lazy(), shooter, openers, CLASS_DIALOGS, ("room",)))

    def close() -> None:
        program().close()

    steps.append(("teacher console closed", lambda: True, close))
    return steps
