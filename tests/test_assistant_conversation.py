"""Conversation flows of issue #12 through the session use case: statements saved at once (and undone), a
plan, follow-ups that re-plan, "I've done it" marking a step held, answers in the learner's language, no dead
ends."""

from __future__ import annotations

import pytest
from test_assistant_dialogues import CATALOGUE, TODAY, responder  # noqa: F401 - fixture (taxonomy: conftest)

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.session import settle, take_turn, undo
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import History


class Saver:
    def __init__(self) -> None:
        self.saved: list[LearnerProfile] = []

    def save(self, profile: LearnerProfile) -> LearnerProfile:
        self.saved.append(profile)
        return profile


def talk(responder: OfflineResponder, turns: list[str], profile: LearnerProfile | None = None):
    profile, history, saver, results = profile or LearnerProfile(id="l"), History(), Saver(), []
    for message in turns:
        result = take_turn(responder, message, profile, history, profiles=saver)
        profile, history = result.profile, result.history
        results.append(result)
    return results, saver


def test_statements_are_saved_at_once_then_plan_and_replan(responder):
    results, saver = talk(
        responder,
        [
            "I want to become a data analyst",
            "I have 5 hours a week",
            "plan it",
            "and with 2 hours a week instead?",
        ],
    )
    goal, hours, plan, again = results
    assert goal.profile.goal is not None and goal.before is not None and saver.saved
    assert hours.profile.constraints.hours_per_week == 5
    assert plan.answer.intent == "plan" and plan.answer.pathway is not None
    assert again.answer.intent == "refine" and again.answer.pathway is not None
    assert again.profile.constraints.hours_per_week == 2
    assert "re-planned" in again.answer.text


def test_skipping_a_done_step_marks_it_held_not_rejected(responder):
    results, _ = talk(
        responder, ["I want to become a data analyst", "plan my pathway", "skip the first one, I've done it"]
    )
    first = results[1].answer.pathway.ids[0]
    after = results[2]
    assert after.answer.intent == "skip_step"
    assert first in after.profile.held_credential_ids and first not in after.profile.preferences.rejected
    assert first not in after.answer.pathway.ids


def test_undo_restores_the_profile_before_the_turn(responder):
    results, _ = talk(responder, ["I want to become a data analyst"])
    turn = results[0]
    restored = undo(turn.profile, turn.before)
    assert restored.goal is None and restored.version == turn.profile.version


def test_settle_without_changes_changes_nothing(responder):
    profile = LearnerProfile(id="l")
    answer = responder.reply("hello", History(), profile)
    settled, after, before = settle(answer, profile)
    assert before is None and after is profile and settled is answer


@pytest.mark.parametrize(
    "turns, language, word",
    [
        (["Ich möchte Datenanalyst werden", "erstelle mir einen Lernplan"], "de", "Lernweg"),
        (["quiero ser analista de datos", "hazme un plan de estudios"], "es", "itinerario"),
        (["je veux devenir analyste de données", "fais-moi un parcours"], "fr", "parcours"),
        (["मैं डेटा एनालिस्ट बनना चाहता हूँ", "मेरे लिए एक लर्निंग प्लान बनाइए"], "hi", "प्लान"),
    ],
)
def test_a_goal_and_a_plan_in_other_languages(responder, turns, language, word):
    results, _ = talk(responder, turns)
    assert results[0].profile.goal is not None
    answer = results[1].answer
    assert answer.pathway is not None and answer.state.language == language
    # the language they write in limits the plan (issue 14): a plan in it, or none with the way to widen it
    # offered
    widen = any(r.constraint == "languages" for r in answer.pathway.relaxations)
    assert word in answer.text or (not answer.pathway.steps and widen), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["no idea where to start"],
        ["I feel stuck in my job"],
        ["cheaper?"],
        ["show me everything you have"],
        ["what do I need first"],
        ["tell me more about the second one"],
    ],
)
def test_no_dead_ends(responder, turns):
    results, _ = talk(responder, turns)
    answer = results[-1].answer
    assert answer.intent != "out_of_scope"
    assert answer.citations or answer.pathway or "?" in answer.text


def test_a_course_that_does_not_exist_is_said_plainly(responder):
    results, _ = talk(responder, ['is there a course called "Quantum Basket Weaving"?'])
    assert "not in the catalogue" in results[0].answer.text


def test_out_of_scope_says_what_it_can_do(responder):
    results, _ = talk(responder, ["give me a recipe for lasagna"])
    answer = results[0].answer
    assert answer.intent == "out_of_scope" and "I can help you with" in answer.text


def test_no_plan_in_the_learner_s_language_plans_in_english_and_says_so(responder):
    # session 17 (`gaps.with_conversation_language`): one who named no language studies in the language they
    # write in or in English; before, the English plan was a preview and "yes" added English
    turns = ["मैं डेटा एनालिस्ट बनना चाहता हूँ", "मेरे लिए एक लर्निंग प्लान बनाइए"]
    results, _ = talk(responder, turns)
    planned = results[1].answer
    assert planned.pathway is not None and planned.pathway.steps, "a plan at once, not only a question"
    assert "en" not in [r.needed for r in planned.pathway.relaxations], "English needs no accepting"
    assert "अंग्रेज़ी" in planned.text, "the note names English, in Hindi"
    assert not results[1].profile.constraints.languages, "nothing saved"


def test_english_is_fine_too_adds_english_to_the_learner_s_languages_and_re_plans(responder):
    turns = [
        "I want to become a data analyst, only courses in Spanish",
        "make me a plan",
        "English is fine too",
    ]
    results, _ = talk(responder, turns)
    assert results[1].profile.constraints.languages == ("es",)
    assert set(results[2].profile.constraints.languages) == {"es", "en"}
    assert results[2].answer.intent == "refine" and results[2].answer.pathway is not None


def test_two_titles_named_in_a_french_question_are_compared_in_french_and_the_first_is_followed_up(
    responder,
):
    turns = [
        "c'est quoi la différence entre Data Visualisation Essentials et Business Intelligence Foundations ?",
        "le premier demande quoi comme prérequis ?",
    ]
    results, _ = talk(responder, turns)
    compared = results[0].answer
    assert compared.intent == "compare" and [c.id for c in compared.citations][:2] == [
        "viz-intro",
        "bi-foundations",
    ]
    assert "Comparaison" in compared.text, "the learner's words decide the language, not the titles"
    follow = results[1].answer
    assert follow.intent == "requirements" and "viz-intro" in {c.id for c in follow.citations}


def test_titles_are_found_by_meaning_across_languages_and_nothing_for_unrelated_words(responder):
    tools = responder.tools
    assert [c.id for c in tools.by_meaning("visualización de datos")][:1] == ["viz-intro"]
    assert tools.by_meaning("what is the weather tomorrow in Paris") == []
