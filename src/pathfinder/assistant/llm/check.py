"""The #18 checks of one dialogue run on the LLM path against the same dialogues run offline, turn by turn:
no crash, no raw tool call or tool result shown, no credential, link or URL outside the catalogue, no fact
about a cited credential that contradicts its record, every reply within its deadline, and no turn worse than
the offline one by the dialogue evaluation's checks (a fallback to the offline answer counts).

Used by `tools/llm_check.py` against a real local model server and by the tests against the scripted fake
server, so both apply the same checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from pathfinder.assistant.dialogue_eval.score import score
from pathfinder.assistant.llm.facts import wrong_facts
from pathfinder.assistant.llm.toolcalls import looks_like_tool_markup
from pathfinder.assistant.markdown import cited_ids, link_target
from pathfinder.domain import Credential

SLACK_S = 20.0  # the offline understanding, the checks and the store around the model's deadline
_LINK = re.compile(r"\]\(([^)\s]*)\)")
_RAW = ("<tool", "</tool", "<function", "[TOOL_CALLS]", '"arguments"', '"note": "Catalogue data')


def known_numbers(turn: Mapping[str, Any]) -> set[float]:
    """Numbers a reply may state anywhere: the learner's, the profile's limits, the plan's figures."""
    found = {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", turn.get("user") or "")}
    limits = ((turn.get("profile") or {}).get("constraints") or {}).values()
    found |= {float(v) for v in limits if isinstance(v, int | float) and not isinstance(v, bool)}
    plan = turn.get("pathway") or {}
    for part in [plan.get("totals") or {}, *(plan.get("steps") or [])]:
        found |= {float(v) for v in part.values() if isinstance(v, int | float) and not isinstance(v, bool)}
    return found


def turn_problems(
    turn: Mapping[str, Any], catalogue: Mapping[str, Credential], deadline_s: float, slack_s: float = SLACK_S
) -> list[str]:
    """What is wrong with one turn of an LLM run (empty when it passes the #18 checks)."""
    if turn.get("error"):
        return [f"crash: {turn['error']}"]
    reply = turn.get("reply") or ""
    problems = []
    if looks_like_tool_markup(reply) or any(m in reply for m in _RAW):
        problems.append("raw tool markup shown")
    ids = cited_ids(reply)
    outside = [i for i in ids if i not in catalogue] + [
        c for c in turn.get("citations") or [] if c not in catalogue
    ]
    allowed = {link_target(catalogue[i]) for i in ids if i in catalogue}
    foreign = [u for u in _LINK.findall(reply) if u not in allowed]
    if outside or foreign or re.search(r"(?<!\()https?://", _LINK.sub("", reply)):
        problems.append(f"outside the catalogue: {outside or foreign or 'a bare URL'}")
    if turn.get("responder") == "llm":  # the offline answer is the offline path's own (counted, not judged)
        said = turn.get("model_text") or reply  # the model's own words (on the lead path, its opening)
        for bad in fact_problems(said, catalogue, known_numbers(turn)):
            problems.append(f"contradicts the catalogue: {bad}")
    seconds = float(turn.get("seconds") or 0.0)
    if seconds > deadline_s + slack_s:
        problems.append(f"{seconds:.0f} s, over the {deadline_s:g} s deadline")
    return problems


def fact_problems(reply: str, catalogue: Mapping[str, Credential], known: set[float]) -> list[str]:
    """The facts stated next to a citation that its record does not support."""
    bad: list[str] = []
    for segment in re.split(r"\n|(?<=[.!?])\s+", reply):
        creds = [catalogue[i] for i in cited_ids(segment) if i in catalogue]
        if creds:
            bad += wrong_facts(segment, creds, known)
    return bad


def compare(
    lines: Iterable[Mapping[str, Any]],
    offline: Mapping[str, Mapping[str, Any]],
    llm: Mapping[str, Mapping[str, Any]],
    catalogue: Mapping[str, Credential],
    today: date,
    deadline_s: float,
    slack_s: float = SLACK_S,
) -> dict[str, Any]:
    """The figures of an LLM run against the offline run of the same dialogues, with every problem found."""
    lines = list(lines)
    verdicts = {
        name: score(lines, res, catalogue, today) for name, res in (("offline", offline), ("llm", llm))
    }
    offline_ok = {(v.dialogue, v.turn): v.passed for v in verdicts["offline"]}
    llm_ok = {(v.dialogue, v.turn): v.passed for v in verdicts["llm"]}
    problems: list[str] = []
    turns = by_model = fallbacks = flagged_offline = 0
    seconds: list[float] = []
    for line in lines:
        for n, turn in enumerate(llm.get(line["id"], {}).get("turns", []), 1):
            turns += 1
            problems += [
                f"{line['id']}#{n}: {p}" for p in turn_problems(turn, catalogue, deadline_s, slack_s)
            ]
            if turn.get("error"):
                continue
            seconds.append(float(turn.get("seconds") or 0.0))
            if turn.get("responder") == "llm":
                by_model += 1
            else:  # the quality gate or a server failure gave the offline answer
                fallbacks += 1
                flagged_offline += len(fact_problems(turn.get("reply") or "", catalogue, known_numbers(turn)))
    worse = [f"{d}#{t}" for (d, t), ok in offline_ok.items() if ok and not llm_ok.get((d, t), False)]
    problems += [f"{w}: worse than offline by the dialogue checks" for w in worse]
    seconds.sort()
    return {
        "turns": turns,
        "answered_by_model": by_model,
        "fallback_to_offline": fallbacks,
        "passing_offline": sum(offline_ok.values()),
        "passing_llm": sum(llm_ok.values()),
        "worse_than_offline": len(worse),
        "better_than_offline": sum(1 for k, ok in llm_ok.items() if ok and not offline_ok.get(k, False)),
        "offline_answers_flagged_by_the_fact_check": flagged_offline,
        "reply_seconds_median": seconds[len(seconds) // 2] if seconds else None,
        "reply_seconds_p95": seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))] if seconds else None,
        "reply_seconds_max": seconds[-1] if seconds else None,
        "deadline_s": deadline_s,
        "problems": problems,
    }
