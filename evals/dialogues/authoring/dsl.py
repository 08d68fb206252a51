"""The small authoring notation the dialogue set is written in, and its translation to expectation objects.

A dialogue is `D(id, tags, [T(text, intents, **checks), ...], profile=None)`; the language comes from the
module that writes it. `T`'s keyword checks map one-to-one onto the expectation keys documented in
evals/dialogues/README.md (short names here only to keep the source readable).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Intent groups used often (acceptable alternatives, never "whatever the engine says").
EXPLORE = ["explore"]
GOAL = ["set_goal"]
GOAL_OR_PLAN = ["set_goal", "plan", "explore"]
SKILLS = ["state_skills"]
CONS = ["set_constraints"]
CONS_OR_REFINE = ["set_constraints", "refine"]
SEARCH = ["search"]
PLAN = ["plan"]
REFINE = ["refine"]
SELECT = ["select", "explain"]
EXPLAIN = ["explain"]
REQ = ["requirements", "explain"]
COMPARE = ["compare"]
WHY = ["why", "explain"]
SKIP = ["skip_step"]
APPLY = ["apply_suggestion"]
SMALL = ["smalltalk"]
OOS = ["out_of_scope"]

# Taxonomy occupations (corpus/taxonomy/occupations.csv): label fragments and URI fragments accepted.
OCC = {
    "data_analyst": ["data analyst", "d3edb8f8", "data scientist", "258e46f9"],
    "data_scientist": ["data scientist", "258e46f9", "data analyst", "d3edb8f8"],
    "cyber": ["security", "cyber", "hacker", "forensic", "penetration"],
    "cloud": ["cloud", "349ee6f6"],
    "cloudsec": ["cloud", "349ee6f6", "security"],
    "ml": [
        "machine learning",
        "intelligent system",
        "35553663",
        "data scientist",
        "258e46f9",
        "computer vision",
        "1c5a45b9",
        "artificial intelligence",
        "ai ",
    ],
    "ai": [
        "artificial intelligence",
        "intelligent system",
        "35553663",
        "machine learning",
        "data scientist",
        "258e46f9",
        "knowledge engineer",
        "812c217d",
        "computer vision",
        "1c5a45b9",
        "ai ",  # "AI" as a label, followed by the space before the URI; not "trainer" or "maintenance"
    ],
    "hpc": [
        "high-performance",
        "high performance",
        "hpc",
        "parallel",
        "supercomput",
        "computer scientist",
        "e3229e40",
        "ict system developer",
        "a7c1d23d",
    ],
    "ainet": ["network", "e0b544dd", "cf2b03cd", "81480b40"],
    "network": ["network", "e0b544dd", "cf2b03cd", "81480b40"],
    "dgov": [
        "data protection",
        "1619d7f3",
        "data quality",
        "7086d0ca",
        "chief data officer",
        "e297ec12",
        "governance",
        "privacy",
        "gdpr",
    ],
    "dpo": ["data protection", "1619d7f3", "privacy", "gdpr"],
    "dlit_teacher": ["digital literacy", "4588cd69", "ict trainer", "9e657046"],
    "microcred": [
        "instructional design",
        "a9c30651",
        "e-learning",
        "a6517365",
        "ec5b72d1",
        "micro-credential",
        "learning design",
    ],
    "elearning": ["e-learning", "a6517365", "ec5b72d1", "instructional design", "a9c30651"],
    "web": ["web developer", "c40a2919", "web"],
    "software": ["software developer", "f2b15a0e", "software", "programmer", "developer"],
    "dba": ["database administrator", "8c57af09", "database"],
    "sysadmin": ["system administrator", "9e2e6e1e", "sysadmin", "ict system administrator"],
    "netadmin": ["network administrator", "81480b40", "9e2e6e1e", "network"],
    "dwh": ["data warehouse", "1562c7a3", "data analyst", "d3edb8f8", "data engineer", "258e46f9"],
    "de": ["data engineer", "data scientist", "258e46f9", "data warehouse", "1562c7a3"],
    "health_data": ["data", "health"],
    "ict_teacher": ["ict teacher", "0d595b87", "computing teacher", "teacher"],
    "tester": ["tester", "106f79e4", "testing"],
    "helpdesk": ["help desk", "helpdesk", "support", "technician"],
    "cv": ["computer vision", "1c5a45b9"],
    "ux": ["ux", "user experience", "user research", "designer"],
}


@dataclass
class T:
    text: str
    intents: list[str]
    checks: dict[str, Any] = field(default_factory=dict)

    def __init__(self, text: str, intents: list[str], **checks: Any) -> None:
        self.text, self.intents, self.checks = text, list(intents), checks


@dataclass
class D:
    id: str
    tags: list[str]
    turns: list[T]
    profile: dict | None = None
    split: str | None = None  # set only for a batch written for one split (v6: "tune"); kept splits still win


_PROFILE_KEYS = {
    "goal": "goal_any",
    "goal_not": "goal_not",
    "role": "role_any",
    "role_not": "role_not",
    "no_role": "role_unset",
    "held_not": "held_exclude",
    "no_study_langs": "study_languages_unset",
    "hours": "hours_per_week",
    "budget": "budget",
    "deadline": "deadline",
    "no_deadline": "deadline_unset",
    "langs": "languages_include",
    "study_lang": "study_languages_any",
    "part": "participation_only",
    "held": "held_include",
    "held_prev_step": "held_prev_step",
    "not_rejected": "not_rejected",
    "skills": "skills_any",
    "skills_not": "skills_exclude",
    "skills_all": "skills_all",
    "levels": "skills_level",
    "max_eqf": "max_eqf_at_most",
    "no_goal": "goal_unset",
    "no_max_eqf": "max_eqf_unset",
    "min_eqf": "min_eqf_at_least",
    "study_langs": "study_languages_all",
    "no_part": "participation_unset",
    "no_study_lang": "study_languages_unset",
}
_CITATION_KEYS = {
    "cite_min": "min",
    "cite_any": "include_any",
    "cite_none": "exclude",
    "lead_langs": "first_languages_within",
    "cite_prev_step": "include_prev_step",
    "lead_eqf": "first_eqf_within",
    "cite_first": "first_any",
    "cite_prev_nth": "first_prev_cited",
    "cite_excl_prev_nth": "exclude_prev_cited",
    "cite_lead": "first_among",  # (want, among): the first cited of `among` is one of `want` (loose24)
    "cite_shown": "first_shown_within",  # n: the first cited is one the previous n replies cited (conv26)
    "cite_least": "least_of_shown",  # "hours"/"cost": the first cited is the previous reply's least (c28)
}
_PATHWAY_KEYS = {
    "plan": "present",
    "plan_excl": "exclude",
    "plan_incl": "include_any",
    "plan_langs": "languages_within",
    "plan_part": "participation_within",
    "plan_hours": "max_weekly_hours",
    "cheaper": "cost_le_prev",
    "faster": "faster_than_prev",
    "plan_excl_prev_step": "exclude_prev_step",
    "plan_cost": "max_cost",
    "plan_eqf": "max_eqf",
    "plan_strategy": "strategy_any",
}


def expectation(turn: T, lang: str) -> dict:
    """One turn's expectation object (the JSONL shape)."""
    out: dict[str, Any] = {"intent_any": list(dict.fromkeys(turn.intents)), "reply_language": lang}
    profile: dict[str, Any] = {}
    citations: dict[str, Any] = {}
    pathway: dict[str, Any] = {}
    for key, value in turn.checks.items():
        if key in _PROFILE_KEYS:
            profile[_PROFILE_KEYS[key]] = _profile_value(key, value)
        elif key == "cite_lead":
            want, among = value
            citations["first_among"] = {"want": list(want), "among": list(among)}
        elif key in _CITATION_KEYS:
            citations[_CITATION_KEYS[key]] = value
        elif key in _PATHWAY_KEYS:
            pathway[_PATHWAY_KEYS[key]] = _pathway_value(key, value)
        elif key == "dead_ok":
            out["not_dead_end"] = not value
        elif key == "reply_excl":
            out["reply_excludes"] = list(value)
        elif key == "reply_any":
            out["reply_includes_any"] = list(value)
        elif key == "prev_total":  # "hours" or "cost": the previous plan's total stated (search20)
            out["reply_has_prev_total"] = value
        elif key == "any_lang":
            out["reply_language"] = None
        else:
            raise ValueError(f"unknown check {key!r} in turn {turn.text!r}")
    if profile:
        out["profile"] = profile
    if citations:
        out["citations"] = citations
    if pathway:
        out["pathway"] = pathway
    out.setdefault("not_dead_end", True)
    return out


def dialogue_line(d: D, lang: str, split: str) -> dict:
    """One line of `dialogues.jsonl` for dialogue `d`: the one place its shape is written (`build.py` and the
    unseen-variant sets under `../unseen/`)."""
    line: dict[str, Any] = {
        "id": d.id,
        "lang": lang,
        "split": split,
        "tags": d.tags,
        "turns": [t.text for t in d.turns],
    }
    if d.profile is not None:
        line["profile"] = d.profile
    line["expect"] = [expectation(t, lang) for t in d.turns]
    return line


def write_lines(path: Path, lines: Iterable[dict]) -> None:
    """`lines` as JSON Lines (UTF-8, non-ASCII kept)."""
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")


def _profile_value(key: str, value: Any) -> Any:
    if key in ("goal", "role", "goal_not") and isinstance(value, str):
        return OCC.get(value, [value])
    if key == "budget":
        amount, currency = value
        return {"amount": amount, "currency": currency}
    if key == "deadline":
        start, end = value
        return {"from": start, "to": end}
    if key == "hours":  # a number (±15 %) or (value, tolerance) for a stated range
        value, tolerance = value if isinstance(value, tuple) else (value, 0.15)
        return {"value": value, "tolerance": tolerance}
    return value


def _pathway_value(key: str, value: Any) -> Any:
    if key == "plan_cost":
        amount, currency = value
        return {"amount": amount, "currency": currency}
    return value
