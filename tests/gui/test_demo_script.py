"""The demo's script of steps: a step that raises ends the run as a failure, once."""

from __future__ import annotations

import logging

import pytest

from ui.demo import DemoScript


def test_a_failing_step_ends_the_demo_with_an_error_not_a_loop(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []
    outcomes: list[bool] = []

    def broken() -> None:
        calls.append("broken")
        raise TypeError("a step called with the wrong arguments")

    steps = [
        ("first", lambda: True, lambda: calls.append("first")),
        ("broken", lambda: True, broken),
        ("never", lambda: True, lambda: calls.append("never")),
    ]
    with caplog.at_level(logging.ERROR, logger="epn.ui.demo"):
        script = DemoScript(steps, on_done=outcomes.append)  # kept: its timer runs the steps
        qtbot.waitUntil(lambda: outcomes != [])
        qtbot.wait(50)  # a looping script would call the broken step again meanwhile

    del script
    assert outcomes == [False]
    assert calls == ["first", "broken"]
    assert "demo step failed: broken" in caplog.text


def test_every_step_runs_in_order_then_the_demo_succeeds(qtbot) -> None:
    calls: list[str] = []
    outcomes: list[bool] = []
    steps = [(name, lambda: True, lambda n=name: calls.append(n)) for name in ("a", "b", "c")]
    script = DemoScript(steps, on_done=outcomes.append)
    qtbot.waitUntil(lambda: outcomes != [])
    assert (calls, outcomes) == (["a", "b", "c"], [True])
    del script
