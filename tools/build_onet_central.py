"""Map the bundled ESCO occupations to O*NET 29.2 occupations and list, per ESCO occupation, the skills O*NET
names as central that ESCO lists only as optional or not at all (machine learning for the data scientist).

    .venv/bin/python tools/build_onet_central.py [ONET_DIR] [--out src/pathfinder/corpus/taxonomy] [--report]

ONET_DIR defaults to ../shared/data/onet_29.2 (O*NET 29.2 Database by the U.S. Department of Labor, Employment
and Training Administration (USDOL/ETA), CC BY 4.0). Writes two files of derived facts (ids and URIs only, no
O*NET text) into the taxonomy folder:

- `onet_map.csv` (esco_uri, esco_label, onet_code, how): the mapping. An ESCO occupation maps to
  the O*NET occupations whose title, or else whose alternate titles, equal its preferred label or one of its
  alternative labels (normalised, a final plural "s" dropped); REVIEWED below overrides that by hand where
  the titles match several O*NET occupations or none (each with its reason). `how` says which rule gave it.
- `occupation_central.csv` (occupation_uri, skill_uri, tasks, technologies): a skill is central for an ESCO
  occupation when at least MIN_TASKS task statements of its O*NET occupation(s) name it (linked to ESCO by
  the project's skill linker on its verbatim side, `SkillMatcher.exact_mentions`: ESCO labels and the curated
  aliases, minus the links DROP lists; its meaning side, `extract`, was tried and dropped: 5 of the 16 links
  it added were a word of the task, not the skill, "learning and development" -> Agile development)
  or an O*NET "in demand" technology of them names it verbatim or by alias (scikit-learn -> utilise machine
  learning) and at most MAX_SPREAD O*NET occupations name it so (in either way), it is a skill of the
  bundled taxonomy, and the ESCO occupation does not list it as essential already.
  The planner counts these as essential goal skills ("central", `Occupation.central`).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pathfinder.domain.taxonomy import normalise_label  # noqa: E402
from pathfinder.skills.files import read_taxonomy  # noqa: E402

DEFAULT_ONET = ROOT.parent / "shared" / "data" / "onet_29.2"
TAXONOMY = ROOT / "src" / "pathfinder" / "corpus" / "taxonomy"
MIN_TASKS = 2  # task statements that must name a skill (one task naming it is one duty among ~20)
# a skill is an occupation's own when at most this many O*NET occupations name it (in >= MIN_TASKS tasks, or
# by an in-demand technology): Python (67 occupations' in-demand technology) or spreadsheets (339) is not
MAX_SPREAD = 3
# verbatim links reviewed by hand as wrong on O*NET task text (session 8): an alternative label or alias that
# is a word of the task, not the skill
DROP: tuple[str, ...] = (
    "digital data processing",  # alt label "data processing" in "tests of data processing system"
    "ICT communications protocols",  # "computer networks", "networking software" (administer, not protocols)
    "operating systems",  # web developers: "compatible with ... operating systems" (2 of its 3 tasks)
)

# ESCO preferred label -> O*NET codes, reviewed by hand (session 8) where the title rules give several
# occupations or none. Reason per row.
REVIEWED: dict[str, tuple[str, ...]] = {
    # "Data Analyst" is an alternate title of 9 O*NET occupations (statisticians, data scientists,
    # clinical data managers, ...); business intelligence analysts is the one that analyses business data
    "data analyst": ("15-2051.01",),
    "data scientist": ("15-2051.00",),  # the title, not its 8 other alternate-title matches
    "cloud engineer": ("15-1299.08",),  # "Computer Systems Engineers/Architects" designs cloud systems
    "computer vision engineer": ("15-1221.00",),  # O*NET's alternate title sits under robotics (17-2061)
    "ICT intelligent systems designer": ("15-1221.00",),  # computer and information research scientists
    "knowledge engineer": ("15-1221.00",),
    "computer scientist": ("15-1221.00",),
    "ICT research consultant": ("15-1221.00",),
    "ICT network engineer": ("15-1241.00",),  # computer network architects (network engineer alt title)
    "ICT network architect": ("15-1241.00",),
    "ICT network administrator": ("15-1244.00",),
    "ICT system administrator": ("15-1244.00",),
    "database administrator": ("15-1242.00",),
    "data warehouse designer": ("15-1243.01",),
    "data quality specialist": ("15-1243.00",),  # database architects (data quality is their task)
    "chief data officer": ("11-3021.00",),  # computer and information systems managers
    "ICT security administrator": ("15-1212.00",),
    "ICT security engineer": ("15-1299.05",),  # information security engineers
    "ICT security technician": ("15-1212.00",),
    "ICT security manager": ("11-3021.00", "15-1212.00"),
    "chief ICT security officer": ("11-3021.00", "15-1212.00"),
    "ethical hacker": ("15-1299.04",),  # penetration testers
    "digital forensics expert": ("15-1299.06",),
    "data protection officer": ("11-9199.02",),  # compliance managers (O*NET alt title "privacy officer")
    "software developer": ("15-1252.00",),
    "software architect": ("15-1252.00",),
    "ICT system developer": ("15-1252.00",),
    "integration engineer": ("15-1299.08",),
    "software tester": ("15-1253.00",),
    "web developer": ("15-1254.00",),
    "ICT teacher secondary school": ("25-2031.00",),
    "digital literacy teacher": ("25-3021.00",),  # self-enrichment teachers (adult computer classes)
    "ICT trainer": ("13-1151.00",),
    "instructional designer": ("25-9031.00",),
    "e-learning architect": ("25-9031.00",),
    "e-learning developer": ("25-9031.00",),
}


def norm_title(text: str) -> str:
    key = normalise_label(text)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def read_tsv(folder: Path, name: str) -> pd.DataFrame:
    path = folder / name
    if not path.is_file():
        path = folder / f"{name}.gz"
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


def proposed(
    occupation, titles: dict[str, set[str]], alternates: dict[str, set[str]]
) -> tuple[set[str], str]:
    names = {norm_title(n) for n in (occupation.label, *occupation.alt_labels)}
    by_title = set().union(*(titles.get(n, set()) for n in names))
    if by_title:
        return by_title, "title"
    return set().union(*(alternates.get(n, set()) for n in names)), "alternate title"


def build(onet: Path, taxonomy_dir: Path, report: bool) -> None:
    from pathfinder.skills.matching import SkillMatcher

    taxonomy = read_taxonomy(taxonomy_dir)
    occ = read_tsv(onet, "Occupation_Data.txt")
    onet_title = dict(zip(occ["O*NET-SOC Code"], occ["Title"]))
    titles: dict[str, set[str]] = defaultdict(set)
    for code, title in onet_title.items():
        titles[norm_title(title)].add(code)
    alternates: dict[str, set[str]] = defaultdict(set)
    alt = read_tsv(onet, "Alternate_Titles.txt")
    for code, title in zip(alt["O*NET-SOC Code"], alt["Alternate Title"]):
        alternates[norm_title(title)].add(code)

    mapping: list[tuple[str, str, str, str]] = []
    for o in sorted(taxonomy.occupations.values(), key=lambda o: o.label.lower()):
        auto, how = proposed(o, titles, alternates)
        codes = set(REVIEWED.get(o.label, ()))
        if codes:
            how = "reviewed" if codes != auto else f"{how} (reviewed)"
        else:
            codes = auto if len(auto) == 1 else set()
        if report:
            named = [f"{c} {onet_title[c]}" for c in sorted(codes)]
            print(f"{o.label}: auto {sorted(auto)} ({how}) -> {named}")
        for code in sorted(codes):
            mapping.append((o.uri, o.label, code, how))

    matcher = SkillMatcher(taxonomy)
    # every O*NET occupation's links, so that a skill many occupations name counts as no one's own
    tasks = read_tsv(onet, "Task_Statements.txt")
    task_skills: dict[str, Counter[str]] = defaultdict(Counter)
    for code, text in zip(tasks["O*NET-SOC Code"], tasks["Task"]):
        task_skills[code].update(set(matcher.exact_mentions(text)))
    tech = read_tsv(onet, "Technology_Skills.txt")
    tech = tech[tech["In Demand"] == "Y"]
    tech_skills: dict[str, set[str]] = defaultdict(set)
    for code, example in zip(tech["O*NET-SOC Code"], tech["Example"]):
        tech_skills[code].update(matcher.exact_mentions(example))
    task_spread: Counter[str] = Counter()  # skill -> O*NET occupations with >= MIN_TASKS tasks naming it
    for counts in task_skills.values():
        task_spread.update(s for s, n in counts.items() if n >= MIN_TASKS)
    tech_spread: Counter[str] = Counter(s for skills in tech_skills.values() for s in skills)

    rows = []
    codes_of: dict[str, list[str]] = defaultdict(list)
    for uri, _, code, _ in mapping:
        codes_of[uri].append(code)
    dropped = {s.uri for s in map(taxonomy.find_skill, DROP) if s is not None}
    for uri, codes in sorted(codes_of.items()):
        o = taxonomy.occupations[uri]
        task_count: Counter[str] = Counter()
        techs: set[str] = set()
        for code in codes:
            task_count.update(task_skills[code])
            techs |= {s for s in tech_skills[code] if tech_spread[s] <= MAX_SPREAD}
        named = {s for s, n in task_count.items() if n >= MIN_TASKS and task_spread[s] <= MAX_SPREAD}
        for s in sorted((named | techs) - set(o.essential) - dropped):
            rows.append((uri, s, str(task_count.get(s, 0)), str(int(s in techs))))
            if report:
                where = "optional" if s in o.optional else "unlisted"
                print(
                    f"  {o.label}: + {taxonomy.label(s)} ({where}; tasks {task_count.get(s, 0)}, "
                    f"tech {int(s in techs)})"
                )
    write(taxonomy_dir / "onet_map.csv", ("esco_uri", "esco_label", "onet_code", "how"), mapping)
    write(
        taxonomy_dir / "occupation_central.csv",
        ("occupation_uri", "skill_uri", "tasks", "technologies"),
        rows,
    )
    print(f"{len(mapping)} mapping rows, {len(rows)} central skills -> {taxonomy_dir}")


def write(path: Path, header: tuple[str, ...], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("onet", nargs="?", type=Path, default=DEFAULT_ONET)
    ap.add_argument("--out", type=Path, default=TAXONOMY)
    ap.add_argument("--report", action="store_true", help="print the mapping and each central skill")
    args = ap.parse_args()
    build(args.onet, args.out, args.report)


if __name__ == "__main__":
    main()
