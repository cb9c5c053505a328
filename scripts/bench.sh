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
