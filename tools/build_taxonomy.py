"""Build the bundled taxonomy subset (src/pathfinder/corpus/taxonomy/) from the official ESCO CSV release,
reproducibly.

    .venv/bin/python tools/build_taxonomy.py [ESCO_DIR] [--out src/pathfinder/corpus/taxonomy]

Keeps URIs, preferred and alternative labels, skill types, occupation-skill relations and the skill
hierarchy (broader.csv: skill -> broader skill, both kept) (facts); no ESCO descriptions.
Curation: for each target occupation we keep the essential skills that are in ESCO's digital skills
collection, plus the hand-picked non-digital ones listed in KEEP (teachable by a catalogue), minus DROP.
Skills = DigComp competences + every kept essential skill + the targets' optional skills that are in the
digital collection + EXTRA (skills the catalogue teaches, and alias targets). Optional relations are
restricted to that set. The hand-written aliases.csv in the output folder is kept and checked against the
subset.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pathfinder.domain import Occupation  # noqa: E402
from pathfinder.domain.taxonomy import Taxonomy  # noqa: E402
from pathfinder.skills.aliases import ALIASES_FILE, alias_problems, read_aliases  # noqa: E402
from pathfinder.skills.esco import esco_file, read_esco  # noqa: E402
from pathfinder.skills.files import write_taxonomy

# Target occupation (ESCO preferred label) -> non-digital essential skills to keep as well.
KEEP: dict[str, tuple[str, ...]] = {
    "ICT security engineer": (
        "risk management",
        "perform risk analysis",
        "develop information security strategy",
        "define security policies",
        "ensure information security",
        "report test findings",
    ),
    "ICT security administrator": (),
    "ICT security manager": (
        "develop information security strategy",
        "define security policies",
        "legal requirements of ICT products",
    ),
    "chief ICT security officer": (
        "ensure information privacy",
        "educate on data confidentiality",
        "maintain plan for continuity of operations",
        "ensure compliance with legal requirements",
    ),
    "ethical hacker": ("legal requirements of ICT products",),
    "ICT security technician": (),
    "digital forensics expert": (
        "gather data for forensic purposes",
        "develop information security strategy",
        "manage data for legal matters",
    ),
    "cloud engineer": (),
    "ICT system administrator": (),
    "ICT network administrator": (),
    "ICT network engineer": ("apply information security policies",),
    "ICT network architect": ("define technical requirements",),
    "data scientist": (
        "statistics",
        "interpret current data",
        "execute analytical mathematical calculations",
        "report analysis results",
    ),
    "data analyst": (
        "statistics",
        "interpret current data",
        "execute analytical mathematical calculations",
        "define data quality criteria",
    ),
    "data quality specialist": ("define data quality criteria", "report analysis results"),
    "database administrator": (),
    "data warehouse designer": ("analyse business requirements",),
    "chief data officer": ("define data quality criteria", "apply information security policies"),
    "data protection officer": (
        "respect data protection principles",
        "ensure information privacy",
        "apply information security policies",
        "develop information security strategy",
        "information governance compliance",
        "ensure compliance with legal requirements",
        "monitor legislation developments",
    ),
    "computer vision engineer": ("statistics", "execute analytical mathematical calculations"),
    "ICT intelligent systems designer": ("analyse business requirements",),
    "knowledge engineer": ("create semantic trees",),
    "software developer": ("create flowchart diagram", "interpret technical requirements"),
    "web developer": (),
    "software architect": ("analyse business requirements", "define technical requirements"),
    "integration engineer": ("provide technical documentation",),
    "ICT system developer": (),
    "software tester": ("report test findings",),
    "computer scientist": (
        "scientific research methodology",
        "execute analytical mathematical calculations",
        "conduct quantitative research",
        "apply research ethics and scientific integrity principles in research activities",
    ),
    "ICT research consultant": (
        "scientific research methodology",
        "innovation processes",
        "use methodologies for user-centered design",
        "conduct quantitative research",
        "conduct qualitative research",
    ),
    "ICT trainer": (
        "pedagogy",
        "create training materials",
        "apply teaching strategies",
        "evaluate training",
        "plan learning curriculum",
        "organise training",
    ),
    "digital literacy teacher": (
        "assessment processes",
        "curriculum objectives",
        "prepare lesson content",
        "apply teaching strategies",
        "assess students",
        "adapt teaching to target group",
        "give constructive feedback",
    ),
    "instructional designer": (
        "instructional design models",
        "cognitive psychology",
        "identify training needs",
        "apply teaching strategies",
        "conduct content quality assurance",
        "structure information",
    ),
    "e-learning developer": (
        "instructional design models",
        "conduct content quality assurance",
        "identify training needs",
        "structure information",
    ),
    "e-learning architect": (
        "instructional design models",
        "curriculum objectives",
        "identify training needs",
        "plan learning curriculum",
    ),
    "ICT teacher secondary school": (
        "curriculum objectives",
        "prepare lesson content",
        "apply teaching strategies",
        "assess students",
        "develop course outline",
        "give constructive feedback",
    ),
}

# Digital essential skills we leave out: hardware installation and building security rather than teachable
# ICT.
DROP: frozenset[str] = frozenset(
    {
        "manage alarm system",
        "manage closed-circuit television system",
        "procurement of ICT network equipment",
        "technical drawings",
        "use technical drawing software",
        "software components suppliers",
        "manage open publications",
        "digital game genres",
        "install electronic communication equipment",
    }
)

# Skills the catalogue teaches that are not essential for a target (languages, tools, methods).
EXTRA: tuple[str, ...] = (
    "Python (computer programming)",
    "SQL",
    "R",
    "Java (computer programming)",
    "JavaScript",
    "TypeScript",
    "C++",
    "MATLAB",
    "Scala",
    "NoSQL",
    "SPARQL",
    "Hadoop",
    "machine learning",
    "utilise machine learning",
    "artificial neural networks",
    "natural language processing",
    "computer vision",
    "DevOps",
    "Agile development",
    "Agile project management",
    "Ansible",
    "Puppet (tools for software configuration management)",
    "ICT encryption",
    "Kali Linux",
    "assessment of risks and threats",
    "web analytics",
    "use spreadsheets software",
    "apply blended learning",
    "provide training on e-learning",
    "safeguard online privacy and identity",
    "Moodle",
    "distributed computing",
    "use concurrent programming",
    "use threading techniques",
    "use functional programming",
    "use object-oriented programming",
    "use query languages",
    "conduct ICT code review",
    "conduct performance measurement",
    "software frameworks",
    "Internet of Things",
    "statistical analysis system software",
    "perform data analysis",
    "perform data mining",
    "data mining",
    "ICT performance analysis methods",
    "ICT network security risks",
    "smart contract",
    "application usability",
    # targets of src/pathfinder/corpus/taxonomy/aliases.csv that no rule above brings in
    "deep learning",
    "data extraction, transformation and loading tools",
    "project management",
)


def _by_label(taxonomy: Taxonomy) -> dict[str, str]:
    return {s.label: s.uri for s in taxonomy.skills.values()}


def build_subset(full: Taxonomy, digital: set[str]) -> Taxonomy:
    """The bundled subset of `full` (see the module docstring for the rules)."""
    skill_uri = _by_label(full)
    occ_uri = {o.label: o.uri for o in full.occupations.values()}
    unknown = [label for label in KEEP if label not in occ_uri]
    unknown += [label for keep in KEEP.values() for label in keep if label not in skill_uri]
    unknown += [label for label in EXTRA if label not in skill_uri]
    if unknown:
        raise SystemExit(f"labels not in this ESCO release: {unknown}")

    chosen: set[str] = {s.uri for s in full.digcomp_skills()} | {skill_uri[label] for label in EXTRA}
    essentials: dict[str, tuple[str, ...]] = {}
    for label, keep in KEEP.items():
        occ = full.occupations[occ_uri[label]]
        kept_labels = set(keep)
        essentials[occ.uri] = tuple(
            u
            for u in occ.essential
            if full.skills[u].label not in DROP and (u in digital or full.skills[u].label in kept_labels)
        )
        chosen.update(essentials[occ.uri])
    for label in KEEP:
        chosen.update(u for u in full.occupations[occ_uri[label]].optional if u in digital)

    occupations = [
        Occupation(
            uri=uri,
            label=full.occupations[uri].label,
            alt_labels=full.occupations[uri].alt_labels,
            essential=ess,
            optional=tuple(u for u in full.occupations[uri].optional if u in chosen),
        )
        for uri, ess in essentials.items()
    ]
    # ESCO's skill hierarchy among the kept skills (C++ -> computer programming), facts as URI pairs
    return Taxonomy.from_items((full.skills[u] for u in chosen), occupations, full.broader_pairs())


SOURCE_NOTE = """# Bundled skills taxonomy (ESCO v1.1.1 subset)

Built by `tools/build_taxonomy.py` from the official ESCO CSV release; do not edit by hand,
except `aliases.csv`: our own curated terms (Linux, k8s, PowerBI, ...) for ESCO skills, kept by rebuilds.
URIs, preferred and alternative labels, skill types, occupation-skill relations and the skill hierarchy
among the kept skills (broader.csv, from broaderRelationsSkillPillar) come from ESCO; descriptions are
not included. Curation rules are in the script's docstring and docs/CORPUS.md.

This service uses the ESCO classification of the European Commission.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "esco_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "pathfinder" / "corpus" / "taxonomy")
    args = parser.parse_args()
    full = read_esco(args.esco_dir)
    digital_path = esco_file(args.esco_dir, "digitalSkillsCollection_en.csv")
    digital = set(pd.read_csv(digital_path, usecols=["conceptUri"])["conceptUri"])
    subset = build_subset(full, digital)
    aliases = (
        args.out / ALIASES_FILE
    )  # hand-written, so kept across rebuilds (write_taxonomy replaces the folder)
    kept = aliases.read_bytes() if aliases.is_file() else None
    if kept is not None:
        problems = alias_problems(read_aliases(aliases), subset)
        if problems:
            raise SystemExit(
                f"{aliases} does not fit the rebuilt subset (add a label to EXTRA or fix the row):\n  "
                + "\n  ".join(problems)
            )
    write_taxonomy(subset, args.out)
    (args.out / "SOURCE.md").write_text(SOURCE_NOTE, encoding="utf-8")
    if kept is not None:
        (args.out / ALIASES_FILE).write_bytes(kept)
    print(f"wrote {args.out}: {subset.counts()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
