#!/usr/bin/env bash
# Installs every Debian package Ameide Console needs to build, run and test.
# Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # gRPC and Protobuf
  libgrpc++-dev libgrpc-dev protobuf-compiler protobuf-compiler-grpc libprotobuf-dev
  # platform libraries
  libssl-dev libsqlite3-dev libsqlitecpp-dev libcli11-dev libspdlog-dev libfmt-dev sqlite3
  # Qt 6 (Charts needs libqt6opengl6-dev on Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
  # Qt's own German (standard buttons, key names), loaded beside the console's
  qt6-translations-l10n
  # tests and benchmarks
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  # libFuzzer targets (scripts/fuzz.sh)
  clang-14 libclang-rt-14-dev
  # headless display, keychain, screenshots
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
  fonts-dejavu-core
  # the icons are SVG (Qt's SVG plugins draw them; rsvg-convert renders the PNGs)
  libqt6svg6 librsvg2-bin
  # packages and their checks (ctest -L packaging, scripts/package-test.sh)
  dpkg-dev desktop-file-utils appstream lintian groff-base
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
