"""Understanding that generalises beyond the phrasings written for it (issue #12, session 7): skills named
anywhere in a statement, with typos or case endings; topics that only look like catalogue words; an area goal
narrowed by the clause after it; the job clause among several statements; years of experience that are no
deadline; and a labelled utterance set without repeated lines (a line in both splits inflates the held-out
figure)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.assistant.nlu.classifier import load_utterances
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def lexicon(taxonomy) -> Lexicon:
    return Lexicon(taxonomy, [])


def _labels(lexicon: Lexicon, text: str, inflected: bool = False) -> list[str]:
    found = []
    for phrase in lexicon.skill_mentions(text, inflected=inflected):
        hit = lexicon.skill_hit(phrase)
        assert hit is not None, phrase  # every mention resolves as a stated skill
        found.append(hit.label)
    return found


@pytest.mark.parametrize(
    "text, inflected, labels",
    [
        ("she is fine with Excel and knows a little SQL", False, ["use spreadsheets software", "SQL"]),
        ("i kinda know pyhton and some statistcs", False, ["Python (computer programming)", "statistics"]),
        (
            "osaan Pythonia ja vähän Exceliä",
            True,
            ["Python (computer programming)", "use spreadsheets software"],
        ),
        ("er hat mit WordPress Seiten gebaut und kann CSS", True, ["WordPress", "CSS"]),
    ],
)
def test_skills_named_anywhere_in_a_statement(lexicon: Lexicon, text: str, inflected: bool, labels) -> None:
    assert _labels(lexicon, text, inflected) == labels


@pytest.mark.parametrize(
    "text",
    [
        "we met at college and talked about data",  # "college" is one letter from the product "eCollege"
        "I went to the lesson, the go-to guide",  # no "LESS", no "Go"
    ],
)
def test_ordinary_words_name_no_skill(lexicon: Lexicon, text: str) -> None:
    assert lexicon.skill_mentions(text, inflected=True) == []


def test_a_case_ending_is_read_only_when_asked(lexicon: Lexicon) -> None:
    assert lexicon.skill_mentions("Exceliä") == []
    assert _labels(lexicon, "Exceliä", inflected=True) == ["use spreadsheets software"]


@pytest.mark.parametrize(
    "topic, topical",
    [
        ("wer hat am sonntag gewonnen", False),  # "Red Hat" is an alias: its short words alone are not
        ("millainen sää on", False),  # "sää" folds to "saa", the stem of "SaaS"
        ("quel temps", False),  # QUEL is an alternative label (a query language)
        ("kubernetes", True),
        ("cloud security", True),
    ],
)
def test_catalogue_topic_ignores_product_names_and_short_stems(taxonomy, topic: str, topical: bool) -> None:
    assert Lexicon(taxonomy, []).is_catalogue_topic(topic) is topical


@pytest.mark.parametrize(
    "message, lang, goal",
    [
        ("je voudrais travailler dans la data, plutôt l'analyse", "fr", "data analysis"),
        ("em muốn làm về dữ liệu, kiểu phân tích", "vi", "data analysis"),
    ],
)
def test_an_area_goal_is_narrowed_by_the_clause_after_it(message: str, lang: str, goal: str) -> None:
    p = understand(message, TODAY)
    assert p.lang == lang and p.goal_english == goal


def test_a_job_is_never_narrowed() -> None:
    p = understand("quiero ser desarrollador web, sobre todo con datos", TODAY)
    assert p.goal_english is not None and "data" not in p.goal_english


def test_the_job_clause_among_several_statements() -> None:
    p = understand(
        "Quick intro: 6 yrs as sysadmin, some bash, a bit of python. I want to get into cloud.", TODAY
    )
    assert p.clause_role is not None and "sysadmin" in p.clause_role


@pytest.mark.parametrize(
    "message",
    [
        "Olen ollut 4 vuotta tukihenkilönä, hoidan tulostimia. Haluaisin pilvipalveluihin.",
        "Llevo 6 años como técnico, arreglo ordenadores. Quiero pasarme a redes.",
    ],
)
def test_years_of_experience_are_no_deadline(message: str) -> None:
    p = understand(message, TODAY)
    assert p.deadline is None and not p.weeks


def test_a_time_frame_next_to_a_job_stays() -> None:
    p = understand("Ich bin Lehrer und will in 6 Monaten Data Analyst sein", TODAY)
    assert p.deadline is not None


def test_no_utterance_is_written_twice() -> None:
    seen: dict[str, str] = {}
    repeated = []
    for r in load_utterances():
        key = r["text"].strip().casefold()
        if key in seen:
            repeated.append((r["text"], seen[key], r["split"]))
        seen[key] = r["split"]
    assert repeated == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("i kno some javascrpt and a littel bit of htlm", "en"),  # lingua: Dutch, unsure
        ("tengo algo de python y hice un curso en Coursera", "es"),  # lingua: French, unsure
    ],
)
def test_an_unsure_language_goes_to_the_one_whose_everyday_words_it_uses_most(text: str, code: str) -> None:
    from pathfinder.assistant.nlu.language import identify

    assert identify(text) == code


@pytest.mark.parametrize(
    "message, wanted",
    [
        ("anh ấy muốn học lập trình phần mềm", ()),  # "anh" is "he", "phần mềm" software: no language
        ("anh ấy chỉ học bằng tiếng Anh thôi", ("en",)),
        ("mình muốn khóa bằng tiếng Phần Lan", ("fi",)),
        ("मुझे वियतनामी में कोर्स चाहिए", ("vi",)),
    ],
)
def test_vietnamese_language_names_are_read_as_whole_phrases(message: str, wanted: tuple[str, ...]) -> None:
    from pathfinder.assistant.nlu.slots import extract

    assert extract(message).wanted_languages == wanted
