"""BM25 over credential text with bm25s: a language-light tokenizer, token rows reusable across versions,
score matrix."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from pathlib import Path

import bm25s
import numpy as np

# A few function words of the catalogue languages (en, es, de, fr); content words are kept in every language.
STOPWORDS = frozenset(
    """a an and are as at be by for from how i in into is it its of on or our the this that to with you your
    we what want learn learning course courses about me my can do some know bit
    el la los las de del en y o un una para con por que al se su sus como curso cursos aprender quiero
    der die das und oder ein eine für mit von zu im in ist den dem des ich kurs kurse lernen möchte
    le les des et ou un une pour avec du au en est je cours apprendre""".split()
)
logging.getLogger("bm25s").setLevel(logging.WARNING)
_RAW = re.compile(r"[^\W_][\w+#]*")


_TERM_CACHE: dict[str, str | None] = {}


def _term(tok: str) -> str | None:
    """The index term of a raw lower-case token (None for stopwords and noise); memoised per token."""
    term = _TERM_CACHE.get(tok, "")
    if term != "":
        return term
    folded = (
        unicodedata.normalize("NFKD", tok).encode("ascii", "ignore").decode() if not tok.isascii() else tok
    )
    if (
        not folded
        or folded in STOPWORDS
        or tok in STOPWORDS
        or (len(folded) < 2 and folded not in {"c", "r"})
    ):
        term = None
    elif len(folded) > 4 and folded.endswith("s") and not folded.endswith("ss"):
        term = folded[:-1]
    else:
        term = folded
    if len(_TERM_CACHE) < 2_000_000:
        _TERM_CACHE[tok] = term
    return term


def tokenize(text: str) -> list[str]:
    """Lower-case, accents folded, stopwords dropped, a light plural strip ('courses' -> 'course')."""
    get, out = _TERM_CACHE.get, []
    for tok in _RAW.findall(text.lower()):
        term = get(tok, "")
        if term == "":
            term = _term(tok)
        if term:
            out.append(term)
    return out


EMPTY = "\x00empty"  # bm25s cannot index an empty document: a placeholder term keeps rows aligned
TOKENS_FILE = "tokens.npz"


@dataclass
class TokenRows:
    """Every document as term ids: row i is `ids[starts[i]:starts[i + 1]]`; `terms[id]` is the term."""

    ids: np.ndarray  # int32
    starts: np.ndarray  # int64, len = rows + 1
    terms: list[str]

    def __len__(self) -> int:
        return len(self.starts) - 1

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> TokenRows:
        return cls.assemble([None] * len(texts), None, texts)

    @classmethod
    def assemble(
        cls, sources: Sequence[int | None], previous: TokenRows | None, texts: Sequence[str | None]
    ) -> TokenRows:
        """Row i is the previous row `sources[i]` when given (its text is unchanged), else `texts[i]`
        tokenized.

        Tokenizing is most of a BM25 build; reusing the rows of unchanged entries makes a small re-index
        cheap.
        """
        vocab = dict(zip(previous.terms, range(len(previous.terms)))) if previous is not None else {}
        src = np.array([-1 if s is None or previous is None else s for s in sources], dtype=np.int64)
        fresh = {  # each row's ids ascending (a bag of words): the BM25 matrix then needs no sort
            row: sorted([vocab.setdefault(t, len(vocab)) for t in tokenize(texts[row] or "") or [EMPTY]])
            for row in np.flatnonzero(src < 0).tolist()
        }
        lengths = np.zeros(len(sources), dtype=np.int64)
        kept = np.flatnonzero(src >= 0)
        if kept.size:
            lengths[kept] = previous.starts[src[kept] + 1] - previous.starts[src[kept]]
        for row, ids_of_row in fresh.items():
            lengths[row] = len(ids_of_row)
        starts = np.zeros(len(sources) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        ids = np.empty(int(starts[-1]), dtype=np.int32)
        if (
            kept.size
        ):  # one gather for every reused row: position p of new row r <- previous.starts[src[r]] + p
            n = lengths[kept]
            dest = np.repeat(starts[kept] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
            ids[dest] = previous.ids[np.repeat(previous.starts[src[kept]] - starts[kept], n) + dest]
        for row, ids_of_row in fresh.items():
            ids[starts[row] : starts[row + 1]] = ids_of_row
        # Keep only the terms still used, numbered densely in their old order (no dead terms pile up).
        terms = list(vocab)
        used = np.bincount(ids, minlength=len(terms)) > 0
        new_id = np.cumsum(used, dtype=np.int64) - 1
        return cls(new_id[ids].astype(np.int32), starts, list(compress(terms, used.tolist())))

    def save(self, path: Path) -> None:
        text = "\n".join(self.terms).encode()  # terms never hold a newline (see _RAW)
        np.savez(path, ids=self.ids, starts=self.starts, terms=np.frombuffer(text, dtype=np.uint8))

    @classmethod
    def load(cls, path: Path) -> TokenRows:
        with np.load(path) as data:
            text = data["terms"].tobytes().decode()
            return cls(data["ids"], data["starts"], text.split("\n") if text else [])


def bm25_matrix(rows: TokenRows, k1: float, b: float) -> dict:
    """bm25s's score matrix (Lucene BM25: documents x terms, CSC), computed with scipy/numpy in O(tokens).

    score(d, t) = idf(t) * tf / (tf + k1 * (1 - b + b * len(d) / avg len)), idf(t) = ln(1 + (N - df + .5) /
    (df + .5))
    """
    from scipy.sparse import csr_matrix

    n_docs, n_terms = len(rows), len(rows.terms)
    # copies: scipy would sort the rows' own arrays in place, and they are saved for the next re-index
    counts = csr_matrix(
        (np.ones(rows.ids.size, dtype=np.float64), rows.ids.copy(), rows.starts.copy()),
        shape=(n_docs, n_terms),
    )
    counts.has_sorted_indices = _ascending_rows(rows)  # then summing needs no sort (rows built here are)
    counts.sum_duplicates()  # one entry per (document, term), tf in data
    doc_len = np.diff(rows.starts)
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(counts.indptr))
    df = np.bincount(counts.indices, minlength=n_terms)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    avg = doc_len.mean() if n_docs else 1.0
    tf = counts.data
    counts.data = idf[counts.indices] * tf / (tf + k1 * ((1 - b) + b * doc_len[doc] / avg))
    scores = counts.tocsc()  # columns = terms; rows (documents) ascending within each column
    return {
        "data": scores.data.astype(np.float32),
        "indices": scores.indices.astype(np.int32),
        "indptr": scores.indptr.astype(np.int64),
        "num_docs": n_docs,
    }


def _ascending_rows(rows: TokenRows) -> bool:
    """Whether every row's ids are in ascending order (rows saved by older versions may not be)."""
    step = np.diff(rows.ids.astype(np.int64))
    if step.size == 0:
        return True
    inner = rows.starts[1:-1]
    ok = step >= 0
    ok[inner[(inner > 0) & (inner <= step.size)] - 1] = True  # the step from one row into the next
    return bool(ok.all())


class LexicalIndex:
    """A bm25s index whose rows line up with the index's credential rows."""

    K1, B = 1.2, 0.75

    def __init__(self, model: bm25s.BM25, size: int, rows: TokenRows | None = None) -> None:
        self._model = model
        self.size = size
        self.rows = rows  # kept after a build so the next re-index can reuse them

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        return cls.from_rows(TokenRows.from_texts(texts))

    @classmethod
    def from_rows(cls, rows: TokenRows) -> LexicalIndex:
        if len(rows) == 0:  # bm25s cannot hold an empty corpus: one placeholder row, never returned
            rows = TokenRows.from_texts([""])
            size = 0
        else:
            size = len(rows)
        model = bm25s.BM25(k1=cls.K1, b=cls.B)
        model.scores = bm25_matrix(rows, cls.K1, cls.B)
        model.vocab_dict = {t: i for i, t in enumerate(rows.terms)}
        model.unique_token_ids_set = set(model.vocab_dict.values())
        model.nonoccurrence_array = None  # Lucene BM25 has none (what bm25s's own index() sets)
        return cls(model, size, rows if size else None)

    def save(self, folder: Path) -> None:
        self._model.save(str(folder), show_progress=False)
        if self.rows is not None:
            self.rows.save(folder / TOKENS_FILE)

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), show_progress=False, mmap=False), size)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row (0 where no query term occurs)."""
        tokens = [t for t in dict.fromkeys(tokenize(query)) if t in self._model.vocab_dict]
        if not tokens or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)[: self.size]


def load_rows(folder: Path) -> TokenRows | None:
    """The token rows a previous build saved (None when absent or unreadable: the caller tokenizes again)."""
    try:
        return TokenRows.load(folder / TOKENS_FILE)
    except (OSError, ValueError, KeyError):
        return None
