"""Our own schema: CSV (comma, semicolon, BOM, cp1252), JSON forms, JSONL, folders, and the committed JSON
Schema."""

from __future__ import annotations

import json
from pathlib import Path

from pathfinder.catalogue import load_catalogue, write_rejects
from pathfinder.catalogue.records import COLUMNS
from pathfinder.domain import HOURS_PER_ECTS, Credential
from pathfinder.settings import PROJECT_ROOT

DATA = Path(__file__).parent / "data" / "catalogue"


def by_id(report):
    return {c.id: c for c in report.credentials}


def test_our_csv_reads_lists_skills_stacks_sessions_and_derives_fields():
    report = load_catalogue([DATA / "good.csv"])
    assert report.rejects == []
    c = by_id(report)
    py = c["py-1"]
    assert py.languages == ("en", "de")
    assert py.skills[0].label == "Python (computer programming)"
    assert py.stacks_into[0].target == "cert-data" and py.stacks_into[0].ects == 2
    assert py.learning_outcomes == ("Write small programs", "Use lists and loops")
    assert py.ects == 2.0 and "ects" in py.derived  # 55 h / 27.5 h per ECTS
    sql = c["sql-1"]
    assert sql.hours == round(4 * HOURS_PER_ECTS, 1) and "hours" in sql.derived
    assert sql.delivery == "dated" and sql.sessions[0].end.isoformat() == "2026-04-10"
    assert sql.skills[0].label == ""  # a bare URI: the taxonomy fills the label
    assert py.awarding_body == "Uni A" and py.source.endswith("good.csv")


def test_semicolon_csv_with_decimal_commas_and_quoted_semicolons():
    report = load_catalogue([DATA / "semicolon.csv"])
    c = by_id(report)
    assert report.rejected == 0
    assert c["s-1"].hours == 27.5 and c["s-1"].cost == 99.5
    assert c["s-2"].title == "Cloud; Sicherheit"
    assert "delimiter ';'" in report.notes[0]


def test_bom_is_stripped_from_the_first_column_name():
    report = load_catalogue([DATA / "bom.csv"])
    assert [c.id for c in report.credentials] == ["b-1"]
    assert "BOM" in report.notes[0]


def test_cp1252_file_is_detected_and_read_correctly():
    report = load_catalogue([DATA / "cp1252.csv"])
    c = by_id(report)
    assert c["w-1"].title == "Gestión de proyectos – nivel básico"
    assert c["w-2"].provider == "École Numérique" and c["w-2"].title == "Données et société “ouverte”"
    assert "cp1252" in report.notes[0]


def test_json_array_object_and_jsonl_forms(tmp_path: Path, catalogue):
    records = [c.model_dump(mode="json", exclude={"source", "derived"}) for c in catalogue]
    (tmp_path / "a.json").write_text(json.dumps(records))
    (tmp_path / "b.json").write_text(json.dumps({"credentials": records}))
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    for name in ("a.json", "b.json", "c.jsonl"):
        report = load_catalogue([tmp_path / name])
        assert report.rejects == [], name
        assert {c.id for c in report.credentials} == {c.id for c in catalogue}
        assert by_id(report)["stats-1"].prerequisites == ("py-1",)


def test_round_trip_through_csv_keeps_every_field(tmp_path: Path, catalogue):
    """A catalogue written in the documented CSV form reads back equal (apart from source)."""
    import csv

    from pathfinder.catalogue.records import LIST_SEP, PART_SEP

    def cell(name, value):
        if name in {"skills", "prerequisite_skills"}:
            return LIST_SEP.join(f"{s.uri}{PART_SEP}{s.label}" for s in value)
        if name == "stacks_into":
            return LIST_SEP.join(f"{s.target}{PART_SEP}{'' if s.ects is None else s.ects}" for s in value)
        if name == "sessions":
            return LIST_SEP.join(f"{s.start}{PART_SEP}{s.end}" for s in value)
        if isinstance(value, tuple):
            return LIST_SEP.join(value)
        return "" if value is None else str(value)

    with (tmp_path / "cat.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for c in catalogue:
            writer.writerow([cell(n, getattr(c, n)) for n in COLUMNS])
    report = load_catalogue([tmp_path / "cat.csv"])
    assert report.rejects == []
    for original in catalogue:
        read = by_id(report)[original.id]
        assert read.model_dump(exclude={"source", "derived"}) == original.model_dump(
            exclude={"source", "derived"}
        )


def test_folder_reads_every_catalogue_file_inside_and_links_across_files():
    report = load_catalogue([DATA / "split"])
    assert len(report.files) == 2
    assert report.rejects == []
    assert by_id(report)["adv-1"].prerequisites == ("intro-1",)


def test_write_rejects_keeps_the_raw_record(tmp_path: Path):
    report = load_catalogue([DATA / "bad_values.csv"])
    out = write_rejects(report, tmp_path / "out" / "bad.rejects.jsonl")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == report.rejected
    neg = next(line for line in lines if line["row"] == 2)
    assert neg["record"]["hours"] == "-5" and neg["field"] == "hours"


def test_json_schema_file_is_in_sync_with_the_model():
    committed = json.loads((PROJECT_ROOT / "docs" / "catalogue.schema.json").read_text())
    assert committed == catalogue_json_schema(), (
        "regenerate: python -m pathfinder.catalogue.schema > docs/catalogue.schema.json"
    )


def test_format_doc_names_every_field():
    doc = (PROJECT_ROOT / "docs" / "CATALOGUE_FORMAT.md").read_text()
    missing = [f for f in Credential.model_fields if f"`{f}`" not in doc]
    assert missing == []


def catalogue_json_schema():
    from pathfinder.catalogue.schema import json_schema

    return json_schema()
