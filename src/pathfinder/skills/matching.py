"""Free text to taxonomy skills (labels and alt labels, lexical + dense), and skill inference for credentials.

`SkillMatcher.match` answers a short phrase ("data viz"); `.extract` finds every skill a longer text states
(a CV, a job advert), each with its evidence; `infer_skills` gives credentials that come without skills (the
edX courses) the confident ones, or marks them "skills unknown" (skills/tagging.py). Dense scores go through
the trained query adapter and skip generic one-word alt labels (skills/linking.py, docs/SKILLS.md). Label
embeddings are computed once per taxonomy and embedder and cached on disk (13.9k ESCO skills take seconds).
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

from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.index.embedders import Embedder, OfflineEmbedder
from pathfinder.index.lexical import STOPWORDS, tokenize
from pathfinder.runtime import one_blas_thread
from pathfinder.skills import implied
from pathfinder.skills.aliases import (
    Alias,
    alias_mentions,
    aliases_for,
    find_alias,
    folded_tokens,
    written_as,
)
from pathfinder.skills.linking import (
    ALT_PENALTY,
    TRAINED_DENSE_WEIGHT,
    TRAINED_FLOOR,
    QueryAdapter,
    generic_labels,
)
from pathfinder.skills.tagging import TAG_THRESHOLD, tag_many

MAX_TEXT_CHARS = 20_000
MAX_NGRAM = 6
FRAGMENT_WORDS = 10  # longer phrases are linked as overlapping windows of this many words
SCORE_CHUNK = 32  # texts scored together
DENSE_FLOOR = 0.35  # cosines below this carry no evidence with the offline embedder
EXTRACT_MIN_SCORE = 0.4  # a phrase names a skill from this score (trained adapter; tuned on TECH/HOUSE)
UNTRAINED_EXTRACT_MIN_SCORE = 0.6  # the same with an embedder that has no adapter (hash, OpenAI)
MAX_COMPUTED = 0.96  # the most dense + lexical evidence can score
ALIAS_SCORE = (
    0.9  # a curated alias names a broader or nearby skill: sure, but below an exact label (1.0 / 0.97)
)
SHORT_LABELS = frozenset({"c", "r", "c#", "c++", "go", "ai", "ux", "ui", "qa", "ml", "bi"})
# Learner shorthand that neither ESCO labels nor the offline embedder know, expanded before matching.
SHORTHANDS = {
    "viz": "visualisation",
    "dataviz": "data visualisation",
    "vis": "visualisation",
    "ml": "machine learning",
    "ai": "artificial intelligence",
    "k8s": "kubernetes",
    "js": "javascript",
    "ts": "typescript",
    "stats": "statistics",
    "db": "database",
    "dbs": "databases",
    "nlp": "natural language processing",
    "pm": "project management",
    "ux": "user experience",
    "ui": "user interface",
    "bi": "business intelligence",
    "devops": "devops",
    "infosec": "information security",
    "cybersec": "cyber security",
    "excel": "spreadsheets excel",
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
    evidence: str | None = None  # from `extract`: the part of the text that states the skill

    @property
    def shown(self) -> str:
        """The label as an answer shows it: 'Linux → operating systems' for an alias match."""
        return f"{self.via} → {self.label}" if self.via else self.label


def _ngrams(tokens: list[str], n_max: int = MAX_NGRAM):
    for n in range(min(n_max, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            yield i, i + n, " ".join(tokens[i : i + n])


def _fragments(text: str, limit: int | None = None) -> list[str]:
    """Short phrases of a long text: split at punctuation and list words (all of them unless `limit`)."""
    parts = re.split(r"[.;:!?\n\r•|()/]+|,|\s+(?:and|or|y|und|et|e|o|as well as)\s+", text)
    out = []
    for p in parts:
        words = p.split()
        if len(words) > FRAGMENT_WORDS:  # a long clause becomes overlapping windows, not dropped
            step = FRAGMENT_WORDS // 2
            windows = [words[i : i + FRAGMENT_WORDS] for i in range(0, len(words) - step, step)]
        else:
            windows = [words]
        out += [" ".join(w) for w in windows if w and any(x.lower() not in STOPWORDS for x in w)]
    return list(dict.fromkeys(out))[:limit]


class SkillMatcher:
    """Matches text to the skills of a taxonomy by their preferred and alternative labels."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        embedder: Embedder | None = None,
        cache_dir: Path | None = None,
        aliases: Mapping[str, Alias] | None = None,
    ) -> None:
        """`aliases` (normalised term -> Alias) defaults to the alias file of the taxonomy; {} turns them
        off."""
        self.taxonomy = taxonomy
        self.embedder = embedder or OfflineEmbedder()
        self.aliases: Mapping[str, Alias] = aliases_for(taxonomy) if aliases is None else aliases
        self._labels: list[str] = []
        self._uris: list[str] = []
        self._preferred: list[bool] = []
        self._exact: dict[str, tuple[str, bool]] = {}
        self.generic = generic_labels(taxonomy)  # one-word alt labels that are common words: never evidence
        self.adapter = QueryAdapter.for_embedder(self.embedder.name, self.embedder.dim)
        for skill in taxonomy.skills.values():
            for label, pref in [(skill.label, True)] + [(a, False) for a in skill.alt_labels]:
                key = normalise_label(label)
                if not key or (not pref and key in self.generic):
                    continue
                row = len(self._labels)
                self._labels.append(key)
                self._uris.append(skill.uri)
                self._preferred.append(pref)
                if pref or key not in self._exact:
                    self._exact[key] = (skill.uri, pref)
        self._label_tokens = [set(tokenize(k)) for k in self._labels]
        self._token_matrix = None  # (tokens, labels) incidence, built on first use by _lexical
        self._alt: np.ndarray | None = None
        self._offset: np.ndarray | None = None
        self._skill_uris = list(dict.fromkeys(self._uris))
        code = {u: i for i, u in enumerate(self._skill_uris)}
        self._skill_code = np.array([code[u] for u in self._uris], dtype=np.int64)
        # labels are added skill by skill, so each skill's rows are one run starting here (for reduceat)
        self._skill_starts = np.r_[0, np.flatnonzero(np.diff(self._skill_code)) + 1].astype(np.int64)
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

    @property
    def cache_dir(self) -> Path | None:
        """Where label vectors are cached (None: not cached)."""
        return Path(self._cache_dir) if self._cache_dir is not None else None

    def taxonomy_hash(self) -> str:
        h = hashlib.sha256()
        for uri, label in zip(self._uris, self._labels):
            h.update(f"{uri}\t{label}\n".encode())
        return h.hexdigest()[:16]

    def inference_key(self) -> str:
        """What `infer_many`'s answers depend on: taxonomy, embedder, the tagging model (weights,
        threshold, views, adapter) and the curated aliases (an upload's text names skills through them).
        Re-indexing reuses earlier answers only under the same key, so a new model or alias list re-tags."""
        from pathfinder.skills import tagging

        h = hashlib.sha256(repr(tagging.model_fingerprint()).encode())
        h.update(repr(sorted((k, a.uri, a.exact_case) for k, a in self.aliases.items())).encode())
        h.update(implied.RULE_VERSION.encode())  # the broader knowledge an entry course teaches
        if self.adapter.matrix is not None:
            h.update(self.adapter.matrix.tobytes())
        return f"{self.taxonomy_hash()}:{self.embedder.name}:{h.hexdigest()[:12]}"

    @property
    def label_vectors(self) -> np.ndarray:
        """Embeddings of every label, computed once and cached under cache_dir by taxonomy hash and
        embedder."""
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
            self._vectors = (
                self.embedder.embed(self._labels)
                if self._labels
                else np.zeros((0, self.embedder.dim), np.float32)
            )
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, self._vectors)
                tmp.replace(path)
        return self._vectors

    # ---------------------------------------------------------------------------------------- scoring

    def _lexical(self, keys: Sequence[str]):
        """(texts, labels) sparse Dice overlap of content tokens between each text and each label."""
        from scipy.sparse import csr_matrix

        if self._token_matrix is None:
            vocab: dict[str, int] = {}
            rows, cols = [], []
            for row, toks in enumerate(self._label_tokens):
                for tok in toks:
                    rows.append(row)
                    cols.append(vocab.setdefault(tok, len(vocab)))
            self._vocab = vocab
            self._token_matrix = csr_matrix(
                (np.ones(len(rows), np.float32), (rows, cols)), shape=(len(self._label_tokens), len(vocab))
            ).T.tocsr()
            self._label_sizes = np.array([len(t) for t in self._label_tokens], dtype=np.float32)
        text_tokens = [{self._vocab[t] for t in tokenize(k) if t in self._vocab} for k in keys]
        sizes = np.array([len(set(tokenize(k))) for k in keys], dtype=np.float32)
        rows = [i for i, cols in enumerate(text_tokens) for _ in cols]
        cols = [c for cols in text_tokens for c in cols]
        x = csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(keys), len(self._vocab)))
        overlap = (x @ self._token_matrix).tocoo()  # (texts, labels): shared content tokens
        dice = 2 * overlap.data / (self._label_sizes[overlap.col] + sizes[overlap.row])
        return csr_matrix((dice.astype(np.float32), (overlap.row, overlap.col)), shape=overlap.shape)

    def _score_many(self, texts: Sequence[str], top: int, verbatim: bool = True) -> list[list[SkillMatch]]:
        if not self._labels:
            return [[] for _ in texts]
        out: list[list[SkillMatch]] = []
        for at in range(0, len(texts), SCORE_CHUNK):  # bounds the (texts, labels) matrices to a few MB each
            out.extend(self._score_chunk(texts[at : at + SCORE_CHUNK], top, verbatim))
        return out

    def _score_chunk(self, texts: Sequence[str], top: int, verbatim: bool) -> list[list[SkillMatch]]:
        """Per label: w * dense + (1 - w) * lexical, exact labels and aliases of the whole text on top;
        per skill: the best of its labels."""
        raw = [normalise_label(t[:MAX_TEXT_CHARS]) for t in texts]
        keys = [expand_shorthand(k) for k in raw]
        vectors = self.label_vectors
        with one_blas_thread():
            score = self.query_vectors(keys) @ vectors.T  # (texts, labels)
        floor, weight = DENSE_FLOOR, 0.5
        if self.adapter.trained:  # an alt label is weaker evidence than the preferred one
            score -= self._alt_offset
            floor, weight = TRAINED_FLOOR, TRAINED_DENSE_WEIGHT
        score -= floor
        score *= weight / (1 - floor)
        np.clip(score, 0.0, weight, out=score)
        lexical = self._lexical(keys)
        score += (1 - weight) * lexical.toarray()
        np.minimum(score, MAX_COMPUTED, out=score)  # 1.0 / 0.97 are kept for a text that is a label
        vias: list[dict[str, str]] = []
        for i, key in enumerate(keys):
            via: dict[str, str] = {}
            for k in (
                dict.fromkeys((raw[i], key)) if verbatim else ()
            ):  # the learner's own term, then expanded
                hit = self._exact.get(k)
                if hit:
                    score[i, self._row_of_uri[hit[0]]] = 1.0 if hit[1] else 0.97
                alias = self._whole_text_alias(texts[i], k)
                if alias:
                    row = self._row_of_uri[alias.uri]
                    if score[i, row] < ALIAS_SCORE:
                        score[i, row] = ALIAS_SCORE
                        via[alias.uri] = alias.term
            vias.append(via)
        best = np.maximum.reduceat(score, self._skill_starts, axis=1)  # (texts, skills)
        out = []
        for i, via in enumerate(vias):
            row = best[i]
            k = min(top, len(row))
            order = np.argpartition(-row, k - 1)[:k] if k < len(row) else np.arange(len(row))
            order = sorted(order, key=lambda j: (-row[j], j))
            out.append(
                [
                    SkillMatch(
                        self._skill_uris[j],
                        self.taxonomy.label(self._skill_uris[j]),
                        round(float(row[j]), 4),
                        via.get(self._skill_uris[j]) if abs(row[j] - ALIAS_SCORE) < 1e-6 else None,
                    )
                    for j in order
                    if row[j] > 0
                ]
            )
        return out

    def query_vectors(self, keys: Sequence[str]) -> np.ndarray:
        """Embeddings of normalised texts, mapped by the trained adapter into the label space (if any)."""
        return self.adapter(self.embedder.embed(list(keys)))

    @property
    def _alt_offset(self) -> np.ndarray:
        """ALT_PENALTY on alt-label rows, 0 on preferred ones (float32, computed once)."""
        if self._offset is None:
            self._offset = (ALT_PENALTY * self._alt_rows).astype(np.float32)
        return self._offset

    @property
    def _alt_rows(self) -> np.ndarray:
        if self._alt is None:
            self._alt = ~np.asarray(self._preferred, dtype=bool)
        return self._alt

    def _whole_text_alias(self, text: str, key: str) -> Alias | None:
        """The alias the whole text is (normalised key, shorthand-expanded or not); exact-case ones as
        written."""
        hit = find_alias(self.aliases, key)
        if hit is None or (hit[0].exact_case and not written_as(hit[0], folded_tokens(text), hit[1])):
            return None
        return hit[0]

    def match(self, text: str, top: int = 5) -> list[SkillMatch]:
        """The `top` skills a short text names, best first, scores in [0, 1]."""
        if not normalise_label(text or ""):
            return []
        return self._score_many([text], top)[0]

    def match_many(self, texts: Sequence[str], top: int = 5, verbatim: bool = True) -> list[list[SkillMatch]]:
        """`match` for many texts in one batch (one embedding call). `verbatim=False` leaves out the scores a
        whole text gets for being a label or an alias (credential tagging: meaning only, no one-word
        label)."""
        live = [i for i, t in enumerate(texts) if normalise_label(t or "")]
        answers = self._score_many([texts[i] for i in live], top, verbatim) if live else []
        out: list[list[SkillMatch]] = [[] for _ in texts]
        for i, a in zip(live, answers):
            out[i] = a
        return out

    def exact_mentions(self, text: str) -> dict[str, float]:
        """Skills whose label occurs verbatim (normalised) in the text; longer mentions hide the ones inside
        them."""
        return {uri: score for uri, (score, *_) in self._mentions(text).items()}

    def named_in(self, text: str) -> frozenset[str]:
        """Skills the text names outright: its preferred label, a curated alias, or a label of two words or
        more; never a one-word alternative label, which is often an ordinary word ("Scratch" in "from
        scratch")."""
        curated = {alias.uri for _, _, alias in alias_mentions(text[:MAX_TEXT_CHARS], self.aliases)}
        return frozenset(
            uri
            for uri, (score, via, words) in self._mentions(text).items()
            if score == 1.0 or via is not None or uri in curated or len(words.split()) > 1
        )

    def _mentions(self, text: str) -> dict[str, tuple[float, str | None, str]]:
        """uri -> (score, alias term or None, the words) for verbatim label and alias mentions, longest first.

        A label and an alias of the same length both count; a shorter mention inside a longer one does not."""
        text = text[:MAX_TEXT_CHARS]
        tokens = normalise_label(text).split()
        cased = folded_tokens(text)  # the same words as written (case kept): the evidence shown
        if len(cased) != len(tokens):
            cased = tokens
        by_span: dict[tuple[int, int], Alias] = {
            (a, b): alias for a, b, alias in alias_mentions(text, self.aliases)
        }
        taken = [False] * len(tokens)
        found: dict[str, tuple[float, str | None, str]] = {}

        def note(uri: str, score: float, via: str | None) -> None:
            if score > found.get(uri, (0.0, None, ""))[0]:
                found[uri] = (score, via, " ".join(cased[start:end]))

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

    def extract(self, text: str, min_score: float | None = None, top: int | None = None) -> list[SkillMatch]:
        """Every distinct skill a longer text (a CV, an advert) states, best first, each with its `evidence`:
        verbatim label and alias mentions, then each phrase of the whole text linked on meaning (kept from
        `min_score`, EXTRACT_MIN_SCORE with the trained adapter). `top` cuts the list (default: no cut)."""
        if min_score is None:
            min_score = EXTRACT_MIN_SCORE if self.adapter.trained else UNTRAINED_EXTRACT_MIN_SCORE
        text = (text or "")[:MAX_TEXT_CHARS]
        found = {
            u: (score, via, " ".join(words.split()))
            for u, (score, via, words) in self._mentions(text).items()
        }
        fragments = _fragments(text)
        for fragment, matches in zip(fragments, self.match_many(fragments, top=1) if fragments else []):
            for m in matches:
                if m.score >= min_score and m.score > found.get(m.uri, (0.0, None, ""))[0]:
                    found[m.uri] = (m.score, m.via, fragment)
        ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]
        return [
            SkillMatch(u, self.taxonomy.label(u), round(s, 4), via, evidence)
            for u, (s, via, evidence) in ranked
        ]

    def infer_many(self, credentials: Sequence[Credential]) -> list[Credential]:
        """`infer_skills_many` with this matcher: what re-indexing calls (`index.reindex.SkillInference`)."""
        return infer_skills_many(credentials, self)


def infer_skills(
    credential: Credential, matcher: SkillMatcher, max_skills: int = 6, min_score: float = TAG_THRESHOLD
) -> Credential:
    """The credential with inferred skills (`inferred=True`, confidence in [0, 1]) when it has none."""
    return infer_skills_many([credential], matcher, max_skills, min_score)[0]


def infer_skills_many(
    credentials: Sequence[Credential],
    matcher: SkillMatcher,
    max_skills: int = 6,
    min_score: float = TAG_THRESHOLD,
) -> list[Credential]:
    """`infer_skills` for a catalogue (skills/tagging.py): entries that already list skills are unchanged; one
    with no skill confident enough (`min_score`) is marked "skills unknown" (`skills_unknown(c)`). An entry
    course's inferred knowledge brings its broader knowledge (`implied.with_broader_knowledge`: SQL -> query
    languages)."""
    tagged = tag_many(credentials, matcher, max_skills, min_score)
    inferred_ids = {c.id for c in credentials if not c.skills}
    return implied.with_broader_knowledge(tagged, matcher.taxonomy, inferred_ids)
