"""Screenshots of each page type at a phone's and a desktop's width, for the README and docs.

    python -m tests.browser.screenshots

Writes docs/screenshots/<page type>-<phone|desktop>.png from the demo site served as in production. Each
image is the first screen a visitor sees, reduced to a 256-colour palette to keep the repository light.
"""

import sys
import tempfile
from pathlib import Path

from PIL import Image

from tests.browser.server import REPOSITORY, exit_on_sigterm, serve_demo_site
from tests.browser.support import (
    CHROMIUM,
    DESKTOP,
    FRENCH_PAGE_TYPES,
    PAGE_TYPES,
    PHONE,
    launch,
    new_context,
    open_page,
    sync_playwright,
)

OUTPUT = REPOSITORY / "docs" / "screenshots"
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
# Filtered lists and the calculator's error state look like their plain page; the result is more telling.
# English pages look like their French translations: two of them show the English side.
SKIPPED = {"program-index-filtered", "donate", "donate-errors"} | {
    f"{page_type.name}-en" for page_type in FRENCH_PAGE_TYPES if page_type.name not in ("home", "program")
}
MAX_TOTAL_BYTES = 5_000_000


def optimise(path: Path) -> None:
    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette.save(path, optimize=True)


def main() -> int:
    exit_on_sigterm()
    if sync_playwright is None or not CHROMIUM.exists():
        print(f"Screenshots need the playwright package and Chromium at {CHROMIUM}.", file=sys.stderr)
        return 2
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page_types = [page_type for page_type in PAGE_TYPES if page_type.name not in SKIPPED]
    written = []
    with (
        tempfile.TemporaryDirectory(prefix="screenshots-") as workdir,
        serve_demo_site(Path(workdir)) as site,
        sync_playwright() as playwright,
    ):
        browser = launch(playwright)
        for viewport_name, viewport in VIEWPORTS.items():
            context = new_context(browser, site.base_url, viewport=viewport, reduced_motion="reduce")
            page = context.new_page()
            for page_type in page_types:
                open_page(page, page_type)
                page.wait_for_load_state("load")
                path = OUTPUT / f"{page_type.name}-{viewport_name}.png"
                page.screenshot(path=path, animations="disabled", caret="hide")
                optimise(path)
                written.append(path)
                print(f"{path.relative_to(REPOSITORY)} ({path.stat().st_size // 1024} KB)", flush=True)
            context.close()
        browser.close()

    for stale in set(OUTPUT.glob("*.png")) - set(written):
        stale.unlink()
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} screenshots, {total / 1_000_000:.1f} MB in all")
    if total > MAX_TOTAL_BYTES:
        print(f"Screenshots weigh more than {MAX_TOTAL_BYTES / 1_000_000:.0f} MB in all.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
