"""A bare ASGI endpoint: the same stack as the server (uvicorn, one process), no framework.

It reads the request body and answers a small JSON document, which is the least any endpoint
does; bench/server_load.py puts it under the same load as the real server.
"""

from __future__ import annotations

from typing import Any

BODY = b'{"accepted":[]}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": BODY})
