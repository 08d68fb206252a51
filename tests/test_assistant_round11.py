"""Follow-ups and statements of the session-11 reply round (issue #12): a direction taken up inside a longer
message, the job field said with a time after it, the superlatives of "short", a pick by price that never
takes a certificate's own fee of 0, "anything I can skip?" with no step named, "ok do that" with nothing
proposed, "all of these" about the plan shown. The phrasings here are not those of the dialogue batch that
revealed the faults (v11-dlg)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import Answer, History

TODAY = date(2026, 3, 2)

# a learner with an empty profile
NOBODY = LearnerProfile(id="l")


# ------------------------------------------------------------------------------------------ understanding
@pytest.mark.parametrize(
    "message",
    [
        "right, web development sounds great. I could do 4 hours weekly",
        "fine then, databases sound good to me, and I have three evenings free",
        "Netzwerke klingt gut, ich hätte so 3 Stunden pro Woche",
    ],
)
def test_a_direction_taken_up_in_a_clause_of_a_longer_message_is_a_goal(message: str) -> None:
    p = understand(message, TODAY)
    assert "set_goal" in p.intents
    assert p.clause_goal and "sound" not in p.clause_goal and "klingt" not in p.clause_goal


@pytest.mark.parametrize(
    "message, field",
    [
        ("I got fired from my job in hospitality two weeks ago, what now", "hospitality"),
        ("I worked in logistics until last month, now I am looking for something new", "logistics"),
        ("made redundant from my job in march, no clue what comes next", None),
    ],
)
def test_the_job_field_said_with_a_time_after_it_is_only_the_field(message: str, field: str | None) -> None:
    p = understand(message, TODAY)
    assert p.clause_role == field


@pytest.mark.parametrize(
    "message",
    [
        "and which of them is the shortest?",
        "welches ist denn am kürzesten?",
        "mikä on lyhin?",
        "khóa nào ngắn nhất",
    ],
)
def test_the_superlative_of_short_asks_for_the_shorter_one(message: str) -> None:
    assert "shorter" in understand(message, TODAY).refinements


# ------------------------------------------------------------------------------------------ picks of a list
def test_the_shortest_of_a_list_is_picked_from_it_not_searched(
    responder: OfflineResponder, dialogue_catalogue: list[Credential]
) -> None:
    by_id = {c.id: c for c in dialogue_catalogue}
    listed, picked = answers(
        converse(
            responder, "any courses on cyber security?", "which of those takes the least time", learner=NOBODY
        )
    )
    shown = [c.id for c in listed.citations]
    assert len(shown) >= 2
    assert picked.intent in ("select", "explain")
    first = picked.citations[0].id
    assert first in shown
    assert by_id[first].hours == min(by_id[i].hours for i in shown if by_id[i].hours)


def test_the_shortest_of_a_german_list_is_a_pick_not_a_filter(responder: OfflineResponder) -> None:
    listed, picked = answers(
        converse(
            responder, "Kurse zu Cybersicherheit bitte", "und welcher davon ist am kürzesten?", learner=NOBODY
        )
    )
    assert picked.intent in ("select", "explain")
    assert picked.citations and picked.citations[0].id in {c.id for c in listed.citations}


def test_the_cheapest_of_a_list_is_never_a_certificate_by_its_own_fee(responder: OfflineResponder) -> None:
    listed, picked = answers(
        converse(responder, "data analysis courses", "which of them is the cheapest", learner=NOBODY)
    )
    assert "cert-data" in {c.id for c in listed.citations}  # a certificate with no fee of its own is shown
    assert picked.citations and picked.citations[0].id != "cert-data"


# ------------------------------------------------------------------------------------------ plan follow-ups
GOAL = "I'd like to become a data analyst and can study 5 hours a week"


def test_anything_to_skip_with_no_step_named_keeps_the_plan_and_notes_the_skills(
    responder: OfflineResponder,
) -> None:
    planned, asked = answers(
        converse(responder, GOAL, "could I leave something out? I know statistics quite well", learner=NOBODY)
    )
    assert planned.pathway is not None and planned.pathway.steps
    assert asked.pathway is not None and asked.pathway.steps  # the plan stays in view, re-run
    assert any(c.kind == "add_skills" for c in asked.profile_changes)
    assert not any(c.kind == "hold_credential" for c in asked.profile_changes)  # nothing marked done


def test_ok_do_that_with_nothing_proposed_is_the_plan(responder: OfflineResponder) -> None:
    planned, accepted = answers(converse(responder, GOAL, "great, do that then", learner=NOBODY))
    assert planned.pathway is not None
    assert accepted.intent == "plan" and accepted.pathway is not None and accepted.pathway.steps


def test_all_of_these_after_a_plan_is_about_its_steps_not_the_catalogue(responder: OfflineResponder) -> None:
    planned, asked = answers(converse(responder, GOAL, "hmm do I have to take all of these?", learner=NOBODY))
    assert planned.pathway is not None
    assert asked.intent != "search"


@pytest.mark.parametrize(
    "question",
    ["what would that look like with 3 hours a week?", "und wie wäre das mit 3 Stunden pro Woche?"],
)
def test_weekly_time_asked_about_once_the_goal_is_known_is_the_plan(
    responder: OfflineResponder, question: str
) -> None:
    goal, asked = answers(
        converse(responder, "my goal is to work as a data analyst", question, learner=NOBODY)
    )
    assert goal.pathway is None or not goal.pathway.steps  # no time known yet: no plan
    assert asked.intent == "plan" and asked.pathway is not None and asked.pathway.steps


# ------------------------------------------------------------------------------------------ framework words
@pytest.mark.parametrize("question", ["montako opintopistettä?", "bao nhiêu tín chỉ ECTS?", "कितने ECTS?"])
def test_how_many_ects_is_a_question_of_something_not_what_ects_is(question: str) -> None:
    from pathfinder.assistant.concepts import asked_concept

    assert asked_concept(question) is None
    assert asked_concept("ECTS?") == "ects"  # the bare word is still the concept asked about


# ------------------------------------------------------------------------------------------ language preview
def test_an_empty_plan_in_the_implied_language_still_tries_english() -> None:
    from pathfinder.assistant.conversation_language import languages_implied
    from pathfinder.assistant.offline_plans import _best_language
    from pathfinder.domain import Constraints, Pathway

    empty = Pathway(goal_label="x")  # no steps, and no relaxation the planner could name
    spanish = LearnerProfile(id="l", languages=("es",))
    with languages_implied(True):
        assert _best_language(empty, spanish) == "en"
        assert _best_language(empty, LearnerProfile(id="l", languages=("es", "en"))) is None
        chosen = spanish.model_copy(update={"constraints": Constraints(languages=("es",))})
        assert _best_language(empty, chosen) is None  # the learner's own choice is never widened unasked
    with languages_implied(False):
        assert _best_language(empty, spanish) is None


# ------------------------------------------------------------------------------------------ search subject
@pytest.mark.parametrize("question", ["what courses do you have?", "und welche Kurse gibt es da?"])
def test_a_search_naming_no_subject_takes_the_subject_last_named(
    responder: OfflineResponder, question: str
) -> None:
    from pathfinder.domain.dialogue import DialogueState

    said = Answer(text="Noted.", intent="state_skills", state=DialogueState(topic="cyber security"))
    history = History().add("I'm curious about cyber security, I do IT at a school", said)
    answer = responder.reply(question, history, LearnerProfile(id="l"))
    assert answer.intent == "search"
    assert {c.id for c in answer.citations} & {"cyber-start", "cyber-pro", "cyber-de"}


@pytest.mark.parametrize("message", ["cai nao re nhat", "khoa nao ngan nhat vay", "mikä niistä on lyhin?"])
def test_a_superlative_typed_without_diacritics_still_picks_among_those_shown(message: str) -> None:
    from pathfinder.assistant.policy import picks_among, superlative

    assert superlative(message) and picks_among(message)


def test_only_speaking_a_language_after_a_list_filters_the_list(
    responder: OfflineResponder, dialogue_catalogue: list[Credential]
) -> None:
    languages = {c.id: set(c.languages) for c in dialogue_catalogue}
    listed, narrowed = answers(
        converse(
            responder, "cyber security courses please", "my colleague only speaks German", learner=NOBODY
        )
    )
    assert any("de" not in languages[c.id] for c in listed.citations)  # the list had others
    assert narrowed.intent == "set_constraints"  # a limit stated, and the list shown kept to it
    assert narrowed.citations and all("de" in languages[c.id] for c in narrowed.citations)


def test_a_follow_up_to_a_vendor_course_the_catalogue_lacks_searches_its_field(
    responder: OfflineResponder,
) -> None:
    (missing,) = answers(
        converse(responder, "is the Azure Administrator Associate course available?", learner=NOBODY)
    )
    assert {c.id for c in missing.citations} & {"cloud-security", "cloud-monitoring"}
    # what "something similar but free?" searches next: the field asked about, not the first closest entry's
    # subject (on the bundled catalogue that was "Edge Computing and IoT Platforms" for "Azure Fundamentals")
    assert missing.state.last_query == "cloud"
