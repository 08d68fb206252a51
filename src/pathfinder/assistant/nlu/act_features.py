"""What the act decision sees of one turn, as a record and as a fixed feature vector: the classifier's scores,
the rule parse's first reading, the slots found (a named credential, a catalogue topic, a job, limits,
ordinals, skills, goal and role clauses, a done cue, a question mark, the language) and the
conversation so far (a goal known, what the last answer showed, its act, the turn's index).

`record(...)` is what the dataset builder (`evals/nlu/act_dataset.py`) stores per turn and what the responder
builds at run time; `vector(record)` turns it into numbers for the contextual act model (`act_model`). One
place for both, so training and serving read a turn the same way. Pure."""

from __future__ import annotations

from typing import Any, get_args

import numpy as np

from pathfinder.assistant.intents import Parsed
from pathfinder.domain.dialogue import DialogueState, Intent

ACTS = tuple(a for a in get_args(Intent) if a != "llm")  # the acts a message can have (not the LLM's)
LANGS = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn")
SHOWN = ("none", "list", "plan", "suggestions", "entry")
FLAGS = (
    "named",
    "topical",
    "names_job",
    "shown",
    "has_goal",
    "searched",
    "suggestions_open",
    "offered",
    "goal",
    "goal_english",
    "role",
    "skills",
    "ordinals",
    "done_cue",
    "plan_cue",
    "question",
    "third_person",
    "hours",
    "budget",
    "deadline",
    "languages",
    "spoken_languages",
    "denied_languages",
    "participation",
    "price",
    "max_hours",
    "level",
    "refinements",
    "topic",
    "skill_clauses",
    "asked_clauses",
    "bare_yes",
    "compared",
)
# context flags crossed with the classifier's scores: the same wording means another act after a list, a plan
# or with a goal known
CROSSED = ("shown", "has_goal", "plan_shown", "first_turn", "named", "ordinals")


def record(
    p: Parsed,
    state: DialogueState,
    *,
    named: bool,
    topical: bool,
    names_job: bool,
    shown: bool,
    has_goal: bool,
    searched: bool,
    suggestions_open: bool,
    offered: bool,
    bare_yes: bool,
    previous_intent: str | None,
    turn: int,
) -> dict[str, Any]:
    """The turn as the decision sees it, JSON-ready; `p` as `understand` left it (before `joint.settle`)."""
    flags = {
        "named": named,
        "topical": topical,
        "names_job": names_job,
        "shown": shown,
        "has_goal": has_goal,
        "searched": searched,
        "suggestions_open": suggestions_open,
        "offered": offered,
        "goal": bool(p.goal_text or p.clause_goal),
        "goal_english": bool(p.goal_english),
        "role": bool(p.current_role or p.clause_role),
        "skills": bool(p.skills),
        "ordinals": bool(p.ordinals),
        "done_cue": p.done_cue,
        "plan_cue": p.plan_cue,
        "question": "?" in p.text,
        "third_person": p.third_person,
        "hours": p.hours_per_week is not None,
        "budget": p.budget is not None,
        "deadline": p.deadline is not None or bool(p.weeks),
        "languages": bool(p.languages),
        "spoken_languages": bool(p.spoken_languages),
        "denied_languages": bool(p.denied_languages),
        "participation": bool(p.participation),
        "price": p.max_cost is not None or p.price_ceiling is not None,
        "max_hours": p.max_hours is not None,
        "level": bool(p.eqf_min or p.eqf_max),
        "refinements": bool(p.refinements),
        "topic": bool(p.topic),
        "skill_clauses": bool(p.skill_clauses),
        "asked_clauses": bool(p.asked_clauses),
        "bare_yes": bare_yes,
        "compared": bool(state.compared),
    }
    return {
        "text": p.text,
        "lang": p.lang,
        "scores": {i: round(s, 4) for i, s in p.ranked},
        "rule": p.intents[0] if p.intents else "out_of_scope",
        "flags": [k for k in FLAGS if flags[k]],
        "last": last_shown(state),
        "previous": previous_intent,
        "turn": turn,
    }


def last_shown(state: DialogueState) -> str:
    """What the last answer left to point back at: nothing, a list, a plan, a plan's proposals, one entry."""
    if state.last_pathway is not None and state.listing in ("pathway", "suggestions"):
        return "plan" if state.listing == "pathway" else "suggestions"
    if state.focus:
        return "entry"
    if state.last_results:
        return "list"
    return "none"


def _one_hot(value: str | None, names: tuple[str, ...]) -> list[float]:
    return [1.0 if value == n else 0.0 for n in names]


def names() -> list[str]:
    """The feature names, in `vector`'s order."""
    out = [f"score:{a}" for a in ACTS] + [f"rule:{a}" for a in ACTS] + [f"flag:{f}" for f in FLAGS]
    out += [f"last:{s}" for s in SHOWN] + [f"previous:{a}" for a in (*ACTS, None)]
    out += [f"turn:{n}" for n in ("0", "1", "2", "3+")] + [f"lang:{x}" for x in (*LANGS, None)]
    out += ["words"]
    out += [f"{c}*score:{a}" for c in CROSSED for a in ACTS]
    return out


def vector(rec: dict[str, Any]) -> np.ndarray:
    """The numbers of one turn's record (the embedding of the text is added by the model)."""
    scores = [float(rec["scores"].get(a, 0.0)) for a in ACTS]
    flags = set(rec["flags"])
    previous = rec["previous"] if rec["previous"] in ACTS else None
    turn = rec["turn"]
    lang = rec["lang"] if rec["lang"] in LANGS else None
    row = scores + _one_hot(rec["rule"], ACTS) + [1.0 if f in flags else 0.0 for f in FLAGS]
    row += _one_hot(rec["last"], SHOWN) + _one_hot(previous, (*ACTS, None))  # type: ignore[arg-type]
    row += _one_hot(str(min(turn, 3)) if turn < 3 else "3+", ("0", "1", "2", "3+"))
    row += _one_hot(lang, (*LANGS, None))  # type: ignore[arg-type]
    row += [float(np.log1p(len(rec["text"].split())) / 4.0)]
    crossed = {
        "shown": "shown" in flags,
        "has_goal": "has_goal" in flags,
        "plan_shown": rec["last"] in ("plan", "suggestions"),
        "first_turn": turn == 0,
        "named": "named" in flags,
        "ordinals": "ordinals" in flags,
    }
    for c in CROSSED:
        row += [s if crossed[c] else 0.0 for s in scores]
    return np.asarray(row, dtype=np.float32)
