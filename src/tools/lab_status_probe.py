"""Development probe (not part of any test): what JupyterLab's status bar says about the kernel over
time after a notebook opens, and which messages the kernel websocket carries meanwhile.

Issue 14 reports "Unknown" from a few seconds after a notebook opens until its first cell runs.
Run inside .venv:  python src/tools/lab_status_probe.py [notebook] [seconds]
Starts JupyterLab on 127.0.0.1 with a token, opens the notebook in headless Chromium, prints the
kernel part of the status bar once a second, then every websocket frame that names a message type
(with its execution state), and saves a screenshot to target/lab-status.png.
"""
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]


def main(notebook="00-welcome.ipynb", seconds=30):
    token = secrets.token_hex(8)
    lab = subprocess.Popen([str(ROOT / ".venv/bin/jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
                            "--port=8899", f"--IdentityProvider.token={token}",
                            f"--ServerApp.root_dir={ROOT / 'notebooks'}", "--allow-root"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    frames = []
    try:
        time.sleep(6)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            started = time.monotonic()

            def watch(ws):
                def record(direction):
                    def on_frame(payload):
                        text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
                        types = re.findall(r'"msg_type": ?"(\w+)"', text)
                        if types:
                            frames.append((direction, round(time.monotonic() - started, 2), types[:2],
                                           re.findall(r'"execution_state": ?"(\w+)"', text),
                                           # header's session, then the parent header's
                                           [x[:8] for x in re.findall(r'"session": ?"([\w-]+)"', text)[:2]]))
                    return on_frame
                ws.on("framereceived", record("in"))
                ws.on("framesent", record("out"))

            page.on("websocket", watch)
            page.goto(f"http://127.0.0.1:8899/lab/tree/{notebook}?token={token}")
            for _ in range(seconds):
                time.sleep(1)
                bar = page.evaluate("() => Array.from(document.querySelectorAll('.jp-StatusBar-TextItem'))"
                                    ".map(e => e.textContent).filter(t => t.includes('|')).join(' / ')")
                print(f"{time.monotonic() - started:5.1f} s  {bar}", flush=True)
            page.screenshot(path=str(ROOT / "target/lab-status.png"))
            browser.close()
    finally:
        lab.terminate()
        lab.wait(10)
    for frame in frames:
        print(*frame)


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *([int(sys.argv[2])] if len(sys.argv) > 2 else []))
