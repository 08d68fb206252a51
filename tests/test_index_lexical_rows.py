"""BM25 built from token rows: the same scores as bm25s's own indexing, rows reused across versions."""

from __future__ import annotations

import bm25s
import numpy as np
from bm25s.tokenization import Tokenized
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pathfinder.index.lexical import EMPTY, LexicalIndex, TokenRows, tokenize

WORDS = [
    "python",
    "data",
    "analysis",
    "cloud",
    "sécurité",
    "datos",
    "kurs",
    "network",
    "design",
    "ethics",
    "sql",
]
texts_st = st.lists(
    st.lists(st.sampled_from(WORDS + ["the", "and", "x"]), max_size=12).map(" ".join), min_size=1, max_size=30
)


def _bm25s_reference(texts: list[str]) -> bm25s.BM25:
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in (tokenize(text) or [EMPTY])] for text in texts]
    model = bm25s.BM25(k1=LexicalIndex.K1, b=LexicalIndex.B)
    model.index(Tokenized(ids=ids, vocab=vocab), show_progress=False)
    return model


@hsettings(max_examples=60, deadline=None)
@given(texts_st, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
def test_scores_equal_bm25s_indexing(texts, query_words):
    ours = LexicalIndex.build(texts)
    ref = _bm25s_reference(texts)
    query = " ".join(query_words)
    tokens = [t for t in dict.fromkeys(tokenize(query)) if t in ref.vocab_dict]
    expected = (
        np.asarray(ref.get_scores(tokens), dtype=np.float32) if tokens else np.zeros(len(texts), np.float32)
    )
    assert np.allclose(ours.scores(query), expected, rtol=1e-5, atol=1e-6)


@hsettings(max_examples=40, deadline=None)
@given(texts_st, texts_st, st.randoms(use_true_random=False))
def test_reused_rows_equal_fresh_tokenizing(old_texts, new_texts, rnd):
    previous = TokenRows.from_texts(old_texts)
    # each new row either reuses an old row (same text) or is tokenized afresh
    sources = [rnd.randrange(len(old_texts)) if rnd.random() < 0.5 else None for _ in new_texts]
    texts = [old_texts[s] if s is not None else t for s, t in zip(sources, new_texts)]
    mixed = TokenRows.assemble(
        sources, previous, [None if s is not None else t for s, t in zip(sources, texts)]
    )
    fresh = TokenRows.from_texts(texts)
    assert len(mixed) == len(texts)
    for i in range(len(texts)):  # a row is a bag of words (kept in ascending id order)
        row = lambda r, i=i: sorted(r.terms[j] for j in r.ids[r.starts[i] : r.starts[i + 1]])  # noqa: E731
        assert row(mixed) == row(fresh)
        assert list(mixed.ids[mixed.starts[i] : mixed.starts[i + 1]]) == sorted(
            mixed.ids[mixed.starts[i] : mixed.starts[i + 1]]
        )
    assert (
        sorted(mixed.terms) == sorted(set(mixed.terms)) == sorted(fresh.terms)
    )  # no dead or duplicate terms


def test_rows_round_trip_and_index_round_trip(tmp_path):
    texts = ["Python for data analysis", "Análisis de datos con Python", "", "Cloud security basics"]
    index = LexicalIndex.build(texts)
    index.save(tmp_path / "bm25")
    rows = TokenRows.load(tmp_path / "bm25" / "tokens.npz")
    assert rows.terms == index.rows.terms and np.array_equal(rows.ids, index.rows.ids)
    first = [rows.terms[j] for j in rows.ids[rows.starts[0] : rows.starts[1]]]
    assert sorted(first) == sorted(tokenize(texts[0]))
    loaded = LexicalIndex.load(tmp_path / "bm25", len(texts))
    assert np.allclose(loaded.scores("python datos"), index.scores("python datos"))
    assert loaded.scores("python")[0] > 0 and loaded.scores("python")[3] == 0
    assert LexicalIndex.build([]).scores("python").shape == (0,)


def test_rows_in_any_order_score_alike_and_are_not_sorted_in_place():
    """Rows saved by older versions kept text order (a repeated word apart): the matrix sorts a copy, and
    the scores are the same as from ascending rows."""
    texts = ["python data python analysis", "cloud security data", "ethics"]
    ascending = TokenRows.from_texts(texts)
    number = {t: i for i, t in enumerate(ascending.terms)}
    ids = np.array([number[t] for text in texts for t in tokenize(text)], dtype=np.int32)
    unsorted = TokenRows(ids.copy(), ascending.starts.copy(), list(ascending.terms))
    assert not np.array_equal(unsorted.ids, ascending.ids)
    a, b = LexicalIndex.from_rows(ascending), LexicalIndex.from_rows(unsorted)
    assert np.array_equal(unsorted.ids, ids)
    for query in ["python", "data", "cloud ethics"]:
        assert np.allclose(a.scores(query), b.scores(query), rtol=1e-6)
