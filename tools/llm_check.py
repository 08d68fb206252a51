"""`make llm-check`: a fixed set of learner dialogues through `pathfinder eval dialogues`, once offline and
once on the LLM path against a real local model server (tools/llm_server.sh), and the assertions of #18.

Per turn of the LLM run: no crash (traceback), no raw tool call or tool result shown, no credential or link
outside the catalogue, no fact about a cited credential that contradicts its record, the reply within its
deadline, and the turn at least as good as the offline one by the dialogue evaluation's checks (a fallback to
the offline answer counts). Prints the figures as JSON; exits 1 when any assertion fails.

    python tools/llm_check.py evals/dialogues/llm_real.jsonl [--env-from "tools/llm_server.sh env"]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

SLACK_S = 20.0  # the offline understanding, the checks and the store around the model's deadline


def run(file: Path, out: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    cmd = [
        str(Path(sys.executable).parent / "pathfinder"),
        "eval",
        "dialogues",
        str(file),
        "--results",
        str(out),
    ]
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def known_numbers(turn: dict) -> set[float]:
    """Numbers a reply may state anywhere: the learner's, the profile's limits, the plan's figures."""
    found = {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", turn.get("user") or "")}
    limits = ((turn.get("profile") or {}).get("constraints") or {}).values()
    found |= {float(v) for v in limits if isinstance(v, int | float) and not isinstance(v, bool)}
    plan = turn.get("pathway") or {}
    for part in [plan.get("totals") or {}, *(plan.get("steps") or [])]:
        found |= {float(v) for v in part.values() if isinstance(v, int | float) and not isinstance(v, bool)}
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--env-from", default="tools/llm_server.sh env", help="prints KEY=VALUE lines")
    parser.add_argument("--work", type=Path, default=Path(".pathfinder/llm-check"))
    parser.add_argument("--reuse", action="store_true", help="score the runs already in --work")
    args = parser.parse_args()

    from pathfinder.assistant.dialogue_eval.score import score
    from pathfinder.assistant.llm.facts import wrong_facts
    from pathfinder.assistant.llm.toolcalls import looks_like_tool_markup
    from pathfinder.assistant.markdown import link_target
    from pathfinder.cli.dialogue_runner import DEFAULT_TODAY
    from pathfinder.index import open_index
    from pathfinder.settings import Settings

    llm_env = dict(
        line.split("=", 1)
        for line in subprocess.run(
            shlex.split(args.env_from), capture_output=True, text=True, check=True
        ).stdout.splitlines()
        if "=" in line
    )
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "PATHFINDER_LLM", "PATHFINDER_CHAT"))
    }
    args.work.mkdir(parents=True, exist_ok=True)
    offline_out, llm_out = args.work / "offline.jsonl", args.work / "llm.jsonl"
    times = {}
    if not args.reuse:
        times["offline_s"] = run(args.file, offline_out, base)
        times["llm_s"] = run(args.file, llm_out, {**base, **llm_env})
    settings = Settings(**{})
    deadline = float(llm_env.get("PATHFINDER_LLM_DEADLINE_S", settings.llm_deadline_s))
    catalogue = {c.id: c for c in open_index(settings).credentials()}
    lines = [json.loads(x) for x in args.file.read_text(encoding="utf-8").splitlines() if x.strip()]
    results = {
        name: {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}
        for name, path in (("offline", offline_out), ("llm", llm_out))
    }
    verdicts = {name: score(lines, res, catalogue, DEFAULT_TODAY) for name, res in results.items()}
    offline_ok = {(v.dialogue, v.turn): v.passed for v in verdicts["offline"]}
    cited = re.compile(r"\[[^\]\n]*\]\(([^)\s]*)\) \(([^()\s]+)\)")
    link = re.compile(r"\]\(([^)\s]*)\)")
    problems: list[str] = []
    turns = responders = 0
    fallbacks, seconds, wrong_offline = 0, [], 0
    for line in lines:
        for n, turn in enumerate(results["llm"].get(line["id"], {}).get("turns", []), 1):
            where = f"{line['id']}#{n}"
            turns += 1
            reply = turn.get("reply") or ""
            if turn.get("error"):
                problems.append(f"{where}: crash: {turn['error']}")
                continue
            seconds.append(turn.get("seconds", 0.0))
            if turn.get("responder") == "llm":
                responders += 1
            else:  # the LLM path gave the offline answer (the quality gate, or a server failure)
                fallbacks += 1
            if looks_like_tool_markup(reply) or "<tool" in reply:
                problems.append(f"{where}: raw tool markup shown")
            ids = [m[2] for m in cited.finditer(reply)]
            outside = [i for i in ids if i not in catalogue] + [
                c for c in turn["citations"] if c not in catalogue
            ]
            allowed = {link_target(catalogue[i]) for i in ids if i in catalogue}
            foreign = [u for u in link.findall(reply) if u not in allowed]
            if outside or foreign or re.search(r"(?<!\()https?://", link.sub("", reply)):
                problems.append(f"{where}: outside the catalogue: {outside or foreign}")
            for segment in re.split(r"\n|(?<=[.!?])\s+", reply):
                creds = [catalogue[i] for _url, i in cited.findall(segment) if i in catalogue]
                bad = wrong_facts(segment, creds, known_numbers(turn)) if creds else []
                if bad and turn.get("responder") == "llm":
                    problems.append(f"{where}: contradicts the catalogue: {bad}")
                elif bad:
                    wrong_offline += 1
            if turn.get("seconds", 0.0) > deadline + SLACK_S:
                problems.append(f"{where}: {turn['seconds']:.0f} s, over the {deadline:g} s deadline")
    llm_ok = {(v.dialogue, v.turn): v.passed for v in verdicts["llm"]}
    worse = [f"{d}#{t}" for (d, t), ok in offline_ok.items() if ok and not llm_ok.get((d, t), False)]
    problems += [f"{w}: worse than offline by the dialogue checks" for w in worse]
    seconds.sort()
    figures = {
        "turns": turns,
        "answered_by_model": responders,
        "fallback_to_offline": fallbacks,
        "passing_offline": sum(offline_ok.values()),
        "passing_llm": sum(llm_ok.values()),
        "worse_than_offline": len(worse),
        "offline_answers_flagged_by_the_fact_check": wrong_offline,
        "reply_seconds_median": seconds[len(seconds) // 2] if seconds else None,
        "reply_seconds_max": seconds[-1] if seconds else None,
        "deadline_s": deadline,
        **times,
        "problems": problems,
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
