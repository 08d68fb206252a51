"""'Skip it, I did it': a credential marked held counts as held, so what needs it stays eligible (issue
14)."""

from __future__ import annotations

from datetime import date

from conftest import PY, SQL, STATS, VIZ

from pathfinder.domain import Goal, LearnerProfile, Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.profiles import mark_credential_held, pin, reject

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def _plan(profile, catalogue):
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return gap, plan_pathway(profile, gap, catalogue, today=TODAY)


def test_marked_held_keeps_dependants_where_reject_loses_them(catalogue):
    base = LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"))
    py = next(c for c in catalogue if c.id == "py-1")
    _, rejected = _plan(reject(base, "py-1"), catalogue)
    assert "stats-1" not in rejected.ids  # its prerequisite is rejected: the dependant is lost
    held = mark_credential_held(reject(pin(base, "py-1"), "py-1"), py)
    assert "py-1" in held.held_credential_ids and PY.uri in held.held_skill_uris
    assert "py-1" not in held.preferences.rejected and "py-1" not in held.preferences.pinned
    gap, pw = _plan(held, catalogue)
    assert PY.uri in gap.held and gap.skill(PY.uri) is None
    assert "stats-1" in pw.ids and "py-1" not in pw.ids
    assert STATS.uri not in {u.uri for u in pw.uncovered}


def test_marking_twice_keeps_one_record(catalogue):
    py = next(c for c in catalogue if c.id == "py-1")
    p = LearnerProfile(id="l")
    once = mark_credential_held(p, py)
    assert mark_credential_held(once, py).credentials == once.credentials
    assert once.credentials[0].skills == py.skills and once.credentials[0].ects == py.ects
