"""Vietnamese typed without diacritics ("không dấu": "len lo trinh", "cho minh lo trinh"), given its marks
back for the intent classifier: the multilingual encoder reads "lên lộ trình" as a plan request but "len lo
trinh" as noise (it answered with a course card). Word pairs first ("lo trinh" -> "lộ trình"), then single
words, each the spelling that our own Vietnamese text (the training lines, the glossary's Vietnamese rows, the
slot phrases) uses for that bare form most of the time (two thirds at least, the bare spelling counted too:
"an" stays "an" as in "an toàn"). The rules read the message as typed; only what the classifier reads
changes. Chat shorthand ("ko", "dc", "mun", "bik", `vocab.VI_TEEN_CODE`) is written out first
(`expand_teen_code`, also for the slots): on the tune split's teen-code turns the classifier's act went
from 13 to 18 right of 19 (session 12). Pure; the table is built once from the package's data.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import regex

from pathfinder.assistant.nlu import vocab

_DATA = Path(__file__).parent / "data"
_WORD = regex.compile(r"[\p{L}\p{M}]+")
DOMINANT = 2 / 3  # the share of its bare form's uses a spelling needs to be given back


def _texts() -> list[str]:
    texts = list(vocab.VI_SLOT_PHRASES)
    for line in (_DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("vi\t"):
            texts.append(line.split("\t")[1].rstrip("*"))
    for line in (_DATA / "utterances.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("lang") == "vi":
            texts.append(row["text"])
    return texts


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, str], tuple[str, str]], dict[str, str]]:
    """(bare word pair -> spelled pair, bare word -> spelled word), each the dominant spelling."""
    singles: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for text in _texts():
        words = [w.casefold() for w in _WORD.findall(text)]
        for w in words:
            singles[vocab.fold_vietnamese(w)][w] += 1
        for a, b in zip(words, words[1:]):
            pairs[(vocab.fold_vietnamese(a), vocab.fold_vietnamese(b))][(a, b)] += 1

    def dominant(counts: Counter) -> object | None:
        form, n = counts.most_common(1)[0]
        return form if n >= DOMINANT * sum(counts.values()) else None

    pair_table = {k: f for k, c in pairs.items() if (f := dominant(c)) is not None and f != k}
    single_table = {k: f for k, c in singles.items() if (f := dominant(c)) is not None and f != k}
    return pair_table, single_table  # type: ignore[return-value]


_TEEN_CODE = regex.compile(
    r"(?<![\p{L}\p{N}])("
    + "|".join(sorted(map(regex.escape, vocab.VI_TEEN_CODE), key=len, reverse=True))
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)


def expand_teen_code(text: str) -> str:
    """Vietnamese chat shorthand written out ("ko" -> "không", "dc" -> "được", "trc" -> "trước"), without
    marks in a message typed without any."""
    bare = vocab.fold_vietnamese(_TEEN_CODE.sub("", text)) == _TEEN_CODE.sub("", text)

    def word(m: regex.Match) -> str:
        full = vocab.VI_TEEN_CODE[m.group(0).casefold()]
        return vocab.fold_vietnamese(full) if bare else full

    return _TEEN_CODE.sub(word, text)


def restore(text: str) -> str:
    """The text with its Vietnamese marks given back where our own text agrees on them; a text typed with
    marks is returned as it is."""
    if vocab.fold_vietnamese(text) != text:
        return text
    pair_table, single_table = _tables()
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out: list[str] = []
    last = 0
    i = 0
    while i < len(spans):
        start, end, word = spans[i]
        low = word.casefold()
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        pair = pair_table.get((low, nxt[2].casefold())) if nxt and text[end : nxt[0]].isspace() else None
        if pair is not None and nxt is not None:
            out.append(text[last:start] + pair[0] + text[end : nxt[0]] + pair[1])
            last, i = nxt[1], i + 2
            continue
        out.append(text[last:start] + single_table.get(low, word))
        last, i = end, i + 1
    out.append(text[last:])
    return "".join(out)
