"""A go-ahead after a plan takes the last offer made (issue #12, session 13). A plan that ends by asking about
one change ("Shall I add English to the languages you study in? Say yes") has made one offer: "ok, do that",
"yes please", "ja, mach das", "sí, hazlo", "d'accord, fais-le" apply it and re-plan. Only when several
suggestions were listed alike and none was asked about is the answer a question back (which one?), as
`test_an_ambiguous_do_that_asks_which_and_the_answer_picks_it` and
`test_naming_a_suggestion_still_asks_which_one` check. Before, the plan's hidden language suggestion and its
listed ones were all "open", so the go-ahead asked which of two or five, though one had been offered."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile, Relaxation

GOALS = {
    "de": "Ich möchte Datenanalyst werden, 3 Stunden pro Woche, Budget 100 Euro",
    "es": "Quiero ser analista de datos, 3 horas por semana, presupuesto 100 euros",
    "fr": "Je veux devenir analyste de données, 3 heures par semaine, budget 100 euros",
}
GO_AHEADS = [
    ("de", "ok, mach das"),
    ("de", "ja"),
    ("de", "ja bitte, leg los"),
    ("es", "sí, hazlo"),
    ("es", "vale, adelante"),
    ("fr", "d'accord, fais-le"),
    ("fr", "ok vas-y fais ça"),
]


@pytest.mark.parametrize(("lang", "text"), GO_AHEADS)
def test_a_go_ahead_applies_the_one_change_the_plan_asked_about(
    responder: OfflineResponder, lang: str, text: str
) -> None:
    # a learner who named their language (session 17: one who named none studies in English too, unasked)
    learner = LearnerProfile(id=f"offer-{lang}", languages=(lang,))
    history = converse(responder, GOALS[lang], learner=learner)
    plan = answers(history)[-1]
    assert plan.pathway is not None and plan.pathway.relaxations, plan.text
    assert plan.state.offer is not None and plan.state.offer.values == ("en",), plan.state.offer
    answer = responder.reply(text, history, learner)
    assert answer.intent == "apply_suggestion", answer.text
    assert answer.pathway is not None, answer.text
    (change,) = answer.profile_changes
    assert change.fields == ("languages",) and change.constraints is not None
    assert "en" in change.constraints.languages


def test_the_offer_lasts_one_turn(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="offer-once")
    history = converse(responder, GOALS["de"], "warum dieser?", learner=learner)
    assert answers(history)[-1].state.offer is None


def test_naming_another_suggestion_still_picks_that_one() -> None:
    from pathfinder.assistant.suggestions import pick

    english = Relaxation(constraint="languages", current="de", needed="en", message="Allow courses in en.")
    budget = Relaxation(constraint="budget", current=100, needed=520, message="A budget of EUR 520.")
    assert pick((english, budget), "ok, do that", offered=english) == (english,)
    assert pick((english, budget), "take the budget one", offered=english) == (budget,)
    assert pick((english, budget), "the second one", (2,), offered=english) == (budget,)
    assert pick((english, budget), "ok, do that") == ()  # listed alike, none asked about: ask which


def test_the_language_offer_is_the_planners_suggestion_cut_to_that_language() -> None:
    from pathfinder.assistant.suggestions import language_offer

    several = Relaxation(
        constraint="languages", current="de", needed="en, es, fr", message="Allow courses in en, es, fr."
    )
    assert language_offer((several,), "en").values == ("en",)
    assert language_offer((), "en").values == ("en",)
