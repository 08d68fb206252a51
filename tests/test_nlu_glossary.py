"""Multilingual goal linking (issue #12): the domain glossary (inflected Finnish, Vietnamese without
diacritics, loanwords in Hindi and Bengali, abbreviations), job cues of the served languages and the client's
job in an adviser's message, and the slots added with them."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.glossary import english, fold, names_role, terms
from pathfinder.assistant.nlu.slots import extract
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "phrase, lang, want",
    [
        ("kyberturvallisuusalalle", "fi", "cybersecurity"),
        ("tietokannan ylläpitäjäksi", "fi", "database administrator"),
        ("ohjelmistokehittäjäksi", "fi", "software developer"),
        ("la gouvernance des données", "fr", "data governance"),
        ("ingénieur cloud", "fr", "cloud engineer"),  # the job word moves last
        ("muon chuyen sang an ninh mang", "vi", "cybersecurity"),  # no diacritics
        ("dữ liệu y tế", "vi", "health data"),
        ("ও সাইবার সিকিউরিটি শিখতে চায়", "bn", "cybersecurity"),
        ("हेल्थ डेटा के क्षेत्र में", "hi", "health data"),
        ("Datenschutzbeauftragter", "de", "data protection officer"),
        ("SOC analyst", "en", "cybersecurity analyst"),
        ("DPO", "fr", "data protection officer"),
        ("ML Engineer", "de", "machine learning systems designer"),
    ],
)
def test_domain_terms_read_in_english(phrase: str, lang: str, want: str) -> None:
    assert english(phrase, lang) == want


def test_no_term_gives_none_and_other_languages_rows_do_not_apply() -> None:
    assert english("quiero algo bonito", "es") is None
    assert english("red", "en") is None  # the Spanish "red" (network) is not read in English


def test_folding_and_roles() -> None:
    assert fold("Dữ liệu") == "du lieu" and fold("données") == "donnees"
    assert fold("डेटा") == "डेटा"  # Devanagari vowel signs stay
    assert names_role("web developer") and not names_role("cybersecurity")
    assert all(t.english for t in terms())


@pytest.mark.parametrize(
    "text, role, goal_english",
    [
        ("asesoro a una enfermera que quiere trabajar con datos de salud", "enfermera", "health data"),
        ("trabajo de cajera en un super, se usar excel un poco", "cajera", None),
        ("tôi là kỹ sư mạng, muốn học về mạng thông minh ứng dụng AI", "kỹ sư mạng", None),
        ("Budget: höchstens 1.200 €, Ziel: Datenschutzbeauftragter", None, "data protection officer"),
    ],
)
def test_job_and_goal_cues(text: str, role: str | None, goal_english: str | None) -> None:
    p = understand(text, TODAY)
    assert p.current_role == role
    if goal_english:
        assert p.goal_english == goal_english


def test_an_adviser_speaks_of_the_clients_job() -> None:
    p = understand(
        "I'm a careers adviser. Client: 41, works as a sysadmin at a small firm. Wants to move into cloud "
        "security within 6 months.",
        TODAY,
    )
    assert p.current_role == "sysadmin"


@pytest.mark.parametrize(
    "text, hours",
    [
        ("und wenn ich 8 statt 4 Stunden mache?", 8),
        ("suunnitelma 8 tunnilla viikossa", 8),
        ("ban ay chi hoc duoc 3 tieng 1 tuan", 3),
    ],
)
def test_hours(text: str, hours: float) -> None:
    assert extract(text, TODAY).hours_per_week == hours


def test_money_and_deadlines() -> None:
    assert (extract("maximo 300 dolares", TODAY).amount, extract("maximo 300 dolares", TODAY).currency) == (
        300,
        "USD",
    )
    assert extract("no más de 50000 rupias", TODAY).currency == "INR"
    assert extract("3 hours a week and zero money", TODAY).free
    assert extract("goal: NLP engineer by end of next year", TODAY).deadline == date(2027, 12, 31)
    assert extract("web-kehittäjä puolen vuoden sisällä", TODAY).weeks == 26
    assert extract("j'accompagne une dame de 60 ans", TODAY).deadline is None  # an age


def test_english_domain_words_inside_another_language_name_the_goal() -> None:
    assert english("Ich möchte Data Analyst werden", "de", only_terms=True) == "data analyst"
    assert english("me gustaría ser Cloud Engineer", "es", only_terms=True) == "cloud engineer"
    assert english("je voudrais un truc sympa", "fr", only_terms=True) is None


@pytest.mark.parametrize(
    "message, goal",
    [
        ("our school needs someone to handle cloud security. that'll be me I guess", "cloud security"),
        ("I want to work in data governance. I want to become better", "data governance"),
    ],
)
def test_among_several_goal_clauses_the_one_naming_a_field_wins(message: str, goal: str) -> None:
    p = understand(message, TODAY)
    assert p.goal_english == goal and goal in (p.clause_goal or "")


@pytest.mark.parametrize(
    "phrase, lang, want",
    [
        ("haluan data-insinööriksi", "fi", "data engineer"),
        ("pilvi-insinööriksi", "fi", "cloud engineer"),
        ("data-analyytikoksi", "fi", "data analyst"),  # a hyphenated term stays whole
        ("oppia verkkokehitystä", "fi", "web developer"),
        ("aprender programación web", "es", "web developer"),
    ],
)
def test_compounds_and_web_terms(phrase: str, lang: str, want: str) -> None:
    assert english(phrase, lang) == want


@pytest.mark.parametrize(
    "message, topic",
    [
        # the domain terms as written, then in English; the verbs and fillers around them go
        (
            "Me hace falta aprender sobre protección de datos, soy de contabilidad",
            "protección de datos data protection",
        ),
        ("gibt es was zu Massendaten für Anfänger", "massendaten big data"),
        ("học về dữ liệu lớn ở đâu", "dữ liệu lớn big data"),
        # English keeps its words and gains the expansion of an abbreviation
        ("any GDPR courses for my job", "gdpr job data protection"),
        # no domain term: the topic stays as it was
        ("quiero cursos de fotografía", "fotografía"),
    ],
)
def test_search_topics_keep_the_domain_terms(message: str, topic: str) -> None:
    assert understand(message, TODAY).topic == topic


@pytest.mark.parametrize(
    "phrase, lang, want",
    [
        ("haluan verkkoinsinööriksi", "fi", "network engineer"),  # a compound of two terms
        ("tietoturva-asiantuntijaksi", "fi", "information security specialist"),
        ("pilvipalveluja", "fi", "cloud"),  # the rest is no term: the first alone
    ],
)
def test_compounds_of_two_terms(phrase: str, lang: str, want: str) -> None:
    assert english(phrase, lang) == want


def test_an_online_course_is_no_network() -> None:
    p = understand("entä jos vain verkkokursseja?", TODAY)
    assert p.participation == ("online",) and "network" not in p.topic
    assert extract("gibt es Onlinekurse zu Linux", TODAY).participation == ("online",)
    assert extract("mieluummin lähiopetuksena", TODAY).participation == ("on-site",)


def test_an_amount_that_looks_like_a_year_is_no_deadline() -> None:
    assert extract("mon entreprise paie jusqu'à 2000 € pour la formation", TODAY).deadline is None
    assert extract("budget 2030 euros", TODAY).deadline is None
    assert extract("bis zum 15. März 2027 fertig", TODAY).deadline == date(2027, 3, 15)


@pytest.mark.parametrize(
    "phrase, lang",
    [("koodariks software developer", "fi"), ("lập trình viên software developer", "vi")],
)
def test_a_topic_with_its_english_appended_names_the_term_once(phrase: str, lang: str) -> None:
    assert english(phrase, lang) == "software developer"
