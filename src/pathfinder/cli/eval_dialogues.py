"""`pathfinder eval dialogues FILE.jsonl` - run scripted dialogues through the app's turn path; `--score`
rates them against the expectations on each line (evals/dialogues/README.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from pathfinder.cli._common import Commands, say
from pathfinder.errors import PathfinderError
from pathfinder.settings import Settings


def register(commands: Commands) -> None:
    p = commands.add(
        "dialogues", _dialogues, "run (and --score) multi-turn dialogues through the assistant", group="eval"
    )
    p.add_argument(
        "file", type=Path, metavar="FILE.jsonl", help="one dialogue per line: {id, turns, profile?}"
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per dialogue per line (with --score: the summary as JSON)",
    )
    p.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date deadlines are read against (default 2026-12-04, the set's fixed today)",
    )
    p.add_argument("--split", choices=("tune", "frozen"), help="only the dialogues of this split")
    p.add_argument("--score", action="store_true", help='score the runs against each line\'s "expect"')
    p.add_argument("--limit", type=int, help="only the first N dialogues (after --split)")
    p.add_argument("--ids", help="only these dialogue ids (comma-separated)")
    p.add_argument("--results", type=Path, metavar="OUT.jsonl", help="also write the runs to this file")
    p.add_argument(
        "--from-results",
        type=Path,
        metavar="RUNS.jsonl",
        help="score these earlier runs (a --json or --results file) instead of running (implies --score)",
    )
    p.add_argument("--failures", action="store_true", help="with --score: list every failing turn and why")
    p.add_argument(
        "--markdown",
        action="store_true",
        help="with --score: the docs/BENCHMARKS tables, one column per split",
    )


def _select(dialogues, args):
    from pathfinder.cli.dialogue_runner import DialogueFileError

    if args.split:
        dialogues = [d for d in dialogues if (d.extra or {}).get("split") == args.split]
    if args.ids:
        wanted = {i.strip() for i in args.ids.split(",") if i.strip()}
        missing = wanted - {d.id for d in dialogues}
        if missing:
            raise DialogueFileError(f"No dialogue with id {', '.join(sorted(missing))} in {args.file}.")
        dialogues = [d for d in dialogues if d.id in wanted]
    return dialogues[: args.limit] if args.limit else dialogues


def _dialogues(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.cli.dialogue_runner import (
        DEFAULT_TODAY,
        DialogueFileError,
        build_eval_assistant,
        read_dialogues,
        run_all,
    )
    from pathfinder.safety.output import configured_secrets

    today = args.today or DEFAULT_TODAY
    dialogues = _select(read_dialogues(args.file), args)
    if args.from_results:
        results = _read_results(args.from_results, DialogueFileError)
    else:
        assistant, names = build_eval_assistant(settings, today)
        sink = args.results.open("w", encoding="utf-8") if args.results else None
        results = {}
        try:
            for result in run_all(assistant, dialogues, configured_secrets(settings), names):
                results[result["id"]] = result
                line = json.dumps(result, ensure_ascii=False)
                if sink:
                    sink.write(line + "\n")
                    sink.flush()
                if not args.score:
                    print(line if args.json else _transcript(result), flush=True)
        finally:
            if sink:
                sink.close()
    if args.score or args.from_results:
        return _print_score(dialogues, results, settings, today, args)
    if not args.json:
        crashes = sum(1 for r in results.values() for t in r["turns"] if t.get("error"))
        say(
            f"{len(results)} dialogues, {sum(len(r['turns']) for r in results.values())} turns, "
            f"{crashes} crashes"
        )
    return 0


def _read_results(path: Path, error: type[PathfinderError]) -> dict:
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        raise error(
            f"Cannot read the runs in {path} ({e}); pass a file written by --json or --results."
        ) from e
    return {r["id"]: r for r in rows}


def _print_score(dialogues, results, settings: Settings, today: date, args) -> int:
    from pathfinder.assistant.dialogue_eval.score import format_markdown, format_summary, score, summary
    from pathfinder.index import open_index

    catalogue = {c.id: c for c in open_index(settings).credentials()}
    lines = [{"id": d.id, "turns": list(d.turns), "profile": d.profile, **(d.extra or {})} for d in dialogues]
    verdicts = score(lines, results, catalogue, today)
    result = summary(verdicts)
    result["today"] = today.isoformat()
    if args.markdown:
        print(format_markdown(verdicts))
    else:
        print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_summary(result))
    if args.failures:
        for v in verdicts:
            if not v.passed:
                print(
                    f"FAIL {v.dialogue}#{v.turn} [{v.lang}/{v.intent}] " + " | ".join(v.failures),
                    file=sys.stderr if args.json else sys.stdout,
                )
    return 0


def _transcript(result: dict) -> str:
    out = [f"=== {result['id']}"]
    for n, t in enumerate(result["turns"], start=1):
        out.append(f"[{n}] user: {t['user']}")
        if t.get("error"):
            out.append(f"    CRASH: {t['error']}")
            continue
        steps = [s["id"] for s in (t.get("pathway") or {}).get("steps") or []]
        out.append(
            f"    intent={t['intent']} lang={t['reply_language']} cites={t['citations']}"
            + (f" plan={steps}" if steps else "")
        )
        out += ["    | " + line for line in t["reply"].splitlines()]
    return "\n".join(out)
