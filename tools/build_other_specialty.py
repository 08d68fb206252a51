"""List, per bundled ESCO occupation, the essential skills ESCO gives it that are another specialty's of the
same field (a software developer's debugging and design patterns for a network engineer).

    .venv/bin/python tools/build_other_specialty.py [ESCO_DIR] [--out TAXONOMY_DIR] [--report]

ESCO_DIR defaults to ../shared/data/esco_v1.1.1 (the official ESCO v1.1.1 CSV release, CC BY 4.0). ESCO lists
developer skills (debug software, ICT debugging tools, use software design patterns, analyse software
specifications, computer programming) as essential for the ICT network engineer, so plans closing the most
essential skills took a developer's route into networking (issue 14, sessions 10-12). ESCO's own structure
says which skills those are: each occupation sits in an ISCO-08 unit group, and a skill's essential
occupations across the whole of ESCO (3,000 of them) show the specialty it belongs to. An essential skill of
an occupation is **another specialty's** when, among the other ESCO occupations listing it as essential:

- there are at least MIN_OTHERS (a skill of a handful of occupations says nothing of a specialty);
- at most SAME_SHARE of them are in the occupation's own ISCO minor group (3 digits: 252 database and network
  professionals);
- at least DOMINANT_SHARE of them are in one other minor group (251 software and applications developers and
  analysts), and that group is in the occupation's own ISCO sub-major group (2 digits: 25 ICT professionals):
  a neighbouring specialty of the same field. A skill whose specialty is another field (ICT security
  legislation for a data protection officer, 261 legal vs 252) is the occupation's bridge to that field, not
  a detour, and stays.

Writes `occupation_other_specialty.csv` (occupation_uri, skill_uri, specialty, others, same): the specialty is
the ISCO minor group's code; `others` how many other ESCO occupations list the skill as essential, `same` how
many of them share the occupation's minor group. Derived facts only (URIs, codes, counts). The gap counts such
skills as optional ("not needed first", `Occupation.other_specialty`, `planner/gaps.py`).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "src" / "pathfinder" / "corpus" / "taxonomy"
OUT_FILE = "occupation_other_specialty.csv"
MIN_OTHERS = 10
SAME_SHARE = 0.10
DOMINANT_SHARE = 0.6


def _rows(path: Path) -> csv.DictReader:
    return csv.DictReader(gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open())


def other_specialty(esco: Path, bundled: dict[str, str]) -> list[tuple[str, str, str, int, int]]:
    """(occupation_uri, skill_uri, specialty, others, same) for the bundled occupations (`bundled`: uri ->
    label), by the rule of the module docstring."""
    isco = {r["conceptUri"]: r["iscoGroup"] for r in _rows(esco / "occupations_en.csv.gz")}
    essential: dict[str, set[str]] = defaultdict(set)
    listing: dict[str, set[str]] = defaultdict(set)
    for r in _rows(esco / "occupationSkillRelations.csv.gz"):
        if r["relationType"] == "essential":
            essential[r["occupationUri"]].add(r["skillUri"])
            listing[r["skillUri"]].add(r["occupationUri"])
    found = []
    for occ in sorted(bundled):
        own = isco[occ]
        for skill in sorted(essential[occ]):
            others = listing[skill] - {occ}
            if len(others) < MIN_OTHERS:
                continue
            groups = Counter(isco[o][:3] for o in others)
            same = groups[own[:3]]
            top, n = groups.most_common(1)[0]
            if (
                same <= SAME_SHARE * len(others)
                and top != own[:3]
                and top[:2] == own[:2]
                and n >= DOMINANT_SHARE * len(others)
            ):
                found.append((occ, skill, top, len(others), same))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("esco", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1")
    parser.add_argument("--out", type=Path, default=TAXONOMY)
    parser.add_argument("--report", action="store_true", help="print each occupation's skills by label")
    args = parser.parse_args()
    with (TAXONOMY / "occupations.csv").open() as f:
        bundled = {r["uri"]: r["label"] for r in csv.DictReader(f)}
    found = other_specialty(args.esco, bundled)
    with (args.out / OUT_FILE).open("w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["occupation_uri", "skill_uri", "specialty", "others", "same"])
        w.writerows(found)
    if args.report:
        labels = {r["conceptUri"]: r["preferredLabel"] for r in _rows(args.esco / "skills_en.csv.gz")}
        for occ, skill, top, others, same in found:
            print(f"{bundled[occ]}: {labels.get(skill, skill)} ({top}; {same} of {others} in its own group)")
    print(f"{len(found)} skills over {len({r[0] for r in found})} occupations -> {args.out / OUT_FILE}")


if __name__ == "__main__":
    sys.exit(main())
