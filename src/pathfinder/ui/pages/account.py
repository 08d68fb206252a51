"""The Account page: who is signed in, a learner's advisors (invite, remove), changing the password, and
signing out. A learner reads it in their language (`learner.own_page_language`); staff in English."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.assistant.i18n import replying_in, t
from pathfinder.safety.markdown import escape_md
from pathfinder.ui import resources
from pathfinder.ui.session import ACCOUNT_NOTICE_KEY, current_account, sign_out
from pathfinder.ui.signin import change_password_form

if TYPE_CHECKING:
    from pathfinder.domain.access import Account


def render() -> None:
    account = current_account()
    if account is None:
        return
    lang = "en"
    if account.role == "learner" and account.learner_id:  # a learner reads it in their language
        from pathfinder.ui import learner

        lang = learner.own_page_language(learner.load(account.learner_id))
    with replying_in(lang):
        _page(account)


def _page(account: Account) -> None:
    st.title(t("ac_title"))
    st.markdown(
        t("ac_signed_in", name=escape_md(account.username), role=t(f"role_{account.role}"))
        + (t("ac_name", name=escape_md(account.display_name)) if account.display_name else "")
    )
    if account.role == "learner":
        st.caption(t("ac_privacy"))
        st.subheader(t("ac_advisors"))
        advisors_section(account)
    if not account.username.startswith("sso-"):  # single sign-on accounts have no local password
        st.subheader(t("ac_change_password"))
        change_password_form(account)
    st.divider()
    st.button(t("nav_sign_out"), type="primary", key="account-sign-out", on_click=sign_out)


def advisors_section(account: Account) -> None:
    """A learner sees which advisors can open their record, invites one by username, or removes one."""
    store = resources.account_store()
    mine = [store.get(a) for a in store.advisors_of(account.learner_id or "")]
    mine = [a for a in mine if a is not None]
    if mine:
        st.markdown(t("ac_advisors_list", names=", ".join(f"**{escape_md(a.label)}**" for a in mine)))
        gone = st.selectbox(
            t("ac_remove"),
            [a.id for a in mine],
            format_func=lambda i: next(a.label for a in mine if a.id == i),
            key="advisor-remove",
        )
        if st.button(t("ac_remove_button"), key="advisor-remove-button"):
            store.unassign(gone, account.learner_id, account)
            st.session_state[ACCOUNT_NOTICE_KEY] = t("ac_removed")
            st.rerun()
    else:
        st.caption(t("ac_no_advisor"))
    with st.form("advisor-invite", clear_on_submit=True):
        username = st.text_input(t("ac_invite"))
        if st.form_submit_button(t("ac_invite_button")) and username.strip():
            advisor = store.by_username(username)
            if advisor is None or advisor.role != "advisor":
                st.error(t("ac_no_such_advisor"))
                return
            store.assign(advisor.id, account.learner_id, account)
            st.session_state[ACCOUNT_NOTICE_KEY] = t("ac_invited", name=advisor.label)
            st.rerun()
