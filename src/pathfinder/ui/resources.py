"""The app's heavy objects (settings, taxonomy, index, assistant, stores, job board), each built once.

Everything here is wrapped in st.cache_resource, so all sessions share one instance. The index and the
assistant are cached per index version: after a re-index flips the CURRENT pointer, the next page run opens
the new version while runs already in flight finish on the old one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui.jobs import JobBoard

if TYPE_CHECKING:  # pydantic(-settings) is imported when settings are first needed, not with the app
    from pathfinder.settings import Settings


class SettingsUnreadable(PathfinderError):
    """A PATHFINDER_* variable or .env entry has a value Settings cannot accept."""


@st.cache_resource(show_spinner=False)
def settings() -> Settings:
    from pydantic import ValidationError

    from pathfinder.settings import Settings

    try:
        return Settings()
    except ValidationError as e:
        raise SettingsUnreadable(f"The settings cannot be read: {e}. Fix the PATHFINDER_* variable or .env entry "
                                 "it names, then restart the app.") from e


@st.cache_resource(show_spinner="Loading the skills taxonomy…")
def taxonomy() -> Any:
    from pathfinder.skills.files import load_taxonomy

    return load_taxonomy(settings())


def index_version() -> str | None:
    """The version being served now (a one-line file read, cheap enough for every run)."""
    from pathfinder.index.versions import current_version

    return current_version(settings())


@st.cache_resource(show_spinner="Opening the catalogue index…", max_entries=2)
def _index_at(version: str | None) -> Any:
    from pathfinder.index import open_index

    return open_index(settings())


def index() -> Any:
    """The catalogue index of the current version; IndexNotBuilt (with the command to run) when there is none."""
    return _index_at(index_version())


@st.cache_resource(show_spinner="Starting the assistant…", max_entries=2)
def _tools_at(version: str | None) -> Any:
    from pathfinder.assistant.tools import AssistantTools

    # shares the cached index and taxonomy; prepare() builds the planning lookup and lexicon now (in the warm-up)
    return AssistantTools(index(), taxonomy()).prepare()


def planning_catalogue() -> Any:
    """The served catalogue indexed for planning: the assistant's own lookup, built once per index version."""
    return _tools_at(index_version()).planning_catalogue


@st.cache_resource(show_spinner="Starting the assistant…", max_entries=2)
def _assistant_at(version: str | None) -> Any:
    from pathfinder.assistant.service import build_assistant

    return build_assistant(settings(), tools=_tools_at(version))


def assistant() -> Any:
    return _assistant_at(index_version())


@st.cache_resource(show_spinner=False)
def profile_store() -> Any:
    from pathfinder.storage.profiles import open_profile_store

    return open_profile_store(settings())


@st.cache_resource(show_spinner=False)
def advising_store() -> Any:
    from pathfinder.safety.output import configured_secrets

    from pathfinder.storage.advising import AdvisingStore

    return AdvisingStore(settings().database_path, secrets=configured_secrets(settings()))


@st.cache_resource(show_spinner=False)
def conversation_store() -> Any:
    from pathfinder.safety.output import configured_secrets

    from pathfinder.storage.conversations import ConversationStore

    # configured secrets (API key, role secrets) never reach the stored messages
    return ConversationStore(settings().database_path, secrets=configured_secrets(settings()))


@st.cache_resource(show_spinner="Loading the skill matcher…")
def skill_matcher() -> Any:
    from pathfinder.skills.matching import SkillMatcher

    return SkillMatcher(taxonomy(), _index_embedder(), settings().data_dir / "cache")


def _index_embedder() -> Any:
    try:
        return index().embedder  # share the loaded embedder with the index when there is one
    except PathfinderError:
        from pathfinder.index.embedders import build_embedder

        return build_embedder(settings())


@st.cache_resource(show_spinner=False)
def job_board() -> JobBoard:
    return JobBoard()


def credentials_by_id() -> dict[str, Any]:
    """Every credential of the current index by id (for cards, charts and exports)."""
    return _credential_map(index_version())


@st.cache_resource(show_spinner=False, max_entries=2)
def _credential_map(version: str | None) -> dict[str, Any]:
    return {c.id: c for c in index().credentials()}
