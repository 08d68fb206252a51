"""Profile changes a message proposes (goal, skills, constraints), resolved against the taxonomy, and the
Markdown that confirms them. They are proposals: the app applies them only when the learner accepts."""

from __future__ import annotations

from pathfinder.assistant.llm import prompts
from pathfinder.domain.dialogue import ProfileChange
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Goal, HeldSkill, LearnerProfile
from pathfinder.errors import PlanningError


def changes_from(p: Parsed, tools: AssistantTools, profile: LearnerProfile) -> tuple[list[ProfileChange], str]:
    changes: list[ProfileChange] = []
    texts: list[str] = []
    if p.goal_text:
        change, text = _goal(p, tools, profile)
        changes.append(change)
        texts.append(text)
    if p.skills:
        found: dict[str, HeldSkill] = {}
        shown: dict[str, str] = {}  # uri -> "Linux → operating systems" when an alias gave it
        unmatched = []
        for phrase, level in p.skills:
            hit = tools.lexicon.skill_hit(phrase)
            if hit:
                found[hit.uri] = HeldSkill(uri=hit.uri, label=hit.label, level=level)  # type: ignore[arg-type]
                shown[hit.uri] = hit.shown
            else:
                unmatched.append(phrase)
        if found:
            skills = tuple(found.values())
            changes.append(ProfileChange(kind="add_skills", summary="Add skills: " + ", ".join(
                f"{s.label} ({s.level})" for s in skills), skills=skills))
            texts.append(prompts.render(
                "offline/skills", items="\n".join(f"- **{shown[s.uri]}** — {s.level}" for s in skills),
                unmatched=(f"\nI could not match {', '.join(repr(u) for u in unmatched)} to a known skill; "
                           "try another name for it.\n" if unmatched else "")))
        elif unmatched:
            texts.append(f"I could not match {', '.join(repr(u) for u in unmatched)} to known skills; try other names.")
    if p.has_constraints:
        stated: dict[str, object] = {}
        if p.hours_per_week is not None:
            stated["hours_per_week"] = min(80.0, p.hours_per_week)
        if p.deadline is not None:
            stated["deadline"] = p.deadline
        if p.weeks:
            stated["weeks"] = p.weeks
        if p.budget is not None:
            stated["budget"] = p.budget
            stated["currency"] = "EUR"
        constraints = Constraints(**stated)  # type: ignore[arg-type]
        items = []
        if "hours_per_week" in stated:
            items.append(f"- **Time:** {stated['hours_per_week']:g} hours a week")
        if "deadline" in stated:
            items.append(f"- **Deadline:** {stated['deadline']:%d %B %Y}")
        if "budget" in stated:
            items.append(f"- **Budget:** EUR {stated['budget']:,.0f}")
        changes.append(ProfileChange(kind="set_constraints", summary="Set " + ", ".join(
            k.replace("_", " ") for k in stated if k != "currency"), constraints=constraints, fields=tuple(stated)))
        texts.append(prompts.render("offline/constraints", items="\n".join(items)))
    return changes, "\n\n".join(texts)


def _goal(p: Parsed, tools: AssistantTools, profile: LearnerProfile) -> tuple[ProfileChange, str]:
    assert p.goal_text is not None
    occ = tools.lexicon.occupation(p.goal_text)
    if occ is not None:
        goal = Goal(occupation_uri=occ.uri, label=occ.label)
        note = f" (ESCO occupation: {occ.label})" if occ.label.lower() != p.goal_text.lower() else " (an ESCO occupation)"
    else:
        hit = tools.lexicon.skill(p.goal_text)
        goal = Goal(label=p.goal_text, skills=(hit[0],) if hit else ())
        note = (f" (I matched it to the skill {hit[1]})" if hit else
                " (I could not match it to an ESCO occupation, so I will plan from the skills you name)")
    if p.current_role:
        note += f", coming from {p.current_role}"
    gap_note = ""
    try:
        gap = tools.skill_gap(profile.model_copy(update={"goal": goal}))
        essential = [g.label for g in gap.skills if g.essential]
        if gap.skills:
            gap_note = (f"It needs {len(essential)} essential skill(s) you don't list yet, such as "
                        f"{', '.join(essential[:4]) or gap.skills[0].label}.")
        else:
            gap_note = "You already hold the skills it needs."
    except PlanningError:
        pass
    change = ProfileChange(kind="set_goal", summary=f"Set goal: {goal.label}", goal=goal)
    return change, prompts.render("offline/goal", goal=goal.label, occupation_note=note, gap_note=gap_note)


def merge_pending(pending: tuple[ProfileChange, ...], new: list[ProfileChange]) -> tuple[ProfileChange, ...]:
    """Pending changes after this turn: a new goal replaces the old; skills and constraints accumulate."""
    out = list(pending)
    for change in new:
        if change.kind == "set_goal":
            out = [c for c in out if c.kind != "set_goal"]
        out.append(change)
    return tuple(out)
