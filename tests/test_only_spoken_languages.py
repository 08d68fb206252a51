"""Speaking "only German" limits the study languages to German (issue 12, session 15): an advisor's client
who "spricht nur Deutsch" had German noted as spoken only, so after "Gibt es das auch online?" the re-plan was
in English ("which you have not ruled out"; found by the lead as an advisor in the browser). A language said
to be the only one spoken is the only one to study in, in all eight languages; "only a little English" is a
level, not a limit, and a plain "I speak German" stays no limit."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.slots import extract


@pytest.mark.parametrize(
    "text, code",
    [
        ("I only speak German.", "de"),
        ("My client speaks only Polish", "pl"),
        ("Er spricht nur Deutsch, hat 4 Stunden pro Woche", "de"),
        ("solo hablo español", "es"),
        ("je ne parle que français", "fr"),
        ("Hän puhuu vain suomea", "fi"),
        ("tôi chỉ biết tiếng Việt", "vi"),
        ("मुझे सिर्फ हिंदी आती है", "hi"),
        ("আমি শুধু বাংলা জানি", "bn"),
    ],
)
def test_the_only_language_spoken_is_the_only_one_to_study_in(text: str, code: str) -> None:
    slots = extract(text)
    assert slots.spoken_languages == (code,) and slots.wanted_languages == (code,)


@pytest.mark.parametrize(
    "text",
    [
        "I speak German and English",
        "Ich spreche Deutsch und nur ein bisschen Englisch",
        "I only speak a little English",
        "je parle français et un peu d'anglais",
        "tôi chỉ biết một chút tiếng Anh",
    ],
)
def test_speaking_or_speaking_a_little_is_no_limit(text: str) -> None:
    assert extract(text).wanted_languages == ()


def test_an_advisers_client_who_speaks_only_german_gets_no_english_plan_after_a_refinement(make_responder):
    """The trial's conversation on the test catalogue: the limit is saved, "only online" keeps to German."""
    from tests.conftest import answers, converse

    responder = make_responder()
    history = converse(
        responder,
        "Mein Klient ist Elektriker und möchte Datenanalyst werden. Er spricht nur Deutsch.",
        "nur online bitte",
    )
    first, second = answers(history)
    saved = [c for c in first.profile_changes if c.kind == "set_constraints" and c.constraints.languages]
    assert saved and saved[-1].constraints.languages == ("de",)
    for answer in (first, second):
        steps = [responder.tools.get(i) for i in (answer.pathway.ids if answer.pathway else ())]
        assert all(c is not None and "de" in c.languages for c in steps), answer.text


# session 16 (twins): `conversation_language.limits_language` read "only" from a regex of its own, missing the
# words `vocab.ONLY_WORDS` knew ("ainoastaan", "sirf", "কেবল", "केवल" spelt "सिर्फ़"); one list now serves both
@pytest.mark.parametrize(
    "text",
    [
        "only english ones please",
        "just English please",
        "nur auf Deutsch bitte",
        "sólo en español",
        "únicamente en español",
        "seulement en français",
        "ainoastaan suomeksi",
        "chỉ tiếng Việt thôi",
        "सिर्फ़ हिंदी में",
        "sirf hindi mein",
        "কেবল বাংলায়",
        "shudhu banglay",
    ],
)
def test_only_said_of_a_study_language_limits_it(text: str) -> None:
    from pathfinder.assistant.conversation_language import adds_language, limits_language

    assert limits_language(text) and not adds_language(text)


@pytest.mark.parametrize(
    "text", ["English is fine too", "Englisch geht auch", "también en inglés", "justice courses in English"]
)
def test_a_language_added_is_no_limit(text: str) -> None:
    from pathfinder.assistant.conversation_language import limits_language

    assert not limits_language(text)
