"""Credential tagging with confidence: the ESCO skills a course clearly teaches, or "skills unknown".

For a credential that lists no skills, candidates come from linking (meaning only, `verbatim=False`: no label
or one-word alt label counts just because it appears) of three views of the entry: its title, its title with
learning outcomes and the start of its description, and up to MAX_SPANS sentences of outcomes and description.
A candidate's confidence is a logistic model of how it ranks and scores in those views (weights fitted on
the hand-labelled tune courses with tools/fit_skill_tagging.py, never on the frozen ones). Skills at or
above the threshold are kept as `SkillRef(inferred=True, confidence=p)`; an entry with none is marked
"skills unknown" (`SKILLS_UNKNOWN` in `Credential.derived`) so the planner can tell it from a course that
teaches nothing it looks for. See docs/SKILLS.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pathfinder.domain import Credential, SkillRef
from pathfinder.domain.taxonomy import normalise_label

if TYPE_CHECKING:
    from pathfinder.skills.matching import SkillMatcher

SKILLS_UNKNOWN = "skills-unknown"  # in Credential.derived: skills were inferred, none confidently enough
TAG_THRESHOLD = (
    0.6  # tune courses: precision 0.97 in-sample, 0.93 / 1.0 two-fold (tools/fit_skill_tagging.py)
)
UNTRAINED_CONFIDENCE = 0.8
MAX_SPANS = 12
WHOLE_CHARS = 400
TOP_TITLE, TOP_WHOLE, TOP_SPAN = 5, 10, 3
# Logistic weights over FEATURES, then the intercept (tools/fit_skill_tagging.py on
# evals/skill_tagging_tune.jsonl).
FEATURES = (
    "title",
    "title_first",
    "title_margin",
    "whole",
    "whole_first",
    "span",
    "spans",
    "title_and_whole",
    "has_text",
    "title_names_it",
)
WEIGHTS = (0.966, 0.965, 0.297, 1.782, 1.366, 0.28, 0.913, 0.773, 0.425, 3.123, -4.496)


LANGUAGE_FORMS = ("", "write ", "understand written ", "understand spoken ", "interact verbally in ")
_language_cache: dict[int, tuple[object, dict[str, str]]] = {}


def language_skills(taxonomy) -> dict[str, str]:
    """Skill URI -> language for ESCO's language skills ("Spanish", "write Spanish", ...), found from the
    labels: a language is a preferred label L for which "write L" is one too."""
    cached = _language_cache.get(id(taxonomy))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    by_label = {normalise_label(s.label): s.uri for s in taxonomy.skills.values()}
    languages = {key for key in by_label if f"write {key}" in by_label}
    found = {
        by_label[form + lang]: lang
        for lang in languages
        for form in LANGUAGE_FORMS
        if form + lang in by_label
    }
    _language_cache[id(taxonomy)] = (taxonomy, found)
    return found


def skills_unknown(credential: Credential) -> bool:
    """True when skills were inferred for this entry but none reached the confidence threshold."""
    return SKILLS_UNKNOWN in credential.derived


def spans(credential: Credential) -> list[str]:
    """Sentences of the learning outcomes, then of the description, with three words or more."""
    text = "\n".join([*credential.learning_outcomes, credential.description or ""])
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.split()) >= 3][:MAX_SPANS]


def _whole(credential: Credential) -> str:
    desc = " ".join((credential.description or "").split())[:WHOLE_CHARS]
    return ". ".join(x for x in (credential.title, " ".join(credential.learning_outcomes), desc) if x)


def candidate_features(
    credentials: Sequence[Credential], matcher: SkillMatcher
) -> list[dict[str, list[float]]]:
    """Per credential: skill URI -> feature vector (FEATURES order), from batched linking of its three
    views."""
    all_spans = [spans(c) for c in credentials]
    flat = [s for ss in all_spans for s in ss]
    titles = matcher.match_many([c.title for c in credentials], top=TOP_TITLE, verbatim=False)
    wholes = matcher.match_many([_whole(c) for c in credentials], top=TOP_WHOLE, verbatim=False)
    span_hits = iter(matcher.match_many(flat, top=TOP_SPAN, verbatim=False) if flat else [])
    languages = language_skills(matcher.taxonomy)
    out = []
    for c, title, whole, own in zip(credentials, titles, wholes, all_spans):
        found: dict[str, dict[str, float]] = {}
        for rank, m in enumerate(title):
            found.setdefault(m.uri, {}).update(title=m.score, title_first=float(rank == 0))
        if title:
            second = title[1].score if len(title) > 1 else 0.0
            found[title[0].uri]["title_margin"] = title[0].score - second
        for rank, m in enumerate(whole):
            found.setdefault(m.uri, {}).update(whole=m.score, whole_first=float(rank == 0))
        for _ in own:
            for m in next(span_hits):
                f = found.setdefault(m.uri, {})
                f["span"] = max(f.get("span", 0.0), m.score)
                f["spans"] = min(f.get("spans", 0.0) + 1 / 3, 1.0)
        for uri, score in matcher.exact_mentions(c.title).items():
            if score == 1.0 or " " in matcher.taxonomy.label(uri):  # the preferred label, or a multi-word alt
                found.setdefault(uri, {})["title_names_it"] = 1.0
        title_words = set(normalise_label(c.title).split())
        for uri in [u for u in found if u in languages and not set(languages[u].split()) <= title_words]:
            del found[
                uri
            ]  # a course taught in Spanish does not teach Spanish: the language must be in the title
        has_text = float(bool(c.description or c.learning_outcomes))
        for f in found.values():
            f["title_and_whole"] = float("title" in f and "whole" in f)
            f["has_text"] = has_text
        out.append({u: [f.get(name, 0.0) for name in FEATURES] for u, f in found.items()})
    return out


def confidence(features: Sequence[float]) -> float:
    z = WEIGHTS[-1] + sum(w * x for w, x in zip(WEIGHTS, features))
    return 1 / (1 + math.exp(-z))


def _untrained_confidence(features: Sequence[float]) -> float:
    """Without a trained adapter (hash or OpenAI embedder) the model's scores mean nothing: only a skill the
    title names (preferred label, multi-word label or curated alias) is tagged, at UNTRAINED_CONFIDENCE."""
    return UNTRAINED_CONFIDENCE if features[FEATURES.index("title_names_it")] else 0.0


def tag_many(
    credentials: Sequence[Credential],
    matcher: SkillMatcher,
    max_skills: int = 6,
    threshold: float = TAG_THRESHOLD,
) -> list[Credential]:
    """Credentials without skills get the confident ones (or the skills-unknown mark); others are
    unchanged."""
    todo = [i for i, c in enumerate(credentials) if not c.skills]
    out = list(credentials)
    for i, feats in zip(todo, candidate_features([credentials[i] for i in todo], matcher) if todo else []):
        score = confidence if matcher.adapter.trained else _untrained_confidence
        scored = sorted(((score(f), u) for u, f in feats.items()), key=lambda pu: (-pu[0], pu[1]))
        refs = tuple(
            SkillRef(uri=u, label=matcher.taxonomy.label(u), inferred=True, confidence=round(p, 2))
            for p, u in scored[:max_skills]
            if p >= threshold
        )
        c = credentials[i]
        mark = "skills" if refs else SKILLS_UNKNOWN
        derived = tuple(sorted({*c.derived, mark} - ({SKILLS_UNKNOWN} if refs else set())))
        out[i] = c.model_copy(update={"skills": refs, "derived": derived})
    return out
