"""Session 26 (classifier26): session 25's retrained classifier shipped with the rules it feeds re-measured.

The model fit to convergence on session 25's lines reads the confused pairs right (tests/test_classifier25.py)
but moved readings the content rules (`nlu.joint.settle`) had been tuned on: a subject wished read as a
search (the goal went unset), a background or a limit read as a goal, a search with a word of seeking read as
skills held, learning for the job held read as seeking work. Its scores are read at a temperature (1.1) that
gives the tune turns the older model's confidences. The phrasings below are this session's own, not tune
turns. Which fail on 4488fa65 is said per test (the guards pass on both)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import classifier, joint
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


def _act(text: str, lang: str, *, topical: bool, names_job: bool = False) -> tuple[str, str | None]:
    """The act after the content rules, and the goal words they leave, for a fresh conversation."""
    p = understand(text, TODAY, lang)
    joint.settle(p, named=False, topical=topical, names_job=names_job, shown=False)
    return p.predicted, p.goal_text or p.clause_goal


@pytest.mark.parametrize(
    "text, lang",
    [
        ("mujhe cyber security seekhna hai, kahan se start karun?", "en"),
        ("আমি সাইবার সিকিউরিটি ভালো করে শিখতে চাই", "bn"),
        ("je voudrais me former sérieusement en cybersécurité", "fr"),
        ("para el verano quiero tener algún certificado de redes", "es"),
    ],
)
def test_a_subject_wished_with_no_course_asked_is_the_goal(text: str, lang: str) -> None:
    """The retrained classifier reads these as searches (the goal a runner-up); the goal is set (fails on
    4488fa65 where the reading is a search and no goal is found; where the older model read a goal it
    passes)."""
    act, goal = _act(text, lang, topical=True)
    assert act == "set_goal"
    assert goal


@pytest.mark.parametrize(
    "text, lang",
    [
        ("i want to learn power bi for the monthly reports at work", "en"),
        ("मुझे ऑफिस के काम के लिए पावरपॉइंट सीखना है", "hi"),
    ],
)
def test_learning_for_the_job_held_is_a_search_not_a_goal(text: str, lang: str) -> None:
    """ "at work", "काम के लिए": the subject is wanted for the job one has, not a job sought."""
    act, _ = _act(text, lang, topical=True)
    assert act == "search"


def test_a_background_with_a_wish_the_rules_do_not_know_stays_a_goal() -> None:
    """ "ça me plairait" is no word of the wish tables; the goal read is not taken for a background (a rule
    tried in session 26 made years of practice with no known wish skills held, and lost such turns)."""
    act, goal = _act(
        "12 ans dans la restauration, épuisé. l'informatique ça me plairait bien", "fr", topical=True
    )
    assert act == "set_goal"
    assert goal


def test_more_time_said_with_no_wish_states_the_limits() -> None:
    act, goal = _act(
        "servus, ich bin wieder da. hab jetzt weniger stress im job, also 10 stunden pro woche",
        "de",
        topical=False,
    )
    assert act == "set_constraints"
    assert not goal


def test_a_subject_looked_for_is_no_skill_held() -> None:
    act, _ = _act(
        "estoy buscando algo de redes pero sin programación, nivel principiante", "es", topical=True
    )
    assert act == "search"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("I want to become a data analyst", "en"),
        ("data analyst in 2 years", "en"),
        ("ich möchte Cloud-Architekt werden", "de"),
    ],
)
def test_guard_goals_said_as_goals_stay_goals(text: str, lang: str) -> None:
    """Guards (pass on 4488fa65 too): a goal with a wish, or with a time frame, is no background."""
    act, goal = _act(text, lang, topical=True, names_job=True)
    assert act == "set_goal"
    assert goal


def test_the_temperature_keeps_the_top_act_and_softens_the_scores() -> None:
    """The scores are read at `TEMPERATURE` > 1: the same top act, a lower top score than at 1 (fails on
    4488fa65, which has no temperature)."""
    model = classifier.default_classifier()
    p = understand("show me courses on databases", TODAY, "en")
    at_one = classifier._softmax((p.embedding[None, :] * classifier.SCALE) @ model.W + model.b)[0]
    assert classifier.TEMPERATURE > 1
    assert model.intents[int(at_one.argmax())] == p.ranked[0][0]
    assert p.ranked[0][1] < float(at_one.max())
