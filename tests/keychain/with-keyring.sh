#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring,
# so QtKeychain talks to a real Secret Service without touching the user's.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config"
dbus-run-session -- bash -c '
  printf "%s" "ameide-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  gnome-keyring-daemon --start --components=secrets >/dev/null
  "$@"' keyring "$@"
