"""Plan follow-ups and comparisons as learners in India, Bangladesh and Vietnam type them in Latin script
(session 10, vi/hi/bn round): a step pointed at and said done is skipped whatever the classifier made of the
wording; "faster"/"cheaper", ordinals and "done" in Hinglish, Banglish and Vietnamese without diacritics; two
named courses and a word of difference are a comparison. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.concepts import asks_difference
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.policy import decide
from pathfinder.domain import Pathway, Step, Totals
from pathfinder.domain.dialogue import DialogueState

TODAY = date(2026, 12, 4)
PLAN = Pathway(
    goal_label="web developer",
    steps=(
        Step(id="a-1", title="Basics", start_week=1, end_week=4, hours=20),
        Step(id="b-2", title="Frameworks", start_week=5, end_week=8, hours=20),
    ),
    totals=Totals(hours=40, weeks=8),
)


@pytest.mark.parametrize(
    ("text", "lang", "ordinal"),
    [
        ("dusra wala course main kar chuka hoon", "hi", 2),
        ("pehli wali to ho gaya", "hi", 1),
        ("ditiyo ta kore felechi bhai", "bn", 2),
        ("khoa dau tien minh hoc roi", "vi", 1),
    ],
)
def test_a_step_said_done_in_latin_script_is_skipped(text: str, lang: str, ordinal: int) -> None:
    p = understand(text, TODAY, lang)
    assert p.done_cue and p.ordinals == (ordinal,)
    guessed = Parsed(text=text, predicted="state_skills", confidence=0.3, ranked=(("state_skills", 0.3),))
    guessed.done_cue, guessed.ordinals, guessed.lang = p.done_cue, p.ordinals, lang
    shown = DialogueState(last_pathway=PLAN, listing="pathway")
    assert decide(guessed, shown, suggestions_open=False, named=False) == "skip_step"
    # with no plan shown there is no step to skip
    assert decide(guessed, DialogueState(), suggestions_open=False, named=False) != "skip_step"


@pytest.mark.parametrize(
    ("text", "lang", "refinement"),
    [
        ("thoda jaldi ho sakta hai?", "hi", "shorter"),
        ("kom shomoye kora jay na?", "bn", "shorter"),
        ("co lo trinh nao nhanh hon ko", "vi", "shorter"),
        ("kam kharch wala option", "hi", "cheaper"),
        ("kom khoroch er kono path ache?", "bn", "cheaper"),
    ],
)
def test_faster_and_cheaper_in_latin_script(text: str, lang: str, refinement: str) -> None:
    assert refinement in understand(text, TODAY, lang).refinements


@pytest.mark.parametrize(
    "text",
    [
        "Data Warehouse Design aur Data Modelling Essentials mein farak kya hai",
        "UX Research Methods ar Business Analysis for Technology Projects er parthokko bolo",
        "hai khoa nay khac nhau the nao",
    ],
)
def test_difference_words_in_latin_script(text: str) -> None:
    assert asks_difference(text)


def test_named_courses_with_a_difference_word_are_a_comparison() -> None:
    text = "Data Warehouse Design aur Data Modelling Essentials mein farak kya hai"
    p = Parsed(text=text, predicted="requirements", confidence=0.5, ranked=(("requirements", 0.5),))
    p.lang = "hi"
    assert decide(p, DialogueState(), suggestions_open=False, named=True) == "compare"
    assert decide(p, DialogueState(), suggestions_open=False, named=False) != "compare"


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        ("সিস্টেম অ্যাডমিনিস্ট্রেটর হতে চাই", "bn", "ICT system administrator"),
        ("ডাটাবেজ নিয়ে কাজ", "bn", "database"),
        ("डेटाबेस एडमिनिस्ट्रेटर की नौकरी", "hi", "database administrator"),
    ],
)
def test_job_words_transliterated_in_script(phrase: str, lang: str, english: str) -> None:
    from pathfinder.assistant.nlu import glossary

    assert glossary.english(phrase, lang) == english


@pytest.mark.parametrize(
    "text",
    ["gaon ki mahilaon ko computer sikhana chahti hoon", "ami gramer nari der computer shekhate chai"],
)
def test_a_wish_to_teach_women_names_adult_learners(text: str) -> None:
    from pathfinder.assistant.area_refinement import audience

    assert audience(text) == "adults"


def test_romanised_wish_words_are_wishes() -> None:
    from pathfinder.assistant.nlu import vocab

    assert {"chahta", "chahiye", "chai"} <= vocab.WISH


@pytest.mark.parametrize(
    "text",
    [
        "inme se kaunse 40 hazaar se kam hain?",
        "৬০ হাজার টাকার মধ্যে কোনগুলো আছে?",
        "trong so do cai nao duoi 4 trieu",
    ],
)
def test_a_price_asked_of_the_list_shown_filters_it_and_is_the_budget(text: str) -> None:
    from pathfinder.assistant.profile_changes import _constraints

    lang = "bn" if "হাজার" in text else "vi" if "trieu" in text else "hi"
    p = understand(text, TODAY, lang)
    listed = DialogueState(last_results=("a-1", "b-2", "c-3"), listing="results")
    assert decide(p, listed, suggestions_open=False, named=False) == "refine"
    assert p.max_cost is not None  # the list is filtered by it
    change = _constraints(p, "refine")
    assert change is not None and change.constraints is not None and change.constraints.budget is not None


@pytest.mark.parametrize("text", ["networking ke courses dikhao", "database ke course dikhaiye"])
def test_showing_words_are_no_topic(text: str) -> None:
    assert understand(text, TODAY, "hi").topic.split()[:1] in (["networking"], ["database"])
    assert not {"ke", "dikhao", "dikhaiye"} & set(understand(text, TODAY, "hi").topic.split())


@pytest.mark.parametrize(
    "text",
    [
        "yaar office ka kaam bore kar raha hai, kuch alag seekhna hai par pata nahi kya",
        "amar chakri bhalo lagche na, notun kichu shikhte chai kintu ki shikhbo janina",
    ],
)
def test_a_vague_opening_in_latin_script_is_no_search_of_its_filler(text: str) -> None:
    p = understand(text, TODAY, None)
    assert "search" not in p.intents  # the English rules' guess from leftover words
    filler = {"pata", "kya", "kuch", "alag", "seekhna", "notun", "kichu", "janina", "shikhbo", "lagche"}
    assert not filler & set(p.topic.split()), p.topic


def test_a_course_asked_for_in_latin_script_keeps_the_search_reading() -> None:
    assert "search" in understand("excel ka koi acha course hai kya", TODAY, None).intents


def test_only_hours_read_as_a_statement_of_skills_are_the_limits() -> None:
    text = "har roz do ghante nikal sakti hoon"
    p = Parsed(text=text, predicted="state_skills", confidence=0.35, ranked=(("state_skills", 0.35),))
    p.hours_per_week = 14.0
    assert decide(p, DialogueState(), suggestions_open=False, named=False) == "set_constraints"


def test_which_one_cheaper_after_two_compared_is_no_list_filter() -> None:
    p = understand("konta sosta?", TODAY, "bn")
    shown = DialogueState(last_results=("a-1", "b-2"), listing="results")
    assert decide(p, shown, suggestions_open=False, named=False) in ("compare", "select")


def test_a_change_asked_with_nothing_shown_and_a_subject_is_a_search() -> None:
    text = "मुझे SQL का कोई छोटा सा कोर्स चाहिए"
    p = Parsed(text=text, predicted="refine", confidence=0.6, ranked=(("refine", 0.6),))
    p.refinements, p.topic, p.lang = ("shorter",), "sql", "hi"
    assert decide(p, DialogueState(), suggestions_open=False, named=False, topical=True) == "search"


@pytest.mark.parametrize(
    ("text", "word"),
    [("mujhe data science seekhni hai", "seekhni"), ("ami networking e jete chai", "jete")],
)
def test_romanised_verbs_are_no_part_of_a_goal(text: str, word: str) -> None:
    p = understand(text, TODAY, None)
    assert word not in f"{p.topic} {p.clause_goal or ''} {p.goal_text or ''}".split()
