"""Planner speed, issue 14 session 23 (branch speed23): per-catalogue tables a cold plan sorted per skill are
built with arrays at the warm-up, no plan changed.

- `CatalogueLookup.best_value_teachers(uri)` (the providers of an assumed skill,
  `prerequisites.SkillProviders`) is sorted with arrays over the lookup's own tables (`positions`,
  `stated_positions`, `value_arrays`): the same credentials in the same order as the sort with a key per
  credential it replaced (stated first, then hours + EUR/10, then catalogue order; stack targets left out;
  a skill listed twice kept twice).
- `CatalogueLookup.warm` fills it for every skill, and every stack target's sort key (`earn_keys`,
  `GapTeachers.stacks_by_skill`); they live on the lookup, so a re-indexed catalogue (a new lookup) never
  reads an old one's.
The warm-up tests fail on 2e3cbe7c (its `warm` fills neither table); the order and plan tests hold there too
(they pin the old order against the new code).
"""

from __future__ import annotations

import random
from datetime import date
from functools import cache

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner import lookup as lookup_module
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)
BENCH = Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",))
TIGHT = Constraints(hours_per_week=4, weeks=20, budget=300, languages=("en", "de"))


@cache
def _bundled():
    settings = Settings(_env_file=None)
    credentials = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    return load_taxonomy(settings), tuple(credentials)


@cache
def _copied(times: int = 3, seed: int = 23) -> tuple[Credential, ...]:
    """The bundled corpus and `times` jittered copies (new ids, prerequisites and stack targets renamed inside
    a copy; hours and prices jittered so values tie only sometimes, a price sometimes unknown; some copies
    tag a skill twice or mark a stated tag inferred), so the order meets ties, repeats and unstated
    teachers the bundled corpus alone lacks."""
    _, base = _bundled()
    rng = random.Random(seed)
    out = list(base)
    for k in range(1, times + 1):
        for c in base:
            skills = c.skills
            if skills and rng.random() < 0.1:
                skills = (*skills, skills[0])
            if skills and rng.random() < 0.1:
                skills = tuple(r.model_copy(update={"inferred": True}) for r in skills)
            update: dict = {
                "id": f"{c.id}~{k}",
                "prerequisites": tuple(f"{p}~{k}" for p in c.prerequisites),
                "stacks_into": tuple(
                    s.model_copy(update={"target": f"{s.target}~{k}"}) for s in c.stacks_into
                ),
                "skills": skills,
            }
            if c.hours is not None and rng.random() < 0.5:
                update["hours"] = round(c.hours * rng.choice((0.5, 1.0, 1.5)), 1)
            if c.cost is not None and rng.random() < 0.5:
                update["cost"] = rng.choice((None, 0.0, round(c.cost * 2.0, 2)))
            out.append(c.model_copy(update=update))
    return tuple(out)


def _by_key(lk: CatalogueLookup, uri: str) -> list[Credential]:
    """`best_value_teachers` as it was until session 22: a sort with a key per credential."""
    return sorted(
        (c for c in lk.by_skill.get(uri, ()) if c.stack_ects_required is None),
        key=lambda c: (
            not any(r.uri == uri and not r.inferred for r in c.skills),
            lk.hours_of[c.id] + (lk.cost_of[c.id] or 0.0) / 10,
            lk.order.get(c.id, 0),
        ),
    )


@pytest.mark.parametrize("times", [0, 3])
def test_best_value_teachers_are_the_key_sorts_list_in_its_order(times):
    credentials = _copied(times) if times else _bundled()[1]
    lk = CatalogueLookup(credentials)
    assert lk.by_skill
    for uri in lk.by_skill:
        assert [id(c) for c in lk.best_value_teachers(uri)] == [id(c) for c in _by_key(lk, uri)], uri
    assert lk.best_value_teachers("http://example.org/no-such-skill") == []


def test_best_value_teachers_put_stated_first_keep_repeats_and_leave_out_stack_targets():
    taxonomy, base = _bundled()
    uri = next(u for u, cs in CatalogueLookup(base).by_skill.items() if len(cs) >= 2)
    teachers = [c for c in base if any(r.uri == uri for r in c.skills)]
    a, b = teachers[0], teachers[1]
    ref = next(r for r in a.skills if r.uri == uri)
    cheap_inferred = a.model_copy(
        update={
            "id": "cheap-inferred",
            "hours": 0.5,
            "cost": 0.0,
            "skills": (ref.model_copy(update={"inferred": True}),),
        }
    )
    twice = b.model_copy(
        update={"id": "twice", "hours": 50.0, "skills": (ref.model_copy(update={"inferred": False}),) * 2}
    )
    target = b.model_copy(update={"id": "target", "stack_ects_required": 5.0, "hours": 0.1})
    lk = CatalogueLookup([*base, cheap_inferred, twice, target])
    ranked = [c.id for c in lk.best_value_teachers(uri)]
    assert ranked == [c.id for c in _by_key(lk, uri)]
    assert ranked.count("twice") == 2 and "target" not in ranked
    assert ranked.index("twice") < ranked.index("cheap-inferred")  # stated before a cheaper inferred tag


def test_warm_fills_every_skills_best_value_teachers_and_every_stack_targets_key():
    credentials = _copied(2)
    warm, lazy = CatalogueLookup(credentials).warm(), CatalogueLookup(credentials)
    assert set(warm._ranked) == set(warm.by_skill)
    targets = {c.id for c in credentials if c.stack_ects_required is not None}
    assert targets and set(warm.earn_keys) == targets
    for uri in warm.by_skill:
        assert [id(c) for c in warm._ranked[uri]] == [id(c) for c in _by_key(lazy, uri)]
    assert warm.earn_keys == {t: (lazy.earn_value(t), lazy.order[t]) for t in targets}


def test_a_reindexed_catalogue_gets_its_own_best_value_teachers():
    """A re-index builds a new lookup; its warm-up sorts the new catalogue's hours, not the old one's."""
    _, base = _bundled()
    old = CatalogueLookup(base).warm()
    uri = next(u for u, cs in old.by_skill.items() if len(old.best_value_teachers(u)) >= 2)
    last = old.best_value_teachers(uri)[-1]
    changed = [c.model_copy(update={"hours": 0.01, "cost": 0.0}) if c.id == last.id else c for c in base]
    new = CatalogueLookup(changed).warm()
    assert new.best_value_teachers(uri)[0].id == last.id
    assert old.best_value_teachers(uri)[-1].id == last.id  # the old version's own, kept
    assert [c.id for c in new.best_value_teachers(uri)] == [c.id for c in _by_key(new, uri)]


def _gaps(lk: CatalogueLookup, constraints: Constraints, every: int):
    taxonomy, _ = _bundled()
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri)[::every]:
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
        yield profile, analyse_gap(profile, taxonomy, lk, today=DAY)


@pytest.mark.parametrize(("constraints", "every"), [(BENCH, 1), (TIGHT, 3)])
def test_plans_are_those_of_the_key_sort(monkeypatch, constraints, every):
    credentials = _copied(2)
    new = [
        plan_pathway(p, g, lk, today=DAY).model_dump_json()
        for lk in [CatalogueLookup(credentials).warm()]
        for p, g in _gaps(lk, constraints, every)
    ]
    monkeypatch.setattr(lookup_module.CatalogueLookup, "_best_value_order", _by_key, raising=True)
    old = [
        plan_pathway(p, g, lk, today=DAY).model_dump_json()
        for lk in [CatalogueLookup(credentials)]
        for p, g in _gaps(lk, constraints, every)
    ]
    assert new == old
