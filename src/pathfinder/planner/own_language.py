"""The goal's own skills taught only in another language (issue 14, session 12): a plan that keeps to the
learner's languages and covers none of the goal's own-class essential skills (weight `OWN_WEIGHT`: what
sets the occupation apart) gets a note showing the plan a language relaxation would give, when that plan
covers some of them. The relaxation stays a proposal: the plan itself keeps to the learner's languages (a
chief data officer's governance and strategy courses in French, a plan of one NoSQL course in English)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pathfinder.domain import Pathway, Relaxation
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import counted
from pathfinder.planner.gaps import OWN_WEIGHT, Gap

OWN_LABELS = 3  # own skills named in the note


def own_language_relaxation(
    gap: Gap, pathway: Pathway, relaxations: Sequence[Relaxation]
) -> Relaxation | None:
    """The first single-language proposal, when the plan has steps yet covers none of the goal's own-class
    essential skills; None otherwise (or when there is no such proposal)."""
    own = {g.uri for g in gap.essential if g.weight >= OWN_WEIGHT - 1e-9}
    missing = {u.uri for u in pathway.uncovered}
    if not pathway.steps or not own or not own <= missing:
        return None
    return next((r for r in relaxations if r.constraint == "languages" and not r.joint and r.values), None)


def own_language_note(gap: Gap, relaxation: Relaxation, relaxed: Pathway) -> str | None:
    """What the plan with `relaxation` accepted would hold, naming the own skills it covers; None when it
    covers none of them."""
    missing = {u.uri for u in relaxed.uncovered}
    gained = [g.label for g in gap.essential if g.weight >= OWN_WEIGHT - 1e-9 and g.uri not in missing]
    if not relaxed.steps or not gained:
        return None
    t = relaxed.totals
    names = " or ".join(language_name(x) for x in relaxation.values)
    return (
        f"What sets {gap.goal_label} apart ({', '.join(gained[:OWN_LABELS])}) is taught here only in courses "
        f"in {names}, which your languages leave out: accepting them, the plan would be "
        f"{counted(len(relaxed.steps), 'step')}, {t.hours:g} h over {t.weeks} weeks: "
        f"{'; '.join(s.title for s in relaxed.steps)}."
    )


def own_in_language(
    gap: Gap, pathway: Pathway, relaxations: Sequence[Relaxation], plan: Callable[[Relaxation], Pathway]
) -> str | None:
    """The note for `pathway` (`plan` plans the learner's case with a relaxation accepted), or None."""
    relaxation = own_language_relaxation(gap, pathway, relaxations)
    return None if relaxation is None else own_language_note(gap, relaxation, plan(relaxation))
