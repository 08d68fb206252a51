"""The Account page: who is signed in, changing the password, and signing out."""

from __future__ import annotations

import streamlit as st

from pathfinder.ui.escaping import escape_md
from pathfinder.ui.session import change_password_form, current_account, sign_out


def render() -> None:
    st.title("Account")
    account = current_account()
    if account is None:
        return
    notice = st.session_state.pop("signin_notice", None)
    if notice:
        st.success(notice)
    st.markdown(f"Signed in as **{escape_md(account.username)}** · role: **{account.role}**"
                + (f" · name: {escape_md(account.display_name)}" if account.display_name else ""))
    if account.role == "learner":
        st.caption("Your profile, conversations and plans are yours: only you, and an advisor an admin "
                   "assigned to you, can see them. Export or delete everything on the Profile page "
                   "(My data).")
    st.subheader("Change password")
    change_password_form(account)
    st.divider()
    if st.button("Sign out", type="primary", key="account-sign-out"):
        sign_out()
        st.rerun()
