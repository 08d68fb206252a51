"""A real browser, as staff use the app (session 7): a maintainer lands on their own page's link, uploads a
catalogue with bad rows (the rejects name their file, never the server's folder) and re-indexes it (the status
below the progress shows the new version once it is done: in a browser only the progress fragment reruns); an
advisor lands on a note with a link to the Advisor page instead of an error.

Chromium is Debian's package (/usr/bin/chromium); without it this test is skipped with the install command.
Screenshots go to test-output/.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from test_browser_app import OUT, indexed_env  # noqa: F401 - indexed_env is a fixture
from ui_harness import PASSWORD

from pathfinder.settings import Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

UPLOAD = (
    "id,title,provider,description,hours,eqf_level,participation,languages,cost\n"
    "acme-bi-101,Business Intelligence dashboards,ACME Academy,Build dashboards.,40,5,online,en,250\n"
    "acme-bad-1,,ACME Academy,missing title,20,4,online,en,100\n"
    "acme-bad-2,EQF eleven,ACME Academy,bad level,20,11,online,en,100\n"
    "acme-bi-101,Same id again,ACME Academy,a duplicate,10,4,online,en,50\n"
)


def _sign_in(page, url: str, username: str) -> None:
    page.goto(url, timeout=60_000)
    page.get_by_label("Username").first.fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as").first.wait_for(timeout=60_000)


def test_a_maintainer_uploads_bad_rows_and_re_indexes(indexed_env, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    from pathfinder.storage.accounts import AccountStore

    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    AccountStore(settings.database_path).create("maint-one", PASSWORD, "maintainer")
    AccountStore(settings.database_path).create("advisor-one", PASSWORD, "advisor")
    csv = tmp_path / "acme courses.csv"
    csv.write_text(UPLOAD, encoding="utf-8")
    with app_server(indexed_env, OUT / "browser-staff-streamlit.log") as server, chromium_page() as page:
        server.wait_healthy(timeout=90)
        _sign_in(page, server.url, "maint-one")
        main = page.locator('[data-testid="stMain"]').first
        main.get_by_text("does not use this page").wait_for(timeout=60_000)
        main.get_by_role("link", name="Catalogue").click()  # the note's link to the maintainer's own page
        page.get_by_role("heading", name="Upload and validate").wait_for(timeout=60_000)
        before = _serving_value(page).inner_text().strip()
        page.locator('[data-testid="stFileUploader"] input[type="file"]').first.set_input_files(str(csv))
        page.get_by_text("acme courses.csv").first.wait_for(timeout=30_000)
        page.get_by_role("button", name="Validate").click()
        page.get_by_role("button", name="Re-index now").wait_for(timeout=60_000)
        page.wait_for_timeout(1_000)
        page.screenshot(path=str(OUT / "browser-catalogue-rejects.png"), full_page=True)
        shown = main.inner_text()
        assert "Records rejected\n\n3" in shown or re.search(r"Records rejected\s+3", shown), shown[:2000]
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.wait_for(timeout=30_000)
        cells = grid.inner_text()  # the glide grid draws on a canvas: read the accessible table behind it
        assert str(tmp_path) not in shown and str(tmp_path) not in cells and "/uploads/" not in cells

        page.get_by_role("button", name="Re-index now").click()
        done = page.get_by_text(re.compile(r"Re-indexed in [\d.]+ s: version (\S+),"))
        done.first.wait_for(timeout=180_000)
        version = re.search(r"version (\S+),", done.first.inner_text()).group(1)
        assert version != before
        # only the progress fragment reran; the status section below must catch up without a click
        expect(_serving_value(page)).to_have_text(version, timeout=30_000)
        page.screenshot(path=str(OUT / "browser-catalogue-reindexed.png"), full_page=True)

        page.get_by_role("button", name="Sign out").first.click()
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
        _sign_in(page, server.url, "advisor-one")
        page.get_by_text("Open a learner from your caseload").first.wait_for(timeout=60_000)
        page.screenshot(path=str(OUT / "browser-advisor-landing.png"), full_page=True)
        assert page.locator('[data-testid="stAlertContentError"]').count() == 0
        page.get_by_role("link", name="Advisor").last.click()  # the note's link (the menu's comes first)
        page.get_by_role("heading", name="Advisor").first.wait_for(timeout=60_000)


def _serving_value(page):
    page.get_by_text("Serving version").first.wait_for(timeout=60_000)
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Serving version").first
    return metric.locator('[data-testid="stMetricValue"]')
