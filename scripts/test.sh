#!/usr/bin/env bash
# Install everything the tests need (Xvfb and Qt's system libraries included) and run the whole
# suite: ruff, mypy, unit, integration, GUI and end-to-end tests, then the date-sensitive tests
# under chosen days and a far time zone. Extra arguments go to the first pytest run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
make_venv dev
cd "$ROOT"
say "ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
say "mypy (kiosk/, admin/)"
"$VENV/bin/mypy"
# The Debian package (a few minutes: every wheel of every role) builds while the tests run;
# tests/integration/test_deb.py waits for it and checks it.
if command -v dpkg-deb >/dev/null 2>&1 && [ -z "${EPN_TEST_DEB_DIR:-}" ]; then
  EPN_TEST_DEB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/epn-test-deb.XXXXXX")
  export EPN_TEST_DEB_DIR
  trap 'rm -rf "$EPN_TEST_DEB_DIR"' EXIT
  say "building the Debian package in the background ($EPN_TEST_DEB_DIR/build.log)"
  ( env -u VIRTUAL_ENV -u PYTHONPATH "$ROOT/packaging/deb/build.sh" --out "$EPN_TEST_DEB_DIR" --fast \
      >"$EPN_TEST_DEB_DIR/build.log" 2>&1; code=$?
    times >"$EPN_TEST_DEB_DIR/build-cpu"  # its CPU: no test's (tests/conftest.py, timeline)
    echo $code >"$EPN_TEST_DEB_DIR/exit-code" ) &
fi
say "axe-core for the public pages' browser tests (tests/browser/package-lock.json)"
# Node.js and npm from Debian where the machine has no npm yet (a Node.js of its own, with npm,
# is used as it is)
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
npm ci --prefix "$ROOT/tests/browser" --no-audit --no-fund --loglevel=error
say "pytest"
# The end-to-end tests must run here, not be skipped for want of Xvfb.
export EPN_REQUIRE_E2E=1
# Three workers on two cores: many tests wait (on a server, a window, a real clock). Tests that
# share something (each end-to-end module, the screenshot run's checks, the package's build,
# the deployment guide's ordered commands) carry an xdist_group and run one after another on
# one worker; the accounts the tests make are made under a file lock (tests/helpers/accounts.py).
# The workers take the tests in collection order, the longest groups first (tests/conftest.py,
# LONG_GROUPS), rather than the biggest groups first. EPN_TEST_TIMELINE=FILE records what each
# worker ran and when (scripts/test_timeline.py FILE sums it up).
WORKERS=(-n "${EPN_TEST_WORKERS:-3}" --dist loadgroup --no-loadscope-reorder)
status=0
"$VENV/bin/python" -m pytest "${WORKERS[@]}" "$@" || status=$?
if [ -f "${EPN_TEST_DEB_DIR:-}/build-cpu" ]; then
  say "the package's build used $(sed -n 2p "$EPN_TEST_DEB_DIR/build-cpu") of CPU (user, system)"
fi
[ "$status" -eq 0 ] || exit "$status"
# The tests marked `calendar` again, on the days that break date arithmetic, on a machine whose
# own zone is far from the sites': each runs once per moment of EPN_TEST_NOW, its "now" frozen
# there (tests/helpers/clock.py). A Sunday evening in Brussels, the spring-forward day (23 hours)
# after 03:00, and the fall-back day (25 hours) at the second 02:30.
say "pytest -m calendar: a Sunday evening and both DST days in Brussels, TZ=Pacific/Auckland"
EPN_TEST_NOW=2025-11-23T23:30:00+01:00,2026-03-29T03:30:00+02:00,2025-10-26T02:30:00+01:00 \
    TZ=Pacific/Auckland "$VENV/bin/python" -m pytest "${WORKERS[@]}" -m calendar -q tests/unit tests/gui
