"""Out of scope only when it is (session 19, issue #12, scope19): a request unrelated to learning and work
(code to write, an equation to solve, the weather, a match, an election) is answered as out of scope with what
the assistant can do, in the learner's language, also after a goal was set, and it changes nothing in the
profile; what one can do ("I can write code in Python") is no such request."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.off_topic import off_topic
from pathfinder.assistant.policy import unrelated_request
from pathfinder.assistant.profile_changes import changes_from
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import History

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "message, family",
    [
        ("could you write me a bash script to back up my photos", "code"),
        ("schreib mir bitte ein Python-Skript, das Dateien sortiert", "code"),
        ("hazme un programa en java que calcule el IVA", "code"),
        ("écris-moi une fonction javascript qui trie un tableau", "code"),
        ("kirjoita minulle python-skripti joka lajittelee tiedostot", "code"),
        ("viết giúp mình đoạn code python đọc file excel", "code"),
        ("मेरे लिए एक स्क्रिप्ट लिख दो जो फाइलें rename करे", "code"),
        ("আমার জন্য একটা পাইথন কোড লিখে দাও", "code"),
        ("python code likh do ek calculator ka", "code"),
        ("könntest du bitte ein kleines Skript für mich schreiben", "code"),
        ("mere liye ek chhota sa macro bana do", "code"),
        ("solve this equation for me: 2x + 7 = 19", "equation"),
        ("löse die Gleichung 2x + 4 = 10", "equation"),
        ("giải phương trình x + 2 = 5 giúp tôi", "equation"),
    ],
)
def test_code_to_write_and_equations_to_solve_are_out_of_scope(message: str, family: str) -> None:
    assert off_topic(message) == family


@pytest.mark.parametrize(
    "message",
    [
        "I can write code in Python",
        "je sais écrire du code",
        "python code likh leta hoon",
        "mình biết viết code python",
        "kirjoitan koodia töissä",
        "ich kann Code schreiben",
        "Makros in Excel schreibe ich täglich",
        "I want to learn to write code",
        "a course on writing scripts",
        "quiero resolver problemas con la tecnología",
    ],
)
def test_what_one_codes_or_wants_to_learn_is_no_request(message: str) -> None:
    assert off_topic(message) is None


def test_an_out_of_scope_turn_saves_nothing(bundled_tools) -> None:
    p = Parsed(text="viết giúp tôi đoạn code javascript", lang="vi", skills=(("JavaScript", "intermediate"),))
    profile = LearnerProfile(id="t")
    assert changes_from(p, bundled_tools, profile, "out_of_scope") == ([], "")
    assert changes_from(p, bundled_tools, profile, "state_skills")[0]


def test_unrelated_needs_the_models_reading_and_no_word_of_learning() -> None:
    weather = Parsed(
        text="¿va a llover mañana en Sevilla?", lang="es", predicted="out_of_scope", confidence=0.96
    )
    assert unrelated_request(weather, grounded=False)
    unsure = dataclasses.replace(weather, confidence=0.3)
    assert not unrelated_request(unsure, grounded=False)  # half read as out of scope: the conversation's
    assert not unrelated_request(weather, grounded=True)  # a word the catalogue has: never a refusal
    assert not unrelated_request(weather, grounded=False, named=True)
    course = Parsed(text="¿hay cursos el fin de semana?", lang="es", predicted="out_of_scope")
    assert not unrelated_request(course, grounded=False)  # a word of learning
    budget = Parsed(text="500 euros max", lang="en", predicted="out_of_scope", budget=500.0)
    assert not unrelated_request(budget, grounded=False)


@pytest.mark.parametrize(
    "goal, asked, word",
    [
        ("Ich möchte Cloud-Administrator werden", "Wer gewinnt dieses Jahr die Bundesliga?", "Katalog"),
        ("quiero ser analista de datos", "¿va a llover mañana en Sevilla?", "catálogo"),
        ("I want to work in cyber security", "who do you think will win the election", "catalogue"),
        ("আমি ডেটা অ্যানালিস্ট হতে চাই", "কাল কি বৃষ্টি হবে?", "ক্যাটালগ"),
        (
            "I want to become a web developer",
            "can you write me a script that sorts my music files",
            "catalogue",
        ),
    ],
)
def test_an_unrelated_request_after_a_goal_is_out_of_scope_and_keeps_the_goal(
    bundled_tools, goal: str, asked: str, word: str
) -> None:
    from pathfinder.assistant.offline import OfflineResponder

    responder = OfflineResponder(bundled_tools, lambda: TODAY)
    first, second = answers(converse(responder, goal, asked))
    assert any(c.kind == "set_goal" for c in first.profile_changes)
    assert second.intent == "out_of_scope" and word in second.text, second.text
    assert not second.profile_changes


@pytest.mark.parametrize(
    "question, word",
    [
        ("how much does a cloud engineer make", "Cloud"),
        ("Was verdient eine Datenbankadministratorin?", "Datab"),
        ("¿cuánto gana un especialista en ciberseguridad?", "Cyber"),
        ("मशीन लर्निंग इंजीनियर की सैलरी कितनी होती है?", "Machine Learning"),
    ],
)
def test_a_question_of_pay_on_a_taught_subject_gets_its_courses_and_no_goal(
    bundled_tools, question: str, word: str
) -> None:
    from pathfinder.assistant.offline import OfflineResponder

    answer = OfflineResponder(bundled_tools, lambda: TODAY).reply(question, History(), LearnerProfile(id="t"))
    assert answer.intent == "explain" and "ESCO" in answer.text, answer.text
    assert not any(c.kind == "set_goal" for c in answer.profile_changes)
    assert answer.citations and any(word.casefold() in c.title.casefold() for c in answer.citations), (
        answer.text
    )


def test_a_question_of_pay_on_nothing_taught_asks_for_the_goal(bundled_tools) -> None:
    from pathfinder.assistant.offline import OfflineResponder

    answer = OfflineResponder(bundled_tools, lambda: TODAY).reply(
        "how much do plumbers earn", History(), LearnerProfile(id="t")
    )
    assert answer.intent == "explain" and "where you want to go" in answer.text, answer.text


@pytest.mark.parametrize(
    "message, topic",
    [
        ("une formation cloud pour le week-end", "cloud"),
        ("quel temps il va faire à Lyon ce week-end ?", "lyon"),
        ("formations le week-end en front-end", "front-end web developer"),
    ],
)
def test_the_french_weekend_is_no_topic_word(message: str, topic: str) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert understand(message).topic == topic


@pytest.mark.parametrize(
    "message", ["jotain pilvestä", "jotain verkoista", "verkot kiinnostaa, mitä löytyy?"]
)
def test_finnish_case_forms_of_cloud_and_network_name_the_area(message: str) -> None:
    from pathfinder.assistant.nlu import glossary

    assert any(english in ("cloud", "network") for _, english in glossary.segments(message, "fi"))
