"""Importing the official ESCO CSV release (../shared/data/esco_v1.1.1) and its error messages."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import TaxonomyError
from pathfinder.skills.files import import_esco, read_taxonomy

PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"
APPLY_STATISTICS = "apply statistical analysis techniques"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Taxonomy, Taxonomy]:
    from pathfinder.settings import PROJECT_ROOT

    esco = PROJECT_ROOT.parent / "shared" / "data" / "esco_v1.1.1"
    if not esco.is_dir():
        pytest.skip(f"ESCO release not found at {esco}")
    out = tmp_path_factory.mktemp("esco") / "taxonomy"
    return import_esco(esco, out), read_taxonomy(out)


@pytest.mark.slow
def test_full_esco_import_counts(imported):
    returned, reread = imported
    assert len(returned.skills) == 13_896
    assert len(returned.occupations) == 3_007
    # 123,855 relations in the file; the few pointing to skills absent from skills_en.csv are left out.
    relations = sum(len(o.essential) + len(o.optional) for o in reread.occupations.values())
    assert 123_000 < relations <= 123_855
    assert reread.skills == returned.skills and reread.occupations == returned.occupations
    assert reread.broader == returned.broader and returned.counts()["broader_relations"] > 6_000


@pytest.mark.slow
def test_full_esco_spot_checks(imported):
    _, tx = imported
    python = tx.skill(PYTHON)
    assert python.label == "Python (computer programming)" and python.skill_type == "knowledge"
    analyst = tx.occupation(DATA_ANALYST)
    assert analyst.label == "data analyst"
    assert APPLY_STATISTICS in {tx.label(u) for u in analyst.essential}
    assert tx.find_occupation("cloud devops engineer").label == "cloud engineer"
    assert len(tx.digcomp_skills()) == 26
    assert tx.find_skill("computer programming").uri in tx.broader[PYTHON]


def _copy_esco(shared_data, tmp_path):
    src = shared_data / "esco_v1.1.1"
    dst = tmp_path / "esco"
    dst.mkdir()
    for name in ("skills_en.csv.gz", "occupations_en.csv.gz", "occupationSkillRelations.csv.gz"):
        shutil.copy(src / name, dst / name)
    return dst


def test_missing_release_file_is_named(shared_data, tmp_path):
    esco = _copy_esco(shared_data, tmp_path)
    (esco / "occupations_en.csv.gz").unlink()
    with pytest.raises(TaxonomyError, match="occupations_en.csv"):
        import_esco(esco, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_not_an_esco_file_is_refused(shared_data, tmp_path):
    esco = _copy_esco(shared_data, tmp_path)
    with gzip.open(esco / "skills_en.csv.gz", "wt") as f:
        f.write("id,name\n1,foo\n")
    with pytest.raises(TaxonomyError, match="lacks the column"):
        import_esco(esco, tmp_path / "out")


def test_uncompressed_files_are_read_too(shared_data, tmp_path):
    esco = tmp_path / "esco"
    esco.mkdir()
    # A tiny release: three skills, one occupation, plain (not gzipped) CSVs.
    (esco / "skills_en.csv").write_text(
        "conceptUri,preferredLabel,altLabels,skillType\n"
        's:1,SQL,"structured query language\nSQL language",knowledge\n'
        "s:2,statistics,,knowledge\n",
        encoding="utf-8",
    )
    (esco / "occupations_en.csv").write_text(
        "conceptUri,preferredLabel,altLabels\no:1,data analyst,analyst\n", encoding="utf-8"
    )
    (esco / "occupationSkillRelations.csv").write_text(
        "occupationUri,relationType,skillType,skillUri\no:1,essential,knowledge,s:1\no:1,optional,knowledge,s:2\n"
        "o:1,essential,knowledge,s:404\n",
        encoding="utf-8",
    )
    tx = import_esco(esco, tmp_path / "out")
    assert tx.skill("s:1").alt_labels == ("structured query language", "SQL language")
    assert tx.occupation("o:1").essential == ("s:1",) and tx.occupation("o:1").optional == ("s:2",)


@pytest.mark.slow
def test_cli_import_prints_counts(shared_data, tmp_path, capsys, monkeypatch):
    from pathfinder.cli import main

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    assert main(["taxonomy", "import", str(shared_data / "esco_v1.1.1"), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["skills"] == 13_896 and counts["occupations"] == 3_007
    assert main(["taxonomy", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["bundled"] is False and shown["folder"] == str(tmp_path / "data" / "taxonomy")
