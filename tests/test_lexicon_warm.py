"""`Lexicon.warm()` (session 9, speed only): the indexes the title lookups build on first use are built up
front, and every lookup answers as on a lexicon left to build them lazily."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.catalogue import load_catalogue
from pathfinder.domain.taxonomy import Taxonomy

CATALOGUE = Path(__file__).parents[1] / "src" / "pathfinder" / "corpus" / "catalogue"

TEXTS = [
    "what's the EQF level of the AI-Based Anomaly Detection one?",
    "is Performance Analysis and Profiling hard",
    "wie lang ist Identitäts- und Zugriffsmanagement",
    "tell me about network security please",
    "after the DPO one, what next?",
    "the parallel programming one",
    "and the full-stack certificate?",
    "no idea where to start",
    "Data Engineering",
]


@pytest.fixture(scope="module")
def credentials():
    return load_catalogue([CATALOGUE]).credentials


def test_warm_builds_every_lazy_index(credentials) -> None:
    lexicon = Lexicon(Taxonomy(), credentials, aliases={})
    assert lexicon.warm(credentials) is lexicon
    assert lexicon._fragments is not None and lexicon._leading is not None
    assert lexicon._fuzzy_titles is not None and lexicon._acronyms is not None
    assert lexicon._one_word is not None
    assert lexicon._titled_cache is not None and lexicon._titled_cache[0] is credentials


@pytest.mark.parametrize("text", TEXTS)
def test_a_warm_lexicon_answers_as_a_lazy_one(credentials, text: str) -> None:
    lazy = Lexicon(Taxonomy(), credentials, aliases={})
    warm = Lexicon(Taxonomy(), credentials, aliases={}).warm(credentials)
    assert lazy._fragments is None and lazy._fuzzy_titles is None
    assert warm.title_fragment(text) == lazy.title_fragment(text)
    assert warm.title_fragment(text, marked=True) == lazy.title_fragment(text, marked=True)
    assert warm.find_title(text) == lazy.find_title(text)
    assert warm.acronym_title(text) == lazy.acronym_title(text)
    assert [c.id for c in warm.titles_in(text, credentials)] == [
        c.id for c in lazy.titles_in(text, credentials)
    ]
    assert warm._fragments == lazy._fragment_index() and warm._leading == lazy._leading_heads()
    assert warm._acronyms == lazy._acronym_index() and warm._fuzzy_titles == lazy._fuzzy()


def test_third_word_reads_the_title_of_the_id(credentials) -> None:
    """`_third_word` reads the normalised title of a `title_to_id` id: the title that maps to it."""
    lexicon = Lexicon(Taxonomy(), credentials, aliases={})
    for title, cid in lexicon.title_to_id.items():
        assert lexicon._titles_by_id[cid][1] == title


def test_find_title_answers_are_kept_per_text(credentials) -> None:
    lexicon = Lexicon(Taxonomy(), credentials, aliases={})
    for text in TEXTS:
        assert lexicon.find_title(text) == lexicon._find_title(text, 90.0)
        assert lexicon.find_title(text, 80.0) == lexicon._find_title(text, 80.0)
    hits = lexicon._found_titles.cache_info().hits
    assert [lexicon.find_title(text) for text in TEXTS] == [lexicon._find_title(t, 90.0) for t in TEXTS]
    assert lexicon._found_titles.cache_info().hits == hits + len(TEXTS)
