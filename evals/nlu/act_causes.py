"""Which stage of the act decision made each wrong act (issue #12, session 24).

Runs TUNE dialogues through the real session (the dialogue runner's turn path, as `act_dataset.py` does)
and, for every turn whose answer's act is not one its expectation accepts, prints the act after each stage
and the rule (file:line and the comment above it) that set it:

- `classifier`: the e5 classifier's top 3 with scores (`Parsed.ranked`);
- `settle`: `nlu.joint.settle` (content rules; the `return` line of `_joint`, or the line of `settle` that
  changed `p.predicted`);
- `decide`: `policy.decide` (the conversation's rules: its `return` line);
- `read`: the post-decision rules of `offline/reading.py` `_read` (each line that changed `intent`) and the
  follow-up readers it calls (`followups_shown.act`, `course_questions.act`);
- `reply`: the rules of `offline/responder.py` `_reply` after the reading (each line that changed `intent`);
- `answer`: the act the answer carries when it differs from all of these (a reply builder changed it).

The stage blamed is the LAST stage that changed the act to a wrong one (or `classifier` when its reading
passed every rule unchanged). Frozen dialogues are never run: only lines with `"split": "tune"` are read.

    .venv/bin/python evals/nlu/act_causes.py [--ids a,b] [--from-failures FAILURES.txt] [--json OUT.jsonl]

`--from-failures` takes the text of `pathfinder eval dialogues ... --score --failures` and runs the dialogues
with an intent failure there (the turns judged are those failing now)."""

from __future__ import annotations

import argparse
import json
import linecache
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "evals" / "dialogues" / "dialogues.jsonl"
_FAIL = re.compile(r"^FAIL (\S+)#(\d+) .*\bintent: want")


def tune_dialogues(ids: set[str] | None) -> list[dict]:
    out = []
    for line in DIALOGUES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") != "tune":  # frozen dialogues are never run or read
            continue
        if ids is None or row["id"] in ids:
            out.append(row)
    return out


def _rule_at(filename: str, lineno: int) -> str:
    """`file:line` and the nearest comment at or above the line (the rule's own words), shortened."""
    short = filename.split("src/pathfinder/")[-1]
    comment = ""
    for n in range(lineno, max(lineno - 12, 0), -1):
        text = linecache.getline(filename, n).strip()
        if "#" in text:
            comment = text[text.index("#") + 1 :].strip()
            break
        if text.startswith(("def ", "if ", "elif ")) and n != lineno:
            break
    return f"{short}:{lineno} {comment[:90]}"


class Tracer:
    """Records, for one turn, the lines that chose the act in each stage (a `sys.settrace` on a few
    functions only: every other frame is left untraced)."""

    WATCH = {
        ("nlu/joint.py", "settle"): "settle",
        ("nlu/joint.py", "_joint"): "settle",
        ("assistant/policy.py", "decide"): "decide",
        ("offline/reading.py", "_read"): "read",
        ("offline/responder.py", "_reply"): "reply",
        ("assistant/followups_shown.py", "act"): "read",
        ("assistant/course_questions.py", "act"): "read",
    }

    def __init__(self) -> None:
        self.events: list[tuple[str, str, Any]] = []

    def _stage(self, frame: FrameType) -> str | None:
        code = frame.f_code
        for (path, name), stage in self.WATCH.items():
            if code.co_name == name and code.co_filename.endswith(path):
                return stage
        return None

    def global_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event != "call":
            return None
        stage = self._stage(frame)
        if stage is None:
            return None
        name = frame.f_code.co_name
        last: dict[str, Any] = {"line": frame.f_lineno, "intent": None, "pred": None}
        if name == "settle":
            p = frame.f_locals.get("p")
            last["pred"] = getattr(p, "predicted", None)

        def local(fr: FrameType, ev: str, a: Any) -> Any:
            if ev == "line":
                if name in ("_read", "_reply", "decide"):
                    now = fr.f_locals.get("intent")
                    if now is not None and now != last["intent"]:
                        if last["intent"] is not None or name == "decide":
                            where = _rule_at(fr.f_code.co_filename, last["line"])
                            self.events.append((stage, where, now))
                        elif name != "decide":
                            self.events.append(("decided", "", now))
                        last["intent"] = now
                elif name == "settle":
                    p = fr.f_locals.get("p")
                    now = getattr(p, "predicted", None)
                    if now != last["pred"]:
                        self.events.append(("settle", _rule_at(fr.f_code.co_filename, last["line"]), now))
                        last["pred"] = now
                last["line"] = fr.f_lineno
            elif ev == "return":
                if name == "decide" and last["intent"] is not None and a == last["intent"]:
                    pass  # the last line that set `intent` chose it (recorded)
                elif name in ("decide", "_joint", "act") and a is not None:
                    self.events.append((f"{stage}:{name}", _rule_at(fr.f_code.co_filename, fr.f_lineno), a))
                elif name == "settle":
                    p = fr.f_locals.get("p")
                    now = getattr(p, "predicted", None)
                    if now != last["pred"]:
                        self.events.append(("settle", _rule_at(fr.f_code.co_filename, last["line"]), now))
            return local

        return local


def analyse(dialogues: list[dict], only_failing: bool = True) -> list[dict]:
    from pathfinder.assistant.nlu import joint
    from pathfinder.cli.dialogue_runner import (
        DEFAULT_TODAY,
        Dialogue,
        Session,
        _start_profile,
        build_eval_assistant,
    )
    from pathfinder.settings import Settings

    assistant, _ = build_eval_assistant(Settings(), DEFAULT_TODAY)
    captured: dict[str, Any] = {}
    real_settle = joint.settle

    def settle(p: Any, **kw: Any) -> Any:  # the classifier's ranking before any rule
        captured.setdefault("ranked", list(p.ranked)[:3])
        captured.setdefault("first", p.predicted)
        captured.setdefault("slots", _slots(p, kw))
        return real_settle(p, **kw)

    joint.settle = settle  # type: ignore[assignment]
    rows: list[dict] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n, d in enumerate(dialogues):
                session = Session(
                    assistant,
                    Path(tmp) / f"{n}.sqlite3",
                    _start_profile(Dialogue(d["id"], (), d.get("profile"))),
                )
                for t, message in enumerate(d["turns"]):
                    expected = (d["expect"][t] or {}).get("intent_any") or []
                    tracer = Tracer()
                    captured.clear()
                    sys.settrace(tracer.global_trace)
                    try:
                        answer, _ = session.take_turn(message)
                        final = answer.intent
                    except Exception as e:  # noqa: BLE001 - recorded, the run goes on
                        final = f"error:{type(e).__name__}"
                    finally:
                        sys.settrace(None)
                    if not expected or (only_failing and final in expected):
                        continue
                    rows.append(_row(d["id"], t, expected, final, captured, tracer.events))
    finally:
        joint.settle = real_settle  # type: ignore[assignment]
    return rows


def _slots(p: Any, kw: dict) -> dict:
    """What the slots and the linking found (the content rules' inputs), for reading a wrong act."""
    from pathfinder.assistant.nlu.wanting import wanting

    said = wanting(p.text)
    found = {
        "skills": list(p.skills),
        "goal": p.goal_text or p.clause_goal,
        "goal_en": p.goal_english,
        "role": p.current_role or p.clause_role,
        "topic": p.topic,
        "wish": said.wish,
        "need": said.need,
        "learn": said.learn,
        "done": p.done_cue,
        "plan_cue": p.plan_cue,
        "lang": p.lang,
    }
    return {k: v for k, v in {**found, **kw}.items() if v not in (None, "", [], False, ())}


def _row(did: str, turn: int, expected: list[str], final: str, captured: dict, events: list) -> dict:
    first = captured.get("first")
    ranked = [(a, round(float(s), 3)) for a, s in captured.get("ranked", [])]
    # the stage blamed: the last event that set the (wrong) final act, else the classifier
    blame, rule = "classifier", ""
    act = first
    for stage, where, value in events:
        if stage in ("settle", "decide", "decide:decide", "read", "read:act", "settle:_joint", "reply") and (
            value != act
        ):
            act = value
            blame, rule = stage, where
    if act != final:
        blame, rule = "answer", "(the responder changed the reading's act)"
    return {
        "id": did,
        "turn": turn,
        "expected": expected,
        "final": final,
        "classifier": ranked,
        "slots": captured.get("slots", {}),
        "blame": blame.split(":")[0],
        "rule": rule,
        "events": [(s, w, v) for s, w, v in events if s != "decided"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ids", help="dialogue ids, comma-separated")
    parser.add_argument("--from-failures", type=Path, help="the text of `--score --failures`")
    parser.add_argument("--json", type=Path, help="write one row per failing turn")
    parser.add_argument("--all", action="store_true", help="every turn with an intent expectation")
    args = parser.parse_args()
    ids: set[str] | None = set(args.ids.split(",")) if args.ids else None
    if args.from_failures:
        found = {
            m.group(1) for line in args.from_failures.read_text().splitlines() if (m := _FAIL.match(line))
        }
        ids = found | (ids or set())
    rows = analyse(tune_dialogues(ids), only_failing=not args.all)
    for r in rows:
        top = ", ".join(f"{a} {s}" for a, s in r["classifier"])
        print(f"{r['id']}#{r['turn'] + 1} want {r['expected']} got {r['final']} | clf: {top}")
        print(f"    blame {r['blame']}: {r['rule']}")
        print(f"    slots {r['slots']}")
    tally = Counter((r["blame"], r["rule"]) for r in rows)
    print(f"\n{len(rows)} turns; by stage: {dict(Counter(r['blame'] for r in rows))}")
    for (stage, rule), k in tally.most_common(25):
        print(f"{k:4d}  {stage:10s} {rule}")
    if args.json:
        with args.json.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
