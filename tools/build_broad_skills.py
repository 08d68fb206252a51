"""List, per bundled ESCO occupation, the essential skills ESCO gives to dozens of occupations across fields
(curriculum objectives for a digital literacy teacher, manage research data for a computer scientist), and
those it gives to the occupation and at most one other (unified modelling language for a software architect).

    .venv/bin/python tools/build_broad_skills.py [ESCO_DIR] [--out TAXONOMY_DIR] [--report]

ESCO_DIR defaults to ../shared/data/esco_v1.1.1 (the official ESCO v1.1.1 CSV release, CC BY 4.0). The
bundled taxonomy holds 36 occupations, so counting occupations there (`gaps.central_weight`) calls a
teacher's "curriculum objectives" the goal's own when few bundled occupations teach; across the whole of ESCO
(3,000 occupations) it is essential for 127. A skill listed as essential by at least BROAD_OCCUPATIONS ESCO
occupations is the common ground of a whole family of jobs (every teacher, every researcher), not what a
course about this goal teaches: a course whose essential goal skills are all such skills is no teacher of the
gap (`planner/lookup.py`, `broad_only`; issue 14, session 14: "Designing Micro-Credentials" closed a digital
literacy teacher's "assessment processes" and "curriculum objectives"; "Research Data Management and FAIR"
was a computer scientist's whole plan).

A skill listed as essential by at most DISTINCT_OCCUPATIONS ESCO occupations sets the occupation apart
(unified modelling language and object-oriented modelling for a software architect, front-end website design
for a web developer, teach digital literacy for a digital literacy teacher): when O*NET names no core for the
goal, these are its core (`gaps.distinct_core`, `Gap.core`; `planner/core.py`: a plan covering none of them
takes a course of one when it fits, else says what one would take).

Writes `occupation_broad_skills.csv` and `occupation_distinct_skills.csv` (occupation_uri, skill_uri,
occupations): derived facts only (URIs and counts). Read into `Occupation.broad` and `Occupation.distinct`
(`pathfinder.skills.files`).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from build_other_specialty import TAXONOMY, _rows

ROOT = Path(__file__).resolve().parents[1]
OUT_FILE, DISTINCT_FILE = "occupation_broad_skills.csv", "occupation_distinct_skills.csv"
# ESCO occupations listing a skill as essential (the occupation itself included)
BROAD_OCCUPATIONS, DISTINCT_OCCUPATIONS = 50, 2


def esco_spread(esco: Path, bundled: dict[str, str]) -> list[tuple[str, str, int]]:
    """(occupation_uri, skill_uri, occupations) for every essential skill of the bundled occupations: how many
    ESCO occupations list it as essential."""
    essential: dict[str, set[str]] = defaultdict(set)
    listing: dict[str, int] = defaultdict(int)
    for r in _rows(esco / "occupationSkillRelations.csv.gz"):
        if r["relationType"] == "essential":
            essential[r["occupationUri"]].add(r["skillUri"])
            listing[r["skillUri"]] += 1
    return [(occ, skill, listing[skill]) for occ in sorted(bundled) for skill in sorted(essential[occ])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("esco", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1")
    parser.add_argument("--out", type=Path, default=TAXONOMY)
    parser.add_argument("--report", action="store_true", help="print each occupation's skills by label")
    args = parser.parse_args()
    with (TAXONOMY / "occupations.csv").open() as f:
        bundled = {r["uri"]: r["label"] for r in csv.DictReader(f)}
    spread = esco_spread(args.esco, bundled)
    labels = {r["conceptUri"]: r["preferredLabel"] for r in _rows(args.esco / "skills_en.csv.gz")}
    for name, found in (
        (OUT_FILE, [r for r in spread if r[2] >= BROAD_OCCUPATIONS]),
        (DISTINCT_FILE, [r for r in spread if r[2] <= DISTINCT_OCCUPATIONS]),
    ):
        with (args.out / name).open("w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["occupation_uri", "skill_uri", "occupations"])
            w.writerows(found)
        if args.report:
            for occ, skill, n in found:
                print(f"{bundled[occ]}: {labels.get(skill, skill)} ({n})")
        print(f"{len(found)} skills over {len({r[0] for r in found})} occupations -> {args.out / name}")


if __name__ == "__main__":
    sys.exit(main())
