"""How many catalogue entries have skills after ingest: the bundled corpus plus the real edX and Udemy files,
indexed through the one ingest path (`skills.ingest.ingest`, as `pathfinder eval plans --catalogue
bundled+real` does, under DATA_DIR/eval-plans), counted per source.

    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python tools/skills_coverage.py

Per source: entries, entries whose skills the catalogue states, entries with inferred skills (all at or above
the tagging threshold), entries with an inferred skill the planner counts (confidence >=
`domain.MIN_SKILL_CONFIDENCE`), and entries marked "skills unknown". Figures go to docs/BENCHMARKS.md.
"""

from __future__ import annotations

import json
import time
from collections import Counter


def main() -> int:
    from pathfinder.cli.plans_eval import plan_catalogue
    from pathfinder.domain import MIN_SKILL_CONFIDENCE
    from pathfinder.settings import Settings
    from pathfinder.skills.tagging import TAG_THRESHOLD, skills_unknown

    settings = Settings()
    start = time.perf_counter()
    credentials = plan_catalogue(settings, "bundled+real")
    seconds = time.perf_counter() - start
    counts: dict[str, Counter[str]] = {}
    for c in credentials:
        source = c.id.split("-", 1)[0] if c.id.startswith(("edx-", "udemy-")) else "bundled"
        n = counts.setdefault(source, Counter())
        n["entries"] += 1
        inferred = [s for s in c.skills if s.inferred]
        n["skills_stated"] += bool(c.skills) and not inferred
        n["skills_inferred"] += bool(inferred)
        n["inferred_skills"] += len(inferred)
        n["planner_counts_one"] += any(s.confidence >= MIN_SKILL_CONFIDENCE for s in inferred)
        n["skills_unknown"] += skills_unknown(c)
    out = {
        "tag_threshold": TAG_THRESHOLD,
        "planner_min_confidence": MIN_SKILL_CONFIDENCE,
        "ingest_seconds": round(seconds, 1),
        **{k: dict(v) for k, v in sorted(counts.items())},
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
