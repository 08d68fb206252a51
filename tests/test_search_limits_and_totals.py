"""Searches with their limits, and totals (issue #12, session 20, trial 15's t15-06 and t15-20).

A level's number said in any served language ("cursos de datos de nivel 4", "Kurse auf Niveau 3",
"tasolla 5", "cấp độ 4", "लेवल 4", "লেভেল ৪") is a limit on the search, as "EQF 4" is in English; when
nothing on the subject is at that level, the nearest levels come first. A price ceiling said in any language
("unter 400 Euro", "por menos de 300 euros") with a course and a subject is a price filter; a ceiling or a
level never lets a course on another subject lead, and when nothing on the subject fits the ceiling, the
cheapest on it are shown, said. The topic is shown in the learner's words, without the English names the
search adds. "How many hours is the whole thing?" is a question of totals in every language; over a list it
is answered with the list's sum and the question whether the first alone was meant."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.i18n import replying_in
from pathfinder.assistant.nlu.level_words import numbered_level
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.policy import asks_plan_totals
from pathfinder.assistant.search_topic import as_written
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ESCO = "http://data.europa.eu/esco/skill/"
NET = SkillRef(uri=ESCO + "n1", label="computer networks")
DATA = SkillRef(uri=ESCO + "d1", label="data analysis")
SOC = SkillRef(uri=ESCO + "s1", label="security operations")


def _course(id: str, title: str, eqf: int, skill: SkillRef, cost: float, lang: str = "en") -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni",
        description=f"{title}.",
        hours=100,
        eqf_level=eqf,
        languages=(lang,),
        participation="online",
        cost=cost,
        currency="EUR",
        skills=(skill,),
    )


CATALOGUE = [
    _course("net-basics", "Computer Networks Fundamentals", 4, NET, 450),
    _course("net-design", "Computer Network Design", 6, NET, 900),
    _course("net-routing", "Routing in Computer Networks", 5, NET, 700),
    _course("soc-cheap", "Security Operations Starter", 4, SOC, 120),
    _course("data-es", "Introducción al análisis de datos", 4, DATA, 0, lang="es"),
    _course("data-mid", "Data Analysis with Python", 5, DATA, 400),
    _course("data-adv", "Advanced Data Analysis", 6, DATA, 800),
]


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    return OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: date(2026, 12, 4))


@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("muéstrame cursos de datos de nivel 4", 4),
        ("Kurse auf Niveau 3 zu Netzwerken", 3),
        ("Kurse auf EQF-Niveau 5", 5),
        ("des formations en cybersecurite niveau CEC 5", 5),
        ("pilvikursseja tasolla 5", 5),
        ("khóa học cấp độ 4 về dữ liệu", 4),
        ("trình độ 6 an ninh mạng", 6),
        ("लेवल 4 के डेटा कोर्स दिखाओ", 4),
        ("स्तर ५ के क्लाउड कोर्स", 5),
        ("level 4 ke data course dikhao", 4),
        ("লেভেল ৪ এর ডেটা কোর্স", 4),
        ("cursos de nivel EQF 6 de redes", 6),
    ],
)
def test_a_levels_number_in_any_language_is_the_searchs_limit(said: str, level: int) -> None:
    p = understand(said)
    assert (p.eqf_min, p.eqf_max) == (level, level), said


@pytest.mark.parametrize(
    "said",
    [
        "I can study 4 hours a week at level 4 hours",  # a unit after the number: no level
        "mi nivel de inglés es B2",  # a language level, no number
        "un curso de 5 ECTS",
        "tengo 4 años de experiencia en redes",
        "level 12 courses",  # no EQF level
    ],
)
def test_no_level_without_a_level_word_before_a_number_1_to_8(said: str) -> None:
    assert numbered_level(tokens(said)) is None, said


@pytest.mark.parametrize(
    ("said", "low", "high"),
    [
        ("fortgeschrittene kurse zu cloud computing", 6, None),
        ("cursos avanzados de redes", 6, None),
        ("formations avancées en cybersécurité", 6, None),
        ("নেটওয়ার্কিং এর বিগিনার কোর্স", None, 4),
    ],
)
def test_inflected_and_borrowed_level_words_are_levels(said: str, low: int | None, high: int | None) -> None:
    p = understand(said)
    assert (p.eqf_min, p.eqf_max) == (low, high), said


@pytest.mark.parametrize(
    "said",
    [
        "kurse zu netzwerken unter 400 euro",
        "cursos de redes por menos de 400 euros",
        "formations réseau à moins de 400 euros",
        "verkkoturvallisuuden kursseja alle 400 euroa",
    ],
)
def test_a_ceiling_with_a_course_and_a_subject_is_a_price_filter(said: str) -> None:
    p = understand(said)
    assert p.max_cost == 400.0 and p.price_ceiling == (400.0, "EUR"), said


def test_a_budget_said_as_at_most_stays_a_budget() -> None:
    p = understand("mein Budget ist höchstens 800 Euro")
    assert p.max_cost is None and p.budget == 800.0


@pytest.mark.parametrize(
    "said",
    [
        "how many hours is the whole thing?",
        "how much would that all cost together?",
        "¿cuántas horas son en total?",
        "montako tuntia yhteensä?",
        "wie viele Stunden sind das insgesamt?",
    ],
)
def test_totals_questions_in_any_language(said: str) -> None:
    assert asks_plan_totals(said, False), said


@pytest.mark.parametrize(
    ("query", "lang", "shown"),
    [
        ("datos data", "es", "datos"),
        ("netzwerken network", "de", "netzwerken"),
        ("dữ liệu data", "vi", "dữ liệu"),
        ("protección de datos data protection", "es", "protección de datos"),
        ("data", "en", "data"),
        ("machine learning", "de", "machine learning"),
    ],
)
def test_the_topic_is_shown_without_the_english_names_added(query: str, lang: str, shown: str) -> None:
    assert as_written(query, lang) == shown


def test_a_level_search_is_led_by_the_subject_not_by_another_subject_at_that_level(
    responder: OfflineResponder,
) -> None:
    with replying_in("vi"):
        answer = responder.reply("khóa học cấp độ 4 về dữ liệu", History())
    ids = [c.id for c in answer.citations]
    assert ids and ids[0] == "data-es", answer.text  # others at the level may follow, never lead


def test_none_at_the_level_lists_the_nearest_levels_first(responder: OfflineResponder) -> None:
    answer = responder.reply("Kurse auf Niveau 3 zu Computer Networks", History())
    ids = [c.id for c in answer.citations]
    assert ids[:1] == ["net-basics"], answer.text  # EQF 4 before 5 and 6


@pytest.mark.parametrize(
    "said",
    ["computer networks courses under 300 euros", "cursos de computer networks por menos de 300 euros"],
)
def test_nothing_on_the_subject_under_the_ceiling_shows_the_cheapest_on_it(
    responder: OfflineResponder, said: str
) -> None:
    answer = responder.reply(said, History())
    ids = [c.id for c in answer.citations]
    assert "soc-cheap" not in ids and ids[:1] == ["net-basics"], answer.text
    assert "EUR 300" in answer.text


def test_the_whole_thing_over_a_list_is_the_lists_sum_and_asks_about_the_first(
    responder: OfflineResponder,
) -> None:
    first = responder.reply("show me computer networks courses", History())
    answer = responder.reply(
        "how many hours is the whole thing?", History().add("show me computer networks courses", first)
    )
    ids = [c.id for c in answer.citations]
    assert len(ids) >= 2 and "only the first" in answer.text, answer.text


def test_cheaper_after_a_list_never_shows_dearer_entries_on_the_subject(responder: OfflineResponder) -> None:
    """The ceiling of "cheaper?" is set by the list shown, not said: the cheapest on the subject above it are
    no answer (the per-turn comparison caught it: en-t10search-02, fi-trans18-36)."""
    price = {c.id: c.cost or 0.0 for c in CATALOGUE}
    listed = responder.reply("show me computer networks courses", History())
    cheapest_shown = min(price[c.id] for c in listed.citations)
    answer = responder.reply("anything cheaper?", History().add("show me computer networks courses", listed))
    assert all(price[c.id] <= cheapest_shown for c in answer.citations), answer.text
