"""What a plan reads of a candidate set (`planner.candidates.build_candidates`), for the tests that compare a
set built one way with one built another (reused, rebuilt, from scratch): one helper for all of them."""

from __future__ import annotations


def candidate_shape(c) -> tuple:
    """What a plan reads of a candidate set (the verdicts dict is a memo: what was asked, not the set)."""
    return (
        [x.id for x in c.cands],
        c.covers,
        c.prereqs,
        c.closures,
        c.bundle_covers,
        c.teachers,
        c.target_of,
        [(t.credential.id, t.components, t.held_ects, t.covers) for t in c.targets],
        c.forced,
        sorted(c.excluded.items()),
        c.unknown_price,
        c.pruned,
        sorted(c.kinds),
        c.bridged,
    )
