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
        raise SettingsUnreadable(
            f"The settings cannot be read: {e}. Fix the PATHFINDER_* variable or .env entry "
            "it names, then restart the app."
        ) from e


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
    """The catalogue index of the current version; IndexNotBuilt (with the command to run) when there is
    none."""
    return _index_at(index_version())


@st.cache_resource(show_spinner="Starting the assistant…", max_entries=2)
def _tools_at(version: str | None) -> Any:
    from pathfinder.assistant.tools import AssistantTools

    # shares the cached index and taxonomy; prepare() builds the planning lookup and lexicon now (in the
    # warm-up)
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


@st.cache_resource(show_spinner=False)
def audit_log() -> Any:
    from pathfinder.storage.audit import AuditLog

    return AuditLog(settings().database_path)


@st.cache_resource(show_spinner=False)
def account_store() -> Any:
    """The accounts; on the very first start (no admin yet) an admin with a one-time password printed to the
    server's console is created, so a fresh `make run` can be administered (docs/APP.md). The retention
    settings are applied here too, once per server start."""
    from pathfinder.storage.accounts import AccountStore
    from pathfinder.storage.retention import apply_retention

    store = AccountStore(settings().database_path, audit_log())
    apply_retention(
        settings().database_path,
        settings().data_dir,
        settings().retain_conversations_days,
        settings().retain_uploads_days,
    )  # once per server start (PATHFINDER_RETAIN_*_DAYS)
    if not store.count("admin"):
        import sys

        from pathfinder.safety.passwords import one_time_password

        secret = one_time_password()
        store.create("admin", secret, "admin", one_time=True)
        store.audit.record("first_admin", "app start", "", None, "admin")
        print(
            "pathfinder: first start - created the admin account 'admin' with "
            f"the one-time password {secret} (change it at the first sign-in)",
            file=sys.stderr,
            flush=True,
        )
    return store


def learner_stores() -> Any:
    """Every store of a learner's data, for the access gateway (pathfinder.storage.learner_data)."""
    from pathfinder.storage.learner_data import Stores

    return Stores(
        profiles=profile_store(),
        conversations=conversation_store(),
        advising=advising_store(),
        accounts=account_store(),
        audit=audit_log(),
    )


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
