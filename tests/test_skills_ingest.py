"""The one ingest path: files or a validated upload -> skills inferred where none are listed -> a new version.
The CLI (`pathfinder index`, `catalogue validate --index`) and the Catalogue page both come through it."""

from __future__ import annotations

import json

from pathfinder.cli import main
from pathfinder.domain import Credential, ImportReport
from pathfinder.index import open_index
from pathfinder.skills.ingest import ingest, ingest_upload, read_catalogue

CSV = (
    "id,title,provider,hours,eqf_level,skills,languages,cost,description\n"
    "up-sql,SQL for data analysis,Test Academy,40,5,,en,100,Write SQL queries; analyse data in sheets.\n"
    "up-bi,Power BI dashboards,Test Academy,20,4,,en,50,\n"
)


def _untagged() -> list[Credential]:
    return [
        Credential(id="sql-1", title="SQL for data analysis", provider="A"),
        Credential(id="bi-1", title="Power BI dashboards", provider="A"),
    ]


def test_ingest_infers_skills_for_entries_without_any_unless_told_not_to(settings):
    ingest(settings, ImportReport(credentials=_untagged()))
    sql = open_index(settings).get("sql-1")
    assert sql.skills and all(s.inferred for s in sql.skills) and "SQL" in {s.label for s in sql.skills}
    assert "skills" in sql.derived
    ingest(settings, ImportReport(credentials=_untagged()), infer=False)
    assert open_index(settings).get("sql-1").skills == ()


def test_an_upload_added_to_the_served_catalogue_keeps_it_and_gets_skills(settings, tmp_path, catalogue):
    ingest(settings, ImportReport(credentials=catalogue), infer=False)
    upload = tmp_path / "upload.csv"
    upload.write_text(CSV, encoding="utf-8")
    report, sources = read_catalogue([upload])
    assert report.imported == 2 and sources[0]["bytes"] == len(CSV.encode())
    summary = ingest_upload(settings, report, sources, replace=False)
    index = open_index(settings)
    assert summary.added == 2 and index.get("py-1") is not None  # added to, not replacing, the catalogue
    assert any(s.inferred for s in index.get("up-bi").skills)
    assert {s["path"] for s in index.manifest["sources"]} == {str(upload.resolve())}
    ingest_upload(settings, report, sources, replace=True)
    assert open_index(settings).get("py-1") is None


def test_cli_validate_then_index_goes_through_the_same_ingest(settings, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    upload = tmp_path / "upload.csv"
    upload.write_text(CSV, encoding="utf-8")
    assert main(["catalogue", "validate", str(upload), "--index", "replace", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 2
    assert any(s.inferred for s in open_index(settings).get("up-sql").skills)
    assert main(["index", str(upload), "--no-infer"]) == 0
    assert open_index(settings).get("up-sql").skills == ()
    assert main(["index", str(upload)]) == 0
    assert open_index(settings).get("up-sql").skills


def test_ingest_detects_the_language_of_entries_that_state_none(settings):
    text = "Un curso práctico para aprender a analizar datos con hojas de cálculo y estadística descriptiva."
    report = ImportReport(
        credentials=[
            Credential(id="es-1", title="Análisis de datos", provider="A", description=text),
            Credential(id="short", title="SQL", provider="A"),
        ]
    )
    ingest(settings, report, infer=False)
    index = open_index(settings)
    assert index.get("es-1").languages == ("es",) and "languages" in index.get("es-1").derived
    assert index.get("short").languages == ()  # too little text to tell: stays unknown
    ingest(settings, report, infer=False, detect_languages=False)
    assert open_index(settings).get("es-1").languages == ()


def test_a_new_tagging_model_re_tags_entries_an_index_already_holds(settings, monkeypatch):
    from pathfinder.skills import matching, tagging
    from pathfinder.skills.ingest import skill_matcher

    matcher = skill_matcher(settings)
    ingest(settings, ImportReport(credentials=_untagged()), matcher=matcher)
    assert open_index(settings).get("sql-1").skills
    key = matcher.inference_key()
    monkeypatch.setattr(tagging, "TAG_THRESHOLD", 1.01)  # a model that tags nothing
    monkeypatch.setattr(matching, "tag_many", _tag_nothing)
    assert matcher.inference_key() != key
    ingest(settings, ImportReport(credentials=_untagged()), matcher=matcher)
    assert open_index(settings).get("sql-1").skills == ()  # re-tagged, not the old answer reused


def _tag_nothing(credentials, matcher, max_skills=6, threshold=0.0):
    return [c.model_copy(update={"skills": (), "derived": ("skills-unknown",)}) for c in credentials]
