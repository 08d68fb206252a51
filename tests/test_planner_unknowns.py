"""Unknown is unknown: unknown hours and prices are estimated with a basis or kept out of limited plans; an
unknown or other language passes no language limit, which is the learner's by default (issue 14)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pathfinder.catalogue.language import detect_language, with_detected_language
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.profiles import apply_relaxation

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in range(6)]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)


def _plan(catalogue, language=None, **kw):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), **kw)
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY, language=language)


def _c(i, skill, **kw):
    kw.setdefault("languages", ("en",))
    return Credential(
        id=f"c{i}", title=f"Course {i}", provider=kw.pop("provider", "P"), skills=(SKILLS[skill],), **kw
    )


def test_unknown_hours_take_the_provider_median_and_say_so():
    known = [_c(i, 0, hours=h, cost=10) for i, h in enumerate((10, 20, 30))]
    pw = _plan(known + [_c(9, 1, cost=10)])
    step = pw.steps[pw.ids.index("c9")]
    assert (
        step.hours == 20
        and step.estimated
        and step.estimated[0].startswith("hours: about 20 h, the median of 3 P")
    )
    assert any("estimated" in n for n in pw.notes)
    assert pw.totals.hours == sum(s.hours for s in pw.steps)


def test_unknown_prices_and_workloads_are_left_out_of_limited_plans():
    cat = [_c(0, 0, hours=5), _c(1, 1, hours=5)] + [_c(i, 2, cost=10) for i in range(2, 6)]
    assert set(_plan(cat).ids) >= {"c0", "c1"}  # no limits: planned (price unknown, said on the step)
    pw = _plan(cat, constraints=Constraints(budget=1000))
    assert not {"c0", "c1"} & set(pw.ids)
    assert "its price is unknown" in next(u.reason for u in pw.uncovered if u.uri == "s:0")
    assert any(r.constraint == "budget" for r in pw.relaxations) is False  # no budget makes a price known
    timed = _plan(cat, constraints=Constraints(hours_per_week=5))
    assert not any(c.startswith("c") and int(c[1:]) >= 2 for c in timed.ids)  # workload unknown
    assert "its workload is unknown" in next(u.reason for u in timed.uncovered if u.uri == "s:2")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 5), st.one_of(st.none(), st.floats(1, 60)), st.one_of(st.none(), st.floats(0, 300))
        ),
        min_size=1,
        max_size=25,
    ),
    st.floats(2, 10),
    st.integers(1, 20),
    st.floats(0, 500),
)
def test_unknowns_never_satisfy_a_limit(rows, hpw, weeks, budget):
    """With many entries of unknown hours and price, the plan's stated-or-estimated hours and prices fit the
    limits: no zero-effort flood."""
    cat = [_c(i, s, hours=h, cost=p) for i, (s, h, p) in enumerate(rows)]
    pw = _plan(cat, constraints=Constraints(hours_per_week=hpw, weeks=weeks, budget=budget))
    assert all(s.hours > 0 for s in pw.steps)
    assert all(not s.estimated for s in pw.steps)  # under limits, unknowns are left out, not estimated
    assert pw.totals.hours <= hpw * weeks + 0.05 * len(pw.steps) + 1e-6  # steps show hours to 0.1 h
    assert pw.totals.cost <= budget + 0.01
    for s in pw.steps:
        c = next(c for c in cat if c.id == s.id)
        assert (c.hours is None) == any(e.startswith("hours:") for e in s.estimated)
        assert (c.cost is None) == any(e.startswith("price:") for e in s.estimated)


def test_the_learners_languages_are_a_hard_limit_and_another_is_a_relaxation():
    cat = [
        _c(0, 0, hours=5, cost=0),
        _c(1, 1, hours=5, cost=0, languages=("es",)),
        _c(2, 2, hours=5, cost=0, languages=()),
    ]
    pw = _plan(cat, languages=("en",))
    assert pw.ids == ("c0",)
    reasons = {u.uri: u.reason for u in pw.uncovered}
    assert "not in your languages" in reasons["s:1"] and "its language is not stated" in reasons["s:2"]
    relax = next(r for r in pw.relaxations if r.constraint == "languages")
    assert relax.current == "en" and relax.needed == "es"
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    widened = apply_relaxation(p, relax)
    assert set(widened.constraints.languages) == {"en", "es"}
    after = _plan(cat, **{"languages": widened.languages, "constraints": widened.constraints})
    assert set(after.ids) == {"c0", "c1"}  # still no course of unknown language


def test_the_conversation_language_limits_when_the_profile_names_none():
    cat = [_c(0, 0, hours=5, cost=0), _c(1, 1, hours=5, cost=0, languages=("fr",))]
    assert set(_plan(cat).ids) == {"c0", "c1"}  # nothing known about languages: no limit
    pw = _plan(cat, language="en")
    assert pw.ids == ("c0",) and any(r.constraint == "languages" and r.needed == "fr" for r in pw.relaxations)
    assert set(_plan(cat, language="en", constraints=Constraints(languages=("fr",))).ids) == {"c1"}


def test_detect_language_fills_an_unstated_language():
    assert detect_language("Grundlagen der Cloud-Entwicklung mit Azure und Kubernetes") == "de"
    assert detect_language("Python") is None  # too short to tell
    c = Credential(
        id="x", title="Introducción a la programación en Python para analistas de datos", provider="P"
    )
    filled = with_detected_language(c)
    assert filled.languages == ("es",) and "languages" in filled.derived
