"""The offline responder's pathway handlers (plan, skip a step, apply the planner's suggestion) and the reply
record and template helper that every offline handler shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from pathfinder.assistant.llm import prompts
from pathfinder.assistant import markdown as md
from pathfinder.assistant import suggestions
from pathfinder.domain.dialogue import DialogueState, ProfileChange, apply_changes
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, Pathway, SearchFilters
from pathfinder.errors import PlanningError


@dataclass
class _Reply:
    text: str
    intent: str
    state: dict = field(default_factory=dict)
    pathway: Pathway | None = None
    filters: SearchFilters | None = None
    query: str | None = None
    retrieved: list[Credential] = field(default_factory=list)
    changes: list[ProfileChange] = field(default_factory=list)  # proposed by the handler (an applied suggestion)


def _t(name: str, **values: object) -> str:
    return prompts.render(f"offline/{name}", **values)


class PlanHandlers:
    """Mixed into `OfflineResponder`, which provides `tools` and the `_mentioned`/`_by_ordinal` look-ups."""

    tools: AssistantTools

    def _plan(self, p: Parsed, state: DialogueState, profile: LearnerProfile, excluded: tuple[str, ...] | None = None,
              intent: str = "plan", note: str = "") -> _Reply:
        excluded = state.pathway_excluded if excluded is None else excluded
        if excluded:
            prefs = profile.preferences.model_copy(update={"rejected": tuple({*profile.preferences.rejected, *excluded})})
            profile = profile.model_copy(update={"preferences": prefs})
        try:
            pathway = self.tools.plan(profile)
        except PlanningError as e:
            return _Reply(_t("no_goal", message=str(e)), intent)
        if not pathway.steps:
            text = (f"{note}I could not find credentials in the catalogue that close the gap for "
                    f"**{md.escape_text(pathway.goal_label)}** within your constraints.")
            text += "".join(f"\n- {md.escape_text(r.message)}" for r in pathway.relaxations)
            return _Reply(text, intent, {"last_pathway": pathway, "pathway_excluded": excluded, "listing": "pathway"},
                          pathway=pathway)
        label = self.tools.taxonomy.label
        uncovered = ("\n**Not covered:** " + ", ".join(f"{md.escape_text(label(u.uri))} ({md.escape_text(u.reason)})"
                                                       for u in pathway.uncovered[:8]) + "\n"
                     if pathway.uncovered else "")
        relax = ("\n**To cover more:**\n" + "\n".join(f"- {md.escape_text(r.message)}" for r in pathway.relaxations) + "\n"
                 if pathway.relaxations else "")
        notes = "\n" + "\n".join(f"> {md.escape_text(n)}" for n in pathway.notes) + "\n" if pathway.notes else ""
        intro = (f"{note}Here is a pathway towards **{md.escape_text(pathway.goal_label) or 'your goal'}** "
                 f"({len(pathway.steps)} step(s), {pathway.strategy}):")
        text = _t("pathway", intro=intro, steps=md.pathway_steps(pathway, label, self.tools.get),
                  totals=md.totals(pathway), uncovered=uncovered, relaxations=relax, notes=notes)
        retrieved = [c for c in (self.tools.get(i) for i in pathway.ids) if c]
        return _Reply(text, intent, {"last_pathway": pathway, "pathway_excluded": excluded, "listing": "pathway",
                                     "focus": None}, pathway=pathway, retrieved=retrieved)

    def _skip(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        if state.last_pathway is None or not state.last_pathway.steps:
            return _Reply("There is no pathway to change yet. Ask me to \"plan my pathway\" first.", "skip_step")
        pathway_state = state.model_copy(update={"listing": "pathway"})
        cred = self._mentioned(p, pathway_state) or (self._by_ordinal(pathway_state, p.ordinals[0]) if p.ordinals else None)
        if cred is None or cred.id not in state.last_pathway.ids:
            return _Reply("Which step should I skip? Say e.g. \"skip step 2\" or name it.", "skip_step")
        note = f"Done: I left out {cite(cred)} and re-planned.\n\n"
        return self._plan(p, state, profile, (*state.pathway_excluded, cred.id), "skip_step", note)

    def _apply_suggestion(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """Proposes the planner's suggestion the learner picked as a constraint change and re-plans with it."""
        relaxations = state.last_pathway.relaxations if state.last_pathway is not None else ()
        if not relaxations:
            return _Reply(_t("no_suggestion"), "apply_suggestion")
        chosen = suggestions.pick(relaxations, p.text, p.ordinals, p.languages, p.participation)
        if not chosen:
            example = suggestions.EXAMPLE_WORD.get(relaxations[0].constraint, "first")
            return _Reply(_t("which_suggestion", suggestions=suggestions.numbered(relaxations), example=example),
                          "apply_suggestion", {"listing": "suggestions"})
        if not suggestions.is_joint(chosen):
            chosen = suggestions.narrowed(chosen, p.languages, p.participation)
        change, skipped = suggestions.change_for(profile, chosen)
        left_out = "".join(f"\n- I could not apply: {md.escape_text(r.message)}" for r in skipped)
        if change is None:
            return self._plan(p, state, profile, intent="apply_suggestion", note=(
                "Your constraints already allow that" if not skipped else "I could not apply that") +
                f"; here is the plan again.{left_out}\n\n")
        together = " (they only help together)" if suggestions.is_joint(chosen) and len(chosen) > 1 else ""
        note = _t("suggestion_applied", summary=md.escape_text(change.summary.split(": ", 1)[-1]), together=together)
        r = self._plan(p, state, apply_changes(profile, [change]), intent="apply_suggestion",
                       note=note + left_out + "\n\n")
        r.changes = [change]
        return r
