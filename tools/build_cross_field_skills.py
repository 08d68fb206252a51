"""List, per bundled ESCO occupation, its essential skills that are mostly other fields' (risk management and
perform data analysis for an ICT security engineer: ESCO lists them for 34 and 70 occupations, 9 % and 24 % of
them ICT or the goal's own group).

    .venv/bin/python tools/build_cross_field_skills.py [ESCO_DIR] [--out TAXONOMY_DIR] [--report]

ESCO_DIR defaults to ../shared/data/esco_v1.1.1 (the official ESCO v1.1.1 CSV release, CC BY 4.0). An
occupation's **field** is the ICT groups of ISCO-08 (25 ICT professionals, 35 ICT technicians, 1330 ICT
service managers) plus its own ISCO sub-major group (23 teaching for an ICT trainer, 26 legal for a data
protection officer; a teacher's also 21, the science professionals, whose subjects it teaches). A skill is
**cross-field** for it when ESCO lists it (essential or optional) for at least MIN_LISTED occupations and
under FIELD_SHARE of them are of that field: common ground of many jobs elsewhere (project management, risk
analysis, data analysis, information confidentiality), not the field's subject. A course read from its text
whose only goal skills are such skills at the goal's margin is of another field (`planner/field_steps.py`,
issue 14, session 19: "Risk Management for Projects" for an ICT security engineer). Tools and languages of
the field stay (markup languages 68 % ICT, query languages 83 %).

Writes `occupation_cross_field_skills.csv` (occupation_uri, skill_uri, listed, field_share): derived facts
only (URIs, counts and shares). Read into `Occupation.cross_field` (`pathfinder.skills.files`).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from build_other_specialty import TAXONOMY, _rows

ROOT = Path(__file__).resolve().parents[1]
OUT_FILE = "occupation_cross_field_skills.csv"
ICT_GROUPS = ("25", "35", "1330")  # ISCO-08 prefixes of the ICT occupations
SCIENCE, TEACHING = "21", "23"  # a teacher's field holds the sciences it teaches (computer science)
MIN_LISTED = 10  # fewer listing occupations say too little of a skill's spread
FIELD_SHARE = 1 / 3  # under this share of the listing occupations in the field: a cross-field skill


def field_prefixes(isco: str) -> tuple[str, ...]:
    """The ISCO prefixes of an occupation's field: the ICT groups and its own sub-major group (for a teacher,
    the science professionals' too: computer science is listed mostly for them)."""
    return (*ICT_GROUPS, isco[:2], *((SCIENCE,) if isco.startswith(TEACHING) else ()))


def cross_field(esco: Path, bundled: dict[str, str]) -> list[tuple[str, str, int, float]]:
    """(occupation_uri, skill_uri, listed, field_share) for the cross-field essential skills of the bundled
    occupations."""
    isco = {r["conceptUri"]: r["iscoGroup"] for r in _rows(esco / "occupations_en.csv.gz")}
    essential: dict[str, set[str]] = defaultdict(set)
    listing: dict[str, list[str]] = defaultdict(list)  # skill -> ISCO groups of the occupations listing it
    for r in _rows(esco / "occupationSkillRelations.csv.gz"):
        listing[r["skillUri"]].append(isco.get(r["occupationUri"], ""))
        if r["relationType"] == "essential":
            essential[r["occupationUri"]].add(r["skillUri"])
    out = []
    for occ in sorted(bundled):
        prefixes = field_prefixes(isco[occ])
        for skill in sorted(essential[occ]):
            groups = listing[skill]
            share = sum(g.startswith(prefixes) for g in groups) / len(groups)
            if len(groups) >= MIN_LISTED and share < FIELD_SHARE:
                out.append((occ, skill, len(groups), round(share, 3)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("esco", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1")
    parser.add_argument("--out", type=Path, default=TAXONOMY)
    parser.add_argument("--report", action="store_true", help="print each occupation's skills by label")
    args = parser.parse_args()
    with (TAXONOMY / "occupations.csv").open() as f:
        bundled = {r["uri"]: r["label"] for r in csv.DictReader(f)}
    found = cross_field(args.esco, bundled)
    with (args.out / OUT_FILE).open("w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["occupation_uri", "skill_uri", "listed", "field_share"])
        w.writerows(found)
    if args.report:
        labels = {r["conceptUri"]: r["preferredLabel"] for r in _rows(args.esco / "skills_en.csv.gz")}
        for occ, skill, n, share in found:
            print(f"{bundled[occ]}: {labels.get(skill, skill)} ({n}, {share:.0%})")
    print(f"{len(found)} skills over {len({r[0] for r in found})} occupations -> {args.out / OUT_FILE}")


if __name__ == "__main__":
    main()
