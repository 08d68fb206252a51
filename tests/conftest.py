"""Shared fixtures: settings on tmp_path, the path to ../shared/data, a tiny catalogue with real structure."""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from pathfinder.domain import Credential, Goal, LearnerProfile, SkillRef, StackTarget
from pathfinder.domain.dialogue import Answer, History
from pathfinder.runtime import serialise_ast_parse
from pathfinder.settings import PROJECT_ROOT, Settings

SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"

# In CI (CI=true) property tests run the same examples every time, so a submission's result does not depend on
# the draw; on developers' machines they explore new examples on every run (and keep failures in
# .hypothesis/).
# as in app.py: the app's warm-up thread must not parse while pytest formats a report (CPython gh-106905; an
# INTERNALERROR in a lead's run)
serialise_ast_parse()

hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated from the developer's environment: data under tmp_path, offline, hash embedder."""
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        embedder="hash",
        OPENAI_API_KEY=None,
        OPENAI_BASE_URL=None,
        chroma_url=None,
    )


@pytest.fixture
def bundled_cli(tmp_path, monkeypatch) -> Path:
    """For CLI tests over the bundled corpus and taxonomy: data under tmp_path (also the working folder), the
    real offline embedder, no API key. Returns tmp_path."""
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "offline")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(
            f"../shared/data not found at {SHARED_DATA}; the shared data sets are needed for this test"
        )
    return SHARED_DATA


PY = SkillRef(
    uri="http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
    label="Python (computer programming)",
)
SQL = SkillRef(uri="http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", label="SQL")
STATS = SkillRef(
    uri="http://data.europa.eu/esco/skill/bcb6a3b3-1e0b-4c6c-a4c5-5d4a1e1d5b6f", label="statistics"
)
VIZ = SkillRef(uri="http://data.europa.eu/esco/skill/9a8f8c1f-data-visualisation", label="data visualisation")


def tiny_catalogue() -> list[Credential]:
    """Five credentials: a prerequisite chain and a three-part stack into a certificate."""
    cert = Credential(
        id="cert-data",
        title="Certificate in Data Analysis",
        kind="certificate",
        provider="Uni A",
        country="DE",
        ects=15,
        eqf_level=6,
        stack_ects_required=12,
        languages=("en",),
        cost=0,
    )
    return [
        Credential(
            id="py-1",
            title="Python Basics",
            provider="Uni A",
            country="DE",
            ects=4,
            eqf_level=4,
            skills=(PY,),
            languages=("en",),
            cost=0,
            participation="online",
            stacks_into=(StackTarget(target="cert-data"),),
        ),
        Credential(
            id="sql-1",
            title="SQL for Analysts",
            provider="Academy B",
            country="FR",
            ects=4,
            eqf_level=5,
            skills=(SQL,),
            languages=("en", "fr"),
            cost=120,
            participation="online",
            stacks_into=(StackTarget(target="cert-data"),),
        ),
        Credential(
            id="stats-1",
            title="Applied Statistics",
            provider="Uni A",
            country="DE",
            ects=5,
            eqf_level=6,
            skills=(STATS,),
            prerequisites=("py-1",),
            languages=("de",),
            cost=300,
            participation="blended",
            stacks_into=(StackTarget(target="cert-data"),),
        ),
        Credential(
            id="viz-1",
            title="Data Visualisation",
            provider="Academy B",
            country="FR",
            hours=40,
            eqf_level=5,
            skills=(VIZ,),
            prerequisites=("py-1",),
            languages=("en",),
            cost=80,
            participation="on-site",
        ),
        cert,
    ]


@pytest.fixture
def catalogue() -> list[Credential]:
    return tiny_catalogue()


from store_backends import postgres_target, store_settings  # noqa: E402,F401 - the SQLite/PostgreSQL fixtures


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def page_errors():
    """Failures the app's page boundary caught and logged (pathfinder.ui.navigation.guarded), as they happen;
    a test that asks for this fixture expects some. Every other test fails if a page failed, although the
    browser saw only a plain message (the autouse check below): the boundary never hides a bug from the
    tests."""
    handler = _Records()
    logger = logging.getLogger("pathfinder.ui.errors")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


@pytest.fixture(autouse=True)
def _no_unexpected_page_errors(request):
    handler = _Records()
    logger = logging.getLogger("pathfinder.ui.errors")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records and "page_errors" not in request.fixturenames:
        pytest.fail(
            "a page failed (the user saw only a plain message): "
            + "\n".join(logging.Formatter().format(r) for r in handler.records)
        )


@pytest.fixture(autouse=True, scope="session")
def _streamlit_without_magic() -> None:
    """As .streamlit/config.toml, whatever the working directory: AppTest scripts are compiled without
    Streamlit's ast.parse "magic", which can race the app's warm-up thread on CPython < 3.11.8 (gh-106905)."""
    from streamlit import config

    config.set_option("runner.magicEnabled", False)


@pytest.fixture(scope="session")
def taxonomy(tmp_path_factory: pytest.TempPathFactory):
    """The bundled taxonomy (read-only), loaded once for the assistant and alias tests."""
    from pathfinder.skills.files import load_taxonomy

    return load_taxonomy(Settings(_env_file=None, data_dir=tmp_path_factory.mktemp("taxonomy")))


@pytest.fixture(scope="session")
def bundled_catalogue() -> list[Credential]:
    """The bundled catalogue's records (src/pathfinder/corpus/catalogue/*.json), read once."""
    import json

    from pathfinder.settings import BUNDLED_CORPUS

    return [
        Credential(**c)
        for f in sorted((BUNDLED_CORPUS / "catalogue").glob("*.json"))
        for c in json.loads(f.read_text(encoding="utf-8"))
    ]


@pytest.fixture(scope="session")
def bundled_tools(taxonomy, bundled_catalogue):
    """The assistant's tools over the bundled catalogue in memory (`InMemoryIndex`), built once."""
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.testing import InMemoryIndex

    return AssistantTools(InMemoryIndex(bundled_catalogue), taxonomy)


@pytest.fixture(scope="session")
def dialogue_catalogue() -> list[Credential]:
    """The small catalogue of tests/test_assistant_dialogues.json, the assistant tests' shared records."""
    import json

    data = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
    return [Credential(**c) for c in data["catalogue"]]


RESPONDER_TODAY = date(2026, 3, 2)


def dated_planner(today: date = RESPONDER_TODAY):
    """The real planner (`plan_pathway`) on a fixed date, as the assistant's `plan_fn` test seam."""
    from pathfinder.planner import plan_pathway

    return lambda profile, gap, creds, strategy: plan_pathway(
        profile, gap, creds, strategy=strategy, today=today
    )


@pytest.fixture(scope="session")
def make_responder(taxonomy, dialogue_catalogue: list[Credential]):
    """Builds the offline responder the assistant tests share: over `dialogue_catalogue` (or `catalogue`), on
    2 March 2026 (or `today`), with the planning service or the `gap_fn` / `plan_fn` test seams."""
    from pathfinder.assistant.offline import OfflineResponder
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.testing import InMemoryIndex

    def build(catalogue=None, *, gap_fn=None, plan_fn=None, today: date = RESPONDER_TODAY):
        records = dialogue_catalogue if catalogue is None else catalogue
        tools = AssistantTools(InMemoryIndex(records), taxonomy, gap_fn=gap_fn, plan_fn=plan_fn)
        return OfflineResponder(tools, lambda: today)

    return build


def converse(responder, *messages: str, learner: LearnerProfile | None = None) -> History:
    """The history after `messages` said in turn to `responder` (by `learner`): the one helper the assistant
    tests share for a conversation so far (`answers` gives what was answered)."""
    history = History()
    for message in messages:
        history = history.add(message, responder.reply(message, history, learner))
    return history


def answers(history: History) -> list[Answer]:
    """The assistant's answers in a history, in order."""
    return [turn.answer for turn in history.turns if turn.answer is not None]


def first_answer(responder, message: str, learner: LearnerProfile | None = None) -> Answer:
    """The answer to `message` said first, by `learner` (else a learner with an empty profile)."""
    return responder.reply(message, History(), learner or LearnerProfile(id="t"))


def goals_set(answer: Answer) -> list[Goal]:
    """The goals an answer sets (its `set_goal` changes that carry one), in order."""
    return [c.goal for c in answer.profile_changes if c.kind == "set_goal" and c.goal is not None]


def goal_read(responder, message: str, learner: LearnerProfile | None = None) -> Goal | None:
    """The goal `message`, said first, sets (the last one when it sets several), or None: the one helper the
    goal-reading tests share (session 16: three test files had a `_goal` of their own)."""
    goals = goals_set(first_answer(responder, message, learner))
    return goals[-1] if goals else None


@pytest.fixture(scope="module")
def responder(make_responder):
    """The offline responder over `dialogue_catalogue` with the real planner, on 2 March 2026 (one per test
    module). A module that needs another planner, catalogue or date defines its own `responder` with
    `make_responder`."""
    return make_responder()
