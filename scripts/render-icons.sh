#!/usr/bin/env bash
# Renders the application icon's hicolor PNGs from its SVG (rsvg-convert,
# from librsvg2-bin). Run after changing resources/io.ameide.Console.svg and
# commit the PNGs; packaging/CMakeLists.txt installs them.
set -euo pipefail
cd "$(dirname "$0")/../resources"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" io.ameide.Console.svg -o "hicolor/${size}x${size}/io.ameide.Console.png"
done
echo "rendered resources/hicolor/*/io.ameide.Console.png"
