#!/usr/bin/env bash
# Build dist/epn-kiosk_<version>_<arch>.deb: EPN Kiosk and every dependency of all its roles
# (server, station, console) in a virtualenv under /usr/lib/epn-kiosk/venv, on Debian's own
# python3, installed from wheels only (the target machine has no compiler), with the launcher
# /usr/bin/epn, the systemd units, the X session and the config examples.
#
#   packaging/deb/build.sh [--out DIR] [--fast]   (default: dist/ of the source tree)
#
# --fast: gzip at its lowest level instead of xz (a bigger file, built in seconds instead of
# minutes: the tests' build; a release is built without it).
#
# Needs dpkg-deb, /usr/bin/python3 with venv (python3-venv) and access to the package index
# (or pip's configured mirror). The virtualenv is built in a temp folder and moved to its place
# by rewriting the few absolute paths a virtualenv holds (script shebangs, pyvenv.cfg).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/packaging/deb"
OUT="$ROOT/dist"
COMPRESSION=(-Zxz)
while [ $# -gt 0 ]; do
  case $1 in
    --out) OUT=$2; shift 2 ;;
    --fast) COMPRESSION=(-Zgzip -z1); shift ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || { echo "build.sh: $PYTHON is missing: apt-get install python3 python3-venv" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build.sh: dpkg-deb is missing (a Debian system is needed)" >&2; exit 1; }
PYVER=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "build.sh: EPN Kiosk needs Python 3.11 or newer; $PYTHON is $PYVER" >&2; exit 1; }
"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null \
  || { echo "build.sh: $PYTHON has no venv module: apt-get install python3-venv" >&2; exit 1; }

NAME=epn-kiosk
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
# Debian revision 1: the packaging is not upstream's (changelog.Debian.gz, not changelog.gz).
DEBVERSION=$VERSION-1
ARCH=$(dpkg --print-architecture)
PREFIX=/usr/lib/$NAME
VENV=$PREFIX/venv
DOC=/usr/share/doc/$NAME
# The package's dates come from the last commit, so that two builds of one commit match.
EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$EPOCH

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epn-deb.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PKG=$WORK/root
say() { printf '==> %s\n' "$*"; }

say "wheel of EPN Kiosk $VERSION"
"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/python" -m pip install -q --upgrade pip
# from a copy of the sources: setuptools builds in the tree's build/, which another build (a
# developer's pip install -e, a test) may be using at the same moment
mkdir "$WORK/src"
tar -C "$ROOT" --exclude=./.venv --exclude=./.git --exclude=./build --exclude=./dist \
  --exclude='*.egg-info' --exclude=__pycache__ --exclude=./tests --exclude=./bench -cf - . \
  | tar -C "$WORK/src" -xf -
"$WORK/tools/bin/python" -m pip wheel -q --no-deps -w "$WORK/wheels" "$WORK/src"
WHEEL=$(ls "$WORK"/wheels/epn_kiosk-*.whl)

say "virtualenv on $PYTHON ($PYVER), dependencies from wheels only"
mkdir -p "$PKG$PREFIX"
"$PYTHON" -m venv "$PKG$VENV"
"$PKG$VENV/bin/python" -m pip install -q --upgrade pip
"$PKG$VENV/bin/python" -m pip install -q --no-compile --only-binary :all: \
  -c "$ROOT/packaging/constraints.txt" "$WHEEL[server,station,console]"
# pip and setuptools build and install; the package only runs
"$PKG$VENV/bin/python" -m pip uninstall -q -y setuptools pip
find "$PKG$VENV" -name __pycache__ -prune -exec rm -rf {} +
"$PKG$VENV/bin/python" - "$PKG" "$VENV" <<'EOF'
"""Move the virtualenv to its installed place: pyvenv.cfg and scripts name the build folder."""
import pathlib, re, sys

pkg, venv = pathlib.Path(sys.argv[1]), sys.argv[2]
built = str(pkg) + venv
# The libraries' own commands (uvicorn, pyside6-*, activate...) are not the package's: only
# /usr/bin/epn is, and it runs 'python -m ui.main'. python* are links to /usr/bin/python3.
for script in (pkg / venv.lstrip("/") / "bin").iterdir():
    if not script.name.startswith("python"):
        script.unlink()
cfg = pkg / venv.lstrip("/") / "pyvenv.cfg"
lines = [l for l in cfg.read_text().splitlines() if not l.startswith("command")]
cfg.write_text("\n".join(lines) + "\n")
leftover = [str(p) for p in pkg.rglob("*") if p.is_file() and not p.is_symlink()
            and p.suffix != ".so" and built.encode() in p.read_bytes()]
# RECORD files list installed paths relative to site-packages; anything else is a leak
leftover = [p for p in leftover if not p.endswith("/RECORD")]
if leftover:
    sys.exit("the build folder is still named in: " + ", ".join(leftover[:5]))
EOF
# Byte-compile once, naming the installed paths in tracebacks. Unchecked: the .pyc files are
# trusted whatever the files' times, so Python never writes __pycache__ into /usr at run time
# (an upgrade replaces sources and .pyc together). Qt's Jinja templates (*.tmpl.py) are not Python.
"$PKG$VENV/bin/python" -m compileall -q -j 0 --invalidation-mode unchecked-hash \
  -x '\.tmpl\.py$' -s "$PKG" -p / "$PKG$VENV/lib"

say "files"
install -d "$PKG/usr/bin" "$PKG/lib/systemd/system" "$PKG/usr/share/xsessions" \
  "$PKG$DOC/examples" "$PKG/usr/share/lintian/overrides"
cat >"$PKG/usr/bin/epn" <<'EOF'
#!/bin/sh
# EPN Kiosk: the 'epn' command, run by the package's own virtualenv (found next to this script,
# so that an unpacked copy of the package runs too).
# EPN_COMMAND: what 'epn install' writes into the units it makes (this launcher, not python -m).
EPN_COMMAND=$(readlink -f "$0")
export EPN_COMMAND
exec "$(dirname "$EPN_COMMAND")/../lib/epn-kiosk/venv/bin/python" -m ui.main "$@"
EOF
chmod 0755 "$PKG/usr/bin/epn"
# The units name the packaged command rather than a hand-made /opt virtualenv.
for unit in "$ROOT"/packaging/systemd/*.service "$ROOT"/packaging/systemd/*.timer; do
  { echo "# Installed by the epn-kiosk package (no copy needed; the epn command is /usr/bin/epn)."
    sed -e 's|/opt/epn-kiosk/bin/epn|/usr/bin/epn|g' "$unit"; } >"$PKG/lib/systemd/system/$(basename "$unit")"
done
# The station's unit, X session and LightDM config as 'epn install station' fills them with its
# defaults (the account 'kiosk'); the LightDM file logs it in automatically, so it is an example
# only: installing the package on the server must not change how its screen logs in.
"$PKG$VENV/bin/python" -I - "$PKG" "$DOC" <<'EOF'  # -I: the package's code, not the checkout's
import pathlib, sys
from kiosk.install import files, layout

pkg, doc = pathlib.Path(sys.argv[1]), sys.argv[2].lstrip("/")
(pkg / "lib/systemd/system/epn-station.service").write_text(files.unit_file("/usr/bin/epn", layout.CONFIG))
(pkg / "usr/share/xsessions/epn-kiosk.desktop").write_text(files.xsession_file("/usr/bin/epn"))
(pkg / doc / "examples/lightdm-50-epn-kiosk.conf").write_text(files.lightdm_file("kiosk", keep_desktop=False))
EOF
cp "$ROOT"/packaging/*.example.toml "$PKG$DOC/examples/"
sed "s/@DATE@/$(date -u -R -d "@$EPOCH")/; s/@VERSION@/$DEBVERSION/" "$HERE/changelog" \
  | gzip -9n >"$PKG$DOC/changelog.Debian.gz"
sed "s/@YEAR@/$(date -u +%Y -d "@$EPOCH")/" "$HERE/copyright" >"$PKG$DOC/copyright"
cp "$HERE/lintian-overrides" "$PKG/usr/share/lintian/overrides/$NAME"

say "control"
# The wheels' manylinux tags say which glibc they need; Qt's xcb plugin needs the X libraries
# of scripts/bootstrap.sh's QT_PACKAGES, which a wheel cannot carry.
GLIBC=$("$PYTHON" - "$PKG$VENV" <<'EOF'
import pathlib, re, sys
best = (2, 17)
for wheel in pathlib.Path(sys.argv[1]).glob("lib/python*/site-packages/*.dist-info/WHEEL"):
    for major, minor in re.findall(r"^Tag: .*manylinux_(\d+)_(\d+)_", wheel.read_text(), re.M):
        best = max(best, (int(major), int(minor)))
print("%d.%d" % best)
EOF
)
QT_DEPENDS=$(bash -c 'source "$1" >/dev/null; echo "${QT_PACKAGES[*]}"' _ "$ROOT/scripts/bootstrap.sh")
DEPENDS="python$PYVER, libc6 (>= $GLIBC)"
# The server draws the workshops' PDFs (admin/workshops/documents.py) with the system's DejaVu
# Sans: named here for the server even if Qt's list stops naming it.
for pkg in $QT_DEPENDS fonts-dejavu-core; do
  case ", $DEPENDS," in *", $pkg,"*) ;; *) DEPENDS="$DEPENDS, $pkg" ;; esac
done
find "$PKG" -depth -newermt "@$EPOCH" -exec touch -h -d "@$EPOCH" {} + 2>/dev/null || true
SIZE=$(du -sk --apparent-size "$PKG" | cut -f1)
mkdir -p "$PKG/DEBIAN"
cat >"$PKG/DEBIAN/control" <<EOF
Package: $NAME
Version: $DEBVERSION
Architecture: $ARCH
Maintainer: EPN Kiosk developers <epn-kiosk@example.org>
Installed-Size: $SIZE
Depends: $DEPENDS
Section: admin
Priority: optional
Description: session manager for the public computers of digital spaces
 EPN Kiosk times and locks the free-access computers of public digital spaces
 (EPN), libraries and school rooms. One package holds every role: the central
 server (epn server), the station service and kiosk screen of a public PC
 (epn install station) and the staff console (epn console).
 .
 It runs from its own Python virtualenv under /usr/lib/epn-kiosk, on Debian's
 python3, with its Python dependencies (Qt for Python included) bundled.
EOF
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum >DEBIAN/md5sums)
# Folders 0755, files 0644, whatever the wheels or the umask said; executable stay only the
# launcher and the programs among the wheels' files (Qt's helpers), not their shared libraries
# and scripts that are imported rather than run.
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG" -type f -perm /111 ! -path '*/DEBIAN/*' -print0 | while IFS= read -r -d '' f; do
  case $f in
    "$PKG/usr/bin/"*) ;;
    *.so | *.so.*) chmod 0644 "$f" ;;
    *) [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || chmod 0644 "$f" ;;
  esac
done
find "$PKG" -type f ! -perm /111 -exec chmod 0644 {} +

mkdir -p "$OUT"
DEB="$OUT/${NAME}_${DEBVERSION}_${ARCH}.deb"
say "dpkg-deb"
dpkg-deb --root-owner-group "${COMPRESSION[@]}" --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
