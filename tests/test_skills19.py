"""Held skills and done courses, said any way (issue #12, session 19, helper skills19): the skill said before
its verb of knowing, a done course named by its subject's meaning in the learner's language, a level word
scoped to the skill after "and" or written in another script, and a pronoun taking up a skill. The phrasings
were written for these tests, not copied from the dialogue set; each positive case failed on the code before
(defbe76); the negatives and the last test are guards (a skill known is no course done) that pass on both.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.intents import parse
from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.skill_levels import ADVANCED, BASIC, held_levels
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.pointing import meanings, named_by_subject
from pathfinder.domain import Credential

TODAY = date(2026, 12, 4)
ML_PLAN = ["diaa-ai-101", "diaa-viz-204", "nda-model-102", "diaa-math-102", "diaa-ml-201", "diaa-isd-304"]
DS_PLAN = ["diaa-ai-101", "glcc-code-107", "lit-prog-101", "lcsi-ne-201", "diaa-math-102", "diaa-ml-201"]


@pytest.fixture(scope="module")
def by_id(bundled_catalogue: list[Credential]) -> dict[str, Credential]:
    return {c.id: c for c in bundled_catalogue}


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _settled(text: str) -> str:
    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    return p.predicted


@pytest.mark.parametrize(
    "text",
    [
        "las hojas de cálculo las manejo a diario",
        "Power BI lo sé usar",
        "HTML je le sais",
        "Git kenne ich",
        "Java to mujhe achhe se aata hai",  # read as a goal before: every clause is one of knowing
        "Excel mujhe aata hai",
    ],
)
def test_a_skill_before_its_verb_of_knowing_states_skills(text: str) -> None:
    assert _settled(text) == "state_skills"


@pytest.mark.parametrize(
    "text",
    [
        "Python kann ich lernen",
        "je cherche un cours, Excel je le connais mal ?",
        "¿qué curso de SQL hago?",
        "mujhe data analyst banna hai, SQL aata hai",  # a goal beside what is known stays the goal
        "je ne sais pas quoi étudier, je suis un peu perdue",  # not knowing is no skill
        "मुझे समझ नहीं आता कि क्या सीखूँ",
    ],
)
def test_learning_asking_or_a_question_is_no_statement_of_skills(text: str) -> None:
    assert _settled(text) != "state_skills"


@pytest.mark.parametrize(
    "message, lang",
    [
        ("den KI-Grundkurs habe ich bereits", "de"),
        ("ya terminé la introducción a la IA", "es"),
        ("olen jo käynyt tekoälyn peruskurssin", "fi"),
        ("khóa nhập môn trí tuệ nhân tạo mình học rồi", "vi"),
        ("एआई की बुनियादी कोर्स कर ली है", "hi"),
    ],
)
def test_the_entry_level_of_a_subject_names_its_foundations_course(message, lang, by_id) -> None:
    shown = [by_id[i] for i in ML_PLAN]
    assert [c.id for c in named_by_subject(message, "", lang, shown)] == ["diaa-ai-101"]


def test_programming_basics_in_bengali_names_the_python_fundamentals_not_a_developers_course(by_id) -> None:
    shown = [by_id[i] for i in DS_PLAN]
    named = named_by_subject("প্রোগ্রামিং-এর বেসিক কোর্সটা করেছি", "", "bn", shown)
    assert [c.id for c in named] == ["lit-prog-101"]


def test_meanings_are_read_in_titles_and_messages_alike() -> None:
    assert meanings("AI Foundations") == ["basics"]  # its "AI" is a title word of its own
    assert meanings("Fundamentos de la inteligencia artificial") == ["ai", "basics"]
    assert meanings("KI-Grundlagen") == ["ai", "basics"]
    assert meanings("Network Security Essentials") == ["basics"]
    assert meanings("Kiosk and kiwi") == []  # "ki" only as a word


def test_the_ai_basics_said_done_over_a_plan_hold_that_step_not_a_catalogue_title_with_the_word(
    bundled,
) -> None:
    history = converse(
        bundled,
        "Ich möchte Machine-Learning-Ingenieurin werden, bitte einen Plan",
        "die KI-Grundlagen habe ich bereits gemacht",
    )
    plan, last = answers(history)[-2:]
    assert plan.pathway is not None and "diaa-ai-101" in plan.pathway.ids
    held = [c.credential.id for c in last.profile_changes if c.kind == "hold_credential" and c.credential]
    assert held == ["diaa-ai-101"]


@pytest.mark.parametrize(
    "message, lang, want",
    [
        ("एक्सेल मुझे बहुत अच्छा आता है", "hi", {"excel": ADVANCED}),
        ("জাভা আমি অল্প পারি", "bn", {"java": BASIC}),
        ("আমি লিনাক্স আর একটু পাইথন জানি", "bn", {"python": BASIC}),
        ("मुझे लिनक्स और थोड़ा पाइथन आता है", "hi", {"python": BASIC}),
    ],
)
def test_a_level_is_that_of_the_skill_written_in_its_script_and_after_and(message, lang, want) -> None:
    assert held_levels(message, list(want) + ["linux"] * ("linux" not in want), lang) == want


def test_a_pronoun_taking_up_a_skill_is_the_skill_asked_back_before_it_never_it() -> None:
    assert [c for c, _ in parse("power bi? sure, i use it all the time").skills] == ["power bi all the time"]
    assert parse("what? i use it daily").skills == ()  # a question back names nothing
    assert not [c for c, _ in parse("My job: I use it a lot").skills if c.startswith("it")]
    assert any(c.startswith("it") for c, _ in parse("I know IT security basics").skills)


def test_the_basics_of_a_skill_known_after_a_plan_is_a_skill_no_course_held(bundled) -> None:
    history = converse(
        bundled, "I want to build websites, plan it for me", "i already know the python basics"
    )
    last = answers(history)[-1]
    assert not [c for c in last.profile_changes if c.kind == "hold_credential"]
    assert any(s.label.startswith("Python") for c in last.profile_changes for s in c.skills)
