#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Ameide Console and starts the local
# platform, seeded with the dogfooding data set on first start, on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release

data="${AMEIDE_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/ameide/platform}"
listen="${AMEIDE_LISTEN:-127.0.0.1:50051}"
platformd=build/release/server/ameide-platformd
mkdir -p "$data"
if [ ! -f "$data/platform.db" ]; then
  "$platformd" seed --dataset dogfood --data "$data"
fi
token=$("$platformd" token create --data "$data" --tenant tenant-ameide --user user-ameide-admin --role admin)
cat <<MSG

Local platform data: $data
Admin token for tenant-ameide (shown once, stored only as a hash):
  $token
Try it:  ameide-platformd serves gRPC with reflection on $listen
MSG
exec "$platformd" serve --data "$data" --listen "$listen"
