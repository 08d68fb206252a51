"""The Advisor page: find, create and open learner profiles; in a session, the learner's chat and pathway,
stored session notes, pinned/rejected credentials (the planner respects them), agreeing a plan (stored with
the AI's suggestion) and a PDF report of AI suggestion vs agreed plan from that stored record."""

from __future__ import annotations

import uuid

import streamlit as st

from pathfinder.domain import LearnerProfile
from pathfinder.safety.markdown import escape_md
from pathfinder.ui import learner, planning, resources
from pathfinder.ui.pages.chat import chat_panel
from pathfinder.ui.pages.pathway import show_pathway
from pathfinder.ui.session_report import SessionReport, plan_changes, session_report_pdf
from pathfinder.ui.tables import frame


def new_profile_id() -> str:
    """A random id (128 bits) that carries no name: ids are not secrets, but they should not identify
    anyone."""
    return f"learner-{uuid.uuid4().hex}"


def learners_section() -> None:
    """The advisor's caseload only (assigned by an admin, or created by this advisor)."""
    from pathfinder.ui.session import current_account

    advisor = current_account()
    accounts = resources.account_store()
    caseload = accounts.caseload(advisor.id)
    query = st.text_input("Search your learners by name or id", key="advisor-search").strip().lower()
    profiles = [learner.data(pid).load() for pid in sorted(caseload)]
    # a learner with an account and no name in the profile is known by the account's name
    owners = {p.id: accounts.by_learner(p.id) for p in profiles if not p.name}
    profiles = [
        p.model_copy(update={"name": owners[p.id].label}) if owners.get(p.id) else p for p in profiles
    ]
    profiles = [p for p in profiles if query in p.id.lower() or query in p.name.lower()]
    profiles.sort(key=lambda p: (p.name.casefold() or "\uffff", p.id))  # by name; unnamed ones last
    if profiles:
        st.dataframe(
            frame(
                [
                    {
                        "name": p.name,
                        "goal": p.goal.label if p.goal else "",
                        "skills": len(p.skills),
                        "updated": p.updated_at.strftime("%Y-%m-%d %H:%M"),
                        "id": p.id,
                    }
                    for p in profiles
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        names = {p.id: f"{p.name or '(no name)'} · {p.id}" for p in profiles}
        chosen = st.selectbox("Learner", list(names), format_func=names.get, key="advisor-pick")
        if st.button("Open session", type="primary"):
            learner.data(chosen, audit_access=True)  # checks the caseload again, and records the access
            st.session_state[learner.ADVISED_KEY] = chosen
            st.session_state["advised_learner_name"] = next(p.name for p in profiles if p.id == chosen)
            st.rerun()
    else:
        st.caption(
            "No learner matches." if query else "Your caseload is empty; an admin assigns learners to you."
        )
    with st.form("advisor-create"):
        name = st.text_input("New learner's name (a profile without an account, in your caseload)")
        if st.form_submit_button("Create profile") and name.strip():
            new_id = new_profile_id()
            resources.account_store().assign(advisor.id, new_id, advisor)
            saved = learner.data(new_id, "write").save(
                LearnerProfile(id=new_id, name=name.strip()), "created the learner's profile"
            )
            st.session_state[learner.ADVISED_KEY] = saved.id
            st.rerun()


def decisions_section(profile: LearnerProfile) -> None:
    credentials = resources.credentials_by_id()
    ids = sorted(credentials, key=lambda i: credentials[i].title.lower())
    prefs = profile.preferences
    with st.form("advisor-decisions"):
        pinned = st.multiselect(
            "Pinned: must be in the plan",
            ids,
            default=[i for i in prefs.pinned if i in credentials],
            format_func=lambda i: credentials[i].title,
        )
        rejected = st.multiselect(
            "Rejected: never recommend",
            ids,
            default=[i for i in prefs.rejected if i in credentials],
            format_func=lambda i: credentials[i].title,
        )
        if st.form_submit_button("Save decisions"):
            clash = set(pinned) & set(rejected)
            if clash:
                st.error(
                    "A credential cannot be both pinned and rejected: "
                    + ", ".join(escape_md(credentials[i].title) for i in clash)
                )
                return
            learner.save_and_rerun(
                profile.model_copy(
                    update={
                        "preferences": prefs.model_copy(
                            update={"pinned": tuple(pinned), "rejected": tuple(rejected)}
                        )
                    }
                ),
                "Decisions saved; the plan follows them.",
            )
    if prefs.decided_by:
        st.caption(f"Pins and rejections last set by {escape_md(prefs.decided_by)}.")


def notes_section(profile: LearnerProfile) -> tuple:
    """The learner's stored session notes and a form to add one; returns the notes (for the report)."""
    store = learner.data(profile.id)
    notes = tuple(store.notes())
    if notes:
        st.markdown(
            "\n".join(
                f"- **{n.created_at:%Y-%m-%d %H:%M}** ({escape_md(n.author or n.author_role)}): "
                f"{escape_md(n.text)}"
                for n in notes
            )
        )
    else:
        st.caption("No notes yet for this learner.")
    with st.form(f"advisor-note-{profile.id}", clear_on_submit=True):
        text = st.text_area(
            "Add a session note (saved with the learner's data)", height=100, max_chars=10_000
        )
        if st.form_submit_button("Save note"):
            store.add_note(text)
            learner.flash("Note saved.")
            st.rerun()
    return notes


def _names(ids: tuple[str, ...]) -> str:
    credentials = resources.credentials_by_id()
    return ", ".join(escape_md(credentials[i].title if i in credentials else i) for i in ids) or "none"


def agreement_section(profile: LearnerProfile, notes: tuple, talking: str | None = None) -> None:
    """AI suggestion vs the plan with the advisor's decisions; agree it (stored); the report from stored
    data. `talking`: the session's conversation language, which both plans keep to as the chat's does."""
    from pathfinder.assistant.conversation_language import leaning_to

    if profile.goal is None:
        st.info("The learner has no goal yet; set one in the chat or on the Profile page to plan and report.")
        return
    # the AI's suggestion is the plan without the advisor's pins and rejections; the current plan has them
    untouched = profile.model_copy(
        update={"preferences": profile.preferences.model_copy(update={"pinned": (), "rejected": ()})}
    )
    _, suggested = planning.plan(leaning_to(untouched, talking))
    _, current = planning.plan(leaning_to(profile, talking))
    store = learner.data(profile.id)
    stored = store.agreed_plan()
    if stored is None:
        st.caption("Not agreed yet. Compared with the AI's suggestion, the current plan:")
        changes = plan_changes(suggested, current)
    else:
        st.success(
            f"Agreed with the learner on {stored.agreed_at:%Y-%m-%d} by {escape_md(stored.agreed_by)}: "
            f"{_names(stored.agreed.ids)}.",
            icon=":material/handshake:",
        )
        changes = plan_changes(stored.suggested, stored.agreed)
        if current.ids != stored.agreed.ids:
            st.warning(
                "The current plan differs from the agreed one (decisions, constraints "
                "or the catalogue changed). Agree again to record the current plan."
            )
    st.markdown(
        f"**Kept from the AI suggestion:** {_names(changes.kept)}  \n"
        f"**Added by you:** {_names(changes.added)}  \n**Removed by you:** {_names(changes.removed)}"
    )
    if (
        current.steps
        and (stored is None or current.ids != stored.agreed.ids)
        and st.button("Agree this plan with the learner", type="primary", key=f"agree-{profile.id}")
    ):
        store.agree(current, suggested)
        learner.flash("The agreed plan is saved; the learner sees it on their Pathway page.")
        st.rerun()
    report = SessionReport(
        learner_id=profile.id,
        learner_name=profile.name,
        notes=notes,
        goal_label=current.goal_label,
        pinned=profile.preferences.pinned,
        rejected=profile.preferences.rejected,
        suggested=stored.suggested if stored else suggested,
        agreed=stored.agreed if stored else current,
        agreed_by=stored.agreed_by if stored else "",
        agreed_at=stored.agreed_at if stored else None,
    )
    st.download_button(
        "Download session report (PDF)",
        session_report_pdf(report, resources.credentials_by_id()),
        f"session-{profile.id}.pdf",
        mime="application/pdf",
    )


def session_view(profile_id: str) -> None:
    profile = learner.load(profile_id)
    st.session_state["advised_learner_name"] = profile.name  # for the sidebar's session note
    cols = st.columns([4, 1])
    cols[0].subheader(f"Session with {escape_md(profile.name or profile.id)}")
    if cols[1].button("End session"):
        st.session_state.pop(learner.ADVISED_KEY, None)
        st.rerun()
    if profile.version == 0:
        st.warning("This learner's profile does not exist (any more). End the session and pick another.")
        return
    learner.show_flash()
    chat_tab, pathway_tab, decisions_tab, report_tab = st.tabs(
        ["Chat", "Pathway", "Pin / reject", "Notes & agreed plan"]
    )
    with chat_tab:
        chat_panel(profile_id, key="advisor-chat")
    # the plan the session's chat gives (`leaning_to` its language): the same steps in every tab
    talking = learner.stored_conversation_language(profile_id)
    with pathway_tab:
        show_pathway(profile, key="advisor-pathway", talking=talking)
    with decisions_tab:
        decisions_section(profile)
    with report_tab:
        notes = notes_section(profile)
        agreement_section(profile, notes, talking)


def render() -> None:
    from pathfinder.storage.learner_data import AccessDenied

    st.title("Advisor")
    advised = st.session_state.get(learner.ADVISED_KEY)
    if advised:
        try:
            learner.data(advised)
        except AccessDenied as e:  # unassigned meanwhile: the session ends here
            st.session_state.pop(learner.ADVISED_KEY, None)
            st.warning(str(e))
            advised = None
    if advised:
        session_view(advised)
    else:
        learners_section()
