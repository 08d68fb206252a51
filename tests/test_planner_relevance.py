"""Relevance (issue 14): every step closes an essential goal skill, or is a prerequisite of a step that does,
or counts towards a stack that closes one or that the learner chose; a weak inferred skill alone qualifies
nothing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pathfinder.domain import (
    MIN_SKILL_CONFIDENCE,
    Credential,
    Goal,
    LearnerProfile,
    Occupation,
    Skill,
    SkillRef,
    StackTarget,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in range(6)]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [
        Occupation(
            uri="occ",
            label="goal",
            essential=tuple(s.uri for s in SKILLS[:3]),
            optional=tuple(s.uri for s in SKILLS[3:]),
        )
    ],
)
ESSENTIAL = {s.uri for s in SKILLS[:3]}


def _relevant(pw, catalogue) -> bool:
    by_id = {c.id: c for c in catalogue}
    good = {s.id for s in pw.steps if ESSENTIAL & {r.uri for r in by_id[s.id].skills if r.counts}}
    for t in pw.stacks_earned:  # parts of an earned stack that closes an essential skill
        if ESSENTIAL & {r.uri for r in by_id[t].skills if r.counts}:
            good |= {s.id for s in pw.steps if t in by_id[s.id].stack_targets}
    changed = True
    while changed:  # prerequisites of relevant steps
        before = len(good)
        good |= {p for s in list(good) for p in by_id[s].prerequisites if p in pw.ids}
        changed = len(good) > before
    return set(pw.ids) <= good


row = st.tuples(
    st.sets(st.integers(0, 5), min_size=1, max_size=3),
    st.integers(1, 60),
    st.integers(0, 300),
    st.one_of(st.none(), st.integers(0, 15)),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(row, min_size=1, max_size=14), st.sampled_from([300, 0]))
def test_every_balanced_step_is_relevant(rows, exact_limit):
    catalogue = [
        Credential(
            id="cert",
            title="Cert",
            provider="P",
            kind="certificate",
            ects=10,
            stack_ects_required=4,
            skills=(SKILLS[0],),
            languages=("en",),
        )
    ]
    for i, (skills, hours, cost, pre, part) in enumerate(rows):
        catalogue.append(
            Credential(
                id=f"c{i}",
                title=f"C{i}",
                provider="P",
                hours=hours,
                cost=cost,
                languages=("en",),
                skills=tuple(SKILLS[k] for k in sorted(skills)),
                prerequisites=(f"c{pre}",) if pre is not None and pre < i else (),
                stacks_into=(StackTarget(target="cert"),) if part else (),
            )
        )
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    pw = plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit)
    assert _relevant(pw, catalogue), pw.ids


def test_a_weak_inferred_skill_alone_qualifies_no_step():
    weak = SkillRef(uri=SKILLS[0].uri, label="skill 0", inferred=True, confidence=MIN_SKILL_CONFIDENCE - 0.1)
    sure = SkillRef(uri=SKILLS[1].uri, label="skill 1", inferred=True, confidence=0.9)
    also = SkillRef(uri=SKILLS[2].uri, label="skill 2", inferred=True, confidence=0.8)
    catalogue = [
        Credential(id="w", title="Weak", provider="P", hours=1, cost=0, languages=("en",), skills=(weak,)),
        Credential(  # 10 hours: no clip (`lookup.short_clip`, session 10)
            id="s", title="Sure", provider="P", hours=10, cost=0, languages=("en",), skills=(sure, also)
        ),
    ]
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    pw = plan_pathway(profile, gap, catalogue, today=TODAY)
    assert pw.ids == ("s",) and SKILLS[0].uri in gap.untaught
    assert pw.steps[0].evidence == (
        "skill 1: inferred from its text (confidence 0.90)",
        "skill 2: inferred from its text (confidence 0.80)",
    )


@pytest.mark.parametrize("exact_limit", [300, 0])
def test_one_inferred_tag_is_not_evidence_enough(exact_limit):
    """A course whose skills were all inferred and that matches one gap skill (an XPath clip for 'query
    languages') is no step; the same course tagged by its catalogue, or matching two gap skills, is."""
    one = SkillRef(uri=SKILLS[1].uri, label="skill 1", inferred=True, confidence=0.98)
    other = SkillRef(uri="s:elsewhere", label="elsewhere", inferred=True, confidence=0.9)
    clip = Credential(  # 10 hours: matching two gap skills, it is no clip (`lookup.short_clip`, session 10)
        id="clip", title="Clip", provider="P", hours=10, cost=0, languages=("en",), skills=(one, other)
    )
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    for catalogue, planned in (
        ([clip], ()),
        ([clip.model_copy(update={"skills": (SKILLS[1], other)})], ("clip",)),
        (
            # two gap skills of distinct labels (the same label twice is one piece of evidence, session 9)
            [
                clip.model_copy(
                    update={"skills": (one, one.model_copy(update={"uri": SKILLS[2].uri, "label": "x"}))}
                )
            ],
            ("clip",),
        ),
    ):
        gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
        pw = plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit)
        assert pw.ids == planned


def test_a_cheap_step_teaching_only_optional_skills_is_left_out_of_the_balanced_plan():
    catalogue = [
        Credential(
            id="e", title="E", provider="P", hours=10, cost=100, languages=("en",), skills=tuple(SKILLS[:3])
        ),
        Credential(id="o", title="O", provider="P", hours=1, cost=0, languages=("en",), skills=(SKILLS[4],)),
    ]
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    assert plan_pathway(profile, gap, catalogue, today=TODAY).ids == ("e",)
    assert plan_pathway(profile, gap, catalogue, "most-complete", today=TODAY).ids == ("e", "o")


@pytest.mark.parametrize("exact_limit", [300, 0])
def test_one_generic_essential_skill_is_not_evidence_enough(exact_limit):
    """A course whose only essential gap skill is one five occupations need (generic, weight 0.75) is no
    step, whatever optional skills it adds; one teaching the goal's own skill, or two essential skills, is
    (issue 14, session 6)."""
    own, gen, gen2, opt = (SkillRef(uri=f"g:{k}", label=k) for k in ("own", "gen", "gen2", "opt"))
    others = [Occupation(uri=f"o{k}", label=f"o{k}", essential=(gen.uri, gen2.uri)) for k in range(4)]
    goal = Occupation(uri="goal", label="goal", essential=(own.uri, gen.uri, gen2.uri), optional=(opt.uri,))
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (own, gen, gen2, opt)], [*others, goal]
    )
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="goal"))

    def course(cid, *skills):
        return Credential(id=cid, title=cid, provider="P", hours=1, cost=0, languages=("en",), skills=skills)

    for catalogue, planned in (
        ([course("hpc", gen, opt)], ()),
        ([course("core", own, opt)], ("core",)),
        ([course("two", gen, gen2)], ("two",)),
    ):
        gap = analyse_gap(profile, tax, catalogue, today=TODAY)
        assert plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit).ids == planned
