"""Sign-in through the sign-in sources: what SIP2 and LDAP add to a local sign-in.

    .venv/bin/python bench/sign_in_sources.py --rounds 60 --burst 50

The real server (``tests/helpers/liveserver.running_server``: the API on uvicorn in a thread,
a file database) with two sources on this machine: the test ILS (pysip2's SIP2 server,
tests/helpers/sip2_ils.py) and a real slapd over LDAPS (tests/helpers/slapd.py, search then
bind with a service account, groups searched). The station's sign-in route over HTTP, timed
from the request to the grant, then the session ended; each round signs in a local visitor
with a PIN (argon2id on the server), one without a PIN ("bare": the sign-in without argon2id,
for reference), a library card (SIP2) and a pupil (LDAP), in turn, so the
three are paired under the same load. Budget (issue 20): each source adds ≤ 100 ms p95 to the
local sign-in.

Then ``--burst`` library cards sign in at once on as many stations through the server's one
pooled SIP2 source (``pool_size`` connections): every one must get its grant.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from admin.auth.ldap import LdapSource  # noqa: E402
from admin.auth.sip2 import Sip2Source  # noqa: E402
from admin.auth.sources import AuthConfig  # noqa: E402
from tests.helpers.liveserver import (  # noqa: E402
    add_site,
    add_station,
    add_visitor,
    running_server,
)
from tests.helpers.sip2_ils import (  # noqa: E402
    INSTITUTION,
    PATRONS,
    SIP_PASSWORD,
    SIP_USER,
    running_ils,
)
from tests.helpers.slapd import (  # noqa: E402
    BASE,
    GROUPS,
    SERVICE_DN,
    SERVICE_PASSWORD,
    running_slapd,
)
from tests.helpers.stations_http import HttpStation  # noqa: E402

SITE = "EPN Test"
LOCAL_CARD, LOCAL_PIN = "2100000001", "2468"
BARE_CARD = "2100000002"  # a local visitor without a PIN: the sign-in without argon2id
WHO = {
    "local": (LOCAL_CARD, LOCAL_PIN),
    "bare": (BARE_CARD, ""),
    "sip2": ("1001", "1234"),
    "ldap": ("pupil1", "pupil-pw"),
}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def sign_in_and_end(station: HttpStation, card: str, pin: str) -> float:
    """Milliseconds from the request to the grant; the session is ended after."""
    started = time.perf_counter()
    response = station.sign_in(card, pin or None)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{card}: {response.status_code} {response.text}")
    station.end(response.json()["session_id"], used=1)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60, help="sign-ins of each kind")
    parser.add_argument("--burst", type=int, default=50, help="library cards at once")
    parser.add_argument("--pool-size", type=int, default=4, help="the SIP2 source's pool")
    options = parser.parse_args()
    burst_cards = [f"9{i:04d}" for i in range(options.burst)]
    for card in burst_cards:
        PATRONS[card] = ("1234", {})
    with tempfile.TemporaryDirectory() as tmp, running_ils() as ils_port:
        folder = Path(tmp)
        with running_slapd(folder / "slapd") as directory:
            library = Sip2Source(
                "library",
                host="127.0.0.1",
                port=ils_port,
                login_user=SIP_USER,
                login_password=SIP_PASSWORD,
                institution_id=INSTITUTION,
                fines_limit=Decimal("5.00"),
                pool_size=options.pool_size,
            )
            schools = LdapSource(
                "schools",
                url=directory.ldaps,
                base_dn=BASE,
                bind_dn=SERVICE_DN,
                bind_password=SERVICE_PASSWORD,
                ca_file=directory.ca_file,
                user_filter="(objectClass=inetOrgPerson)",
                groups=GROUPS,
                nested_groups="recursive",
            )
            sources = AuthConfig(
                sources={"library": library, "schools": schools},
                orders={SITE: ["local", "library", "schools"]},
            )
            db = folder / "server.db"
            add_site(db, SITE)
            add_visitor(db, LOCAL_CARD, pin=LOCAL_PIN)
            add_visitor(db, BARE_CARD)
            tokens = [add_station(db, f"B-{i:03d}", site=SITE) for i in range(options.burst)]
            with (
                running_server(db, sources=sources) as url,
                httpx.Client(base_url=url, timeout=30) as http,
            ):
                station = HttpStation(http, tokens[0], "B-000")
                for card, pin in WHO.values():  # warm: first connections, first rows
                    sign_in_and_end(station, card, pin)
                times: dict[str, list[float]] = {kind: [] for kind in WHO}
                for _ in range(options.rounds):
                    for kind, (card, pin) in WHO.items():
                        times[kind].append(sign_in_and_end(station, card, pin))
                local = p95(times["local"])
                for kind, values in times.items():
                    print(
                        f"{kind:5}: p50 {statistics.median(values):6.1f} ms  p95 {p95(values):6.1f}"
                        f" ms  max {max(values):6.1f} ms  (p95 over local: "
                        f"{p95(values) - local:+.1f} ms, {len(values)} sign-ins)"
                    )
                burst = run_burst(url, tokens, burst_cards)
            library.close()
            schools.close()
    print(
        f"burst: {burst['ok']}/{options.burst} granted at once through one SIP2 pool of "
        f"{options.pool_size}, {burst['errors']} errors, p95 {burst['p95']:.1f} ms, "
        f"max {burst['max']:.1f} ms"
    )
    over = {k: p95(v) - local for k, v in times.items() if k in ("sip2", "ldap")}
    met = all(v <= 100 for v in over.values()) and burst["errors"] == 0
    print(
        "SUMMARY "
        + " ".join(f"{k}_over_local_p95_ms={v:.1f}" for k, v in over.items())
        + f" burst_errors={burst['errors']} budget={'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


def run_burst(url: str, tokens: list[str], cards: list[str]) -> dict[str, float]:
    """Every card on its own station, all released at once by a barrier."""
    barrier = threading.Barrier(len(cards))
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one(index: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            station = HttpStation(http, tokens[index], f"B-{index:03d}")
            barrier.wait()
            started = time.perf_counter()
            response = station.sign_in(cards[index], "1234")
            elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if response.status_code == 200:
                times.append(elapsed)
            else:
                errors.append(f"{cards[index]}: {response.status_code} {response.text}")

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(cards))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for error in errors[:5]:
        print("burst error:", error)
    return {
        "ok": len(times),
        "errors": len(errors),
        "p95": p95(times) if times else 0.0,
        "max": max(times, default=0.0),
    }


if __name__ == "__main__":
    raise SystemExit(main())
