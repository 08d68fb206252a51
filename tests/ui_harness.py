"""Shared by the app tests: a small catalogue built around the bundled taxonomy's "data analyst", an index of it,
and AppTest helpers (open a page of the real navigation, read what a run showed)."""

from __future__ import annotations

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
    cert = Credential(id="cert-analytics", title="Certificate in Data Analytics", kind="certificate",
                      provider="Open University of Testland", ects=12, eqf_level=6, stack_ects_required=10,
                      languages=("en",), cost=0, url="https://example.org/cert")
    creds = [cert]
    for i in range(7):
        pair = tuple(skills[2 * i: 2 * i + 2])
        creds.append(Credential(
            id=f"da-{i + 1}",
            title=f"Data analysis module {i + 1}: {pair[0].label}" if i else "Intro to <b>data</b> analysis",
            provider="Open University of Testland" if i % 2 == 0 else "Skills Academy",
            country="DE" if i % 2 == 0 else "FR", ects=4 + (i % 3), eqf_level=5 + (i % 2),
            skills=pair, languages=("en",), cost=0 if i % 3 == 0 else 90 + 30 * i,
            participation="online" if i % 2 == 0 else "blended", assessment="project and quiz",
            url=f"https://example.org/da-{i + 1}",
            prerequisites=("da-1",) if i == 3 else (),
            stacks_into=(StackTarget(target="cert-analytics"),) if i < 3 else (),
            description="Learn to analyse data with real data sets.",
        ))
    return creds


def build_index(settings: Settings) -> list[Credential]:
    from pathfinder.index import reindex_report

    credentials = analyst_catalogue(settings)
    reindex_report(settings, ImportReport(credentials=credentials))
    return credentials


def open_page(at, url_path: str):
    """Make the next `at.run()` open a page of the real st.navigation (AppTest.switch_page only takes files)."""
    from streamlit.util import calc_hash

    at._page_hash = calc_hash(url_path)  # what st.Page uses for a callable page's script hash
    return at


def texts(at) -> str:
    """Everything a run put on screen as text (Markdown, captions, alerts, titles), for `in` checks."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
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
        "PATHFINDER_ADVISOR_SECRET": "",
        "PATHFINDER_MAINTAINER_SECRET": "",
    }


def clear_streamlit_caches() -> None:
    """Each test gets fresh cached resources (settings read from its own environment)."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()


def start_app(page: str | None = None, learner: str = "learner-test", secrets: dict | None = None):
    """The real app.py under AppTest, run once (as that learner), then on `page` when given."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["learner"] = learner
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
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
