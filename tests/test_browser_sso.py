"""Single sign-on in a real browser: `streamlit run app.py` with an `[auth]` section pointing at a real OpenID
Connect provider (oidc-provider-mock, from PyPI) started on this machine by the test; Chromium signs in
through the provider's authorization page, lands signed in as a learner account, and signs out: the identity
cookie is gone and a fresh visit is not signed back in. A second user, whose `groups` claim the settings map
to advisor, signs in as an advisor.

Needs Debian's chromium and the test extra `oidc-provider-mock` (requirements.txt); skipped without them.
"""

from __future__ import annotations

import secrets

import pytest
from ui_harness import build_index, settings_env

from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.ui.browser import CHROMIUM, INSTALL_HINT, app_server, chromium_page, free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]
OUT = PROJECT_ROOT / "test-output"


def test_sign_in_through_a_local_openid_provider(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(INSTALL_HINT)
    provider = pytest.importorskip("oidc_provider_mock", reason="pip install oidc-provider-mock (test extra)")
    from pathfinder.storage.accounts import AccountStore
    from pathfinder.storage.audit import AuditLog

    env = settings_env(tmp_path / "data") | {
        "PATHFINDER_SSO_ROLE_CLAIM": "groups",
        "PATHFINDER_SSO_ROLES": '{"career-advisors": "advisor"}',
    }
    advisor = provider.User(
        sub="bo.ruiz@uni.example", claims={"name": "Bo Ruiz", "groups": ["career-advisors"]}
    )
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash")
    build_index(settings)
    port = free_port()
    with provider.run_server_in_thread(port=0, user_claims=[advisor]) as oidc:
        issuer = f"http://localhost:{oidc.server_port}"
        secrets_file = tmp_path / "secrets.toml"
        secrets_file.write_text(
            "[auth]\n"
            f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            f'cookie_secret = "{secrets.token_hex(16)}"\n'
            'client_id = "pathfinder-test"\n'
            f'client_secret = "{secrets.token_hex(16)}"\n'
            f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n'
        )
        with (
            app_server(
                env, OUT / "browser-sso.log", port=port, args=["--secrets.files", str(secrets_file)]
            ) as server,
            chromium_page() as page,
        ):
            server.wait_healthy(timeout=90)
            page.goto(server.url, timeout=60_000)
            page.get_by_role("button", name="Sign in with your institution (single sign-on)").click(
                timeout=60_000
            )
            page.locator('input[name="sub"]').fill("ana.lopez@uni.example")  # the provider's own page
            page.get_by_role("button", name="Authorize").click()
            page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
            page.screenshot(path=str(OUT / "browser-sso.png"), full_page=True)
            store = AccountStore(settings.database_path)
            [account] = [a for a in store.all() if a.username.startswith("sso-")]
            assert account.role == "learner" and account.learner_id
            assert "ana.lopez" not in account.username  # the provider's id is hashed, not used as a username
            [entry] = AuditLog(settings.database_path).entries(action="sign_in")
            assert entry.detail == "single sign-on" and entry.actor_id == account.id
            # Sign out: the click must reach st.logout, whose redirect (/auth/logout) clears the identity
            # cookie and goes on to the provider's end-session page (this provider asks to confirm there).
            page.get_by_role("button", name="Sign out").click()
            page.wait_for_url("**/oauth2/end_session**", timeout=60_000)
            assert not [c for c in page.context.cookies() if c["name"].startswith("_streamlit_user")]
            page.get_by_role("button", name="End session").click()
            sso_button = page.get_by_role("button", name="Sign in with your institution (single sign-on)")
            sso_button.wait_for(timeout=60_000)  # back on the app, signed out
            [out] = AuditLog(settings.database_path).entries(action="sign_out")
            assert out.actor_id == account.id
            # a fresh visit (a new Streamlit session) is not signed back in
            page.goto(server.url, timeout=60_000)
            sso_button.wait_for(timeout=60_000)
            assert page.get_by_text("Signed in as").count() == 0
            assert len(AuditLog(settings.database_path).entries(action="sign_in")) == 1

            # Roles from the provider's claims: Bo's "groups" claim maps to advisor (Ana had none: learner).
            sso_button.click()
            page.get_by_role("button", name="bo.ruiz@uni.example").click()  # the provider's predefined user
            page.get_by_text("Signed in as").first.wait_for(timeout=60_000)
            [bo] = [a for a in store.all() if a.display_name == "Bo Ruiz"]
            assert bo.role == "advisor" and bo.learner_id is None and bo.username.startswith("sso-")
            assert page.get_by_text("(advisor)").count() == 1
