"""Lead trial 23's classes still failing, given to trial28 (issue #12, session 28); each behavioural test
fails on bba0930b (the guards, marked below, pass on both). Other phrasings than the trial's and the batch's.

- A later wish or a preference is not a new goal; a preference between two jobs just compared picks one.
- "How long would that take?" after a plan: the whole plan's time; a plan covering little says so.
- "Is any of it in a classroom?" after a plan: answered from its steps, blended counted, no limit saved.
- "English is fine, which is the cheapest?": the cheapest entry, not its language.
- Short deadlines: weeks said beside a statement are kept; the subject sheds "fast" and "interview".
- "Is there a course on X?" with a list shown: a search of X.
- No money said in its own clause.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.course_questions import asked_attributes
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.occupation_difference import compared_phrases

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _goal_labels(answer) -> list[str]:
    return [c.goal.label for c in answer.profile_changes if c.kind == "set_goal" and c.goal is not None]


# --- 1. a later wish or a preference is not a new goal ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "and if one day I want to do some Python as well, what would I take?",
        "und falls ich irgendwann auch Python lernen möchte?",
        "¿y si después quiero aprender también Python?",
        "et si un jour je veux aussi apprendre Python ?",
        "entä jos haluan lopulta oppia myös Pythonia?",
        "còn nếu sau đó em muốn học thêm Python thì sao?",
        "अगर आगे चलकर मुझे Python भी सीखना हो तो?",
        "যদি শেষে Python ও শিখতে চাই, কী করব?",
    ],
)
def test_a_wish_for_later_is_read_in_every_language(text: str) -> None:
    from pathfinder.assistant.nlu.wishes import later_wish  # new in session 28 (bba0930b lacks it)

    assert later_wish(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to become a data scientist instead",  # a change of goal
        "what if I only had 2 hours a week?",  # a limit supposed
        "I want to become a data analyst",
    ],
)
def test_a_new_goal_or_a_limit_is_no_later_wish(text: str) -> None:
    from pathfinder.assistant.nlu.wishes import later_wish

    assert not later_wish(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("to be honest statistics appeals to me more than coding", "en"),
        ("ich mag Statistik lieber als Programmieren", "de"),
        ("prefiero la estadística a la programación", "es"),
        ("j'aime plus les statistiques que le code", "fr"),
        ("pidän enemmän tilastoista kuin ohjelmoinnista", "fi"),
        ("mình thích thống kê hơn là code", "vi"),
        ("मुझे coding से ज़्यादा सांख्यिकी अच्छी लगती है", "hi"),
        ("কোডিং এর চেয়ে স্ট্যাটিস্টিক্স আমার বেশি পছন্দ", "bn"),
    ],
)
def test_a_preference_names_the_subject_preferred(text: str, lang: str) -> None:
    from pathfinder.assistant.nlu.wishes import preference

    found = preference(text, lang)
    assert found is not None and found[0] == "statistics"


def test_a_later_wish_keeps_the_goal_and_cites_the_subject(responder) -> None:
    history = converse(
        responder,
        "I'd like to work as a data analyst, I can do 6 hours a week",
        "and if one day I want to do some Python as well, what would I take?",
    )
    last = answers(history)[-1]
    assert _goal_labels(last) == []  # the data-analyst goal stays
    cited = [responder.tools.get(c.id) for c in last.citations]
    assert cited and any(c is not None and "python" in c.title.lower() for c in cited)


def test_a_preference_between_two_jobs_compared_picks_the_one_it_leans_to(responder) -> None:
    history = converse(
        responder,
        "what sets a data analyst apart from a data scientist?",
        "to be honest statistics appeals to me more than coding",
    )
    assert _goal_labels(answers(history)[-1]) == ["data analyst"]


def test_a_preference_with_no_goal_names_no_goal(responder) -> None:
    history = converse(responder, "to be honest statistics appeals to me more than coding")
    last = answers(history)[-1]
    assert _goal_labels(last) == [] and last.citations  # never "software developer" from "coding"


def test_a_preference_with_a_goal_set_keeps_it(responder) -> None:
    history = converse(responder, "I want to be a data analyst", "ich mag Statistik lieber als Programmieren")
    assert _goal_labels(answers(history)[-1]) == []


# --- 2. how long after a plan -------------------------------------------------------------------------------


def test_how_long_after_a_plan_is_the_whole_plans_time(responder) -> None:
    history = converse(
        responder, "I want to become a data analyst, 5 hours a week", "how long will all that take me?"
    )
    plan, last = answers(history)
    assert plan.pathway is not None and len(plan.pathway.steps) > 1
    assert "Your plan has" in last.text and f"{plan.pathway.totals.weeks} weeks" in last.text


def test_a_plan_covering_little_is_said_to_be_part_of_the_way(responder) -> None:
    history = converse(
        responder,
        "Je conseille une cliente qui veut devenir technicienne réseau",
        "elle n'a aucun budget, seulement du gratuit, 15 heures par semaine",
        "il lui faudra combien de temps pour être prête ?",
    )
    assert "partie du chemin" in answers(history)[-1].text


# --- 3. a question about form after a plan ------------------------------------------------------------------


def test_a_question_about_classroom_sessions_saves_no_format(responder) -> None:
    history = converse(
        responder,
        "I'd like to get the basics of using computers, 2 hours a week",
        "are there any in-person sessions in it?",
    )
    last = answers(history)[-1]
    assert not any(c.constraints is not None and c.constraints.participation for c in last.profile_changes)
    assert last.pathway is None and last.citations  # answered from the steps, no re-plan


# --- 4. the cheapest with a language accepted ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok English works too, which is the cheapest one?",
        "vale, inglés también, ¿cuál sale más barato?",
        "English wala bhi chalega, sabse sasta kaunsa?",
    ],
)
def test_a_language_accepted_beside_the_cheapest_is_no_question_of_language(text: str) -> None:
    assert "language" not in asked_attributes(text, True)


def test_a_course_pointed_back_at_is_still_asked_its_language() -> None:  # guard: passes on both
    assert "language" in asked_attributes("Gibt es den auch auf Deutsch?", True)


def test_the_cheapest_with_english_accepted_names_the_cheapest(responder) -> None:
    history = converse(responder, "cursos de ciberseguridad", "vale, inglés también, ¿cuál sale más barato?")
    assert "El más barato" in answers(history)[-1].text


# --- 5. short deadlines -------------------------------------------------------------------------------------


def test_weeks_beside_an_interview_are_a_deadline() -> None:
    assert understand("I need Python quickly, my interview is in 3 weeks", TODAY).weeks == 3


def test_the_subject_sheds_speed_and_the_interview(responder) -> None:
    history = converse(responder, "I need Python quickly, my interview is in 3 weeks")
    assert "**python**" in answers(history)[-1].text.lower()


def test_hours_a_day_beside_weeks_to_go_are_daily() -> None:
    assert understand("examen en 3 semanas, puedo 2 horas al día", TODAY).hours_per_week == 14


# --- 6. a course asked for on a subject ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do you have a course about quality assurance?",
        "habt ihr einen Kurs über Qualitätssicherung?",
        "¿tienen algún curso sobre garantía de calidad?",
        "vous avez une formation sur l'assurance qualité ?",
        "löytyykö kurssia laadunvarmistuksesta?",
        "có khóa học nào về đảm bảo chất lượng không?",
        "quality assurance par koi course hai?",
        "মান নিশ্চিতকরণ নিয়ে কোনো কোর্স আছে?",
    ],
)
def test_a_course_asked_for_on_a_subject_is_read(text: str) -> None:
    from pathfinder.assistant.nlu.asking import asks_course_on  # new in session 28

    assert asks_course_on(text)


def test_a_course_asked_for_on_a_subject_is_searched(responder) -> None:
    history = converse(
        responder,
        "I teach at a university and want to design micro-credentials",
        "do you have a course about quality assurance of micro-credentials?",
    )
    assert answers(history)[-1].intent == "search"


# --- 7. no money --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aikaa hänellä on paljon, rahaa ei.",
        "Zeit hat sie viel, Geld keins",
        "tiempo tiene mucho, dinero nada",
    ],
)
def test_no_money_in_its_own_clause_is_a_budget_of_nothing(text: str) -> None:
    assert understand(text, TODAY).budget == 0


def test_two_jobs_compared_in_spanish_with_hay() -> None:
    found = compared_phrases("¿qué diferencia hay entre un técnico de redes y un administrador de sistemas?")
    assert found == ("técnico de redes", "administrador de sistemas")
