"""The note "only courses in German are planned, since we are talking in German" is said only when that is
true (issue 12/14; the lead's German browser trial, session 13): when nothing in the conversation's language
fits and the planner plans courses in another language the learner has not ruled out (and says so), the reply
said both "only German courses are planned" and "not taught in German: ..." over an English plan."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.i18n import t
from pathfinder.domain import LearnerProfile


@pytest.fixture(scope="module")
def english_only(make_responder, dialogue_catalogue):
    return make_responder([c for c in dialogue_catalogue if c.languages == ("en",)])


def test_no_german_only_note_over_a_plan_in_english(english_only) -> None:
    said = "Ich möchte Datenanalyst werden, ich habe 5 Stunden pro Woche. Bitte plane meinen Lernweg."
    answer = answers(converse(english_only, said, learner=LearnerProfile(id="de")))[-1]
    assert answer.pathway is not None and answer.pathway.steps, answer.text
    assert t("pref_note", "de", name="Deutsch") not in answer.text, answer.text
    # a learner who named no language studies in German or English (session 17): the English plan is within
    # that rule, and the note says so instead of listing each step as "not in German"
    assert t("pref_note_en", "de", name="Deutsch") in answer.text and "Nicht auf Deutsch" not in answer.text
