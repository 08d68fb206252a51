"""The bundled subset is exactly what tools/build_taxonomy.py makes from the shared ESCO release."""

from __future__ import annotations

import importlib
import sys

import pandas as pd
import pytest

from pathfinder.settings import BUNDLED_CORPUS, PROJECT_ROOT
from pathfinder.skills.esco import read_esco
from pathfinder.skills.files import read_taxonomy


@pytest.mark.slow
def test_bundled_taxonomy_is_reproducible_from_esco(shared_data):
    esco = shared_data / "esco_v1.1.1"
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        build = importlib.import_module("build_taxonomy")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
    digital = set(pd.read_csv(esco / "digitalSkillsCollection_en.csv", usecols=["conceptUri"])["conceptUri"])
    rebuilt = build.build_subset(read_esco(esco), digital)
    bundled = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    assert rebuilt.skills == bundled.skills
    # the O*NET central skills are another source's (tools/build_onet_central.py, occupation_central.csv), and
    # the skills of another specialty another tool's (tools/build_other_specialty.py, checked below)
    # and the broad and distinct skills a third (tools/build_broad_skills.py, checked below), and how central
    # each skill is a fourth's (tools/build_skill_centrality.py, e5 over ESCO's texts, session 17)
    assert rebuilt.occupations == {
        uri: o.model_copy(
            update={
                "central": (),
                "other_specialty": (),
                "broad": (),
                "distinct": (),
                "centrality": (),
                "cross_field": (),  # tools/build_cross_field_skills.py, checked below (session 19)
            }
        )
        for uri, o in bundled.occupations.items()
    }
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        other = importlib.import_module("build_other_specialty")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
    found = other.other_specialty(esco, {u: o.label for u, o in bundled.occupations.items()})
    assert {(occ, skill) for occ, skill, *_ in found} == {
        (u, s) for u, o in bundled.occupations.items() for s in o.other_specialty
    }
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        spread = importlib.import_module("build_broad_skills")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
    counts = spread.esco_spread(esco, {u: o.label for u, o in bundled.occupations.items()})
    for limit, field in (
        (lambda n: n >= spread.BROAD_OCCUPATIONS, "broad"),
        (lambda n: n <= spread.DISTINCT_OCCUPATIONS, "distinct"),
    ):
        assert {(occ, skill) for occ, skill, n in counts if limit(n)} == {
            (u, s) for u, o in bundled.occupations.items() for s in getattr(o, field)
        }
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        fields = importlib.import_module("build_cross_field_skills")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
    found = fields.cross_field(esco, {u: o.label for u, o in bundled.occupations.items()})
    assert {(occ, skill) for occ, skill, *_ in found} == {
        (u, s) for u, o in bundled.occupations.items() for s in o.cross_field
    }
    assert rebuilt.broader == bundled.broader  # ESCO's hierarchy among the kept skills, nothing else
    # Curation keeps teachable skills only: the dropped hardware/building-security skills are absent.
    labels = {s.label for s in bundled.skills.values()}
    assert "manage closed-circuit television system" not in labels
    assert len(bundled.occupations) == len(build.KEEP)
