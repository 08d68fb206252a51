"""What a message says about the learner, and about whom (the lead's trial 9, session 13): a field named with
a person word is no client; a relative is spoken of like a client and "online banking" is their subject, not a
course format; a level floor said as a negation is a floor in all eight languages; "which one is for
beginners?" is a question, no floor."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.level_words import LEVEL_RANGES
from pathfinder.assistant.nlu.slots import extract, speaks_of_someone_else, tokens
from pathfinder.assistant.nlu.understand import understand
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import History

FLOOR = LEVEL_RANGES["past basics"]


@pytest.mark.parametrize(
    "message",
    [
        "Hola! Trabajo en atención al cliente y me gustaría pasarme a soporte informático",
        "Je travaille au service client et je veux passer à l'informatique",
        "Tôi làm chăm sóc khách hàng và muốn chuyển sang IT",
        "मैं ग्राहक सेवा में काम करता हूँ और IT में जाना चाहता हूँ",
        "আমি গ্রাহক সেবায় কাজ করি, আইটিতে যেতে চাই",
        "Llevo años en servicio al cliente, quiero aprender redes",
    ],
)
def test_a_field_named_with_a_person_word_speaks_of_nobody(message):
    assert not speaks_of_someone_else(tokens(message)[:12])
    assert not understand(message).third_person


def test_the_field_is_the_role_held_whole_and_a_client_in_it_still_a_client():
    p = understand("Hola! Trabajo en atención al cliente y me gustaría pasarme a soporte informático")
    assert p.current_role == "atención al cliente"
    assert speaks_of_someone_else(tokens("mi cliente trabaja en atención al cliente"))
    assert speaks_of_someone_else(tokens("my client works in customer service and wants IT"))


@pytest.mark.parametrize(
    "message",
    [
        "Meine Mutter möchte lernen, Online-Banking sicher zu nutzen",
        "Mi abuela quiere aprender a usar la banca en línea",
        "Ma mère veut apprendre la banque en ligne",
        "Isäni haluaa oppia käyttämään verkkopankkia",
        "Bố mình muốn học dùng ngân hàng trực tuyến",
        "मेरे पापा ऑनलाइन बैंकिंग सीखना चाहते हैं",
        "আমার বাবা অনলাইন কেনাকাটা শিখতে চান",
    ],
)
def test_a_relative_is_spoken_of_like_a_client(message):
    assert extract(message).third_person


@pytest.mark.parametrize(
    "message",
    [
        "my dad (61) wants to learn smartphone safety and online banking, he only speaks Hindi",
        "Meine Mutter möchte Online-Banking und Online-Shopping sicher nutzen",
        "Mi abuela quiere hacer compras online y usar la banca en línea",
        "Ma mère veut apprendre la banque en ligne et les achats en ligne",
        "Bố mình muốn học dùng ngân hàng trực tuyến an toàn",
        "पापा को ऑनलाइन बैंकिंग सीखनी है",
        "বাবা অনলাইন কেনাকাটা শিখতে চান",
        "he wants to stay safe online",
    ],
)
def test_things_done_online_are_subjects_not_a_course_format(message):
    assert extract(message).participation == ()
    assert understand(message).participation == ()
    for asked in (
        "I want cloud security courses online",
        "cursos de ciberseguridad en línea",
        "online please",
    ):
        assert understand(asked).participation == ("online",), asked  # a course's format is still one


@pytest.mark.parametrize(
    "message",
    [
        "Grundlagen brauche ich nicht",
        "keine Anfängerkurse bitte",
        "pas de cours pour débutants",
        "nada de nivel básico",
        "ei alkeiskursseja",
        "en ole aloittelija",
        "tôi không phải người mới bắt đầu",
        "বেসিক কোর্স লাগবে না",
    ],
)
def test_a_beginners_level_denied_is_a_floor(message):
    assert extract(message).level == FLOOR


def test_a_beginners_level_asked_about_or_lacked_is_no_floor():
    for message in (
        "Ich habe keine Grundlagen in Python",
        "I have no basics in programming",
        "Anfängerkurse, nicht zu teuer",
        "which one is for beginners?",
        "I'm not sure, something for beginners",
        "বেসিক কোর্স চাই",
        "cần khóa cơ bản, không cần nâng cao",
    ):
        assert extract(message).level == LEVEL_RANGES["basic"], message


def test_a_floor_said_in_a_search_is_saved(responder):
    answer = responder.reply(
        "cloud security courses please, no beginner stuff", History(), LearnerProfile(id="l")
    )
    saved = [c for c in answer.profile_changes if c.kind == "set_constraints" and c.constraints]
    assert saved and saved[-1].constraints.min_eqf == FLOOR[0], answer.text[:400]


def test_a_relatives_languages_are_noted_as_theirs(responder):
    answer = responder.reply("my mum only speaks Polish", History(), LearnerProfile(id="l"))
    assert "they can study in" in answer.text and "you can study in" not in answer.text, answer.text[:400]


def test_either_language_of_a_list_is_every_one_of_them():
    for message, codes in (
        ("বাংলায় বা ইংরেজিতে হলে চলবে", ("bn", "en")),
        ("হিন্দিতে বা বাংলায়", ("hi", "bn")),
        ("Bengali or English is fine", ("bn", "en")),
        ("Deutsch oder Englisch ist okay", ("de", "en")),
        ("tiếng Việt hoặc tiếng Anh đều được", ("vi", "en")),
        ("हिंदी या अंग्रेज़ी दोनों चलेगा", ("hi", "en")),
    ):
        assert extract(message).wanted_languages == codes, message


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("my dad is 61 and just got his first smartphone, anything for him?", "explore_relative"),
        ("Meine Mutter ist 66 und möchte lernen, mit dem Laptop umzugehen", "explore_relative"),
        ("আমার বাবা স্মার্টফোন শিখতে চান", "explore_relative"),
        ("my client is a cashier and does not know what to learn", "explore_client"),
        ("I don't know what to learn", "explore"),
    ],
)
def test_the_counsellor_asks_about_a_relative_as_them_not_as_your_client(message, key):
    from pathfinder.assistant.offline.counsellor import _explore_key

    assert _explore_key(understand(message)) == key


def test_a_first_suggestion_below_the_stated_floor_comes_last():
    """ "Grundlagen brauche ich nicht" (trial 9, 04): with the floor saved, the first suggestion was still an
    EQF 4 "Grundlagen des Cloud Computing"."""
    from pathfinder.assistant.starting_points import startable_first
    from pathfinder.domain import Constraints, Credential

    basics = Credential(id="b", title="Basics", provider="P", hours=40, eqf_level=4)
    practice = Credential(id="p", title="Practice", provider="P", hours=40, eqf_level=5)
    later = Credential(id="x", title="After", provider="P", hours=40, eqf_level=5, prerequisites=("p",))
    floor = LearnerProfile(id="l", constraints=Constraints(min_eqf=5))
    assert [c.id for c in startable_first([basics, later, practice], floor)] == ["p", "x", "b"]
    assert [c.id for c in startable_first([basics, practice], LearnerProfile(id="l"))] == ["b", "p"]
