"""Coverage (issue 14): essential skills the catalogue can teach are reported apart from optional and untaught
ones, and the uncovered list for people is short and grouped."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k:02d}") for k in range(40)]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [
        Occupation(
            uri="occ",
            label="goal",
            essential=tuple(s.uri for s in SKILLS[:4]),
            optional=tuple(s.uri for s in SKILLS[4:]),
        )
    ],
)


def test_untaught_optional_skills_do_not_drown_the_report():
    catalogue = [
        Credential(id="a", title="A", provider="P", hours=10, cost=0, languages=("en",), skills=SKILLS[:2]),
        Credential(id="b", title="B", provider="P", hours=10, cost=0, languages=("de",), skills=SKILLS[2:3]),
        Credential(id="o", title="O", provider="P", hours=10, cost=0, languages=("en",), skills=SKILLS[4:6]),
    ]
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    pw = plan_pathway(profile, gap, catalogue, today=TODAY)
    r = pw.report
    assert (r.essential_teachable, r.essential_covered, r.essential_untaught) == (3, 2, 1)
    assert (r.optional_teachable, r.optional_untaught) == (2, 34)
    assert abs(r.essential_share - 2 / 3) < 1e-9
    assert len(pw.uncovered) == 38 and len(pw.uncovered_groups) <= 4
    first = pw.uncovered_groups[0]
    assert first.essential and first.count == 1
    optional = next(
        g for g in pw.uncovered_groups if "nothing in the catalogue" in g.reason and not g.essential
    )
    assert optional.count == 34 and len(optional.labels) == 5
    assert sum(g.count for g in pw.uncovered_groups) == len(pw.uncovered)


def test_skills_out_for_the_same_kind_of_reason_share_a_group():
    """Dated sessions needing different hours a week, or different unavailable prerequisites, are one kind of
    reason: one group (the details stay on each skill); optional skills left out are one group."""
    from pathfinder.domain.credentials import DatedSession
    from pathfinder.planner.explain import group_reason

    def dated(k: int, hours: float) -> Credential:
        start = date(2026, 2, 2)
        return Credential(
            id=f"d{k}",
            title=f"D{k}",
            provider="P",
            hours=hours,
            cost=0,
            languages=("en",),
            delivery="dated",
            sessions=(DatedSession(start=start, end=date(2026, 2, 13)),),
            skills=(SKILLS[k],),
        )

    catalogue = [dated(0, 100), dated(1, 160), dated(2, 220)] + [
        Credential(id=f"o{k}", title=f"O{k}", provider="P", hours=400, cost=0, skills=(SKILLS[k],))
        for k in (4, 5)
    ]
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints={"hours_per_week": 5, "weeks": 20},
    )
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    pw = plan_pathway(profile, gap, catalogue, today=TODAY)
    reasons = {u.label: u.reason for u in pw.uncovered}
    assert len({reasons[f"skill {k:02d}"] for k in range(3)}) == 3  # each skill keeps its own hours
    (sessions,) = [g for g in pw.uncovered_groups if g.essential and "sessions" in g.reason]
    assert sessions.count == 3
    optional = [g for g in pw.uncovered_groups if not g.essential and "nothing" not in g.reason]
    assert len(optional) == 1 and optional[0].count == 2
    assert group_reason(
        "taught only by credentials you cannot take: needs a first, which is unavailable (x)"
    ) == ("taught only by credentials you cannot take: a prerequisite is out of reach")
