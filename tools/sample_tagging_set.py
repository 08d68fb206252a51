"""Sample the courses of a hand-labelled tagging set (evals/skill_tagging_rules.md) and print a worksheet.

    .venv/bin/python tools/sample_tagging_set.py --seed 2026 --edx 50 --udemy 28 --bundled 12 > worksheet.txt

Every edX and Udemy course in ../shared/data and every bundled catalogue entry, minus the ids of the existing
tagging sets; each source sorted by id and shuffled with `random.Random(seed)`, the first N of each kept. The
worksheet (title, subject, level, description, outcomes, syllabus: what the reader reads) goes to stdout and
is not committed (the edX text's licence is unclear); the labelled file keeps only ids, titles and labels.
No model is run here.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> int:
    from pathfinder.catalogue import load_catalogue
    from pathfinder.settings import Settings
    from pathfinder.skills.tagging_eval import SOURCES, TAGGING_SETS, bundled_catalogue_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--edx", type=int, default=50)
    ap.add_argument("--udemy", type=int, default=28)
    ap.add_argument("--bundled", type=int, default=12)
    args = ap.parse_args()
    settings = Settings()
    seen = {
        json.loads(line)["id"]
        for path in TAGGING_SETS.values()
        if Path(path).is_file()
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    pools = {
        mapping: load_catalogue([Path(settings.shared_data_dir) / file], mapping=mapping).credentials
        for file, mapping in SOURCES
    }
    pools["bundled"] = load_catalogue([bundled_catalogue_dir()]).credentials
    rng = random.Random(args.seed)
    for name, n in (("edx", args.edx), ("udemy", args.udemy), ("bundled", args.bundled)):
        pool = sorted((c for c in pools[name] if c.id not in seen), key=lambda c: c.id)
        rng.shuffle(pool)
        for c in pool[:n]:
            print(f"=== {c.id} ({name})\nTITLE: {c.title}")
            print(f"SUBJECT: {c.subject or ''}  PROVIDER: {c.provider}  EQF: {c.eqf_level}")
            if c.description:
                print(f"DESCRIPTION: {' '.join(c.description.split())[:1500]}")
            for o in c.learning_outcomes[:12]:
                print(f"  - {o[:300]}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
