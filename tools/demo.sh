#!/usr/bin/env bash
# tools/demo.sh — build the demo office in DEMO_DIR (default demo-data/) and open the app on it.
#
# Called by `make demo`. The demo lives in its own data directory and never touches the user's
# real one. `kastor demo` ends by printing the sign-in as "Usuario: NAME" / "Contraseña: PASS".
#
# Environment:
#   DEMO_DIR        data directory for the demo office (default: demo-data)
#   DEMO_AUTOLOGIN  1 (default): pass the printed password as KASTOR_PASSWORD so the app opens
#                   signed in; 0: show the sign-in dialog with the user filled in
#   DEMO_GUI_ARGS   extra arguments for the GUI, e.g. --quit-when-shown to check it starts
#
# On Linux without a DISPLAY (a server, CI, a container) the window goes to a virtual screen
# (xvfb-run): the app runs but nobody can see it; that is said before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
[ -d .venv/Scripts ] && BIN=.venv/Scripts        # Windows (Git Bash)
DEMO_DIR=${DEMO_DIR:-demo-data}
DEMO_AUTOLOGIN=${DEMO_AUTOLOGIN:-1}

out=$("$BIN/kastor" --data-dir "$DEMO_DIR" demo --reset)
echo "$out"
user=$(sed -n 's/^Usuario: *//p' <<<"$out" | head -1)
password=$(sed -n 's/^Contraseña: *//p' <<<"$out" | head -1)
if [ -z "$user" ]; then
    echo "demo: 'kastor demo' did not print a 'Usuario: ...' line" >&2
    exit 1
fi

if [ "$DEMO_AUTOLOGIN" = "1" ]; then
    export KASTOR_PASSWORD="$password"
fi

gui=("$BIN/python" -m kastor_desktop --data-dir "$DEMO_DIR" --user "$user" ${DEMO_GUI_ARGS:-})

case "$(uname -s)" in
    Linux)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "demo: no DISPLAY here; the app runs on a virtual screen (xvfb-run -a)."
            echo "demo: to see it, run 'make demo' in a desktop session. Ctrl+C stops it."
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "${gui[@]}"
        fi
        ;;
esac
echo "demo: opening Kastor on $DEMO_DIR as $user"
exec "${gui[@]}"
