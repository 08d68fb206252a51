"""A real browser against `streamlit run app.py`: ask for a pathway, see a cited answer and a chart.

Chromium is Debian's package (/usr/bin/chromium); without it this test is skipped with the install command.
Screenshots go to test-output/.
"""

from __future__ import annotations

import re

import pytest
from ui_harness import PASSWORD, build_index, settings_env

from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, ask, chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
OUT = PROJECT_ROOT / "test-output"


@pytest.fixture
def indexed_env(tmp_path) -> dict[str, str]:
    from pathfinder.storage.accounts import AccountStore

    env = settings_env(tmp_path / "data")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    build_index(settings)
    AccountStore(settings.database_path).create("browser-test", PASSWORD, "learner")
    return env


def test_ask_for_a_pathway_in_chromium(indexed_env, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    with app_server(indexed_env, OUT / "browser-streamlit.log") as server, chromium_page() as page:
        server.wait_healthy(timeout=90)
        page.goto(f"{server.url}/?learner=someone-else", timeout=60_000)  # an id in the URL grants nothing
        page.get_by_label("Username").first.fill("browser-test")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
        ask(page, "I want to become a data analyst. Plan a pathway with 10 hours per week")
        answer = page.get_by_text("Here is a pathway towards").first
        answer.wait_for(timeout=60_000)
        chart = page.locator('[data-testid="stVegaLiteChart"]').first
        chart.wait_for(state="visible", timeout=30_000)
        page.wait_for_timeout(500)  # let the chart finish drawing for the screenshot
        page.screenshot(path=str(OUT / "browser-chat.png"), full_page=True)

        link = page.get_by_role("link", name="Data analysis module 3: information extraction").first
        assert link.get_attribute("href") == "https://example.org/da-3"  # a cited credential, linked
        expander = page.locator('[data-testid="stExpander"]').filter(has_text="Intro to <b>data</b> analysis")
        assert expander.count() >= 1  # catalogue HTML arrives as text in a card title, not as markup
        assert page.locator("b", has_text="data").count() == 0
        assert chart.locator("canvas, svg").count() >= 1

        page.get_by_text("Saved to your profile").first.wait_for(timeout=30_000)  # a plain statement is saved
        ask(page, "can you make that less expensive?")  # a follow-up re-plans
        page.get_by_text("Here is a pathway towards").nth(1).wait_for(timeout=60_000)

        page.get_by_role("link", name="Pathway").first.click()  # in-app navigation keeps the session
        page.get_by_text("Pathway to").first.wait_for(
            timeout=60_000
        )  # the goal stated in chat is the profile's
        assert page.get_by_text("Set a goal first").count() == 0
        page.locator('[data-testid="stVegaLiteChart"]').first.wait_for(state="visible", timeout=60_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(OUT / "browser-pathway.png"), full_page=True)

        page.reload()  # a new Streamlit session: the sign-in resumes from the browser's cookie, not the URL
        page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
        assert server.url in page.url and "token" not in page.url.lower()
        page.get_by_role("button", name="Sign out").first.click()
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
        page.reload()  # signed out stays signed out: the cookie's session was ended on the server
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
        assert page.get_by_text("Signed in as").count() == 0


def test_pathway_charts_have_real_height_and_legible_step_labels(indexed_env, tmp_path):
    """The timeline and the coverage chart once drew a zero-height frame (`M0,0h703v0h-703Z`) with labels on
    top of each other: each must now be taller than its decorations, a step label drawn whole, inside it."""
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    from ui_harness import DATA_ANALYST

    from pathfinder.domain import Constraints, Goal, LearnerProfile
    from pathfinder.storage.accounts import AccountStore
    from pathfinder.storage.profiles import open_profile_store

    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    AccountStore(settings.database_path).create("chart-test", PASSWORD, "learner", learner_id="chart-test")
    open_profile_store(settings).save(
        LearnerProfile(
            id="chart-test",
            goal=Goal(occupation_uri=DATA_ANALYST, label="data analyst"),
            constraints=Constraints(hours_per_week=6, budget=1000),
        )
    )
    with app_server(indexed_env, OUT / "browser-charts-streamlit.log") as server, chromium_page() as page:
        server.wait_healthy(timeout=90)
        page.goto(f"{server.url}/pathway", timeout=60_000)
        page.get_by_label("Username").first.fill("chart-test")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Pathway to").first.wait_for(timeout=60_000)
        charts = page.locator('[data-testid="stVegaLiteChart"]')
        charts.nth(1).wait_for(state="visible", timeout=30_000)
        page.wait_for_timeout(1000)  # let vega finish drawing
        timeline, coverage = charts.nth(0), charts.nth(1)
        timeline.screenshot(path=str(OUT / "browser-timeline.png"))
        coverage.screenshot(path=str(OUT / "browser-coverage.png"))

        def plot_frames(chart) -> list[tuple[float, float]]:  # (width, height) of each drawn frame, wide ones
            ds = chart.evaluate(
                "e => [...e.querySelectorAll('path.background')].map(p => p.getAttribute('d'))"
            )
            sizes = [tuple(float(v) for v in re.findall(r"[hv](-?[\d.]+)", d)[:2]) for d in ds if d]
            return [(w, h) for w, h in sizes if w > 100]

        labels = timeline.evaluate(
            "e => [...e.querySelectorAll('g.role-axis-label text')].map(t => t.textContent)"
        )
        rows = sorted(int(m.group(1)) for t in labels if (m := re.match(r"(\d+)\. ", t)))
        assert len(rows) >= 3 and rows == list(range(1, len(rows) + 1)), labels  # every row labelled
        timeline_heights = sorted(h for _, h in plot_frames(timeline))
        # the step rows (28 px each), then the hours-per-week panel
        assert timeline_heights[-1] >= len(rows) * 28 and timeline_heights[-2] >= 100, timeline_heights
        assert max(h for _, h in plot_frames(coverage)) >= 2 * 30  # was v0: two real bars now
        tl_box = timeline.bounding_box()
        assert tl_box["height"] > len(rows) * 28 + 150
        assert coverage.bounding_box()["height"] > 150
        bars = coverage.locator("path[aria-roledescription='bar']")
        assert bars.count() >= 2 and min(b.bounding_box()["height"] for b in bars.all()) >= 20

        label = timeline.locator("text", has_text="1. Intro to <b>data</b> analysis").first
        assert label.count() == 1  # drawn whole: not dropped for overlapping, not cut with an ellipsis
        box = label.bounding_box()
        assert box["x"] >= tl_box["x"] and box["x"] + box["width"] <= tl_box["x"] + tl_box["width"]
        assert box["height"] >= 9  # a readable font, not squeezed
