"""A real browser against `streamlit run app.py`: ask for a pathway, see a cited answer and a chart.

Chromium is Debian's package (/usr/bin/chromium); without it this test is skipped with the install command.
Screenshots go to test-output/.
"""

from __future__ import annotations

import pytest

from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, ask, chromium_page
from ui_harness import PASSWORD, build_index, settings_env

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

        link = page.get_by_role("link", name="Data analysis module 2: data mining").first
        assert link.get_attribute("href") == "https://example.org/da-2"  # a cited credential, linked
        expander = page.locator('[data-testid="stExpander"]').filter(has_text="Intro to <b>data</b> analysis")
        assert expander.count() >= 1  # catalogue HTML arrives as text in a card title, not as markup
        assert page.locator("b", has_text="data").count() == 0
        assert chart.locator("canvas, svg").count() >= 1

        page.get_by_role("link", name="Pathway").first.click()  # in-app navigation keeps the session
        page.get_by_text("Set a goal first").first.wait_for(timeout=30_000)
        page.screenshot(path=str(OUT / "browser-pathway.png"), full_page=True)

        page.reload()  # a reload is a new Streamlit session: signed out (nothing secret is kept in the URL)
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
