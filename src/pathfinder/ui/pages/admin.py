"""The Admin page: accounts (create staff with a one-time password, change roles, unlock), advisors'
caseloads, learners' data rights (full export, erasure) and the audit log (view, filter, export)."""

from __future__ import annotations

import json

import streamlit as st

from pathfinder.domain.access import Account
from pathfinder.errors import PathfinderError
from pathfinder.safety.markdown import escape_md
from pathfinder.ui import learner, resources
from pathfinder.ui.session import current_account
from pathfinder.ui.tables import frame

STAFF_ROLES = ("advisor", "maintainer", "admin")


def accounts_section(admin: Account) -> None:
    store = resources.account_store()
    accounts = store.all()
    st.dataframe(
        frame(
            [
                {
                    "username": a.username,
                    "role": a.role,
                    "name": a.display_name,
                    "learner id": a.learner_id or "",
                    "created": a.created_at,
                }
                for a in accounts
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    with st.form("admin-create", clear_on_submit=True):
        cols = st.columns(3)
        username = cols[0].text_input("New staff username")
        role = cols[1].selectbox("Role", STAFF_ROLES)
        name = cols[2].text_input("Display name (shown on notes and plans)")
        if st.form_submit_button("Create account"):
            from pathfinder.safety.passwords import one_time_password

            secret = one_time_password()
            created = store.create(username, secret, role, display_name=name, actor=admin, one_time=True)
            st.success(
                f"Created {role} {escape_md(created.username)}. Give them this one-time password "
                "(shown once; they choose their own at the first sign-in):"
            )
            st.code(secret, language=None)
    staff = [a for a in accounts if a.role != "learner"]
    with st.form("admin-role"):
        cols = st.columns(2)
        labels = {a.id: f"{a.username} ({a.role})" for a in staff}
        chosen = cols[0].selectbox("Account", list(labels), format_func=labels.get)
        role = cols[1].selectbox("New role", STAFF_ROLES)
        if st.form_submit_button("Change role") and chosen:
            changed = store.set_role(chosen, role, admin)
            st.success(f"{escape_md(changed.username)} is now {role}.")
    with st.form("admin-unlock"):
        username = st.text_input("Unlock a username (clears its failed sign-ins)")
        if st.form_submit_button("Unlock") and username.strip():
            store.unlock(username, admin)
            st.success(f"Failed sign-ins of {escape_md(username.strip())} cleared.")


def _learner_choices() -> dict[str, str]:
    """Every learner (with or without an account): learner id -> a readable label (admins only)."""
    from pathfinder.storage.learner_data import learner_directory

    return learner_directory(resources.learner_stores(), current_account())


def caseloads_section(admin: Account) -> None:
    store = resources.account_store()
    advisors = {a.id: a for a in store.all() if a.role == "advisor"}
    if not advisors:
        st.caption("No advisor accounts yet; create one above.")
        return
    learners = _learner_choices()
    with st.form("admin-caseload"):
        cols = st.columns(2)
        advisor = cols[0].selectbox("Advisor", list(advisors), format_func=lambda i: advisors[i].label)
        chosen = cols[1].selectbox("Learner", list(learners), format_func=learners.get)
        buttons = st.columns(2)
        if buttons[0].form_submit_button("Assign to caseload") and advisor and chosen:
            store.assign(advisor, chosen, admin)
            st.success("Assigned.")
        if buttons[1].form_submit_button("Remove from caseload") and advisor and chosen:
            store.unassign(advisor, chosen, admin)
            st.success("Removed.")
    rows = [
        {"advisor": a.label, "learner": learners.get(lid, lid)}
        for a in advisors.values()
        for lid in sorted(store.caseload(a.id))
    ]
    if rows:
        st.dataframe(frame(rows), hide_index=True, width="stretch")


def data_rights_section() -> None:
    learners = _learner_choices()
    if not learners:
        st.caption("No learners yet.")
        return
    chosen = st.selectbox("Learner", list(learners), format_func=learners.get, key="admin-rights-learner")
    if st.button("Prepare a full export (JSON)", key="admin-export"):
        from pathfinder.ui.data_export import learner_export_pdf

        everything = learner.data(chosen, "export").export()
        st.session_state["admin-export-data"] = (
            chosen,
            json.dumps(everything, ensure_ascii=False, indent=1),
            learner_export_pdf(everything),
        )
    prepared = st.session_state.get("admin-export-data")
    if prepared and prepared[0] == chosen:
        st.download_button(
            "Download the export", prepared[1], f"{chosen}-all-data.json", mime="application/json"
        )
        st.download_button(
            "Download the export (PDF)", prepared[2], f"{chosen}-all-data.pdf", mime="application/pdf"
        )
    sure = st.checkbox(
        "I understand this erases the learner's account and all their data, for good.", key="admin-erase-sure"
    )
    if st.button("Erase this learner", disabled=not sure, key="admin-erase"):
        learner.data(chosen, "erase").erase()
        st.session_state.pop("admin-export-data", None)
        st.success("Erased. The audit log keeps only a pseudonymous record of the erasure.")


def audit_section() -> None:
    log = resources.audit_log()
    from pathfinder.storage.audit import ACTIONS

    action = st.selectbox("Action", ("all", *ACTIONS), key="admin-audit-action")
    entries = log.entries(action=None if action == "all" else action, limit=500)
    st.dataframe(
        frame(
            [
                {
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "learner": e.learner_id or "",
                    "detail": e.detail,
                }
                for e in entries
            ],
            columns=["at", "actor", "action", "learner", "detail"],
        ),
        hide_index=True,
        width="stretch",
    )
    st.download_button(
        "Export the whole audit log (JSON)",
        log.export_json(),
        "audit-log.json",
        mime="application/json",
        key="admin-audit-export",
    )


def render() -> None:
    st.title("Admin")
    admin = current_account()
    if admin is None or admin.role != "admin":  # the page gate already checked; this guards any other caller
        raise PathfinderError("Only an admin can use this page.")
    accounts_tab, caseload_tab, rights_tab, audit_tab = st.tabs(
        ["Accounts", "Caseloads", "Data rights", "Audit log"]
    )
    with accounts_tab:
        accounts_section(admin)
    with caseload_tab:
        caseloads_section(admin)
    with rights_tab:
        data_rights_section()
    with audit_tab:
        audit_section()
