#!/usr/bin/env bash
# Renders build/icon.svg into the PNG electron-builder needs (build/icon.png, 512x512; it derives
# the Windows .ico and the macOS .icns from it). The PNG is committed, so neither CI nor a release
# machine needs this script: run it only after changing the SVG.
# Needs Debian's librsvg2-bin (`apt-get install -y librsvg2-bin`).
set -euo pipefail
cd "$(dirname "$0")/.."
rsvg-convert --width 512 --height 512 --format png --output build/icon.png build/icon.svg
echo "build/icon.png written"
