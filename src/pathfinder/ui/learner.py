"""Which learner a page works on, and reading and saving their data: always through the access gateway.

The learner is the signed-in learner's own record, or, for an advisor, the learner they opened on the Advisor
page (re-checked against their caseload on every run). Nothing here takes a learner id from the URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui import resources
from pathfinder.ui.session import LANGUAGE_KEY  # + a profile id, or "last" (the frame's language)

if TYPE_CHECKING:  # pydantic loads after the first page is usable
    from pathfinder.domain import LearnerProfile
    from pathfinder.domain.access import Action
    from pathfinder.storage.learner_data import LearnerData

ADVISED_KEY = "advised_learner"


class OpenALearnerFirst(PathfinderError):
    """An advisor on a learner page with no learner open: a step to take on the Advisor page (shown as a note
    with a link to it, `navigation.guarded`), not an error."""

    page = "advisor"


def active_profile_id() -> str:
    """The advisor's open learner, or the signed-in learner's own id; else AccessDenied (saying why)."""
    from pathfinder.storage.learner_data import AccessDenied
    from pathfinder.ui.session import current_account

    account = current_account()
    if account is not None and account.role == "learner" and account.learner_id:
        return account.learner_id
    if account is not None and account.role == "advisor":
        advised = st.session_state.get(ADVISED_KEY)
        if advised:
            return advised
        raise OpenALearnerFirst("Open a learner from your caseload on the Advisor page first.")
    raise AccessDenied("Sign in as a learner (Account page) to use this page.")


def data(profile_id: str | None = None, action: Action = "read", audit_access: bool = False) -> LearnerData:
    """The access-checked gateway to a learner's data (AccessDenied when the signed-in account may not)."""
    from pathfinder.storage.learner_data import open_learner
    from pathfinder.ui.session import current_account

    return open_learner(
        resources.learner_stores(),
        current_account(),
        profile_id or active_profile_id(),
        action,
        audit_access=audit_access,
    )


def find(profile_id: str) -> LearnerProfile | None:
    return data(profile_id).profile()


def load(profile_id: str | None = None) -> LearnerProfile:
    """The stored profile, or a new empty one (version 0, not saved until something changes)."""
    return data(profile_id).load()


def save(profile: LearnerProfile) -> LearnerProfile:
    """Save with optimistic concurrency: ProfileConflict (its message says reload) if saved meanwhile."""
    return data(profile.id, "write").save(profile)


def flash(message: str) -> None:
    """A success message shown once at the top of the next run (survives the st.rerun after a save)."""
    st.session_state.setdefault("flash", []).append(message)


def show_flash() -> None:
    for message in st.session_state.pop("flash", []):
        st.success(message)


def save_and_rerun(profile: LearnerProfile, message: str) -> None:
    """Save, remember the message, and rerun so every widget on the page reads the saved version."""
    save(profile)
    flash(message)
    st.rerun()


def remember_language(profile_id: str, code: str | None) -> None:
    """The language of the learner's conversation on screen (the Chat page calls this)."""
    st.session_state[LANGUAGE_KEY + profile_id] = code
    st.session_state[LANGUAGE_KEY + "last"] = code  # for the chat input, drawn before the learner is known


def conversation_language(profile_id: str) -> str | None:
    """The language of the learner's conversation: the one on the Chat page in this session, else their latest
    stored one; None before they have talked."""
    key = LANGUAGE_KEY + profile_id
    if key not in st.session_state:
        st.session_state[key] = stored_conversation_language(profile_id)
    return st.session_state[key]


def stored_conversation_language(profile_id: str) -> str | None:
    """The language of the learner's latest stored conversation (an advisor's about them included), read
    now; None before anyone has talked."""
    store = data(profile_id)
    past = store.conversations()
    return store.history(past[0].id).state.language if past else None


def page_language(profile: LearnerProfile) -> str:
    """The language a learner's own pages are written in: their conversation's, else their preferred study
    language, when it is one of the eight served; else English."""
    from pathfinder.assistant.i18n import SERVED

    code = conversation_language(profile.id) or profile.preferences.language
    return code if code in SERVED else "en"


def own_page_language(profile: LearnerProfile) -> str:
    """The language of a page about `profile` (Profile, Account): the learner's `page_language` when the
    signed-in account is that learner (the demo guest too); English for staff (an advisor's session, an
    admin), whose pages stay English."""
    from pathfinder.ui.session import current_account

    account = current_account()
    mine = account is not None and account.role == "learner" and account.learner_id == profile.id
    return page_language(profile) if mine else "en"
