"""The offline responder: intent and slot extraction, the tools, and Markdown from prompts/offline/ templates.

Needs no model and no network. Each intent has one handler returning a `_Reply` (the pathway handlers are in
`offline_plans.py`); `reply()` adds the profile changes the message proposes, runs the grounding check and
records the dialogue state for follow-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Literal

from pathfinder.assistant import markdown as md
from pathfinder.domain.dialogue import Answer, DialogueState, History, ProfileChange, apply_changes
from pathfinder.assistant.conversation_language import (
    conversation_language, leaning_to, learner_language, other_language_note, other_language_steps, preference_note,
)
from pathfinder.assistant.grounding import cite, ground
from pathfinder.assistant.intents import Parsed, is_bare_yes, parse
from pathfinder.assistant.offline_plans import PlanHandlers, _Reply, _t
from pathfinder.assistant.profile_changes import changes_from, merge_pending
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, SearchFilters

ANONYMOUS = LearnerProfile(id="anonymous")


class OfflineResponder(PlanHandlers):
    mode: Literal["offline", "llm"] = "offline"

    def __init__(self, tools: AssistantTools, today: Callable[[], date] = date.today) -> None:
        self.tools = tools
        self.today = today

    # ------------------------------------------------------------------------------------------ entry
    def reply(self, message: str, history: History | None = None, profile: LearnerProfile | None = None) -> Answer:
        history = history or History()
        state = history.state
        profile = profile or ANONYMOUS
        p = parse(message, self.today())
        changes, change_text = changes_from(p, self.tools, apply_changes(profile, state.pending))
        state = state.model_copy(update={"pending": merge_pending(state.pending, changes)})
        provisional = apply_changes(profile, state.pending)
        earlier = [t.text for t in reversed(history.turns) if t.role == "user"][:3]
        spoken = conversation_language(message, earlier)
        leaning = leaning_to(provisional, spoken)
        previous = history.turns[-1].answer if history.turns else None
        offered = previous is not None and previous.pathway is not None and bool(previous.pathway.relaxations)
        intent = "smalltalk" if is_bare_yes(message) and not offered else self._intent(p, state)
        if intent in ("set_goal", "state_skills", "set_constraints") and changes:
            r = _Reply(change_text, intent)
        else:
            r = self._handle(intent, p, state, leaning)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        if r.changes:
            changes = [*changes, *r.changes]
            state = state.model_copy(update={"pending": merge_pending(state.pending, r.changes)})
        if r.pathway is not None and leaning is not provisional:
            r.text += "\n\n" + _t("language_preference", note=preference_note(leaning.preferences.language or ""))
        language = learner_language(provisional, spoken)
        if r.pathway is not None and (others := other_language_steps(r.pathway, language, self.tools.get)):
            r.text += "\n\n" + _t("other_languages", note=other_language_note(others, language or ""))
            r.retrieved = [*r.retrieved, *others]
        grounded = ground(r.text, self.tools.get, self.tools.lexicon.title_to_id, r.retrieved)
        return Answer(
            text=grounded.text, citations=grounded.citations, pathway=r.pathway, profile_changes=tuple(changes),
            intent=r.intent, filters=r.filters, query=r.query, flagged=grounded.flagged, responder="offline",
            state=state.model_copy(update=r.state),
        )

    def _intent(self, p: Parsed, state: DialogueState) -> str:
        """The intent to answer: "the first one" after a list of suggestions applies it; "allow ... courses"
        with no suggestion to act on is read as the message's next intent when that is a catalogue search."""
        if p.intent == "select" and state.listing == "suggestions":
            return "apply_suggestion"
        has_suggestions = state.last_pathway is not None and bool(state.last_pathway.relaxations)
        if p.intent == "apply_suggestion" and not has_suggestions and len(p.intents) > 1:
            following = p.intents[1]
            if following != "search" or self.tools.lexicon.is_catalogue_topic(p.topic):
                return following
        return p.intent

    def _handle(self, intent: str, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        handler = {
            "search": self._search, "refine": self._refine, "select": self._explain, "explain": self._explain,
            "why": self._why, "requirements": self._requirements, "compare": self._compare,
            "skip_step": self._skip, "plan": self._plan, "apply_suggestion": self._apply_suggestion,
            "smalltalk": self._smalltalk,
        }.get(intent, self._out_of_scope)
        return handler(p, state, profile)

    # ------------------------------------------------------------------------------------ small talk
    def _smalltalk(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        low = p.text.lower()
        greeting = ("You're welcome!" if any(w in low for w in ("thank", "danke", "gracias", "merci", "cheers"))
                    else "Goodbye, and good luck with your learning!" if "bye" in low
                    else "Hello! I'm pathfinder, your guide to stackable micro-credentials.")
        return _Reply(_t("smalltalk", greeting=greeting, capabilities=_t("capabilities")), "smalltalk")

    def _out_of_scope(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        return _Reply(_t("out_of_scope", capabilities=_t("capabilities")), "out_of_scope")

    # ---------------------------------------------------------------------------------------- search
    def _filters(self, p: Parsed, base: SearchFilters, profile: LearnerProfile) -> SearchFilters:
        update: dict = {}
        if p.languages:
            update["languages"] = p.languages
        if p.participation:
            update["participation"] = p.participation
        if p.max_cost is not None:
            update["max_cost"] = p.max_cost
        if p.max_hours is not None:
            update["max_hours"] = p.max_hours
        if p.eqf_min is not None or p.eqf_max is not None:
            update["eqf_min"], update["eqf_max"] = p.eqf_min, p.eqf_max
        if profile.preferences.rejected:
            update["exclude_ids"] = tuple(profile.preferences.rejected)
        return base.model_copy(update=update)

    def _run_search(self, query: str, filters: SearchFilters, intent: str, note: str = "") -> _Reply:
        hits = self.tools.search(query, filters, k=5)
        state = {"last_query": query, "last_filters": filters, "focus": None, "listing": "results"}
        if not hits:
            text = _t("no_results", query=md.escape_text(query), filters_text=md.filters_text(filters),
                      explanation=self.tools.explain_empty(query, filters))
            return _Reply(note + text, intent, state | {"last_results": ()}, filters=filters, query=query)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(hits, 1))
        text = _t("search", count=len(hits), query=md.escape_text(query), filters_text=md.filters_text(filters), items=items)
        return _Reply(note + text, intent, state | {"last_results": tuple(c.id for c in hits)}, filters=filters,
                      query=query, retrieved=hits)

    def _search(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        if not self.tools.lexicon.is_catalogue_topic(p.topic):
            return self._out_of_scope(p, state, profile)
        return self._run_search(p.topic, self._filters(p, SearchFilters(), profile), "search")

    def _refine(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        if not state.last_query:
            return _Reply(_t("need_list"), "refine")
        filters = self._filters(p, state.last_filters, profile)
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c]
        # "cheaper"/"shorter" than the one in focus, else than the top result that has a price/workload
        focus = self.tools.get(state.focus) if state.focus else None
        if "cheaper" in p.refinements:
            priced = [c for c in shown if c.cost_eur is not None]
            ref = [focus] if focus else priced[:1]
            costs = [c.cost_eur for c in ref if c and c.cost_eur is not None]
            if costs and min(costs) == 0:
                return self._run_search(state.last_query, filters, "refine", "Those are already free. ")
            if costs:
                filters = filters.model_copy(update={"max_cost": round(min(costs) - 0.01, 2)})
        if "shorter" in p.refinements:
            timed = [c for c in shown if c.hours]
            hours = [c.hours for c in ([focus] if focus else timed[:1]) if c and c.hours]
            if hours:
                filters = filters.model_copy(update={"max_hours": min(hours) - 0.5})
        return self._run_search(state.last_query, filters, "refine")

    # ------------------------------------------------------------------------------ about one entry
    def _listed(self, state: DialogueState) -> list[str]:
        if state.listing in ("pathway", "suggestions") and state.last_pathway is not None:
            return list(state.last_pathway.ids)
        return list(state.last_results)

    def _by_ordinal(self, state: DialogueState, n: int) -> Credential | None:
        ids = self._listed(state)
        if not ids or n == 0 or n > len(ids):
            return None
        return self.tools.get(ids[n - 1] if n > 0 else ids[-1])

    def _mentioned(self, p: Parsed, state: DialogueState) -> Credential | None:
        for token in p.text.replace(",", " ").replace("?", " ").split():
            cred = self.tools.get(token.strip("`'\"().")) if len(token) > 2 else None
            if cred:
                return cred
        known = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        return self.tools.lexicon.title_in(p.text, known)

    def _target(self, p: Parsed, state: DialogueState) -> Credential | None:
        mentioned = self._mentioned(p, state)
        if mentioned:
            return mentioned
        if p.ordinals:
            return self._by_ordinal(state, p.ordinals[0])
        if p.topic and p.intent in ("explain", "search"):
            return None  # a new subject, not the one in focus
        if state.focus:
            return self.tools.get(state.focus)
        ids = self._listed(state)
        return self.tools.get(ids[0]) if len(ids) == 1 else None

    def _explain(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        intent = "select" if p.intent == "select" else "explain"
        cred = self._target(p, state)
        if cred is None and p.ordinals:
            return _Reply(_t("need_list") if not self._listed(state) else
                          f"There is no number {p.ordinals[0]} in the last list (it has {len(self._listed(state))}).",
                          intent)
        if cred is None and p.topic:
            if not self.tools.lexicon.is_catalogue_topic(p.topic):
                return self._out_of_scope(p, state, profile)
            cred = self.tools.lexicon.title_in(p.text, self.tools.search(p.topic, SearchFilters(), k=3))
            if cred is None:
                return self._run_search(p.topic, self._filters(p, SearchFilters(), profile), "search")
        if cred is None:
            return _Reply(_t("need_list"), intent)
        outcomes = ("**Learning outcomes:**\n" + "\n".join(f"- {md.escape_text(o)}" for o in cred.learning_outcomes[:8])
                    if cred.learning_outcomes else "**Skills taught:** " + (md.labels(s.label for s in cred.skills) or "not listed"))
        target = md.link_target(cred)
        extra = f"\n\n[Open the provider's page]({target}) ({cred.id})" if not target.startswith("#") else ""
        summary = (cred.description[:400] + ("…" if len(cred.description) > 400 else "")) or f"A {cred.kind} by {cred.provider}."
        text = _t("explain", citation=cite(cred), summary=_quote(summary), facts=md.facts(cred, self.tools.get),
                  outcomes=outcomes, extra=extra)
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred])

    def _why(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        cred = self._target(p, state)
        if cred is None:
            return _Reply(_t("need_list"), "why")
        reasons: list[str] = []
        step = next((s for s in state.last_pathway.steps if s.id == cred.id), None) if state.last_pathway else None
        if step is not None and state.listing in ("pathway", "suggestions"):
            if step.covers:
                reasons.append("It closes gap skills of your goal: " + md.labels(self.tools.taxonomy.label(u) for u in step.covers[:6]) + ".")
            reasons += [md.escape_text(r[0].upper() + r[1:]) + "." for r in step.reasons if not r.startswith("covers")]
            reasons.append(f"It is scheduled in weeks {step.start_week}–{step.end_week} to fit your hours per week.")
        else:
            matched = set(state.last_query.lower().split()) & set(
                " ".join([cred.title, *(s.label for s in cred.skills), cred.description]).lower().split())
            if matched:
                reasons.append(f"It matches your search for **{md.escape_text(state.last_query)}** ({md.labels(sorted(matched))}).")
            f = md.filters_text(state.last_filters)
            if f:
                reasons.append(f"It passes your filters{f}.")
            goal_skills = _goal_skills(profile, self.tools)
            taught = [s.label for s in cred.skills if s.uri in goal_skills]
            if taught:
                reasons.append("It teaches skills your goal needs: " + md.labels(taught) + ".")
            if state.last_results and cred.id in state.last_results:
                reasons.append(f"It ranked #{state.last_results.index(cred.id) + 1} of {len(state.last_results)} for relevance.")
        if not reasons:
            reasons.append("It came up as relevant to what you asked; ask \"tell me more\" for its details.")
        return _Reply(_t("why", citation=cite(cred), reasons="\n".join(f"- {r}" for r in reasons)), "why",
                      {"focus": cred.id}, retrieved=[cred])

    def _requirements(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        cred = self._target(p, state)
        if cred is None:
            return _Reply(_t("need_list"), "requirements")
        held_ids, held_skills = profile.held_credential_ids, profile.held_skill_uris
        lines = []
        for pre in cred.prerequisites:
            c = self.tools.get(pre)
            mark = " — you hold it ✓" if pre in held_ids else ""
            lines.append(f"- Complete {cite(c) if c else md.escape_text(pre)} first{mark}")
        for s in cred.prerequisite_skills:
            lines.append(f"- Skill: {md.escape_text(s.label)}" + (" — you have it ✓" if s.uri in held_skills else ""))
        if cred.eqf_level:
            lines.append(f"- It is pitched at EQF level {cred.eqf_level}.")
        if not cred.prerequisites and not cred.prerequisite_skills:
            lines.insert(0, "- No formal prerequisites are listed.")
        return _Reply(_t("requirements", citation=cite(cred), requirements="\n".join(lines)), "requirements",
                      {"focus": cred.id}, retrieved=[cred])

    def _compare(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        picks = [self._by_ordinal(state, n) for n in p.ordinals[:2]]
        if len(picks) == 1 and state.focus:
            picks.insert(0, self.tools.get(state.focus))
        picks = [c for c in picks if c]
        if len(picks) < 2:
            return _Reply(_t("need_list") if not self._listed(state) else
                          "Tell me which two to compare by their numbers, e.g. \"compare 1 and 3\".", "compare")
        a, b = picks[0], picks[1]
        rows = [("Provider", md.escape_text(a.provider), md.escape_text(b.provider)), ("Workload", md.workload(a), md.workload(b)),
                ("EQF", str(a.eqf_level or "–"), str(b.eqf_level or "–")),
                ("Price", md.money(a.cost, a.currency), md.money(b.cost, b.currency)),
                ("Participation", md.escape_text(a.participation) or "–", md.escape_text(b.participation) or "–"),
                ("Languages", md.languages(a.languages) or "–", md.languages(b.languages) or "–"),
                ("Assessment", md.escape_text(a.assessment) or "–", md.escape_text(b.assessment) or "–"),
                ("Prerequisites", str(len(a.prerequisites)), str(len(b.prerequisites)))]
        table = "| | 1st | 2nd |\n|---|---|---|\n" + "\n".join(f"| {r} | {x} | {y} |" for r, x, y in rows)
        verdict = []
        if a.cost_eur is not None and b.cost_eur is not None and a.cost_eur != b.cost_eur:
            verdict.append(f"the {'1st' if a.cost_eur < b.cost_eur else '2nd'} is cheaper")
        if a.hours and b.hours and a.hours != b.hours:
            verdict.append(f"the {'1st' if a.hours < b.hours else '2nd'} is shorter")
        text = _t("compare", first=cite(a), second=cite(b), table=table,
                  verdict=("In short: " + " and ".join(verdict) + ".") if verdict else "They are close on price and workload.")
        return _Reply(text, "compare", retrieved=[a, b])



def _quote(text: str) -> str:
    """Catalogue text shown as a quotation, so it reads as the provider's words, not the assistant's."""
    return "\n".join("> " + md.escape_text(line) for line in text.strip().splitlines() if line.strip())


def _goal_skills(profile: LearnerProfile, tools: AssistantTools) -> set[str]:
    if profile.goal is None:
        return set()
    occ = tools.taxonomy.occupation(profile.goal.occupation_uri) if profile.goal.occupation_uri else None
    return set(profile.goal.skills) | (set(occ.essential) | set(occ.optional) if occ else set())


__all__ = ["OfflineResponder", "ProfileChange"]
