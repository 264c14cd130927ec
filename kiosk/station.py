"""Wiring of one station's agent from its config: store, client, enforcement, offline desk.

Qt-free, so the kiosk program (ui/kiosk/app.py) and a headless agent are wired the same way;
the screen side passes only what needs Qt (its listener, the clipboard).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.account import Account
from kiosk.agent import StationAgent
from kiosk.cleanup import CleanupPlan
from kiosk.client import StationClient
from kiosk.clock import Clock, SystemClock, boot_id
from kiosk.config import StationConfig, resolve_enforce
from kiosk.enforcer import SessionEnforcer
from kiosk.enrolment import server_trust
from kiosk.guard import GuardReport, ProcessGuard
from kiosk.idle import make_input_watcher
from kiosk.launcher import Launcher
from kiosk.listener import AgentListener
from kiosk.lockdown import Lockdown, NullLockdown, make_lockdown
from kiosk.offline import OfflineDesk, OfflinePolicy
from kiosk.store import LocalStore

log = logging.getLogger("epn.kiosk.station")


def build_agent(
    config: StationConfig,
    *,
    listener: AgentListener,
    windowed: bool,
    clear_clipboard: Callable[[], None] | None = None,
    clock: Clock | None = None,
    home: Path | None = None,
    guard_user: str | None = None,
    account: Account | None = None,
    app_env: Mapping[str, str] | None = None,
    display: str | None = None,
    protected_pids: set[int] | None = None,
    home_reset: Callable[[], tuple[str, tuple[str, ...]]] | None = None,
) -> StationAgent:
    """The station's agent, not started. ``config.server.token`` must be resolved already.

    ``windowed`` (a developer's desktop): escape keys are not grabbed and the guard only
    reports unless the config says to enforce. ``guard_user``: whose processes the guard
    polices (default: the user running the kiosk; benchmarks on a shared machine pick another).

    The station service passes the kiosk ``account`` (the guard polices it, apps start as it,
    with ``app_env``), its X ``display`` (escape keys, idle counter), the pids the guard never
    touches (``protected_pids``, a set it keeps up to date: the screen, the X session's leader)
    and ``home_reset``, run by the cleanup after each session.
    """
    token = config.server.token
    if not token:
        raise ValueError("build_agent needs the station token resolved in the config")
    clock = clock or SystemClock()
    state_dir = config.paths.state_dir
    state_dir.mkdir(parents=True, exist_ok=True)
    store = LocalStore(state_dir / "station.db")
    if account is not None and not account.is_current:
        guard_user = account.name
        home = account.home
    enforce = resolve_enforce(config, windowed, guard_user=guard_user)
    log.info(
        "process guard %s; idle end after %d min; offline sign-in: %s",
        "enforcing" if enforce else "reporting only",
        config.idle.minutes,
        config.offline.policy,
    )

    def guard_factory(on_report: Callable[[GuardReport], None]) -> ProcessGuard:
        return ProcessGuard(
            clock=clock,
            enforce=enforce,
            on_report=on_report,
            baseline_names=config.guard.baseline,
            protected_pids=protected_pids if protected_pids is not None else {os.getpid()},
            user=guard_user,
            interval=config.guard.interval_ms / 1000,
        )

    cleanup = None
    if config.cleanup.folders or config.cleanup.clear_clipboard or home_reset is not None:
        cleanup = CleanupPlan(
            config.cleanup.folders,
            config.cleanup.template,
            home or Path.home(),
            clear_clipboard if config.cleanup.clear_clipboard else None,
            home_reset=home_reset,
        )
    lockdown: Lockdown = (
        NullLockdown("windowed: a developer's desktop keeps its keys")
        if windowed
        else make_lockdown(display)
    )
    enforcer = SessionEnforcer(
        clock=clock,
        store=store,
        listener=listener,
        launcher=Launcher(clock=clock, env=app_env, account=account),
        lockdown=lockdown,
        guard_factory=guard_factory,
        input_watcher=make_input_watcher(display) if config.idle.minutes > 0 else None,
        idle_seconds=config.idle.minutes * 60,
        idle_warning_seconds=config.idle.warning_seconds,
        cleanup=cleanup,
    )
    offline = OfflineDesk(
        store,
        clock,
        OfflinePolicy(
            mode="cached" if config.offline.policy == "cached" else "refuse",
            verified_days=config.offline.verified_days,
            max_minutes=config.offline.max_minutes,
            warning_seconds=config.session.warnings,
        ),
    )
    return StationAgent(
        client=StationClient(config.server.url, token, trust=server_trust(config)),
        store=store,
        clock=clock,
        listener=listener,
        boot_id=boot_id(),
        enforcer=enforcer,
        offline=offline,
        away_seconds=config.session.away_minutes * 60,
    )
