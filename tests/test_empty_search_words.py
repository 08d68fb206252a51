"""A search that finds nothing says why in the learner's language (issue #12): which limit to drop and how
many entries that would leave, counted the same way as the CLI's English explanation."""

from __future__ import annotations

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import replying_in
from pathfinder.domain import Credential, SearchFilters
from pathfinder.domain.filters import empty_reason, matches
from pathfinder.index.filters import FilterTable, english_reason, table_reason

CATALOGUE = [
    Credential(
        provider="P",
        id="a",
        title="Data Mining",
        languages=("en",),
        cost=300,
        currency="EUR",
        participation="online",
    ),
    Credential(
        provider="P",
        id="b",
        title="Datenanalyse",
        languages=("de",),
        cost=900,
        currency="EUR",
        participation="on-site",
    ),
    Credential(
        provider="P",
        id="c",
        title="Python",
        languages=("en",),
        cost=0,
        currency="EUR",
        participation="online",
    ),
]
LIMITS = SearchFilters(languages=("de",), max_cost=100)


def _count(f: SearchFilters) -> int:
    return sum(matches(c, f) for c in CATALOGUE)


def test_the_counts_name_the_limit_to_drop() -> None:
    r = empty_reason(_count, len(CATALOGUE), LIMITS)
    assert r.passing == 0
    assert r.without == {"languages": 1, "max_cost": 1}  # any language: "c" (free); any price: "b"


def test_the_index_counts_the_same_as_the_list() -> None:
    table = FilterTable.build(CATALOGUE)
    assert table_reason(table, LIMITS) == empty_reason(_count, len(CATALOGUE), LIMITS)
    assert "1 in German at any price" in english_reason(table_reason(table, LIMITS), LIMITS)


def test_german_words_for_the_same_counts() -> None:
    r = empty_reason(_count, len(CATALOGUE), LIMITS)
    with replying_in("de"):
        text = md.why_empty(r, LIMITS) + md.filters_text(LIMITS)
    assert "in jeder Sprache" in text and "zu jedem Preis" in text and "auf Deutsch" in text
    assert "any" not in text and "credential" not in text


def test_every_served_language_words_it_without_english() -> None:
    r = empty_reason(_count, len(CATALOGUE), LIMITS)
    with replying_in("en"):
        english = md.why_empty(r, LIMITS)
    for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
        with replying_in(lang):
            text = md.why_empty(r, LIMITS)
        assert text and text != english and "any " not in text, lang


def test_limits_that_fit_entries_on_other_topics() -> None:
    r = empty_reason(_count, len(CATALOGUE), SearchFilters(languages=("en",)))
    assert r.passing == 2
    with replying_in("fr"):
        assert md.why_empty(r, SearchFilters(languages=("en",))).startswith("2 formations")
