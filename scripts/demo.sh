#!/usr/bin/env bash
# Install EPN Kiosk into .venv and start the demo: server, one kiosk window and the staff console.
# Extra arguments go to `epn demo` (e.g. --offscreen --screenshots DIR --quit-after 20).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${QT_PACKAGES[@]}" || say "continuing without the system packages; Qt may not start"
make_venv dev
exec "$VENV/bin/epn" demo "$@"
