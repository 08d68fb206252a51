"""Per-gap teacher indexes built with array operations (what every candidate set of a relaxation search reads)
agree with the plain one-credential-at-a-time definition."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pathfinder.domain import Credential, SkillRef, StackTarget
from pathfinder.planner.gaps import Gap, GapSkill
from pathfinder.planner.lookup import CatalogueLookup, gap_teachers, gap_teachers_by_id

SKILLS = [SkillRef(uri=f"u:s{k}", label=f"skill {k}") for k in range(7)]


@st.composite
def catalogues(draw) -> list[Credential]:
    creds = []
    for i in range(draw(st.integers(0, 25))):
        certificate = draw(st.integers(0, 5)) == 0
        creds.append(
            Credential(
                id=f"c{i}",
                title=f"c{i}",
                provider="P",
                hours=draw(st.sampled_from([None, 0.0, 5.0, 12.5, 40.0])),
                cost=draw(st.sampled_from([None, 0.0, 25.0, 125.0])),
                skills=tuple(
                    draw(st.lists(st.sampled_from(SKILLS), max_size=4))
                ),  # repeats allowed: "times" counts them
                stack_ects_required=5.0 if certificate else None,
                stacks_into=(StackTarget(target="cert"),) if not certificate and draw(st.booleans()) else (),
            )
        )
    return creds


def _gap(uris: list[str]) -> Gap:
    return Gap(skills=tuple(GapSkill(uri=u, label=u, weight=1.0, essential=True) for u in uris))


def _same(a, b) -> None:
    assert a.skill_index == b.skill_index
    assert list(a.teaching.items()) == list(b.teaching.items())
    for name in ("plain", "stacks", "ranked"):
        assert [c.id for c in getattr(a, name)] == [c.id for c in getattr(b, name)], name
    assert {u: [(c.id, t) for c, t in v] for u, v in a.ranked_by_skill.items()} == {
        u: [(c.id, t) for c, t in v] for u, v in b.ranked_by_skill.items()
    }


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(catalogue=catalogues(), uris=st.lists(st.sampled_from([s.uri for s in SKILLS]), unique=True))
def test_array_teacher_index_matches_the_plain_one(catalogue, uris):
    lk = CatalogueLookup(catalogue)
    gap = _gap(uris)
    fast, plain = gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)
    _same(fast, plain)
    for cid in fast.teaching:
        assert fast.covers_of(cid) == {
            fast.skill_index[u] for u in lk.skills_of[cid] if u in fast.skill_index
        }


def test_repeated_ids_take_the_plain_path():
    twice = [
        Credential(id="x", title="x", provider="P", hours=3, skills=(SKILLS[0],)),
        Credential(id="x", title="x again", provider="P", hours=1, skills=(SKILLS[0],)),
    ]
    lk = CatalogueLookup(twice)
    found = gap_teachers(_gap([SKILLS[0].uri]), lk)
    assert [c.title for c in found.ranked] == ["x again"]  # the id's last entry, as `lk.by_id` has it


def test_stack_parts_indexed_with_the_lookup_match_reading_each_part():
    # a part listing the same target twice counts the first entry's ECTS, once per listing, as `stack_ects`
    # does
    a = Credential(
        id="a",
        title="a",
        provider="P",
        ects=3.0,
        stacks_into=(StackTarget(target="cert", ects=2.0), StackTarget(target="cert", ects=7.0)),
    )
    b = Credential(id="b", title="b", provider="P", ects=4.0, stacks_into=(StackTarget(target="cert"),))
    sub = Credential(
        id="sub",
        title="sub",
        provider="P",
        stack_ects_required=5.0,
        stacks_into=(StackTarget(target="cert", ects=1.0),),
    )
    cert = Credential(id="cert", title="cert", provider="P", stack_ects_required=6.0)
    lk = CatalogueLookup([a, b, sub, cert])
    gt = gap_teachers(_gap([]), lk)
    assert [(c.id, e) for c, e in gt.parts_of(lk, "cert")] == [
        ("a", 2.0),
        ("a", 2.0),
        ("b", 4.0),
        ("sub", 1.0),
    ]
    assert [c.id for c in gt.plain_parts_of(lk, "cert")] == ["a", "a", "b"]
    assert gt.part_ids_of(lk, "cert") == [("a", 2.0), ("a", 2.0), ("b", 4.0), ("sub", 1.0)]
    assert gt.parts_of(lk, "nothing") == [] and gt.plain_parts_of(lk, "nothing") == []


def test_a_credential_with_added_prerequisites_is_copied_once_per_gap_and_per_credential():
    first = Credential(id="x", title="x", provider="P", prerequisites=("p", "q"))
    same_id = Credential(
        id="x", title="other x", provider="P"
    )  # a repeated id is not taken for the first one
    gt = gap_teachers(_gap([]), CatalogueLookup([first]))
    copy = gt.with_prerequisites(first, ("q", "r"))
    assert copy.prerequisites == ("p", "q", "r") and copy.title == "x" and first.prerequisites == ("p", "q")
    assert gt.with_prerequisites(first, ("q", "r")) is copy
    assert gt.with_prerequisites(first, ("s",)).prerequisites == ("p", "q", "s")
    other = gt.with_prerequisites(same_id, ("q", "r"))
    assert other.title == "other x" and other.prerequisites == ("q", "r")
