"""Questions about a named or pointed course answered from its record, and a subject the catalogue lacks said
plainly (issue #12, session 15; the classes of the lead's trial 10, tune now, tested in other phrasings):
"is the GDPR fundamentals one in English?" is that course's language (French), never a study language saved
nor a re-plan; "is the maths course mandatory?" says whether anything requires it; "c'est quel niveau EQF le
premier ?" is the first entry's level, not where to begin; "khóa MPI đó cần biết gì trước?" is what the MPI
course needs; "is there a course on quantum computing?" is "not in the catalogue"; "fastest path?" with a goal
is the fastest plan; "which of those steps takes the least time?" picks that step of the plan shown."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant import markdown as md
from pathfinder.assistant.course_questions import asked_attributes
from pathfinder.assistant.followup_words import asks_best_way
from pathfinder.assistant.i18n import replying_in, t
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import DatedSession
from pathfinder.testing import InMemoryIndex
from tests.conftest import answers, converse


def _course(id: str, title: str, eqf: int, prerequisites=(), lang="en", **extra) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni Test",
        description=extra.pop("description", title),
        hours=extra.pop("hours", 82.5),
        eqf_level=eqf,
        languages=(lang,),
        cost=extra.pop("cost", 100),
        prerequisites=tuple(prerequisites),
        **extra,
    )


HPC = _course("hpc-intro", "Introduction to High-Performance Computing", 5)
MPI = _course(
    "hpc-par",
    "Parallel Programming with MPI and OpenMP",
    6,
    ("hpc-intro",),
    participation="blended",
    sessions=(DatedSession(start=date(2027, 2, 22), end=date(2027, 4, 30)),),
)
RGPD = _course("fr-rgpd", "Les fondamentaux du RGPD", 5, lang="fr", participation="online")
SAFE = _course("fr-safe", "Se protéger en ligne", 3, lang="fr", description="cybersécurité au quotidien")
CYBER = _course("fr-cyber", "Initiation à la cybersécurité pour les PME", 4, ("fr-safe",), lang="fr")
MATH = _course("ml-math", "Mathematics for Machine Learning", 5)
APPLIED = _course("ml-applied", "Applied Machine Learning with Python", 5, ("ml-math",))
CATALOGUE = [HPC, MPI, RGPD, SAFE, CYBER, MATH, APPLIED]


@pytest.fixture(scope="module")
def responder(make_responder):
    return make_responder(CATALOGUE)


@pytest.fixture(scope="module")
def planner(make_responder):
    return make_responder()  # the shared dialogue catalogue, with the real planner


FACTS = [
    ("is it taught in English?", "language"),
    ("welche Sprache hat der Kurs?", "language"),
    ("can I do it fully online or do I have to be there in person?", "format"),
    ("¿es presencial o a distancia?", "format"),
    ("khóa này học online được không?", "format"),
    ("how much is the last one?", "price"),
    ("paljonko se maksaa?", "price"),
    ("এটার দাম কত?", "price"),
    ("c'est quel niveau EQF le premier ?", "level"),
    ("welches EQR-Niveau hat der erste?", "level"),
    ("what do I need to know before the GPU one?", "prerequisites"),
    ("khóa MPI đó cần biết gì trước?", "prerequisites"),
    ("is the maths course mandatory?", "mandatory"),
    ("Muss ich den Mathe-Kurs wirklich machen?", "mandatory"),
    ("Onko matematiikan kurssi pakollinen?", "mandatory"),
    ("khóa toán có bắt buộc không?", "mandatory"),
    ("क्या गणित वाला कोर्स ज़रूरी है?", "mandatory"),
    ("গণিতের কোর্সটা কি বাধ্যতামূলক?", "mandatory"),
    ("do I get a certificate at the end?", "certificate"),
    ("est-ce qu'on obtient une attestation reconnue ?", "certificate"),
    ("who runs it?", "provider"),
    ("kuka sen järjestää?", "provider"),
    ("and when does it start?", "start"),
    ("Wann fängt der an?", "start"),
    ("यह कितने घंटे का है?", "duration"),
]


@pytest.mark.parametrize(("message", "fact"), FACTS)
def test_a_fact_of_one_course_is_read_in_the_eight_languages(message, fact):
    assert fact in asked_attributes(message)


@pytest.mark.parametrize(
    "message", ["cheaper?", "only online", "how many hours a week do I need?", "I know SQL", "make me a plan"]
)
def test_follow_ups_and_statements_ask_no_fact_of_a_course(message):
    assert asked_attributes(message) == ()


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "is the GDPR fundamentals one in English?"),
        ("de", "Ist der DSGVO-Kurs auf Englisch?"),
        ("vi", "khóa RGPD đó có dạy bằng tiếng Anh không?"),
        ("bn", "RGPD কোর্সটা কি ইংরেজিতে পড়ানো হয়?"),
    ],
)
def test_the_language_of_a_named_course_is_answered_and_no_study_language_is_saved(responder, lang, message):
    answer = answers(converse(responder, message))[-1]
    assert answer.citations[0].id == "fr-rgpd"  # GDPR, DSGVO and RGPD name one regulation
    assert answer.pathway is None
    assert not any(c.constraints is not None and c.constraints.languages for c in answer.profile_changes)
    with replying_in(lang):
        assert md.languages(("fr",)) in answer.text  # "taught in French", in the learner's language
        assert t("learning_outcomes") not in answer.text  # the answer, not the whole card


@pytest.mark.parametrize(
    "message",
    [
        "is the maths course mandatory?",
        "Onko matematiikan kurssi pakollinen?",
        "क्या गणित वाला कोर्स ज़रूरी है?",
        "গণিতের কোর্সটা কি বাধ্যতামূলক?",
    ],
)
def test_whether_a_course_is_mandatory_says_what_requires_it(responder, message):
    answer = answers(converse(responder, message))[-1]
    assert [c.id for c in answer.citations][:2] in (["ml-math", "ml-applied"], ["ml-applied", "ml-math"])
    assert answer.pathway is None and answer.intent == "explain"


def test_the_level_of_the_first_entry_is_its_level_not_where_to_begin(responder):
    listed = answers(converse(responder, "je cherche une formation en cybersécurité pour les PME"))[-1]
    first = next(c for c in CATALOGUE if c.id == listed.citations[0].id)
    answer = answers(
        converse(
            responder,
            "je cherche une formation en cybersécurité pour les PME",
            "c'est quel niveau EQF le premier ?",
        )
    )[-1]
    assert answer.citations[0].id == first.id
    with replying_in("fr"):
        assert t("start_with", citation="").split()[0] not in answer.text  # not "Commencez par ..."
    assert f"{first.eqf_level}" in answer.text
    assert not any(c.constraints is not None and c.constraints.max_eqf for c in answer.profile_changes)


def test_what_the_mpi_course_needs_is_its_prerequisites_not_the_first_entry_s_card(responder):
    history = converse(responder, "Tôi muốn học về HPC", "khóa MPI đó cần biết gì trước?")
    answer = answers(history)[-1]
    assert answer.intent == "requirements"
    assert [c.id for c in answer.citations][:2] == ["hpc-par", "hpc-intro"]


def test_when_a_dated_course_starts_and_whether_it_is_online(responder):
    answer = answers(
        converse(responder, "Wann fängt Parallel Programming with MPI and OpenMP an und ist das online?")
    )[-1]
    assert "2027-02-22" in answer.text
    with replying_in("de"):
        assert md.mode("blended") in answer.text
    assert not answer.text.lstrip().startswith("###")  # the facts asked, not the whole card
    assert not any(c.constraints is not None and c.constraints.participation for c in answer.profile_changes)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "is there a course on quantum computing?"),
        ("de", "Habt ihr einen Kurs über Blockchain?"),
        ("vi", "Có khóa học nào về blockchain không?"),
    ],
)
def test_a_subject_no_entry_teaches_is_said_not_to_be_in_the_catalogue(responder, lang, message):
    answer = answers(converse(responder, message))[-1]
    with replying_in(lang):
        said = t("not_in_catalogue", name="X").replace("**X**", "").strip(" .।")
    assert said in answer.text
    taught = answers(converse(responder, "is there a course on parallel programming?"))[-1]
    assert "hpc-par" in [c.id for c in taught.citations]  # a subject the catalogue teaches is listed
    assert t("not_in_catalogue", "en", name="X").replace("**X**", "").strip(" .") not in taught.text


def test_a_title_acronym_is_found_by_its_name_in_another_language(taxonomy):
    lexicon = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy).lexicon
    assert lexicon.acronym_title("is the GDPR one in English?") == "fr-rgpd"
    assert lexicon.acronym_title("der DSGVO-Kurs") == "fr-rgpd"
    assert lexicon.untaught_words("quantum computing") == ["quantum"]
    assert lexicon.untaught_words("parallel programming") == []


@pytest.mark.parametrize(
    "message",
    ["fastest path?", "¿cuál es el camino más rápido?", "সবচেয়ে দ্রুত পথ কোনটা?", "the cheapest way there?"],
)
def test_the_quickest_or_cheapest_way_to_the_goal_is_the_plan_by_that_strategy(planner, message):
    answer = answers(converse(planner, "I want to become a data analyst", message))[-1]
    assert answer.pathway is not None and answer.pathway.steps
    assert answer.pathway.strategy == asks_best_way(message)


def test_which_step_of_the_plan_is_shortest_picks_it_without_re_planning(planner):
    history = converse(
        planner,
        "I want to become a data analyst, 5 hours a week",
        "which of those steps takes the least time?",
    )
    plan, answer = answers(history)[-2:]
    assert plan.pathway is not None and answer.pathway is None
    shortest = min(plan.pathway.steps, key=lambda s: s.hours)
    assert answer.citations[0].id == shortest.id


def test_the_quickest_route_to_a_field_named_like_a_course_is_no_fact_question(make_responder) -> None:
    """Lead trial 11 on the integration (session 15): "I'm a network engineer, CCNA level. I want to go into
    AI-driven network operations. What's the quickest route?" was answered with the EQF level of the course of
    that title ("level" in the message); the quickest way to a goal is a plan cue."""
    from tests.conftest import answers, converse

    (answer,) = answers(
        converse(
            make_responder(),
            "I'm a developer at CCNA level. I want to go into data visualisation essentials. "
            "What's the quickest route?",
        )
    )
    assert answer.intent != "explain" and not answer.text.startswith("About "), answer.text
