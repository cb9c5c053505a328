#!/usr/bin/env bash
# Times the phases of the test command (scripts/test.sh) on a fresh clone of
# HEAD with no compiler cache, as on CI: setup, the sanitized build, the
# tests, the fuzzers' build and run. The clone goes to ${1:-/tmp/ameide-ci-time}.
set -uo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-/tmp/ameide-ci-time}"
rm -rf "$dest"
git clone -q "$src" "$dest"
cd "$dest"
export CI=true CCACHE_DISABLE=1 CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-2}"
mkdir -p logs
phase() {
  local name=$1
  shift
  local start rc
  start=$(date +%s)
  "$@" >"logs/$name.log" 2>&1
  rc=$?
  printf '%-8s exit %d  %5d s\n' "$name" "$rc" $(($(date +%s) - start))
}
total=$(date +%s)
phase setup bash scripts/setup.sh
phase build bash -c 'cmake --preset ci && cmake --build --preset ci'
phase test ctest --preset ci
phase fuzz env AMEIDE_FUZZ_SECONDS=30 bash scripts/fuzz.sh
printf '%-8s %13d s (logs in %s/logs)\n' total $(($(date +%s) - total)) "$dest"
