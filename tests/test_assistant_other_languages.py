"""A plan step not taught in the learner's language (profile preference, else the conversation's, English
included) is named and cited in one note, with how to leave such steps out; a language limit silences it."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    LearnerProfile,
    Pathway,
    Preferences,
    Step,
    Totals,
)
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ENGLISH = Credential(
    id="en-stats",
    title="Statistics for Analysts",
    provider="Open Uni",
    languages=("en",),
    url="https://example.org/en-stats",
    ects=2,
)
SPANISH = Credential(
    id="es-datos",
    title="Análisis de datos",
    provider="Universidad Abierta",
    languages=("es",),
    url="https://example.org/es-datos",
    ects=3,
)
UNKNOWN = Credential(
    id="xx-sql", title="SQL Sprint", provider="Somewhere", url="https://example.org/xx-sql", ects=1
)
GOAL = Goal(label="data analyst", skills=("http://example.org/skill/statistics",))
NOTE = "To leave such courses out, set the languages you study in"


def responder() -> OfflineResponder:
    def plan(profile, gap, credentials, strategy) -> Pathway:
        steps = tuple(
            Step(id=c.id, title=c.title, start_week=1, end_week=2, hours=10)
            for c in (ENGLISH, SPANISH, UNKNOWN)
        )
        return Pathway(goal_label="data analyst", steps=steps, totals=Totals(hours=30, weeks=6), coverage=1.0)

    tools = AssistantTools(
        InMemoryIndex([ENGLISH, SPANISH, UNKNOWN]), Taxonomy(), gap_fn=lambda *a: None, plan_fn=plan
    )
    return OfflineResponder(tools, lambda: date(2026, 3, 2))


def test_an_english_conversation_names_the_spanish_step_with_its_citation():
    answer = responder().reply("plan my pathway", History(), LearnerProfile(id="l", goal=GOAL))
    assert (
        "Not taught in English: [Análisis de datos](https://example.org/es-datos) (es-datos), in Spanish."
        in answer.text
    )
    assert NOTE in answer.text
    assert "SQL Sprint, in" not in answer.text  # no language given: benefit of the doubt
    assert {c.id for c in answer.citations} >= {"es-datos"} and not answer.flagged


def test_the_profiles_preferred_language_wins_over_the_conversation():
    profile = LearnerProfile(id="l", goal=GOAL, preferences=Preferences(language="es"))
    answer = responder().reply("plan my pathway", History(), profile)
    assert (
        "Not taught in Spanish: [Statistics for "
        "Analysts](https://example.org/en-stats) (en-stats), in English." in answer.text
    )


@pytest.mark.parametrize(
    "profile, message",
    [
        (
            LearnerProfile(id="l", goal=GOAL, constraints=Constraints(languages=("en", "es"))),
            "plan my pathway",
        ),
        (
            LearnerProfile(id="l", goal=GOAL),
            "plan",
        ),  # too short to tell the language: nothing to compare with
    ],
)
def test_no_note_under_a_language_limit_or_when_the_language_is_unknown(profile, message):
    answer = responder().reply(message, History(), profile)
    assert answer.pathway is not None and NOTE not in answer.text
