"""Open a chapter in JupyterLab, as a learner does, and check what the learner sees.

    python src/tools/lab_check.py [notebook] [--shot target/screenshots/lab.png]

Starts JupyterLab the way `./course run` does (127.0.0.1, token on, the course's settings), opens
the notebook in headless Chromium and reads the kernel's state in the status bar four times a
second. It passes when the state becomes "Idle" without any cell being run (issue 14: it read
"Unknown" until the first cell ran; between connecting and the kernel's first answer it still reads
"Unknown" for a moment), and when the first code cell, run with Shift+Enter, shows its output and
no error.
With --verbose it also prints the kernel messages the page exchanged, with their sessions.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import socket
import subprocess
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import course  # noqa: E402  (the launcher's own paths and JupyterLab settings)
from browser_check import CHROMIUM_ARGS, DEFAULT_CHROMIUM  # noqa: E402

IDLE_WITHIN_SECONDS = 60     # the kernel's JVM starts in ~3 s; a slow CI host gets room to spare
OUTPUT_WITHIN_SECONDS = 60


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_bar(page):
    """The kernel part of the status bar, e.g. "Java (Deep Learning) | Idle"."""
    return page.evaluate("() => Array.from(document.querySelectorAll('.jp-StatusBar-TextItem'))"
                         ".map(e => e.textContent).filter(t => t.includes('|')).join(' / ')")


def check_lab(notebook="00-welcome.ipynb", shot=None, verbose=False):
    """Problems a learner would see (empty when none) and the status bar's timeline."""
    from playwright.sync_api import sync_playwright

    course.configure_jupyterlab()
    # A copy, so that neither an autosave nor a checkpoint can touch the stored notebook.
    root = Path(tempfile.mkdtemp(prefix="lab-check-"))
    shutil.copy(ROOT / "notebooks" / notebook, root / notebook)
    token, port = secrets.token_hex(16), free_port()
    args = [str(course.venv_bin("jupyter")), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}", f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    lab = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    problems, timeline, frames = [], [], []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=DEFAULT_CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            started = time.monotonic()
            page.on("websocket", lambda ws: record_frames(ws, frames, started))
            url = f"http://127.0.0.1:{port}/lab/tree/{notebook}?token={token}"
            for _ in range(60):   # the server takes a few seconds to listen
                try:
                    page.goto(url, timeout=10_000)
                    break
                except Exception:
                    time.sleep(0.5)
            if verbose:
                print("page's untracked message types:", page.evaluate(
                    "() => JSON.parse(document.getElementById('jupyter-config-data').textContent)"
                    ".untracked_message_types"))
            while time.monotonic() - started < IDLE_WITHIN_SECONDS:
                state = status_bar(page).split("|")[-1].strip()
                if not timeline or timeline[-1][1] != state:
                    timeline.append((round(time.monotonic() - started, 1), state))
                if state == "Idle":
                    break
                time.sleep(0.25)
            else:
                problems.append(f"the kernel's state never read 'Idle' within {IDLE_WITHIN_SECONDS} s"
                                f" of opening {notebook} ({timeline})")
            if not problems:
                problems += run_first_code_cell(page)
            if shot:
                Path(shot).parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(shot))
            browser.close()
    finally:
        lab.terminate()   # the server shuts its kernels down on the way out
        try:
            lab.wait(20)
        except subprocess.TimeoutExpired:
            lab.kill()
        shutil.rmtree(root, ignore_errors=True)
    if verbose:
        for frame in frames:
            print(*frame)
    return problems, timeline


def run_first_code_cell(page):
    cell = page.locator(".jp-Notebook .jp-CodeCell").first
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    output = cell.locator(".jp-OutputArea-output")
    try:
        output.first.wait_for(timeout=OUTPUT_WITHIN_SECONDS * 1000)
    except Exception:
        return [f"the first code cell showed no output within {OUTPUT_WITHIN_SECONDS} s of Shift+Enter"]
    text = output.first.inner_text()
    if "error" in output.first.get_attribute("class") or "Exception" in text:
        return [f"the first code cell showed an error: {text[:300]}"]
    return []


def record_frames(ws, frames, started):
    """Keeps the type, state and sessions of every kernel message (for --verbose)."""
    def on(direction):
        def frame(payload):
            text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            types = re.findall(r'"msg_type": ?"(\w+)"', text)
            if types:
                frames.append((direction, round(time.monotonic() - started, 2), types[:2],
                               re.findall(r'"execution_state": ?"(\w+)"', text),
                               [s[:8] for s in re.findall(r'"session": ?"([\w-]+)"', text)[:2]]))
        return frame
    ws.on("framereceived", on("in"))
    ws.on("framesent", on("out"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", nargs="?", default="00-welcome.ipynb")
    parser.add_argument("--shot", default=str(ROOT / "target" / "screenshots" / "lab.png"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    problems, timeline = check_lab(args.notebook, args.shot, args.verbose)
    print("status bar:", ", ".join(f"{t} s {s or '(none)'}" for t, s in timeline))
    for problem in problems:
        print("✗", problem)
    print("✓ JupyterLab check passed" if not problems else "✗ JupyterLab check failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
