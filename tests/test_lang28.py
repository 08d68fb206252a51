"""The largest general causes of the failing German, Spanish, French and Finnish tune turns, and the lead's
browser findings (issue #12, session 28, branch lang28). Each behavioural test fails on bba0930b; the guards,
marked below, pass on both.

- An English course title inside another language's sentence says nothing of the learner's language.
- Enrolment asked with words between the pronoun and the verb ("kannst du mich beim ersten anmelden?").
- A word typed with its accents is no typo of a tool's name ("maçon" is not macOS).
- A language asked after the counsellor's directions, with no goal yet: never "none of those fits".
- A change of field ("in die IT-Sicherheit wechseln", "pasarme a la ciberseguridad") is a goal.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.enrolment import asks_enrolment
from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


# --- 1. English titles inside another language's sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("compara Data Warehouse Design y Building Reliable Data Pipelines", "es"),
        ("compara Networking Fundamentals y AI-Driven Network Operations", "es"),
        ("kerro GPU Computing -kurssista", "fi"),
    ],
)
def test_an_english_title_says_nothing_of_the_language_around_it(text: str, lang: str) -> None:
    assert identify(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "compare Data Warehouse Design and Building Reliable Data Pipelines",
        "Tell me about Data Warehouse Design",
        "what is Cloud Operations and Observability",
        "more on Network Security Essentials please",
    ],
)
def test_english_around_an_english_title_stays_english(text: str) -> None:  # guard: passes on both
    assert identify(text) == "en"


# --- 2. enrolment asked with words between ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kannst du mich beim ersten anmelden?",
        "können Sie mich für den Cloud-Kurs anmelden",
        "kannst du mich bitte für den zweiten Kurs einschreiben",
        "¿me puedes inscribir en el primero?",
        "me apuntas al segundo?",
        "voitko ilmottaa mut ekalle kurssille",
        "kirjaa mut siihen toiseen kurssiin",
    ],
)
def test_enrolment_asked_with_words_between(text: str) -> None:
    assert asks_enrolment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe mich letztes Jahr für den Kurs angemeldet",
        "me inscribí el año pasado",
        "frais d'inscription ?",
    ],
)
def test_an_enrolment_done_or_a_fee_is_no_ask(text: str) -> None:  # guard: passes on both
    assert not asks_enrolment(text)


def test_enrolment_with_words_between_is_answered_with_the_providers_page(responder) -> None:
    said = answers(converse(responder, "zeig mir Cloud-Kurse", "kannst du mich beim ersten anmelden?"))
    reply = said[-1]
    assert reply.pathway is None
    assert [c.id for c in reply.citations] == [said[0].citations[0].id]


# --- 3. a word typed with its accents ----------------------------------------------------------------------


def test_an_accented_word_is_no_typo_of_a_tool(responder) -> None:
    lexicon = responder.tools.lexicon
    assert lexicon.skill_mentions("je suis maçon, aucune expérience en informatique") == []
    assert lexicon.skill_mentions("em làm chăm sóc khách hàng 3 năm") == []  # "sóc" is no SOC
    assert "python" in lexicon.skill_mentions("i kno pyhton")  # guard: a typo is still one
    assert "bureautique" in lexicon.skill_mentions("je maîtrise la bureautique")  # guard: an accented alias


def test_a_mason_is_no_macos_user(responder) -> None:
    said = answers(converse(responder, "je suis maçon, je veux travailler dans l'informatique"))
    saved = [s.label for c in said[0].profile_changes for s in (c.skills or [])]
    assert "operating systems" not in saved


# --- 4. a language asked after the directions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "asked", "none_fits"),
    [
        (
            "Ich arbeite im Lager und weiß nicht, was ich in der IT machen könnte",
            "lieber Deutsch",
            "Keiner davon passt",
        ),
        (
            "Hallo, ich bin Verkäuferin und möchte was mit Computern machen, aber weiß nicht was",
            "Englisch kann ich nicht so gut, lieber Deutsch",
            "Keiner davon passt",
        ),
    ],
)
def test_a_language_after_directions_is_no_dead_end(
    responder, first: str, asked: str, none_fits: str
) -> None:
    said = answers(converse(responder, first, asked))
    assert none_fits not in said[-1].text
    assert said[-1].citations


@pytest.mark.parametrize("text", ["suomeks mieluummin", "englanniks käy"])
def test_a_spoken_finnish_language_name_first_is_a_language(text: str) -> None:
    # after the unseen variants' first run: "suomeks" first in a message was read as the question clitic
    assert understand(text, TODAY, "fi").languages


def test_a_language_after_first_entries_keeps_those_taught_in_it(responder) -> None:  # guard: passes on both
    said = answers(
        converse(
            responder, "je suis caissière et je sais pas quoi faire dans l'informatique", "plutôt en français"
        )
    )
    cited = [responder.tools.get(c.id) for c in said[-1].citations]
    assert cited and all(c is not None and "fr" in c.languages for c in cited)


# --- 5. a change of field is a goal -------------------------------------------------------------------------


_SECURITY = ("security", "cyber", "hacker")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Ich bin Koch und will in die IT-Sicherheit wechseln, keine Vorkenntnisse", _SECURITY),
        (
            "je suis caissière et je veux me reconvertir dans la cybersécurité, je sais pas par où commencer",
            _SECURITY,
        ),
        ("quiero cambiarme a la ciberseguridad pero no sé por dónde empezar", _SECURITY),
    ],
)
def test_a_change_of_field_is_a_goal(responder, text: str, field: tuple[str, ...]) -> None:
    said = answers(converse(responder, text))
    goals = [c.goal.label.casefold() for c in said[0].profile_changes if c.goal is not None]
    assert goals and any(word in goals[0] for word in field)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("oon kokki ja haluun siirtyä IT-tukeen, en tiedä mistä aloittaa", "siirty"),
        ("quiero cambiarme a la ciberseguridad pero no sé por dónde empezar", "cambiar"),
    ],
)
def test_the_verb_of_changing_over_is_no_word_of_the_field(text: str, verb: str) -> None:
    p = understand(text, TODAY)
    assert p.clause_goal and verb not in p.clause_goal


def test_learning_a_subject_with_no_idea_where_to_start_sets_no_goal() -> None:  # guard: passes on both
    p = understand("I'd like to learn Python but I have no idea where to start", TODAY)
    assert p.goal_text is None
