"""Lead trial 24's classes still failing, given to trial29 (issue #12, session 29); each behavioural test
fails on 60af69b6 (the guards, marked below, pass on both). Other phrasings than the trial's and the batch's.

1. Negation is no goal: a clause that denies leans nowhere, a lack said beside a wish is no word of the goal,
   a programming job not wanted is the preference against programming.
2. Profile facts: "little bit" is basic; what a superior says names no role and no skill held; no money said
   beside a goal and hours.
3. Follow-ups after a plan: "and then?" on a course nothing follows, the weeks of a course in Hindi's oblique
   plural, a subject the plan already teaches.
4. A budget far below any course: no proposal that multiplies it.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.unwanted import avoided

TODAY = date(2026, 12, 7)
SOFTWARE = ("software developer", "web developer", "ict application developer")


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _goal_labels(answer) -> list[str]:
    return [c.goal.label for c in answer.profile_changes if c.kind == "set_goal" and c.goal is not None]


# --- 1. negation is no goal ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I need to get AI for my team but I really don't want to be a developer",
        "coding isn't really my thing, I want to understand data",
        "Ich möchte Daten verstehen, aber ich will keine Entwicklerin werden",
        "me interesa la IA, pero no quiero convertirme en programadora",
        "le numérique m'intéresse, mais je veux pas devenir développeur",
        "haluan ymmärtää dataa, en halua koodariksi",
        "mình muốn hiểu dữ liệu, không muốn trở thành lập trình viên",
        "mujhe data samajhna hai, developer nahi banna",
        "ডেটা বুঝতে চাই, ডেভেলপার হতে চাই না",
    ],
)
def test_a_programming_job_not_wanted_is_the_preference_against_programming(text: str) -> None:
    assert avoided(text) == ("programming",)


@pytest.mark.parametrize(
    "text", ["I want to become a developer", "I don't want to be a nurse, I want to be a developer"]
)
def test_a_job_wanted_is_no_preference_against_it(text: str) -> None:  # guard: passes on both
    assert avoided(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ich betreue einen Koch, der in die IT will. Programmieren kann er nicht.",
        "My client is a cashier who wants into IT. She has never done any coding.",
        "আমার ক্লায়েন্ট একজন দোকানদার, আইটিতে যেতে চান। কোডিং জানেন না।",
    ],
)
def test_a_skill_denied_leans_to_no_direction(text: str) -> None:
    from pathfinder.assistant.interests import leanings

    assert "software developer" not in [name for name, _ in leanings([text])]


def test_a_liking_said_beside_a_lack_still_leans() -> None:
    """The liking leans; the computers the learner has no idea about no longer do (IT support)."""
    from pathfinder.assistant.interests import leanings

    assert [name for name, _ in leanings(["I have no idea about computers but I love gaming"])] == [
        "software developer"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("मैं हिसाब-किताब करती हूँ, मुझे डेटा एनालिसिस में जाना है पर कोडिंग बिल्कुल नहीं आती", "hi"),
        ("quiero pasarme a la ciencia de datos, pero programar no sé", "es"),
    ],
)
def test_a_lack_beside_a_wish_is_no_word_of_the_goal(text: str, lang: str) -> None:
    p = understand(text, TODAY)
    assert p.lang == lang
    assert "software developer" not in (p.goal_english or "")
    assert "software developer" not in p.topic


def test_a_lack_alone_keeps_its_subject() -> None:  # guard: passes on both
    assert "sql" in understand("I don't know SQL, I want to learn it", TODAY).topic


def test_a_programming_job_not_wanted_sets_no_programming_goal(responder) -> None:
    history = converse(
        responder,
        "I run a small shop and want to use AI better, but becoming a programmer is not what I want. "
        "I don't want to become a programmer.",
    )
    last = answers(history)[-1]
    assert not any(any(s in g.lower() for s in SOFTWARE) for g in _goal_labels(last))
    assert "Leaving out courses that teach or need programming" in last.text


def test_an_adviser_client_with_no_programming_gets_no_programming_direction(responder) -> None:
    history = converse(
        responder,
        "Ich berate einen 50-jährigen Lagerarbeiter, der in die IT wechseln möchte. "
        "Programmierkenntnisse hat er keine.",
        "Er hat 5 Stunden pro Woche, das Jobcenter zahlt bis 1500 Euro.",
    )
    assert "**software developer**" not in answers(history)[-1].text


# --- 2. profile facts ---------------------------------------------------------------------------------------


def test_little_bit_without_its_article_is_basic() -> None:
    from pathfinder.assistant.nlu.skill_levels import held_levels

    assert held_levels("i know little bit sql and excel", ["sql", "excel"], "en") == {
        "sql": "basic",
        "excel": "basic",
    }


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor says I should pick up SQL. I work in logistics",
        "meine Chefin will, dass ich Python lerne",
        "mi jefa dice que aprenda Power BI",
        "sếp bảo em học Excel",
        "मेरे बॉस कहते हैं कि मुझे Excel सीखना चाहिए",
    ],
)
def test_what_a_superior_says_names_no_role(text: str) -> None:
    from pathfinder.assistant.nlu.roles import superior_says

    p = understand(text, TODAY)
    assert superior_says(text)
    assert not any(
        r and any(w in r.lower() for w in ("boss", "chef", "jef", "supervisor", "sếp", "बॉस"))
        for r in (p.current_role, p.clause_role)
    )
    assert not any(superior_says(c) for c in p.skill_clauses)


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to be a web developer, 0 budget, 6 hrs weekly",
        "Ich möchte in die IT-Sicherheit, Geld habe ich keines, 5 Stunden die Woche",
        "quiero aprender redes, dinero no tengo, 3 horas a la semana",
        "je veux apprendre le cloud, budget zéro et 4 h par semaine",
    ],
)
def test_no_money_beside_a_goal_and_hours_is_a_budget_of_nothing(text: str) -> None:
    from pathfinder.assistant.nlu.slots import extract

    s = extract(text, TODAY)
    assert s.no_money and s.hours_per_week


def test_money_that_matters_little_is_no_budget_of_nothing() -> None:  # guard: passes on both
    from pathfinder.assistant.nlu.slots import extract

    assert not extract("money is not a problem, 5 hours a week", TODAY).no_money


# --- 3. follow-ups after a plan -----------------------------------------------------------------------------


def test_what_next_after_a_one_step_plan_is_no_dead_end(responder) -> None:
    history = converse(
        responder,
        "I sew clothes in a factory and can use a computer a little. I want to learn office work",
        "5 hours a week and I have no money",
        "and then what should I study?",
    )
    last = answers(history)[-1]
    assert "Nothing in the catalogue lists" not in last.text
    assert len(last.citations) >= 2


@pytest.mark.parametrize("text", ["पहला कोर्स कितने हफ़्तों में पूरा होगा?", "pehla course kitne hafton ka hai?"])
def test_weeks_asked_in_the_oblique_plural(text: str) -> None:
    from pathfinder.assistant.policy import asks_how_long

    assert asks_how_long(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to learn Python too",
        "ich würde auch gern Python lernen",
        "j'aimerais aussi apprendre Python",
        "em cũng muốn học Python",
        "मुझे Python भी सीखना है",
    ],
)
def test_a_wish_with_also_is_beside_the_goal(text: str) -> None:
    from pathfinder.assistant.nlu.wishes import also_wish

    assert also_wish(text)


def test_a_wish_instead_is_no_wish_beside_the_goal() -> None:  # `also_wish` is new (60af69b6 lacks it)
    from pathfinder.assistant.nlu.wishes import also_wish

    assert not also_wish("I'd like to learn Python instead")


def test_a_subject_the_plan_teaches_is_said_to_be_in_it(responder) -> None:
    history = converse(responder, "my goal is data analyst, 5 hours a week", "and I want to learn Python too")
    plan, last = answers(history)
    assert plan.pathway is not None
    assert _goal_labels(last) == []
    assert "your plan already teaches" in last.text


# --- 4. a budget far below any course -----------------------------------------------------------------------


def test_a_budget_far_below_any_course_gets_no_proposal_that_multiplies_it(responder) -> None:
    history = converse(responder, "I'd like to become a cloud engineer, 8 hours a week, 2000 rupees max")
    last = answers(history)[-1]
    assert "With one change" not in last.text
    assert "fits a budget of INR 2,000" in last.text
    assert last.citations
