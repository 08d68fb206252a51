"""Skill linking speed, warm: ms per sentence over the full ESCO import, batched (`skills match --file`) and
one sentence at a time (a chat message), plus `extract` on a whole advert and tagging speed per course.

    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python bench/bench_skills.py [--repeats 3]

The label vectors are cached on disk after the first run; the first call of a process also builds the lexical
incidence matrix, so one warm-up call runs before anything is timed. Figures go to docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time


def main() -> int:
    from pathfinder.cli.skills_linking import load_courses
    from pathfinder.settings import Settings
    from pathfinder.skills.linking_eval import load_set
    from pathfinder.skills.matching import SkillMatcher
    from pathfinder.skills.tagging_eval import load_tagged

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    settings = Settings()
    start = time.perf_counter()
    matcher = SkillMatcher.from_settings(settings)
    _ = matcher.label_vectors  # built lazily: load it inside the timed start-up
    load_s = time.perf_counter() - start
    by_label = {s.label.lower(): s.uri for s in matcher.taxonomy.skills.values()}
    sentences = []
    for name in ("tech", "house", "skillskape-dev"):
        cases, _ = load_set(name, settings.shared_data_dir, lambda label: by_label.get(label.lower()))
        sentences += [c.text for c in cases]
    matcher.match_many(sentences[:64], top=5)  # warm-up: lexical matrix, BLAS threads

    def timed(fn) -> float:
        runs = []
        for _ in range(args.repeats):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return statistics.median(runs)

    batch = timed(lambda: matcher.match_many(sentences, top=5)) * 1000 / len(sentences)
    one = sentences[:100]
    single = timed(lambda: [matcher.match(s, top=5) for s in one]) * 1000 / len(one)
    advert = "\n".join(sentences[:40])
    advert_ms = timed(lambda: matcher.extract(advert)) * 1000
    tagged = load_tagged("tune")
    courses = list(load_courses(settings.shared_data_dir, {t.id for t in tagged}).values())
    tag_ms = timed(lambda: matcher.infer_many(courses)) * 1000 / len(courses)
    print(
        json.dumps(
            {
                "skills": len(matcher.taxonomy.skills),
                "label_rows": len(matcher._labels),
                "load_s": round(load_s, 1),
                "sentences": len(sentences),
                "ms_per_sentence_batched": round(batch, 2),
                "ms_per_sentence_one_at_a_time": round(single, 2),
                "extract_whole_advert_ms": round(advert_ms, 1),
                "advert_words": len(advert.split()),
                "tagging_ms_per_course": round(tag_ms, 1),
                "courses": len(courses),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
