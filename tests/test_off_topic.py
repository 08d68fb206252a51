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
# the same in the other languages and phrasings (session 16): a document word that begins with a work word
# ("työhakemus") and the Hindi/Bengali "cover letter" in their scripts
LETTERS_MORE = [
    "can you write my cover letter for a junior web developer role?",
    "kirjoita mulle työhakemus it-tukihenkilön paikkaan",
    "একটা ডেটা অ্যানালিস্ট চাকরির জন্য কভার লেটার লিখে দাও",
    "मेरे लिए डेटा एनालिस्ट की नौकरी का कवर लेटर लिख दो",
    "viết giúp tôi thư xin việc vị trí kỹ sư mạng",
]


@pytest.mark.parametrize("message", CV_FOR_A_JOB)
def test_a_letter_for_a_job_is_read_as_the_cv_family(message: str) -> None:
    assert off_topic(message) == "cv"


# session 16 (lead trial 11's 19): "letter" was read back as the typing slip "better", so the English request
# was searched; the Spanish saved "analista" as the job held. Now answered, the job neither held nor a goal
@pytest.mark.parametrize("message", [*CV_FOR_A_JOB, *LETTERS_MORE])
def test_a_letter_for_a_job_is_answered_as_out_of_scope(responder, message: str) -> None:
    answer = responder.reply(message, History(), None)
    assert answer.intent == "out_of_scope" and not answer.profile_changes, answer.text
    assert not answer.citations, answer.text  # never a course list titled "write cover data analyst job"


# a job interview to get ready for, in the eight languages (session 16; typed loosely, romanised Hindi)
INTERVIEW_PREP = [
    "could you help me prep for a job interview at a bank?",
    "Kannst du mich auf ein Vorstellungsgespräch bei Siemens vorbereiten?",
    "¿me ayudas a preparar la entrevista de trabajo?",
    "tu peux m aider à préparer mon entretien d embauche ?",
    "auta valmistautumaan työhaastatteluun",
    "giúp tôi chuẩn bị phỏng vấn xin việc",
    "डेटा एनालिस्ट की नौकरी के इंटरव्यू की तैयारी करवा दो",
    "interview ki taiyari karwa do",
    "চাকরির ইন্টারভিউয়ের প্রস্তুতি নিতে সাহায্য করো",
]


@pytest.mark.parametrize("message", INTERVIEW_PREP)
def test_an_interview_to_prepare_is_its_own_family(message: str) -> None:
    assert off_topic(message) == "interview"


@pytest.mark.parametrize(
    "message",
    ["is there a course on interview skills?", "I want to learn how to interview users for UX research"],
)
def test_interview_skills_to_learn_are_no_request(message: str) -> None:
    assert off_topic(message) is None


@pytest.mark.parametrize("message", INTERVIEW_PREP[:1] + INTERVIEW_PREP[6:7])
def test_an_interview_to_prepare_says_what_can_be_done_towards_it(responder, message: str) -> None:
    answer = responder.reply(message, History(), None)
    assert answer.intent == "out_of_scope" and not answer.profile_changes and not answer.citations
    assert "interview" in answer.text.casefold() or "इंटरव्यू" in answer.text, answer.text


def test_letter_is_a_word_not_a_slip_of_better() -> None:
    from pathfinder.assistant.nlu.typos import restore_english

    assert restore_english("write my cover letter") == "write my cover letter"


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
