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


def test_index_if_needed_tags_the_served_catalogue_again_when_tagging_changed(
    settings, tmp_path, monkeypatch, capsys
):
    """`pathfinder index --if-needed` (run by `make run` and docker compose) does nothing while the served
    version was tagged by the current tagging version; after a change of model/threshold it tags the served
    entries again (same sources), keeping the skills a catalogue listed, and records the new fingerprint."""
    from pathfinder.index.status import index_status
    from pathfinder.skills import matching, tagging
    from pathfinder.skills.ingest import skill_matcher

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    path = tmp_path / "catalogue.jsonl"
    python = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
    listed = Credential(
        id="listed-1", title="Cooking", provider="A", skills=[{"uri": python, "label": "Python"}]
    )
    path.write_text("\n".join(c.model_dump_json() for c in [*_untagged(), listed]), encoding="utf-8")
    assert main(["index", str(path)]) == 0
    first = index_status(settings)["version"]
    assert open_index(settings).get("sql-1").skills and open_index(settings).get("listed-1").skills
    capsys.readouterr()
    assert main(["index", "--if-needed"]) == 0
    assert "up to date" in capsys.readouterr().err and index_status(settings)["version"] == first

    monkeypatch.setattr(tagging, "TAG_THRESHOLD", 1.01)  # a new model that tags nothing
    monkeypatch.setattr(matching, "tag_many", _tag_nothing_new)
    path.unlink()  # re-tagging reads the served entries, not the files
    assert main(["index", "--if-needed"]) == 0
    assert "tagging changed" in capsys.readouterr().err
    status = index_status(settings)
    assert status["version"] != first and status["inferred_skills"] == skill_matcher(settings).inference_key()
    served = open_index(settings)
    assert served.get("sql-1").skills == () and "skills-unknown" in served.get("sql-1").derived
    assert served.get("listed-1").skills[0].uri == python and not served.get("listed-1").skills[0].inferred
    assert len(served.credentials()) == 3
    assert main(["index", "--if-needed"]) == 0  # and now it is up to date again
    assert "up to date" in capsys.readouterr().err and index_status(settings)["version"] == status["version"]


def test_without_inferred_gives_the_entry_as_imported():
    from pathfinder.domain import SkillRef
    from pathfinder.skills.tagging import without_inferred

    plain = Credential(id="a", title="T", provider="P", skills=[SkillRef(uri="u:1", label="one")])
    assert without_inferred(plain) is plain
    tagged = plain.model_copy(
        update={
            "skills": (*plain.skills, SkillRef(uri="u:2", label="two", inferred=True, confidence=0.8)),
            "derived": tuple(sorted({*plain.derived, "skills"})),
        }
    )
    assert without_inferred(tagged) == plain
    unknown = Credential(id="b", title="T", provider="P").model_copy(update={"derived": ("skills-unknown",)})
    assert without_inferred(unknown).derived == () and without_inferred(unknown).skills == ()


def _tag_nothing_new(credentials, matcher, max_skills=6, threshold=0.0):
    """A tagging model that tags nothing, keeping (as the real one does) entries that list skills."""
    return [c if c.skills else _tag_nothing([c], matcher)[0] for c in credentials]


KUBE = (
    "id,title,provider,hours,eqf_level,skills,languages,cost,description\n"
    "up-sql,SQL for data analysis,Test Academy,40,5,,en,100,Write SQL queries.\n"
    "up-rig,Stage Rigging Basics,Test Academy,40,4,,en,200,Ropes trusses and chain hoists for concerts.\n"
)


def test_a_re_index_names_the_new_entries_that_no_plan_can_use(settings, tmp_path, catalogue):
    """An upload whose entries get no skill reaches search but never a plan: the summary counts and names
    them (only those this run added or changed), and the note tells the maintainer how to fix it."""
    from pathfinder.skills.ingest import without_skills_note

    ingest(settings, ImportReport(credentials=catalogue), infer=False)
    upload = tmp_path / "upload.csv"
    upload.write_text(KUBE, encoding="utf-8")
    report, sources = read_catalogue([upload])
    summary = ingest_upload(settings, report, sources, replace=False)
    assert open_index(settings).get("up-rig").skills == ()  # nothing in the taxonomy fits
    assert summary.without_skills == 1 and summary.without_skills_ids == ["up-rig"]
    note = without_skills_note(summary)
    assert note and "up-rig" in note and "plans" in note and "`skills` column" in note
    again = ingest_upload(settings, report, sources, replace=False)  # nothing changed: nothing to report
    assert again.without_skills == 0 and without_skills_note(again) is None


def test_cli_index_prints_the_note_about_entries_without_skills(settings, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    upload = tmp_path / "upload.csv"
    upload.write_text(KUBE, encoding="utf-8")
    assert main(["index", str(upload)]) == 0
    err = capsys.readouterr().err
    assert "1 new or changed entry has no skills (up-rig)" in err
