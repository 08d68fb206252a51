"""Skill linking speed, warm, over the full ESCO import: per sentence, one at a time (a chat message) and
batched (`skills match --file`), as wall-clock p50/p95 and CPU time (`time.process_time`, which holds on a
loaded machine where wall-clock mostly measures the queue), with the load average; plus `extract` on a whole
advert and tagging per course.

    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python bench/bench_skills.py [--single 300] [--json]

The label vectors are cached on disk after the first run; warm-up calls run before anything is timed (lexical
incidence matrix, BLAS). Figures go to docs/BENCHMARKS.md; nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Sequence


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _summary(runs: list[tuple[float, float]], per: int = 1) -> dict[str, float]:
    walls = [w / per for w, _ in runs]
    cpus = [c / per for _, c in runs]
    return {
        "wall_p50_ms": round(statistics.median(walls), 2),
        "wall_p95_ms": round(_pct(walls, 0.95), 2),
        "cpu_mean_ms": round(statistics.fmean(cpus), 2),
        "cpu_p50_ms": round(statistics.median(cpus), 2),
    }


def main() -> int:
    from pathfinder.cli.skills_linking import load_courses
    from pathfinder.settings import Settings
    from pathfinder.skills.linking_eval import load_set
    from pathfinder.skills.matching import SkillMatcher
    from pathfinder.skills.tagging_eval import load_tagged

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--single", type=int, default=300, help="sentences linked one at a time")
    ap.add_argument("--batch", type=int, default=32, help="sentences per batched call")
    ap.add_argument("--courses", type=int, default=60, help="courses tagged")
    args = ap.parse_args()
    settings = Settings()
    load_before = os.getloadavg()
    start = time.perf_counter()
    matcher = SkillMatcher.from_settings(settings)
    _ = matcher.label_vectors  # built lazily: load it inside the timed start-up
    load_s = time.perf_counter() - start
    by_label = {s.label.lower(): s.uri for s in matcher.taxonomy.skills.values()}
    sentences = []
    for name in ("tech", "house", "skillskape-dev"):
        cases, _ = load_set(name, settings.shared_data_dir, lambda label: by_label.get(label.lower()))
        sentences += [c.text for c in cases]
    matcher.match_many(sentences[:64], top=5)  # warm-up: lexical matrix, BLAS, tokenizer
    for s in sentences[:10]:
        matcher.match(s, top=5)

    single = [_timed(lambda s=s: matcher.match(s, top=5)) for s in sentences[: args.single]]
    chunks = [sentences[i : i + args.batch] for i in range(0, len(sentences), args.batch)]
    full = [c for c in chunks if len(c) == args.batch]
    batched = [_timed(lambda c=c: matcher.match_many(c, top=5)) for c in full]
    advert = "\n".join(sentences[:40])
    advert_runs = [_timed(lambda: matcher.extract(advert)) for _ in range(2)]
    tagged = load_tagged("tune")[: args.courses]
    courses = list(load_courses(settings.shared_data_dir, {t.id for t in tagged}).values())
    tag_run = _timed(lambda: matcher.infer_many(courses))
    result = {
        "skills": len(matcher.taxonomy.skills),
        "label_rows": len(matcher._labels),
        "load_s": round(load_s, 1),
        "load_average_before": [round(x, 1) for x in load_before],
        "cores": os.cpu_count(),
        "single_sentence": {"sentences": len(single), **_summary(single)},
        "batched_per_sentence": {
            "batches": len(batched),
            "batch": args.batch,
            **_summary(batched, args.batch),
        },
        "extract_whole_advert": {"words": len(advert.split()), **_summary(advert_runs)},
        "tagging_per_course": {"courses": len(courses), **_summary([tag_run], len(courses))},
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
