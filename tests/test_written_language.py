"""The language a learner writes in versus the languages they study in (issues 12 and 14, session 17; the
lead's trial 12 and fresh16): one rule, `gaps.with_conversation_language`.

- a learner who named no language studies in the one they write in or in English, leaning to the written
  one: a course in a third language never enters their plan (a Vietnamese network engineer got German cloud
  basics) and never leads their list (a Vietnamese student's SQL question was led by the Spanish course);
- a learner who named their languages keeps to them (`test_planner_offered.py`: no English plan by default);
- "can I do it in Finnish?" about a plan's course in focus answers for that course, never re-plans;
- in another language, the subject's English terms rank a list ("resultados de aprendizaje").

Each test failed on the base commit 46a8c63 (checked by running it there), except two guards that the new
rules leave a limit on the plan and the written language's own courses alone:
`test_only_my_language_after_a_plan_still_re_plans` and
`test_the_written_language_comes_first_among_the_learners`."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.policy import refers_back
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import PlanningSession
from pathfinder.planner.gaps import analyse_gap, with_conversation_language
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 12, 4)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "ab"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)


def _course(cid: str, language: str, hours: float = 20) -> Credential:
    return Credential(
        id=cid,
        title=cid.upper(),
        provider="P",
        hours=hours,
        cost=0,
        languages=(language,),
        skills=tuple(SKILLS),
    )


def _plan(catalogue, written: str, languages: tuple[str, ...] = ()):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=languages,
        constraints=Constraints(hours_per_week=5),
    )
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return PlanningSession(gap, catalogue, today=TODAY, language=written).plan_with_relaxations(p)


def test_one_who_named_no_language_studies_in_the_written_one_or_english():
    p = LearnerProfile(id="l")
    vi = with_conversation_language(p, "vi")
    assert vi.languages == ("vi", "en") and vi.preferences.language == "vi"
    assert with_conversation_language(p, "en").languages == ("en",)
    assert with_conversation_language(p, "en").preferences.language is None
    said = LearnerProfile(id="l", languages=("fr",))
    assert with_conversation_language(said, "vi") is said  # named languages are the limit as they are
    no_english = LearnerProfile(id="l", constraints=Constraints(denied_languages=("en",)))
    assert with_conversation_language(no_english, "vi").languages == ("vi",)
    assert with_conversation_language(p, None) is p


def test_a_third_language_never_enters_the_plan_of_one_who_named_none():
    # trial 12's t12-12: German cloud basics planned for a Vietnamese writer while English courses exist
    catalogue = [_course("de1", "de", hours=10), _course("en1", "en", hours=30)]
    pw = _plan(catalogue, "vi")
    assert pw.ids == ("en1",)
    only_german = _plan([_course("de1", "de")], "vi")
    assert not only_german.steps and only_german.relaxations[0].values == ("de",)  # asked, not planned


def test_between_the_written_language_and_english_the_written_one_wins_a_near_tie():
    catalogue = [_course("en1", "en", hours=40), _course("fi1", "fi", hours=40.5)]
    assert _plan(catalogue, "fi").ids == ("fi1",)
    # a clearly better-fitting English course wins (half the hours)
    assert _plan([_course("en1", "en", hours=10), _course("fi1", "fi", hours=40)], "fi").ids == ("en1",)


@pytest.fixture(scope="module")
def bundled(bundled_tools) -> OfflineResponder:
    return OfflineResponder(bundled_tools, lambda: TODAY)


@pytest.mark.parametrize(
    "plan, step, question, english",
    [
        # trial 12's t12-10 and the batch's phrasings: the course in focus, its language, no plan re-made
        (
            "Haluan web-kehittäjäksi, 8 tuntia viikossa",
            "mikä on ensimmäinen kurssi ja paljonko se maksaa?",
            "voinko tehdä sen suomeksi?",
            "englanti",
        ),
        (
            "Je veux devenir développeur web, 8 heures par semaine",
            "le premier cours coûte combien ?",
            "est-ce que je peux le faire en français ?",
            "anglais",
        ),
        (
            "Ich möchte Webentwickler werden, 6 Stunden pro Woche",
            "Wie teuer ist der erste Kurs?",
            "Gibt es den auch auf Deutsch?",
            "Englisch",
        ),
        (
            "Tôi muốn làm lập trình viên web, mỗi tuần 8 tiếng",
            "khóa đầu tiên giá bao nhiêu?",
            "có học khóa đó bằng tiếng Việt được không?",
            "tiếng Anh",
        ),
    ],
)
def test_can_i_do_it_in_my_language_answers_for_the_course_in_focus(bundled, plan, step, question, english):
    said = answers(converse(bundled, plan, step, question, learner=LearnerProfile(id="t")))
    assert said[0].pathway is not None and said[0].pathway.steps
    last = said[-1]
    assert last.pathway is None and english in last.text, last.text
    assert last.citations and last.citations[0].id == said[0].pathway.steps[0].id


def test_only_my_language_after_a_plan_still_re_plans(bundled):
    said = answers(
        converse(
            bundled, "Ich möchte Webentwickler werden, 6 Stunden pro Woche", "nur auf Deutsch bitte",
            learner=LearnerProfile(id="t"),
        )
    )  # fmt: skip
    assert said[-1].pathway is not None  # a limit on the plan, not a question about one course


def test_a_french_object_pronoun_before_its_verb_points_back():
    assert refers_back("est-ce que je peux le faire en français ?")
    assert refers_back("on peut la suivre en ligne ?")
    assert not refers_back("le premier cours coûte combien ?")


@pytest.mark.parametrize(
    "message",
    [
        "¿hay algo sobre resultados de aprendizaje?",
        "gibt es etwas zu Lernergebnissen?",
        "löytyykö jotain oppimistavoitteista?",
        "लर्निंग आउटकम पर कोई कोर्स?",
    ],
)
def test_a_subject_in_another_language_is_ranked_by_its_english_terms(bundled, message):
    # trial 12's t12-07: statistics with R and AI listed before Writing Learning Outcomes
    said = answers(converse(bundled, message, learner=LearnerProfile(id="t")))
    assert said[-1].citations and said[-1].citations[0].id == "aec-outcomes-102", said[-1].text


@pytest.mark.parametrize("message", ["khóa về SQL có không?", "onko kurssia SQL:stä?", "SQL पर कोई कोर्स है?"])
def test_a_third_language_never_leads_the_list_of_one_who_named_none(bundled, message):
    # trial 12's t12-13: the Spanish SQL course led a Vietnamese student's list
    said = answers(converse(bundled, message, learner=LearnerProfile(id="t")))
    first = bundled.tools.get(said[-1].citations[0].id)
    assert first is not None and "en" in first.languages, said[-1].text


def test_the_closest_in_a_language_must_be_near_the_course(bundled_catalogue, taxonomy):
    # a Python course's "closest in French" were a citizen's online-safety course and the DPO course
    tools = AssistantTools(InMemoryIndex(bundled_catalogue), taxonomy)
    from pathfinder.assistant.followups_shown import in_language

    text, near = in_language(tools.get("lit-prog-101"), ("fr",), tools)
    assert not near and "anglais" not in text  # English reply: "No: ... taught in English, not in French"
    _, near = in_language(tools.get("ccna-net-101"), ("fr",), tools)
    assert [c.id for c in near] == ["ccna-fondements-101"]


def test_the_written_language_comes_first_among_the_learners(bundled):
    # a guard, not a base failure: English beside the written language (one who named none) must not push the
    # written language's own courses down (es-oos-10's data-mining list; the counsellor's starters likewise,
    # fr-flow-24, checked in the dialogue set: the in-memory index scores them differently)
    said = answers(converse(bundled, "¿tienes cursos de minería de datos?", learner=LearnerProfile(id="t")))
    first = bundled.tools.get(said[-1].citations[0].id)
    assert first is not None and "es" in first.languages, said[-1].text
