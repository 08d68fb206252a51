"""Shared by the app tests: a small catalogue built around the bundled taxonomy's "data analyst", an index of
it, and AppTest helpers (open a page of the real navigation, read what a run showed)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from pathfinder.domain import Credential, ImportReport, SkillRef, StackTarget
from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.skills.files import load_taxonomy

APP = str(PROJECT_ROOT / "app.py")
DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"


def analyst_catalogue(settings: Settings) -> list[Credential]:
    """Eight credentials that between them teach the essential skills of "data analyst" (two skills each), a
    prerequisite, and three parts that stack into a certificate; one title carries HTML to test escaping."""
    taxonomy = load_taxonomy(settings)
    occupation = taxonomy.occupation(DATA_ANALYST)
    assert occupation is not None, "the bundled taxonomy lost 'data analyst'; update the app test fixture"
    skills = [SkillRef(uri=u, label=taxonomy.label(u)) for u in occupation.essential[:14]]
    cert = Credential(
        id="cert-analytics",
        title="Certificate in Data Analytics",
        kind="certificate",
        provider="Open University of Testland",
        ects=12,
        eqf_level=6,
        stack_ects_required=10,
        languages=("en",),
        cost=0,
        url="https://example.org/cert",
    )
    creds = [cert]
    for i in range(7):
        pair = tuple(skills[2 * i : 2 * i + 2])
        creds.append(
            Credential(
                id=f"da-{i + 1}",
                title=f"Data analysis module {i + 1}: {pair[0].label}"
                if i
                else "Intro to <b>data</b> analysis",
                provider="Open University of Testland" if i % 2 == 0 else "Skills Academy",
                country="DE" if i % 2 == 0 else "FR",
                ects=4 + (i % 3),
                eqf_level=5 + (i % 2),
                skills=pair,
                languages=("en",),
                cost=0 if i % 3 == 0 else 90 + 30 * i,
                participation="online" if i % 2 == 0 else "blended",
                assessment="project and quiz",
                url=f"https://example.org/da-{i + 1}",
                prerequisites=("da-1",) if i == 3 else (),
                stacks_into=(StackTarget(target="cert-analytics"),) if i < 3 else (),
                description="Learn to analyse data with real data sets.",
            )
        )
    return creds


def build_index(settings: Settings) -> list[Credential]:
    from pathfinder.index import reindex_report

    credentials = analyst_catalogue(settings)
    reindex_report(settings, ImportReport(credentials=credentials))
    return credentials


def open_page(at, url_path: str):
    """Make the next `at.run()` open a page of the real st.navigation (AppTest.switch_page only takes
    files)."""
    from streamlit.util import calc_hash

    at._page_hash = calc_hash(url_path)  # what st.Page uses for a callable page's script hash
    return at


def texts(at) -> str:
    """Everything a run put on screen as text (Markdown, captions, alerts, titles), for `in` checks."""
    parts = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "error",
        "success",
    ):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


def settings_env(data_dir: Path) -> dict[str, str]:
    """Environment for an app under test: data under data_dir, hash embedder, offline, no secrets."""
    return {
        "PATHFINDER_DATA_DIR": str(data_dir),
        "PATHFINDER_EMBEDDER": "hash",
        "OPENAI_API_KEY": "",
        "PATHFINDER_OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "PATHFINDER_DEMO": "false",
        "PATHFINDER_SIGNUP": "true",
    }


def clear_streamlit_caches() -> None:
    """Each test gets fresh cached resources (settings read from its own environment)."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()


PASSWORD = "correct horse battery"  # the password of every account the harness makes


def account(role: str = "learner", learner: str = "learner-test", username: str | None = None):
    """The test account (made once per database): a learner owning `learner`, or a staff account of `role`."""
    from pathfinder.storage.accounts import AccountStore

    store = AccountStore(Settings().database_path)
    username = username or (learner if role == "learner" else f"{role}-one")
    found = store.by_username(username)
    if found is not None:
        return found
    return store.create(
        username,
        PASSWORD,
        role,
        learner_id=learner if role == "learner" else None,
        display_name=f"Test {role.capitalize()}",
    )


def signed_in(at, who) -> None:
    """Put `who` into the AppTest's session as if it had signed in just now (the sign-in form itself is tested
    in tests/test_app_accounts.py)."""
    from datetime import datetime

    now = datetime.now(UTC)
    at.session_state["account_id"] = who.id
    at.session_state["signed_in_at"] = now
    at.session_state["last_active_at"] = now


def sign_in(at, username: str, password: str = PASSWORD):
    """Sign in through the real form on the page the AppTest shows."""
    at.text_input(key="signin-username").input(username)
    at.text_input(key="signin-password").input(password)
    next(b for b in at.button if b.label == "Sign in").click()
    return at.run()


def start_app(
    page: str | None = None,
    learner: str = "learner-test",
    secrets: dict | None = None,
    role: str | None = "learner",
    who=None,
):
    """The real app.py under AppTest, run once signed in (as the learner owning `learner`, or a test account
    of `role`, or `who`; nobody when role is None), then on `page` when given."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    if who is None and role is not None:
        who = account(role, learner)
    if who is not None:
        signed_in(at, who)
    at.run()
    return open_page(at, page).run() if page else at


@pytest.fixture
def app_settings(tmp_path, monkeypatch) -> Settings:
    """Environment for AppTest (data under tmp_path, hash embedder, offline), caches cleared, index built."""
    for name, value in settings_env(tmp_path / "data").items():
        monkeypatch.setenv(name, value)
    clear_streamlit_caches()
    settings = Settings(_env_file=None)
    build_index(settings)
    return settings
