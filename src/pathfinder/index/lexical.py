"""BM25 over credential text with bm25s: a language-light tokenizer, build, save, load and score."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import logging

import bm25s
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
_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*")


def tokenize(text: str) -> list[str]:
    """Lower-case, accents folded, stopwords dropped, a light plural strip ('courses' -> 'course')."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    out = []
    for tok in _TOKEN.findall(folded):
        if tok in STOPWORDS or (len(tok) < 2 and tok not in {"c", "r"}):
            continue
        if len(tok) > 4 and tok.endswith("s") and not tok.endswith("ss"):
            tok = tok[:-1]
        out.append(tok)
    return out


class LexicalIndex:
    """A bm25s index whose rows line up with the index's credential rows."""

    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self._model = model
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        model = bm25s.BM25(k1=1.2, b=0.75)
        # bm25s cannot index an empty corpus or an all-empty one; a placeholder token keeps rows aligned.
        model.index([tokenize(t) or ["\x00empty"] for t in texts] or [["\x00empty"]], show_progress=False)
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
