"""Reply-side fixes found on the tune split (issue #12, session 6): a goal's first courses keep to the
budget, a search's price ceiling becomes the budget when none is saved, a short opening complaint is answered
in its own language, and a comparison with a course the catalogue lacks says so and describes the other."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Credential, LearnerProfile
from pathfinder.domain.dialogue import History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
FREE_DATA = Credential(
    id="data-free",
    title="Data Analysis with Statistics: Open Course",
    provider="Open Uni",
    url="https://example.org/data-free",
    cost=0,
    languages=("en",),
    hours=40,
)
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]] + [FREE_DATA]
BY_ID = {c.id: c for c in CATALOGUE}
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    return OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: TODAY)


def _cited(answer) -> list[Credential]:
    return [BY_ID[c.id] for c in answer.citations]


def test_a_goals_first_courses_keep_to_a_budget_of_zero(responder: OfflineResponder) -> None:
    free = LearnerProfile(id="l", constraints=Constraints(budget=0))
    anyprice = responder.reply("I want to become a data analyst", History(), LearnerProfile(id="l"))
    assert any((c.cost or 0) > 0 for c in _cited(anyprice)), "the catalogue's data courses are mostly paid"
    answer = responder.reply("I want to become a data analyst", History(), free)
    assert answer.citations, "a free course on the goal exists"
    assert all(c.cost == 0 and c.kind != "certificate" for c in _cited(answer)), answer.text


def test_a_goals_first_courses_keep_to_a_budget_said_in_the_same_message(responder: OfflineResponder) -> None:
    answer = responder.reply("I want to become a data analyst, I can spend 100 euros at most", History())
    assert answer.citations and all((c.cost or 0) <= 100 for c in _cited(answer)), answer.text


def test_a_search_price_ceiling_is_saved_as_the_budget_when_none_is_set(responder: OfflineResponder) -> None:
    answer = responder.reply("data courses under 800 dollars", History(), LearnerProfile(id="l"))
    after = apply_changes(LearnerProfile(id="l"), answer.state.pending)
    assert (after.constraints.budget, after.constraints.currency) == (800, "USD")
    assert "USD 800" in answer.text  # the visible line saying what changed


def test_a_search_price_ceiling_leaves_a_saved_budget_alone(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="l", constraints=Constraints(budget=2000, currency="EUR"))
    answer = responder.reply("data courses under 800 dollars", History(), learner)
    assert apply_changes(learner, answer.state.pending).constraints.budget == 2000
    assert answer.filters is not None and answer.filters.max_cost is not None  # still the search's filter


@pytest.mark.parametrize("message, lang", [("c'est trop long", "fr"), ("zu teuer", "de"), ("muy caro", "es")])
def test_a_short_complaint_with_nothing_before_is_answered_in_its_language(
    responder: OfflineResponder, message: str, lang: str
) -> None:
    answer = responder.reply(message, History())
    assert answer.state.language == lang
    assert "I don't have" not in answer.text and "Shall I" not in answer.text


@pytest.mark.parametrize(
    "learner, message",
    [
        (LearnerProfile(id="l", constraints=Constraints(languages=("de",))), "statistics courses"),
        (LearnerProfile(id="l", languages=("de",)), "Kurse zu Statistik bitte"),
    ],
)
def test_a_search_puts_courses_in_the_learners_languages_first(
    responder: OfflineResponder, learner: LearnerProfile, message: str
) -> None:
    plain = responder.reply("statistics courses", History(), LearnerProfile(id="l"))
    before = [c.id for c in plain.citations]
    assert before.index("stats-online") < before.index("stats-applied")  # by relevance alone
    answer = responder.reply(message, History(), learner)
    ids = [c.id for c in answer.citations]
    assert ids[:1] == ["stats-applied"] and "stats-online" in ids  # ranked first, nothing filtered out


@pytest.mark.parametrize(
    "message",
    [
        "how does the AWS Solutions Architect Associate compare to SQL for Analysts?",
        "compare SQL for Analysts with the Google Data Analytics Certificate",
    ],
)
def test_comparing_with_a_course_not_in_the_catalogue_names_it_and_describes_the_known_one(
    responder: OfflineResponder, message: str
) -> None:
    answer = responder.reply(message, History())
    assert "is not in the catalogue" in answer.text and "list to refer back to" not in answer.text
    assert "SQL for Analysts**" not in answer.text.split("is not in the catalogue")[0]  # the other one
    assert [c.id for c in answer.citations][:1] == ["sql-analysts"]
    assert BY_ID["sql-analysts"].provider in answer.text  # described from the catalogue
