"""Lead trial 22's classes still failing, given to trial27 (issue #12, session 27); each behavioural test
fails on 2154d496 (the guards, marked below, pass on both). Other phrasings than the trial's.

- A language asked after a list: the preferred one only ("Englisch geht so, lieber Deutsch" saved English and
  German and kept the English list), the goal's entries in it, or said plainly that no course is taught in it.
- "I already did an intro to X" with a plan: no step marked done, no catalogue course recorded as held.
- "Cheaper?" after a list keeps the list's subject.
- "How many hours a week to finish by <date>?" with a goal and no plan: the weekly hours said.
- "Sign me up": enrolment is with the provider, the course's page cited, no plan.
- Another client in a learner's own chat: no Advisor page offered as if it were an adviser's account.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.enrolment import asks_enrolment
from pathfinder.assistant.introductions import says_introduction
from pathfinder.assistant.nlu.understand import understand
from pathfinder.domain.dialogue import History

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


# --- 1. a language asked after a list ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Englisch ist so naja, lieber Deutsch", ("de",)),
        ("English is okay-ish but I'd rather have French", ("fr",)),
        ("inglés regular, prefiero en español", ("es",)),
        ("l'anglais ça va, mais plutôt en français", ("fr",)),
    ],
)
def test_the_preferred_language_is_the_one_wanted(text: str, want: tuple[str, ...]) -> None:
    assert understand(text, TODAY).languages == want


def test_a_language_preferred_after_a_goals_list_lists_the_goal_in_it(responder) -> None:
    said = answers(
        converse(responder, "Ich will Cloud-Ingenieur werden", "Englisch so mittel, lieber auf Deutsch")
    )
    reply = said[-1]
    langs = [c.constraints.languages for c in reply.profile_changes if c.constraints is not None]
    assert ("de",) in langs  # never English and German
    cited = [responder.tools.get(c.id) for c in reply.citations]
    assert cited and all(c is not None and "de" in c.languages for c in cited)


def test_a_language_no_course_is_taught_in_is_said_plainly_with_the_list_kept(responder) -> None:
    history = converse(responder, "haluan oppia tietoturvaa", "löytyykö noita suomeksi?")
    first, last = answers(history)
    assert "suomi" in last.text and "saksa" in last.text  # none in Finnish; the catalogue's languages named
    assert [c.id for c in last.citations] == [c.id for c in first.citations]


# --- 2. an introduction done ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I did an introductory course on networking",
        "ich habe letztes Jahr einen Einführungskurs gemacht",
        "hice un curso de iniciación a la ciberseguridad",
        "j'ai fait une initiation au réseau",
        "kävin johdantokurssin tietoturvasta",
        "mình đã học khóa nhập môn an ninh mạng",
        "मैंने साइबर सुरक्षा का इंट्रो कोर्स किया है",
        "আমি সাইবার নিরাপত্তার একটা পরিচিতি কোর্স করেছি",
    ],
)
def test_an_introduction_is_read_in_the_eight_languages(text: str) -> None:
    assert says_introduction(text)


def test_an_introduction_done_marks_no_step_and_records_no_course(responder) -> None:
    goal = "I want to work in cybersecurity, 6 hours a week, budget 300 euros"
    history = converse(responder, goal, "I did an introductory cyber security course last year, drop it?")
    plan, said = answers(history)
    assert plan.pathway is not None and plan.pathway.steps
    assert not any(c.kind == "hold_credential" for c in said.profile_changes)
    assert "bvca-siem-201" not in [c.id for c in said.citations]
    assert history.state.last_pathway == plan.pathway  # the plan stands as it was


# --- 3. cheaper stays on the subject ----------------------------------------------------------------------


def test_cheaper_after_a_network_list_stays_on_networks(responder) -> None:
    said = answers(
        converse(responder, "formations réseaux informatiques pour débutant", "trop cher, autre chose ?")
    )
    off = {"bvca-soc-101", "diaa-dl-202", "diaa-ai-101", "glcc-safe-104"}
    cheaper = {c.id for c in said[-1].citations}
    assert cheaper and not cheaper & off


# --- 4. hours a week by a date ----------------------------------------------------------------------------


def test_hours_a_week_by_a_season_are_said_from_the_goals_plan(responder) -> None:
    history = converse(
        responder, "I'd like to become a cloud engineer", "how many hours per week to be done by next autumn?"
    )
    said = answers(history)[-1]
    assert said.pathway is not None and said.pathway.steps
    assert "h a week** on average" in said.text  # the figure, from the plan's own hours


# --- 5. enrolment -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "alright, enroll me in that one",
        "bitte trag mich für den Kurs ein",
        "quiero matricularme en el segundo",
        "vous pouvez m'inscrire ?",
        "haluan ilmoittautua tälle kurssille",
        "cho mình đăng ký khóa này",
        "इस कोर्स में मेरा रजिस्टर कर दीजिए",
        "এই কোর্সে আমাকে ভর্তি করে দাও",
    ],
)
def test_enrolment_is_asked_in_the_eight_languages(text: str) -> None:
    assert asks_enrolment(text)


@pytest.mark.parametrize(
    "text",
    ["I signed up for a Python course last year", "what are the registration fees?", "frais d'inscription ?"],
)
def test_a_course_done_or_a_fee_is_no_enrolment(text: str) -> None:  # guard: passes on both
    assert not asks_enrolment(text)


def test_enrol_me_after_a_card_points_to_the_providers_page(responder) -> None:
    said = answers(
        converse(responder, "cybersecurity courses for beginners", "tell me more about the first", "enrol me")
    )
    card, reply = said[-2], said[-1]
    assert reply.pathway is None and not reply.profile_changes
    focus = card.citations[0].id
    assert [c.id for c in reply.citations] == [focus]
    course = responder.tools.get(focus)
    assert course is not None and course.provider in reply.text


# --- 6. another client in a learner's own chat ------------------------------------------------------------


def test_another_client_in_a_learners_chat_offers_no_advisor_page(responder) -> None:
    first = "I'm a job coach. My client Rosa, 40, cleaner, wants to become a data analyst, 4 hours a week"
    second = "next client: Karl, 30, wants to learn cloud"
    learner = converse(responder, first, second)
    assert "**Advisor**" not in answers(learner)[-1].text
    advised = History(advised=True)
    for message in (first, second):
        advised = advised.add(message, responder.reply(message, advised, None))
    assert "**Advisor**" in answers(advised)[-1].text  # guard: an adviser's session keeps the Advisor page
