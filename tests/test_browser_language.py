"""A real browser (issue #12): a learner who writes German goes through statement -> plan -> follow-up (a
cheaper re-plan) in German, then reads the frame and the Pathway page in German - the menu, the page title,
metrics, tabs and chart titles - while course titles stay as in the catalogue.

Chromium is Debian's package (/usr/bin/chromium); without it this test is skipped with the install command.
Screenshots go to test-output/.
"""

from __future__ import annotations

import pytest
from test_browser_app import OUT, indexed_env  # noqa: F401 - indexed_env is a fixture
from ui_harness import PASSWORD

from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, ask, chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_german_learner_reads_the_pathway_page_in_german(indexed_env):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    with app_server(indexed_env, OUT / "browser-language-streamlit.log") as server, chromium_page() as page:
        server.wait_healthy(timeout=90)
        page.goto(server.url, timeout=60_000)
        page.get_by_label("Username").first.fill("browser-test")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
        # the flow in German: a plain statement (saved at once), a plan, a follow-up that re-plans
        ask(page, "Ich möchte Datenanalyst werden.")
        page.get_by_text("In Ihrem Profil gespeichert").first.wait_for(timeout=60_000)
        ask(page, "Ich habe 10 Stunden pro Woche. Erstelle mir einen Plan.")
        page.get_by_text("Hier ist ein Lernweg zu").first.wait_for(timeout=60_000)
        ask(page, "Geht das auch billiger?")
        page.get_by_text("Ich habe neu geplant").first.wait_for(timeout=60_000)
        page.get_by_text("Hier ist ein Lernweg zu").nth(1).wait_for(timeout=60_000)
        menu = page.locator('[data-testid="stSidebar"] a[href$="pathway"]').first
        page.get_by_role("link", name="Lernweg").first.wait_for(timeout=90_000)  # the frame speaks German
        assert page.get_by_role("button", name="Abmelden").count() == 1
        menu.click()
        page.get_by_role("heading", name="Ihr Lernweg").first.wait_for(timeout=60_000)
        page.get_by_text("Lernweg zu data analyst").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1_500)
        page.screenshot(path=str(OUT / "browser-pathway-de.png"), full_page=True)
        main = page.locator('[data-testid="stMain"]').first.inner_text()
        assert "Alternativen" in main and "Angebote" in main and "Kosten" in main
        for english in ("Your pathway", "Pathway to", "Credentials", "Alternatives", "Download PDF"):
            assert english not in main, english
        # the PDF is made when its button is clicked (a callable `data`), still in German
        page.get_by_role("tab", name="Export").click()
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="PDF herunterladen").click()
        pdf = download.value.path().read_bytes()
        assert pdf.startswith(b"%PDF") and download.value.suggested_filename == "pathway.pdf"
