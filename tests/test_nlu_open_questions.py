"""An open question of what to learn from a learner with no goal is the counsellor's opening, not a plan
(issue #12, session 9 round 2). Phrasings written for these tests, not taken from the dialogue set or from
`evals/nlu/acts.jsonl`."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


def _settled(text: str, **flags: bool) -> str:
    p = understand(text, TODAY)
    topical = bool(p.topic) and flags.pop("topical", True)  # the worst case: any topic counts as topical
    joint.settle(p, named=False, topical=topical, names_job=False, shown=False, **flags)
    return p.predicted


@pytest.mark.parametrize(
    "text",
    [
        "what would make sense for me to learn now?",
        "which skills would you pick up in my place?",
        "was soll ich bei meinem Hintergrund lernen?",
        "¿qué debería estudiar con mi experiencia?",
        "mitä minun pitäisi opiskella?",
        "mình nên học cái gì bây giờ?",
    ],
)
def test_an_open_question_without_a_goal_is_the_opening(text: str) -> None:
    assert _settled(text) == "explore"


@pytest.mark.parametrize(
    "text",
    ["make me a study plan", "what should I do first?", "what should I learn to become a web developer?"],
)
def test_a_plan_word_an_order_or_a_job_stays_a_plan(text: str) -> None:
    assert _settled(text) != "explore"


def test_with_a_goal_known_the_open_question_is_planned() -> None:
    p = understand("what should I learn now?", TODAY)
    before = p.predicted
    joint.settle(p, named=False, topical=False, names_job=False, shown=False, has_goal=True)
    assert p.predicted == before


def test_learning_words_name_no_subject() -> None:
    assert not joint.names_subject("skills pick")
    assert not joint.names_subject("hintergrund studieren")
    assert joint.names_subject("cloud skills")
