"""BM25 over credential text with bm25s: a language-light tokenizer, build, save, load and score."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import logging

import bm25s
from bm25s.tokenization import Tokenized
import numpy as np

# A few function words of the catalogue languages (en, es, de, fr); content words are kept in every language.
STOPWORDS = frozenset(
    """a an and are as at be by for from how i in into is it its of on or our the this that to with you your we
    what want learn learning course courses about me my can do some know bit
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
    folded = unicodedata.normalize("NFKD", tok).encode("ascii", "ignore").decode() if not tok.isascii() else tok
    if not folded or folded in STOPWORDS or tok in STOPWORDS or (len(folded) < 2 and folded not in {"c", "r"}):
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
    return [t for t in map(_term, _RAW.findall(text.lower())) if t]


class LexicalIndex:
    """A bm25s index whose rows line up with the index's credential rows."""

    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self._model = model
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        model = bm25s.BM25(k1=1.2, b=0.75)
        # Token ids built here (faster than letting bm25s map strings); bm25s cannot index an empty corpus or
        # an empty document, so a placeholder token keeps rows aligned.
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in (tokenize(text) or ["\x00empty"])] for text in texts]
        if not ids:
            ids = [[vocab.setdefault("\x00empty", 0)]]
        model.index(Tokenized(ids=ids, vocab=vocab), show_progress=False)
        return cls(model, len(texts))

    def save(self, folder: Path) -> None:
        self._model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), show_progress=False, mmap=False), size)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row (0 where no query term occurs)."""
        tokens = [t for t in dict.fromkeys(tokenize(query)) if t in self._model.vocab_dict]
        if not tokens or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)[: self.size]
