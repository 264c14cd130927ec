#!/usr/bin/env bash
# Install everything the tests need (Xvfb and Qt's system libraries included) and run the whole
# suite: ruff, mypy, unit, integration, GUI and end-to-end tests. Extra arguments go to pytest.
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
say "pytest"
# The end-to-end tests must run here, not be skipped for want of Xvfb.
export EPN_REQUIRE_E2E=1
exec "$VENV/bin/python" -m pytest "$@"
