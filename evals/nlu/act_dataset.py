"""The act dataset: every TUNE dialogue turn, every classifier training line and every act-test line run
through the real session (the dialogue runner's turn path), each turn recorded as the act decision sees it
(`nlu.act_features.record`: classifier scores, slot flags, conversation state) with the acts expected and the
acts today's rules chose (`settled`: after `nlu.joint.settle`; `decided`: `policy.decide`; `final`: the
answer's act, as the dialogue evaluation reads it).

The rules alone decide while it runs (a shipped act model is switched off): the dataset is what the rules
chose. Frozen dialogues are never run: only lines with `"split": "tune"` are read from the dialogue file.

    PATHFINDER_DATA_DIR=... .venv/bin/python evals/nlu/act_dataset.py --out /tmp/act_turns.jsonl
        [--only dialogues|utterances|acts] [--limit N]

Each output line: {"source", "group", "id", "turn", "expected": [acts], "record": {...},
"settled", "decided", "final"}. `group` is the batch a turn belongs to (the dialogue id's batch:
`v10n`, `v9d`, ... or `old`; `utterances`; `acts-tune` / `acts-heldout`), for leave-one-batch-out
measurement."""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "evals" / "dialogues" / "dialogues.jsonl"
ACTS = ROOT / "evals" / "nlu" / "acts.jsonl"
_BATCH = re.compile(r"^[a-z]{2}-(v\d+[a-z]*)-")


def batch_of(dialogue_id: str) -> str:
    """The batch of a tune dialogue by its id ("en-v10n-…" → "v10n"; ids without one → "old")."""
    m = _BATCH.match(dialogue_id)
    return m.group(1) if m else "old"


def tune_dialogues(path: Path = DIALOGUES) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") == "tune":  # frozen dialogues are never run or read
            out.append(row)
    return out


class Capture:
    """Wraps `joint.settle` and the responder's `decide` so each turn's inputs and choices are kept."""

    def __init__(self) -> None:
        self.settle: list[dict] = []
        self.decide: list[str] = []

    def install(self) -> Callable[[], None]:
        from pathfinder.assistant.nlu import act_model, joint
        from pathfinder.assistant.offline import reading as offline  # where the act is decided

        real_settle, real_decide = joint.settle, offline.decide

        def settle(p: Any, **kw: Any) -> Any:
            before = copy.copy(p)
            out = real_settle(p, **kw)
            self.settle.append({"p": before, "kw": kw, "settled": p.predicted})
            return out

        def decide(p: Any, state: Any, **kw: Any) -> str:
            out = real_decide(p, state, **kw)
            self.decide.append(out)
            self.settle[-1].update({"state": state, "suggestions_open": kw["suggestions_open"]})
            return out

        joint.settle = settle  # type: ignore[assignment]
        offline.decide = decide  # type: ignore[assignment]
        real_opinion = act_model.second_opinion
        act_model.second_opinion = lambda record, settled, decided, embedding: decided  # type: ignore[assignment]

        def uninstall() -> None:
            joint.settle, offline.decide = real_settle, real_decide  # type: ignore[assignment]
            act_model.second_opinion = real_opinion  # type: ignore[assignment]

        return uninstall

    def clear(self) -> None:
        self.settle.clear()
        self.decide.clear()


def _turn_row(cap: Capture, message: str, history: Any, previous: str | None, turn: int) -> dict | None:
    from pathfinder.assistant.intents import is_bare_yes
    from pathfinder.assistant.nlu.act_features import record

    if not cap.settle:
        return None
    first = cap.settle[0]
    state = first.get("state", history.state)
    prev_answer = history.turns[-1].answer if history.turns else None
    offered = (
        prev_answer is not None and prev_answer.pathway is not None and bool(prev_answer.pathway.relaxations)
    )
    suggestions_open = first.get(
        "suggestions_open", state.last_pathway is not None and bool(state.last_pathway.relaxations)
    )
    kw = first["kw"]
    rec = record(
        first["p"],
        state,
        named=kw["named"],
        topical=kw["topical"],
        names_job=kw["names_job"],
        shown=kw["shown"],
        has_goal=kw["has_goal"],
        searched=kw["searched"],
        suggestions_open=suggestions_open,
        offered=offered,
        bare_yes=is_bare_yes(message),
        previous_intent=previous,
        turn=turn,
    )
    decided = cap.decide[0] if cap.decide else None
    return {"record": rec, "settled": first["settled"], "decided": decided}


def run_turns(
    conversations: list[tuple[str, str, list[str], list[list[str]], dict | None, str]],
) -> Iterator[dict]:
    """(source, id, turns, expected per turn, profile, group) → one row per turn."""
    from pathfinder.cli.dialogue_runner import (
        DEFAULT_TODAY,
        Dialogue,
        Session,
        _start_profile,
        build_eval_assistant,
    )
    from pathfinder.domain import LearnerProfile
    from pathfinder.domain.dialogue import History
    from pathfinder.settings import Settings

    def _start(cid: str, profile: dict | None) -> LearnerProfile:
        return _start_profile(Dialogue(cid, (), profile))

    assistant, _ = build_eval_assistant(Settings(), DEFAULT_TODAY)
    cap = Capture()
    uninstall = cap.install()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n, (source, cid, turns, expected, profile, group) in enumerate(conversations):
                # one message from a fresh learner: the assistant's reply alone, as the act test runs it
                alone = len(turns) == 1 and profile is None
                session = (
                    None if alone else Session(assistant, Path(tmp) / f"{n}.sqlite3", _start(cid, profile))
                )
                previous = None
                for t, message in enumerate(turns):
                    history = (
                        History() if session is None else session.conversations.history(session.conversation)
                    )
                    cap.clear()
                    try:
                        if session is None:
                            answer = assistant.reply(message, History(), LearnerProfile(id=f"acts-{n}"))
                        else:
                            answer, _ = session.take_turn(message)
                        final = answer.intent
                    except Exception as e:  # noqa: BLE001 - recorded as no act, the dataset goes on
                        print(f"{cid}#{t}: {type(e).__name__}: {e}", file=sys.stderr)
                        final = None
                    row = _turn_row(cap, message, history, previous, t)
                    previous = final
                    if row is None:
                        continue
                    yield {
                        "source": source,
                        "group": group,
                        "id": cid,
                        "turn": t,
                        "expected": expected[t],
                        **row,
                        "final": final,
                    }
    finally:
        uninstall()


def conversations(only: str | None, limit: int | None, batches: set[str] | None = None) -> list[tuple]:
    from pathfinder.assistant.nlu.classifier import load_utterances

    out: list[tuple] = []
    if only in (None, "dialogues"):
        for d in tune_dialogues():
            if batches and batch_of(d["id"]) not in batches:
                continue
            expected = [e.get("intent_any") or [] for e in d["expect"]]
            out.append(("dialogue", d["id"], d["turns"], expected, d.get("profile"), batch_of(d["id"])))
    if only in (None, "utterances"):
        for n, u in enumerate(load_utterances()):
            out.append(("utterance", f"u{n}-{u['split']}", [u["text"]], [[u["intent"]]], None, "utterances"))
    if only in (None, "acts"):
        for n, line in enumerate(ACTS.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                a = json.loads(line)
                out.append(("act", f"a{n}", [a["text"]], [a["act"]], None, f"acts-{a['split']}"))
    return out[:limit] if limit else out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", choices=("dialogues", "utterances", "acts"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--batches", help="only these tune batches, comma-separated (v10n,v10d,...)")
    args = parser.parse_args()
    batches = set(args.batches.split(",")) if args.batches else None
    with args.out.open("w", encoding="utf-8") as f:
        for n, row in enumerate(run_turns(conversations(args.only, args.limit, batches)), 1):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            if n % 200 == 0:
                print(n, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
