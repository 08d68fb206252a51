"""Writes evals/dialogues/dialogues.jsonl from the per-language authoring modules in this folder.

Run: `python evals/dialogues/authoring/build.py` (no pathfinder import: only the bundled catalogue files).
The split is assigned once, when a dialogue is first written, and kept from the existing file afterwards
(see `assign_splits`); existing lines never change split.
"""

from __future__ import annotations

import glob
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE.parent / "dialogues.jsonl"
LANGS = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn")
sys.path.insert(0, str(HERE))

from dsl import dialogue_line, write_lines


def catalogue_ids() -> set[str]:
    ids: set[str] = set()
    for path in glob.glob(str(ROOT / "src" / "pathfinder" / "corpus" / "catalogue" / "*.json")):
        ids.update(c["id"] for c in json.loads(Path(path).read_text()))
    return ids


def existing_splits() -> dict[str, str]:
    if not OUT.exists():
        return {}
    rows = [json.loads(line) for line in OUT.read_text().splitlines() if line.strip()]
    return {row["id"]: row["split"] for row in rows}


def assign_splits(dialogues: list, lang: str, kept: dict[str, str]) -> dict[str, str]:
    """Kept splits stay; a dialogue written for one split (`D.split`, the v6 batch) gets it. The first version
    took tune at positions 1 and 3 of every 5 in (first tag, id) order; dialogues added later, in the same
    order, go to tune while the language's tune share is under 40 %."""
    ordered = sorted(dialogues, key=lambda d: (d.tags[0], d.id))
    if not kept:
        return {d.id: "tune" if i % 5 in (1, 3) else "frozen" for i, d in enumerate(ordered)}
    splits = {d.id: kept[d.id] for d in ordered if d.id in kept}
    splits.update({d.id: d.split for d in ordered if d.id not in splits and d.split})
    for d in ordered:
        if d.id not in splits:
            tune = sum(v == "tune" for v in splits.values())
            splits[d.id] = "tune" if tune < 0.4 * (len(splits) + 1) else "frozen"
    return splits


def check(d, lang: str, ids: set[str]) -> None:
    assert d.id.startswith(lang + "-"), d.id
    for turn in d.turns:
        for key in ("cite_any", "cite_none", "plan_excl", "plan_incl", "held", "not_rejected"):
            for cid in turn.checks.get(key) or ():
                assert cid in ids, f"{d.id}: {cid} is not in the catalogue"


def main() -> None:
    ids = catalogue_ids()
    kept = existing_splits()
    lines, seen = [], set()
    for lang in LANGS:
        module = importlib.import_module(lang)
        splits = assign_splits(module.DIALOGUES, lang, kept)
        for d in module.DIALOGUES:
            assert d.id not in seen, f"duplicate id {d.id}"
            seen.add(d.id)
            check(d, lang, ids)
            lines.append(dialogue_line(d, lang, splits[d.id]))
    write_lines(OUT, lines)
    by_lang = Counter(x["lang"] for x in lines)
    turns = sum(len(x["turns"]) for x in lines)
    split = Counter(x["split"] for x in lines)
    print(f"{len(lines)} dialogues, {turns} turns; {dict(by_lang)}; {dict(split)}")


if __name__ == "__main__":
    main()
