"""The teacher's part of ``epn demo --screenshots`` on its own: the demo's sample data, the real
server, the teacher's console; the class's room and the class bar's three dialogs are saved in
French, Dutch and English, each showing the class (ui/demo_class.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.core.notify import Notifier
from admin.db.store import Store
from admin.demo.sample import seed_demo
from ui.demo import DemoScript
from ui.demo_class import expected_class_shots
from ui.demo_console import CONSOLE_SIZE
from ui.demo_screens import Shooter
from ui.i18n import Languages


def test_the_teachers_shots_are_taken_in_three_languages(
    qtbot, tmp_path: Path, languages: Languages
) -> None:
    from ui.demo_class import class_steps

    store = Store(tmp_path / "epn.db")
    sample = seed_demo(store)
    notifier = Notifier()
    server = BackgroundServer(create_app(store, notifier=notifier), port=0, on_stop=notifier.close)
    server.start()
    outcome: list[bool] = []
    try:
        shooter = Shooter(tmp_path / "shots")
        (tmp_path / "shots").mkdir()
        steps = class_steps(sample, server.url, shooter, languages)
        script = DemoScript(steps, on_done=outcome.append, step_timeout=30)
        qtbot.waitUntil(lambda: bool(outcome), timeout=120_000)
        del script
    finally:
        notifier.close()
        server.stop()
        store.close()
    assert outcome == [True]
    for name in expected_class_shots():
        image = QImage(str(tmp_path / "shots" / name))
        assert (image.width(), image.height()) == CONSOLE_SIZE, name
