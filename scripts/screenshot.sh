#!/usr/bin/env bash
# Renders a WijkSim HTML report with headless Chromium: a PNG 1280 px wide (the full
# page) and an A4 PDF beside it (OUT.pdf), to check the layout by eye.
#
#   scripts/screenshot.sh REPORT.html OUT.png
#
# Installs Debian's chromium package with apt-get when it is missing (run as root, after
# `apt-get update`). To look at the PDF pages as images: pdftoppm -png -r 60 OUT.pdf OUT-page
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: scripts/screenshot.sh REPORT.html OUT.png" >&2
    exit 64
fi
report=$1
out=$2
if [ ! -f "$report" ]; then
    echo "scripts/screenshot.sh: '$report' does not exist" >&2
    exit 66
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    apt-get install -y chromium >&2
    browser=$(command -v chromium)
fi
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --user-data-dir="$(mktemp -d)")
# The full page: measure its height first (a tall window, then crop is not needed).
height=$("$browser" "${flags[@]}" --window-size=1280,1000 --virtual-time-budget=2000 \
    --dump-dom "$url" 2>/dev/null | wc -c)
# A generous height (about one pixel per 5 bytes of HTML, at least 1600); the white
# space below the page is trimmed afterwards when Python with Pillow is available.
height=$(( height / 5 > 1600 ? height / 5 : 1600 ))
"$browser" "${flags[@]}" --window-size=1280,"$height" --screenshot="$out" "$url" 2>/dev/null
python3 - "$out" <<'PY' 2>/dev/null || true
import sys
from PIL import Image, ImageChops
image = Image.open(sys.argv[1]).convert("RGB")
box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
if box: image.crop((0, 0, image.size[0], min(image.size[1], box[3] + 40))).save(sys.argv[1])
PY
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="${out%.png}.pdf" "$url" 2>/dev/null
echo "wrote $out and ${out%.png}.pdf"
