#!/usr/bin/env bash
# tools/sysdeps.sh — make sure the system libraries Qt (PySide6 wheels) needs are installed.
#
# Used by `make test`, `make demo`, `make bench` and `make screenshots`. Idempotent and quick:
# when every package is already installed it only runs one `dpkg-query` and exits.
#
#  * Not Linux (macOS, Windows): nothing to do, the PySide6 wheels carry what they need.
#  * Linux without dpkg (not Debian/Ubuntu): prints a hint and carries on.
#  * Debian/Ubuntu, something missing:
#      - as root with apt-get: `apt-get update` + `apt-get install -y <missing>`;
#      - otherwise: prints the exact `sudo apt-get install -y ...` line and fails.
#
# How the list was made (PySide6-Essentials/PySide6_Pdf 6.12 on Debian 12): `readelf -d` (NEEDED)
# and `ldd` of PySide6/Qt/plugins/platforms/libqoffscreen.so, libqxcb.so, libQt6XcbQpa.so.6,
# plugins/xcbglintegrations/*.so, libQt6{Core,Gui,Widgets,Pdf,PdfWidgets,DBus,OpenGL}.so.6 and
# PySide6/*.abi3.so; each system library mapped to its package with `dpkg -S`. On a fresh
# machine of this project only libxcb-icccm.so.4 and libxcb-keysyms.so.1 were "not found"; the
# rest are listed anyway so a slimmer image is covered too. Libraries Qt opens at run time
# (libdbus-1, libxcb-cursor) and what the tools need (fonts, Xvfb, xauth, pdftoppm) are added.
# libqgtk3.so (the GTK platform theme) is optional and deliberately not covered.
set -euo pipefail
cd "$(dirname "$0")/.."   # repo root, for the .venv check at the end

[ "$(uname -s)" = "Linux" ] || exit 0
[ "${KASTOR_SKIP_SYSDEPS:-0}" = "1" ] && { echo "sysdeps: skipped (KASTOR_SKIP_SYSDEPS=1)"; exit 0; }

PACKAGES=(
    # Qt core + offscreen platform (the test suite)
    libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libegl1 libgl1 libx11-6
    libxkbcommon0 libgssapi-krb5-2 libbrotli1 libzstd1 zlib1g
    # xcb platform (a real window: under Xvfb for `make demo` / `make screenshots`, or a desktop)
    libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    # fonts for Qt to draw text with
    fontconfig fonts-dejavu-core
    # virtual screen for the GUI without a display, and pdftoppm to look at generated PDFs
    xvfb xauth poppler-utils
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "sysdeps: not a Debian-like system; make sure Qt's xcb/EGL/fontconfig libraries," \
         "Xvfb and poppler are installed (Debian names: ${PACKAGES[*]})"
    exit 0
fi

# One dpkg-query for all packages; unknown packages print nothing (their error goes to /dev/null).
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null \
            | awk '$2 ~ /^ii/ {print $1}' || true)
missing=()
for p in "${PACKAGES[@]}"; do
    grep -qx "$p" <<<"$installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "sysdeps: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    else
        echo "sysdeps: Qt needs system packages that are missing. Install them with:" >&2
        echo "" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        echo "" >&2
        echo "(or set KASTOR_SKIP_SYSDEPS=1 to skip this check)" >&2
        exit 1
    fi
fi

# Safety net for a future PySide6 that links something new: if the venv exists, the platform
# plugins must resolve every library.
qt_dir=$(ls -d .venv/lib/python3*/site-packages/PySide6/Qt 2>/dev/null | head -1 || true)
if [ -n "$qt_dir" ]; then
    unresolved=$(ldd "$qt_dir"/plugins/platforms/libqoffscreen.so \
                     "$qt_dir"/plugins/platforms/libqxcb.so 2>/dev/null \
                 | awk '/not found/ {print $1}' | sort -u || true)
    if [ -n "$unresolved" ]; then
        echo "sysdeps: Qt platform plugins still miss: $(echo $unresolved)" >&2
        echo "sysdeps: add the Debian packages providing them to tools/sysdeps.sh" >&2
        exit 1
    fi
fi
exit 0
