"""The same conversation in German, Spanish, French and Finnish (issue #12, session 18, trans18): one test
per cause found on the trans18 batch (English tune dialogues said again in de/es/fr/fi), each with phrasings
written for the test (other word orders, typos, other languages), not copied from the dialogues that revealed
it."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.nlu.slots import extract
from pathfinder.assistant.nlu.understand import content, holds_degree, understand
from pathfinder.assistant.pointing import subject_words
from pathfinder.assistant.policy import asks_remove, asks_skip
from pathfinder.assistant.suggestions import raises_open_limit
from pathfinder.domain import Relaxation

TODAY = date(2026, 12, 4)


# --- English course names and topics inside a sentence say nothing of its language ---


@pytest.mark.parametrize(
    "text,lang",
    [
        ("il y a des cours de machine learning en ligne ?", "fr"),
        ("montre moi les formations en data engineering", "fr"),
        ("vous avez quelque chose en cloud computing", "fr"),
        ("tienes algo de deep learning para principiantes?", "es"),
        ("gibt es was zu cloud security", "de"),
    ],
)
def test_english_terms_do_not_make_a_sentence_english(text: str, lang: str) -> None:
    assert identify(text) == lang


@pytest.mark.parametrize(
    "text",
    ["any courses on machine learning", "show me data engineering stuff", "cloud computing for beginners"],
)
def test_english_sentences_with_terms_stay_english(text: str) -> None:
    assert identify(text) == "en"


# --- raising a limit that an open suggestion is about takes that suggestion, in any language ---

_HOURS = [Relaxation(constraint="hours_per_week", current=1, needed=7, message="Raise your hours.")]
_BUDGET = [Relaxation(constraint="budget", current=100, needed=600, message="Raise your budget.")]


@pytest.mark.parametrize(
    "text,relaxations",
    [
        ("ok then increase my hours", _HOURS),
        ("na gut, dann mehr Stunden", _HOURS),
        ("vale, aumenta las horas", _HOURS),
        ("ok augmente le nombre d'heures", _HOURS),
        ("lisää tunteja sitten", _HOURS),
        ("dann erhöh halt das budget", _BUDGET),
        ("sube el presupuesto entonces", _BUDGET),
    ],
)
def test_raising_the_limit_of_an_open_suggestion(text: str, relaxations: list[Relaxation]) -> None:
    assert raises_open_limit(relaxations, text)


@pytest.mark.parametrize(
    "text,relaxations",
    [
        ("mehr Stunden hab ich nicht", _HOURS),  # the limit kept
        ("no puedo más horas", _HOURS),
        ("what if I had 10 hours a week", _HOURS),  # a new value: a change of the limit itself
        ("dann erhöh meine stunden", _BUDGET),  # no open suggestion is about hours
        ("en pysty lisäämään tunteja", _HOURS),
    ],
)
def test_no_suggestion_taken(text: str, relaxations: list[Relaxation]) -> None:
    assert not raises_open_limit(relaxations, text)


# --- a degree held says the subject is known; a separable verb leaves a step out ---


@pytest.mark.parametrize(
    "text",
    [
        "den Statistikkurs brauch ich nicht, ich habe einen Abschluss in Statistik",
        "tengo una licenciatura en estadística",
        "je suis diplômée en informatique",
        "mulla on tietojenkäsittelyn tutkinto",
        "I've got a degree in computer science",
    ],
)
def test_a_degree_held_is_done(text: str) -> None:
    assert holds_degree(text)


@pytest.mark.parametrize(
    "text",
    ["I want a degree in data science", "quiero sacar una licenciatura", "ich möchte einen Abschluss machen"],
)
def test_a_degree_wanted_is_not_done(text: str) -> None:
    assert not holds_degree(text)


def test_a_degree_is_no_job() -> None:
    p = understand("soy licenciada en biología y quiero pasarme a los datos", TODAY, "es")
    assert not p.current_role or "licenciad" not in p.current_role


@pytest.mark.parametrize(
    "text",
    [
        "lass bitte den SQL-Kurs weg",
        "nimm den Statistik-Kurs raus",
        "jätä se tilastokurssi pois",
        "ota python-kurssi pois",
    ],
)
def test_separable_removal_verbs(text: str) -> None:
    assert asks_remove(text)


@pytest.mark.parametrize("text", ["den Python-Kurs kann ich mir sparen", "sen python-kurssin voin skipata"])
def test_skip_idioms(text: str) -> None:
    assert asks_skip(text)


def test_a_french_pronoun_and_verb_is_no_subject() -> None:
    assert "ai" not in subject_words("j'ai un diplôme en stats")
    assert "ai" not in subject_words("je n'ai pas fait de maths")
    assert "ai" in subject_words("le cours sur l'AI")


# --- numbers and time words typed without accents ---


@pytest.mark.parametrize(
    "text,hours",
    [
        ("tengo 45 minutos al dia", 5.25),
        ("puedo 1 hora cada dia", 7.0),
        ("3 horas por dia entre semana", 15.0),
    ],
)
def test_spanish_daily_time_without_accent(text: str, hours: float) -> None:
    assert extract(text, TODAY, "es").hours_per_week == pytest.approx(hours)


# --- the way to a goal is no part of it; a penetration tester in Finnish and French ---


@pytest.mark.parametrize(
    "text,lang,goal",
    [
        (
            "wie komme ich am schnellsten zum Cloud Architect, was ist der kürzeste Weg",
            "de",
            "cloud architect",
        ),
        ("cual es el camino mas rapido para ser analista de datos", "es", "analista datos"),
        ("quelle est la voie la plus rapide vers data analyst", "fr", "data analyst"),
    ],
)
def test_route_words_are_no_goal(text: str, lang: str, goal: str) -> None:
    words = set(content(text).casefold().split())
    assert set(goal.split()) <= words
    assert not words & {"weg", "kürzeste", "schnellsten", "camino", "rapido", "voie", "rapide"}


@pytest.mark.parametrize(
    "text,lang",
    [("penetraatiotestaaja", "fi"), ("tunkeutumistestaajana", "fi"), ("testeur d'intrusion", "fr")],
)
def test_a_penetration_tester_in_finnish_and_french(text: str, lang: str) -> None:
    assert glossary.english(text, lang) == "ethical hacker"


# --- a word of becoming before a job is the goal, whatever a time clause after it makes of the act ---


@pytest.mark.parametrize(
    "text,lang",
    [
        ("wie werd ich schnell Pentester? hab nur abends Zeit", "de"),
        ("como me hago pentester rapido, solo puedo por las noches", "es"),
        ("comment devenir pentester vite fait, j'ai que le soir", "fr"),
    ],
)
def test_becoming_a_job_with_a_time_clause_is_a_goal(text: str, lang: str) -> None:
    from pathfinder.assistant.policy import decide
    from pathfinder.domain.dialogue import DialogueState

    p = understand(text, TODAY, lang)
    assert decide(p, DialogueState(), suggestions_open=False, named=False) in ("set_goal", "plan")


# --- "the least time" in other languages picks one step of the plan, it re-plans nothing ---


@pytest.mark.parametrize(
    "text,lang",
    [
        ("¿y cuál de los pasos lleva menos tiempo?", "es"),
        ("quelle étape demande le moins de temps ?", "fr"),
        ("mikä vaihe vie vähiten aikaa?", "fi"),
        ("welcher Schritt braucht am wenigsten Zeit?", "de"),
    ],
)
def test_least_time_is_a_superlative_of_time(text: str, lang: str) -> None:
    from pathfinder.assistant.policy import superlative

    p = understand(text, TODAY, lang)
    assert "shorter" in p.refinements and superlative(text)
