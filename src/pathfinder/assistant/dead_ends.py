"""What makes a reply a dead end: one rule for the engine's last step and the dialogue evaluation.

A reply acts when it cites a credential, shows a pathway with steps, or asks the learner something in its own
words. The dialogue evaluation (`dialogue_eval.checks.is_dead_end`) reads a "?" inside quoted catalogue text,
block quotes and link texts as no question; the engine's own check (`strict=True`) also discounts text in
straight double quotes (the example phrasings of the capabilities list: "cheaper?"), so it guarantees a little
more than the evaluation asks for. Pure functions; the refusal sentences are read from the reply templates.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

QUESTION = re.compile(r"[?？¿]")
# text that is not the assistant's own words: quoted catalogue text, block quotes, link texts
QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\[[^\]]*\]\([^)]*\)|^>.*$", re.MULTILINE)
_STRAIGHT = re.compile(r'"[^"\n]*"')
# The refusals issue #12 reports as dead ends (English templates of the engine before the issue); the
# engine's own refusal templates in every reply language are added by `refusals()`.
REFUSALS = (
    "outside what i can help with",
    "no goal set",
    "don't have a list to refer back to",
    "do not have a list to refer back to",
)
_REFUSAL_KEYS = ("out_of_scope", "need_list", "no_goal")
_TEMPLATES = Path(__file__).resolve().parents[1] / "prompts" / "offline" / "i18n"


def asks(reply: str, *, strict: bool = False) -> bool:
    """Whether the reply asks the learner something in its own words (a "?" inside quoted catalogue text,
    a block quote or a link text does not count; with `strict`, nor one inside straight double quotes)."""
    own = QUOTED.sub(" ", reply)
    if strict:
        own = _STRAIGHT.sub(" ", own)
    return bool(QUESTION.search(own))


@cache
def refusals() -> tuple[str, ...]:
    """The issue's refusals plus the first sentence of the engine's refusal templates in each reply
    language (out of scope, no list to refer to, no goal), lower-case."""
    found = list(REFUSALS)
    for path in sorted(_TEMPLATES.glob("*.json")):
        templates = json.loads(path.read_text(encoding="utf-8"))
        for key in _REFUSAL_KEYS:
            for sentence in re.split(r"[.:!?।。\n]", templates.get(key, "")):
                if len(sentence.strip()) >= 12 and "$" not in sentence:
                    found.append(sentence.strip().lower().replace("’", "'"))
                    break
    return tuple(dict.fromkeys(found))


def refuses(reply: str) -> bool:
    """Whether the reply contains one of the refusals."""
    low = reply.lower().replace("’", "'")
    return any(r in low for r in refusals())


def acts(reply: str, cited: bool, planned: bool, *, strict: bool = False) -> bool:
    """Whether a reply gives the learner something to act on: a citation, a pathway with steps or a
    question in its own words."""
    return cited or planned or asks(reply, strict=strict)
