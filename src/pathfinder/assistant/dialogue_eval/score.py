"""Scores dialogue runs against the set's expectations: per-turn verdicts and pass rates by language, intent,
tag and split, with dead ends and crashes counted. A turn passes when every one of its checks passes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pathfinder.assistant.dialogue_eval import checks as C
from pathfinder.domain import Credential, LearnerProfile


@dataclass
class TurnVerdict:
    dialogue: str
    turn: int
    lang: str
    split: str
    tags: tuple[str, ...]
    intent: str
    passed: bool
    dead_end: bool
    crashed: bool
    failures: list[str] = field(default_factory=list)


def _start_profile(line: Mapping) -> dict:
    data = {**(line.get("profile") or {}), "id": f"eval-{line['id']}"[:100]}
    return json.loads(LearnerProfile.model_validate(data).model_dump_json())


def score_dialogue(
    line: Mapping, result: Mapping | None, catalogue: Mapping[str, Credential], today: date
) -> list[TurnVerdict]:
    """Verdicts for each expected turn of one dialogue; a missing result or turn is a crash."""
    outs = list((result or {}).get("turns") or [])
    before = _start_profile(line)
    skipped: set[str] = set()
    verdicts = []
    for n, exp in enumerate(line.get("expect") or []):
        base = {
            "dialogue": line["id"],
            "turn": n + 1,
            "lang": line.get("lang", "?"),
            "split": line.get("split", "?"),
            "tags": tuple(line.get("tags") or ()),
            "intent": (exp.get("intent_any") or ["?"])[0],
        }
        if n >= len(outs) or outs[n].get("error"):
            error = outs[n].get("error") if n < len(outs) else "no output for this turn"
            verdicts.append(
                TurnVerdict(
                    **base,
                    passed=False,
                    dead_end=exp.get("not_dead_end", True),
                    crashed=True,
                    failures=[f"crash: {error}"],
                )
            )
            continue
        out, earlier = outs[n], outs[:n]
        results = turn_checks(exp, out, earlier, catalogue, today, line.get("lang"))
        again = C.skipped_reappears(out, skipped)
        if again is not None:
            results.append(again)
        skipped |= _skipped(exp, earlier)
        dead = C.is_dead_end(exp, out, before)
        if dead:
            results.append(
                C.Check("not_dead_end", False, "dead end: nothing cited, planned, asked or changed")
            )
        failures = [f"{r.name}: {r.detail}" for r in results if not r.passed]
        verdicts.append(
            TurnVerdict(**base, passed=not failures, dead_end=dead, crashed=False, failures=failures)
        )
        before = out.get("profile") or before
    return verdicts


def _skipped(exp: Mapping, earlier: list) -> set[str]:
    """What this turn skips: the previous plan's n-th step, and on a skip turn the ids it must mark held."""
    n = (exp.get("profile") or {}).get("held_prev_step") or (exp.get("pathway") or {}).get(
        "exclude_prev_step"
    )
    step = C._nth(C._step_ids(C._prev_pathway(earlier)), n) if n else None
    named = (exp.get("profile") or {}).get("held_include") if "skip_step" in exp.get("intent_any", ()) else ()
    return {*([step] if step else []), *(named or ())}


def turn_checks(
    exp: Mapping,
    out: Mapping,
    earlier: list,
    catalogue: Mapping[str, Credential],
    today: date,
    lang: str | None,
) -> list[C.Check]:
    results = []
    allowed = exp.get("intent_any")
    if allowed:
        ok = out.get("intent") in allowed
        results.append(
            C.Check("intent", ok, "" if ok else f"want one of {allowed}, got {out.get('intent')!r}")
        )
    want_lang = exp.get("reply_language", lang) if "reply_language" in exp else None
    if want_lang:
        got = out.get("reply_language")
        ok = got is None or got == want_lang
        results.append(C.Check("reply_language", ok, "" if ok else f"want {want_lang}, detected {got}"))
    if exp.get("reply_excludes"):
        results.append(C.reply_excludes(exp["reply_excludes"], out.get("reply") or ""))
    if exp.get("reply_includes_any"):
        results.append(C.reply_includes_any(exp["reply_includes_any"], out.get("reply") or ""))
    if exp.get("reply_has_prev_total"):
        results.append(C.reply_has_prev_total(exp["reply_has_prev_total"], out.get("reply") or "", earlier))
    results += C.profile_checks(exp.get("profile") or {}, out, earlier, today)
    results += C.citation_checks(exp.get("citations") or {}, out, catalogue, earlier=earlier)
    results += C.pathway_checks(exp.get("pathway") or {}, out, earlier, catalogue)
    return results


def score(
    lines: Iterable[Mapping], results: Mapping[str, Mapping], catalogue: Mapping[str, Credential], today: date
) -> list[TurnVerdict]:
    verdicts: list[TurnVerdict] = []
    for line in lines:
        verdicts += score_dialogue(line, results.get(line["id"]), catalogue, today)
    return verdicts


def _rate(vs: list[TurnVerdict]) -> dict[str, Any]:
    passed = sum(v.passed for v in vs)
    return {
        "turns": len(vs),
        "passed": passed,
        "rate": round(passed / len(vs), 4) if vs else None,
        "dead_ends": sum(v.dead_end for v in vs),
        "crashes": sum(v.crashed for v in vs),
    }


def summary(verdicts: list[TurnVerdict]) -> dict[str, Any]:
    """Pass rates overall and per split, language, expected intent (the first acceptable one) and tag."""
    groups: dict[str, dict[str, list[TurnVerdict]]] = {
        k: defaultdict(list) for k in ("split", "lang", "intent", "tag")
    }
    for v in verdicts:
        groups["split"][v.split].append(v)
        groups["lang"][v.lang].append(v)
        groups["intent"][v.intent].append(v)
        for tag in v.tags:
            groups["tag"][tag].append(v)
    dialogues = defaultdict(list)
    for v in verdicts:
        dialogues[v.dialogue].append(v.passed)
    failed_checks: dict[str, int] = defaultdict(int)
    for v in verdicts:
        for name in {f.split(":", 1)[0] for f in v.failures}:
            failed_checks[name] += 1
    return {
        "overall": _rate(verdicts),
        "failed_checks": dict(sorted(failed_checks.items(), key=lambda kv: -kv[1])),
        "dialogues": {"count": len(dialogues), "all_turns_pass": sum(all(p) for p in dialogues.values())},
        **{f"by_{k}": {name: _rate(vs) for name, vs in sorted(g.items())} for k, g in groups.items()},
    }


def format_summary(s: Mapping[str, Any]) -> str:
    def row(name: str, r: Mapping) -> str:
        rate = "-" if r["rate"] is None else f"{100 * r['rate']:5.1f}%"
        counts = f"dead ends {r['dead_ends']:<3} crashes {r['crashes']}"
        return f"  {name:<22} {r['passed']:>4}/{r['turns']:<4} {rate}  {counts}"

    o = s["overall"]
    lines = [
        (
            f"overall: {o['passed']}/{o['turns']} turns pass ({100 * (o['rate'] or 0):.1f}%), "
            f"dead ends {o['dead_ends']}, crashes {o['crashes']}; "
            f"dialogues fully passing {s['dialogues']['all_turns_pass']}/{s['dialogues']['count']}"
        )
    ]
    lines.append("turns failing each check: " + ", ".join(f"{k} {n}" for k, n in s["failed_checks"].items()))
    for key, title in (
        ("by_split", "split"),
        ("by_lang", "language"),
        ("by_intent", "expected intent"),
        ("by_tag", "tag"),
    ):
        lines.append(f"by {title}:")
        lines += [row(name, r) for name, r in s[key].items()]
    return "\n".join(lines)


def format_markdown(verdicts: list[TurnVerdict]) -> str:
    """The BENCHMARKS tables: overall, per language and per expected intent, one column per split."""
    splits = sorted({v.split for v in verdicts}, key=lambda s: (s != "tune", s))

    def cell(vs: list[TurnVerdict]) -> str:
        r = _rate(vs)
        return "–" if not vs else f"{r['passed']}/{r['turns']} ({100 * r['rate']:.0f}%)"

    def of(split: str, key: str | None = None, name: str | None = None) -> list[TurnVerdict]:
        return [v for v in verdicts if v.split == split and (key is None or getattr(v, key) == name)]

    head = "| | " + " | ".join(splits) + " | dead ends " + " / ".join(splits) + " |"
    rule = "|---" * (len(splits) + 2) + "|"
    lines = [head, rule]
    lines.append(
        "| **all turns** | "
        + " | ".join(cell(of(s)) for s in splits)
        + " | "
        + " / ".join(str(_rate(of(s))["dead_ends"]) for s in splits)
        + " |"
    )
    full = []
    for s in splits:
        by_dialogue: dict[str, list[bool]] = defaultdict(list)
        for v in of(s):
            by_dialogue[v.dialogue].append(v.passed)
        full.append(f"{sum(all(p) for p in by_dialogue.values())}/{len(by_dialogue)}")
    lines.append("| dialogues with every turn passing | " + " | ".join(full) + " | |")
    lines.append("| crashes | " + " | ".join(str(_rate(of(s))["crashes"]) for s in splits) + " | |")
    for key, title in (("lang", "language"), ("intent", "expected intent")):
        lines += ["", head.replace("| |", f"| {title} |", 1), rule]
        for name in sorted({getattr(v, key) for v in verdicts}):
            groups = [of(s, key, name) for s in splits]
            dead = " / ".join(str(_rate(g)["dead_ends"]) if g else "–" for g in groups)
            lines.append(f"| {name} | " + " | ".join(cell(g) for g in groups) + f" | {dead} |")
    return "\n".join(lines)
