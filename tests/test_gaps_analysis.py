"""Gap analysis: weights, held skills and levels, constraint filtering of `taught_by`, untaught skills."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import PY, SQL, STATS, VIZ

from pathfinder.domain import (
    Constraints,
    Credential,
    DatedSession,
    Goal,
    HeldCredential,
    HeldSkill,
    LearnerProfile,
    Occupation,
    Preferences,
    Skill,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import PlanningError
from pathfinder.planner.gaps import analyse_gap, central_weight, exclusion_reason

UNTAUGHT = "u:untaught-skill"
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)]
    + [Skill(uri=UNTAUGHT, label="juggling")],
    [
        Occupation(
            uri="occ:da",
            label="data analyst",
            essential=(PY.uri, SQL.uri, STATS.uri),
            optional=(VIZ.uri, UNTAUGHT),
        )
    ],
)


def _profile(**kw) -> LearnerProfile:
    return LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"), **kw)


def test_weights_teachers_and_untaught(catalogue):
    gap = analyse_gap(_profile(), TAX, catalogue)
    by = {g.uri: g for g in gap.skills}
    # an essential skill of one occupation only: the goal's own field, the largest weight
    assert (by[PY.uri].weight, by[PY.uri].essential) == (central_weight(1), True) == (1.25, True)
    assert (by[VIZ.uri].weight, by[VIZ.uri].essential) == (0.3, False)
    assert by[STATS.uri].taught_by == ("stats-1",)
    assert gap.untaught == (UNTAUGHT,)
    assert [g.essential for g in gap.skills] == sorted([g.essential for g in gap.skills], reverse=True)
    assert gap.goal_label == "data analyst"


def test_held_skills_and_credential_skills_leave_the_gap(catalogue):
    p = _profile(
        skills=(HeldSkill(uri=SQL.uri, label="SQL"),),
        credentials=(HeldCredential(id="py-1", title="Python Basics", skills=(PY,)),),
    )
    gap = analyse_gap(p, TAX, catalogue)
    assert {PY.uri, SQL.uri} == set(gap.held)
    assert gap.skill(PY.uri) is None and gap.skill(STATS.uri) is not None


def test_a_skill_held_below_the_required_level_stays_with_its_level(catalogue):
    p = _profile(skills=(HeldSkill(uri=SQL.uri, label="SQL", level="basic"),))
    gap = analyse_gap(p, TAX, catalogue, required_level="intermediate")
    assert gap.skill(SQL.uri).held_level == "basic"
    assert analyse_gap(p, TAX, catalogue).skill(SQL.uri) is None


def test_the_goals_required_level_applies_unless_the_caller_gives_one(catalogue):
    held = (
        HeldSkill(uri=SQL.uri, label="SQL", level="basic"),
        HeldSkill(uri=PY.uri, label="Python", level="advanced"),
    )
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da", required_level="intermediate"), skills=held)
    gap = analyse_gap(p, TAX, catalogue)
    assert (gap.skill(SQL.uri).held_level, gap.skill(SQL.uri).required_level) == ("basic", "intermediate")
    assert gap.skill(PY.uri) is None and PY.uri in gap.held  # advanced meets intermediate
    assert analyse_gap(p, TAX, catalogue, required_level="basic").skill(SQL.uri) is None


def test_explicit_goal_skills_are_essential(catalogue):
    p = LearnerProfile(id="l", goal=Goal(skills=(VIZ.uri,)))
    gap = analyse_gap(p, TAX, catalogue)
    assert [(g.uri, g.weight, g.essential) for g in gap.skills] == [(VIZ.uri, 1.0, True)]


def test_constraints_narrow_taught_by(catalogue):
    p = _profile(
        constraints=Constraints(languages=("en",), participation=("online",)),
        preferences=Preferences(rejected=("sql-1",)),
    )
    gap = analyse_gap(p, TAX, catalogue)
    assert gap.skill(STATS.uri).taught_by == () and gap.excluded["stats-1"] == "not in your languages"
    assert gap.skill(SQL.uri).taught_by == () and gap.excluded["sql-1"] == "you rejected it"
    assert gap.excluded["viz-1"] == "not offered online"


@pytest.mark.parametrize(
    "constraints,reason",
    [
        (Constraints(max_eqf=4), "above your EQF limit (4)"),
        (Constraints(providers=("Uni A",)), "not from your preferred providers"),
        (Constraints(countries=("DE",)), "not from your countries"),
    ],
)
def test_exclusion_reasons(catalogue, constraints, reason):
    sql = next(c for c in catalogue if c.id == "sql-1")
    assert exclusion_reason(sql, _profile(constraints=constraints)) == reason


def test_dated_credential_needs_a_session_in_the_window():
    c = Credential(
        id="d",
        title="D",
        provider="P",
        hours=10,
        sessions=(DatedSession(start=date(2026, 3, 1), end=date(2026, 4, 1)),),
    )
    assert exclusion_reason(c, _profile(), today=date(2026, 1, 1)) is None
    assert exclusion_reason(c, _profile(), today=date(2026, 3, 2)) == "no session within your time window"
    late = _profile(constraints=Constraints(deadline=date(2026, 3, 15)))
    assert exclusion_reason(c, late, today=date(2026, 1, 1)) == "no session within your time window"


def test_no_goal_or_unknown_occupation_is_a_planning_error(catalogue):
    with pytest.raises(PlanningError, match="no goal"):
        analyse_gap(LearnerProfile(id="l"), TAX, catalogue)
    with pytest.raises(PlanningError, match="not in the taxonomy"):
        analyse_gap(LearnerProfile(id="l", goal=Goal(occupation_uri="occ:nope")), TAX, catalogue)


def test_central_weight_falls_with_how_many_occupations_need_a_skill():
    """The goal's own skills weigh more than generic ones (issue 14, session 6): three classes."""
    weights = [central_weight(n) for n in (1, 2, 3, 4, 5, 8, 1000)]
    assert weights == sorted(weights, reverse=True)
    assert weights == [1.25, 1.25, 1.0, 1.0, 0.75, 0.75, 0.75]


def test_generic_essential_skill_weighs_less_than_the_goals_own():
    """Five occupations need SQL, only the goal needs Python: Python (its own) outweighs SQL (generic)."""
    from pathfinder.domain.taxonomy import Occupation

    others = [Occupation(uri=f"occ:{k}", label=f"o{k}", essential=(SQL.uri,)) for k in range(4)]
    goal = Occupation(uri="occ:b", label="b", essential=(SQL.uri, PY.uri))
    tax = Taxonomy.from_items([PY, SQL], [*others, goal])
    profile = LearnerProfile(id="w", goal=Goal(occupation_uri="occ:b"))
    gap = analyse_gap(profile, tax, [])
    by = {g.uri: g.weight for g in gap.skills}
    assert (by[PY.uri], by[SQL.uri]) == (1.25, 0.75)


def test_an_essential_skill_named_by_the_goals_own_title_words_weighs_as_its_own():
    """Five occupations list 'machine learning' as essential (generic by count), but the goal's names say
    'machine learning' and no other occupation's names do: it weighs OWN (session 7). Words the names of
    three occupations share ('data') set nobody apart."""
    from pathfinder.domain import SkillRef

    ml, mgmt = (
        SkillRef(uri="s:ml", label="utilise machine learning"),
        SkillRef(uri="s:m", label="manage data"),
    )
    others = [
        Occupation(uri=f"occ:{k}", label=f"data role {k}", essential=(ml.uri, mgmt.uri)) for k in range(4)
    ]
    goal = Occupation(
        uri="occ:ai",
        label="AI designer",
        alt_labels=("machine learning data designer",),
        essential=(ml.uri, mgmt.uri),
    )
    tax = Taxonomy.from_items([Skill(uri=x.uri, label=x.label) for x in (ml, mgmt)], [*others, goal])
    assert tax.own_name_words(goal) == {"designer", "machine", "learning"}
    gap = analyse_gap(LearnerProfile(id="w", goal=Goal(occupation_uri="occ:ai")), tax, [])
    by = {g.uri: g.weight for g in gap.skills}
    assert (by[ml.uri], by[mgmt.uri]) == (1.25, 0.75)


def test_a_job_title_not_in_the_taxonomy_is_read_as_its_nearest_occupation():
    """'Front-end developer' is no occupation here; sharing a title word and two held skills with 'web
    developer' it is read as that one (Gap.role_nearest, the level rules read its skills); a word and one
    skill says nothing (issue 14, session 6); a title sharing no word is read from two skills alone (session
    11, tests/test_gaps_role_by_skills.py)."""
    from pathfinder.domain import CurrentRole, HeldSkill
    from pathfinder.domain.taxonomy import Occupation

    web = Occupation(uri="occ:web", label="web developer", essential=(PY.uri, SQL.uri))
    goal = Occupation(uri="occ:goal", label="software architect", essential=(PY.uri, STATS.uri))
    tax = Taxonomy.from_items([PY, SQL, STATS], [web, goal])
    held = [HeldSkill(uri=PY.uri, label=PY.label), HeldSkill(uri=SQL.uri, label=SQL.label)]
    for title, held_skills, nearest in (
        ("front-end developer", held, "web developer"),
        ("front-end developer", held[:1], ""),  # a generic word and one skill: not enough
        ("statistician", held[:1], ""),  # no word in common and one skill
        # no word in common: since session 11 the skills worked with are read alone (two of its own)
        ("statistician", held, "web developer"),
    ):
        profile = LearnerProfile(
            id="j",
            goal=Goal(occupation_uri="occ:goal"),
            current_role=CurrentRole(label=title),
            skills=held_skills,
        )
        gap = analyse_gap(profile, tax, [])
        assert gap.role_nearest == nearest
        assert (gap.role_shared is not None) == bool(nearest)
    # aiming at web developer itself, the title is not read as the goal
    profile = LearnerProfile(
        id="j", goal=Goal(occupation_uri="occ:web"), current_role=CurrentRole(label="front-end developer")
    )
    assert analyse_gap(profile.model_copy(update={"skills": held}), tax, []).role_nearest == ""
    # a title the taxonomy holds is the job itself: its skills are read, and no "nearest one" note is owed
    profile = LearnerProfile(
        id="j", goal=Goal(occupation_uri="occ:goal"), current_role=CurrentRole(label="Web Developer")
    )
    gap = analyse_gap(profile, tax, [])
    assert gap.role_nearest == "" and gap.role_shared is not None


def test_a_title_nearest_to_the_goal_itself_is_read_as_no_other_job():
    """'Manual tester' aiming at software tester: the title is nearest to the goal, so the next-nearest
    occupation ('penetration tester', an ethical hacker) is not guessed as the learner's job, and the plan
    does not say so (issue 14, session 10). Another goal still reads the title as its nearest occupation."""
    from pathfinder.domain import CurrentRole, HeldSkill
    from pathfinder.domain.taxonomy import Occupation

    tester = Occupation(uri="occ:tester", label="software tester", essential=(PY.uri, SQL.uri))
    hacker = Occupation(
        uri="occ:hacker", label="ethical hacker", alt_labels=("penetration tester",), essential=(PY.uri,)
    )
    other = Occupation(uri="occ:other", label="data analyst", essential=(STATS.uri,))
    tax = Taxonomy.from_items([PY, SQL, STATS], [tester, hacker, other])
    held = (HeldSkill(uri=PY.uri, label=PY.label), HeldSkill(uri=SQL.uri, label=SQL.label))

    def gap(goal: str):
        profile = LearnerProfile(
            id="j",
            goal=Goal(occupation_uri=goal),
            current_role=CurrentRole(label="manual tester"),
            skills=held,
        )
        return analyse_gap(profile, tax, [])

    aiming = gap("occ:tester")
    assert aiming.role_nearest == "" and aiming.role_shared is None and aiming.role_skills == ()
    assert gap("occ:other").role_nearest == "software tester"


CPP, PROGRAMMING = "s:cpp", "s:computer-programming"
HIERARCHY = Taxonomy.from_items(
    [Skill(uri=CPP, label="C++"), Skill(uri=PROGRAMMING, label="computer programming")],
    [Occupation(uri="occ:dev", label="ICT system developer", essential=(PROGRAMMING,))],
    [(CPP, PROGRAMMING)],
)


@pytest.mark.parametrize(
    "level,required,in_gap,held_level",
    [
        ("advanced", None, False, None),  # C++ at advanced: computer programming held (intermediate)
        ("advanced", "intermediate", False, None),
        ("advanced", "advanced", True, "intermediate"),  # one level lower than the narrower skill
        ("intermediate", "intermediate", True, "basic"),
        ("basic", None, True, None),  # one level below basic is nothing
    ],
)
def test_a_held_narrower_skill_counts_as_its_broader_one_level_lower(level, required, in_gap, held_level):
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ:dev"), skills=(HeldSkill(uri=CPP, label="C++", level=level),)
    )
    gap = analyse_gap(p, HIERARCHY, [], required_level=required)
    assert (gap.skill(PROGRAMMING) is not None) is in_gap
    if in_gap:
        assert gap.skill(PROGRAMMING).held_level == held_level
    else:
        assert PROGRAMMING in gap.held


def test_an_experienced_cpp_programmer_holds_computer_programming_in_the_bundled_taxonomy():
    from pathfinder.settings import BUNDLED_CORPUS
    from pathfinder.skills.files import read_taxonomy

    tax = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    developer = tax.find_occupation("ICT system developer")
    programming = tax.find_skill("computer programming")
    cpp = tax.find_skill("C++")
    assert developer is not None and programming is not None and cpp is not None
    assert programming.uri in developer.essential
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=developer.uri),
        skills=(HeldSkill(uri=cpp.uri, label="C++", level="advanced"),),
    )
    gap = analyse_gap(p, tax, [])
    assert gap.skill(programming.uri) is None and programming.uri in gap.held


def test_a_central_skill_from_onet_is_essential_even_when_esco_lists_it_as_optional_or_not_at_all():
    """`Occupation.central` (O*NET 29.2 via tools/build_onet_central.py, session 8): an optional skill it
    names turns essential, an unlisted one joins the goal as essential, an essential one keeps its weight."""
    goal = Occupation(
        uri="occ:ds", label="ds", essential=(PY.uri,), optional=(VIZ.uri,), central=(VIZ.uri, SQL.uri, PY.uri)
    )
    tax = Taxonomy.from_items([PY, SQL, STATS, VIZ], [goal])
    gap = analyse_gap(LearnerProfile(id="c", goal=Goal(occupation_uri="occ:ds")), tax, [])
    by = {g.uri: (g.weight, g.essential) for g in gap.skills}
    assert by[VIZ.uri] == by[SQL.uri] == (1.25, True)
    assert by[PY.uri] == (1.25, True)
    assert STATS.uri not in by


def test_the_bundled_data_scientist_needs_machine_learning_through_onet():
    """ESCO 1.1.1 lists no machine learning for the data scientist; O*NET's Data Scientists (15-2051.00) have
    scikit-learn as an in-demand technology, so the bundled taxonomy makes it central. The data analyst
    (mapped to business intelligence analysts) gains no machine learning."""
    from pathfinder.settings import BUNDLED_CORPUS
    from pathfinder.skills.files import read_taxonomy

    tax = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    ml = tax.find_skill("utilise machine learning")
    assert ml is not None
    ds, da = tax.find_occupation("data scientist"), tax.find_occupation("data analyst")
    assert ds is not None and da is not None
    assert ml.uri in ds.central and ml.uri not in ds.essential
    assert ml.uri not in da.central
    gap = analyse_gap(LearnerProfile(id="d", goal=Goal(occupation_uri=ds.uri)), tax, [])
    assert any(g.uri == ml.uri and g.essential for g in gap.skills)
