"""How many occupation names link to the right ESCO occupation (session 19, issue #12, helper roles19): an
evaluation, not a test of the lists. Each name is said as a goal in its language ("I want to become a X",
"Ich möchte X werden", "quiero ser X", "je veux devenir X", "tavoitteeni on X", "tôi muốn trở thành X",
"मैं X बनना चाहता हूँ", "আমি X হতে চাই") to a fresh learner through the app's turn path, and the goal saved
is compared with the occupation the name belongs to.

Names: (1) every English label of ESCO v1.1.1 (preferred, alternative and hidden labels, from
../shared/data/esco_v1.1.1/occupations_en.csv.gz, read offline) of the ICT occupations the bundled taxonomy
keeps; ESCO's release here is English only, so (2) the other seven languages are measured on the glossary's
job names whose English is one of those occupations' labels (`nlu/data/glossary.tsv`, our own list).
A name counts as `linked` when the goal is its occupation (any of them for a label ESCO gives several),
`asked` when the reply offers it among "or did you mean ...?", else `wrong` (another occupation or an area) or
`none`.

    python evals/occupations/link_labels.py [--limit N] [--out results.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import logging
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ESCO = ROOT.parent.parent / "shared" / "data" / "esco_v1.1.1" / "occupations_en.csv.gz"
if not ESCO.exists():
    ESCO = Path("/work/shared/data/esco_v1.1.1/occupations_en.csv.gz")
GLOSSARY = ROOT / "src" / "pathfinder" / "assistant" / "nlu" / "data" / "glossary.tsv"
TEMPLATES = {
    "en": "I want to become a {x}",
    "de": "Ich möchte {x} werden",
    "es": "quiero ser {x}",
    "fr": "je veux devenir {x}",
    "fi": "tavoitteeni on {x}",
    "vi": "tôi muốn trở thành {x}",
    "hi": "मैं {x} बनना चाहता हूँ",
    "bn": "আমি {x} হতে চাই",
}


def names() -> list[tuple[str, str, frozenset[str], str]]:
    """(lang, name, the occupations whose label it is, source) for every name measured: a label ESCO gives
    several kept occupations ("CISO", "network administrator") is right for any of them."""
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    taxonomy = load_taxonomy(Settings())
    kept = taxonomy.occupations
    owners: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, str] = {}
    with gzip.open(ESCO, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            uri = row["conceptUri"]
            if uri not in kept:
                continue
            labels = [row["preferredLabel"], *row["altLabels"].split("\n"), *row["hiddenLabels"].split("\n")]
            for label in (x.strip() for x in labels if x.strip()):
                owners[label.casefold()].add(uri)
                spelling.setdefault(label.casefold(), label)
    out = [("en", spelling[key], frozenset(uris), "esco") for key, uris in owners.items()]
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, term, english = line.split("\t")
        uris = owners.get(english.removeprefix("~").casefold())
        if lang != "en" and uris and not term.endswith("*"):
            out.append((lang, term, frozenset(uris), "glossary"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)
    from pathfinder.cli.dialogue_runner import DEFAULT_TODAY, Session, build_eval_assistant
    from pathfinder.domain import LearnerProfile
    from pathfinder.settings import Settings

    assistant, _ = build_eval_assistant(Settings(), DEFAULT_TODAY)
    rows = names()[: args.limit or None]
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    out = args.out.open("w", encoding="utf-8") if args.out else None
    with tempfile.TemporaryDirectory() as tmp:
        for n, (lang, name, uris, source) in enumerate(rows):
            session = Session(assistant, Path(tmp) / f"{n}.db", LearnerProfile(id=f"occ{n}"))
            answer, profile = session.take_turn(TEMPLATES[lang].format(x=name))
            got = profile.goal.occupation_uri if profile.goal else None
            labels = [x for u in sorted(uris) if (x := assistant_label(u))]
            verdict = (
                "linked"
                if got in uris
                else "asked"
                if any(x.casefold() in answer.text.casefold() for x in labels)
                else "wrong"
                if profile.goal
                else "none"
            )
            tally[(source, lang)][verdict] += 1
            if out:
                goal = profile.goal.label if profile.goal else None
                record = {"lang": lang, "name": name, "want": sorted(uris), "goal": goal, "verdict": verdict}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()
    print("source   lang  names  linked  asked  wrong  none")
    for (source, lang), c in sorted(tally.items()):
        total = sum(c.values())
        print(
            f"{source:8} {lang:4} {total:6} {c['linked']:7} {c['asked']:6} {c['wrong']:6} {c['none']:5}"
            f"   ({100 * c['linked'] / total:.1f} % linked)"
        )
    everything = sum((c for c in tally.values()), Counter())
    total = sum(everything.values())
    share = 100 * everything["linked"] / total
    print(
        f"all      {total} names: {everything['linked']} linked ({share:.1f} %), "
        f"{everything['asked']} asked, {everything['wrong']} wrong, {everything['none']} none"
    )


_LABELS: dict[str, str] = {}


def assistant_label(uri: str) -> str | None:
    if not _LABELS:
        from pathfinder.settings import Settings
        from pathfinder.skills.files import load_taxonomy

        _LABELS.update({u: o.label for u, o in load_taxonomy(Settings()).occupations.items()})
    return _LABELS.get(uri)


if __name__ == "__main__":
    main()
