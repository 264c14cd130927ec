# Sourced by demo.sh and test.sh: system packages (when root or sudo can install them), then the
# project's virtualenv in .venv. Safe to run again: it only installs what is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"

# Qt's X11/xcb platform plugin needs these beside PySide6's wheels; fonts for readable text.
QT_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 fonts-dejavu-core)
# End-to-end tests: a virtual screen and a robot that types; the Debian package's test builds
# it on Debian's own python3 (venv) and checks it with lintian. pdftoppm (poppler-utils) draws
# the label report's PDF pages as images for its tests.
TEST_PACKAGES=(xvfb xauth xdotool x11-utils python3-venv lintian poppler-utils)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  local missing=() pkg
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian/Ubuntu system: install by hand: $*"; return 0; }
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      say "cannot install ${missing[*]}: run as root or install sudo"; return 1
    fi
  fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

make_venv() {
  local extras=$1 python stamp
  python=$(pick_python) || { say "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.x)"; return 1; }
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
      # Debian ships venv separately.
      rm -rf "$VENV"
      apt_install python3-venv
      "$python" -m venv "$VENV"
    fi
  fi
  stamp="$VENV/.installed-$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
  if [ ! -f "$stamp" ]; then
    say "installing EPN Kiosk and its Python dependencies into .venv"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}
