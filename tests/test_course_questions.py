"""Questions about one course named or pointed at (issue #12, session 14; the classes of the lead's trial 9):
its fit for the learner ("is X a good fit for someone who only knows Excel?") is answered from its
prerequisites and level, never read as a goal; "and before it?" gives what it needs, not a plan; "how many
weeks is the MPI course?" gives its workload in weeks, not a list; "what is EQF 6, like a bachelor?" is the
framework explained; a course named by its subject ("the maths one") is the one shown with that subject, and a
phrase naming another subject never marks an unrelated title that shares one word."""

from __future__ import annotations

import math

import pytest

from pathfinder.assistant.concepts import asked_concept
from pathfinder.assistant.course_questions import asks_before, asks_fit
from pathfinder.assistant.offline.mentions import _names_another
from pathfinder.assistant.policy import asks_how_long
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.testing import InMemoryIndex
from tests.conftest import answers, converse


def _course(id: str, title: str, eqf: int, hours: float, prerequisites=(), lang="en") -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni Test",
        description=title,
        hours=hours,
        ects=hours / 27.5,
        eqf_level=eqf,
        languages=(lang,),
        cost=100,
        prerequisites=tuple(prerequisites),
    )


MODEL = _course("db-model", "Data Modelling Essentials", 5, 82.5)
DBA = _course("db-admin", "Relational Database Administration", 5, 137.5, ("db-model",))
MPI = _course("hpc-par", "Parallel Programming with MPI and OpenMP", 6, 137.5)
MATH = _course("ml-math", "Mathematics for Machine Learning", 5, 110)
APPLIED = _course("ml-applied", "Applied Machine Learning with Python", 5, 137.5, ("ml-math",))
RECOM = _course("es-recom", "Sistemas de recomendación", 7, 137.5, lang="es")
CATALOGUE = [MODEL, DBA, MPI, MATH, APPLIED, RECOM]


@pytest.fixture(scope="module")
def responder(make_responder):
    return make_responder(CATALOGUE)


FIT = [
    "Is Relational Database Administration a good fit for someone who only knows Excel?",
    "would that course suit me?",
    "ist der Kurs was für mich?",
    "¿me conviene ese curso si solo sé Excel?",
    "est-ce que ce cours est adapté pour moi ?",
    "sopiiko se minulle?",
    "khóa này có hợp với tôi không?",
    "kya ye course mere liye sahi hai?",
    "এই কোর্সটা কি আমার জন্য ঠিক?",
]
BEFORE = [
    "what should I do before it then?",
    "and before that?",
    "und was mache ich davor?",
    "¿y qué tengo que hacer antes?",
    "et avant celui-là, je dois suivre quoi ?",
    "entä mitä pitää käydä ennen sitä?",
    "trước khóa đó tôi cần học gì?",
    "aur usse pehle kya karna hoga?",
    "এর আগে কী করব?",
]
WEEKS = [  # ("how many weeks is X?" was read before session 14)
    "how many days is the first course?",
    "Wie viele Wochen dauert der Kurs?",
    "¿cuántas semanas dura ese?",
    "combien de semaines pour celui-là ?",
    "montako viikkoa se kestää?",
    "khóa đó học mất bao nhiêu tuần?",
    "MPI wala course kitne hafte ka hai?",
    "কোর্সটা কত সপ্তাহের?",
]
NEITHER = [  # guards of the readings above (new in session 14)
    "I want to become a database administrator",
    "what should I do first?",
    "I'd like to finish before June",
    "show me courses on data modelling",
    "which one suits me?",
    "I have never done any coding before",
    "khóa nào phù hợp với tôi?",
]


@pytest.mark.parametrize("message", FIT)
def test_a_fit_question_is_read_in_the_eight_languages(message):
    assert asks_fit(message)


@pytest.mark.parametrize("message", BEFORE)
def test_what_comes_before_is_read_in_the_eight_languages(message):
    assert asks_before(message)


@pytest.mark.parametrize("message", WEEKS)
def test_how_many_weeks_or_days_is_a_question_of_how_long(message):
    assert asks_how_long(message)


@pytest.mark.parametrize("message", NEITHER)
def test_statements_and_searches_are_none_of_them(message):
    assert not asks_fit(message) and not asks_before(message) and not asks_how_long(message)


def test_a_fit_question_about_a_named_course_is_answered_from_its_prerequisites_not_as_a_goal(responder):
    answer = answers(converse(responder, FIT[0]))[-1]
    assert answer.intent == "explain"
    assert [c.id for c in answer.citations[:2]] == ["db-admin", "db-model"]
    assert answer.pathway is None
    assert not any(c.kind == "set_goal" for c in answer.profile_changes)


@pytest.mark.parametrize(
    "message", ["how many weeks is the MPI course?", "MPI wala course kitne hafte ka hai?"]
)
def test_how_many_weeks_is_a_course_marked_by_an_acronym_is_its_workload_in_weeks(responder, message):
    answer = answers(converse(responder, message))[-1]
    assert answer.intent == "explain"
    assert [c.id for c in answer.citations] == ["hpc-par"]
    assert str(math.ceil(137.5 / 5)) in answer.text  # the weeks at 5 hours a week, no hours said yet


def test_how_long_uses_the_learner_s_hours_a_week_once_known(responder):
    answer = answers(converse(responder, "I can study 10 hours a week", "how many weeks is the MPI course?"))[
        -1
    ]
    assert str(math.ceil(137.5 / 10)) in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "what is EQF level 6 and is that like a bachelor?",
        "Was heißt eigentlich EQR-Niveau 5, ist das so etwas wie ein Bachelor?",
        "¿qué significa nivel 6 del EQF? ¿es como un grado universitario?",
        "c'est quoi le niveau 7 du CEC, c'est comme un master ?",
    ],
)
def test_a_level_compared_with_a_degree_is_the_eqf_explained(message):
    assert asked_concept(message) == "eqf"


def test_a_clipped_subject_word_names_the_course_shown_with_it(taxonomy):
    lexicon = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy).lexicon
    assert lexicon.among("skip the maths one, I have a math degree", [MATH, APPLIED], marked=True) == MATH


def test_a_phrase_naming_another_subject_does_not_mark_a_title_sharing_one_word():
    assert _names_another("ya tengo el de sistemas operativos de escritorio", RECOM)
    assert not _names_another("ya tengo el de sistemas de recomendación", RECOM)


def test_before_it_after_a_fit_question_is_what_the_course_needs_not_a_plan(responder):
    answer = answers(converse(responder, FIT[0], BEFORE[0]))[-1]
    assert answer.intent == "requirements"
    assert "db-model" in [c.id for c in answer.citations]
    assert answer.pathway is None


@pytest.mark.parametrize(
    "message",
    [
        "what would I be able to do after the first course?",
        "und nach dem ersten Kurs?",
        "sau khóa đầu tiên thì sao?",
    ],
)
def test_after_a_numbered_entry_of_the_list_is_what_it_leads_to_not_the_list_again(responder, message):
    shown = answers(converse(responder, "show me machine learning courses"))[-1]
    first = shown.citations[0].id
    answer = answers(converse(responder, "show me machine learning courses", message))[-1]
    assert answer.intent in ("explain", "select")  # the rule parse calls a numbered entry "select"
    assert answer.citations[0].id == first and answer.pathway is None
    assert not answer.text.lstrip().startswith("###")  # what follows it, not its card again


def test_a_clipped_subject_word_names_the_one_catalogue_title_it_begins(taxonomy):
    lexicon = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy).lexicon
    assert lexicon.rare_title_word("skip the maths one, I have a math degree", marked=True) == "ml-math"
    assert lexicon.rare_title_word("skip the maths one", marked=False) is None  # only a course marked as one
