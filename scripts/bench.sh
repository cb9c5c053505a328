#!/usr/bin/env bash
# Builds the release configuration and runs the benchmarks against a local
# platform seeded with 1,000,000 runs (seeded once into build/bench-data).
# Every benchmark runs even when an earlier one misses a target; a miss is
# marked MISSED in its table, and the script exits 3 at the end if any did.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p build/bench-results
missed=0
run() {
  local status=0
  "$@" || status=$?
  if [ "$status" -eq 3 ]; then
    missed=1
  elif [ "$status" -ne 0 ]; then
    echo "bench.sh: $1 failed with exit status $status" >&2
    exit "$status"
  fi
}
run build/release/bench/ameide-bench-list-runs --data build/bench-data --runs "${AMEIDE_BENCH_RUNS:-1000000}" \
  --report build/bench-results/list_runs.md
# The runs screen: the console's RunsPage (widgets offscreen) against the same
# data, the platform in its own process, live events from a third.
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" run build/release/bench/ameide-bench-runs-view --data build/bench-data \
  --report build/bench-results/runs_view.md
# The run detail's step log: 100,000 lines opened and scrolled to the end.
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" run build/release/bench/ameide-bench-run-log \
  --report build/bench-results/run_log.md
if [ "$missed" -ne 0 ]; then
  echo "bench.sh: at least one target was missed (see MISSED in build/bench-results/)" >&2
  exit 3
fi
