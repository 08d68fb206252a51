"""A workload or price of 'INF' or 'NaN' in a provider file is a reject naming the field, not a crash (found
by the importer fuzz test: ECTS derived from infinite hours overflowed)."""

from __future__ import annotations

from pathfinder.catalogue import load_catalogue


def test_infinite_or_nan_numbers_are_rejected_with_the_field(tmp_path):
    path = tmp_path / "cat.csv"
    path.write_text(
        "id,title,provider,hours,cost\nok,Fine,P,10,0\na,A,P,INF,0\nb,B,P,10,NaN\n", encoding="utf-8"
    )
    report = load_catalogue([path])
    assert [c.id for c in report.credentials] == ["ok"]
    assert {(r.row, r.field) for r in report.rejects} == {(2, "hours"), (3, "cost")}
    assert all("finite" in r.reason for r in report.rejects)
