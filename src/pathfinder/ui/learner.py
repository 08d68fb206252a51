"""Reading and saving the learner profile a page works on (the visitor's own, or the one an advisor opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.ui import resources

if TYPE_CHECKING:  # pydantic loads after the first page is usable
    from pathfinder.domain import LearnerProfile

ADVISED_KEY = "advised_learner"


def active_profile_id() -> str:
    """The advisor's open learner when an advisor session is active, else this browser's own learner id."""
    return st.session_state.get(ADVISED_KEY) or st.session_state.get("learner_id") or "learner-local"


def find(profile_id: str) -> LearnerProfile | None:
    store = resources.profile_store()
    return next((p for p in store.list(profile_id) if p.id == profile_id), None)


def load(profile_id: str | None = None) -> LearnerProfile:
    """The stored profile, or a new empty one (version 0, not saved until something changes)."""
    from pathfinder.domain import LearnerProfile

    profile_id = profile_id or active_profile_id()
    return find(profile_id) or LearnerProfile(id=profile_id)


def save(profile: LearnerProfile) -> LearnerProfile:
    """Save with optimistic concurrency: ProfileConflict (its message says reload) if someone saved meanwhile."""
    return resources.profile_store().save(profile)


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
