"""Closures and bundle covers share equal sets (fewer long-lived objects per plan) and keep their values."""

from __future__ import annotations

import random

from pathfinder.planner.prerequisites import all_closures, bundle_covers, singles, topological


def _naive_closure(prereqs: list[tuple[int, ...]], i: int) -> frozenset[int]:
    seen, todo = {i}, [i]
    while todo:
        for p in prereqs[todo.pop()]:
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return frozenset(seen)


def _random_dag(rng: random.Random, n: int) -> list[tuple[int, ...]]:
    # prerequisites point to lower indices in a shuffled labelling, so the graph is acyclic
    labels = list(range(n))
    rng.shuffle(labels)
    pre: list[tuple[int, ...]] = [()] * n
    for k in range(1, n):
        if rng.random() < 0.5:
            pre[labels[k]] = tuple({labels[rng.randrange(k)] for _ in range(rng.randint(1, 3))})
    return pre


def test_closures_and_bundle_covers_equal_the_naive_ones_on_random_dags() -> None:
    rng = random.Random(14)
    for _ in range(200):
        n = rng.randint(1, 25)
        prereqs = _random_dag(rng, n)
        covers = [frozenset(rng.sample(range(6), rng.randint(0, 3))) for _ in range(n)]
        order = topological(prereqs)
        closures = all_closures(prereqs, order)
        assert closures == [_naive_closure(prereqs, i) for i in range(n)]
        shared: dict[frozenset[int], frozenset[int]] = {}
        bundles = bundle_covers(prereqs, covers, order, shared)
        expected = [frozenset().union(*(covers[x] for x in closures[i])) for i in range(n)]
        assert bundles == expected
        assert bundle_covers(prereqs, covers) == expected  # without sharing: the same values


def test_equal_sets_are_one_object() -> None:
    prereqs: list[tuple[int, ...]] = [(), (), (0,), (1,), (0, 1)]
    covers = [frozenset({0}), frozenset({1}), frozenset({1}), frozenset({0}), frozenset()]
    shared: dict[frozenset[int], frozenset[int]] = {}
    first = bundle_covers(prereqs, covers, shared=shared)
    assert first[2] == first[3] == frozenset({0, 1}) and first[2] is first[3]
    again = bundle_covers(prereqs, covers, shared=shared)  # another candidate set of the same gap
    assert again[4] is first[2]
    closures = all_closures(prereqs)
    assert closures[0] is singles(1)[0] and closures[1] is singles(2)[1]
    assert closures[4] == frozenset({0, 1, 4})


def test_closures_made_the_same_way_are_one_object_across_candidate_sets() -> None:
    rng = random.Random(7)
    for _ in range(50):
        prereqs = _random_dag(rng, rng.randint(2, 20))
        shared: dict[tuple[int, ...], frozenset[int]] = {}
        first = all_closures(prereqs, shared=shared)
        again = all_closures(prereqs, shared=shared)
        assert first == again == [_naive_closure(prereqs, i) for i in range(len(prereqs))]
        assert all(a is b for a, b in zip(first, again))
        assert [list(c) for c in first] == [list(c) for c in all_closures(prereqs)]  # same iteration order
