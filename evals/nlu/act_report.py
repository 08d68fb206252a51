"""How well the act decision generalises, per act and per language (issue #12, session 21).

Two sources, one report shape (accuracy per act, per language, the confusions):

- `tune RESULTS.jsonl`: the TUNE dialogue turns that carry an expected act (`intent_any` in
  `evals/dialogues/dialogues.jsonl`), scored from a `pathfinder eval dialogues --results` file: the answer's
  act against the acts the turn accepts. Frozen lines are never read (only `"split": "tune"`).
- `table TABLE.jsonl`: labelled utterances (`{"id", "lang", "act": [accepted...], "text", "before"?: [...]}`)
  run through the whole offline assistant the app uses, each in a fresh conversation of an anonymous learner;
  `before` are earlier turns of the same conversation (a search before a refinement, say), answered first and
  not scored. Reported twice: the answer's act (the whole path: classifier, slots, `nlu.joint`,
  `policy.decide`, the handler) and the intent classifier's own first reading of the text alone (the model).
  `lang` `hi-Latn` is Hinglish (Hindi in Latin script), `bn-Latn` Banglish: reported as their own rows.

    .venv/bin/python evals/nlu/act_report.py tune /work/coord/base21_tune.jsonl
    .venv/bin/python evals/nlu/act_report.py table evals/nlu/acts21_heldout.jsonl [--failures] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "evals" / "dialogues" / "dialogues.jsonl"


def tune_expectations(path: Path = DIALOGUES) -> dict[str, tuple[str, list[list[str]]]]:
    """{dialogue id: (language, [accepted acts per turn, [] for no act check])}, tune lines only."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") != "tune":
            continue
        out[row["id"]] = (row["lang"], [list(e.get("intent_any") or []) for e in row["expect"]])
    return out


def tune_rows(results: Path) -> list[dict[str, Any]]:
    """One row per scored tune turn of a results file: {"id", "lang", "act", "got"}."""
    expected = tune_expectations()
    out = []
    for line in results.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        run = json.loads(line)
        if run["id"] not in expected:
            continue
        lang, acts = expected[run["id"]]
        for n, (turn, accepted) in enumerate(zip(run["turns"], acts)):
            if accepted:
                out.append({"id": f"{run['id']}#{n}", "lang": lang, "act": accepted, "got": turn["intent"]})
    return out


def table(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_table(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with `got` (the answer's act) and `model` (the classifier's first reading of the text)."""
    from pathfinder.assistant.nlu.classifier import default_classifier
    from pathfinder.cli.dialogue_runner import DEFAULT_TODAY, Session, build_eval_assistant
    from pathfinder.domain import LearnerProfile
    from pathfinder.settings import Settings

    assistant, _ = build_eval_assistant(Settings(), DEFAULT_TODAY)
    classifier = default_classifier()
    out = []
    with tempfile.TemporaryDirectory(prefix="pathfinder-acts-") as tmp:
        for n, row in enumerate(rows):
            session = Session(assistant, Path(tmp) / f"{n}.sqlite3", LearnerProfile(id=f"acts21-{n}"))
            for earlier in row.get("before", []):
                session.take_turn(earlier)
            answer, _ = session.take_turn(row["text"])
            out.append({**row, "got": answer.intent, "model": classifier.predict(row["text"]).intent})
    return out


def _share(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / max(n, 1):.1f}%)"


def report(rows: Iterable[dict[str, Any]], key: str = "got", failures: bool = False) -> str:
    rows = list(rows)
    lines = [f"all {_share(sum(r[key] in r['act'] for r in rows), len(rows))}"]
    for name, of in (("act", lambda r: r["act"][0]), ("language", lambda r: r["lang"])):
        groups: dict[str, list[bool]] = defaultdict(list)
        for r in rows:
            groups[of(r)].append(r[key] in r["act"])
        parts = [f"{k} {_share(sum(v), len(v))}" for k, v in sorted(groups.items())]
        lines.append(f"by {name}: " + ", ".join(parts))
    confusion = Counter((r["act"][0], r[key]) for r in rows if r[key] not in r["act"])
    pairs = [f"{a}->{b} {n}" for (a, b), n in confusion.most_common()]
    lines.append("confusion (expected -> got): " + ", ".join(pairs))
    if failures:
        lines += [
            f"FAIL {r.get('id', '')} [{r['lang']}] want {'/'.join(r['act'])} got {r[key]}: {r.get('text')}"
            for r in rows
            if r[key] not in r["act"]
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", choices=("tune", "table"))
    ap.add_argument("path", type=Path, help="a dialogue results file (tune) or a table of utterances (table)")
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--json", type=Path, metavar="OUT.jsonl", help="also write each row with the acts read")
    args = ap.parse_args(argv)
    if args.source == "tune":
        rows = tune_rows(args.path)
        print(report(rows, "got", args.failures))
    else:
        rows = run_table(table(args.path))
        print("== the whole path (the answer's act)")
        print(report(rows, "got", args.failures))
        print("== the classifier alone (its first reading of the text)")
        print(report(rows, "model", args.failures))
    if args.json:
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        args.json.write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
