"""The README's pictures of the report: headless Chromium, network off, a tall window; the empty
space below the page is cut and the colours reduced to a palette to keep the PNG small.

    .venv/bin/python docs/images/screenshot.py REPORT.html OUT.png
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

WIDTH, HEIGHT = 1200, 6000


def screenshot(report: Path, out: Path) -> None:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if not binary:
        sys.exit("no chromium on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "page.png"
        subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        f"--user-data-dir={tmp}/profile", "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--proxy-server=127.0.0.1:9", f"--window-size={WIDTH},{HEIGHT}", "--virtual-time-budget=20000",
                        f"--screenshot={raw}", report.resolve().as_uri()], check=True, capture_output=True)
        image = Image.open(raw).convert("RGB")
    background = image.getpixel((WIDTH // 2, HEIGHT - 1))
    bottom = HEIGHT
    while bottom > 1 and all(image.getpixel((x, bottom - 1)) == background for x in range(0, WIDTH, 7)):
        bottom -= 1
    image = image.crop((0, 0, WIDTH, min(HEIGHT, bottom + 16)))
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, optimize=True)
    print(f"wrote {out} ({image.width}x{image.height}, {out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
