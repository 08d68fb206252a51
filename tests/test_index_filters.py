"""Filters: the numpy mask agrees with the per-credential predicate; Chroma `where` and explanations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pathfinder.domain import Credential, SearchFilters, SkillRef
from pathfinder.index.filters import FilterTable, chroma_where, explain_empty, matches

LANGS = ["en", "de", "es", "fr"]
SKILLS = [f"http://x/skill/{i}" for i in range(4)]

credentials = st.builds(
    lambda i, langs, eqf, hours, cost, cur, part, prov, country, assess, skills: Credential(
        id=f"c{i}",
        title=f"course {i}",
        provider=prov,
        country=country,
        hours=hours,
        eqf_level=eqf,
        cost=cost,
        currency=cur,
        participation=part,
        assessment=assess,
        languages=tuple(langs),
        skills=tuple(SkillRef(uri=u, label=u) for u in skills),
    ),
    st.integers(0, 10**6),
    st.lists(st.sampled_from(LANGS), max_size=2, unique=True),
    st.none() | st.integers(1, 8),
    st.none() | st.floats(1, 400, allow_nan=False),
    st.none() | st.floats(0, 500, allow_nan=False),
    st.sampled_from(["EUR", "USD", "XXX"]),
    st.none() | st.sampled_from(["online", "blended", "on-site"]),
    st.sampled_from(["Uni A", "Academy B"]),
    st.none() | st.sampled_from(["DE", "FR"]),
    st.none() | st.sampled_from(["Written exam", "project work"]),
    st.lists(st.sampled_from(SKILLS), max_size=2, unique=True),
)

filters = st.builds(
    SearchFilters,
    languages=st.lists(st.sampled_from(LANGS), max_size=2, unique=True).map(tuple),
    eqf_min=st.none() | st.integers(1, 8),
    eqf_max=st.none() | st.integers(1, 8),
    max_hours=st.none() | st.floats(0, 400),
    max_ects=st.none() | st.floats(0, 15),
    max_cost=st.none() | st.floats(0, 500),
    participation=st.lists(st.sampled_from(["online", "blended", "on-site"]), max_size=2, unique=True).map(
        tuple
    ),
    providers=st.lists(st.sampled_from(["uni a", "ACADEMY B", "nobody"]), max_size=1).map(tuple),
    countries=st.lists(st.sampled_from(["de", "FR"]), max_size=1).map(tuple),
    assessment=st.lists(st.sampled_from(["exam", "project"]), max_size=1).map(tuple),
    skills=st.lists(st.sampled_from(SKILLS), max_size=2).map(tuple),
    exclude_ids=st.lists(st.sampled_from(["c1", "c2", "c3"]), max_size=2).map(tuple),
)


@hsettings(max_examples=150, deadline=None)
@given(st.lists(credentials, max_size=25, unique_by=lambda c: c.id), filters)
def test_mask_agrees_with_predicate(creds, f):
    table = FilterTable.build(creds)
    assert table.mask(f).tolist() == [matches(c, f) for c in creds]


def test_unknown_values_fail_a_filter_on_them():
    c = Credential(id="x", title="t", provider="p")  # no price, language, level
    assert matches(c, SearchFilters())
    for f in (SearchFilters(max_cost=1000), SearchFilters(languages=("en",)), SearchFilters(eqf_max=8)):
        assert not matches(c, f)


def test_cost_filter_converts_currency():
    usd = Credential(id="u", title="t", provider="p", cost=100, currency="USD")  # 92 EUR
    assert matches(usd, SearchFilters(max_cost=95))
    assert not matches(usd, SearchFilters(max_cost=90))


def test_chroma_where_shapes():
    assert chroma_where(SearchFilters()) is None
    assert chroma_where(SearchFilters(languages=("de",))) == {"lang_de": True}
    where = chroma_where(SearchFilters(languages=("de", "en"), max_cost=100))
    assert where == {"$and": [{"$or": [{"lang_de": True}, {"lang_en": True}]}, {"cost_eur": {"$lte": 100}}]}


def test_explain_empty_names_the_filter(catalogue):
    table = FilterTable.build(catalogue)
    text = explain_empty(table, SearchFilters(languages=("de",), max_cost=100))
    # stats-1 is the only German entry and costs 300 EUR; three entries cost at most 100 EUR.
    assert text.startswith("no credential in German under 100 EUR")
    assert "1 in German at any price" in text
    assert "3 under 100 EUR in any language" in text


@hsettings(max_examples=100, deadline=None)
@given(st.lists(credentials, max_size=15, unique_by=lambda c: c.id), filters)
def test_the_shipped_fake_index_filters_like_the_real_one(creds, f):
    """pathfinder.testing.InMemoryIndex uses the same predicate: an unknown value fails a filter that is
    set."""
    from pathfinder.testing import InMemoryIndex

    fake = InMemoryIndex(creds)
    table = FilterTable.build(creds)
    kept = {h.credential.id for h in fake.search("", f, k=100)}
    assert kept == {c.id for c, keep in zip(creds, table.mask(f).tolist()) if keep}
