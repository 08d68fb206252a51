"""Planner speed, issue 14 session 19: pure per-credential and per-label work done once, no plan changed.

- `named_basics.contains_label` keeps each label's words and each pair's verdict (`lru_cache`): every plan
  asked it for every pair of its chosen steps' skill labels, normalising both labels each time.
- `prerequisites.SkillProviders` keeps what a catalogue credential's words assume, and whether it may
  assume basics, in the catalogue lookup (`assumes_nothing`, `assumption_memo`): functions of the
  credential alone, read again by every candidate set of every plan that pooled the course.
- `greedy.complete_stacks` reads each part's ECTS towards a stack target from `Structure.ects_toward`
  instead of filtering every target's pairs of the part, summed in the same order.
"""

from __future__ import annotations

import itertools
from datetime import date
from functools import cache

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner import PlanningSession, greedy, named_basics, prerequisites
from pathfinder.planner.bundles import bundle_index
from pathfinder.planner.candidates import build_candidates
from pathfinder.planner.evaluation import STACK_TOL, ScoredSelection
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import instance_for
from pathfinder.planner.lookup import CatalogueLookup
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)
LIMITS = Constraints(hours_per_week=6, weeks=30, budget=900, languages=("en",))
EPS = 1e-6


@cache
def _bundled():
    settings = Settings(_env_file=None)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    return load_taxonomy(settings), lookup


def _cases(constraints: Constraints = LIMITS):
    taxonomy, lookup = _bundled()
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
        yield profile, analyse_gap(profile, taxonomy, lookup, today=DAY)


def _contains_label_by_definition(longer: str, shorter: str) -> bool:
    a, b = normalise_label(longer).split(), normalise_label(shorter).split()
    if not b or len(b) >= len(a):
        return False
    return any(a[k : k + len(b)] == b for k in range(len(a) - len(b) + 1))


def test_contains_label_keeps_its_verdicts_and_gives_what_the_definition_gives():
    taxonomy, _ = _bundled()
    labels = sorted({s.label for s in taxonomy.skills.values()})[:120]
    labels += ["JavaScript Framework", "JavaScript", "javascript", "design database in the cloud", "database"]
    labels += ["utilise machine learning", "Machine-Learning", "", "  ", "Données", "donnees analyse"]
    named_basics._contains_words.cache_clear()
    for a, b in itertools.product(labels, repeat=2):
        assert named_basics.contains_label(a, b) == _contains_label_by_definition(a, b), (a, b)
    first = named_basics._contains_words.cache_info()
    for a, b in itertools.product(labels[:20], repeat=2):
        named_basics.contains_label(a, b)
    again = named_basics._contains_words.cache_info()
    assert again.misses == first.misses  # asked again: every verdict kept
    assert again.hits - first.hits == 400


def test_assumptions_are_read_once_per_catalogue_credential_for_every_candidate_set_and_plan(monkeypatch):
    _, bundled = _bundled()
    lookup = CatalogueLookup(bundled.credentials)  # a lookup of its own: nothing read yet
    calls: list[str] = []
    real = prerequisites.assumed_skills

    def counted(c):
        calls.append(c.id)
        return real(c)

    monkeypatch.setattr(prerequisites, "assumed_skills", counted)
    checked = 0
    for profile, gap in _cases():
        s = PlanningSession(gap, lookup, today=DAY)
        before = len(calls)
        if s.candidates(profile).n == 0:
            continue
        looser = profile.model_copy(update={"constraints": Constraints(languages=("en", "de", "fr"))})
        s.candidates(looser)  # another set of the same gap
        PlanningSession(gap, lookup, today=DAY).candidates(profile)  # the next plan's first set
        assert len(set(calls)) == len(calls)  # each course read once, by the first set that pools it
        checked += 1 if len(calls) > before else 0
    assert checked >= 5
    kept = lookup.assumes_nothing | lookup.assumption_memo.keys()
    assert set(calls) == kept
    assert all(
        lookup.assumption_memo[cid][0] or lookup.assumption_memo[cid][1] for cid in lookup.assumption_memo
    )


def test_candidate_sets_with_kept_assumptions_are_the_sets_built_without_them():
    _, lookup = _bundled()
    for profile, gap in _cases():
        s = PlanningSession(gap, lookup, today=DAY)
        kept = [
            s.candidates(profile),
            s.candidates(profile.model_copy(update={"constraints": Constraints()})),
        ]
        for cands in kept:
            # over a lookup of its own, whose memos start empty: each course read afresh
            fresh = build_candidates(cands.profile, gap, CatalogueLookup(lookup.credentials), today=DAY)
            assert [c.id for c in cands.cands] == [c.id for c in fresh.cands]
            assert [c.prerequisites for c in cands.cands] == [c.prerequisites for c in fresh.cands]
            assert cands.excluded == fresh.excluded
            assert cands.closures == fresh.closures


def _complete_stacks_before(inst, sel, banned=frozenset()):
    """`greedy.complete_stacks` as it was before session 19 (each part's pairs filtered to the target)."""
    idx = bundle_index(inst)
    for k, t in enumerate(inst.targets):
        have = sel.ects[k]
        if sel.earned[k]:
            continue
        gains = bool(t.covers) and any(inst.stage1[j] > EPS and not sel.count[j] for j in t.covers)
        if not gains and (
            (have == 0 and not t.covers) or (t.req - have) * idx.stack_floor[k] >= idx.stack_reward[k] - EPS
        ):
            continue
        add: set[int] = set()
        for i, _ in idx.stack_order(inst, k):
            if have >= t.req - STACK_TOL:
                break
            if i in sel.chosen or i in add or not banned.isdisjoint(idx.closures[i]):
                continue
            new = idx.closures[i] - sel.chosen - add
            add |= new
            have += sum(e for x in new for kk, e in idx.parts.get(x, ()) if kk == k)
        if have >= t.req - STACK_TOL and sel.fits((), add):
            d1, d2 = sel.delta((), add)
            if d1 > EPS or (d1 >= -EPS and d2 < -EPS):
                sel.apply((), add)


def test_ects_toward_is_parts_filtered_and_stack_completion_is_unchanged():
    _, lookup = _bundled()
    checked = 0
    for constraints in (LIMITS, Constraints(languages=("en",)), Constraints(budget=300, hours_per_week=4)):
        for profile, gap in _cases(constraints):
            cands = build_candidates(profile, gap, lookup, today=DAY)
            if not cands.targets:
                continue
            inst = instance_for(cands, profile, gap, "balanced", DAY)
            idx = bundle_index(inst)
            for k in range(len(inst.targets)):
                want: dict[int, list[float]] = {}
                for x, pairs in idx.parts.items():
                    for kk, e in pairs:
                        if kk == k:
                            want.setdefault(x, []).append(e)
                assert idx.structure.ects_toward(k) == {x: tuple(es) for x, es in want.items()}
            for start in (set(inst.forced), greedy.greedy_fill(inst, inst.forced)):
                a, b = ScoredSelection(inst, start), ScoredSelection(inst, start)
                greedy.complete_stacks(inst, a)
                _complete_stacks_before(inst, b)
                assert (a.chosen, a.ects, a.value) == (b.chosen, b.ects, b.value)
                checked += 1
    assert checked >= 10
