"""The page gate and the sign-in page's forms: sign in (throttled per username and per network address),
single sign-on, sign up, the demo guest, and changing a password. Who is signed in, and for how long, is
`pathfinder.ui.session`."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui import resources
from pathfinder.ui.session import (
    ACCOUNT_NOTICE_KEY,
    SSO_REFUSED_KEY,
    TOKEN_KEY,
    current_account,
    remember,
    sso_configured,
    sso_user,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from pathfinder.domain.access import Account


HOME = {
    "learner": "chat",
    "advisor": "advisor",
    "maintainer": "catalogue",
    "admin": "admin",
}  # role's first page


class NotYourPage(PathfinderError):
    """A signed-in account on a page its role does not use (staff land on the Chat page at "/"): shown as a
    note with a link to the role's own first page (`navigation.guarded`), not as an error."""

    def __init__(self, message: str, page: str) -> None:
        super().__init__(message)
        self.page = page


def client_address() -> str:
    """The browser's network address for the per-address sign-in throttle: the last address in the proxy's
    header when `client_address_header` is set (the one the proxy itself saw), else the connection's;
    "local" for this machine."""
    header = resources.settings().client_address_header
    if header:
        value = st.context.headers.get(header)
        forwarded = [p.strip() for p in value.split(",") if p.strip()] if isinstance(value, str) else []
        if forwarded:
            return forwarded[-1]
    address = st.context.ip_address
    return address if isinstance(address, str) and address else "local"  # AppTest gives a stand-in object


def sign_in_form() -> None:
    notice = st.session_state.pop("signin_notice", None)
    if notice:
        st.info(notice)
    with st.form("signin"):
        st.markdown("**Sign in**")
        username = st.text_input("Username", key="signin-username", autocomplete="username")
        password = st.text_input(
            "Password", type="password", key="signin-password", autocomplete="current-password"
        )
        if st.form_submit_button("Sign in", type="primary"):
            _enter(lambda: resources.account_store().sign_in(username, password, address=client_address()))


def sign_up_form() -> None:
    with st.form("signup"):
        st.markdown("**New here? Create a learner account**")
        username = st.text_input("Choose a username", key="signup-username", autocomplete="username")
        password = _new_password_twice("Choose a password (at least 10 characters)", "signup-password")
        if st.form_submit_button("Create my account"):
            if password is None:
                st.error(PASSWORDS_DIFFER)
                return
            _enter(lambda: resources.account_store().create(username, password, "learner"))


def _enter(account_of: Callable[[], Account]) -> None:
    """Sign in as the account `account_of` gives, or show why not (the store's message says the fix)."""
    try:
        account = account_of()
    except PathfinderError as e:
        st.error(str(e))
    else:
        remember(account)
        st.rerun()


def guest_button() -> None:
    st.warning(
        "Demo mode is on (PATHFINDER_DEMO): anyone can try the app as a guest. Turn it off for real "
        "learners.",
        icon=":material/science:",
    )
    if st.button("Continue as a guest (demo)"):
        account = resources.account_store().create(
            "guest-" + secrets.token_hex(4), None, "learner", display_name="Guest"
        )
        resources.audit_log().record("sign_in", account.label, account.id, account.learner_id, "demo guest")
        remember(account)
        st.rerun()


PASSWORDS_DIFFER = "The two passwords differ; type the same one twice."


def _new_password_twice(label: str, key: str, again_label: str = "The same password again") -> str | None:
    """A new password typed twice (fields `key` and `key`2); None when the two differ."""
    first = st.text_input(label, type="password", key=key, autocomplete="new-password")
    again = st.text_input(again_label, type="password", key=f"{key}2", autocomplete="new-password")
    return first if first == again else None


def change_password_form(account: Account, *, first: bool = False) -> None:
    """The password change, in the current reply language (`i18n.replying_in`: the Account page sets a
    learner's; English elsewhere)."""
    from pathfinder.assistant.i18n import t

    with st.form("change-password"):
        if first:
            st.warning("You signed in with a one-time password. Choose your own password to continue.")
        new = _new_password_twice(t("ac_new_password"), "new-password", t("ac_password_again"))
        if st.form_submit_button(t("ac_change_password"), type="primary"):
            if new is None:
                st.error(t("ac_passwords_differ"))
                return
            try:
                resources.account_store().set_password(account.id, new, account)
            except PathfinderError as e:
                st.error(str(e))
            else:
                st.session_state.pop(TOKEN_KEY, None)  # ended with every other session of the account
                remember(account)  # this browser goes on in a new one
                st.session_state[ACCOUNT_NOTICE_KEY] = t("ac_password_changed")
                st.rerun()


def gate(page: str) -> Account | None:
    """The signed-in account when it may use `page`; otherwise shows sign-in and returns None, or raises
    NotYourPage (a role that does not use `page`)."""
    from pathfinder.domain.access import may_use_page

    account = current_account()
    if account is None:
        # opened when the sign-in page first shows: on the very first start it makes the first admin and
        # prints the one-time password to the server's console (resources.account_store)
        resources.account_store()
        settings = resources.settings()
        refused = st.session_state.get(SSO_REFUSED_KEY)
        if refused and sso_user() is not None:
            st.error(refused)
            st.button("Sign out of your institution's sign-in", on_click=st.logout)
        elif sso_configured() and st.button("Sign in with your institution (single sign-on)", type="primary"):
            st.login()
        sign_in_form()
        if settings.signup or settings.demo:
            sign_up_form()
        if settings.demo:
            guest_button()
        return None
    if account.must_change_password:
        change_password_form(account, first=True)
        return None
    if not may_use_page(account, page):
        raise NotYourPage(
            f"Your account ({account.role}) does not use this page; pick one of yours in the menu.",
            HOME[account.role],
        )
    notice = st.session_state.pop(ACCOUNT_NOTICE_KEY, None)
    if notice:
        st.success(notice)
    return account
