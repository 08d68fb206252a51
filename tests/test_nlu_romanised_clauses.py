"""Hinglish and Banglish clauses joined by their own "and"/"but" (session 11, vi/hi/bn round): "main ek
teacher hoon aur mujhe AI ... sikhna hai" read the whole message as one clause, so the job held stood inside
the goal ("teacher ai ke baare"). Phrasings written for these tests, not taken from the dialogue set."""

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import clauses, understand


@pytest.mark.parametrize(
    ("text", "role", "goal"),
    [
        ("mai ek driver hu aur mujhe data analysis ke baare mein seekhna hai", "driver", "data analysis"),
        ("main bank me clerk hoon lekin mujhe cyber security sikhni hai", "bank clerk", "cybersecurity"),
        ("ami ekjon nurse ar ami cloud computing shikhte chai", None, "cloud computing"),
    ],
)
def test_the_job_held_stays_out_of_the_goal_clause(text: str, role: str | None, goal: str) -> None:
    p = understand(text, date(2026, 12, 4))
    assert p.goal_english is not None and goal in p.goal_english
    assert p.clause_goal is not None and not {"driver", "clerk", "nurse"} & set(p.clause_goal.split())
    if role:
        assert p.current_role == role


def test_romanised_conjunctions_split_only_a_romanised_message() -> None:
    assert len(clauses("mera bhai electrician hai aur usko solar panel ka kaam seekhna hai")) == 2
    # "ar" and "par" mean nothing in French or English sentences: no split there
    assert len(clauses("deux heures par semaine pour la cybersécurité", "fr")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "mujhe network admin ya cloud engineer ki job chahiye",
        "meri behen ko tester ya web developer banna hai",
    ],
)
def test_hinglish_or_is_no_done_cue(text: str) -> None:
    """ "ya" is "or" in Hinglish, Spanish "already": a wish for one of two jobs is a goal, nothing held."""
    p = understand(text, date(2026, 12, 4))
    assert not p.done_cue
    assert p.goal_english is not None


def test_spanish_ya_still_says_done() -> None:
    assert understand("ya hice el curso de redes", date(2026, 12, 4)).done_cue


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("networking wala kaam accha rahega", "network"),
        ("ক্লাউডের কাজ ভালো হবে", "cloud"),
        ("mảng kiểm thử phần mềm nghe hay", "software testing"),
    ],
)
def test_a_direction_taken_up_in_vi_hi_bn_is_the_goal(text: str, goal: str) -> None:
    """Work in a field said to be good ("X wala kaam accha rahega") after the counsellor's directions: X is
    the goal, as "Datenbankadministrator klingt gut" is."""
    p = understand(text, date(2026, 12, 4))
    assert "set_goal" in p.intents
    assert p.goal_english == goal
