"""uvicorn runs the server on its compiled HTTP parser and event loop when they are installed.

httptools and uvloop are dependencies of the [server] role (docs/PERFORMANCE.md measures them
against h11 and the stdlib loop); without them (uvloop has no Windows build) the server falls
back to h11 and asyncio rather than failing to start.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import sys
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from admin.api import serving
from admin.api.serving import (
    GC_YOUNG_THRESHOLD,
    BackgroundServer,
    server_config,
    settle_garbage_collector,
)

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="uvloop has no Windows build")


async def _loop_module(scope: Any, receive: Any, send: Any) -> None:
    """Answers with the module of the event loop that serves it."""
    body = type(asyncio.get_running_loop()).__module__.encode()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


@unix_only
def test_epn_server_runs_on_httptools_and_uvloop() -> None:
    config = server_config(_loop_module, host="127.0.0.1", port=0)
    assert (config.http, config.loop) == ("httptools", "uvloop")
    config.load()
    assert config.http_protocol_class.__module__ == "uvicorn.protocols.http.httptools_impl"


@unix_only
def test_the_background_server_serves_from_uvloop() -> None:
    with BackgroundServer(_loop_module) as server:
        assert httpx.get(server.url).text.startswith("uvloop")


def test_without_them_it_falls_back_to_h11_and_asyncio(monkeypatch: pytest.MonkeyPatch) -> None:
    find_spec = importlib.util.find_spec

    def absent(name: str, *args: Any) -> Any:
        return None if name in {"httptools", "uvloop"} else find_spec(name, *args)

    monkeypatch.setattr(serving.importlib.util, "find_spec", absent)
    config = server_config(_loop_module, host="127.0.0.1", port=0)
    assert (config.http, config.loop) == ("h11", "asyncio")
    config.load()  # uvicorn accepts the choice
    with BackgroundServer(_loop_module) as server:
        assert httpx.get(server.url).text.startswith("asyncio.")


def test_on_windows_the_loop_is_asyncio_and_the_parser_httptools(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(serving.sys, "platform", "win32")
    assert serving.http_and_loop() == ("httptools", "asyncio")


@pytest.fixture
def collector() -> Iterator[None]:
    """The process's collector as it was, after the test."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


class _Node:
    other: _Node | None = None


@pytest.mark.usefixtures("collector")
def test_what_exists_at_start_leaves_the_collections_and_they_come_rarer() -> None:
    built = [{"app": "built at start"}]
    settle_garbage_collector()
    assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD > 700
    assert gc.get_freeze_count() > 0
    assert not any(o is built for o in gc.get_objects())  # no collection walks it again
    a, b = _Node(), _Node()  # a cycle made later is still collected
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None
