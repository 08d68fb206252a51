"""A question asking which courses, naming no subject, once the goal is known (issue #12, session 12): the
courses towards the goal, answered by the plan, not as a course's requirements or the card of the first
course listed. A class found in the tune split's intent failures (read as `requirements` or `explain` in six
languages); phrasings written for this test, not the tune turns."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.policy import decide
from pathfinder.domain.dialogue import DialogueState

TODAY = date(2026, 12, 4)
# what a goal just set leaves: its first courses listed
LISTED = DialogueState(last_results=("a-1", "b-2", "c-3"), listing="results")

ASKED = [
    ("ok so which courses would that take?", "en"),
    ("und welche Kurse brauche ich dafür?", "de"),
    ("¿y qué cursos me sirven para eso?", "es"),
    ("d'accord, quels cours pour y arriver ?", "fr"),
    ("mitä kursseja siihen tarvitaan?", "fi"),
    ("vậy có những khóa nào cho việc đó?", "vi"),
    ("उसके लिए कौन से कोर्स ठीक रहेंगे?", "hi"),
    ("এর জন্য কোন কোর্সগুলো লাগবে?", "bn"),
]


@pytest.mark.parametrize(("text", "lang"), ASKED)
def test_which_courses_with_a_goal_known_is_the_plan(text: str, lang: str) -> None:
    p = understand(text, TODAY, lang)
    assert decide(p, LISTED, suggestions_open=False, named=False, has_goal=True) == "plan"


def test_a_subject_named_is_a_search_of_it_not_the_plan() -> None:
    p = understand("which courses on SQL do you have?", TODAY, "en")
    assert decide(p, LISTED, suggestions_open=False, named=False, has_goal=True, topical=True) != "plan"
