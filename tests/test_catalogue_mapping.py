"""Column mappings and the cell parsers they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.catalogue import builtin_mappings, load_catalogue, load_mapping, parsers
from pathfinder.catalogue.mapping import parse_mapping
from pathfinder.errors import MappingError

DATA = Path(__file__).parent / "data" / "catalogue"


@pytest.mark.parametrize(
    ("effort", "length", "hours"),
    [
        ("2–4 hours per week", "7 Weeks", 21.0),  # en dash
        ("2-4 hours per week", "7 Weeks", 21.0),  # hyphen
        ("1-2 hours/week", "3 Months", 19.5),  # 1.5 h x 13 weeks
        ("3 hours per week", "1 Weeks", 3.0),
        ("8–10 hours per week", "12 Weeks", 108.0),
    ],
)
def test_effort_times_length(effort, length, hours):
    assert round(parsers.effort_hours_per_week(effort) * parsers.length_weeks(length), 1) == hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FREE-Add a Verified Certificate for $49 USD", (49.0, "USD")),
        ("FREE-Add a Verified Certificate for $49.99 USD", (49.99, "USD")),
        ("Free", (0.0, "EUR")),
        ("€120", (120.0, "EUR")),
        ("£30", (30.0, "GBP")),
        ("200", (200.0, "EUR")),
        ("1 500 CZK", (500.0, "CZK")),
    ],
)
def test_price(text, expected):
    assert parsers.price(text, "EUR") == expected


def test_price_without_a_number_or_free_is_an_error():
    with pytest.raises(ValueError, match="expected a price"):
        parsers.price("ask us", "EUR")


def test_durations_and_slugs():
    assert parsers.hours("1.5") == 1.5 and parsers.hours("90 mins") == 1.5
    assert parsers.iso_duration_hours("PT45H") == 45 and parsers.iso_duration_hours("P1DT2H30M") == 26.5
    assert parsers.slug("https://www.edx.org/course/how-to-learn-online/") == "how-to-learn-online"
    assert parsers.slug("Gestión de Proyectos!") == "gestion-de-proyectos"


def test_provider_mapping_file():
    report = load_catalogue([DATA / "provider.csv"], mapping=DATA / "provider.toml")
    c = {x.id: x for x in report.credentials}
    net = c["ta-intro-networks"]
    assert (
        net.hours == round(1.5 * 13, 1) and net.cost == 0 and net.languages == ("es",) and net.eqf_level == 3
    )
    assert net.description == "Intro to Networks by Tech Academy"  # template
    sec = c["ta-cloud-security"]  # trailing slash in the URL
    assert (sec.hours, sec.cost, sec.currency, sec.eqf_level) == (30.0, 120, "EUR", 6)
    rejects = {r.row: r for r in report.rejects}
    assert (
        rejects[3].field == "eqf_level" and "'Wizard' is not in the mapping's value map" in rejects[3].reason
    )
    assert (
        rejects[4].field == "hours"
        and "whenever you like" in rejects[4].reason
        and "hours per week" in rejects[4].reason
    )


def test_mapping_with_a_missing_source_column_names_it(tmp_path: Path):
    (tmp_path / "p.csv").write_text("Course Name,School\nX,Y\n")
    from pathfinder.errors import CatalogueError

    with pytest.raises(
        CatalogueError,
        match="missing columns Link, Effort, Duration, Fee, "
        "Lang, Difficulty needed by mapping 'tech-academy'",
    ):
        load_catalogue([tmp_path / "p.csv"], mapping=DATA / "provider.toml")


def test_builtin_mappings_resolve_by_name_and_ship_with_the_package():
    assert {"edx", "udemy"} <= set(builtin_mappings())
    assert load_mapping("edx").name == "edx"
    assert load_mapping(builtin_mappings()["udemy"]).name == "udemy"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "needs a \\[fields.<name>\\] table"),
        ({"fields": {"title": {"column": "T"}, "provider": {"const": "P"}}}, "fills no 'id'"),
        ({"fields": {"id": {"column": "I", "parse": "magic"}}}, "unknown parse 'magic'"),
        ({"fields": {"id": {"colum": "I"}}}, "unknown keys \\['colum'\\]"),
        ({"fields": {"id": {"split": ","}}}, "needs one of column, columns, const or template"),
    ],
)
def test_malformed_mappings(data, message):
    with pytest.raises(MappingError, match=message):
        parse_mapping(data)
