"""Score, per bundled ESCO occupation, how central each of its essential skills is to what the occupation is
about (create semantic trees 2.8 and web programming 0.5 for a knowledge engineer).

    .venv/bin/python tools/build_skill_centrality.py [ESCO_DIR] [--out TAXONOMY_DIR] [--report]

ESCO_DIR defaults to ../shared/data/esco_v1.1.1 (the official ESCO v1.1.1 CSV release, CC BY 4.0). ESCO's
essential-skill lists are broad and unranked: the knowledge engineer's 23 include "use markup languages" and
"web programming" beside "create semantic trees", so plans that close the most essential skills took a
front-end course for a knowledge engineer and left linked data out (issue 14, session 17; fresh16-12). How
central a skill is to an occupation is measured from ESCO's own texts: multilingual-e5-small (the model the
package already ships, `pathfinder.skills.e5`) embeds each occupation's label and description and each
skill's label and description; a skill's **centrality** for an occupation is its similarity to that
occupation as a z-score across the bundled occupations (how much closer it is to this one than to the
average ICT or teaching occupation), and its **rank** the occupation's place among them by closeness to the
skill (a family of close occupations, the seven security ones, shares the first places of its skills). Raw
similarity is flat (0.78-0.87 for every ICT occupation, "ICT system ..." skills first everywhere: measured
in session 6); the z-score asks the question an advisor asks, "is this skill what sets this job apart?".

Writes `occupation_skill_centrality.csv` (occupation_uri, skill_uri, centrality, rank): derived facts only
(URIs and scores). Read into `Occupation.centrality` (`pathfinder.skills.files`); the planner's rule on them
(which skills are peripheral, `gaps.peripheral_skills`) is in the package, not here. `--report` prints, per
occupation, its essential skills by centrality with those the rule calls peripheral marked.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from build_other_specialty import TAXONOMY, _rows

ROOT = Path(__file__).resolve().parents[1]
OUT_FILE = "occupation_skill_centrality.csv"


def _text(row: dict[str, str]) -> str:
    return f"{row['preferredLabel']}: {row.get('description', '').strip()}"


def centrality(esco: Path, taxonomy: Path) -> dict[str, dict[str, tuple[float, int]]]:
    """occupation URI -> {essential skill URI: (centrality, rank)} for the bundled occupations: the rank is
    the occupation's place among them by closeness to the skill (1: the closest)."""
    from pathfinder.skills import e5

    with (taxonomy / "occupations.csv").open() as f:
        bundled = [r["uri"] for r in csv.DictReader(f)]
    essential: dict[str, list[str]] = defaultdict(list)
    with (taxonomy / "occupation_skills.csv").open() as f:
        for r in csv.DictReader(f):
            if r["relation"] == "essential":
                essential[r["occupation_uri"]].append(r["skill_uri"])
    occupations = {r["conceptUri"]: r for r in _rows(esco / "occupations_en.csv.gz")}
    skills = {r["conceptUri"]: r for r in _rows(esco / "skills_en.csv.gz")}
    wanted = sorted({s for o in bundled for s in essential[o] if s in skills})
    occ_vectors = e5.embed([_text(occupations[o]) for o in bundled])
    skill_vectors = e5.embed([_text(skills[s]) for s in wanted], passage=True)
    sim = skill_vectors @ occ_vectors.T  # skills x occupations
    z = (sim - sim.mean(axis=1, keepdims=True)) / np.maximum(sim.std(axis=1, keepdims=True), 1e-9)
    rank = (-sim).argsort(axis=1).argsort(axis=1) + 1  # 1: the occupation closest to the skill
    row = {s: i for i, s in enumerate(wanted)}
    return {
        o: {s: (round(float(z[row[s], j]), 3), int(rank[row[s], j])) for s in essential[o] if s in row}
        for j, o in enumerate(bundled)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("esco", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1")
    parser.add_argument("--out", type=Path, default=TAXONOMY)
    parser.add_argument("--report", action="store_true", help="print each occupation's skills by centrality")
    args = parser.parse_args()
    scores = centrality(args.esco, args.out)
    with (args.out / OUT_FILE).open("w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["occupation_uri", "skill_uri", "centrality", "rank"])
        w.writerows((occ, s, *zr) for occ in sorted(scores) for s, zr in sorted(scores[occ].items()))
    if args.report:
        from pathfinder.planner.gaps import peripheral_skills
        from pathfinder.skills.files import read_taxonomy

        taxonomy = read_taxonomy(args.out)
        for occ in taxonomy.occupations.values():
            low = set(peripheral_skills(occ))
            print(f"== {occ.label}")
            for s, z, r in sorted(occ.centrality, key=lambda x: -x[1]):
                print(f"  {z:6.2f} {r:3d} {'P' if s in low else ' '} {taxonomy.label(s)}")
    n = sum(map(len, scores.values()))
    print(f"{n} skills over {len(scores)} occupations -> {args.out / OUT_FILE}")


if __name__ == "__main__":
    sys.exit(main())
