"""A teacher who wants to teach a subject to their pupils needs that subject (issue #12, session 13; the
lead's trial 8 and the Vietnamese browser trial of session 12): "I'm a primary school teacher and I want to
teach AI to my pupils" sets the goal to the subject (artificial intelligence, an area), not a teaching
occupation (it was "ICT teacher secondary school" or "ICT trainer" with e-learning design courses). Someone
who is not a teacher yet and wants to teach programming still aims at a teaching job."""

from __future__ import annotations

import pytest
from conftest import answers, converse, goals_set

from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.credentials import SkillRef

TEACHERS = [
    "I'm a primary school teacher and I want to teach AI to my pupils",
    "I'm a maths teacher and I'd like to teach AI to my students",
    "Ich bin Lehrerin und möchte meinen Schülern KI beibringen",
    "Soy profesora y quiero enseñar inteligencia artificial a mis alumnos",
    "je suis prof de maths et je veux enseigner l'IA à mes élèves",
    "Tôi là giáo viên tiểu học, muốn dạy AI cho học sinh",
]


@pytest.mark.parametrize("text", TEACHERS)
def test_the_subject_a_teacher_wants_to_teach_is_read(text: str) -> None:
    from pathfinder.assistant.area_refinement import taught_subject

    assert taught_subject(text) == "artificial intelligence"


def test_a_wish_to_teach_without_a_teaching_job_has_no_subject_of_its_own() -> None:
    from pathfinder.assistant.area_refinement import taught_subject

    assert taught_subject("I want to teach programming") is None
    # the ICT teacher's own subject: a teacher who wants to teach it aims at that teaching job
    assert taught_subject("I'm a maths teacher and want to teach programming too") is None
    assert taught_subject("I'm a teacher and I want to design micro-credentials for others") is None


@pytest.fixture(scope="module")
def ai_responder(make_responder, taxonomy, dialogue_catalogue):
    def ref(label: str) -> SkillRef:
        (skill,) = [s for s in taxonomy.skills.values() if s.label == label]
        return SkillRef(uri=skill.uri, label=label)

    ai = Credential(
        id="ai-basics",
        title="AI Foundations",
        provider="Uni AI",
        description="What artificial intelligence and machine learning are, with hands-on examples.",
        hours=45,
        eqf_level=4,
        languages=("en",),
        cost=0,
        skills=(ref("principles of artificial intelligence"), ref("machine learning")),
    )
    return make_responder([*dialogue_catalogue, ai])


@pytest.mark.parametrize("text", TEACHERS[:3])
def test_a_teacher_teaching_ai_aims_at_ai_not_a_teaching_job(ai_responder, text: str) -> None:
    answer = answers(converse(ai_responder, text, learner=LearnerProfile(id="teacher")))[-1]
    goals = goals_set(answer)
    assert goals and goals[0].occupation_uri is None, [g.label for g in goals]
    assert "artificial intelligence" in goals[0].label, goals[0].label
    assert "ai-basics" in [c.id for c in answer.citations], answer.text
