"""The plan review: machine-checkable criteria a career advisor applies to a pathway before signing it.

Pure domain code, independent of how the planner chose the steps: it reads the profile, the gap, the
pathway and the catalogue entries the steps name, and says per criterion whether the plan passes and why not.
Unknown hours, prices, languages and levels never pass a limit (the planner may count them as zero; the
review does not). docs/PLANNER.md ("Plan review") states each rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from pathfinder.domain import Credential, LearnerProfile, Pathway, Relaxation, to_eur
from pathfinder.planner.assumed import assumed_skills
from pathfinder.planner.foundation import is_foundation
from pathfinder.planner.free_first import citizen_start, is_free_first, is_language_start
from pathfinder.planner.gaps import Gap, GapSkill
from pathfinder.planner.lookup import evidence_count, short_clip, title_names_any
from pathfinder.planner.offered import may_offer_in, with_offered_limits

CRITERIA = (
    "relevant",
    "limits",
    "languages",
    "eqf_jumps",
    "weekly_load",
    "deadline",
    "held_retaught",
    "explained",
)
MIN_CONFIDENCE = 0.75  # an inferred skill below this is not evidence on its own
DEFAULT_START_EQF = 4  # an adult learner with no higher credential: upper secondary
ACCEPTABLE_HOURS_PER_WEEK = 60  # a proposal asking for more hours a week than this cannot be accepted
ACCEPTABLE_WEEKS = 156  # ... nor one finishing more than three years from today
SLACK = 1e-6


class Verdict(BaseModel):
    """One criterion on one plan: passed, and the problems found (empty when passed)."""

    model_config = ConfigDict(frozen=True)

    criterion: str
    passed: bool
    problems: tuple[str, ...] = ()


class StepReview(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    relevant: bool
    why: str


class PlanReview(BaseModel):
    """The verdicts on one plan, and the relevance of each of its steps."""

    model_config = ConfigDict(frozen=True)

    verdicts: tuple[Verdict, ...]
    steps: tuple[StepReview, ...] = ()

    @property
    def passed(self) -> bool:
        return all(v.passed for v in self.verdicts)

    def verdict(self, criterion: str) -> Verdict:
        return next(v for v in self.verdicts if v.criterion == criterion)


def evidence(credential: Credential, min_confidence: float = MIN_CONFIDENCE) -> frozenset[str]:
    """The skills a credential teaches with evidence: given by the provider, or inferred with confidence."""
    return frozenset(s.uri for s in credential.skills if not s.inferred or s.confidence >= min_confidence)


def one_inferred_tag(
    credential: Credential,
    gap_uris: set[str],
    min_confidence: float = MIN_CONFIDENCE,
    gap_skills: Mapping[str, GapSkill] | None = None,
) -> bool:
    """Whether a credential's only link to the gap is one skill inferred from its text: every skill it
    teaches with evidence was inferred, and one of them is a gap skill (a 36-minute XPath clip matched to
    'query languages'). Such a step does not close the skill by itself (issue 14, session 6); unless its
    title names that skill as its subject (`lookup.title_names_any` over `GapSkill.names`, session 15: the
    planner's `single_inferred`, the same rule)."""
    taught = [s for s in credential.skills if not s.inferred or s.confidence >= min_confidence]
    # tags rephrasing one another are one piece of evidence (`lookup.evidence_count`, session 9)
    labels = {s.uri: s.label for s in taught if s.uri in gap_uris}
    if all(s.inferred for s in taught) and labels and short_clip(credential):
        return True  # a clip of a few hours closes nothing by itself either (`lookup.short_clip`, session 10)
    if not all(s.inferred for s in taught) or evidence_count(list(labels.values())) != 1:
        return False
    named = (n for u in labels if gap_skills and (g := gap_skills.get(u)) is not None for n in g.names)
    return not title_names_any(credential.title, named)


def study_languages(profile: LearnerProfile) -> frozenset[str]:
    """The languages the learner can study in: the constraint when set, else the profile's languages."""
    return frozenset(x.lower() for x in (profile.constraints.languages or profile.languages))


def window_weeks(profile: LearnerProfile, today: date) -> int | None:
    """Weeks until the earlier of `weeks` and the deadline; None when open-ended."""
    c = profile.constraints
    weeks = c.weeks
    if c.deadline is not None:
        by_deadline = max(0, (c.deadline - today).days // 7)
        weeks = by_deadline if weeks is None else min(weeks, by_deadline)
    return weeks


def review_plan(
    profile: LearnerProfile,
    gap: Gap,
    pathway: Pathway,
    catalogue: Mapping[str, Credential],
    *,
    today: date,
    start_eqf: int | None = None,
    min_confidence: float = MIN_CONFIDENCE,
) -> PlanReview:
    """Every criterion of `CRITERIA` on `pathway`; `catalogue` must hold every step and earned stack id."""
    creds = [catalogue[s.id] for s in pathway.steps]
    # a plan offered with changed limits (its goal's core past them by a little, labelled in its first note:
    # `Pathway.offered_with`) is held to those limits, as a plan offered in a language to that language
    limited = with_offered_limits(profile, pathway)
    steps = relevance(profile, gap, pathway, catalogue, min_confidence)
    irrelevant = [f"{s.id}: {s.why}" for s in steps if not s.relevant]
    verdicts = (
        Verdict(criterion="relevant", passed=not irrelevant, problems=tuple(irrelevant)),
        _verdict("limits", limit_problems(limited, creds, today)),
        _verdict("languages", language_problems(profile, creds, pathway.offered_in)),
        _verdict("eqf_jumps", eqf_jumps(profile, creds, _offered_start(pathway, start_eqf))),
        _verdict("weekly_load", load_problems(limited, pathway, creds)),
        _verdict("deadline", deadline_problems(limited, pathway, today)),
        _verdict("held_retaught", retaught(profile, gap, creds, min_confidence)),
        _verdict("explained", unexplained(pathway, today)),
    )
    return PlanReview(verdicts=verdicts, steps=tuple(steps))


def _offered_start(pathway: Pathway, start_eqf: int | None) -> int | None:
    """The start EQF jumps are counted from: the learner's, or the level a plan is offered at when the level
    rule alone left it empty (`Pathway.offered_level`, labelled in its first note; `planner/offered.py`)."""
    if pathway.offered_level is None:
        return start_eqf
    return max(start_eqf or DEFAULT_START_EQF, pathway.offered_level)


def _verdict(criterion: str, problems: list[str]) -> Verdict:
    return Verdict(criterion=criterion, passed=not problems, problems=tuple(problems))


# ------------------------------------------------------------------------------------------- relevance


def _bridged(
    cid: str,
    c: Credential,
    teaches_gap: set[str] | frozenset[str],
    why: Mapping[str, str],
    ids: Sequence[str],
    catalogue: Mapping[str, Credential],
) -> str | None:
    """The later relevant step that `c` (teaching the gap skills `teaches_gap`) is a bridge to: one EQF level
    above it (the level rule's step up), or None."""
    if not teaches_gap or c.eqf_level is None:
        return None
    later = ids[ids.index(cid) + 1 :]
    return next((o for o in later if o in why and catalogue[o].eqf_level == c.eqf_level + 1), None)


def relevance(
    profile: LearnerProfile,
    gap: Gap,
    pathway: Pathway,
    catalogue: Mapping[str, Credential],
    min_confidence: float = MIN_CONFIDENCE,
) -> list[StepReview]:
    """Why each step is there: it closes an essential gap skill with evidence, is pinned, is a prerequisite
    (by id, or by teaching an assumed skill the learner lacks) of a relevant step, or counts towards an
    earned stack that is pinned or itself closes an essential gap skill, or bridges to a later relevant step
    one EQF level above it while teaching a gap skill with evidence, or is a free first step of a plan of free
    courses only (`free_first.is_free_first`), or the digital basics in the learner's language when nothing
    they may take teaches the goal (`free_first.is_language_start`). Anything else is not relevant."""
    essential = {g.uri for g in gap.essential}
    gap_uris = {g.uri for g in gap.skills}
    by_uri = {g.uri: g for g in gap.skills}
    held = profile.held_skill_uris - {g.uri for g in gap.skills}
    pinned = set(profile.preferences.pinned)
    ids = [s.id for s in pathway.steps]
    why: dict[str, str] = {}
    for cid in ids:
        closes = evidence(catalogue[cid], min_confidence) & essential
        if closes and one_inferred_tag(catalogue[cid], gap_uris, min_confidence, by_uri):
            closes = frozenset()  # one tag inferred from its text is no evidence of the goal's subject
        if closes:
            why[cid] = f"closes {len(closes)} essential skill(s)"
        elif cid in pinned:
            why[cid] = "pinned"
    chosen_stacks = {
        t
        for t in pathway.stacks_earned
        if t in catalogue and (t in pinned or evidence(catalogue[t], min_confidence) & essential)
    }
    changed = True
    while changed:
        changed = False
        for cid in ids:
            if cid in why:
                continue
            c = catalogue[cid]
            taught = evidence(c, min_confidence)
            for other in list(why):
                o = catalogue[other]
                assumed = (
                    {s.uri for s in o.prerequisite_skills} | {a.ref.uri for a in assumed_skills(o)}
                ) - held
                if cid in o.prerequisites or taught & assumed:
                    why[cid] = f"prerequisite of {other}"
                    break
            else:
                stacks = set(c.stack_targets) & chosen_stacks
                bridged = _bridged(cid, c, taught & gap_uris, why, ids, catalogue)
                later = [o for o in ids[ids.index(cid) + 1 :] if o in why]
                if stacks:
                    why[cid] = f"counts towards {sorted(stacks)[0]}"
                elif bridged:
                    why[cid] = f"one EQF level below {bridged}, which it leads up to"
                elif later and (is_foundation(c, profile, gap) or citizen_start(c, profile, gap)):
                    why[cid] = f"a newcomer's first course at their level, before {later[0]}"
                elif is_free_first(c, profile, gap, ids, catalogue):
                    why[cid] = (
                        "a free first step towards the goal, whose own courses cost more than the budget"
                    )
                elif is_language_start(c, profile, gap, study_languages(profile)):
                    why[cid] = "the digital basics in the learner's language, where no course of the goal is"
            changed = changed or cid in why
    out = []
    for cid in ids:
        if cid in why:
            out.append(StepReview(id=cid, relevant=True, why=why[cid]))
        else:
            c = catalogue[cid]
            weak = {s.uri for s in c.skills if s.uri in essential} - evidence(c, min_confidence)
            reason = (
                "only low-confidence inferred essential skills"
                if weak
                else "its only link to the goal is one skill inferred from its text"
                if evidence(c, min_confidence) & essential
                else "closes no essential skill and no relevant step needs it"
            )
            out.append(StepReview(id=cid, relevant=False, why=reason))
    return out


# ---------------------------------------------------------------------------------------------- limits


def limit_problems(profile: LearnerProfile, creds: Sequence[Credential], today: date) -> list[str]:
    """Budget, participation, EQF, providers and countries; unknown values fail a limit that is set."""
    c = profile.constraints
    out: list[str] = []
    if c.budget is not None:
        total, budget = 0.0, to_eur(c.budget, c.currency)
        for cr in creds:
            if cr.cost_eur is None:
                out.append(f"{cr.id}: price unknown under a budget")
            else:
                total += cr.cost_eur
        if budget is not None and total > budget + 0.01:
            out.append(f"costs EUR {total:.0f}, budget EUR {budget:.0f}")
    timed = c.hours_per_week is not None or window_weeks(profile, today) is not None
    for cr in creds:
        if timed and cr.hours is None:
            out.append(f"{cr.id}: workload unknown under a time limit")
        if c.participation and cr.participation not in c.participation:
            out.append(f"{cr.id}: participation {cr.participation or 'unknown'}")
        if c.max_eqf is not None and cr.eqf_level is None:
            out.append(f"{cr.id}: EQF level unknown under a limit of {c.max_eqf}")
        elif c.max_eqf is not None and cr.eqf_level is not None and cr.eqf_level > c.max_eqf:
            out.append(f"{cr.id}: EQF {cr.eqf_level} above {c.max_eqf}")
        if c.providers and cr.provider.lower() not in {p.lower() for p in c.providers}:
            out.append(f"{cr.id}: provider {cr.provider}")
        if c.countries and (cr.country or "") not in {x.upper() for x in c.countries}:
            out.append(f"{cr.id}: country {cr.country or 'unknown'}")
    return out


def language_problems(
    profile: LearnerProfile, creds: Sequence[Credential], offered_in: Sequence[str] = ()
) -> list[str]:
    """Every step taught in a language the learner can study in; an unknown language does not pass. A plan
    offered in another language (`planner/offered.py`: labelled, only when the learner set no language limit)
    may use that language."""
    denied = frozenset(profile.constraints.denied_languages)  # "no English": never passes, unknown neither
    ruled_out = [
        f"{cr.id}: taught in {'/'.join(cr.languages) or 'an unknown language'}, which you ruled out"
        for cr in creds
        if denied and not {x.lower() for x in cr.languages} - denied
    ]
    langs = study_languages(profile) - denied
    if not langs:
        return ruled_out
    if offered_in and may_offer_in(profile):
        langs |= {x.lower() for x in offered_in} - denied
    return ruled_out + [
        f"{cr.id}: taught in {'/'.join(cr.languages) or 'an unknown language'}"
        for cr in creds
        if not set(cr.languages) & langs and not (denied and not {x.lower() for x in cr.languages} - denied)
    ]


def eqf_jumps(
    profile: LearnerProfile, creds: Sequence[Credential], start_eqf: int | None = None
) -> list[str]:
    """Steps more than one EQF level above everything before them (the learner's level, held credentials,
    earlier steps), unless a prerequisite at most one level below is held or planned first."""
    held_levels = [h.eqf_level for h in profile.credentials if h.eqf_level]
    level = max([start_eqf or DEFAULT_START_EQF, *held_levels])
    held_ids = profile.held_credential_ids
    levels: dict[str, int | None] = {h.id: h.eqf_level for h in profile.credentials if h.id}
    out = []
    for cr in creds:
        e = cr.eqf_level
        if e is not None and e > level + 1:
            prereq_ok = any(
                (p in levels and (levels[p] or 0) >= e - 1) or (p in held_ids and levels.get(p) is None)
                for p in cr.prerequisites
            )
            if not prereq_ok:
                out.append(f"{cr.id}: EQF {e} after level {level}")
        levels[cr.id] = e
        if e is not None:
            level = max(level, e)
    return out


# ------------------------------------------------------------------------------------------------ time


def load_problems(profile: LearnerProfile, pathway: Pathway, creds: Sequence[Credential]) -> list[str]:
    """No step needs more than the learner's hours a week over the weeks it is given, and the plan's hours
    fit its weeks; a step of unknown workload cannot be shown to fit."""
    hpw = profile.constraints.hours_per_week
    if hpw is None or not pathway.steps:
        return []
    out = []
    for step, cr in zip(pathway.steps, creds):
        if cr.hours is None:
            out.append(f"{step.id}: workload unknown")
            continue
        weeks = step.end_week - step.start_week + 1
        if cr.hours / weeks > hpw * 1.01 + SLACK:
            out.append(
                f"{step.id}: {cr.hours:g} h in {weeks} week(s) is {cr.hours / weeks:.1f} h/week (of {hpw:g})"
            )
    last = max(s.end_week for s in pathway.steps)
    total = sum(cr.hours or 0.0 for cr in creds)
    if total > hpw * last * 1.01 + SLACK:
        out.append(f"{total:g} h in {last} week(s) at {hpw:g} h/week")
    return out


def deadline_problems(profile: LearnerProfile, pathway: Pathway, today: date) -> list[str]:
    """The last step ends within the weeks until the deadline (or the weeks given)."""
    window = window_weeks(profile, today)
    if window is None or not pathway.steps:
        return []
    last = max(s.end_week for s in pathway.steps)
    return [f"ends in week {last}, the deadline is week {window}"] if last > window else []


def unexplained(pathway: Pathway, today: date) -> list[str]:
    """An empty plan says why (a note) and carries a proposal the learner can accept, when it carries any:
    at most ACCEPTABLE_HOURS_PER_WEEK, finishing within ACCEPTABLE_WEEKS (a joint proposal is one proposal:
    every part must be acceptable). A plan with steps passes."""
    if pathway.steps:
        return []
    out = [] if pathway.notes else ["an empty plan with no note saying why"]
    proposals: list[tuple[Relaxation, ...]] = [
        (x,) for r in pathway.relaxations if not r.joint for x in (r, *r.alternatives)
    ]
    if joint := tuple(r for r in pathway.relaxations if r.joint):
        proposals.append(joint)
    if proposals and not any(all(_acceptable(r, today) for r in p) for p in proposals):
        out.append(
            "no proposal the learner can accept: " + " / ".join(r.message for p in proposals for r in p)
        )
    return out


def _acceptable(r: Relaxation, today: date) -> bool:
    if r.constraint == "hours_per_week":
        return float(r.needed) <= ACCEPTABLE_HOURS_PER_WEEK
    if r.constraint == "weeks":
        return float(r.needed) <= ACCEPTABLE_WEEKS
    if r.constraint == "deadline":
        return (date.fromisoformat(str(r.needed)) - today).days // 7 <= ACCEPTABLE_WEEKS
    return True


# --------------------------------------------------------------------------------------- held, strategies


def retaught(
    profile: LearnerProfile, gap: Gap, creds: Sequence[Credential], min_confidence: float = MIN_CONFIDENCE
) -> list[str]:
    """Steps mostly teaching what the learner holds: more than half their evidenced skills are held (skills
    held below the goal's level stay in the gap and do not count as held)."""
    held = profile.held_skill_uris - {g.uri for g in gap.skills}
    out = []
    for cr in creds:
        taught = evidence(cr, min_confidence)
        again = taught & held
        if taught and len(again) * 2 > len(taught):
            out.append(f"{cr.id}: {len(again)} of {len(taught)} skills already held")
    return out


def essential_covered(gap: Gap, pathway: Pathway, catalogue: Mapping[str, Credential]) -> int:
    """Essential gap skills the plan's steps and earned stacks teach (any evidence)."""
    taught = {
        u
        for cid in (*pathway.ids, *pathway.stacks_earned)
        if cid in catalogue
        for u in catalogue[cid].skill_uris
    }
    return sum(1 for g in gap.essential if g.uri in taught)


def strategy_order(gap: Gap, plans: Mapping[str, Pathway], catalogue: Mapping[str, Credential]) -> Verdict:
    """The fastest plan is never slower (hours) and the cheapest never dearer than the balanced one, and
    neither covers fewer essential skills (one covering more is not compared: its totals buy more).
    `plans` holds 'balanced', 'fastest' and 'cheapest'."""
    base = plans["balanced"]
    need = essential_covered(gap, base, catalogue)
    out = []
    for name, attr, unit in (("fastest", "hours", "h"), ("cheapest", "cost", base.totals.currency)):
        pw = plans[name]
        got = essential_covered(gap, pw, catalogue)
        if got < need:
            out.append(f"{name} covers {got} essential skill(s), balanced {need}")
        if got > need:  # it buys more coverage: its totals are not comparable
            continue
        mine, theirs = getattr(pw.totals, attr), getattr(base.totals, attr)
        if mine > theirs + 0.01:
            out.append(f"{name}: {mine:g} {unit}, balanced {theirs:g} {unit}")
    return _verdict("strategy_order", out)


__all__ = [
    "CRITERIA",
    "PlanReview",
    "StepReview",
    "Verdict",
    "eqf_jumps",
    "evidence",
    "language_problems",
    "limit_problems",
    "load_problems",
    "relevance",
    "retaught",
    "review_plan",
    "strategy_order",
    "study_languages",
    "window_weeks",
    "deadline_problems",
    "essential_covered",
]
