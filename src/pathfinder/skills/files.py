"""Taxonomy folders: the skills taxonomy (`pathfinder.domain.taxonomy.Taxonomy`) read from and written to a
folder of three CSV files (see docs/CORPUS.md), and the choice of folder from the settings.

Folder format (UTF-8, comma-separated, header row):
  skills.csv             uri, label, alt_labels (" | "-separated), skill_type, digcomp_area ("1".."5" or
  empty) occupations.csv        uri, label, alt_labels
  occupation_skills.csv  occupation_uri, skill_uri, relation (essential | optional)
  broader.csv            skill_uri, broader_uri: ESCO's skill hierarchy (optional: a folder without it has
                         none, so a held C++ skill then does not count as computer programming)
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pathfinder.domain.taxonomy import Occupation, Skill, Taxonomy
from pathfinder.errors import TaxonomyError
from pathfinder.settings import Settings
from pathfinder.skills.esco import read_esco

ALT_SEPARATOR = " | "
SKILL_COLUMNS = ("uri", "label", "alt_labels", "skill_type", "digcomp_area")
OCCUPATION_COLUMNS = ("uri", "label", "alt_labels")
RELATION_COLUMNS = ("occupation_uri", "skill_uri", "relation")
RELATIONS = ("essential", "optional")
BROADER_FILE = "broader.csv"
CENTRAL_FILE = "occupation_central.csv"  # optional: tools/build_onet_central.py (O*NET 29.2, CC BY 4.0)
CENTRAL_COLUMNS = ("occupation_uri", "skill_uri")  # the tool adds its evidence counts
# optional: tools/build_other_specialty.py (ESCO's ISCO groups): essential skills of another specialty
OTHER_SPECIALTY_FILE = "occupation_other_specialty.csv"
OTHER_SPECIALTY_COLUMNS = ("occupation_uri", "skill_uri")  # the tool adds the specialty and its counts
# optional: tools/build_broad_skills.py (ESCO-wide counts): essential skills of dozens of occupations
BROAD_FILE, DISTINCT_FILE = "occupation_broad_skills.csv", "occupation_distinct_skills.csv"
# optional: tools/build_cross_field_skills.py (ESCO-wide ISCO spread): essential skills mostly of other fields
CROSS_FIELD_FILE = "occupation_cross_field_skills.csv"
CROSS_FIELD_COLUMNS = ("occupation_uri", "skill_uri")
BROAD_COLUMNS = ("occupation_uri", "skill_uri")  # the tool adds the count
# optional: tools/build_skill_centrality.py (ESCO texts, e5): how central each essential skill is
CENTRALITY_FILE = "occupation_skill_centrality.csv"
CENTRALITY_COLUMNS = ("occupation_uri", "skill_uri", "centrality", "rank")
BROADER_COLUMNS = ("skill_uri", "broader_uri")


# ------------------------------------------------------------------------------------ reading a folder


def _read_csv(folder: Path, name: str, columns: tuple[str, ...]) -> pd.DataFrame:
    path = folder / name
    if not path.is_file():
        raise TaxonomyError(
            f"{path} is missing. A taxonomy folder needs skills.csv, occupations.csv "
            "and occupation_skills.csv; rebuild it with `pathfinder taxonomy import "
            "ESCO_DIR` or unset PATHFINDER_TAXONOMY_DIR."
        )
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise TaxonomyError(
            f"{path} cannot be read as a UTF-8 CSV ({e}); re-create it with `pathfinder taxonomy import`."
        ) from e
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise TaxonomyError(
            f"{path} lacks the column(s) {', '.join(missing)} (it has {', '.join(map(str, frame.columns))}); "
            f"expected {', '.join(columns)}."
        )
    return frame


def _alts(text: str) -> tuple[str, ...]:
    return tuple(a for a in (p.strip() for p in text.split(ALT_SEPARATOR.strip())) if a) if text else ()


def _by_occupation(folder: Path, name: str, columns: tuple[str, ...]) -> dict[str, list[str]]:
    """An optional occupation -> skills file of the folder (occupation_uri, skill_uri, ...); {} if absent."""
    found: dict[str, list[str]] = {}
    if (folder / name).is_file():
        rows = _read_csv(folder, name, columns)
        for occ_uri, skill_uri in zip(rows["occupation_uri"], rows["skill_uri"], strict=True):
            found.setdefault(occ_uri, []).append(skill_uri)
    return found


def read_taxonomy(folder: Path | str) -> Taxonomy:
    """Read a taxonomy folder (skills.csv, occupations.csv, occupation_skills.csv)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TaxonomyError(
            f"No taxonomy folder at {folder}. Import one with `pathfinder taxonomy import ESCO_DIR` "
            "or point PATHFINDER_TAXONOMY_DIR at an existing one."
        )
    skills_df = _read_csv(folder, "skills.csv", SKILL_COLUMNS)
    occ_df = _read_csv(folder, "occupations.csv", OCCUPATION_COLUMNS)
    rel_df = _read_csv(folder, "occupation_skills.csv", RELATION_COLUMNS)

    skills = {
        uri: Skill(
            uri=uri,
            label=label,
            alt_labels=_alts(alts),
            skill_type=stype or "skill/competence",
            digcomp_area=area or None,
        )
        for uri, label, alts, stype, area in zip(
            skills_df["uri"],
            skills_df["label"],
            skills_df["alt_labels"],
            skills_df["skill_type"],
            skills_df["digcomp_area"],
            strict=True,
        )
    }
    linked: dict[str, dict[str, list[str]]] = {}
    for occ_uri, skill_uri, relation in zip(
        rel_df["occupation_uri"], rel_df["skill_uri"], rel_df["relation"], strict=True
    ):
        if relation not in RELATIONS:
            raise TaxonomyError(
                f"{folder / 'occupation_skills.csv'}: relation {relation!r} is not essential or optional."
            )
        linked.setdefault(occ_uri, {"essential": [], "optional": []})[relation].append(skill_uri)
    other = _by_occupation(folder, OTHER_SPECIALTY_FILE, OTHER_SPECIALTY_COLUMNS)
    broad = _by_occupation(folder, BROAD_FILE, BROAD_COLUMNS)
    distinct = _by_occupation(folder, DISTINCT_FILE, BROAD_COLUMNS)
    cross_field = _by_occupation(folder, CROSS_FIELD_FILE, CROSS_FIELD_COLUMNS)
    centrality: dict[str, list[tuple[str, float, int]]] = {}
    if (folder / CENTRALITY_FILE).is_file():
        rows = _read_csv(folder, CENTRALITY_FILE, CENTRALITY_COLUMNS)
        for occ_uri, skill_uri, z, rank in zip(
            rows["occupation_uri"], rows["skill_uri"], rows["centrality"], rows["rank"], strict=True
        ):
            centrality.setdefault(occ_uri, []).append((skill_uri, float(z), int(rank)))
    central: dict[str, list[str]] = {}
    if (folder / CENTRAL_FILE).is_file():
        rows = _read_csv(folder, CENTRAL_FILE, CENTRAL_COLUMNS)
        for occ_uri, skill_uri in zip(rows["occupation_uri"], rows["skill_uri"], strict=True):
            if skill_uri in skills:
                central.setdefault(occ_uri, []).append(skill_uri)
    occupations = {}
    for uri, label, alts in zip(occ_df["uri"], occ_df["label"], occ_df["alt_labels"], strict=True):
        rel = linked.get(uri, {})
        occupations[uri] = Occupation(
            uri=uri,
            label=label,
            alt_labels=_alts(alts),
            essential=tuple(rel.get("essential", ())),
            optional=tuple(rel.get("optional", ())),
            central=tuple(central.get(uri, ())),
            other_specialty=tuple(other.get(uri, ())),
            broad=tuple(broad.get(uri, ())),
            distinct=tuple(distinct.get(uri, ())),
            centrality=tuple(centrality.get(uri, ())),
            cross_field=tuple(cross_field.get(uri, ())),
        )
    broader: list[tuple[str, str]] = []
    if (folder / BROADER_FILE).is_file():
        links = _read_csv(folder, BROADER_FILE, BROADER_COLUMNS)
        broader = list(zip(links["skill_uri"], links["broader_uri"], strict=True))
    taxonomy = Taxonomy.from_items(skills.values(), occupations.values(), broader)
    taxonomy.source = str(folder)
    return taxonomy


def taxonomy_folder(settings: Settings) -> Path:
    """Which folder `load_taxonomy` reads: PATHFINDER_TAXONOMY_DIR, else an import under data_dir, else the
    bundled one."""
    if settings.taxonomy_dir is not None:
        return Path(settings.taxonomy_dir)
    imported = settings.data_dir / "taxonomy"
    if (imported / "skills.csv").is_file():
        return imported
    return settings.corpus_dir / "taxonomy"


def load_taxonomy(settings: Settings) -> Taxonomy:
    """The taxonomy in use (see `taxonomy_folder`)."""
    return read_taxonomy(taxonomy_folder(settings))


# ------------------------------------------------------------------------------------ writing a folder


def write_taxonomy(taxonomy: Taxonomy, out_dir: Path | str) -> Path:
    """Write `taxonomy` as a taxonomy folder, atomically: a sibling temp folder renamed into place."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        _write_rows(
            tmp / "skills.csv",
            SKILL_COLUMNS,
            (
                (s.uri, s.label, ALT_SEPARATOR.join(s.alt_labels), s.skill_type, s.digcomp_area or "")
                for s in sorted(taxonomy.skills.values(), key=lambda s: s.uri)
            ),
        )
        _write_rows(
            tmp / "occupations.csv",
            OCCUPATION_COLUMNS,
            (
                (o.uri, o.label, ALT_SEPARATOR.join(o.alt_labels))
                for o in sorted(taxonomy.occupations.values(), key=lambda o: o.uri)
            ),
        )
        _write_rows(
            tmp / "occupation_skills.csv",
            RELATION_COLUMNS,
            (
                (o.uri, uri, relation)
                for o in sorted(taxonomy.occupations.values(), key=lambda o: o.uri)
                for relation, uris in (("essential", o.essential), ("optional", o.optional))
                for uri in uris
            ),
        )
        if any(o.central for o in taxonomy.occupations.values()):
            _write_rows(
                tmp / CENTRAL_FILE,
                CENTRAL_COLUMNS,
                (
                    (o.uri, uri)
                    for o in sorted(taxonomy.occupations.values(), key=lambda o: o.uri)
                    for uri in o.central
                ),
            )
        if taxonomy.broader:
            _write_rows(tmp / BROADER_FILE, BROADER_COLUMNS, taxonomy.broader_pairs())
        os.chmod(tmp, 0o755)
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}-old-{os.getpid()}")
            out_dir.rename(old)
            tmp.rename(out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out_dir)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise TaxonomyError(
            f"Could not write the taxonomy to {out_dir} ({e}); check the folder is writable."
        ) from e
    return out_dir


def _write_rows(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def import_esco(esco_dir: Path | str, out_dir: Path | str) -> Taxonomy:
    """Read the official ESCO CSV release in `esco_dir` and write it as a taxonomy folder at `out_dir`."""
    taxonomy = read_esco(Path(esco_dir))
    write_taxonomy(taxonomy, out_dir)
    taxonomy.source = str(out_dir)
    return taxonomy
