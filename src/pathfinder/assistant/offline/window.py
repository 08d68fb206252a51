"""What of the plan fits in a window of time the learner asks about ("what can I do in the first three
months?"): the plan's first steps in that window, said as such; the whole plan stays the one to refer back to
and no deadline is saved (`assistant.time_window` reads the window)."""

from __future__ import annotations

from pathfinder.assistant import markdown as md
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import counted, goal_label, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import LearnerProfile, Pathway
from pathfinder.domain.dialogue import DialogueState
from pathfinder.planner import DEFAULT_HOURS_PER_WEEK


class WindowReplies:
    """Mixed into `OfflineResponder` (which provides `_plan`)."""

    tools: AssistantTools

    def _within_window(self, p: Parsed, state: DialogueState, profile: LearnerProfile, weeks: int) -> _Reply:
        """The steps of the plan (the one shown, else a new one) that start within the first `weeks` weeks,
        with the one that runs past the window and what the whole plan adds after it."""
        shown = state.last_pathway
        if shown is not None and shown.steps and profile.goal is not None:
            plan, r = shown, _Reply("", "plan", pathway=shown)
        else:
            r = self._plan(p, state, profile)  # type: ignore[attr-defined]
            plan = r.pathway
            if plan is None or not plan.steps:
                return r  # no plan to cut: what the plan answer says (a question, the closest courses)
        r.text = _window_text(plan, weeks, profile, self.tools)
        fits = [s for s in plan.steps if s.start_week <= weeks]
        r.retrieved = [c for c in (self.tools.get(s.id) for s in fits) if c is not None]
        r.state = {**r.state, "last_pathway": plan, "listing": "pathway", "focus": None}
        r.pathway = plan
        return r


def _window_text(plan: Pathway, weeks: int, profile: LearnerProfile, tools: AssistantTools) -> str:
    fits = [s for s in plan.steps if s.start_week <= weeks]
    hours = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
    goal = md.escape_text(goal_label(plan.goal_label)) or "…"
    head = t("window_head", weeks=weeks, hours=f"{hours:g}", goal=goal)
    lines = [
        head,
        md.pathway_steps(plan.model_copy(update={"steps": tuple(fits)}), tools.taxonomy.label, tools.get),
    ]
    last = fits[-1]
    if last.end_week > weeks and (c := tools.get(last.id)) is not None:
        lines.append(t("window_partly", course=cite(c), end=last.end_week))
    rest = len(plan.steps) - len(fits)
    if rest:
        lines.append(t("window_rest", steps=counted("n_steps", rest), weeks=plan.totals.weeks))
    else:
        lines.append(t("window_all", weeks=plan.totals.weeks))
    return "\n\n".join(lines)
