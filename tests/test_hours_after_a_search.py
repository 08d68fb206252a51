"""Weekly time said after a search for training in a subject plans on that subject (the lead's session-9
trial: "je cherche une formation en cybersécurité", then "je peux y consacrer 2h par jour" asked for a
goal)."""

from __future__ import annotations

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain.dialogue import History


@pytest.mark.parametrize("hours", ["I can do 4 hours a week", "ich habe 5 Stunden pro Woche"])
def test_hours_after_a_search_plan_on_its_subject(responder: OfflineResponder, hours: str) -> None:
    asked = "looking for cyber security courses"
    listed = responder.reply(asked, History())
    assert listed.citations and listed.state.last_query
    planned = responder.reply(hours, History().add(asked, listed))
    assert planned.pathway is not None, planned.text
    assert planned.pathway.goal_label and "cyber" in planned.pathway.goal_label.casefold()


def test_hours_with_nothing_searched_still_ask_for_a_goal(responder: OfflineResponder) -> None:
    answer = responder.reply("I can do 4 hours a week", History())
    assert answer.pathway is None


def test_left_over_words_with_limits_are_no_subject(responder: OfflineResponder) -> None:
    # "10 h/week until end of next year" after a search took "end" as the goal
    asked = "looking for cyber security courses"
    listed = responder.reply(asked, History())
    planned = responder.reply("6 h/week until end of next year", History().add(asked, listed))
    assert planned.pathway is not None and "end" not in planned.pathway.goal_label.split()


def test_a_wish_to_work_in_a_field_is_the_goal_clause_not_the_degree() -> None:
    from pathfinder.assistant.nlu.understand import understand

    p = understand("I hold a PhD in chemistry and would like to do data science work in pharma")
    assert p.clause_goal and "data" in p.clause_goal and "chemistry" not in p.clause_goal
