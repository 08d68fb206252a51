"""Reading the official ESCO CSV release (skills, occupations, their relations, the DigComp collection) into a
Taxonomy."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from pathfinder.domain import Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import TaxonomyError

SKILLS_FILE = "skills_en.csv"
OCCUPATIONS_FILE = "occupations_en.csv"
RELATIONS_FILE = "occupationSkillRelations.csv"
DIGCOMP_FILE = "digCompSkillsCollection_en.csv"
BROADER_FILE = "broaderRelationsSkillPillar.csv"
SKILL_CONCEPT = "KnowledgeSkillCompetence"  # ESCO's type for a skill (not a skill group) in BROADER_FILE

# The five DigComp 2.2 areas as ESCO concepts (they appear in the DigComp collection as the broader concepts
# of its competences). A competence's area is the area concept among its broader concepts.
DIGCOMP_AREA_URIS: dict[str, str] = {
    "http://data.europa.eu/esco/skill/629685b8-5f9e-4522-8cff-b3e2c4ec625a": "1",  # digital data processing
    # digital communication and collaboration
    "http://data.europa.eu/esco/skill/574257ea-7b64-4100-b7b6-e27c233fe143": "2",
    "http://data.europa.eu/esco/skill/f5369f2f-e52b-43d8-8d31-79a6c11188d8": "3",  # digital content creation
    "http://data.europa.eu/esco/skill/426ceaba-6867-481c-bb6b-aee3933da7d2": "4",  # ICT safety
    # problem-solving with digital tools
    "http://data.europa.eu/esco/skill/7e5147d1-60b1-4a68-804b-1f5cb0396b91": "5",
}
_URI = re.compile(r"http://data\.europa\.eu/esco/skill/[0-9a-f-]{36}")


def esco_file(esco_dir: Path, name: str, *, required: bool = True) -> Path | None:
    """`name` or `name.gz` inside `esco_dir`."""
    for candidate in (esco_dir / name, esco_dir / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    if required:
        raise TaxonomyError(
            f"{esco_dir} has no {name} (or {name}.gz). Point the import at the folder of the unzipped "
            "ESCO CSV download (English classification plus the relations files)."
        )
    return None


def _read(path: Path, columns: list[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError, EOFError) as e:
        raise TaxonomyError(f"{path} cannot be read as an ESCO CSV file ({e}); download it again.") from e
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise TaxonomyError(
            f"{path} lacks the column(s) {', '.join(missing)}: "
            "is it really the ESCO CSV release (v1.1 or later)?"
        )
    return frame


def _alt_labels(text: str, preferred: str) -> tuple[str, ...]:
    """ESCO keeps alternative labels newline-separated; ours are " | "-separated, so a '|' becomes '/'."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.strip().replace("|", "/")
        if line and line != preferred:
            seen.setdefault(line, None)
    return tuple(seen)


def digcomp_areas(esco_dir: Path) -> dict[str, str]:
    """DigComp competence URI -> area number ("1".."5"), from the ESCO DigComp collection (empty if
    absent)."""
    path = esco_file(esco_dir, DIGCOMP_FILE, required=False)
    if path is None:
        return {}
    frame = _read(path, ["conceptUri", "broaderConceptUri"])
    areas = dict(DIGCOMP_AREA_URIS)
    for uri, broader in zip(frame["conceptUri"], frame["broaderConceptUri"], strict=True):
        found = [DIGCOMP_AREA_URIS[b] for b in _URI.findall(broader) if b in DIGCOMP_AREA_URIS]
        if found and uri not in areas:
            areas[uri] = found[0]
    return areas


def broader_skills(esco_dir: Path) -> list[tuple[str, str]]:
    """(skill URI, broader skill URI) pairs of ESCO's skill hierarchy, skills only (skill groups are left
    out); empty if the release has no broaderRelationsSkillPillar file."""
    path = esco_file(esco_dir, BROADER_FILE, required=False)
    if path is None:
        return []
    frame = _read(path, ["conceptType", "conceptUri", "broaderType", "broaderUri"])
    skills = (frame["conceptType"] == SKILL_CONCEPT) & (frame["broaderType"] == SKILL_CONCEPT)
    return list(zip(frame.loc[skills, "conceptUri"], frame.loc[skills, "broaderUri"], strict=True))


def read_esco(esco_dir: Path) -> Taxonomy:
    """All ESCO skills (preferred + alternative labels, type), occupations and essential/optional
    relations."""
    if not esco_dir.is_dir():
        raise TaxonomyError(f"No folder at {esco_dir}; give the folder holding the ESCO CSV files.")
    skills_df = _read(
        esco_file(esco_dir, SKILLS_FILE), ["conceptUri", "preferredLabel", "altLabels", "skillType"]
    )
    occ_df = _read(esco_file(esco_dir, OCCUPATIONS_FILE), ["conceptUri", "preferredLabel", "altLabels"])
    rel_df = _read(esco_file(esco_dir, RELATIONS_FILE), ["occupationUri", "relationType", "skillUri"])
    areas = digcomp_areas(esco_dir)

    skills = {
        uri: Skill(
            uri=uri,
            label=label.strip(),
            alt_labels=_alt_labels(alts, label.strip()),
            skill_type=stype or "skill/competence",
            digcomp_area=areas.get(uri),
        )
        for uri, label, alts, stype in zip(
            skills_df["conceptUri"],
            skills_df["preferredLabel"],
            skills_df["altLabels"],
            skills_df["skillType"],
            strict=True,
        )
    }
    linked: dict[str, dict[str, list[str]]] = {}
    for occ_uri, relation, skill_uri in zip(
        rel_df["occupationUri"], rel_df["relationType"], rel_df["skillUri"], strict=True
    ):
        if skill_uri in skills and relation in ("essential", "optional"):
            linked.setdefault(occ_uri, {"essential": [], "optional": []})[relation].append(skill_uri)
    occupations = {}
    for uri, label, alts in zip(
        occ_df["conceptUri"], occ_df["preferredLabel"], occ_df["altLabels"], strict=True
    ):
        rel = linked.get(uri, {})
        occupations[uri] = Occupation(
            uri=uri,
            label=label.strip(),
            alt_labels=_alt_labels(alts, label.strip()),
            essential=tuple(rel.get("essential", ())),
            optional=tuple(rel.get("optional", ())),
        )
    if not skills or not occupations:
        raise TaxonomyError(f"{esco_dir} holds no skills or no occupations; is it the ESCO CSV release?")
    taxonomy = Taxonomy.from_items(skills.values(), occupations.values(), broader_skills(esco_dir))
    taxonomy.source = str(esco_dir)
    return taxonomy
