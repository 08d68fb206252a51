"""Running the app under a real `streamlit run` and driving it with Playwright and Debian's Chromium.

Shared by the browser test and bench/bench_app.py. Nothing here downloads a browser: Chromium comes from the
distribution (`apt-get install -y chromium`), Playwright only drives it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from pathfinder.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
INSTALL_HINT = (
    "Chromium is not installed: run `apt-get install -y chromium` (Debian's package; no browser download)."
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """A `streamlit run app.py` child process on 127.0.0.1 and its URL."""

    def __init__(self, process: subprocess.Popen, port: int, log: Path) -> None:
        self.process, self.port, self.log = process, port, log
        self.url = f"http://127.0.0.1:{port}"

    def wait_healthy(self, timeout: float = 60.0) -> float:
        """Seconds until /_stcore/health answers; RuntimeError (with the server log) if it never does."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {self.process.returncode}:\n{self.log.read_text()[-3000:]}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(
            f"streamlit did not answer within {timeout:.0f} s:\n{self.log.read_text()[-3000:]}"
        )


@contextmanager
def app_server(
    env: Mapping[str, str],
    log: Path,
    app: Path = PROJECT_ROOT / "app.py",
    port: int | None = None,
    args: Sequence[str] = (),
) -> Iterator[AppServer]:
    """Start the app with `env` added to the environment (on `port`, free when unset; `args` are more
    `streamlit run` options); always stopped (terminate, then kill) on exit."""
    port = port or free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        *args,
    ]
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as out:
        process = subprocess.Popen(
            cmd, cwd=str(app.parent), env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            yield AppServer(process, port, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000) -> Iterator:
    """A Playwright page in Debian's Chromium (headless, no network services of its own)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


CHAT_INPUT = '[data-testid="stChatInput"] textarea'


def ask(page, message: str, timeout_ms: int = 60_000) -> None:
    """Type a message into the chat input and send it."""
    box = page.locator(CHAT_INPUT)
    box.wait_for(state="visible", timeout=timeout_ms)
    box.fill(message)
    box.press("Enter")
