"""Startup of the app on an indexed corpus: seconds from `streamlit run` to the first page being interactive.

Indexes the bundled corpus (default offline embedder) into a temporary data folder, then, RUNS times, starts
`streamlit run app.py`, opens it in Debian's Chromium and waits until the chat input is visible and enabled.
Prints the figures; `--screenshot PATH` also asks for a pathway and saves the chat page (docs/screenshot.png).
`--baseline` also starts a bare Streamlit app (a title and a chat input) before each run, in the same minute,
so the figures separate Streamlit's own startup from pathfinder's share on a busy machine.

    .venv/bin/python bench/bench_app.py [--runs 3] [--baseline] [--screenshot docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pathfinder.index import reindex
from pathfinder.settings import BUNDLED_CORPUS, PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHAT_INPUT, CHROMIUM, INSTALL_HINT, app_server, ask, chromium_page

BARE_APP = 'import streamlit as st\n\nst.title("Chat")\nst.chat_input("Ask")\n'
QUESTION = "I want to become a data analyst. Plan a pathway with 8 hours per week and a budget of 1500 EUR"


def env_for(data_dir: Path) -> dict[str, str]:
    return {
        "PATHFINDER_DATA_DIR": str(data_dir),
        "PATHFINDER_EMBEDDER": "offline",
        "OPENAI_API_KEY": "",
        "PATHFINDER_DEMO": "true",
    }  # the guest shortcut: a fresh learner per start, as before accounts (#16)


def one_start(
    env: dict[str, str], log: Path, screenshot: Path | None, learner: str, app: Path | None = None
) -> dict[str, float]:
    """The browser is started first (a learner's browser is already open); the clock starts with the server.
    `app` (a bare Streamlit script) is only timed to interactive; pathfinder's app is also asked a
    question."""
    with chromium_page(width=1280, height=900) as page:
        start = time.perf_counter()
        with app_server(env, log, **({"app": app} if app else {})) as server:
            healthy = server.wait_healthy(timeout=120)
            page.goto(
                f"{server.url}/?learner={learner}", timeout=60_000
            )  # a new learner: no conversation to resume
            loaded = time.perf_counter() - start
            if app is None:  # pathfinder opens on the sign-in page; the demo guest goes straight to the chat
                page.get_by_role("button", name="Continue as a guest (demo)").click(timeout=60_000)
            page.locator(CHAT_INPUT).wait_for(state="visible", timeout=60_000)
            interactive = time.perf_counter() - start
            figures = {
                "server_healthy_s": healthy,
                "frontend_loaded_s": loaded,
                "first_page_interactive_s": interactive,
            }
            if app is not None:
                return figures
            asked = time.perf_counter()
            ask(page, QUESTION)
            page.get_by_text("Here is a pathway towards").first.wait_for(timeout=120_000)
            page.locator('[data-testid="stVegaLiteChart"]').first.wait_for(state="visible", timeout=60_000)
            figures["first_answer_s"] = time.perf_counter() - asked
            if screenshot is not None:
                page.set_viewport_size({"width": 1280, "height": 1500})
                page.locator(
                    '[data-testid="stExpander"]'
                ).first.click()  # open the first cited credential's card
                page.wait_for_timeout(800)
                page.get_by_text("Here is a pathway towards").first.scroll_into_view_if_needed()
                page.mouse.move(640, 700)
                page.mouse.wheel(0, 880)  # the end of the plan, the timeline chart and the cited cards
                page.wait_for_timeout(600)
                page.screenshot(path=str(screenshot))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, default=None)
    parser.add_argument(
        "--baseline", action="store_true", help="also time a bare Streamlit app before each run"
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(INSTALL_HINT, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="pathfinder-bench-app-") as tmp:
        data = Path(tmp) / "data"
        env = env_for(data)
        t = time.perf_counter()
        summary = reindex(
            Settings(_env_file=None, data_dir=data, embedder="offline"), [BUNDLED_CORPUS / "catalogue"]
        )
        print(f"indexed {summary.total} credentials in {time.perf_counter() - t:.1f} s")
        bare = Path(tmp) / "bare" / "bare_app.py"
        bare.parent.mkdir()
        bare.write_text(BARE_APP)
        runs, baselines = [], []
        for i in range(args.runs):
            if args.baseline:
                b = one_start(
                    env, PROJECT_ROOT / "test-output" / f"bench-bare-{i}.log", None, f"bare-{i}", app=bare
                )
                baselines.append(b)
                print(
                    f"bare {i + 1}: "
                    + ", ".join(f"{k} {v:.2f}" for k, v in b.items())
                    + f" (load average {os.getloadavg()[0]:.1f})"
                )
            shot = args.screenshot if (args.screenshot and i == args.runs - 1) else None
            figures = one_start(env, PROJECT_ROOT / "test-output" / f"bench-app-{i}.log", shot, f"bench-{i}")
            runs.append(figures)
            print(
                f"run {i + 1}: "
                + ", ".join(f"{k} {v:.2f}" for k, v in figures.items())
                + f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
            )
        for label, rows in (("pathfinder", runs), ("bare streamlit", baselines)):
            for key in rows[0] if rows else ():
                values = [r[key] for r in rows]
                print(
                    f"{label} {key}: median {statistics.median(values):.2f} s, range {min(values):.2f}-"
                    f"{max(values):.2f} s over {len(values)} runs"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
