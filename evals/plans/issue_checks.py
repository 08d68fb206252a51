"""Issue 14's list, item by item, each checked by a concrete reproduction on the bundled corpus (the tune
cases of evals/plans/cases.jsonl, or a learner built here). Prints PASS/FAIL and what was seen per item.

Charts (a browser test), uploads (the Catalogue page's ingest) and the planner defects (brute-force minimal
instances) are checked by their tests: tests/test_browser_app.py, tests/test_app_catalogue.py,
tests/test_planner_defects.py.

Run: .venv/bin/python evals/plans/issue_checks.py
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pathfinder.cli.plans_eval import CASES_FILE, load_cases, plan_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, certificate_totals, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.offered import planned_for
from pathfinder.profiles.edits import mark_credential_held
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 12, 7)
RESULTS: list[tuple[str, bool, str]] = []


def check(name: str) -> Callable[[Callable[[], tuple[bool, str]]], None]:
    def run(fn: Callable[[], tuple[bool, str]]) -> None:
        ok, seen = fn()
        RESULTS.append((name, ok, seen))
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {seen}", flush=True)

    return run


def main() -> None:
    settings = Settings()
    credentials = plan_catalogue(settings, "bundled")
    lookup = CatalogueLookup(credentials)
    taxonomy = load_taxonomy(settings)
    cases = [c for c in load_cases(CASES_FILE) if c.split == "tune"]

    def plans(strategy: str = "balanced", relax: bool = True):
        for case in cases:
            gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
            yield case, gap, plan_pathway(case.profile, gap, lookup, strategy, today=case.today, relax=relax)

    balanced = list(plans())

    def learner(goal_label: str, **constraints) -> LearnerProfile:
        occ = next(o for o in taxonomy.occupations.values() if o.label == goal_label)
        return LearnerProfile(
            id="x",
            goal=Goal(occupation_uri=occ.uri, label=occ.label),
            languages=("en",),
            constraints=Constraints(**constraints),
        )

    @check("unknown workload or price never counts as zero")
    def _():
        base = next(c for c in credentials if c.id == "nda-model-102")
        vague = base.model_copy(update={"id": "vague-1", "hours": None, "ects": None, "cost": None})
        cat = CatalogueLookup([*(c for c in credentials if c.id != base.id), vague])
        p = learner("data analyst", hours_per_week=8, weeks=52, budget=1500)
        pw = plan_pathway(p, analyse_gap(p, taxonomy, cat, today=TODAY), cat, today=TODAY)
        limited = "vague-1" not in pw.ids
        open_p = p.model_copy(
            update={
                "constraints": Constraints(hours_per_week=8),
                "preferences": p.preferences.model_copy(update={"pinned": ("vague-1",)}),
            }
        )
        pw2 = plan_pathway(open_p, analyse_gap(open_p, taxonomy, cat, today=TODAY), cat, today=TODAY)
        step = next((s for s in pw2.steps if s.id == "vague-1"), None)
        ok = limited and step is not None and step.hours > 0 and bool(step.estimated)
        shown = f"{step.hours} h, {step.estimated}" if step else "not planned"
        return ok, f"left out under a budget: {limited}; pinned with no limit: {shown}"

    @check("unknown language passes no language limit; no limit = the conversation's language")
    def _():
        base = next(c for c in credentials if c.id == "nda-model-102")
        nolang = base.model_copy(update={"id": "nolang-1", "languages": ()})
        cat = CatalogueLookup([*(c for c in credentials if c.id != base.id), nolang])
        p = learner("data analyst", hours_per_week=8, weeks=52, budget=1500, languages=("en",))
        pw = plan_pathway(p, analyse_gap(p, taxonomy, cat, today=TODAY), cat, today=TODAY)
        free = p.model_copy(update={"languages": (), "constraints": Constraints(hours_per_week=8, weeks=52)})
        pw2 = plan_pathway(free, analyse_gap(free, taxonomy, lookup, today=TODAY), lookup, language="en")
        other = [s.id for s in pw2.steps if "en" not in lookup.by_id[s.id].languages]
        return (
            "nolang-1" not in pw.ids and not other and bool(pw2.steps),
            f"unknown-language course in plan: {'nolang-1' in pw.ids}; English chat, no limit: "
            f"{len(pw2.steps)} steps, {len(other)} not in English",
        )

    @check("first steps at or near the learner's level (<= the evaluator's start EQF + 1)")
    def _():
        bad = []
        n = 0
        for case, _gap, pw in balanced:
            if pw.steps:
                n += 1
                first = lookup.by_id[pw.steps[0].id].eqf_level or 0
                if first > (case.start_eqf or 4) + 1:
                    bad.append(f"{case.id}: EQF {first}")
        return not bad, f"{n} plans with steps; first step too high: {bad or 'none'}"

    @check("a dated session never needs more than the learner's hours a week")
    def _():
        bad = []
        for case, _gap, pw in balanced:
            hpw = case.profile.constraints.hours_per_week
            for s in pw.steps:
                if hpw and s.hours / (s.end_week - s.start_week + 1) > hpw + 1e-6:
                    bad.append(f"{case.id}:{s.id}")
        return not bad, f"steps over the hours a week: {bad or 'none'}"

    @check("a plan over two years with no deadline is commented, with the fastest beside it")
    def _():
        long = [
            (case.id, pw)
            for case, _gap, pw in balanced
            if pw.totals.weeks > 104 and case.profile.constraints.weeks is None
        ]
        bare = [cid for cid, pw in long if not any("over two years" in n for n in pw.notes)]
        return not bare, f"{len(long)} such plans, without the comment: {bare or 'none'}"

    @check("strategies differ and keep their order (fastest <= hours, cheapest <= cost)")
    def _():
        # on the instance the balanced plan was planned for (an English or two-year plan offered, session 9)
        same = {c.id: planned_for(c.profile, pw) for c, _g, pw in balanced}

        def other(strategy: str) -> dict:
            return {
                c.id: plan_pathway(same[c.id], g, lookup, strategy, today=c.today, relax=False)
                for c, g, _pw in balanced
            }

        fast, cheap = other("fastest"), other("cheapest")
        differ = sum(
            1
            for c, _g, pw in balanced
            if pw.steps and (fast[c.id].ids != pw.ids or cheap[c.id].ids != pw.ids)
        )
        bad = [
            c.id
            for c, _g, pw in balanced
            if fast[c.id].totals.hours > pw.totals.hours + 1e-6
            or cheap[c.id].totals.cost > pw.totals.cost + 1e-6
        ]
        nonempty = sum(1 for _c, _g, pw in balanced if pw.steps)
        return (
            not bad and differ > 0,
            f"{differ} of {nonempty} non-empty cases differ; order broken: {bad or 'none'}",
        )

    @check("'I already did it' keeps its dependants")
    def _():
        p = learner("ethical hacker", hours_per_week=12, weeks=104, budget=10000)
        gap = analyse_gap(p, taxonomy, lookup, today=TODAY)
        pw = plan_pathway(p, gap, lookup, today=TODAY)
        done = next(
            (lookup.by_id[s.id] for s in pw.steps if any(s.id in c.prerequisites for c in credentials)), None
        )
        if done is None:
            return False, f"no step with a dependant in {pw.ids}"
        after_p = mark_credential_held(p, done)
        after = plan_pathway(
            after_p, analyse_gap(after_p, taxonomy, lookup, today=TODAY), lookup, today=TODAY
        )
        dependants = [s for s in pw.ids if done.id in lookup.by_id[s].prerequisites]
        kept = [d for d in dependants if d in after.ids]
        essential = {g.uri for g in gap.essential}
        # essential goal skills held or covered (held ones leave the gap, so shares of the gap do not compare)
        was = len(essential - {u.uri for u in pw.uncovered})
        now = len(essential - {u.uri for u in after.uncovered})
        return (
            done.id not in after.ids and kept == dependants and now >= was,
            f"held {done.id}; dependants {dependants} kept {kept}; essential skills held or covered "
            f"{was} -> {now} of {len(essential)}",
        )

    @check("the gap reports teachable essential skills apart from optional and untaught ones")
    def _():
        bad = []
        for case, gap, pw in balanced:
            r = pw.report
            if (
                r.essential_teachable + r.essential_untaught != len(gap.essential)
                or len(pw.uncovered_groups) > 12
            ):
                bad.append(case.id)
            opt_untaught = [g for g in pw.uncovered_groups if not g.essential and "nothing" in g.reason]
            if len(opt_untaught) > 1:
                bad.append(case.id)
        return not bad, f"reports inconsistent or lists long: {bad or 'none'}"

    @check("a certificate's totals include its parts; 'free' only when all is free")
    def _():
        certs = [c for c in credentials if c.stack_ects_required]
        bad = []
        for c in certs:
            t = certificate_totals(c, credentials)
            if t.parts and t.free and any((lookup.cost_of[x] or 0) > 0 for x in t.parts):
                bad.append(c.id)
            if t.parts and t.hours < sum(lookup.hours_of[x] for x in t.parts) - 1e-6:
                bad.append(c.id)
        ex = certificate_totals(certs[0], credentials) if certs else None
        shown = f"{ex.title}: {ex.hours:g} h, EUR {ex.cost_eur:g}, free={ex.free}" if ex else "no certificate"
        return not bad, f"{len(certs)} certificates; wrong: {bad or 'none'}; e.g. {shown}"

    @check("an empty plan says why and carries a proposal")
    def _():
        empty = [(c.id, pw) for c, _g, pw in balanced if not pw.steps]
        bare = [cid for cid, pw in empty if not any(n.startswith("No step") for n in pw.notes)]
        return not bare, f"{len(empty)} empty tune plans; without a reason: {bare or 'none'}"

    failed = [n for n, ok, _ in RESULTS if not ok]
    print(
        f"\n{len(RESULTS) - len(failed)} of {len(RESULTS)} pass" + (f"; failed: {failed}" if failed else "")
    )


if __name__ == "__main__":
    main()
