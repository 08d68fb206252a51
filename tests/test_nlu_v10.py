"""Understanding, issue #12 session 10: causes found by the v10-nlu batch and the lead's trial, each tested
with phrasings written for these tests (not taken from the dialogue set, the act test or the classifier's
lines); each case failed before this round."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant import area_refinement
from pathfinder.assistant.intents import Parsed, parse
from pathfinder.assistant.nlu import glossary, joint
from pathfinder.assistant.nlu.slots import extract
from pathfinder.assistant.nlu.understand import (
    asks_plan,
    likes_only,
    names_only_the_field,
    names_something,
    understand,
)
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.profile_changes import foreign_head, head_fits
from pathfinder.domain import Goal, LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def responder(make_responder) -> OfflineResponder:
    return make_responder(today=TODAY)


def _goal_changes(answer) -> list:
    return [c for c in answer.profile_changes if c.kind == "set_goal"]


# -- learning itself is no goal ("give me a learning path" set the goal "learning") -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "could you sketch a study plan for me",
        "I'd like a learning roadmap please",
        "quiero un plan de aprendizaje",
        "tee mulle opintosuunnitelma",
    ],
)
def test_a_plan_asked_for_in_words_of_learning_names_no_goal(text: str) -> None:
    p = understand(text, TODAY)
    assert p.goal_english is None and not names_something(p.clause_goal)
    assert asks_plan(text, p.lang)


def test_names_something_keeps_real_subjects() -> None:
    assert names_something("machine learning")
    assert names_something("cloud security")
    assert not names_something("a learning path")
    assert not names_something("study plan")


def test_a_learning_path_keeps_the_goal_already_set(responder: OfflineResponder) -> None:
    profile = LearnerProfile(id="lp", goal=Goal(label="data analyst"))
    answer = responder.reply("any chance of a study roadmap?", History(), profile)
    assert all(c.goal is not None and c.goal.label == "data analyst" for c in _goal_changes(answer))


# -- a liking is an interest, not a goal --------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "i really enjoy gadgets",
        "me encantan los videojuegos",
        "j'aime bien l'informatique",
        "tykkään peleistä",
    ],
)
def test_a_liking_is_no_wish(clause: str) -> None:
    assert likes_only(clause)


@pytest.mark.parametrize(
    "clause",
    ["I'd love to work in cloud security", "I would like to become a tester", "i like it and want to code"],
)
def test_a_wish_said_with_a_liking_word_is_still_a_wish(clause: str) -> None:
    assert not likes_only(clause)


def test_a_job_and_a_liking_set_no_goal() -> None:
    p = understand("i stack shelves at night, 5 years now, i enjoy computers a lot", TODAY)
    assert p.goal_english is None and not p.goal_text


# -- a job outside IT is asked about, never linked to another job's label by meaning -------------------------


def test_the_head_of_a_job_outside_it() -> None:
    assert foreign_head("school librarian") == "librarian"
    assert foreign_head("cloud engineer") is None
    assert foreign_head("software architecture") is None


def test_a_link_must_keep_the_head(taxonomy: Taxonomy) -> None:
    consultant = next(o for o in taxonomy.occupations.values() if o.label == "ICT research consultant")
    assert not head_fits("counsellor", consultant)
    assert head_fits("consultant", consultant)
    assert head_fits(None, consultant)


@pytest.mark.parametrize("text", ["I want to become a librarian", "my aim is to work as a pharmacist"])
def test_a_goal_outside_the_taxonomy_is_not_linked_to_an_it_job(
    responder: OfflineResponder, text: str
) -> None:
    answer = responder.reply(text, History(), LearnerProfile(id="h"))
    assert not [c for c in _goal_changes(answer) if c.goal and c.goal.occupation_uri]


# -- a wish to teach ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I coach football and want to teach programming to teenagers",
        "ich unterrichte Mathe und möchte auch Informatik unterrichten",
        "haluaisin opettaa koodausta",
        "আমি প্রোগ্রামিং পড়াতে চাই",
    ],
)
def test_a_wish_to_teach(text: str) -> None:
    assert area_refinement.wishes_to_teach(text)


@pytest.mark.parametrize(
    "text", ["I teach physics", "I want to teach myself Java", "my teacher wants me to code"]
)
def test_no_wish_to_teach(text: str) -> None:
    assert not area_refinement.wishes_to_teach(text)


def test_teaching_at_a_school_is_the_school_teacher(taxonomy: Taxonomy) -> None:
    occ = area_refinement.teaching(
        "I teach chemistry at a high school and want to teach coding as well", taxonomy, {}
    )
    assert occ is not None and "school" in occ.label


# -- the direction after the whole field --------------------------------------------------------------------


def test_only_the_field() -> None:
    assert names_only_the_field("in die IT")
    assert not names_only_the_field("Richtung Cloud", "de")


@pytest.mark.parametrize(
    "text, term",
    [
        ("ich will in die IT, am besten Richtung Cloud", "cloud"),
        ("I'd like to get into IT, preferably databases", "database"),
    ],
)
def test_the_direction_after_the_field_is_the_goal(text: str, term: str) -> None:
    p = understand(text, TODAY)
    said = " ".join(x for x in (p.goal_text, p.clause_goal, p.goal_english) if x).casefold()
    assert term in said
    assert not names_only_the_field(p.goal_text or p.clause_goal or "", p.lang)


# -- English head nouns, Finnish loanwords and hours -------------------------------------------------------


def test_the_english_head_noun_stays_in_the_goal() -> None:
    p = understand("after years in QA I'd like to move into software architecture", TODAY)
    assert p.goal_english == "software architecture"


@pytest.mark.parametrize(
    "word, base", [("excelista", "excel"), ("pythonilla", "python"), ("kotona", None), ("within", None)]
)
def test_finnish_case_endings_on_loanwords(word: str, base: str | None) -> None:
    assert glossary.loan_base(word) == base


def test_spoken_finnish_hours() -> None:
    assert extract("mulla ois pari tuntii viikos", TODAY, "fi").hours_per_week == 2


# -- intentions, needs, openings ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["my plan is to become a tester", "we plan to move into data science"])
def test_an_intention_is_no_plan_request(text: str) -> None:
    assert not asks_plan(text, "en")
    assert "plan" not in parse(text, TODAY).intents


def test_a_plan_request_still_is_one() -> None:
    assert asks_plan("plan it for me", "en")
    assert "plan" in parse("can you plan it for me", TODAY).intents


def test_a_need_at_work_is_a_search() -> None:
    p = understand("tarvitsen jotain excel-juttua töihin", TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    assert p.predicted == "search"
    assert p.clause_role is None


def test_evening_is_when_not_what() -> None:
    assert "evening" not in parse("only evening courses suit me", TODAY).topic


# -- an unsure reading keeps what is known ------------------------------------------------------------------


def _unsure_goal(**overrides: object) -> Parsed:
    p = Parsed(text="kubernetes and that kind of thing", topic="kubernetes", clause_goal="kubernetes")
    p.predicted, p.confidence = "set_goal", 0.42
    p.ranked = (("set_goal", 0.42), ("search", 0.38), ("plan", 0.1))
    for key, value in overrides.items():
        setattr(p, key, value)
    return p


def test_an_unsure_goal_from_a_learner_with_a_goal_is_a_search() -> None:
    p = _unsure_goal()
    assert joint.settle(p, named=False, topical=True, names_job=False, shown=False, has_goal=True) == "search"
    assert p.clause_goal is None


@pytest.mark.parametrize(
    "has_goal, names_job, confidence", [(False, False, 0.42), (True, True, 0.42), (True, False, 0.8)]
)
def test_a_goal_stays_a_goal_when_sure_new_or_a_job(
    has_goal: bool, names_job: bool, confidence: float
) -> None:
    p = _unsure_goal(confidence=confidence, ranked=(("set_goal", confidence), ("search", 0.38)))
    settled = joint.settle(p, named=False, topical=True, names_job=names_job, shown=False, has_goal=has_goal)
    assert settled is None and p.predicted == "set_goal"


# -- years in a job are the job held ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, role",
    [
        ("I did 12 years as a bus driver and want to retrain in IT support", "bus driver"),
        ("9 yrs as a warehouse supervisor, looking at data analytics now", "warehouse supervisor"),
        ("llevo 6 años como recepcionista y quiero estudiar redes", "recepcionista"),
        ("5 Jahre als Lagerist, jetzt will ich in die Cloud", "lagerist"),
    ],
)
def test_years_as_a_job_name_the_job(text: str, role: str) -> None:
    p = understand(text, TODAY)
    assert (p.current_role or "").casefold() == role


def test_a_subject_asked_about_is_not_held(responder: OfflineResponder) -> None:
    answer = responder.reply("I work in payroll. Tableau or SQL?", History(), LearnerProfile(id="q"))
    assert not [c for c in answer.profile_changes if c.kind == "add_skills"]
    p = understand("I work in payroll. Tableau or SQL?", TODAY)
    assert p.asked_clauses == ("Tableau or SQL",)


@pytest.mark.parametrize(
    "text, lang, hours",
    [
        ("nur abends, etwa 2 Stunden", "de", 14),
        ("por las noches, 1 hora", "es", 7),
        ("evenings, 1 hour", "en", 7),
    ],
)
def test_hours_in_the_evenings_are_per_day(text: str, lang: str, hours: float) -> None:
    assert extract(text, TODAY, lang).hours_per_week == hours


def test_teaching_others_to_design_learning_is_no_teachers_job(taxonomy: Taxonomy) -> None:
    """What is taught is learning design itself: the subject's own goal (instructional design) stays."""
    text = "I run a training department and want to teach colleagues to design micro-credentials"
    assert area_refinement.about_teaching_itself(text)
    assert area_refinement.teaching(text, taxonomy, {}) is None


def test_the_head_is_the_last_word() -> None:
    assert foreign_head("boss gpu course") is None  # "boss" is a job word, but not this phrase's head


def test_a_question_of_becoming_read_as_a_statement_is_the_goal_question() -> None:
    p = Parsed(text="miten pääsen pilvi-insinööriksi?", lang="fi")
    p.predicted, p.confidence = "state_skills", 0.4
    p.ranked = (("state_skills", 0.4), ("search", 0.3))
    p.clause_goal, p.goal_english = "pilvi-insinööri", "cloud engineer"
    settled = joint.settle(p, named=False, topical=True, names_job=True, shown=False)
    assert settled in ("plan", "set_goal")


# -- feeling stuck ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["tunnen itseni jumittuneeksi nykyisessä työssä", "मैं अपनी नौकरी में अटका हुआ हूँ", "olen jumissa urallani"],
)
def test_feeling_stuck_is_the_opening_and_no_job(responder: OfflineResponder, text: str) -> None:
    answer = responder.reply(text, History(), LearnerProfile(id="s"))
    assert answer.intent == "explore"
    assert not [c for c in answer.profile_changes if c.kind in ("set_current_role", "set_goal")]


def test_stuck_with_a_wish_keeps_the_goal(responder: OfflineResponder) -> None:
    answer = responder.reply(
        "I'm stuck in retail but want to become a web developer", History(), LearnerProfile(id="s")
    )
    assert _goal_changes(answer)
