"""The bridge index (`level._LevelBridges`) picks exactly the bridge the first version's scan picked: of the
courses one may take one level below, in best-value order, the first of the highest rank (teaches an essential
gap skill and shares a skill with the course bridged to > essential > shares a skill > any)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pathfinder.domain import Credential, Goal, LearnerProfile, SkillRef
from pathfinder.planner.level import Bridges, LevelCheck

URIS = [f"s:{k}" for k in range(6)]


def _scan(cred: Credential, ranked: list[Credential], ok, essential: frozenset[str]) -> str | None:
    """The first version of `Bridges.add_to`'s search, kept as the definition."""
    want = (cred.eqf_level or 0) - 1
    mine = {r.uri for r in cred.skills if r.counts}
    best, rank = None, -1
    for c in ranked:
        if c.id == cred.id or c.eqf_level != want or c.stack_ects_required is not None:
            continue
        if not any(r.counts for r in c.skills) or not ok(c):
            continue
        if all(r.inferred for r in c.skills if r.counts):  # session 11: text-inferred courses bridge nothing
            continue
        r = 2 * any(r.counts and r.uri in essential for r in c.skills) + bool(
            mine & {x.uri for x in c.skills if x.counts}
        )
        if r > rank:
            best, rank = c, r
        if rank == 3:
            break
    return None if best is None else best.id


courses = st.lists(
    st.tuples(
        st.integers(4, 6),
        st.sets(st.sampled_from(URIS), max_size=3),
        st.booleans(),  # inferred with low confidence (does not count)
        st.booleans(),  # the learner may take it
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(courses, st.sets(st.sampled_from(URIS)), st.sets(st.sampled_from(URIS), max_size=3))
def test_the_bridge_index_picks_what_the_scan_picked(spec, essential, target_skills):
    ranked = [
        Credential(
            id=f"c{k}",
            title=f"c{k}",
            provider="P",
            hours=10,
            eqf_level=level,
            skills=tuple(
                SkillRef(uri=u, label=u, inferred=weak, confidence=0.5 if weak else 1.0) for u in sk
            ),
        )
        for k, (level, sk, weak, _) in enumerate(spec)
    ]
    allowed = {f"c{k}" for k, (*_, may) in enumerate(spec) if may}
    target = Credential(
        id="t",
        title="t",
        provider="P",
        hours=10,
        eqf_level=6,
        skills=tuple(SkillRef(uri=u, label=u) for u in target_skills),
    )
    by_id = {c.id: c for c in [*ranked, target]}
    profile = LearnerProfile(id="l", goal=Goal(label="g"))
    check = LevelCheck(profile, by_id)
    ok = lambda c: c.id in allowed  # noqa: E731
    bridges = Bridges(check, ranked, ok, frozenset(essential))
    got, why = bridges.add_to(target)
    expected = _scan(target, ranked, ok, frozenset(essential))
    if expected is None:
        assert why is not None and got is target
    else:
        assert why is None and expected in got.prerequisites
