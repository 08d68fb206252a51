"""A real browser records every request the app makes while a learner uses each page; any request that is not
to the app itself fails the test (no font or icon CDN, no analytics, no image a catalogue or answer points
at).

Chromium is Debian's package (/usr/bin/chromium); without it this test is skipped with the install command.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from ui_harness import PASSWORD, build_index, settings_env

from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, ask, chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
OUT = PROJECT_ROOT / "test-output"
LOCAL_SCHEMES = {"data", "blob", "about"}  # drawn in the page itself, nothing leaves the machine


def outside(url: str, app: str) -> bool:
    parts, home = urlsplit(url), urlsplit(app)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return (parts.hostname, parts.port) != (home.hostname, home.port)


def test_outside_requests_are_recognised():
    app = "http://127.0.0.1:8123"
    assert outside("https://fonts.gstatic.com/s/i/x/24px.svg", app)
    assert outside("http://127.0.0.1:9999/x", app) and outside("http://localhost:8123/", app)
    assert not outside("http://127.0.0.1:8123/_stcore/health", app)
    assert not outside("ws://127.0.0.1:8123/_stcore/stream", app)
    assert not outside("data:image/svg+xml,<svg/>", app)


def test_the_app_requests_nothing_from_outside(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    from pathfinder.storage.accounts import AccountStore

    env = settings_env(tmp_path / "data")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    build_index(settings)
    AccountStore(settings.database_path).create("requests-test", PASSWORD, "learner")
    requests: list[str] = []
    with app_server(env, OUT / "browser-requests-streamlit.log") as server, chromium_page() as page:
        page.on("request", lambda request: requests.append(request.url))
        page.on("websocket", lambda socket: requests.append(socket.url))
        server.wait_healthy(timeout=90)
        page.goto(server.url, timeout=60_000)  # the sign-in page first (#16)
        page.get_by_label("Username").first.fill("requests-test")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
        ask(page, "I want to become a data analyst. Plan a pathway with 10 hours per week")
        page.get_by_text("Here is a pathway towards").first.wait_for(timeout=60_000)
        for name in ("Profile", "Pathway", "Account"):  # the learner's menu (#12: only the role's pages)
            page.get_by_role("link", name=name).first.click()  # in-app navigation keeps the session
            page.locator('[data-testid="stMain"]').first.wait_for(timeout=30_000)
            page.wait_for_timeout(1_500)  # icons, fonts and images load after the first paint
        for path in ("advisor", "catalogue", "admin"):  # not in the menu; the URL still answers (the gate)
            page.goto(f"{server.url}/{path}", timeout=60_000)
            page.locator('[data-testid="stMain"]').first.wait_for(timeout=30_000)
            page.wait_for_timeout(1_500)
        away = sorted({url for url in requests if outside(url, server.url)})
    assert requests, "no request was recorded: the recorder is broken"
    assert not away, f"the app made requests outside itself: {away}"
