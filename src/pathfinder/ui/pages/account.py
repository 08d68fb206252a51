"""The Account page: who is signed in, a learner's advisors (invite, remove), changing the password, and
signing out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.safety.markdown import escape_md
from pathfinder.ui import resources
from pathfinder.ui.session import ACCOUNT_NOTICE_KEY, current_account, sign_out
from pathfinder.ui.signin import change_password_form

if TYPE_CHECKING:
    from pathfinder.domain.access import Account


def render() -> None:
    st.title("Account")
    account = current_account()
    if account is None:
        return
    st.markdown(
        f"Signed in as **{escape_md(account.username)}** · role: **{account.role}**"
        + (f" · name: {escape_md(account.display_name)}" if account.display_name else "")
    )
    if account.role == "learner":
        st.caption(
            "Your profile, conversations and plans are yours: only you, and the advisors an admin "
            "assigned or you invited, can see them. Catalogue maintainers see the questions you ask and "
            "your ratings of the answers, without your name or id, to find what the catalogue lacks. "
            "Export or delete everything on the Profile page (My data)."
        )
        st.subheader("Your advisors")
        advisors_section(account)
    if not account.username.startswith("sso-"):  # single sign-on accounts have no local password
        st.subheader("Change password")
        change_password_form(account)
    st.divider()
    st.button("Sign out", type="primary", key="account-sign-out", on_click=sign_out)


def advisors_section(account: Account) -> None:
    """A learner sees which advisors can open their record, invites one by username, or removes one."""
    store = resources.account_store()
    mine = [store.get(a) for a in store.advisors_of(account.learner_id or "")]
    mine = [a for a in mine if a is not None]
    if mine:
        st.markdown(
            "Advisors who can see and change your profile, conversations and plans: "
            + ", ".join(f"**{escape_md(a.label)}**" for a in mine)
        )
        gone = st.selectbox(
            "Remove an advisor's access",
            [a.id for a in mine],
            format_func=lambda i: next(a.label for a in mine if a.id == i),
            key="advisor-remove",
        )
        if st.button("Remove access", key="advisor-remove-button"):
            store.unassign(gone, account.learner_id, account)
            st.session_state[ACCOUNT_NOTICE_KEY] = "That advisor no longer has access to your data."
            st.rerun()
    else:
        st.caption("No advisor can see your data.")
    with st.form("advisor-invite", clear_on_submit=True):
        username = st.text_input("Invite an advisor (their username)")
        if st.form_submit_button("Give this advisor access") and username.strip():
            advisor = store.by_username(username)
            if advisor is None or advisor.role != "advisor":
                st.error("There is no advisor with that username; ask your advisor for theirs.")
                return
            store.assign(advisor.id, account.learner_id, account)
            st.session_state[ACCOUNT_NOTICE_KEY] = f"{advisor.label} can now see and change your data."
            st.rerun()
