"""The ``details`` of refusals that both the server and an offline station give, without pydantic."""

from __future__ import annotations


def wrong_pin_details(
    tries_left: int, lock_seconds: int, retry_after_seconds: int = 0
) -> dict[str, int]:
    """``details`` of a BAD_CREDENTIALS refusal, from the server and from an offline station.

    ``tries_left``: wrong PINs this card still takes on this station before it is blocked for
    ``lock_seconds``; 0 when this one blocked it, then ``retry_after_seconds`` says for how long.
    """
    details = {"tries_left": max(0, tries_left), "lock_seconds": max(0, lock_seconds)}
    if retry_after_seconds > 0:
        details["retry_after_seconds"] = retry_after_seconds
    return details
