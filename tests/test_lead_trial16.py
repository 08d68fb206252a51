"""Classes of the lead's trial 16 (session 20), fixed by the lead: each test failed on 3645154 except the
guards marked."""

from __future__ import annotations

from datetime import date

import pytest
from test_assistant_conversation import talk


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


@pytest.mark.parametrize(
    ("opening", "question"),
    [
        ("Hallo, ich bin Elektriker und möchte in die Netzwerktechnik wechseln", "Welcher Kurs davon ist am wichtigsten?"),
        ("I want to become a network engineer", "which of these is the most important one?"),
        ("je veux devenir analyste de données", "quel cours est le plus important ?"),
        ("quiero ser analista de datos", "¿qué curso es el más importante de estos?"),
        ("haluan data-analyytikoksi", "mikä näistä on tärkein?"),
        ("tôi muốn trở thành chuyên viên phân tích dữ liệu", "khóa nào quan trọng nhất?"),
    ],
)
def test_the_most_important_course_shown_is_the_one_teaching_most_of_the_goal(
    bundled, opening: str, question: str
) -> None:
    """t16-03: "Welcher Kurs davon ist am wichtigsten?" -> "**Welcher Kurs** ist nicht im Katalog"; French
    planned 13 steps, Spanish gave the first entry's prerequisites."""
    results, _ = talk(bundled, [opening, question])
    first, asked = results[0].answer, results[1].answer
    shown = [c.id for c in first.citations]
    assert asked.intent == "select", asked.text
    assert asked.pathway is None and asked.citations, asked.text
    key = bundled.tools.get(asked.citations[0].id)
    assert key.id in shown and key.kind != "certificate", asked.text
    goal = results[1].profile.goal
    assert goal is not None and goal.occupation_uri, goal
    job = bundled.tools.taxonomy.occupation(goal.occupation_uri)
    assert {s.uri for s in key.skills} & set(job.essential), asked.text


def test_the_key_course_is_the_one_teaching_most_wanted_skills() -> None:
    from pathfinder.assistant.key_course import key_course
    from pathfinder.domain import Credential

    def course(cid: str, *skills: str, kind: str = "course") -> Credential:
        return Credential.model_validate(
            {"id": cid, "title": cid, "provider": "p", "kind": kind, "skills": [{"uri": s, "label": s} for s in skills]}
        )

    shown = [course("a", "x"), course("b", "y", "z"), course("c", "x", "y", "z", kind="certificate")]
    assert key_course(shown, ["x", "y", "z"]) == (shown[1], ("y", "z"))  # two wanted skills beat one
    assert key_course(shown, ["x"]) == (shown[0], ("x",))
    assert key_course(shown, ["q"]) is None
