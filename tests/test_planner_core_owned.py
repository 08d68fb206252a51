"""The goal's core is weighed by ESCO, not O*NET's list alone (issue 14, session 11): a central skill O*NET
names for several occupations counts as the goal's core (and weighs as the goal's own) only when ESCO lists it
for the goal or the goal's own names use its word. A database administrator's core was "analyse big data" and
"Scala" (technologies of O*NET's counterpart), so a plan without them was repaired with a network-traffic
machine-learning course. Minimal instances with their own skills."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import CENTRAL_WEIGHT, ESSENTIAL_WEIGHT, analyse_gap, core_of

TODAY = date(2027, 5, 3)
A, B, SHARED, ALONE, LISTED, NAMED = (
    SkillRef(uri=f"k:{x}", label=label)
    for x, label in (
        ("a", "curate archives"),
        ("b", "index records"),
        ("s", "stream telemetry"),
        ("o", "tune kilns"),
        ("l", "glaze pottery"),
        ("n", "ceramics restoration"),
    )
)
ALL = (A, B, SHARED, ALONE, LISTED, NAMED)


def _taxonomy() -> Taxonomy:
    return Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in ALL],
        [
            Occupation(
                uri="potter",
                label="ceramics conservator",
                essential=(A.uri, B.uri),
                optional=(LISTED.uri,),
                central=(SHARED.uri, ALONE.uri, LISTED.uri, NAMED.uri),
            ),
            # two neighbours that O*NET also gives the shared technologies
            Occupation(
                uri="n1", label="telemetry analyst", essential=(B.uri,), central=(SHARED.uri, LISTED.uri)
            ),
            Occupation(uri="n2", label="plant monitor", essential=(A.uri,), central=(SHARED.uri, NAMED.uri)),
        ],
    )


def test_a_central_skill_shared_by_several_occupations_is_core_only_when_esco_or_the_name_says_so():
    tax = _taxonomy()
    core = set(core_of(tax.occupation("potter"), tax))
    # its alone: O*NET names it for this goal only; listed: ESCO lists it (optional); named: "ceramics"
    assert core == {ALONE.uri, LISTED.uri, NAMED.uri}
    assert SHARED.uri not in core  # three occupations' technology, unlisted by ESCO for any: nobody's core
    assert core_of(tax.occupation("n2"), tax) == ()  # shared, unlisted, not in its names: no core
    assert core_of(tax.occupation("n1"), tax) == (SHARED.uri,)  # "telemetry analyst": its own word


def test_a_neighbours_technology_weighs_as_a_shared_essential_skill():
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="potter"))
    gap = analyse_gap(p, _taxonomy(), [], today=TODAY)
    weight = {g.uri: g.weight for g in gap.skills if g.essential}
    assert weight[SHARED.uri] == ESSENTIAL_WEIGHT
    assert weight[ALONE.uri] == weight[LISTED.uri] == weight[NAMED.uri] == CENTRAL_WEIGHT


def _cred(cid, skills, hours):
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=0, hours=hours, skills=skills, eqf_level=5
    )


def test_no_core_repair_for_a_neighbours_technology():
    # the goal's own skills in one course; the shared technology only in a long course about it
    catalogue = [_cred("own", (A, B), 60), _cred("telemetry", (SHARED,), 100)]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in ALL],
        [
            Occupation(uri="goal", label="archivist", essential=(A.uri, B.uri), central=(SHARED.uri,)),
            Occupation(uri="n1", label="telemetry analyst", central=(SHARED.uri,)),
        ],
    )
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="goal"), constraints=Constraints(hours_per_week=10, weeks=10)
    )
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    assert gap.core == ()
    pw = plan_pathway(p, gap, catalogue, today=TODAY)
    assert pw.ids == ("own",)  # before: the telemetry course was required as "the core" and the plan was it
    assert not any("centres on" in n for n in pw.notes)


def test_the_core_repair_weighs_cost_as_the_strategy_does():
    """Two courses teach the core alike; the dear one is 5 h shorter. Ranked by hours alone (session 9) the
    repair took the EUR 2,000 one for every strategy; now the balanced and cheapest plans take the EUR 20 one
    and the fastest the shorter (session 11)."""
    core = SkillRef(uri="k:core", label="kiln science")
    w = [SkillRef(uri=f"k:w{i}", label=f"wheel skill {i}") for i in range(4)]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (core, *w)],
        [Occupation(uri="g", label="kiln keeper", essential=tuple(s.uri for s in w), central=(core.uri,))],
    )

    def cred(cid, skills, hours, cost):
        return Credential(
            id=cid,
            title=cid,
            provider="P",
            languages=("en",),
            cost=cost,
            hours=hours,
            skills=skills,
            eqf_level=5,
        )

    catalogue = [
        cred("w01", (w[0], w[1]), 80, 10),
        cred("w23", (w[2], w[3]), 80, 10),
        cred("dear", (core,), 90, 2000),
        cred("cheap", (core,), 95, 20),
    ]
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="g"), constraints=Constraints(hours_per_week=10, weeks=24)
    )
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    assert gap.core == (core.uri,)
    picked = {
        s: {"dear", "cheap"} & set(plan_pathway(p, gap, catalogue, s, today=TODAY).ids)
        for s in ("balanced", "cheapest", "fastest")
    }
    assert picked == {"balanced": {"cheap"}, "cheapest": {"cheap"}, "fastest": {"dear"}}


def test_a_core_course_of_several_essential_skills_ranks_before_a_one_tag_introduction():
    from pathfinder.planner import PlanningSession
    from pathfinder.planner.core import core_teachers

    core = SkillRef(uri="k:core", label="kiln science")
    w = [SkillRef(uri=f"k:w{i}", label=f"wheel skill {i}") for i in range(2)]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (core, *w)],
        [Occupation(uri="g", label="kiln keeper", essential=tuple(s.uri for s in w), central=(core.uri,))],
    )

    def cred(cid, skills, hours):
        return Credential(
            id=cid,
            title=cid,
            provider="P",
            languages=("en",),
            cost=0,
            hours=hours,
            skills=skills,
            eqf_level=5,
        )

    catalogue = [cred("intro", (core,), 20), cred("broad", (core, *w), 60)]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="g"))
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    cands = PlanningSession(gap, catalogue, today=TODAY).candidates(p)
    ranked = [cands.cands[i].id for i in core_teachers(cands, gap.core)]
    assert ranked == ["broad", "intro"]  # by hours alone the 20-hour introduction came first
