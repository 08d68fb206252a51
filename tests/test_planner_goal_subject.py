"""Which tags say a course is about the goal (issue 14, session 16, branch plans16fill).

- **Named by the goal** (`GapSkill.named`, `lookup.names_goal`): a course the catalogue tags with an essential
  skill whose label uses a word of the goal's own names ("quality" for a data quality specialist) is about the
  goal whatever else it teaches. "Curating Training Data Sets for Machine Learning" (implement data quality
  processes beside three data-set skills) was left out by the focus share, and a data quality specialist's
  plan in English was empty (fresh15-05, fill16-02). An inferred tag is no such evidence.
- **Broad ancestors only** (`GapSkill.narrower`, `lookup.ancestors_only`): a course whose essential gap
  skills are all broad knowledge concepts with narrower ones in the hierarchy (operating systems, ICT
  infrastructure), none of those narrower ones taught, and that teaches something outside the goal, is about
  that other subject: "Introduction to High-Performance Computing" was a system administrator's step
  (fresh15-08). A course naming a narrower concept (Python beside computer programming) or teaching only the
  goal's skills stays a teacher.
Both rules hold for the array path (`gap_teachers`) and the per-credential one (`gap_teachers_by_id`), and for
the exact solver and the heuristic."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id

TODAY = date(2026, 1, 5)


def _k(uri: str, label: str) -> Skill:
    return Skill(uri=uri, label=label, skill_type="knowledge")


# data quality specialist: "quality" is a word of its own name
DQ = Skill(uri="s:dq", label="implement data quality processes")
CLEAN = Skill(uri="s:clean", label="perform data cleansing")
OTHER = [Skill(uri=f"s:o{i}", label=f"curate training sets {i}") for i in range(3)]
# system administrator: operating systems and ICT infrastructure are ancestors
OS, MOBILE = _k("s:os", "operating systems"), _k("s:mobile", "mobile operating systems")
INFRA, PROXY = _k("s:infra", "ICT infrastructure"), _k("s:proxy", "proxy servers")
DIST = _k("s:dist", "distributed computing")
ADMIN = Skill(uri="s:admin", label="administer ICT system")
TAX = Taxonomy.from_items(
    [DQ, CLEAN, *OTHER, OS, MOBILE, INFRA, PROXY, DIST, ADMIN],
    [
        Occupation(uri="dq", label="data quality specialist", essential=(DQ.uri, CLEAN.uri)),
        Occupation(uri="sys", label="system administrator", essential=(OS.uri, INFRA.uri, ADMIN.uri)),
        # "data" and "system" name other occupations too: no word of the goal's own
        Occupation(uri="de", label="data engineer"),
        Occupation(uri="ds", label="data scientist"),
        Occupation(uri="sa", label="system analyst"),
        Occupation(uri="sd", label="system designer"),
    ],
    broader=[(MOBILE.uri, OS.uri), (PROXY.uri, INFRA.uri)],
)


def _ref(skill: Skill, inferred: bool = False) -> SkillRef:
    return SkillRef(uri=skill.uri, label=skill.label, inferred=inferred, confidence=0.9 if inferred else 1.0)


def _course(cid: str, skills, inferred: bool = False, hours: float = 40) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=100, currency="EUR", hours=hours,
        eqf_level=5, skills=tuple(_ref(s, inferred) for s in skills),
    )  # fmt: skip


def _plan(goal: str, catalogue, limit: int = 300):
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri=goal), languages=("en",), constraints=Constraints(budget=1000)
    )
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    lookup = CatalogueLookup(catalogue)
    return gap, lookup, plan_pathway(p, gap, lookup, today=TODAY, exact_limit=limit)


def _teaching(gap, lookup) -> tuple[set[str], set[str]]:
    arrays, by_id = gap_teachers(gap, lookup), gap_teachers_by_id(gap, lookup)
    assert set(arrays.teaching) == set(by_id.teaching)  # one rule, two paths
    assert arrays.weak == by_id.weak
    return set(arrays.teaching), set(arrays.weak)


def test_the_goal_named_skill_is_flagged():
    gap, _, _ = _plan("dq", [_course("c", [DQ])])
    assert {g.label for g in gap.skills if g.named} == {DQ.label}
    gap, _, _ = _plan("sys", [_course("c", [OS])])
    assert not any(g.named for g in gap.skills)
    assert {g.label for g in gap.skills if g.narrower} == {OS.label, INFRA.label}


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_stated_tag_the_goal_is_named_after_makes_a_course_about_the_goal(limit):
    catalogue = [
        _course("curate", [DQ, *OTHER]),  # one gap skill of four: off focus by the share alone
        _course("cleanse", [CLEAN, *OTHER]),  # the same share, a skill the goal is not named after
        _course("guessed", [DQ, *OTHER], inferred=True),  # the same tags inferred from its text
    ]
    gap, lookup, pw = _plan("dq", catalogue, limit)
    teaching, _ = _teaching(gap, lookup)
    assert teaching == {"curate"}
    assert pw.ids == ("curate",)
    assert "mostly about other subjects" in next(u.reason for u in pw.uncovered if u.uri == CLEAN.uri)


@pytest.mark.parametrize("limit", [300, 0])
def test_a_course_tagged_only_with_broad_ancestors_is_about_another_subject(limit):
    catalogue = [
        _course("hpc", [OS, INFRA, DIST], hours=20),  # ancestors only, and a subject of its own: out
        _course("mobile", [OS, INFRA, MOBILE, DIST]),  # names a narrower concept of operating systems
        _course("infra", [OS, INFRA]),  # nothing outside the goal
    ]
    gap, lookup, pw = _plan("sys", catalogue, limit)
    teaching, weak = _teaching(gap, lookup)
    assert teaching == {"mobile", "infra"}
    assert "hpc" in weak
    assert "hpc" not in pw.ids


def test_the_ancestor_rule_leaves_a_named_ancestor_alone():
    # a database administrator's "database" is an ancestor the goal is named after: a course of it is about
    # the goal (`ancestor_like` spares named skills)
    db, nosql, other = _k("s:db", "database"), _k("s:nosql", "NoSQL"), _k("s:x", "graph theory")
    tax = Taxonomy.from_items(
        [db, nosql, other],
        [Occupation(uri="dba", label="database administrator", essential=(db.uri,))],
        broader=[(nosql.uri, db.uri)],
    )
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="dba"), languages=("en",))
    catalogue = [_course("graphs", [db, other])]
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    teaching, _ = _teaching(gap, CatalogueLookup(catalogue))
    assert teaching == {"graphs"}
