"""`make llm-check`: a fixed set of learner dialogues through `pathfinder eval dialogues`, once offline and
once on the LLM path against a real local model server (tools/llm_server.sh), checked turn by turn by
`pathfinder.assistant.llm.check` (the #18 conditions; the tests apply the same checks to the fake server).

Prints the figures as JSON (also written to <work>/figures.json, with a side-by-side transcript in
<work>/transcript.md); exits 1 when any check fails.

    python tools/llm_check.py evals/dialogues/llm_real.jsonl [--env-from "tools/llm_server.sh env"]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path


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


def transcript(lines: list[dict], results: dict[str, dict[str, dict]]) -> str:
    out = []
    for line in lines:
        out.append(f"## {line['id']} ({line['lang']}, {line['split']})\n")
        pairs = zip(
            *(results[k].get(line["id"], {}).get("turns", []) for k in ("offline", "llm")), strict=False
        )
        for n, (off, llm) in enumerate(pairs, 1):
            out.append(f"### turn {n}: {llm['user']}\n")
            out.append(f"**LLM path** ({llm.get('responder')}, {llm.get('seconds', 0):.1f} s):\n")
            out.append((llm.get("reply") or llm.get("error") or "").strip() + "\n")
            out.append("**offline**:\n")
            out.append((off.get("reply") or "").strip() + "\n")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--env-from", default="tools/llm_server.sh env", help="prints KEY=VALUE lines")
    parser.add_argument("--work", type=Path, default=Path(".pathfinder/llm-check"))
    parser.add_argument("--reuse", action="store_true", help="score the runs already in --work")
    args = parser.parse_args()

    from pathfinder.assistant.llm.check import compare
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
    started = datetime.now(UTC)
    times = {}
    if not args.reuse:
        times["offline_s"] = round(run(args.file, offline_out, base), 1)
        times["llm_s"] = round(run(args.file, llm_out, {**base, **llm_env}), 1)
    deadline = float(llm_env.get("PATHFINDER_LLM_DEADLINE_S", Settings().llm_deadline_s))
    catalogue = {c.id: c for c in open_index(Settings()).credentials()}
    lines = [json.loads(x) for x in args.file.read_text(encoding="utf-8").splitlines() if x.strip()]
    results = {
        name: {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}
        for name, path in (("offline", offline_out), ("llm", llm_out))
    }
    figures = {
        "set": str(args.file),
        "splits": sorted({line.get("split", "?") for line in lines}),
        "started_utc": started.isoformat(timespec="seconds"),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, load average {os.getloadavg()}",
        "model": llm_env.get("PATHFINDER_CHAT_MODEL"),
        "server": llm_env.get("OPENAI_BASE_URL"),
        "settings": {k: v for k, v in llm_env.items() if k.startswith("PATHFINDER_LLM")},
        **times,
        **compare(lines, results["offline"], results["llm"], catalogue, DEFAULT_TODAY, deadline),
    }
    (args.work / "figures.json").write_text(
        json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    (args.work / "transcript.md").write_text(transcript(lines, results), encoding="utf-8")
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
