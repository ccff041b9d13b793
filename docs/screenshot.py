"""Take docs/view.png: the HTML view of the seed article in headless Chromium.

    dateline build seeds/000_b1bca38a27155288.txt --out /tmp/x
    python docs/screenshot.py /tmp/x/graph.html docs/view.png

Opens the page with the network blocked (Debian's /usr/bin/chromium through Playwright;
nothing is downloaded), waits for the layout, selects the event named by ``--select``
(so that the details panel and the timeline highlight show) and saves a 1400x900 PNG.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_html import CHROMIUM_ARGS, chromium_path  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("page")
    ap.add_argument("out")
    ap.add_argument("--select", default="North Korean forces redeployed",
                    help="label of the node to select (default: %(default)s)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                  else r.abort())
        page = ctx.new_page()
        page.goto(Path(args.page).resolve().as_uri())
        deadline = time.monotonic() + 60
        while not page.evaluate("() => !!(window.dateline && window.dateline.ready)"):
            if time.monotonic() > deadline:
                raise TimeoutError("the page never became ready")
            page.wait_for_timeout(50)
        node = page.evaluate("""label => { const d = window.dateline.data.details.nodes;
            return Object.keys(d).find(id => d[id].title === label) || null; }""", args.select)
        if node:
            page.evaluate("id => window.dateline.select(id)", node)
            page.wait_for_timeout(400)
            page.evaluate("() => window.dateline.network.fit()")
        page.wait_for_timeout(300)
        page.screenshot(path=args.out)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
