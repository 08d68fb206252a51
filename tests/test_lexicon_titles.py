"""Credentials named by title (issue #12): a title named by its first words ("the AI-Based Anomaly Detection
one") is found when those words head exactly one title; a whole title, a fragment shared by several titles and
too short a fragment are not read this way."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.catalogue import load_catalogue
from pathfinder.domain.taxonomy import Taxonomy

CATALOGUE = Path(__file__).parents[1] / "src" / "pathfinder" / "corpus" / "catalogue"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(Taxonomy(), load_catalogue([CATALOGUE]).credentials, aliases={})


@pytest.mark.parametrize(
    "text, cid",
    [
        ("what's the EQF level of the AI-Based Anomaly Detection one?", "lcsi-anom-301"),
        ("is Performance Analysis and Profiling hard", "padr-perf-202"),
        ("wie lang ist Identitäts- und Zugriffsmanagement", "hrd-iam-202"),
    ],
)
def test_a_title_named_by_its_first_words(lexicon: Lexicon, text: str, cid: str) -> None:
    assert lexicon.find_title(text) == cid


@pytest.mark.parametrize(
    "text",
    [
        "tell me about network security please",  # words inside several titles, heading none of them
        "is the Certificate in Data something good",  # "certificate in data" heads no single title
        "Data Engineering",  # two words: too few
    ],
)
def test_shared_or_short_fragments_name_no_title(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find_title(text) is None


def test_function_words_make_no_catalogue_topic(lexicon: Lexicon) -> None:
    assert not lexicon.is_catalogue_topic("thời tiết hôm nay thế")  # "thế" folds to "the", a title word
    assert lexicon.is_catalogue_topic("an ninh mạng network security")
    assert lexicon.is_catalogue_topic("ai")
