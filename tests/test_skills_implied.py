"""An entry course's inferred knowledge brings its broader knowledge (issue 14, session 20): edX's "SQL for
Data Science" was tagged "SQL" only, while a data analyst needs "query languages" (ESCO: SQL is one), so no
real SQL course taught an analyst anything and their plans started with Python."""

from __future__ import annotations

from pathfinder.domain import Credential, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.skills import implied, matching

X = "http://x/skill/"


def _taxonomy() -> Taxonomy:
    k = "knowledge"
    langs = ("sql", "xquery", "sparql", "mdx")  # a family of interchangeable query languages
    dbms = ("mysql", "db2", "access", "oracle")  # a family too, but of fewer occupations' own subject
    skills = [Skill(uri=X + u, label=u.upper() if u == "sql" else u, skill_type=k) for u in langs + dbms]
    skills += [
        Skill(uri=X + "ql", label="query languages", skill_type=k),
        Skill(uri=X + "dbms", label="database management systems", skill_type=k),
        Skill(uri=X + "db", label="use databases"),  # a skill/competence: a group of activities, no basics
        Skill(uri=X + "mine", label="perform data mining"),
    ]
    broader = [(X + u, X + "ql") for u in langs] + [(X + u, X + "dbms") for u in dbms]
    broader.append((X + "mine", X + "db"))
    # query languages is essential for many occupations (more than gaps.SHARED_OCCUPATIONS), DBMS for two
    jobs = [Occupation(uri=f"o:{i}", label=f"job {i}", essential=(X + "ql",)) for i in range(6)]
    jobs += [Occupation(uri=f"o:dba{i}", label=f"dba {i}", essential=(X + "dbms",)) for i in range(2)]
    return Taxonomy.from_items(skills, jobs, broader=broader)


def _course(title: str, eqf: int | None, *refs: tuple[str, float], stated: bool = False) -> Credential:
    return Credential(
        id=title.lower().replace(" ", "-"),
        title=title,
        provider="edX",
        hours=12,
        eqf_level=eqf,
        skills=tuple(SkillRef(uri=X + u, label=u, inferred=not stated, confidence=p) for u, p in refs),
    )


def test_an_entry_course_on_sql_teaches_query_languages_with_the_same_confidence():
    c = _course("SQL for Data Science", 4, ("sql", 0.99))
    (out,) = implied.with_broader_knowledge([c], _taxonomy(), {c.id})
    assert [(r.uri, r.inferred, r.confidence) for r in out.skills] == [
        (X + "sql", True, 0.99),
        (X + "ql", True, 0.99),
    ]
    assert out.skills[1].label == "query languages"


def test_a_course_of_unknown_level_is_an_entry_course_only_when_its_title_says_so():
    beginners = _course("SQL for Beginners", None, ("sql", 0.9))
    plain = _course("Practical SQL Server Queries", None, ("sql", 0.9))  # no level word: EQF 5
    out = implied.with_broader_knowledge([beginners, plain], _taxonomy(), {beginners.id, plain.id})
    assert X + "ql" in {r.uri for r in out[0].skills}
    assert out[1] is plain


def test_an_intermediate_course_assumes_the_broader_knowledge_and_does_not_teach_it():
    c = _course("Databases: Advanced Topics in SQL", 5, ("sql", 0.94))
    assert implied.with_broader_knowledge([c], _taxonomy(), {c.id}) == [c]


def test_a_family_few_occupations_need_is_their_own_subject_and_not_implied():
    # "Practical Understanding of PHP and MySQL" is no course of database management systems
    c = _course("Practical Understanding of MySQL", 4, ("mysql", 0.95))
    tax = _taxonomy()
    assert implied.generic_families(tax) == {X + "ql"}
    assert implied.with_broader_knowledge([c], tax, {c.id}) == [c]


def test_stated_skills_weak_tags_and_skill_groups_bring_nothing():
    stated = _course("SQL para el análisis", 4, ("sql", 1.0), stated=True)
    weak = _course("Data Stories 101", 4, ("sql", 0.88))  # not near-certain (IMPLYING_CONFIDENCE)
    group = _course("Data Mining Basics", 4, ("mine", 0.95))  # skill/competence under skill/competence
    tax = _taxonomy()
    assert implied.with_broader_knowledge([stated], tax, set()) == [stated]
    assert implied.with_broader_knowledge([weak, group], tax, {weak.id, group.id}) == [weak, group]


def test_skill_inference_applies_it_to_the_entries_it_tagged_only(monkeypatch):
    tax = _taxonomy()
    untagged = _course("SQL for Data Science", 4)
    stated = _course("Intro to SQL", 4, ("sql", 1.0), stated=True)
    tagged = _course("SQL for Data Science", 4, ("sql", 0.99))
    monkeypatch.setattr(matching, "tag_many", lambda cs, *a: [tagged, cs[1]])

    class Matcher:
        taxonomy = tax

    out = matching.infer_skills_many([untagged, stated], Matcher())  # type: ignore[arg-type]
    assert [r.uri for r in out[0].skills] == [X + "sql", X + "ql"]
    assert out[1] is stated
