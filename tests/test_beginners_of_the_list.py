"""Which one is for beginners? after a list (issue #12, session 13; the lead's trial 8): a question about the
list shown, answered with its entry easiest to start (lowest EQF level, fewest prerequisites), in any of the
eight languages. It saves no level limit in the profile and plans nothing (it saved "EQF <= 4" and planned,
or filtered the list as a new search)."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile

ASKED = [
    "which one is for beginners?",
    "which of these is good for a complete beginner?",
    "welcher davon ist für Anfänger?",
    "¿cuál es para principiantes?",
    "lequel est pour les débutants ?",
    "mikä näistä sopii aloittelijalle?",
    "khóa nào dành cho người mới bắt đầu?",
    "इनमें से कौन सा शुरुआती लोगों के लिए है?",
    "কোনটা নতুনদের জন্য?",
]


@pytest.mark.parametrize("text", ASKED)
def test_which_one_is_for_beginners_is_the_easiest_of_the_list(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="beginner-of-list")
    history = converse(responder, "any cyber security courses?", text, learner=learner)
    listed, answer = answers(history)
    assert "cyber-start" in listed.state.last_results, listed.text
    assert answer.pathway is None, answer.text
    assert answer.citations and answer.citations[0].id == "cyber-start", answer.text
    assert not answer.profile_changes, [c.summary for c in answer.profile_changes]
