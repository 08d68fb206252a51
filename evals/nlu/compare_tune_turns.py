"""Two runs of the TUNE dialogues compared turn by turn (session 21): the turns that went pass -> fail and
fail -> pass, on the dialogues both runs hold (a partial run compares on its part). Frozen lines are never
read.

    .venv/bin/python evals/nlu/compare_tune_turns.py BASE_RESULTS.jsonl NEW_RESULTS.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def verdicts(path: Path, lines: list[dict[str, Any]], catalogue: dict) -> dict[tuple[str, int], Any]:
    from pathfinder.assistant.dialogue_eval.score import score
    from pathfinder.cli.dialogue_runner import DEFAULT_TODAY

    runs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            run = json.loads(line)
            runs[run["id"]] = run
    held = [d for d in lines if d["id"] in runs]
    return {(v.dialogue, v.turn): v for v in score(held, runs, catalogue, DEFAULT_TODAY)}


def main(argv: list[str]) -> int:
    from pathfinder.index import open_index
    from pathfinder.settings import Settings

    dialogues = ROOT / "evals" / "dialogues" / "dialogues.jsonl"
    lines = [json.loads(x) for x in dialogues.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [d for d in lines if d.get("split") == "tune"]
    catalogue = {c.id: c for c in open_index(Settings()).credentials()}
    base, new = (verdicts(Path(p), lines, catalogue) for p in argv[:2])
    common = sorted(set(base) & set(new))
    print(
        f"common turns {len(common)}: base passes {sum(base[k].passed for k in common)}, "
        f"new passes {sum(new[k].passed for k in common)}"
    )
    for k in common:
        if base[k].passed and not new[k].passed:
            print("PASS->FAIL", k, new[k].lang, new[k].intent, " | ".join(new[k].failures)[:300])
    for k in common:
        if new[k].passed and not base[k].passed:
            print("FAIL->PASS", k, new[k].lang, new[k].intent)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
