"""Open every page of the static site in headless Chromium and check it.

    python src/tools/browser_check.py --site target/site --shots target/screenshots

A page passes when it makes no request that leaves the machine, every
request it makes succeeds, every <img> decodes, its math (if any) is
typeset by MathJax without TeX errors, the console shows no errors, and every
exercise box opens each of its hints and its solution on a click (and shows
none of them before).
Full-page screenshots of index.html and the first chapter are saved for a
person to look at. Exit status is non-zero when any page fails.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
# Schemes that never leave the machine.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 30_000

# TeX delimiters MathJax is configured for (see the course template).
# A "$" preceded by a backslash is an escaped dollar, not math.
MATH_PATTERN = re.compile(
    r"(?<![\\$])\$\$.+?(?<!\\)\$\$"
    r"|(?<![\\$])\$(?=\S)[^$]*?[^\s\\]\$"
    r"|\\\(.+?\\\)|\\\[.+?\\\]"
    r"|\\begin\{",
    re.S,
)

# What nbconvert writes into an <img> that came without alternative text; the library gives every
# figure one (Figure.description), so seeing this means an image is undescribed.
NBCONVERT_DEFAULT_ALT = "No description has been provided for this image"

# Waits for every <img> to finish (forcing lazy ones to load) and reports it.
IMAGES_JS = """async (timeoutMs) => {
  const imgs = Array.from(document.images);
  for (const img of imgs) img.loading = 'eager';
  const settled = img => img.complete ? Promise.resolve() : new Promise(done => {
    img.addEventListener('load', done, {once: true});
    img.addEventListener('error', done, {once: true});
  });
  await Promise.race([
    Promise.all(imgs.map(settled)),
    new Promise(done => setTimeout(done, timeoutMs)),
  ]);
  return imgs.map(img => ({
    src: img.currentSrc || img.getAttribute('src') || '',
    ok: img.complete && img.naturalWidth > 0,
    alt: (img.getAttribute('alt') || '').trim(),
  }));
}"""

# Waits for MathJax's initial typeset; null when the page has no MathJax.
MATHJAX_JS = """async (timeoutMs) => {
  const mj = window.MathJax;
  if (!mj) return null;
  if (!(mj.startup && mj.startup.promise)) return {loaded: false};
  let error = null;
  await Promise.race([
    mj.startup.promise,
    new Promise((_, fail) => setTimeout(() => fail(new Error('timed out')), timeoutMs)),
  ]).catch(e => { error = String(e && e.message || e); });
  return {
    loaded: true,
    error: error,
    containers: document.querySelectorAll('mjx-container').length,
    texErrors: Array.from(document.querySelectorAll('mjx-merror'))
      .map(e => e.getAttribute('data-mjx-error') || e.textContent),
  };
}"""


# Opens every hint and solution of every exercise box the way a reader does (a click on its
# summary) and reports those that were shown too early, did not open, or opened empty.
EXERCISES_JS = """() => {
  const boxes = Array.from(document.querySelectorAll('.dlcourse-exercise'));
  const problems = [];
  let revealed = 0;
  boxes.forEach((box, i) => {
    const parts = Array.from(box.querySelectorAll('details.dlcourse-hint, details.dlcourse-solution'));
    if (!box.querySelector('details.dlcourse-hint') || !box.querySelector('details.dlcourse-solution')) {
      problems.push(`exercise ${i + 1}: no hint or no solution to reveal`);
      return;
    }
    for (const d of parts) {
      const body = d.querySelector('div');
      const label = d.querySelector('summary').textContent;
      if (d.open || body.checkVisibility()) problems.push(`exercise ${i + 1}: '${label}' shown before it is asked for`);
      d.querySelector('summary').click();
      if (!d.open || !body.checkVisibility() || !body.textContent.trim()) {
        problems.push(`exercise ${i + 1}: '${label}' did not open`);
      } else {
        revealed++;
      }
    }
  });
  return {exercises: boxes.length, revealed: revealed, problems: problems};
}"""


class BrowserCheckError(RuntimeError):
    """The check could not run at all (no browser, no Playwright, no site)."""


class _ProseText(HTMLParser):
    """Collects page text outside code, scripts and styles (where MathJax
    does not look for math either)."""

    SKIP = {"script", "style", "pre", "code", "textarea", "noscript"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def page_has_math(html_text: str) -> bool:
    """Whether the page's source holds TeX that MathJax should typeset."""
    parser = _ProseText()
    parser.feed(html_text)
    return bool(MATH_PATTERN.search("".join(parser.parts)))


def _short(url: str) -> str:
    """A URL fit for a message: data: URLs are cut to their start."""
    return url[:40] + "..." if url.startswith("data:") and len(url) > 40 else url


def check_page(context, path: Path, shot: Optional[Path]) -> dict:
    """Load one page in a new tab and return its result record."""
    external: list[str] = []
    failed: list[str] = []
    errors: list[str] = []

    page = context.new_page()
    page.on("request", lambda r: None if r.url.startswith(LOCAL_SCHEMES)
            else external.append(r.url))
    page.on("websocket", lambda ws: external.append(ws.url))
    page.on("requestfailed", lambda r: None if r.url in external
            else failed.append(f"{_short(r.url)} ({r.failure})"))
    # "Failed to load resource" console lines repeat a failed request
    # without its URL; the requestfailed/request records already name it.
    page.on("console", lambda m: errors.append(f"console: {m.text}")
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None)
    page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
    try:
        page.goto(path.resolve().as_uri(), wait_until="load", timeout=TIMEOUT_MS)
        mathjax = page.evaluate(MATHJAX_JS, TIMEOUT_MS)
        images = page.evaluate(IMAGES_JS, TIMEOUT_MS)
        exercises = page.evaluate(EXERCISES_JS)
        errors.extend(exercises["problems"])
        if shot is not None:
            page.screenshot(path=str(shot), full_page=True)
    except Exception as exc:  # Playwright timeouts and navigation errors
        errors.append(f"load: {exc}")
        mathjax, images, exercises = None, [], {"exercises": 0, "revealed": 0}
    finally:
        page.close()

    has_math = page_has_math(path.read_text(encoding="utf-8", errors="replace"))
    math_rendered = 0
    if mathjax is not None and not mathjax["loaded"]:
        errors.append("math: MathJax script did not load")
    elif mathjax is not None:
        math_rendered = mathjax["containers"]
        if mathjax["error"]:
            errors.append(f"math: MathJax did not finish: {mathjax['error']}")
        errors.extend(f"math: TeX error: {e}" for e in mathjax["texErrors"])
    if has_math and math_rendered == 0:
        errors.append("math: page has TeX but nothing was typeset")

    broken = [_short(i["src"]) for i in images if not i["ok"]]
    undescribed = [n for n, i in enumerate(images, 1) if i["alt"] in ("", NBCONVERT_DEFAULT_ALT)]
    return {
        "page": path.name,
        "ok": not (broken or undescribed or external or failed or errors),
        "images": len(images),
        "broken_images": broken,
        "undescribed_images": undescribed,
        "external_requests": external,
        "failed_requests": failed,
        "math_rendered": math_rendered,
        "exercises": exercises["exercises"],
        "revealed": exercises["revealed"],
        "errors": errors,
    }


def check_site(site_dir: Path, shots_dir: Path) -> list[dict]:
    """Check every ``*.html`` in ``site_dir``; screenshot the index and the
    first chapter into ``shots_dir``. Returns one record per page:
    {page, ok, images, broken_images, external_requests, failed_requests,
    math_rendered, errors}. Raises BrowserCheckError if it cannot run.
    """
    site_dir, shots_dir = Path(site_dir), Path(shots_dir)
    pages = sorted(site_dir.glob("*.html"))
    if not pages:
        raise BrowserCheckError(f"no *.html pages in {site_dir}; build the site first.")
    chapters = [p for p in pages if p.name != "index.html"]
    shots = {"index.html": "index.png"}
    if chapters:
        shots[chapters[0].name] = chapters[0].stem + ".png"
    shots_dir.mkdir(parents=True, exist_ok=True)

    executable = os.environ.get("CHROMIUM", DEFAULT_CHROMIUM)
    if not (Path(executable).is_file() or shutil.which(executable)):
        raise BrowserCheckError(
            f"Chromium not found at {executable}: install it with "
            "'apt-get install chromium' (Debian) or set CHROMIUM to a "
            "Chromium/Chrome binary.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise BrowserCheckError(
            "the Python package 'playwright' is missing: pip install playwright "
            "(its own browser download is not needed; the system Chromium is used)."
        ) from exc

    results = []
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(
                executable_path=shutil.which(executable) or executable,
                headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:
            raise BrowserCheckError(
                f"could not start Chromium ({executable}): {exc}\nInstall it with "
                "'apt-get install chromium' (Debian) or set CHROMIUM to a "
                "Chromium/Chrome binary.") from exc
        try:
            context = browser.new_context(viewport=VIEWPORT)

            def route(r):
                # Abort anything non-local; the "request" listener records it.
                if r.request.url.startswith(LOCAL_SCHEMES):
                    r.continue_()
                else:
                    r.abort()

            context.route("**/*", route)
            for path in pages:
                shot = shots_dir / shots[path.name] if path.name in shots else None
                results.append(check_page(context, path, shot))
        finally:
            browser.close()
    return results


def problems(result: dict) -> list[str]:
    """Human-readable reasons a page failed."""
    out = [f"image did not load: {s}" for s in result["broken_images"]]
    undescribed = result.get("undescribed_images", [])
    if undescribed:
        several = len(undescribed) > 1
        out.append(f"image{'s' if several else ''} {', '.join(map(str, undescribed))} of {result['images']}"
                   f" without a description (alt text) for readers who cannot see {'them' if several else 'it'};"
                   " figures get theirs from Figure.description()")
    out += [f"request left the machine: {_short(u)}" for u in result["external_requests"]]
    out += [f"request failed: {f}" for f in result["failed_requests"]]
    out += result["errors"]
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check the static course site in headless Chromium. "
                    "Defaults are under the project root; explicit paths are "
                    "relative to the current directory.")
    parser.add_argument("--site", type=Path, default=PROJECT_ROOT / "target" / "site",
                        help="site directory (default: target/site)")
    parser.add_argument("--shots", type=Path, default=PROJECT_ROOT / "target" / "screenshots",
                        help="screenshot directory (default: target/screenshots)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    try:
        results = check_site(args.site, args.shots)
    except BrowserCheckError as exc:
        print(f"browser-check: error: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - start

    width = max(len(r["page"]) for r in results)
    print(f"{'page':<{width}}  result  images  math  external  failed  errors")
    for r in results:
        print(f"{r['page']:<{width}}  {'ok' if r['ok'] else 'FAIL':<6}  {r['images']:>6}  "
              f"{r['math_rendered']:>4}  {len(r['external_requests']):>8}  "
              f"{len(r['failed_requests']):>6}  {len(r['errors']):>6}")
    bad = [r for r in results if not r["ok"]]
    for r in bad:
        for problem in problems(r):
            print(f"FAIL {r['page']}: {problem}")
    print(f"checked {len(results)} pages in {seconds:.1f} s; screenshots in {args.shots}")
    print(f"browser-check: {len(results) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
