#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Ameide Console with warnings as errors
# and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-2}"
# One build: every suite under AddressSanitizer and UndefinedBehaviorSanitizer,
# warnings as errors.
cmake --workflow --preset ci
# libFuzzer over every RPC's request handling and the token parsers, bounded.
AMEIDE_FUZZ_SECONDS="${AMEIDE_FUZZ_SECONDS:-30}" bash scripts/fuzz.sh
