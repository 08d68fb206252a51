"""Credential tagging with confidence: the ESCO skills a course clearly teaches, or "skills unknown".

For a credential that lists no skills, candidates come from linking (meaning only, `verbatim=False`: no label
or one-word alt label counts just because it appears) of three views of the entry: its title, its title with
subject, learning outcomes and the start of its description, and up to MAX_SPANS sentences of outcomes and
description.
A candidate's confidence is a logistic model of how it ranks and scores in those views, whether the entry's
title or text holds the skill's telling words (`telling_words`), whether it is a language skill under a
subject that is not about languages, and how often the skill was right when proposed on the tune courses
(`skill_prior`); weights and prior are fitted on the hand-labelled tuning courses with
tools/fit_skill_tagging.py, never on the frozen set. Skills at or
above the threshold are kept as `SkillRef(inferred=True, confidence=p)`; an entry with none is marked
"skills unknown" (`SKILLS_UNKNOWN` in `Credential.derived`) so the planner can tell it from a course that
teaches nothing it looks for. An entry with little text of its own (fewer than SHORT_TEXT_WORDS words of
outcomes and description: an upload of titles and one-line summaries) is judged by its title too: a skill its
title names outright (`SkillMatcher.named_in`: its preferred label, a curated alias or a label of two words or
more; never a one-word alternative label) is kept at UNTRAINED_CONFIDENCE when the model, fitted on entries
with full descriptions, scores it lower
(issue 14, session 14: 32 of 50 such uploaded courses had no skill, so no plan used them). See docs/SKILLS.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pathfinder.domain import Credential, SkillRef
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.skills import multilingual
from pathfinder.skills.linking import label_word_counts
from pathfinder.skills.multilingual import E5_CANDIDATES, E5_FEATURES, add_cross_lingual
from pathfinder.skills.skill_prior import SkillPrior, load_prior

if TYPE_CHECKING:
    from pathfinder.skills.matching import SkillMatcher

SKILLS_UNKNOWN = "skills-unknown"  # in Credential.derived: skills were inferred, none confidently enough
# The planner's evidence threshold (domain.MIN_SKILL_CONFIDENCE): every inferred skill kept is one the
# planner uses, and "skills unknown" means the planner has nothing. Held out on the 460 tuning courses
# (tools/fit_skill_tagging.py, session 6, with the e5 candidates and features): leave-one-set-out precision
# 0.935, recall 0.327 on the sets labelled like the frozen one (session 5: 0.931 / 0.304; courses not in
# English 1.0 / 0.117, was 0.875 / 0.068); 5-fold CV 0.917 / 0.324. Frozen-set figures: docs/BENCHMARKS.md.
TAG_THRESHOLD = 0.75
UNTRAINED_CONFIDENCE = 0.8
SHORT_TEXT_WORDS = 30  # below this many words of outcomes and description, the title's own mentions count
DESCRIPTION_NAMES = True  # ... and so do the description's (verbatim, and clause by clause with e5)
MAX_SPANS = 12
WHOLE_CHARS = 400
TOP_TITLE, TOP_WHOLE, TOP_SPAN = 5, 10, 3
# Logistic weights over FEATURES, then the intercept (tools/fit_skill_tagging.py on the tuning sets).
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
    "language_off_subject",
    "label_in_title",
    "label_part_title",
    "label_in_text",
    "skill_prior",
    *E5_FEATURES,  # the second, multilingual encoder (skills/multilingual.py)
)
WEIGHTS = (
    0.494,
    0.509,
    5.422,
    1.641,
    0.467,
    0.458,
    0.759,
    0.254,
    -0.014,
    2.548,
    -3.527,
    -0.041,
    0.199,
    0.488,
    0.798,
    8.903,
    11.128,
    -0.12,
    -0.17,
    1.218,
    1.106,
    -18.827,
)
TELLING_MAX_SKILLS = 300  # a label word in fewer skills' labels than this tells the skill apart ("piano")
EVIDENCE_CHARS = 1500  # how much of the description counts as the entry's text for `label_in_text`
LANGUAGE_SUBJECTS = ("language", "linguist", "communication", "humanities")


LANGUAGE_FORMS = ("", "write ", "understand written ", "understand spoken ", "interact verbally in ")
_taxonomy_cache: dict[tuple[int, str], tuple[object, object]] = {}


def _per_taxonomy(taxonomy, name: str, build):
    """`build(taxonomy)`, computed once per taxonomy object."""
    cached = _taxonomy_cache.get((id(taxonomy), name))
    if cached is None or cached[0] is not taxonomy:
        cached = (taxonomy, build(taxonomy))
        _taxonomy_cache[(id(taxonomy), name)] = cached
    return cached[1]


def language_skills(taxonomy) -> dict[str, str]:
    """Skill URI -> language for ESCO's language skills ("Spanish", "write Spanish", ...), found from the
    labels: a language is a preferred label L for which "write L" is one too."""

    def build(tax) -> dict[str, str]:
        by_label = {normalise_label(s.label): s.uri for s in tax.skills.values()}
        languages = {key for key in by_label if f"write {key}" in by_label}
        return {
            by_label[form + lang]: lang
            for lang in languages
            for form in LANGUAGE_FORMS
            if form + lang in by_label
        }

    return _per_taxonomy(taxonomy, "languages", build)


def telling_words(taxonomy, uri: str) -> frozenset[str]:
    """The words of a skill's preferred label that few skills share (fewer than TELLING_MAX_SKILLS, counted
    over all labels of the taxonomy): "piano" in "play the piano", not "play" or "the"."""
    counts = _per_taxonomy(taxonomy, "word-counts", label_word_counts)
    words = normalise_label(taxonomy.label(uri)).split()
    return frozenset(w for w in words if len(w) > 1 and counts[w] < TELLING_MAX_SKILLS)


def model_fingerprint() -> tuple:
    """Everything the tagging answers depend on besides taxonomy and embedder (for re-index reuse)."""
    return (
        FEATURES,
        WEIGHTS,
        TAG_THRESHOLD,
        MAX_SPANS,
        WHOLE_CHARS,
        TOP_TITLE,
        TOP_WHOLE,
        TOP_SPAN,
        "subject",
        ("short-text", SHORT_TEXT_WORDS, UNTRAINED_CONFIDENCE, DESCRIPTION_NAMES),
        (
            "clauses",
            multilingual.CLAUSE_MIN_COSINE,
            multilingual.CLAUSE_MIN_MARGIN,
            multilingual.CLAUSE_MIN_WORDS,
            multilingual.MAX_CLAUSES,
            multilingual.CLAUSE_BREAK.pattern,
        ),
        TELLING_MAX_SKILLS,
        EVIDENCE_CHARS,
        E5_CANDIDATES,
        LANGUAGE_SUBJECTS,
        load_prior().fingerprint(),
    )


def without_inferred(credential: Credential) -> Credential:
    """The entry as imported, before tagging: inferred skills and the tagging marks ("skills",
    `SKILLS_UNKNOWN`) removed, skills the catalogue listed kept. Tagging it again gives the current answer."""
    listed = tuple(s for s in credential.skills if not s.inferred)
    derived = tuple(d for d in credential.derived if d not in {"skills", SKILLS_UNKNOWN})
    if listed == credential.skills and derived == credential.derived:
        return credential
    return credential.model_copy(update={"skills": listed, "derived": derived})


def skills_unknown(credential: Credential) -> bool:
    """True when skills were inferred for this entry but none reached the confidence threshold."""
    return SKILLS_UNKNOWN in credential.derived


def spans(credential: Credential) -> list[str]:
    """Sentences of the learning outcomes, then of the description, with three words or more."""
    text = "\n".join([*credential.learning_outcomes, credential.description or ""])
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.split()) >= 3][:MAX_SPANS]


def _whole(credential: Credential) -> str:
    """Title, subject (the catalogue's: Udemy's "Musical Instruments"), outcomes, start of description."""
    desc = " ".join((credential.description or "").split())[:WHOLE_CHARS]
    parts = (credential.title, credential.subject or "", " ".join(credential.learning_outcomes), desc)
    return ". ".join(x for x in parts if x)


def candidate_features(
    credentials: Sequence[Credential], matcher: SkillMatcher, prior: SkillPrior | None = None
) -> list[dict[str, list[float]]]:
    """Per credential: skill URI -> feature vector (FEATURES order), from batched linking of its three
    views, the words of the entry and the skill prior (the shipped table unless `prior` is given)."""
    prior = load_prior() if prior is None else prior
    all_spans = [spans(c) for c in credentials]
    flat = [s for ss in all_spans for s in ss]
    titles = matcher.match_many([c.title for c in credentials], top=TOP_TITLE, verbatim=False)
    wholes = matcher.match_many([_whole(c) for c in credentials], top=TOP_WHOLE, verbatim=False)
    span_hits = iter(matcher.match_many(flat, top=TOP_SPAN, verbatim=False) if flat else [])
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
            # the preferred label, or any label of a skill whose preferred label has several words (a specific
            # alt such as "HTML" for "use markup languages"); generic one-word alt labels are never mentions
            if score == 1.0 or " " in matcher.taxonomy.label(uri):
                found.setdefault(uri, {})["title_names_it"] = 1.0
        if matcher.adapter.trained:
            add_cross_lingual(c, _whole(c), found, matcher)
        _add_entry_evidence(c, found, matcher.taxonomy, prior)
        out.append({u: [f.get(name, 0.0) for name in FEATURES] for u, f in found.items()})
    return out


def _add_entry_evidence(
    c: Credential, found: dict[str, dict[str, float]], taxonomy, prior: SkillPrior
) -> None:
    """Features from the entry's own words and the skill prior; language skills whose language the title does
    not name are dropped (a course taught in Spanish does not teach Spanish)."""
    languages = language_skills(taxonomy)
    title_words = set(normalise_label(c.title).split())
    for uri in [u for u in found if u in languages and not set(languages[u].split()) <= title_words]:
        del found[uri]
    subject = (c.subject or "").lower()
    off_subject = bool(subject) and not any(word in subject for word in LANGUAGE_SUBJECTS)
    text = " ".join([*c.learning_outcomes, c.subject or "", (c.description or "")[:EVIDENCE_CHARS]])
    text_words = title_words | set(normalise_label(text).split())
    has_text = float(bool(c.description or c.learning_outcomes))
    for uri, f in found.items():
        words = telling_words(taxonomy, uri)
        f["title_and_whole"] = float("title" in f and "whole" in f)
        f["has_text"] = has_text
        f["language_off_subject"] = float(uri in languages and off_subject)
        f["label_in_title"] = float(bool(words) and words <= title_words)
        f["label_part_title"] = len(words & title_words) / len(words) if words else 0.0
        f["label_in_text"] = float(bool(words) and words <= text_words)
        f["skill_prior"] = prior.log_rate(uri)


def confidence(features: Sequence[float]) -> float:
    z = WEIGHTS[-1] + sum(w * x for w, x in zip(WEIGHTS, features))
    return 1 / (1 + math.exp(-z))


def _untrained_confidence(features: Sequence[float]) -> float:
    """Without a trained adapter (hash or OpenAI embedder) the model's scores mean nothing: only a skill the
    title names (preferred label, multi-word label or curated alias) is tagged, at UNTRAINED_CONFIDENCE."""
    return UNTRAINED_CONFIDENCE if features[FEATURES.index("title_names_it")] else 0.0


def short_text(credential: Credential) -> bool:
    """Whether the entry has too little text of its own (outcomes and description) for the model's text
    views: then the skills its title names count on their own (`title_confidence`)."""
    words = " ".join([*credential.learning_outcomes, credential.description or ""]).split()
    return len(words) < SHORT_TEXT_WORDS


def title_confidence(features: Sequence[float], named: bool, trained: bool = True) -> float:
    """A candidate's confidence: the model's (with a trained adapter), raised to UNTRAINED_CONFIDENCE when
    the title of an entry with short text names the skill outright (`named`); the title rule alone without a
    trained adapter."""
    if not trained:
        return _untrained_confidence(features)
    p = confidence(features)
    return max(p, UNTRAINED_CONFIDENCE) if named else p


def named_skills(credential: Credential, matcher: SkillMatcher) -> frozenset[str]:
    """The skills an entry with short text names outright: its title's (`SkillMatcher.named_in`), and since
    session 15 its outcomes' and description's: verbatim the same way, and, with a trained adapter, clause by
    clause in any language e5 reads (`multilingual.clause_skills`: "Firewall einrichten" names "implement a
    firewall"). Empty for an entry with enough text for the model."""
    if not short_text(credential):
        return frozenset()
    named = set(matcher.named_in(credential.title))
    if DESCRIPTION_NAMES:
        text = "\n".join([*credential.learning_outcomes, credential.description or ""])
        in_text = set(matcher.named_in(text))
        if matcher.adapter.trained:
            in_text |= multilingual.clause_skills(text, matcher).keys()
        named |= in_text - language_skills(matcher.taxonomy).keys()  # "taught in Spanish" teaches no Spanish
    return frozenset(named)


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
        c = credentials[i]
        named = named_skills(c, matcher)
        trained = matcher.adapter.trained
        absent = [0.0] * len(FEATURES)  # a skill named only in the description may be no candidate
        feats = {**{u: absent for u in named}, **feats}
        scored = sorted(
            ((title_confidence(f, u in named, trained), u) for u, f in feats.items()),
            key=lambda pu: (-pu[0], pu[1]),
        )
        refs = tuple(
            SkillRef(uri=u, label=matcher.taxonomy.label(u), inferred=True, confidence=round(p, 2))
            for p, u in scored[:max_skills]
            if p >= threshold
        )
        mark = "skills" if refs else SKILLS_UNKNOWN
        derived = tuple(sorted({*c.derived, mark} - ({SKILLS_UNKNOWN} if refs else set())))
        out[i] = c.model_copy(update={"skills": refs, "derived": derived})
    return out
