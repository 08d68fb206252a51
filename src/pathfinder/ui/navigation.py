"""The app's frame: page config, the pages and their navigation, the mode badge, and the error boundary."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui import resources

LEARNER_PARAM = "learner"


def guarded(render: Callable[[], None]) -> Callable[[], None]:
    """`render` with every PathfinderError shown as its message (which says the fix), never a traceback."""

    @functools.wraps(render)
    def page() -> None:
        try:
            render()
        except PathfinderError as e:
            st.error(str(e), icon=":material/error:")

    return page


def mode_badge() -> str:
    """'offline mode' or 'model: NAME', as shown in the sidebar."""
    settings = resources.settings()
    return f"model: {settings.chat_model}" if settings.llm_enabled else "offline mode"


def learner_id() -> str:
    """This browser's learner profile id: kept in the URL (?learner=...) so a reload or bookmark resumes it."""
    current = st.session_state.get("learner_id") or st.query_params.get(LEARNER_PARAM)
    if not current or len(current) > 100:
        current = "learner-" + uuid.uuid4().hex[:12]
    st.session_state["learner_id"] = current
    if st.query_params.get(LEARNER_PARAM) != current:
        st.query_params[LEARNER_PARAM] = current
    return current


def pages() -> list[st.Page]:
    from pathfinder.ui.pages import advisor, catalogue, chat, pathway, profile

    return [
        st.Page(guarded(chat.render), title="Chat", icon=":material/chat:", url_path="chat", default=True),
        st.Page(guarded(profile.render), title="Profile", icon=":material/person:", url_path="profile"),
        st.Page(guarded(pathway.render), title="Pathway", icon=":material/route:", url_path="pathway"),
        st.Page(guarded(advisor.render), title="Advisor", icon=":material/support_agent:", url_path="advisor"),
        st.Page(guarded(catalogue.render), title="Catalogue", icon=":material/library_books:", url_path="catalogue"),
    ]


def main() -> None:
    st.set_page_config(page_title="pathfinder", page_icon=":material/explore:", layout="wide")
    try:
        settings = resources.settings()
    except Exception as e:  # noqa: BLE001 - pydantic ValidationError from a bad PATHFINDER_* value
        st.error(f"The settings cannot be read: {e}. Fix the PATHFINDER_* variable or .env entry it names.")
        st.stop()
    learner_id()
    navigation = st.navigation(pages())
    with st.sidebar:
        st.badge(mode_badge(), icon=":material/cloud_off:" if not settings.llm_enabled else ":material/smart_toy:",
                 color="gray" if not settings.llm_enabled else "blue")
        advised = st.session_state.get("advised_learner")
        if advised:
            st.caption(f"Advisor session: Chat, Profile and Pathway act for learner `{advised}`. "
                       "End it on the Advisor page.")
    navigation.run()
