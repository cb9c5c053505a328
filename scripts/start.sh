#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Ameide Console and opens it on the local
# platform (seeded with the dogfooding data set on first start). Without a
# display the console says so and shows how to run it under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release

# The console starts the bundled local platform itself (seeding it on first
# start) and stops it on exit.
exec build/release/app/ameide-console "$@"
