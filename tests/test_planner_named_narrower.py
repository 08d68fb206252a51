"""A course whose title names the narrower concept it teaches of a generic gap skill teaches that skill (issue
14, session 20, branch plans20start; start20-13/-14/-15, fresh19-04, tune): edX's "SQL for Data Science"
(tagged SQL and, by `skills/implied`, query languages) was no teacher of a data analyst's query languages:
one inferred tag (`single_inferred`) and one generic essential skill (`lone_generic`) are no evidence. Failed
on the base commit (3645154): the SQL course was not planned; no `planner.named_narrower`."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, on_focus
from pathfinder.planner.named_narrower import names_narrower, title_says

TODAY = date(2026, 1, 5)
K = "knowledge"
QL, SQL, XQ, SPARQL, MDX, STATS = (
    Skill(uri=f"s:{u}", label=lab, skill_type=K)
    for u, lab in (
        ("ql", "query languages"), ("sql", "SQL"), ("xq", "XQuery"), ("sparql", "SPARQL"), ("mdx", "MDX"),
        ("stats", "statistics"),
    )
)  # fmt: skip
ANALYST = Occupation(uri="o:analyst", label="data analyst", essential=(QL.uri, STATS.uri))
# query languages is generic: many occupations list it (`gaps.central_weight` below 1)
OTHERS = [Occupation(uri=f"o:{k}", label=f"job {k}", essential=(QL.uri,)) for k in range(5)]
TAXONOMY = Taxonomy.from_items(
    [QL, SQL, XQ, SPARQL, MDX, STATS],
    [ANALYST, *OTHERS],
    broader=[(s.uri, QL.uri) for s in (SQL, XQ, SPARQL, MDX)],
)


def _inferred(cid: str, title: str, *skills: Skill, hours: float = 12.0) -> Credential:
    return Credential(
        id=cid, title=title, provider="edX", languages=("en",), cost=39.0, hours=hours, eqf_level=4,
        skills=tuple(SkillRef(uri=s.uri, label=s.label, inferred=True, confidence=0.99) for s in skills),
    )  # fmt: skip


SQL_DS = _inferred("sql-ds", "SQL for Data Science", SQL, QL)
STATS_101 = Credential(
    id="stats", title="Statistics for Data Analysis", provider="P", languages=("en",), cost=0.0, hours=40.0,
    eqf_level=4, skills=(SkillRef(uri=STATS.uri, label="statistics"),),
)  # fmt: skip


def _gap(catalogue):
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri=ANALYST.uri), languages=("en",),
        constraints=Constraints(hours_per_week=5, weeks=40),
    )  # fmt: skip
    return p, analyse_gap(p, TAXONOMY, catalogue, today=TODAY)


def test_the_title_says_the_narrower_concept_as_a_word():
    assert title_says("Databases: Relational Databases and SQL", "SQL")
    assert not title_says("Practical MySQL", "SQL")
    _, gap = _gap([SQL_DS])
    ql = next(g for g in gap.skills if g.uri == QL.uri)
    assert ql.essential and ql.weight < 1 and SQL.uri in ql.narrower
    assert names_narrower(SQL_DS, [ql])
    assert not names_narrower(_inferred("x", "Data Stories", SQL, QL), [ql])  # the title does not say it


def test_a_sql_course_is_a_teacher_of_query_languages_in_both_paths_and_is_planned():
    catalogue = [SQL_DS, STATS_101]
    p, gap = _gap(catalogue)
    lk = CatalogueLookup(catalogue)
    assert "sql-ds" in gap_teachers(gap, lk).teaching and "sql-ds" not in gap_teachers(gap, lk).weak
    assert on_focus("sql-ds", {g.uri: g for g in gap.skills}, lk)
    assert set(plan_pathway(p, gap, lk, today=TODAY).ids) == {"sql-ds", "stats"}


def test_a_clip_or_a_title_naming_nothing_it_teaches_stays_no_teacher():
    clip = _inferred("clip", "XQuery in 30 minutes", XQ, QL, hours=0.5)
    vague = _inferred("vague", "Data Stories", SQL, QL)
    catalogue = [clip, vague, STATS_101]
    _, gap = _gap(catalogue)
    teachers = gap_teachers(gap, CatalogueLookup(catalogue))
    assert {"clip", "vague"} <= teachers.weak
