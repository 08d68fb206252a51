"""Every reply template English has exists in the other seven served languages (session 16): 22 keys - the
search filters "EQF 4", "at most 10 ECTS", "from <provider>", "issued in <country>", the advisor's "Saved to
the profile of <name>" and the counted nouns - fell back to English in every other language. `tools/
i18n_gaps.py` lists the same gaps, and the planner's English sentences no template recognises."""

from __future__ import annotations

import pytest

from pathfinder.assistant import i18n
from pathfinder.domain import SearchFilters


@pytest.mark.parametrize("lang", i18n.SERVED)
def test_no_template_falls_back_to_english(lang: str) -> None:
    assert i18n.missing_keys(lang) == []


def test_a_missing_template_is_listed(monkeypatch) -> None:
    english = {"a": "A $x", "b": "B", "c": ""}
    tables = {"en": english, "de": {"a": "", "c": ""}}
    monkeypatch.setattr(i18n, "table", lambda lang: tables.get(lang, {}))
    assert i18n.missing_keys("de") == ["a", "b"]  # an empty English text asks for nothing


@pytest.mark.parametrize(
    "lang, filters, said",
    [
        ("de", SearchFilters(eqf_min=4, eqf_max=4), "EQF-Niveau 4"),
        ("fr", SearchFilters(max_ects=10), "au plus 10 ECTS"),
        ("es", SearchFilters(providers=("Aalto",)), "ofrecidos por Aalto"),
        ("fi", SearchFilters(countries=("de",)), "myöntömaa DE"),
    ],
)
def test_search_filters_are_said_in_the_reply_language(lang: str, filters: SearchFilters, said: str) -> None:
    from pathfinder.assistant import markdown as md

    with i18n.replying_in(lang):
        assert said in md.filters_text(filters)
