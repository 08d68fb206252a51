"""Requests unrelated to learning and work get a plain "outside what I can help with" and what the assistant
can do, in every served language, whatever the classifier's confidence: the lead's session-14 probes found
"tell me a joke" answered with the counsellor's questions in Finnish, "kirjoita minulle runo" saved as the job
held, "can you write my CV?" and "book me a train to Berlin" searched for courses, "¿me puedes recomendar una
película?" listed "Sistemas de recomendación" (issue #12: out of scope only for requests unrelated to learning
and work, always with what it can do)."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.off_topic import off_topic
from pathfinder.domain.dialogue import History

OFF_TOPIC = [
    ("tell me a joke", "joke"),
    ("Erzähl mir einen Witz", "joke"),
    ("raconte-moi une blague", "joke"),
    ("मुझे एक चुटकुला सुनाओ", "joke"),
    ("bhai ek joke sunao", "joke"),
    ("escríbeme un poema", "poem"),
    ("kirjoita minulle runo", "poem"),
    ("viết giúp mình một bài thơ", "poem"),
    ("আমাকে একটা কবিতা লিখে দাও", "poem"),
    ("¿me puedes recomendar una película?", "film"),
    ("book me a train to Berlin", "booking"),
    ("translate this into French: good morning", "translate"),
    ("what's 17 times 23", "sum"),
    ("Mikä on Suomen pääkaupunki?", "capital"),
    ("can you help me with my tax return", "tax"),
    ("can you write my CV for me?", "cv"),
    ("Kannst du mir ein Bewerbungsschreiben schreiben?", "cv"),
    ("tu peux m'écrire une lettre de motivation ?", "cv"),
]

ABOUT_LEARNING = [
    "courses on writing a cover letter",
    "I want to learn to translate technical documents",
    "I work in a hotel and want to become a data analyst",
    "Train the Trainer: Running Effective ICT Workshops",
    "I have 2 x 3 hours a week",
    "my CV: Python, SQL, 5 years as an accountant",
    "what is the capital cost of the certificate",
    "film production worker, wants to learn video editing",
    "what should i learn to get a data analyst job",
    "I want a job in data, can you fix my CV and tell me what to learn?",
]


@pytest.mark.parametrize("message, family", OFF_TOPIC)
def test_each_family_is_read_in_its_language(message: str, family: str) -> None:
    assert off_topic(message) == family


# the job a letter is for is no learning word (lead trial 11, session 15)
CV_FOR_A_JOB = [
    "can you write me a cover letter for a data analyst job",
    "escríbeme una carta de presentación para un trabajo de analista",
    "मेरे लिए नौकरी का बायोडाटा लिख दो",
]


@pytest.mark.parametrize("message", CV_FOR_A_JOB)
def test_a_letter_for_a_job_is_read_as_the_cv_family(message: str) -> None:
    assert off_topic(message) == "cv"


@pytest.mark.xfail(
    strict=True,
    reason="session 15: read as the cv family, but the reply still searches the words (en) or saves "
    "'analista' as the job held (es): the reading layer acts before policy.decide's out-of-scope rule",
)
@pytest.mark.parametrize("message", CV_FOR_A_JOB[:2])
def test_a_letter_for_a_job_is_answered_as_out_of_scope(responder, message: str) -> None:
    answer = responder.reply(message, History(), None)
    assert answer.intent == "out_of_scope" and not answer.profile_changes, answer.text


@pytest.mark.parametrize("message", ABOUT_LEARNING)
def test_a_message_about_learning_or_work_is_not_off_topic(message: str) -> None:
    assert off_topic(message) is None


@pytest.mark.parametrize("message", [m for m, _ in OFF_TOPIC])
def test_the_answer_is_out_of_scope_with_what_it_can_do(responder, message: str) -> None:
    answer = responder.reply(message, History(), None)
    assert answer.intent == "out_of_scope", (message, answer.intent, answer.text[:200])
    assert not answer.citations and not answer.profile_changes  # no search, no job "kirjoita runo" saved


def test_a_cv_request_says_what_can_be_done_towards_one(responder) -> None:
    text = responder.reply("can you write my CV for me?", History(), None).text
    assert "can't write a CV" in text and "Profile page" in text


@pytest.mark.parametrize(
    "message, language",
    [
        ("tell me a joke", "en"),
        ("are you ChatGPT?", "en"),
        ("bhai ek joke sunao", "en"),  # romanised Hindi is answered in English (or the conversation's Hindi)
        ("data analyst ki salary kitni hoti hai?", "en"),
        ("Kannst du mir helfen", "de"),
        ("me gustaría aprender python", "es"),
    ],
)
def test_short_messages_lingua_cannot_place(message: str, language: str) -> None:
    assert identify(message) == language
