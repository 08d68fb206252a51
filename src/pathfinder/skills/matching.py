"""Free text to taxonomy skills (labels and alt labels, lexical + dense), and skill inference for credentials.

`SkillMatcher.match` answers a short phrase ("data viz"); `.extract` finds the distinct skills a longer text
mentions (a CV, a job advert, "I know Python and SQL, a bit of Linux"); `infer_skills` gives credentials
that come without skills (the edX courses) inferred `SkillRef`s with a confidence. Label embeddings are
computed once per taxonomy and embedder and cached on disk (13.9k ESCO skills take seconds, not minutes).
Curated aliases (`pathfinder.skills.aliases`: "Linux" -> operating systems) score ALIAS_SCORE, below an exact
label, and a match found through one says so in `via`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pathfinder.domain import Credential, SkillRef
from pathfinder.index.embedders import Embedder, OfflineEmbedder
from pathfinder.index.lexical import STOPWORDS, tokenize
from pathfinder.skills.aliases import Alias, alias_mentions, aliases_for, find_alias, folded_tokens, written_as
from pathfinder.domain.taxonomy import Taxonomy, normalise_label

MAX_TEXT_CHARS = 20_000
MAX_NGRAM = 6
DENSE_FLOOR = 0.35  # cosines below this carry no evidence with the offline embedder
ALIAS_SCORE = 0.9  # a curated alias names a broader or nearby skill: sure, but below an exact label (1.0 / 0.97)
SHORT_LABELS = frozenset({"c", "r", "c#", "c++", "go", "ai", "ux", "ui", "qa", "ml", "bi"})
# Learner shorthand that neither ESCO labels nor the offline embedder know, expanded before matching.
SHORTHANDS = {
    "viz": "visualisation", "dataviz": "data visualisation", "vis": "visualisation", "ml": "machine learning",
    "ai": "artificial intelligence", "k8s": "kubernetes", "js": "javascript", "ts": "typescript",
    "stats": "statistics", "db": "database", "dbs": "databases", "nlp": "natural language processing",
    "pm": "project management", "ux": "user experience", "ui": "user interface", "bi": "business intelligence",
    "devops": "devops", "infosec": "information security", "cybersec": "cyber security", "excel": "spreadsheets excel",
}


def expand_shorthand(key: str) -> str:
    """A normalised text with learner shorthand spelled out ('data viz' -> 'data visualisation')."""
    return " ".join(SHORTHANDS.get(tok, tok) for tok in key.split())


@dataclass(frozen=True)
class SkillMatch:
    uri: str
    label: str
    score: float
    via: str | None = None  # the alias term the text used ("Linux"), when the match came through an alias

    @property
    def shown(self) -> str:
        """The label as an answer shows it: 'Linux → operating systems' for an alias match."""
        return f"{self.via} → {self.label}" if self.via else self.label


def _ngrams(tokens: list[str], n_max: int = MAX_NGRAM):
    for n in range(min(n_max, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            yield i, i + n, " ".join(tokens[i : i + n])


def _fragments(text: str, limit: int = 30) -> list[str]:
    """Short phrases of a long text: split at punctuation and list words, at most `limit`."""
    parts = re.split(r"[.;:!?\n\r•|()/]+|,|\s+(?:and|or|y|und|et|e|o|as well as)\s+", text)
    out = []
    for p in parts:
        words = p.split()
        if words and len(words) <= 10 and any(w.lower() not in STOPWORDS for w in words):
            out.append(p.strip())
    return list(dict.fromkeys(out))[:limit]


class SkillMatcher:
    """Matches text to the skills of a taxonomy by their preferred and alternative labels."""

    def __init__(self, taxonomy: Taxonomy, embedder: Embedder | None = None, cache_dir: Path | None = None,
                 aliases: Mapping[str, Alias] | None = None) -> None:
        """`aliases` (normalised term -> Alias) defaults to the alias file of the taxonomy; {} turns them off."""
        self.taxonomy = taxonomy
        self.embedder = embedder or OfflineEmbedder()
        self.aliases: Mapping[str, Alias] = aliases_for(taxonomy) if aliases is None else aliases
        self._labels: list[str] = []
        self._uris: list[str] = []
        self._preferred: list[bool] = []
        self._exact: dict[str, tuple[str, bool]] = {}
        self._by_token: dict[str, list[int]] = {}
        for skill in taxonomy.skills.values():
            for label, pref in [(skill.label, True)] + [(a, False) for a in skill.alt_labels]:
                key = normalise_label(label)
                if not key:
                    continue
                row = len(self._labels)
                self._labels.append(key)
                self._uris.append(skill.uri)
                self._preferred.append(pref)
                if pref or key not in self._exact:
                    self._exact[key] = (skill.uri, pref)
                for tok in set(tokenize(key)):
                    self._by_token.setdefault(tok, []).append(row)
        self._label_tokens = [set(tokenize(k)) for k in self._labels]
        self._skill_uris = list(dict.fromkeys(self._uris))
        code = {u: i for i, u in enumerate(self._skill_uris)}
        self._skill_code = np.array([code[u] for u in self._uris], dtype=np.int64)
        self._row_of_uri = {}  # a label row of each skill, to place exact-label scores
        for row, uri in enumerate(self._uris):
            self._row_of_uri.setdefault(uri, row)
        self._cache_dir = cache_dir
        self._vectors: np.ndarray | None = None

    @classmethod
    def from_settings(cls, settings, embedder: Embedder | None = None) -> SkillMatcher:
        from pathfinder.index.embedders import build_embedder
        from pathfinder.skills.files import load_taxonomy

        return cls(load_taxonomy(settings), embedder or build_embedder(settings), settings.data_dir / "cache")

    # ---------------------------------------------------------------------------------------- dense side

    def taxonomy_hash(self) -> str:
        h = hashlib.sha256()
        for uri, label in zip(self._uris, self._labels):
            h.update(f"{uri}\t{label}\n".encode())
        return h.hexdigest()[:16]

    @property
    def label_vectors(self) -> np.ndarray:
        """Embeddings of every label, computed once and cached under cache_dir by taxonomy hash and embedder."""
        if self._vectors is None:
            path = None
            if self._cache_dir is not None:
                safe = re.sub(r"[^a-zA-Z0-9._-]+", "-", self.embedder.name)
                path = Path(self._cache_dir) / f"skill-labels-{self.taxonomy_hash()}-{safe}.npy"
                if path.exists():
                    try:
                        cached = np.load(path)
                        if cached.shape == (len(self._labels), self.embedder.dim):
                            self._vectors = cached
                            return cached
                    except (OSError, ValueError):
                        pass
            self._vectors = self.embedder.embed(self._labels) if self._labels else np.zeros((0, self.embedder.dim), np.float32)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, self._vectors)
                tmp.replace(path)
        return self._vectors

    # ---------------------------------------------------------------------------------------- scoring

    def _lexical(self, tokens: set[str]) -> dict[int, float]:
        """Dice overlap of content tokens between the text and each label sharing a token."""
        scores: dict[int, float] = {}
        if not tokens:
            return scores
        for tok in tokens:
            for row in self._by_token.get(tok, ()):
                if row not in scores:
                    lt = self._label_tokens[row]
                    scores[row] = 2 * len(lt & tokens) / (len(lt) + len(tokens))
        return scores

    def _score_many(self, texts: Sequence[str], top: int) -> list[list[SkillMatch]]:
        if not self._labels:
            return [[] for _ in texts]
        raw = [normalise_label(t[:MAX_TEXT_CHARS]) for t in texts]
        keys = [expand_shorthand(k) for k in raw]
        cos = self.embedder.embed(keys) @ self.label_vectors.T  # (texts, labels)
        dense = np.clip((cos - DENSE_FLOOR) / (1 - DENSE_FLOOR), 0.0, 1.0)
        out = []
        for i, key in enumerate(keys):
            score = 0.5 * dense[i]
            lexical = self._lexical(set(tokenize(key)))
            if lexical:
                rows = np.fromiter(lexical, dtype=np.int64, count=len(lexical))
                score[rows] += 0.5 * np.fromiter(lexical.values(), dtype=np.float64, count=len(lexical))
            via: dict[str, str] = {}
            for k in dict.fromkeys((raw[i], key)):  # the learner's own term first, then its expansion
                hit = self._exact.get(k)
                if hit:
                    score[self._row_of_uri[hit[0]]] = 1.0 if hit[1] else 0.97
                alias = self._whole_text_alias(texts[i], k)
                if alias:
                    row = self._row_of_uri[alias.uri]
                    if score[row] < ALIAS_SCORE:
                        score[row] = ALIAS_SCORE
                        via[alias.uri] = alias.term
            score = np.minimum(score, 1.0)
            if top == 1:  # the common case of extract(): no per-skill reduction needed
                j = int(np.argmax(score))
                best = np.zeros(len(self._skill_uris))
                best[self._skill_code[j]] = score[j]
                order = [int(self._skill_code[j])]
            else:
                best = np.zeros(len(self._skill_uris))
                np.maximum.at(best, self._skill_code, score)
                order = np.argsort(-best, kind="stable")[:top]
            out.append([SkillMatch(self._skill_uris[j], self.taxonomy.label(self._skill_uris[j]), round(float(best[j]), 4),
                                   via.get(self._skill_uris[j]) if abs(best[j] - ALIAS_SCORE) < 1e-6 else None)
                        for j in order if best[j] > 0])
        return out

    def _whole_text_alias(self, text: str, key: str) -> Alias | None:
        """The alias the whole text is (normalised key, shorthand-expanded or not); exact-case ones as written."""
        hit = find_alias(self.aliases, key)
        if hit is None or (hit[0].exact_case and not written_as(hit[0], folded_tokens(text), hit[1])):
            return None
        return hit[0]

    def match(self, text: str, top: int = 5) -> list[SkillMatch]:
        """The `top` skills a short text names, best first, scores in [0, 1]."""
        if not normalise_label(text or ""):
            return []
        return self._score_many([text], top)[0]

    def match_many(self, texts: Sequence[str], top: int = 5) -> list[list[SkillMatch]]:
        """`match` for many texts in one batch (one embedding call)."""
        live = [i for i, t in enumerate(texts) if normalise_label(t or "")]
        answers = self._score_many([texts[i] for i in live], top) if live else []
        out: list[list[SkillMatch]] = [[] for _ in texts]
        for i, a in zip(live, answers):
            out[i] = a
        return out

    def _mentions(self, text: str) -> dict[str, tuple[float, str | None]]:
        """uri -> (score, alias term or None) for verbatim label and alias mentions, longest mention first.

        A label and an alias of the same length both count; a shorter mention inside a longer one does not."""
        text = text[:MAX_TEXT_CHARS]
        tokens = normalise_label(text).split()
        by_span: dict[tuple[int, int], Alias] = {(a, b): alias for a, b, alias in alias_mentions(text, self.aliases)}
        taken = [False] * len(tokens)
        found: dict[str, tuple[float, str | None]] = {}

        def note(uri: str, score: float, via: str | None) -> None:
            if score > found.get(uri, (0.0, None))[0]:
                found[uri] = (score, via)

        for start, end, gram in _ngrams(tokens):
            if any(taken[start:end]) or gram in STOPWORDS:
                continue
            alias = by_span.get((start, end))
            hit = self._exact.get(gram) if len(gram) >= 3 or gram in SHORT_LABELS else None
            if hit:
                note(hit[0], 1.0 if hit[1] else 0.95, None)
            if alias:
                note(alias.uri, ALIAS_SCORE, alias.term)
            if hit or alias:
                taken[start:end] = [True] * (end - start)
        return found

    def extract(self, text: str, min_score: float = 0.6, top: int = 20) -> list[SkillMatch]:
        """The distinct skills a longer text mentions: verbatim label mentions, then phrases matched densely."""
        text = (text or "")[:MAX_TEXT_CHARS]
        found = self._mentions(text)
        fragments = _fragments(text)
        for matches in self.match_many(fragments, top=1) if fragments else []:
            for m in matches:
                if m.score >= min_score and m.score > found.get(m.uri, (0.0, None))[0]:
                    found[m.uri] = (m.score, m.via)
        ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]
        return [SkillMatch(u, self.taxonomy.label(u), round(s, 4), via) for u, (s, via) in ranked]

    def infer_many(self, credentials: Sequence[Credential]) -> list[Credential]:
        """`infer_skills_many` with this matcher: what re-indexing calls (`index.reindex.SkillInference`)."""
        return infer_skills_many(credentials, self)


def _credential_text(c: Credential) -> str:
    return "\n".join([*c.learning_outcomes[:10], (c.description or "")[:600]])


def infer_skills(credential: Credential, matcher: SkillMatcher, max_skills: int = 6, min_score: float = 0.6) -> Credential:
    """The credential with inferred skills (`inferred=True`, confidence = match score) when it has none."""
    return infer_skills_many([credential], matcher, max_skills, min_score)[0]


def infer_skills_many(credentials: Sequence[Credential], matcher: SkillMatcher, max_skills: int = 6,
                      min_score: float = 0.6) -> list[Credential]:
    """`infer_skills` for a catalogue; entries that already list skills are returned unchanged."""
    out = []
    for c in credentials:
        if c.skills:
            out.append(c)
            continue
        title = {m.uri: m.score for m in matcher.extract(c.title, min_score=min_score)}
        body = {m.uri: m.score * 0.9 for m in matcher.extract(_credential_text(c), min_score=min_score)}
        scores = {u: max(title.get(u, 0.0), body.get(u, 0.0)) for u in title | body}
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:max_skills]
        refs = tuple(SkillRef(uri=u, label=matcher.taxonomy.label(u), inferred=True, confidence=round(s, 2))
                     for u, s in best)
        if refs:
            c = c.model_copy(update={"skills": refs, "derived": tuple(sorted({*c.derived, "skills"}))})
        out.append(c)
    return out
