"""Where the rules' act came from, and when the learned act model (`act_model`) may decide instead.

The rule path reads a turn in three steps: the classifier's first reading (its top score), `joint.settle`
(content rules that re-read the act), `policy.decide` (the conversation's rules). Its act therefore has one of
four sources, told apart from what each step chose (`source`):

- `content`: a content or policy rule chose another act than the classifier's reading ("I need to learn SQL
  for work" is a search, "und der dritte?" after a list a pick): deliberate, tested rules;
- `fallback`: the reading could not be answered as it was (a refusal in the middle of a conversation about
  learning, a question about "that one" with nothing shown, a refinement with nothing to refine, a limit
  statement with no limit, a suggestion accepted with none open) and a rule put a default act in its place;
- `keywords`: the English phrasing rules' guess (`intents.parse`) taken because the classifier was unsure;
- `reading`: the classifier's own reading passed every rule unchanged.

`choose` lets the model decide only where the rules are not sure: on a `reading` the classifier gave little
confidence and the phrasing rules (`intents.parse`) did not read the same act (session 13: two readers that
agree are sure; such readings passed 291 of 298 older turns, against 692 of 750 where they differ), on a
`fallback` or `keywords` act; and against a `content` act only when the model and the classifier agree
strongly on another act. Pure: the caller passes the model's reading."""

from __future__ import annotations

from typing import Any, Literal

from pathfinder.assistant.policy import CONFIDENT, STRUCTURAL

Source = Literal["content", "fallback", "keywords", "reading"]

_ABOUT_ONE = ("explain", "requirements", "why", "select", "compare")
_LIMITS = (
    "hours",
    "budget",
    "deadline",
    "languages",
    "participation",
    "price",
    "max_hours",
    "level",
    "spoken_languages",
    "denied_languages",
)

# the thresholds of `choose`, the best of a grid on leave-one-batch-out over the batches older than v11 (the
# code of session 11's start, 2,194 turns: 2126-2127 vs the rules' 2119), the rule fixed before the v11
# batches' first look was scored (docs/BENCHMARKS.md, session 12)
UNSURE_READING = 0.8  # a classifier reading passed unchanged below this confidence is not sure
MODEL_SURE = 0.6  # the model decides an unsure act when it gives its own act at least this
# model and classifier both at least this sure of another act would overturn a content rule: off (above 1),
# as it gained 1 turn on leave-one-batch-out, none on the first look or the act test, and overturned a tested
# rule ("I don't really know what to do next" with a goal known is the plan, not the opening)
AGREE = 1.01


def reading_of(record: dict[str, Any]) -> tuple[str, float]:
    """The classifier's first reading of the turn and its confidence (before any rule)."""
    scores = record["scores"]
    if not scores:
        return "out_of_scope", 0.0
    act = max(scores, key=scores.get)
    return act, float(scores[act])


def source(record: dict[str, Any], settled: str, decided: str) -> Source:
    """Where the rules' `decided` act came from; `settled` is the act after `joint.settle`."""
    first, confidence = reading_of(record)
    if settled != first:
        return "content"  # a content rule of `joint.settle` re-read it
    if decided == settled:
        return "reading"
    if _unanswerable(record, settled):
        return "fallback"
    if (
        decided == record["rule"]
        and decided not in STRUCTURAL
        and confidence < CONFIDENT
        and record["lang"] in (None, "en")
    ):
        return "keywords"
    return "content"


def _unanswerable(record: dict[str, Any], act: str) -> bool:
    """Whether `act` could not be answered as it is in this turn's context (a rule must replace it)."""
    flags = set(record["flags"])
    if act == "out_of_scope":
        return True
    if act in _ABOUT_ONE:
        return not ({"shown", "named"} & flags) and record["last"] == "none"
    if act == "apply_suggestion":
        return "suggestions_open" not in flags
    if act == "refine":
        return record["last"] == "none"
    if act == "set_constraints":
        return not (flags & set(_LIMITS))
    return False


def choose(
    record: dict[str, Any],
    settled: str,
    decided: str,
    model_act: str,
    model_confidence: float,
    *,
    unsure_reading: float = UNSURE_READING,
    model_sure: float = MODEL_SURE,
    agree: float = AGREE,
    corroborated: bool = True,
) -> str:
    """The act to answer: the rules' `decided`, or the model's act where the rules are not sure and the model
    is `model_sure`, or where model and classifier both give the same other act at least `agree`;
    `corroborated` (the default) keeps an unsure reading the phrasing rules agree with (off: session 12's
    gate, measured)."""
    if model_act == decided or _unanswerable(record, model_act):
        return decided  # never an act the context cannot answer (what the fallbacks are there to replace)
    kind = source(record, settled, decided)
    first, confidence = reading_of(record)
    agreed = corroborated and record["rule"] == decided
    not_sure = kind in ("fallback", "keywords") or (
        kind == "reading" and confidence < unsure_reading and not agreed
    )
    if not_sure and model_confidence >= model_sure:
        return model_act
    if kind == "content" and model_act == first and min(confidence, model_confidence) >= agree:
        return model_act
    return decided
