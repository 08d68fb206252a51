"""Held skills and held courses (issue #12, session 20, helper skills20): a course taken that the catalogue
does not hold is evidence of the skills it names, a bare "no" after a skill denies it, a pronoun of daily use
takes up the skill named just before, and a school-leaving qualification is background, never the job. The
phrasings were written for these tests, not copied from the dialogue set; each positive case failed on the
base code (3645154; the new functions `took_course`, `uses_it` did not exist there); the guards pass
on both."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse, first_answer

from pathfinder.assistant.i18n import t
from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.nlu.roles import job_held
from pathfinder.assistant.nlu.skill_levels import ADVANCED, BASIC, NONE, held_levels
from pathfinder.assistant.nlu.skill_use import habitually, uses_it
from pathfinder.assistant.nlu.understand import took_course, understand
from pathfinder.domain import LearnerProfile

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _skills(answer) -> dict[str, str]:
    return {s.label: s.level for c in answer.profile_changes if c.kind == "add_skills" for s in c.skills}


# --- a course taken ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "she took a Google Cloud basics course last year",
        "ich habe einen Python-Grundkurs an der VHS besucht",
        "seguí un curso de Excel por internet",
        "j'ai suivi une formation Linux au Greta",
        "kävin AWS-kurssin viime syksynä",
        "em đã học xong khóa Excel ở trung tâm",
        "usne ek Python ka course kiya tha",
        "ও একটা লিনাক্স কোর্স করেছে",
    ],
)
def test_a_course_taken_is_said_with_a_past_verb_and_a_course_word(text: str) -> None:
    assert took_course(text)


@pytest.mark.parametrize(
    "text",
    [
        "did he take a Python course?",  # asked
        "I want to take an AWS course",  # wished
        "I'd like to do a course on Linux next year",
        "I did my shopping",  # no course
        "what course do you recommend?",
    ],
)
def test_no_course_taken_when_asked_wished_or_no_course_named(text: str) -> None:
    assert not took_course(text)


@pytest.mark.parametrize(
    "message, label, level",
    [
        ("she took a Google Cloud basics course last year", "cloud technologies", BASIC),
        ("kävin AWS-peruskurssin viime syksynä", "cloud technologies", BASIC),
        ("j'ai suivi une formation Google Analytics au Pôle emploi", "web analytics", None),
    ],
)
def test_a_course_not_in_the_catalogue_saves_the_skills_it_names(bundled, message, label, level) -> None:
    answer = first_answer(bundled, message)
    assert answer.intent == "state_skills"
    got = _skills(answer)
    assert label in got and (level is None or got[label] == level)
    assert t("course_evidence", answer_lang := _lang(message)) in answer.text, answer_lang
    assert not [c for c in answer.profile_changes if c.kind in ("set_goal", "set_current_role")]


def _lang(message: str) -> str:
    return identify(message) or "en"


def test_the_format_a_course_was_taken_in_is_no_format_asked_for(bundled) -> None:
    answer = first_answer(bundled, "my client did an AWS basics course online in 2024")
    assert answer.intent == "state_skills"
    assert not [c for c in answer.profile_changes if c.kind == "set_constraints" and c.constraints]


# --- a skill denied by a bare "no" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, lang, want",
    [
        ("Word ja, Excel nein", "de", {"word": None, "excel": NONE}),
        ("Java oui, PHP non", "fr", {"java": None, "php": NONE}),
        ("sé Excel pero nada de Python", "es", {"excel": None, "python": NONE}),
        ("conozco SQL a fondo", "es", {"sql": ADVANCED}),
        ("ich habe einen Python-Grundkurs gemacht", "de", {"python": BASIC}),
        ("tein Excel-alkeiskurssin", "fi", {"excel": BASIC}),
    ],
)
def test_a_bare_denial_or_a_basics_course_gives_the_level(message, lang, want) -> None:
    got = held_levels(message, list(want), lang)
    assert {k: got.get(k) for k in want} == want


def test_not_only_is_no_denial() -> None:
    assert held_levels("non seulement Excel mais aussi SQL", ["excel", "sql"], "fr") == {}
    assert held_levels("SQL nada mal", ["sql"], "es") == {}


@pytest.mark.parametrize("message, lang", [("Word ja, Excel nein", "de"), ("Java oui, PHP non", "fr")])
def test_yes_and_no_words_say_the_language(message: str, lang: str) -> None:
    assert identify(message) == lang


# --- a pronoun of daily use -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I use it every day at work",
        "ich nutze es täglich im Job",
        "la uso a diario",
        "je l'utilise tous les jours",
        "käytän sitä joka päivä",
        "tôi dùng nó hằng ngày",
        "ise roz use karti hoon",
        "এটা রোজ ব্যবহার করি",
    ],
)
def test_daily_use_of_it_is_read_in_every_language(text: str) -> None:
    assert uses_it(text) and habitually(text)


@pytest.mark.parametrize(
    "first, second, label",
    [
        ("I know Linux", "I use it every day at work", "operating systems"),
        ("Ich kenne SQL", "ich nutze es täglich im Job", "SQL"),
        ("আমি এক্সেল একটু জানি", "এটা রোজ অফিসে ব্যবহার করি", "use spreadsheets software"),
    ],
)
def test_daily_use_takes_up_the_skill_named_before(bundled, first: str, second: str, label: str) -> None:
    last = answers(converse(bundled, first, second, learner=LearnerProfile(id="t")))[-1]
    assert last.intent == "state_skills"
    assert _skills(last).get(label) in ("intermediate", ADVANCED)
    # "ich nutze es": no job "nutze", no goal
    assert not [c for c in last.profile_changes if c.kind in ("set_current_role", "set_goal")]


def test_a_question_about_using_it_takes_up_nothing(bundled) -> None:
    last = answers(converse(bundled, "I know Linux", "can I use it every day for cloud jobs?"))[-1]
    assert "operating systems" not in _skills(last)


# --- school leaving and "se débrouiller" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "soy bachiller y quiero aprender a programar",
        "olen ylioppilas ja kiinnostunut datasta",
        "I'm a high school graduate and want to learn coding",
    ],
)
def test_a_school_leaving_qualification_is_no_job(text: str) -> None:
    assert understand(text, TODAY).current_role is None


def test_the_job_after_a_school_leaving_qualification_is_kept() -> None:
    # guards (both pass on the base too): the job said after the qualification stays the job
    assert understand("j'ai le bac et je travaille comme serveur", TODAY).current_role == "serveur"
    job = job_held("a bachelor of science graduate working as a barista", "en")
    assert "barista" in job and "bachelor" not in job
    # guard: a school is also where a job is done
    assert "teacher" in job_held("teacher in a high school", "en")


@pytest.mark.parametrize("text", ["je me débrouille en réseaux", "je me débrouille en cybersécurité"])
def test_se_debrouiller_en_states_a_skill_not_a_goal(text: str) -> None:
    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    assert p.predicted == "state_skills"
