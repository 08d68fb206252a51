"""The act test: single utterances through the whole understanding and decision path, scored by act.

`evals/nlu/acts.jsonl` holds 336 utterances (search, set_goal, state_skills, plan, explore, set_constraints;
7 per act and language in en de es fr fi vi hi bn), 24 tune lines of session 9 round 2 and 126 of session 10
(`"batch": "v10-nlu"`: en 30, es 18, fi 18, 12 in each other language, tune and heldout alternating in the
order written), each with the acts accepted and a split (tune / heldout, fixed when the table was written,
before any run). Each utterance opens a fresh conversation of an anonymous
learner and goes through the offline assistant the app uses (language, classifier, slots, linking,
`nlu.joint`, `policy.decide` and the handler, which may still change the act: a goal with the weekly time
known is answered with a plan); the act is `Answer.intent`, as the dialogue evaluation reads it.

Run (a data directory with the bundled corpus indexed: `pathfinder index`):
    .venv/bin/python evals/nlu/acts.py [--split tune|heldout] [--failures] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "acts.jsonl"
ACTS = ("search", "set_goal", "state_skills", "plan", "explore", "set_constraints")


def rows(split: str | None = None) -> list[dict]:
    out = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in out if split is None or r["split"] == split]


def run(table: list[dict]) -> list[dict]:
    """Each row with the act the assistant answered (`got`)."""
    from pathfinder.cli.dialogue_runner import DEFAULT_TODAY, build_eval_assistant
    from pathfinder.domain import LearnerProfile
    from pathfinder.domain.dialogue import History
    from pathfinder.settings import Settings

    assistant, _ = build_eval_assistant(Settings(), DEFAULT_TODAY)
    out = []
    for n, row in enumerate(table):
        answer = assistant.reply(row["text"], History(), LearnerProfile(id=f"acts-{n}"))
        out.append({**row, "got": answer.intent})
    return out


def trained_on() -> set[str]:
    """The classifier's training lines (casefolded): a table line equal to one is not held out from it."""
    from pathfinder.assistant.nlu.classifier import load_utterances

    return {r["text"].strip().casefold() for r in load_utterances() if r["split"] == "train"}


def report(results: list[dict], failures: bool = False) -> str:
    lines = []
    seen = trained_on()
    unseen = [r for r in results if r["split"] == "heldout" and r["text"].strip().casefold() not in seen]
    for name, part in (
        ("tune", [r for r in results if r["split"] == "tune"]),
        ("heldout", [r for r in results if r["split"] == "heldout"]),
        ("heldout, no training line", unseen),
        ("all", results),
        ("v10-nlu tune", [r for r in results if r.get("batch") == "v10-nlu" and r["split"] == "tune"]),
        ("v10-nlu heldout", [r for r in results if r.get("batch") == "v10-nlu" and r["split"] == "heldout"]),
    ):
        if part:
            ok = sum(r["got"] in r["act"] for r in part)
            lines.append(f"{name:26} {ok}/{len(part)} ({100 * ok / len(part):.1f}%)")
    for key in ("lang", "first"):
        counts: Counter = Counter()
        passed: Counter = Counter()
        for r in results:
            k = r["lang"] if key == "lang" else r["act"][0]
            counts[k] += 1
            passed[k] += r["got"] in r["act"]
        lines.append(
            "by "
            + ("language" if key == "lang" else "act")
            + ": "
            + ", ".join(f"{k} {passed[k]}/{counts[k]}" for k in counts)
        )
    confusion = Counter((r["act"][0], r["got"]) for r in results if r["got"] not in r["act"])
    lines.append(
        "confusion (expected -> got): " + ", ".join(f"{a}->{b} {n}" for (a, b), n in confusion.most_common())
    )
    if failures:
        lines += [
            f"FAIL [{r['split']}/{r['lang']}] want {'/'.join(r['act'])} got {r['got']}: {r['text']}"
            for r in results
            if r["got"] not in r["act"]
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "heldout"))
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--json", metavar="OUT.jsonl", help="also write each row with the act answered")
    args = ap.parse_args(argv)
    results = run(rows(args.split))
    if args.json:
        Path(args.json).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
    print(report(results, args.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
