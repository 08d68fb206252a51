"""Properties of load_catalogue over random catalogues: nothing is dropped, and what imports is consistent."""

from __future__ import annotations

import json
import tempfile
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.catalogue import load_catalogue

IDS = [f"c{i}" for i in range(12)]

record = st.fixed_dictionaries(
    {
        "id": st.sampled_from(IDS),
        "title": st.sampled_from(["A title", ""]),
        "provider": st.just("Uni"),
        "hours": st.integers(-3, 60),
        "eqf_level": st.integers(0, 9),
        "prerequisites": st.lists(st.sampled_from(IDS + ["ghost"]), max_size=2, unique=True),
        "stacks_into": st.lists(st.sampled_from(IDS + ["nowhere"]), max_size=1),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(record, max_size=10), min_size=1, max_size=3))
def test_every_record_is_imported_or_rejected_and_the_result_is_closed(files):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, records in enumerate(files):
            path = Path(tmp) / f"part{n}.json"
            path.write_text(json.dumps(records))
            paths.append(path)
        report = load_catalogue(paths)
    assert report.imported + report.rejected == sum(len(f) for f in files)  # nothing dropped silently
    assert all(r.reason and r.file and r.row for r in report.rejects)
    ids = [c.id for c in report.credentials]
    assert len(ids) == len(set(ids))
    for c in report.credentials:
        assert set(c.prerequisites) <= set(ids) and set(c.stack_targets) <= set(ids)
        assert c.hours is None or c.hours >= 0
        assert c.eqf_level is None or 1 <= c.eqf_level <= 8
    try:
        TopologicalSorter({c.id: c.prerequisites for c in report.credentials}).prepare()
    except CycleError as e:  # pragma: no cover - the assertion message is the point
        raise AssertionError(f"an imported catalogue has a prerequisite cycle: {e}") from e
