"""A vague wish about a broad field ("something with computers", "irgendwas mit Computern", "algo con
computadoras", "কম্পিউটার নিয়ে কিছু করতে চাই") gets the counsellor's opening (issue #12, session 13; the lead's
trial 8): directions in that field (IT support, web development, data analysis), each with a course to start
from, and the questions about background, interests and time. Before, the words were searched ("Here are 5
credentials for computers": a classroom-hardware course, teaching computer science, computer vision)."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile

VAGUE = [
    "something with computers",
    "maybe something with computers?",
    "keine ahnung was ich lernen soll, irgendwas mit Computern halt",
    "me gustaría algo con computadoras",
    "je voudrais faire quelque chose dans l'informatique",
    "haluaisin jotain tietokoneiden parissa",
    "tôi muốn làm gì đó về máy tính",
    "कंप्यूटर से जुड़ा कुछ करना है",
    "কম্পিউটার নিয়ে কিছু করতে চাই",
]


@pytest.mark.parametrize("text", VAGUE)
def test_a_vague_field_gets_directions_not_a_search(responder: OfflineResponder, text: str) -> None:
    answer = answers(converse(responder, text, learner=LearnerProfile(id="vague")))[-1]
    assert answer.intent == "explore", answer.text
    assert answer.pathway is None and answer.query is None, answer.text  # no search of the words
    assert set(answer.state.last_results) <= {c.id for c in answer.citations}  # the examples, to refer to
    assert "IT support" in answer.text and "data analyst" in answer.text, answer.text
    assert answer.citations, answer.text
    assert not any(c.kind == "set_goal" for c in answer.profile_changes), answer.profile_changes


def test_a_named_direction_or_a_subject_is_no_vague_field() -> None:
    from pathfinder.assistant.interests import broad_field

    assert broad_field("I like helping people with their computer problems") == ()  # one direction
    assert broad_field("something with data") == ()  # a field that names its direction
    assert broad_field("I work with computers all day") == ()  # no vague wish
    assert broad_field("is it something for me?") == ()  # "it" is no IT
    assert broad_field("y algo de forense digital") == ()  # a subject named: digital forensics
    assert broad_field("je veux une formation en data science, il me faut quelque chose de gratuit") == ()
