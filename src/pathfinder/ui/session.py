"""Who is signed in to this browser session: remembering a sign-in, resuming it after a reload, single
sign-on, sign-out and expiry. The sign-in forms and the page gate are `pathfinder.ui.signin`.

The session lives in Streamlit's server-side session state (never in the URL). Each run reloads the account
(a role change or deletion takes effect at once) and ends the session after `session_idle_minutes` idle or
`session_max_hours` after signing in. A local sign-in survives a browser reload: the browser keeps a random
token in the `pathfinder_session` cookie, the server only its hash (`storage.sessions`), checked on every run
against the same expiry; sign-out deletes it on the server. Single sign-on has Streamlit's own identity
cookie.
Which page a role may use is `pathfinder.domain.access.may_use_page`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui import resources

if TYPE_CHECKING:
    from pathfinder.domain.access import Account

ACCOUNT_KEY, SIGNED_IN_KEY, ACTIVE_KEY = "account_id", "signed_in_at", "last_active_at"
# the signed-in account's role as of the last check: a hint for what a page draws before the account loads
# (the Chat page's input), never for access (every page checks the account itself)
ROLE_KEY = "account_role"
# a message for the signed-in user after a rerun (password or advisor access changed): the page gate shows it
# once, on whichever page the user lands; "signin_notice" is for the sign-in form (session ended, ...)
ACCOUNT_NOTICE_KEY = "account_notice"
SSO_REFUSED_KEY = "sso_refused"  # why the provider's identity could not sign in (this browser session)
COOKIE, TOKEN_KEY, CLEAR_COOKIE_KEY = "pathfinder_session", "session_token", "clear_session_cookie"
# what belongs to the signed-in person and must not survive sign-out (the next person on a shared PC)
PERSONAL_KEYS = (
    ROLE_KEY,
    "advised_learner",
    "advised_learner_name",  # shown in the sidebar during an advisor's session
    "conversation_id",
    "history",
    "last_pathway",
    "pending_changes",
    "validated",
    "my-export",
    "admin-export-data",
)


def _now() -> datetime:
    return datetime.now(UTC)


def remember(account: Account, *, token: str | None = None, since: datetime | None = None) -> None:
    """Make `account` this session's signed-in account. A local sign-in (no `token`) starts a session that
    survives a reload; `token` and `since`: one resumed from the browser's cookie; SSO accounts get none."""
    now = _now()
    st.session_state[ACCOUNT_KEY], st.session_state[SIGNED_IN_KEY], st.session_state[ACTIVE_KEY] = (
        account.id,
        since or now,
        now,
    )
    st.session_state[ROLE_KEY] = account.role
    st.session_state.pop(CLEAR_COOKIE_KEY, None)
    if token is None and not account.username.startswith("sso-"):
        token = resources.session_store().start(account)
    if token:
        st.session_state[TOKEN_KEY] = token


def forget(notice: str | None = None) -> None:
    token = st.session_state.pop(TOKEN_KEY, None)
    if token:
        resources.session_store().end(token)  # whatever the browser kept, the token now signs nobody in
    st.session_state[CLEAR_COOKIE_KEY] = True
    for key in (ACCOUNT_KEY, SIGNED_IN_KEY, ACTIVE_KEY, *PERSONAL_KEYS):
        st.session_state.pop(key, None)
    for key in [k for k in st.session_state if str(k).startswith(("chat-", "advisor-"))]:
        st.session_state.pop(key, None)
    if notice:
        st.session_state["signin_notice"] = notice


def current_account() -> Account | None:
    """The signed-in account, or None (never signed in, signed out, expired, or the account was deleted)."""
    from pathfinder.domain.access import session_expired

    account_id = st.session_state.get(ACCOUNT_KEY)
    if not account_id:
        return _resume() or _single_sign_on()
    settings = resources.settings()
    now = _now()
    token = st.session_state.get(TOKEN_KEY)
    if (
        token
        and resources.session_store().resume(
            token, settings.session_idle_minutes, settings.session_max_hours, now
        )
        is None
    ):  # signed out in another tab, or expired
        forget("Your session ended; sign in again.")
        return None
    started, active = st.session_state.get(SIGNED_IN_KEY) or now, st.session_state.get(ACTIVE_KEY) or now
    account = resources.account_store().get(account_id)
    if account is None:
        forget("Your account no longer exists.")
        return None
    if session_expired(started, active, now, settings.session_idle_minutes, settings.session_max_hours):
        resources.audit_log().record("session_expired", account.label, account.id, account.learner_id)
        forget("Your session expired; sign in again.")
        if sso_user() is not None:
            st.logout()  # else the provider's cookie would sign the session straight back in
        return None
    st.session_state[ACTIVE_KEY] = now
    st.session_state[ROLE_KEY] = account.role
    return account


def sign_out() -> None:
    """End the session. Use it as a button's `on_click`, never followed by `st.rerun()`: a callback runs
    before the page, so the page is drawn signed out in the same run; and `st.logout()` only queues a
    redirect to /auth/logout (which clears the identity cookie), a message Streamlit drops from its queue
    when a new run starts before it reached the browser (docs/RELIABILITY.md, SSO sign-out)."""
    account = current_account()
    if account is not None:
        resources.audit_log().record("sign_out", account.label, account.id, account.learner_id)
    forget("You are signed out.")
    if sso_user() is not None:
        st.logout()


def _cookie_token() -> str:
    try:
        value = st.context.cookies.get(COOKIE)
    except Exception:  # noqa: BLE001 - no browser connection (bare mode, some test harnesses)
        return ""
    return value if isinstance(value, str) else ""


def _resume() -> Account | None:
    """The account of the browser's session cookie after a reload (a new Streamlit session), if that session
    is still live on the server; else None (and the stale cookie is removed)."""
    token = _cookie_token()
    if not token or st.session_state.get(CLEAR_COOKIE_KEY):  # signed out here: the cookie seen is stale
        return None
    settings = resources.settings()
    session = resources.session_store().resume(
        token, settings.session_idle_minutes, settings.session_max_hours
    )
    account = resources.account_store().get(session.account_id) if session else None
    if account is None:
        st.session_state[CLEAR_COOKIE_KEY] = True
        return None
    resources.audit_log().record("sign_in", account.label, account.id, account.learner_id, "session resumed")
    remember(account, token=token, since=session.created_at if session else None)
    return account


def session_cookie() -> None:
    """Give the browser the session's token (or remove a stale one) with a one-line script: Streamlit lets a
    page set no HTTP cookie, so it is not HttpOnly; it is SameSite=Strict, Secure over https, never in a URL,
    and worth nothing once the session ends on the server."""
    token = st.session_state.get(TOKEN_KEY)
    if token:
        hours = resources.settings().session_max_hours
        until = (st.session_state.get(SIGNED_IN_KEY) or _now()) + timedelta(hours=hours)
        cookie = f"{COOKIE}={token}; Path=/; SameSite=Strict; Expires={until:%a, %d %b %Y %H:%M:%S} GMT"
    elif st.session_state.get(CLEAR_COOKIE_KEY):
        cookie = f"{COOKIE}=; Path=/; SameSite=Strict; Max-Age=0"
    else:
        return
    script = f'document.cookie = "{cookie}" + (location.protocol === "https:" ? "; Secure" : "");'
    st.html(f"<script>{script}</script>", unsafe_allow_javascript=True)


def sso_configured() -> bool:
    """True when `.streamlit/secrets.toml` has an `[auth]` section (OpenID Connect through st.login)."""
    try:
        return bool(st.secrets.get("auth"))
    except Exception:  # noqa: BLE001 - Streamlit raises several types for a missing/invalid secrets file
        return False


def sso_user():
    try:
        return st.user if st.user.is_logged_in else None
    except Exception:  # noqa: BLE001 - no auth configured, or an older Streamlit
        return None


def _single_sign_on() -> Account | None:
    """The local account of the identity st.login proved (made on first use, its role from the provider's
    claims), now signed in; else None."""
    from pathfinder.domain.access import role_from_claims

    user = sso_user()
    if user is None or SSO_REFUSED_KEY in st.session_state:
        return None
    settings = resources.settings()
    claims = user.to_dict()
    name = str(user.get("name") or user.get("email") or "")
    role = role_from_claims(claims, settings.sso_role_claim, settings.sso_roles)
    try:
        account = resources.account_store().for_single_sign_on(
            str(user.get("iss") or ""), str(user.get("sub") or ""), name, role
        )
    except PathfinderError as e:
        st.session_state[SSO_REFUSED_KEY] = str(e)  # shown by the gate; not tried again in this session
        return None
    resources.audit_log().record("sign_in", account.label, account.id, account.learner_id, "single sign-on")
    remember(account)
    return account


LANGUAGE_KEY = "chat-language-"  # + a profile id, or "last"; "chat-" keys are cleared at sign-out (`forget`)


def shown_language(account: Account | None) -> str:
    """The language of the app's frame (menu, sign-out) for `account`: a learner's conversation language
    as last shown on the Chat page; English for staff (their pages are English) and before that."""
    from pathfinder.assistant.i18n import SERVED

    if account is None or account.role != "learner":
        return "en"
    code = st.session_state.get(LANGUAGE_KEY + "last") or st.session_state.get(
        LANGUAGE_KEY + (account.learner_id or "")
    )  # the Chat page's, else the one a learner's page found (`learner.conversation_language`)
    return code if code in SERVED else "en"


def sidebar_status() -> None:
    """Who is signed in, the sign-out button, and the demo marker (in a learner's language)."""
    from pathfinder.assistant.i18n import t

    account = current_account() if st.session_state.get(ACCOUNT_KEY) else None
    lang = shown_language(account)
    if resources.settings().demo:
        st.badge(t("nav_demo", lang), icon=":material/science:", color="orange")
    session_cookie()
    if account is None:
        return
    shown = (
        account.label if account.username.startswith("sso-") and account.display_name else account.username
    )
    st.caption(t("nav_signed_in", lang, name=shown, role=t(f"role_{account.role}", lang)))
    advised = st.session_state.get("advised_learner") if account.role == "advisor" else None
    if advised:
        from pathfinder.safety.markdown import escape_md

        name = st.session_state.get("advised_learner_name")
        who = f"**{escape_md(name)}** (`{advised}`)" if name else f"learner `{advised}`"
        st.caption(f"Advisor session: Chat, Profile and Pathway act for {who}. End it on the Advisor page.")
    st.button(t("nav_sign_out", lang), key="sign-out", icon=":material/logout:", on_click=sign_out)
