"""A local sign-in survives a browser reload, safely, in a real browser (`streamlit run app.py`, Chromium):
the browser keeps a random token in a cookie (neither it nor the password is in any URL the browser asks
for), the server only its hash; a reload resumes the session; sign-out ends it on the server, so the same
cookie put back afterwards signs nobody in.

Needs Debian's chromium; skipped without it.
"""

from __future__ import annotations

from urllib.parse import quote, quote_plus, unquote

import pytest
from ui_harness import PASSWORD, build_index, settings_env

from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
OUT = PROJECT_ROOT / "test-output"
SIGNED_IN = "Signed in as"


def _session_cookie(page) -> dict | None:
    return next((c for c in page.context.cookies() if c["name"] == "pathfinder_session"), None)


def test_a_local_sign_in_survives_a_reload_and_sign_out_ends_it_on_the_server(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    from pathfinder.storage.accounts import AccountStore
    from pathfinder.storage.audit import AuditLog
    from pathfinder.storage.sessions import SessionStore, token_hash

    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    build_index(settings)
    ana = AccountStore(settings.database_path).create("ana", PASSWORD, "learner", display_name="Ana")
    sessions = SessionStore(settings.database_path)
    with (
        app_server(settings_env(tmp_path / "data"), OUT / "browser-session.log") as server,
        chromium_page() as page,
    ):
        server.wait_healthy(timeout=90)
        urls: list[str] = []  # every URL the browser asks for or shows, to check no secret is in one
        page.on("request", lambda request: urls.append(request.url))
        page.on("framenavigated", lambda frame: urls.append(frame.url))
        page.goto(server.url, timeout=60_000)
        page.get_by_label("Username", exact=True).fill("ana")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in", exact=True).click()
        page.get_by_text(SIGNED_IN).first.wait_for(timeout=60_000)
        page.wait_for_function("document.cookie.includes('pathfinder_session=')", timeout=30_000)
        cookie = _session_cookie(page)
        assert cookie and cookie["sameSite"] == "Strict" and len(cookie["value"]) >= 40
        assert cookie["value"] not in page.url
        session = sessions.get(cookie["value"])  # the server holds its hash only
        assert session is not None and session.account_id == ana.id and sessions.count() == 1
        assert token_hash(cookie["value"]) != cookie["value"]

        page.reload(timeout=60_000)  # a new Streamlit session: resumed from the cookie
        page.get_by_text(SIGNED_IN).first.wait_for(timeout=60_000)
        page.screenshot(path=str(OUT / "browser-session-reloaded.png"), full_page=True)
        resumed = AuditLog(settings.database_path).entries(action="sign_in")
        assert [e.detail for e in resumed if e.actor_id == ana.id] == ["session resumed", "learner"]

        page.get_by_role("button", name="Sign out").click()
        page.get_by_role("button", name="Sign in", exact=True).wait_for(timeout=60_000)
        page.wait_for_function("!document.cookie.includes('pathfinder_session=')", timeout=30_000)
        assert sessions.get(cookie["value"]) is None and sessions.count() == 0  # ended on the server

        page.context.add_cookies([{"name": cookie["name"], "value": cookie["value"], "url": server.url}])
        page.reload(timeout=60_000)  # the old token put back: worth nothing now
        page.get_by_role("button", name="Sign in", exact=True).wait_for(timeout=60_000)
        assert page.get_by_text(SIGNED_IN).count() == 0
        secrets = (PASSWORD, quote(PASSWORD), quote_plus(PASSWORD), cookie["value"], quote(cookie["value"]))
        assert len(urls) > 10 and not [u for u in urls if any(x in unquote(u) or x in u for x in secrets)]
