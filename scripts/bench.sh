#!/usr/bin/env bash
# Builds the release configuration and runs the benchmarks against a local
# platform seeded with 1,000,000 runs (seeded once into build/bench-data).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p build/bench-results
build/release/bench/ameide-bench-list-runs --data build/bench-data --runs "${AMEIDE_BENCH_RUNS:-1000000}" \
  --report build/bench-results/list_runs.md
# The runs screen: the console's RunsPage (widgets offscreen) against the same
# data, the platform in its own process, live events from a third.
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" build/release/bench/ameide-bench-runs-view --data build/bench-data \
  --report build/bench-results/runs_view.md
