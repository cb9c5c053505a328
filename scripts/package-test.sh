#!/usr/bin/env bash
# Builds the Debian packages from the release build, checks them with
# lintian (any E: fails), installs them on this machine, starts both
# programs from their installed paths, and purges them again.
#
#   sudo ./scripts/package-test.sh
#
# Needs root (it installs and removes packages) on Debian 12 with
# scripts/setup.sh's packages. Refuses to run when ameide-console or
# ameide-platformd is installed already, since it removes them at the end.
# AMEIDE_KEEP_PACKAGES=1 leaves them installed; AMEIDE_PACKAGES_FROM=<dir>
# tests the .deb files in that folder instead of building them. Builds go
# through /tmp/ameide-build.lock, like every build on the shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
build_dir="$source_dir/build/release"
out_dir="$build_dir/packages"
lock=/tmp/ameide-build.lock
packages=(ameide-console ameide-platformd)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'package-test: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "package-test: run as root; it installs and removes packages" >&2; exit 2; }
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    echo "package-test: $p is installed already; remove it first (apt-get purge $p)" >&2
    exit 2
  fi
done
had_user=0
getent passwd ameide >/dev/null && had_user=1

work=$(mktemp -d /tmp/ameide-package-test.XXXXXX)
installed=0
platform_pid=""
cleanup() {
  local status=$?
  if [ -n "$platform_pid" ] && kill -0 "$platform_pid" 2>/dev/null; then
    kill "$platform_pid" 2>/dev/null || true
    wait "$platform_pid" 2>/dev/null || true
  fi
  if [ "$installed" = 1 ] && [ "${AMEIDE_KEEP_PACKAGES:-0}" != 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${packages[@]}" >/dev/null 2>&1 || true
    if [ "$had_user" = 0 ] && getent passwd ameide >/dev/null; then
      userdel ameide 2>/dev/null || true
    fi
  fi
  if [ "$status" = 0 ]; then rm -rf "$work"; else echo "package-test: kept $work" >&2; fi
}
trap cleanup EXIT

if [ -n "${AMEIDE_PACKAGES_FROM:-}" ]; then
  out_dir=$(cd "$AMEIDE_PACKAGES_FROM" && pwd)
  step "packages from $out_dir"
else
  step "release build (cmake --preset release)"
  flock "$lock" cmake --preset release >"$work/configure.log" || { cat "$work/configure.log"; fail "configure failed"; }
  flock "$lock" cmake --build --preset release >"$work/build.log" || { tail -50 "$work/build.log"; fail "build failed"; }

  step "packages (cpack -G DEB)"
  rm -rf "$out_dir"
  (cd "$build_dir" && flock "$lock" cpack -G DEB -B "$out_dir") >"$work/cpack.log" \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
fi
console_deb=$(ls "$out_dir"/ameide-console_*.deb)
platformd_deb=$(ls "$out_dir"/ameide-platformd_*.deb)
for deb in "$platformd_deb" "$console_deb"; do
  echo "$(basename "$deb"):"
  dpkg-deb --field "$deb" Version Depends Recommends | sed 's/^/  /'
done
dpkg-deb --field "$console_deb" Depends | grep -q 'ameide-platformd (= ' \
  || fail "ameide-console does not depend on ameide-platformd"

step "lintian"
# Tags are printed in full; an error (E:) fails the test, warnings do not.
lintian --display-info --tag-display-limit 0 "$platformd_deb" "$console_deb" >"$work/lintian.txt" 2>&1 || true
grep -v '^N: ' "$work/lintian.txt" || true
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi
echo "no errors"

step "install (apt-get install ./*.deb)"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$platformd_deb" "$console_deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "installing failed"; }
for f in /usr/bin/ameide-console /usr/bin/ameide-platformd \
         /usr/share/applications/io.ameide.Console.desktop /usr/share/metainfo/io.ameide.Console.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.ameide.Console.svg \
         /usr/share/icons/hicolor/48x48/apps/io.ameide.Console.png \
         /usr/share/man/man1/ameide-console.1.gz /usr/share/man/man1/ameide-platformd.1.gz \
         /usr/lib/systemd/system/ameide-platformd.service /usr/lib/systemd/user/ameide-platformd.service \
         /usr/lib/sysusers.d/ameide-platformd.conf; do
  [ -e "$f" ] || fail "$f is not installed"
done
getent passwd ameide >/dev/null || fail "the system user ameide was not made"
grep -q '^ExecStart=/usr/bin/ameide-platformd serve' /usr/lib/systemd/system/ameide-platformd.service \
  || fail "the system unit does not start /usr/bin/ameide-platformd"
desktop-file-validate /usr/share/applications/io.ameide.Console.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.ameide.Console.metainfo.xml >/dev/null
grep -q 'x-scheme-handler/ameide=io.ameide.Console.desktop' /usr/share/applications/mimeinfo.cache 2>/dev/null \
  || echo "note: mimeinfo.cache does not list the ameide scheme (update-desktop-database not run by a trigger here)"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /usr/lib/systemd/system/ameide-platformd.service
fi
man -w ameide-console >/dev/null && man -w ameide-platformd >/dev/null
echo "files, user, desktop entry, metadata, unit and man pages in place"

step "ameide-platformd from /usr/bin"
data="$work/platform"
/usr/bin/ameide-platformd --version
/usr/bin/ameide-platformd seed --data "$data" --runs 300 >"$work/seed.log" 2>&1 \
  || { cat "$work/seed.log"; fail "seed failed"; }
/usr/bin/ameide-platformd serve --data "$data" --listen 127.0.0.1:0 --ready-file "$data/ready.txt" \
  >"$work/serve.out" 2>"$work/serve.log" &
platform_pid=$!
for _ in $(seq 1 300); do
  [ -s "$data/ready.txt" ] && break
  kill -0 "$platform_pid" 2>/dev/null || { cat "$work/serve.log"; fail "ameide-platformd serve exited"; }
  sleep 0.1
done
[ -s "$data/ready.txt" ] || fail "ameide-platformd did not write its ready file within 30 s"
address=$(cat "$data/ready.txt")
port=${address##*:}
(exec 3<>"/dev/tcp/127.0.0.1/$port") || fail "nothing listens on $address"
grep -q "listening on $address" "$work/serve.out" || fail "serve did not say where it listens"
token=$(/usr/bin/ameide-platformd token create --data "$data" --tenant tenant-ameide \
          --user user-ameide-admin --role admin)
[[ "$token" == amd_* ]] || fail "token create printed '$token'"
kill -TERM "$platform_pid"
wait "$platform_pid" || fail "ameide-platformd did not exit cleanly on SIGTERM"
platform_pid=""
echo "served on $address, made a token, stopped on SIGTERM"

step "ameide-console from /usr/bin (offscreen, its local platform, a private keyring)"
console_data="$work/console-platform"
/usr/bin/ameide-console --version
# A small seed first, so the local platform starts at once.
/usr/bin/ameide-platformd seed --data "$console_data" --runs 300 >/dev/null 2>&1
timeout 240 env QT_QPA_PLATFORM=offscreen AMEIDE_DATA_DIR="$console_data" \
  "$source_dir/tests/keychain/with-keyring.sh" \
  /usr/bin/ameide-console --screenshot "$work/console.png" >"$work/console.log" 2>&1 \
  || { cat "$work/console.log"; fail "ameide-console failed"; }
[ -s "$work/console.png" ] || { cat "$work/console.log"; fail "ameide-console saved no screenshot"; }
grep -q "serving on" "$console_data/platformd.log" \
  || { cat "$console_data/platformd.log"; fail "the console did not start /usr/bin/ameide-platformd"; }
mkdir -p "$out_dir/screenshots"
cp "$work/console.png" "$out_dir/screenshots/package-test-console.png"
echo "started its local platform; its window: $out_dir/screenshots/package-test-console.png"

if [ "${AMEIDE_KEEP_PACKAGES:-0}" = 1 ]; then
  step "kept installed (AMEIDE_KEEP_PACKAGES=1)"
  installed=0
else
  step "purge"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${packages[@]}" >"$work/purge.log" 2>&1 \
    || { cat "$work/purge.log"; fail "purging failed"; }
  installed=0
  if [ -e /usr/bin/ameide-console ] || [ -e /usr/bin/ameide-platformd ]; then fail "programs left after purge"; fi
  if [ "$had_user" = 0 ]; then userdel ameide 2>/dev/null || true; fi
  echo "purged"
fi

step "package test passed"
ls -l "$out_dir"/*.deb
