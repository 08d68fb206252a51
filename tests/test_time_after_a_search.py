"""A question of how long it takes at a weekly time, asked after a search's list with no goal and nothing
in focus (issue #12, session 12): the way into the subject searched at that pace, so the weekly time is
stated (`set_constraints`, which the responder plans on the subject searched) or the plan, never the card of
the first course listed. A class found in the tune split's intent failures (en, de, fi); phrasings written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.policy import decide
from pathfinder.domain.dialogue import DialogueState

TODAY = date(2026, 12, 4)
SEARCHED = DialogueState(
    last_results=("a-1", "b-2", "c-3"),
    listing="results",
    last_query="machine learning",
    topic="machine learning",
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("and how long would it take me with 5 hours a week?", "en"),
        ("wie lange bräuchte ich dafür mit 4 Stunden pro Woche?", "de"),
        ("¿y cuánto tardaría con 6 horas a la semana?", "es"),
        ("et ça prendrait combien de temps à 5 h par semaine ?", "fr"),
        ("kuinka kauan siihen menisi 4 tunnilla viikossa?", "fi"),
        ("nếu mỗi tuần học 5 tiếng thì mất bao lâu?", "vi"),
        ("हफ्ते में 5 घंटे दूँ तो कितना समय लगेगा?", "hi"),
        ("সপ্তাহে ৫ ঘণ্টা দিলে কত দিন লাগবে?", "bn"),
    ],
)
def test_how_long_at_a_weekly_time_after_a_search_is_the_way_there(text: str, lang: str) -> None:
    p = understand(text, TODAY, lang)
    assert p.hours_per_week is not None
    act = decide(p, SEARCHED, suggestions_open=False, named=False, has_goal=False)
    assert act in ("set_constraints", "plan")


def test_with_a_course_in_focus_it_is_that_course() -> None:
    p = understand("and how long would it take me with 5 hours a week?", TODAY, "en")
    focused = SEARCHED.model_copy(update={"focus": "a-1"})
    assert decide(p, focused, suggestions_open=False, named=False, has_goal=False) == "explain"
