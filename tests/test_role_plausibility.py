"""A job is read only where a job is named: a name, a place, an adviser's own work or how someone is never
becomes "you work as …" (the lead's session-9 trial: "Noted: your client works as **ana**", "you work as
**centre**", "vous travaillez comme **complet**")."""

import pytest

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.understand import understand


@pytest.mark.parametrize(
    "phrase, lang",
    [
        ("former cashier", "en"),
        ("night-shift warehouse supervisor", "en"),
        ("bus driver", "en"),
        ("retired bookkeeper", "en"),
        ("profesora de primaria", "es"),  # by the glossary's English term: teacher
    ],
)
def test_job_words_name_a_job(phrase, lang):
    assert glossary.names_job(phrase, lang)


@pytest.mark.parametrize(
    "phrase, lang",
    [
        ("Maria is 41", "en"),
        ("I work in a hotel", "en"),
        ("from Chittagong", "en"),
        ("complete beginner", "en"),
        ("débutante totale", "fr"),
        ("teach students", "en"),  # what is worked on, not who works
    ],
)
def test_other_phrases_name_no_job(phrase, lang):
    assert not glossary.names_job(phrase, lang)


def test_a_clients_name_is_not_their_job():
    p = understand("My client Maria is 41, former cashier, hopes to get into web design")
    assert p.clause_role == "cashier"


def test_a_field_of_work_is_read_whole():
    # "i work in a call centre" was noted as the job "centre"
    p = understand("i work at a hotel reception and i'm fed up, i like computers")
    assert p.clause_role == "hotel reception"


def test_an_advisers_own_work_is_not_the_clients_job():
    p = understand("I'm counselling two graduates from Hanoi who want to get into cloud security.")
    assert p.clause_role is None


def test_an_untranslated_job_in_another_language_is_still_read():
    # no glossary term, no job word known in Finnish: the statement stays the job, as before
    p = understand("olen ollut 8 vuotta lähihoitajana, haluan oppia tekoälyä")
    assert p.clause_role and "lähihoitaja" in p.clause_role


def test_a_job_coachs_own_work_is_not_the_clients_job():
    p = understand("I'm a career coach; my client Ahmed, 35, wants to go into cybersecurity")
    assert p.clause_role is None and p.current_role is None


def test_years_in_a_job_are_experience_not_a_deadline():
    from datetime import date

    p = understand(
        "Client: 4 years in customer service, 6 hours a week, wants cloud", today=date(2026, 12, 4)
    )
    assert p.deadline is None and p.weeks is None
    p = understand("I want to work in cloud security within 3 years", today=date(2026, 12, 4))
    assert p.deadline is not None


def test_a_career_changer_says_how_she_comes_not_her_job():
    p = understand("Ich bin Umsteigerin, habe Germanistik studiert und will in die Datenanalyse")
    assert p.clause_role is None and p.current_role is None


@pytest.mark.parametrize(
    "question",
    [
        "What is an ECTS credit?",
        "what's a micro-credential",
        "who is a data steward",
        "Which is a good start?",
    ],
)
def test_a_question_about_a_term_names_no_job(question):
    """ "What is an EQF level?" asked a definition; it once noted "you work as **eqf level**"."""
    assert understand(question).current_role is None


def test_someone_described_still_has_their_job():
    assert understand("Ana is a logistics clerk who wants cybersecurity").current_role == "logistics clerk"
