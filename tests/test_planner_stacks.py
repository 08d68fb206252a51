"""Certificates (issue 14): totals include the parts; 'free' only when everything needed is free."""

from __future__ import annotations

from datetime import date

from conftest import PY, SQL, STATS, VIZ

from pathfinder.domain import Constraints, Goal, LearnerProfile, Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import certificate_totals, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.ui.cards import cost_text

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def test_a_free_certificate_with_paid_parts_is_not_free(catalogue):
    cert = next(c for c in catalogue if c.id == "cert-data")
    totals = certificate_totals(cert, catalogue)
    assert (
        not totals.free and totals.complete and totals.cost_eur == 420
    )  # 0 + 120 + 300: all three parts needed
    assert set(totals.parts) == {"py-1", "sql-1", "stats-1"} and totals.hours > 0
    assert "plus its parts" in cost_text(cert)
    held = certificate_totals(cert, catalogue, held=frozenset({"sql-1", "stats-1"}))
    assert held.free and held.parts == ("py-1",)  # only the free part is left to do


def test_a_plan_states_what_its_earned_certificate_costs(catalogue):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"), constraints=Constraints(hours_per_week=10))
    pw = plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)
    (stack,) = pw.stacks
    assert stack.id == "cert-data" and stack.cost_eur == pw.totals.cost == 420 and not stack.free
    assert stack.hours == pw.totals.hours
