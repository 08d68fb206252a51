"""Explaining a selection: the `Pathway` of chosen credentials - steps with their reasons, evidence and
estimates, totals, earned stacks with their full price, the coverage report and every uncovered skill with
why. Pure domain code: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pathfinder.domain import (
    CoverageReport,
    Credential,
    LearnerProfile,
    Pathway,
    Step,
    Totals,
    UncoveredGroup,
    UncoveredSkill,
)
from pathfinder.domain.pathways import counted
from pathfinder.planner.assumed import assumed_skills
from pathfinder.planner.audience import step_reason as audience_reason
from pathfinder.planner.field_steps import field_evidence
from pathfinder.planner.gaps import Gap
from pathfinder.planner.instance import Instance, StackTarget, earned_targets, from_eur
from pathfinder.planner.load import fewest_hours
from pathfinder.planner.stacks import earned_stack

# why a skill is left out when the hours before the deadline are too few (`workload.fit_verdict` reads it)
OVER_TIME = "does not fit in your hours before the deadline"

GROUP_LABELS = 5  # skill labels named per group of uncovered skills
OPTIONAL_LEFT_OUT = "optional; not in this plan (each skill's reason is listed with it)"
# an essential skill of the goal's ESCO entry that belongs mostly to another specialty (`Gap.later`)
NOT_FIRST = "not needed first: ESCO lists it for this goal, but mostly for a neighbouring specialty"
# an essential skill of the goal's ESCO entry that is peripheral to what the goal is about (`Gap.peripheral`)
LATER = "left for later: ESCO lists it for this goal, but it is not what the work centres on"
BLOCKED = "taught only by credentials you cannot take: "  # `_why_uncovered`'s lead for excluded teachers
# a per-skill reason's parts that differ only in detail, said once per group (the details stay per skill)
_GROUPED = (
    (
        re.compile(r"^its session needs about \d+ h/week, more than your [\d.]+$"),
        "its sessions need more hours a week",
    ),
    (re.compile(r"^needs \S+ first, which is unavailable"), "a prerequisite is out of reach"),
)

PINNED = "pinned by you or your advisor"  # a step's reason when the learner or advisor pinned it
# an uncovered skill a step of the plan teaches though the selection does not count it (a prerequisite or a
# stack's part whose tags are no evidence for this goal): said so, not blamed on the limits (session 12)
TOUCHED = "touched on by {titles} in this plan (taken for another reason), not counted as covered"
TOUCHED_GROUP = "touched on by a step of this plan (taken for another reason), not counted as covered"
# what a step assumes by its own words (`assumed.py`), and a prerequisite the learner's level meets
# (session 14)
ASSUMES_TAUGHT = 'assumes {skill} ("{quote}"), taught first by {titles}'
ASSUMES_UNMET = (
    'assumes {skill} ("{quote}"), which no course you may take teaches here: check what it expects '
    "before you start"
)
PRESUMED = "needs {title} first, taken as met by what you already work with ({skills})"


def assemble(
    profile: LearnerProfile,
    gap: Gap,
    inst: Instance,
    chosen: set[int],
    slots,
    strategy: str,
    solver: str,
    notes: list[str],
    explain: bool = True,
    by_id: Mapping[str, Credential] | None = None,
) -> Pathway:
    """The `Pathway` of a selection; without `explain`, steps carry no reasons and uncovered skills no
    reason. `by_id` (the catalogue) names the prerequisites a step needs that the learner's level meets."""
    currency = profile.constraints.currency
    index = {inst.cands[i].id: i for i in chosen}  # the steps' candidate indices
    earned = earned_targets(inst, chosen)
    earned_ids = {id(t) for t in earned}
    covered = {inst.skills[j] for i in chosen for j in inst.covers[i]}
    for t in earned:
        covered |= {inst.skills[j] for j in t.covers}
    label = {g.uri: g.label for g in gap.skills}
    dependants: dict[str, list[str]] = {}
    for s in slots:
        for p in s.credential.prerequisites:
            dependants.setdefault(p, []).append(s.credential.title)
    steps: list[Step] = []
    for s in slots:
        cred = s.credential
        taught = {
            ref.uri: ref for ref in cred.skills if ref.counts
        }  # a weak inferred skill qualifies nothing
        # what the selection counts it for: a course whose tags are no evidence for this goal (one inferred
        # tag, a detour) is studied, as a prerequisite or a stack's part, without closing anything
        counted_for = {inst.skills[j] for j in inst.covers[index[cred.id]]}
        covers = tuple(g.uri for g in gap.skills if g.uri in taught and g.uri in counted_for)
        reasons: list[str] = []
        evidence: tuple[str, ...] = ()
        if covers and explain:
            reasons.append("covers " + ", ".join(label[u] for u in covers))
            evidence = tuple(f"{label[u]}: {taught[u].evidence}" for u in covers)
            if all(r.inferred for r in taught.values()):  # read from its text: why its subject is the goal's
                subject = field_evidence(
                    taught, covers, gap.cross_field, {g.uri: g.label for g in gap.essential}
                )
                evidence += (subject,) if subject else ()
        if cred.id in dependants and explain:
            reasons.append("prerequisite of " + ", ".join(dependants[cred.id]))
            if not covers:  # a course for another audience (`audience.py`, session 18) says so
                essential = [g.label for g in gap.skills if g.essential and g.uri in taught]
                found = audience_reason(cred, gap.goal_label, essential)
                reasons += [found] if found else []
        if explain:
            reasons += _assumptions(cred, profile, gap, slots, by_id)
        for t in _targets_of(inst, index[cred.id]) if explain else ():
            verb = "stacks into" if id(t) in earned_ids else "counts towards"
            reasons.append(f"{verb} {t.credential.title}")
        if cred.id in profile.preferences.pinned:
            reasons.append(PINNED)
        k = index[cred.id]
        if cred.id in inst.unknown_price:
            reasons.append("price unknown; check with the provider")
        steps.append(
            Step(
                id=cred.id,
                title=cred.title,
                url=cred.url,
                covers=covers,
                reasons=tuple(reasons),
                start_week=s.start_week,
                end_week=s.end_week,
                hours=round(inst.hours[k], 1),
                ects=float(cred.ects or 0.0),
                cost=from_eur(0.0 if cred.id in inst.unknown_price else inst.cost_eur[k], currency),
                estimated=inst.estimated.get(cred.id, ()),
                evidence=evidence,
            )
        )
    totals = Totals(
        hours=round(sum(s.hours for s in steps), 1),
        ects=sum(s.ects for s in steps),
        cost=round(sum(s.cost for s in steps), 2),
        currency=currency,
        weeks=max((s.end_week for s in steps), default=0),
    )
    guessed = [s for s in steps if s.estimated]
    if guessed:
        notes = list(notes) + [
            f"Workload or price is estimated for {counted(len(guessed), 'step')} (the catalogue does not "
            "state it); each step says on what basis."
        ]
    fits = _FitsAlone(inst, chosen)
    studied: dict[str, list[str]] = {}  # skill -> the steps teaching it with evidence, counted or not
    for s in slots:
        for ref in s.credential.skills:
            if ref.counts:
                studied.setdefault(ref.uri, []).append(s.credential.title)
    uncovered = tuple(
        UncoveredSkill(
            uri=g.uri,
            label=g.label,
            reason=(
                TOUCHED.format(titles=", ".join(studied[g.uri]))
                if g.uri in studied
                else _why_uncovered(g, gap, inst, fits, strategy)
            )
            if explain
            else "",
        )
        for g in gap.skills
        if g.uri not in covered
    )
    report, groups = _coverage_report(gap, covered, uncovered) if explain else (CoverageReport(), ())
    stacks = []
    for t in earned:
        mine = [i for i, _ in t.components if i in chosen]
        stacks.append(
            earned_stack(
                t.credential,
                [inst.cands[i] for i in mine],
                [inst.hours[i] for i in mine],
                [None if inst.cands[i].id in inst.unknown_price else inst.cost_eur[i] for i in mine],
            )
        )
    total_w = gap.total_weight
    coverage = 1.0 if total_w == 0 else sum(g.weight for g in gap.skills if g.uri in covered) / total_w
    return Pathway(
        goal_label=gap.goal_label,
        strategy=strategy,
        solver=solver,
        steps=tuple(steps),
        totals=totals,
        stacks_earned=tuple(t.credential.id for t in earned),
        uncovered=uncovered,
        coverage=min(1.0, round(coverage, 6)),
        notes=tuple(notes),
        report=report,
        uncovered_groups=groups,
        stacks=tuple(stacks),
    )


def _assumptions(
    cred: Credential, profile: LearnerProfile, gap: Gap, slots, by_id: Mapping[str, Credential] | None
) -> list[str]:
    """What a step assumes that the learner does not hold, and how the plan meets it: a tool its own words
    assume (taught first by a step, or by none the learner may take), a prerequisite the learner's level
    meets (not studied: said, so an advisor sees what is taken for granted)."""
    held = profile.held_skill_uris | gap.implied.keys() | frozenset(gap.kin)
    planned = {s.credential.id: s.credential for s in slots}
    out = []
    for a in assumed_skills(cred):
        if a.ref.uri in held:
            continue
        first = [
            planned[p].title for p in cred.prerequisites if p in planned and _teaches(planned[p], a.ref.uri)
        ]
        if first:
            out.append(ASSUMES_TAUGHT.format(skill=a.ref.label, quote=a.quote, titles=", ".join(first)))
        elif not any(_teaches(pre, a.ref.uri) for p in cred.prerequisites if (pre := (by_id or {}).get(p))):
            out.append(ASSUMES_UNMET.format(skill=a.ref.label, quote=a.quote))  # else met with a prerequisite
    if by_id is not None:
        work = held | frozenset(gap.role_skills)
        for p in cred.prerequisites:
            pre = by_id.get(p)
            if pre is None or p in planned or p in profile.held_credential_ids:
                continue
            known = [r.label for r in pre.skills if r.counts and r.uri in work]
            if known:
                out.append(PRESUMED.format(title=pre.title, skills=", ".join(known)))
    return out


def _teaches(c: Credential, uri: str) -> bool:
    return any(r.uri == uri and r.counts for r in c.skills)


def _coverage_report(
    gap: Gap, covered: set[str], uncovered
) -> tuple[CoverageReport, tuple[UncoveredGroup, ...]]:
    """Counts of covered essential/optional skills the catalogue teaches and of untaught ones; the uncovered
    skills grouped by reason (essential first, larger groups first), optional untaught ones as one group."""
    untaught = set(gap.untaught)
    ess = [g for g in gap.skills if g.essential]
    opt = [g for g in gap.skills if not g.essential]
    report = CoverageReport(
        essential_teachable=sum(g.uri not in untaught for g in ess),
        essential_covered=sum(g.uri in covered and g.uri not in untaught for g in ess),
        essential_untaught=sum(g.uri in untaught for g in ess),
        optional_teachable=sum(g.uri not in untaught for g in opt),
        optional_covered=sum(g.uri in covered and g.uri not in untaught for g in opt),
        optional_untaught=sum(g.uri in untaught for g in opt),
    )
    essential, later, peripheral = {g.uri for g in ess}, set(gap.later), set(gap.peripheral)
    grouped: dict[tuple[bool, str], list[str]] = {}
    for u in uncovered:
        is_ess = u.uri in essential
        if is_ess:
            reason = group_reason(u.reason)
        elif u.uri in later:
            reason = NOT_FIRST
        elif u.uri in peripheral:
            reason = LATER
        elif u.uri in untaught:
            reason = "optional; nothing in the catalogue teaches it"
        else:  # the reasons of optional skills are per skill (`Pathway.uncovered`), not worth a group each
            reason = OPTIONAL_LEFT_OUT
        grouped.setdefault((is_ess, reason), []).append(u.label)
    groups = [
        UncoveredGroup(reason=r, essential=e, count=len(v), labels=tuple(sorted(v)[:GROUP_LABELS]))
        for (e, r), v in grouped.items()
    ]
    groups.sort(key=lambda g: (not g.essential, -g.count, g.reason))
    return report, tuple(groups)


def group_reason(reason: str) -> str:
    """A per-skill reason as its group says it: the teachers' exclusions without their details (which
    prerequisite, how many hours a week), so that skills out for the same kind of reason share a group."""
    if reason.startswith(TOUCHED.split("{", 1)[0]):
        return TOUCHED_GROUP
    if not reason.startswith(BLOCKED):
        return reason
    parts = []
    for part in reason[len(BLOCKED) :].split("; "):
        part = next((short for pattern, short in _GROUPED if pattern.match(part)), part)
        if part not in parts:
            parts.append(part)
    return BLOCKED + "; ".join(sorted(parts))


def _targets_of(inst: Instance, i: int) -> list[StackTarget]:
    """The stack targets candidate `i` counts towards, in `inst.targets` order."""
    if inst.target_of is not None:
        return [inst.targets[k] for k in sorted(set(inst.target_of.get(i, ())))]
    return [t for t in inst.targets if any(i == c for c, _ in t.components)]


class _FitsAlone:
    """Whether adding candidate `i` (with what it needs first) to the chosen steps stays within the budget and
    within the hours: (cost ok, time ok), worked out once per candidate for all the uncovered skills it
    teaches."""

    def __init__(self, inst: Instance, chosen: set[int]) -> None:
        self.inst, self.chosen = inst, chosen
        self.known: dict[int, tuple[bool, bool]] = {}
        self.used_h = sum(inst.hours[x] for x in chosen)
        self.used_c = sum(inst.cost_eur[x] for x in chosen)
        self.max_h = float("inf") if inst.max_hours is None else inst.max_hours + 1e-6
        self.max_c = float("inf") if inst.max_cost_eur is None else inst.max_cost_eur + 1e-6
        self.skill_at = {u: j for j, u in enumerate(inst.skills)}

    def __call__(self, i: int) -> tuple[bool, bool]:
        found = self.known.get(i)
        if found is None:
            inst = self.inst
            extra = inst.closure(i) - self.chosen
            found = (
                self.used_c + sum(inst.cost_eur[x] for x in extra) <= self.max_c,
                self.used_h + sum(inst.hours[x] for x in extra) <= self.max_h,
            )
            self.known[i] = found
        return found


def _why_uncovered(g, gap: Gap, inst: Instance, fits: _FitsAlone, strategy: str) -> str:
    if g.uri in gap.later:
        return NOT_FIRST
    if g.uri in gap.peripheral:
        return LATER
    if g.uri in gap.untaught:
        return "no credential in the catalogue teaches it"
    j = fits.skill_at[g.uri]
    teachers = inst.teachers_of(j)
    via = [t for t in inst.targets if j in t.covers]
    if not teachers and via:
        names = ", ".join(t.credential.title for t in via[:2])
        if not any(t.held_ects + sum(e for _, e in t.components) >= t.req - 1e-9 for t in via):
            stacked = f"through {names}, whose parts you may take do not reach the ECTS it requires"
            # a course teaching it that the learner cannot take says more than the stack (session 26: the
            # performance-analysis course needs a dated MPI course whose session needs 14 h/week, t21-14)
            if reasons := fewest_hours(sorted(inst.blocked(g.uri))):
                return BLOCKED + "; ".join(reasons[:3]) + f"; or {stacked}"
            return f"taught only {stacked}"
        limited = inst.max_hours is not None or inst.max_cost_eur is not None
        return f"taught only through {names} (earned by stacking its parts), " + (
            "which does not fit your limits" if limited else "which this plan leaves out"
        )
    if not teachers:
        reasons = fewest_hours(sorted(inst.blocked(g.uri)))
        if not reasons:
            return "no credential you may take teaches it"
        return BLOCKED + "; ".join(reasons[:3])
    over_budget = over_time = True
    for i in teachers:
        cost_ok, time_ok = fits(i)
        over_budget &= not cost_ok
        over_time &= not time_ok
        if cost_ok and time_ok:
            break
    if over_budget and over_time:
        return f"over budget, and {OVER_TIME} either"
    if over_budget:
        return "over budget"
    if over_time:
        return OVER_TIME
    if not g.essential and strategy != "most-complete":
        return f"optional; left out to keep the plan short ('{strategy}' strategy)"
    return "left out to fit your budget and time together"
