"""The taxonomy folder format, its loader and its error messages, on the bundled subset and on small
folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.domain import Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import TaxonomyError
from pathfinder.skills.files import load_taxonomy, read_taxonomy, taxonomy_folder, write_taxonomy

CLOUD_ENGINEER = "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e"
PROTECT_PRIVACY = "http://data.europa.eu/esco/skill/33a82b83-c838-4889-ae62-fae1317481eb"


@pytest.fixture(scope="module")
def bundled() -> Taxonomy:
    from pathfinder.settings import BUNDLED_CORPUS

    return read_taxonomy(BUNDLED_CORPUS / "taxonomy")


def test_bundled_subset_meets_the_size_floor(bundled):
    counts = bundled.counts()
    assert counts["skills"] >= 300
    assert counts["occupations"] >= 30
    assert counts["essential_relations"] > 0 and counts["optional_relations"] > 0


def test_every_occupation_skill_is_in_the_skill_set(bundled):
    for occ in bundled.occupations.values():
        assert occ.essential, f"{occ.label} has no essential skills"
        missing = [u for u in occ.essential + occ.optional if u not in bundled.skills]
        assert not missing, f"{occ.label}: {missing[:3]}"
        assert not set(occ.essential) & set(occ.optional)


def test_all_digcomp_competences_carry_their_area(bundled):
    digcomp = bundled.digcomp_skills()
    assert len(digcomp) == 26
    assert {s.digcomp_area for s in digcomp} == {"1", "2", "3", "4", "5"}
    assert bundled.skill(PROTECT_PRIVACY).digcomp_area == "4"
    assert len(bundled.digcomp_skills("4")) == 5  # ICT safety + its four competences


def test_labels_are_found_by_preferred_and_alternative_label(bundled):
    assert bundled.find_occupation("Cloud Engineer").uri == CLOUD_ENGINEER
    assert bundled.find_occupation("cloud devops engineer").uri == CLOUD_ENGINEER  # an ESCO alt label
    assert bundled.find_occupation("astronaut") is None
    assert bundled.find_skill("python (computer programming)").label == "Python (computer programming)"
    assert bundled.label(CLOUD_ENGINEER) == "cloud engineer"
    assert bundled.label("urn:unknown") == "urn:unknown"


def test_no_descriptions_are_bundled():
    from pathfinder.settings import BUNDLED_CORPUS

    header = (BUNDLED_CORPUS / "taxonomy" / "skills.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "uri,label,alt_labels,skill_type,digcomp_area"


def test_write_then_read_round_trips(tmp_path):
    tx = Taxonomy.from_items(
        [
            Skill(uri="s:1", label="SQL", alt_labels=("structured query language", "a, b")),
            Skill(uri="s:2", label="protect ICT devices", digcomp_area="4", skill_type="skill/competence"),
            Skill(uri="s:3", label="statistics", skill_type="knowledge"),
        ],
        [
            Occupation(
                uri="o:1",
                label="data analyst",
                alt_labels=("analyst",),
                essential=("s:1", "s:3"),
                optional=("s:2",),
                central=("s:2",),  # O*NET's (occupation_central.csv)
            )
        ],
    )
    out = write_taxonomy(tx, tmp_path / "tax")
    back = read_taxonomy(out)
    assert back.skills == tx.skills and back.occupations == tx.occupations
    assert not (out / "broader.csv").exists() and back.broader == {}  # no hierarchy: no file, read as none
    assert back.source == str(out)
    write_taxonomy(Taxonomy.from_items([Skill(uri="s:9", label="R")]), out)  # replaces the folder as a whole
    assert list(read_taxonomy(out).skills) == ["s:9"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folder left behind


def test_find_occupation_sees_occupations_added_later():
    tx = Taxonomy()
    assert tx.find_occupation("data analyst") is None
    tx.occupations["o:1"] = Occupation(uri="o:1", label="data analyst")
    assert tx.find_occupation("Data-Analyst").uri == "o:1"


def test_load_taxonomy_prefers_setting_then_import_then_bundled(settings, tmp_path):
    assert taxonomy_folder(settings) == settings.corpus_dir / "taxonomy"
    assert len(load_taxonomy(settings).occupations) >= 30
    write_taxonomy(Taxonomy.from_items([Skill(uri="s:1", label="SQL")]), settings.data_dir / "taxonomy")
    assert list(load_taxonomy(settings).skills) == ["s:1"]
    other = write_taxonomy(Taxonomy.from_items([Skill(uri="s:2", label="R")]), tmp_path / "elsewhere")
    chosen = settings.model_copy(update={"taxonomy_dir": other})
    assert list(load_taxonomy(chosen).skills) == ["s:2"]


def test_missing_folder_names_the_fix(tmp_path):
    with pytest.raises(TaxonomyError, match="pathfinder taxonomy import"):
        read_taxonomy(tmp_path / "nope")


def test_missing_file_is_named(tmp_path):
    write_taxonomy(Taxonomy.from_items([Skill(uri="s:1", label="SQL")]), tmp_path / "t")
    (tmp_path / "t" / "occupations.csv").unlink()
    with pytest.raises(TaxonomyError, match="occupations.csv is missing"):
        read_taxonomy(tmp_path / "t")


def test_missing_column_is_named(tmp_path):
    write_taxonomy(Taxonomy.from_items([Skill(uri="s:1", label="SQL")]), tmp_path / "t")
    (tmp_path / "t" / "skills.csv").write_text("uri,label\ns:1,SQL\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="lacks the column.*alt_labels"):
        read_taxonomy(tmp_path / "t")


def test_unknown_relation_is_refused(tmp_path):
    write_taxonomy(Taxonomy.from_items([Skill(uri="s:1", label="SQL")]), tmp_path / "t")
    rel: Path = tmp_path / "t" / "occupation_skills.csv"
    rel.write_text("occupation_uri,skill_uri,relation\no:1,s:1,mandatory\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="'mandatory' is not essential or optional"):
        read_taxonomy(tmp_path / "t")


def test_cli_show_reports_the_bundled_taxonomy(settings, capsys, monkeypatch):
    from pathfinder.cli import main

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(settings.data_dir))
    assert main(["taxonomy", "show", "--json"]) == 0
    import json

    shown = json.loads(capsys.readouterr().out)
    assert shown["bundled"] is True and shown["occupations"] >= 30


CPP = "http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f"
JAVA = "http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389"


def test_the_bundled_subset_holds_esco_skill_hierarchy(bundled):
    programming = bundled.find_skill("computer programming")
    assert programming is not None
    assert programming.uri in bundled.broader[CPP] and programming.uri in bundled.broader[JAVA]
    assert bundled.counts()["broader_relations"] >= 200
    for narrow, broads in bundled.broader.items():  # links among bundled skills only
        assert narrow in bundled.skills and all(b in bundled.skills for b in broads)


def test_the_hierarchy_round_trips_and_drops_links_to_absent_skills(tmp_path):
    skills = [Skill(uri="s:cpp", label="C++"), Skill(uri="s:prog", label="computer programming")]
    tx = Taxonomy.from_items(skills, (), [("s:cpp", "s:prog"), ("s:cpp", "s:absent"), ("s:cpp", "s:prog")])
    assert tx.broader == {"s:cpp": ("s:prog",)}
    out = write_taxonomy(tx, tmp_path / "tax")
    assert (out / "broader.csv").read_text(encoding="utf-8").splitlines() == [
        "skill_uri,broader_uri",
        "s:cpp,s:prog",
    ]
    assert read_taxonomy(out).broader == tx.broader


def test_a_held_skill_implies_its_broader_one_level_lower_one_step_only():
    skills = [Skill(uri=u, label=u) for u in ("cpp", "prog", "content", "sql")]
    tx = Taxonomy.from_items(skills, (), [("cpp", "prog"), ("prog", "content")])
    assert tx.with_broader({"cpp": "advanced"}) == {"cpp": "advanced", "prog": "intermediate"}
    assert tx.with_broader({"cpp": "intermediate"}) == {"cpp": "intermediate", "prog": "basic"}
    assert tx.with_broader({"cpp": "basic"}) == {"cpp": "basic"}  # one level below basic is nothing
    # a level held directly is never lowered; the broader skill's own broader one is not implied
    assert tx.with_broader({"cpp": "advanced", "prog": "advanced"})["prog"] == "advanced"
    assert "content" not in tx.with_broader({"cpp": "advanced"})
