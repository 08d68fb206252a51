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
