"""Questions about a plan and its courses answered from the catalogue (session 22, branch explain22, issue
#12; lead trial 17's 02, 12, 17, 19). Each test failed on 04013caf except the guards marked. The phrasings
here are not the explain22 batch's (evals/dialogues/authoring/explain22_lists.py)."""

from __future__ import annotations

from datetime import date

import pytest
from test_assistant_conversation import talk

from pathfinder.assistant.concepts import card_concepts_asked, ects_conversion
from pathfinder.assistant.course_questions import asked_attributes
from pathfinder.assistant.first_course import asks_which_first
from pathfinder.assistant.followup_words import asks_what_if
from pathfinder.assistant.i18n import replying_in
from pathfinder.assistant.nlu.glossary import name_in
from pathfinder.assistant.nlu.understand import ordinals
from pathfinder.assistant.profile_changes import link_goal
from pathfinder.domain import LearnerProfile


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


# --- the shared layers: words and numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what would happen if I left out the third course?",
        "was wäre, wenn ich den dritten nicht mache?",
        "¿qué pasaría si no hago el tercero?",
        "qu'est-ce qui se passe si je ne fais pas le troisième ?",
        "mitä jos en käy kolmatta?",
        "không học khóa thứ ba thì sao?",
        "तीसरा न करूँ तो क्या होगा?",
        "teesra na karun to kya hoga?",
        "তৃতীয়টা না করলে কী হবে?",
    ],
)
def test_what_if_is_asked_in_every_language(question: str) -> None:
    assert asks_what_if(question)


@pytest.mark.parametrize(
    "said",
    [
        "skip the third, I've done it",
        "den dritten hab ich schon",
        "ya hice el tercero",
        "den ersten Schritt kann ich überspringen",  # a statement: the skip rules keep it
        "can I skip the first one?",
    ],
)
def test_a_step_said_done_is_no_what_if(said: str) -> None:  # guard (asks_what_if is new)
    assert not asks_what_if(said)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is this one part of DigComp?", "digcomp"),
        ("passt der zum DigComp-Rahmen?", "digcomp"),
        ("¿está alineado con el marco de competencias digitales?", "digcomp"),
        ("est-il aligné sur le cadre des compétences numériques ?", "digcomp"),
        ("how do they grade it?", "assessment"),
        ("gibt es eine Prüfung am Ende?", "assessment"),
        ("¿hay examen final?", "assessment"),
        ("comment on est évalué ?", "assessment"),
        ("onko lopussa tentti?", "assessment"),
        ("khóa này có bài thi không?", "assessment"),
        ("इसमें परीक्षा होती है क्या?", "assessment"),
        ("এটার পরীক্ষা কীভাবে হয়?", "assessment"),
        ("is it worth any credits?", "credits"),
        ("saako siitä opintopisteitä?", "credits"),
    ],
)
def test_facts_of_one_course_asked(question: str, fact: str) -> None:
    assert fact in asked_attributes(question)


@pytest.mark.parametrize(
    "question",
    ["pehla course DigComp ke hisaab se hai kya?", "is the first course assessed by an exam or what?"],
)
def test_a_fact_of_the_first_is_no_which_first(question: str) -> None:
    assert not asks_which_first(question)


def test_which_first_stays() -> None:  # guard (passed on 04013caf)
    assert asks_which_first("pehle kaunsa course karun?")


@pytest.mark.parametrize(
    "question",
    [
        "one ECTS is how many hours?",
        "wie viele Stunden entspricht ein Leistungspunkt ECTS?",
        "¿cuántas horas vale un ECTS?",
        "un crédit ECTS, ça fait combien d'heures ?",
        "kuinka monta tuntia on yksi opintopiste?",
        "một tín chỉ là bao nhiêu giờ?",
        "ek ECTS kitne ghante ka hota hai?",
    ],
)
def test_one_ects_in_hours(question: str) -> None:
    assert ects_conversion(question) == ("concept_ects_hours", {"ects": "1", "low": "25", "high": "30"})


def test_a_definition_with_a_level_number_names_the_term() -> None:
    assert card_concepts_asked("what does EQF level 6 mean for that one?") == ("eqf",)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("le septième cours", 7),
        ("der sechste Kurs", 6),
        ("el sexto", 6),
        ("kuudes kurssi", 6),
        ("पाँचवीं वाली", 5),
        ("छठे कोर्स का", 6),
        ("পঞ্চমটির দাম", 5),
        ("তৃতীয়টাকে বাদ দিই", 3),
    ],
)
def test_later_and_inflected_ordinals(text: str, n: int) -> None:
    assert ordinals(text)[:1] == (n,)


def test_at_first_is_no_first_step() -> None:  # guard (passed on 04013caf)
    assert ordinals("প্রথমে কী করব?") == ()


def test_an_area_named_in_the_replys_language() -> None:
    assert name_in("cybersecurity", "es") == "ciberseguridad"
    assert name_in("artificial intelligence", "de") == "Künstliche Intelligenz"
    assert name_in("cybersecurity", "en") is None
    assert name_in("data analyst harbour", "fr") is None


# --- whole turns over the bundled catalogue -----------------------------------------------------------

WEB = "I'd like to become a web developer, about 6 hours a week"


def test_why_a_later_step_is_not_first_names_its_prerequisite(bundled) -> None:
    """t17-02: "tell me why the first course comes first" got "it comes first in the order"."""
    results, _ = talk(bundled, [WEB, "how come the second one isn't first?"])
    plan = results[0].answer.pathway
    assert plan is not None and len(plan.steps) >= 2
    answer = results[1].answer
    first, second = plan.steps[0].id, plan.steps[1].id
    second_cred = bundled.tools.get(second)
    assert second_cred is not None and first in second_cred.prerequisites
    cited = {c.id for c in answer.citations}
    assert {first, second} <= cited, answer.text
    assert "because" in answer.text and "requires" in answer.text, answer.text


def test_why_the_first_step_says_because_and_what_builds_on_it(bundled) -> None:
    results, _ = talk(bundled, [WEB, "explain to me why step 1 is in first place"])
    plan = results[0].answer.pathway
    assert plan is not None
    answer = results[1].answer
    assert "step 1 of" in answer.text and "because" in answer.text, answer.text
    assert "builds on it" in answer.text, answer.text


def test_what_if_a_step_is_skipped_changes_nothing(bundled) -> None:
    results, _ = talk(bundled, [WEB, "what would happen if I left out the second course?"])
    plan = results[0].answer.pathway
    assert plan is not None and len(plan.steps) >= 3
    second = plan.steps[1].id
    answer = results[1].answer
    assert second not in results[1].profile.held_credential_ids
    needing = [s.id for s in plan.steps[2:] if second in bundled.tools.get(s.id).prerequisites]
    assert needing and set(needing) & {c.id for c in answer.citations}, answer.text
    assert answer.pathway is None and "changed nothing" in answer.text, answer.text


def test_digcomp_of_a_step_from_the_catalogue(bundled) -> None:
    """t17-19: "are any of these recognised under DigComp?" got the first course's facts, no DigComp."""
    results, _ = talk(
        bundled,
        [
            "I want to become a digital skills trainer for adults, 4 hours a week",
            "is step 3 mapped to DigComp?",
        ],
    )
    plan = results[0].answer.pathway
    assert plan is not None and len(plan.steps) >= 3
    third = bundled.tools.get(plan.steps[2].id)
    answer = results[1].answer
    assert third is not None and third.id in {c.id for c in answer.citations}
    if third.digcomp_areas:
        assert "DigComp" in answer.text and "Safety" in answer.text, answer.text
    else:
        assert "no DigComp area" in answer.text, answer.text


def test_no_digcomp_area_is_said_plainly(bundled) -> None:
    results, _ = talk(bundled, ["tell me about Programming Fundamentals in Python", "is it DigComp aligned?"])
    answer = results[1].answer
    assert "records no DigComp area" in answer.text, answer.text


def test_hours_of_one_ects_after_a_plan_convert(bundled) -> None:
    results, _ = talk(bundled, [WEB, "and one ECTS is how many hours?"])
    answer = results[1].answer
    assert "25" in answer.text and "30" in answer.text and answer.pathway is None, answer.text


def test_eqf_meaning_of_a_numbered_step_cites_it(bundled) -> None:
    results, _ = talk(bundled, [WEB, "what does the EQF level of the 3rd one mean?"])
    plan = results[0].answer.pathway
    assert plan is not None and len(plan.steps) >= 3
    answer = results[1].answer
    assert plan.steps[2].id in {c.id for c in answer.citations}, answer.text
    assert "bachelor" in answer.text, answer.text


@pytest.mark.parametrize(
    ("lang", "name"),
    [("es", "aprendizaje automático"), ("fr", "apprentissage automatique"), ("vi", "học máy")],
)
def test_an_area_goal_is_named_in_the_replys_language(bundled, lang: str, name: str) -> None:
    """An area goal ("machine learning", no ESCO occupation) is named in the reply's language beside its
    English label; the batch's "cybersecurity" is an area in the eval's index and an ethical hacker here."""
    with replying_in(lang):
        change, text = link_goal("machine learning", bundled.tools, LearnerProfile(id="l"))
    assert change is not None and change.goal is not None and change.goal.occupation_uri is None
    assert f"{name} (machine learning)" in text, text
