"""Replies that follow the learner (issue #12, session 9 round 2): the reply language is that of the learner's
own words, not of a course title quoted in them (exactly, with a typo, or a name the catalogue lacks). The
phrasings here are not those of the dialogue set that revealed the faults."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Step, Totals
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
TODAY = date(2026, 3, 2)
PLAN = Pathway(
    goal_label="data analyst",
    steps=(
        Step(id="py-basics", title="Python Basics", start_week=1, end_week=4, hours=20),
        Step(id="sql-analysts", title="SQL for Analysts", start_week=5, end_week=8, hours=20),
        Step(id="viz-intro", title="Data Visualisation Essentials", start_week=9, end_week=12, hours=20),
    ),
    totals=Totals(hours=60, weeks=12),
)
LEARNER = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), taxonomy, gap_fn=lambda *a: None, plan_fn=lambda *a, **k: PLAN
    )
    return OfflineResponder(tools, lambda: TODAY)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Was kostet Cloud Monitorng and Reporting?", "de"),  # a typo in the title
        ("Kerro kurssista Cloud Monitoring and Reportng", "fi"),
        ("Infos zu Business Inteligence Foundations bitte", "de"),
        ("¿Qué nivel tiene Advanced Cyber Security Operations?", "es"),  # the title as it is
        (
            "Gibt es bei euch den Google Data Analytics Professional Certificate?",
            "de",
        ),  # not in the catalogue
        ("Onko teillä Microsoft Azure Administrator Certification?", "fi"),
        ("Tell me more about Cloud Monitoring and Reportng", "en"),
    ],
)
def test_a_first_message_quoting_an_english_title_is_answered_in_the_learners_language(
    responder: OfflineResponder, text: str, lang: str
) -> None:
    answer = responder.reply(text, History(), LearnerProfile(id="x"))
    assert answer.state.language == lang, answer.text
