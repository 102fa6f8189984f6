#!/usr/bin/env bash
# Renders Newsdesk's icons from the SVG sources: Linux PNGs (16-512), the Windows .ico and the macOS .icns.
# The results are committed; run this again after changing an SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
# Small sizes come from drawings fitted to their pixel grid; the rest from the master drawing.
rsvg-convert -w 16 -h 16 newsdesk-16.svg -o png/newsdesk-16.png
rsvg-convert -w 24 -h 24 newsdesk-32.svg -o png/newsdesk-24.png
rsvg-convert -w 32 -h 32 newsdesk-32.svg -o png/newsdesk-32.png
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" newsdesk.svg -o "png/newsdesk-$size.png"
done
# Windows: one .ico with every size the shell asks for (256 is stored as PNG inside).
convert png/newsdesk-{16,24,32,48,64,128,256}.png newsdesk.ico
# macOS: the .icns sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns newsdesk.icns png/newsdesk-{16,32,48,128,256,512}.png >/dev/null
echo "Rendered: $(ls png | tr '\n' ' ')newsdesk.ico newsdesk.icns"
