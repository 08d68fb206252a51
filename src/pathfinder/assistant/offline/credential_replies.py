"""Answers about one credential from the catalogue: its card, what it needs, what follows it, what
earning it takes, why it was suggested.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pathfinder.assistant import markdown as md
from pathfinder.assistant.concepts import asks_definition
from pathfinder.assistant.course_questions import asked_attributes, asks_fit
from pathfinder.assistant.first_course import FirstCourse, pick_first
from pathfinder.assistant.follow_ons import alike, by_directness, by_goal, higher_on_its_skills, toward
from pathfinder.assistant.followup_words import asks_first_instead, asks_what_if, says_not_taken
from pathfinder.assistant.followups_shown import in_language
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import goal_label, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.key_course import asks_most_important, key_course
from pathfinder.assistant.list_facts import asks_of_the_list
from pathfinder.assistant.offline.mentions import Extreme
from pathfinder.assistant.offline_plans import _Reply, _t
from pathfinder.assistant.picks import in_order, start_of
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.pointing import subject_score, subject_words, subject_words_in_order
from pathfinder.assistant.policy import (
    asks_after,
    asks_how_long,
    asks_order,
    asks_plan_totals,
    asks_remove,
    asks_single_parts,
    asks_skip,
    asks_toward,
    asks_weekly_hours,
    refers_back,
)
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR
from pathfinder.assistant.starting_points import highest_start, teaching_goal
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import DIGCOMP_AREAS, Credential, LearnerProfile, Pathway, SearchFilters, to_eur
from pathfinder.domain.dialogue import DialogueState
from pathfinder.errors import PathfinderError
from pathfinder.planner.audience import course_audience
from pathfinder.planner.gaps import goal_wanted_skills
from pathfinder.planner.level import BELOW_START, MAX_JUMP, starting_level
from pathfinder.planner.stacks import StackSummary, certificate_totals


class CredentialReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

    def _explain(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        intent = "select" if p.intent == "select" else "explain"
        if asks_most_important(p.text) and not p.ordinals and self._listed(state):
            # "welcher Kurs davon ist am wichtigsten?": the entry teaching most of the goal's centre, else
            # (no goal) where to begin; never a course named "Welcher Kurs" (session 20, lead trial 16)
            if key := self._key(state, profile):
                return key
            shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c is not None]
            held = profile.held_credential_ids
            if first := self._plan_start(state) or start_of(shown, self.tools.get, held):
                r = self._card(first, intent)
                r.text = t("start_with", citation=cite(first)) + "\n\n" + r.text
                return r
        if start := self._start(p, state, profile):
            r = self._card(start, intent)
            r.text = t("start_with", citation=cite(start)) + "\n\n" + r.text
            return r
        listed = [c for c in (self.tools.get(i) for i in self._listed(state)) if c is not None]
        if (
            len(listed) > 1
            and asks_of_the_list(p.text)
            and not p.ordinals
            and self._mentioned(p, state) is None
        ):  # "how much are they?": each entry's facts, not the first's
            return self._list_facts(listed, intent)
        missing = self._missing_id(p) if self._mentioned(p, state) is None else None
        if missing:  # "tell me about zz-999": said plainly, never the course in focus instead
            return self._not_in_catalogue(missing, p, intent, profile)
        if self._mentioned(p, state) is None and not p.ordinals and (name := self._missing_name(p)):
            # "and do you also have the AWS Certified Solutions Architect?" with a course in focus: the name
            # asked for is not in the catalogue, said plainly with the closest real ones (never the focus)
            return self._not_in_catalogue(name, p, intent, profile)
        cred = self._target(p, state)
        picked = self._extreme_pick(p, state) if cred is not None and not p.ordinals else None
        # "the cheapest one, is it online?" asks a fact of it: answered below, not with the whole card
        other_facts = set(asked_attributes(p.text, bool(p.languages))) - {"price", "duration", "level"}
        if picked is not None and picked.credential == cred and picked.which != "closest" and not other_facts:
            # "which is the shortest?", "le moins cher ?", "सबसे सस्ता?" over what was shown: the entry, with
            # the figure that picked it and how many state none (session 16, lead trial 11)
            r = self._card(cred, intent)
            r.text = self._extreme_line(picked, len(listed)) + "\n\n" + r.text
            return r
        if cred is None and p.ordinals:
            if self._listed(state):
                return self._which_one(self._listed(state), p.ordinals[0], intent)
            return _Reply(t("need_list"), intent)
        if cred is None and asks_weekly_hours(p.text) and state.shown:
            cred = self.tools.get(state.shown[0])  # "how many hours a week?" after directions: their first
        if cred is None and p.topic:
            if not self.tools.lexicon.is_catalogue_topic(p.topic):
                if state.last_pathway is not None and state.listing in ("pathway", "suggestions"):
                    return self._plan(p, state, profile)  # "what would the whole thing cost?": the plan
                return self._search(p, state, profile)
            cred = self.tools.lexicon.title_in(p.text, self.tools.search(p.topic, SearchFilters(), k=3))
            if cred is None:
                return self._run_search(p.topic, self._filters(p, SearchFilters(), profile), "search")
        cred = cred or self._plan_start(state)
        if cred is None:
            return _Reply(t("need_list"), intent)
        if asks_after(p.text):  # "what comes after it?", "und danach?": what it leads on to, not the card
            after = self._after(cred, intent, p, profile=profile, plan=state.last_pathway)
            asked = tuple(a for a in asked_attributes(p.text, bool(p.languages)) if a != "prerequisites")
            if not asked:
                return after
            # "how much is it and what comes after?": both asked, both answered, the facts first (trial 19)
            facts = self._facts_asked(cred, asked, p, state, profile, intent)
            after.text = facts.text + "\n\n" + after.text
            after.retrieved = list(dict.fromkeys([*facts.retrieved, *after.retrieved]))
            return after
        if asks_single_parts(p.text) and cred.kind != "certificate":
            # "¿puedo hacer los cursos sueltos?" after a list with one certificate: that certificate's
            listed = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
            certificates = [c for c in listed if c.kind == "certificate"]
            cred = certificates[0] if len(certificates) == 1 else cred
        if cred.kind == "certificate" and asks_single_parts(p.text) and (parts := self._parts(cred)):
            # "too expensive, can I take single courses from it?": its courses one by one, each priced
            head = t(
                "parts_single", citation=cite(cred), ects=f"{cred.stack_ects_required or cred.ects or 0:g}"
            )
            ordered = in_order(parts)
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(ordered, 1))
            state_ = {"focus": cred.id, "last_results": tuple(c.id for c in ordered), "listing": "results"}
            return _Reply(
                head + "\n" + lines + "\n\n" + t("search_foot"), intent, state_, retrieved=[cred, *ordered]
            )
        if asks_weekly_hours(p.text) and not p.hours_per_week:  # "how many hours a week would that be?"
            return self._weekly(cred, profile.constraints.hours_per_week, intent)
        if cred.kind == "certificate" and asks_plan_totals(p.text, False):
            return self._to_earn(cred, intent)  # "total cost?" of a certificate: its parts counted
        if p.hours_per_week and asks_how_long(p.text):  # "how long at 6 hours a week?": its weeks
            return self._weeks_at(cred, p.hours_per_week, intent)
        asked = () if asks_fit(p.text) else asked_attributes(p.text, bool(p.languages))
        if asked and asked != ("duration",) and asked != ("prerequisites",):
            # session 15: "is the RGPD one in English?", "is the maths course mandatory?", "c'est quel niveau
            # EQF le premier ?": the facts asked, answered, not the whole card
            return self._facts_asked(cred, asked, p, state, profile, intent)
        if asked == ("prerequisites",):  # "what do I need to know before the GPU one?": what it needs
            r = self._requirements(p, state, profile)
            r.intent = "requirements"
            return r
        if asks_fit(
            p.text
        ):  # "is X a good fit for someone who only knows Excel?": the verdict, what it needs
            r = self._requirements(p, state, profile)
            r.intent = intent
            return r
        if asks_how_long(p.text):  # "how many weeks is the MPI course?", "kitne hafte": its workload in weeks
            # "¿cuántas semanas dura ese?" right after "X needs P first": P, the one just named
            cred = self._just_required(cred, p, state)
            return self._duration(cred, profile.constraints.hours_per_week, intent)
        return self._card(cred, intent)

    def _card_defined(self, p: Parsed, state: DialogueState, named: Credential | None) -> Credential | None:
        """The course whose card the last answer was when the message asks what ECTS or the EQF is ("Was ist
        ein ECTS?", "¿y qué es eso del EQF?", "un ECTS c'est quoi ?", "mikä on ECTS?"), else None: the term
        is then explained for that course. A course named in the message must be that one; a list or a plan
        shown last is no card."""
        if p.ordinals and named is None and asks_definition(p.text) and (self._listed(state) or state.focus):
            # "what does EQF level 5 mean for the third one?" after a plan or a list (session 22): the term
            # explained for the entry numbered
            return self._target(p, state)
        if not state.focus or not state.shown or state.shown[0] != state.focus or p.ordinals:
            return None
        if named is not None and named.id != state.focus or not asks_definition(p.text):
            return None
        return self.tools.get(state.focus)

    def _concept_on_card_reply(self, concepts: tuple[str, ...], cred: Credential) -> _Reply:
        """The terms asked explained (`concept_*`), then the card's lines that state them for `cred`: its
        ECTS (or its workload when it states hours only) and its EQF level."""
        rows = dict(md.fact_rows(cred, self.tools.get))
        keys = {"ects": ("f_ects" if "f_ects" in rows else "f_workload"), "eqf": "f_eqf"}
        lines = [f"- **{t(keys[c])}:** {rows[keys[c]]}" for c in concepts if keys.get(c) in rows]
        told = "\n\n".join(t(f"concept_{c}") for c in concepts)
        text = told + "\n\n" + t("concept_for_card", citation=cite(cred)) + "\n" + "\n".join(lines)
        return _Reply(text, "explain", {"focus": cred.id}, retrieved=[cred])

    def _facts_asked(
        self,
        cred: Credential,
        asked: tuple[str, ...],
        p: Parsed,
        state: DialogueState,
        profile: LearnerProfile,
        intent: str,
    ) -> _Reply:
        """The facts of one credential a question asks about (`course_questions.asked_attributes`), from its
        catalogue record: a yes or no first where the question has one (a language named, mandatory), then
        the card's lines for those facts only. Nothing is saved and nothing is planned."""
        rows = dict(md.fact_rows(cred, self.tools.get))
        said: list[str] = []
        keys: list[str] = []
        nearby: list[Credential] = []
        for fact in asked:
            if fact == "language" and len(p.languages) == 1:  # "in English or only in French?": its languages
                # "can I do it in Finnish?" (session 17): no, it is in English; the closest in Finnish
                answer, nearby = in_language(cred, tuple(p.languages), self.tools)
                said.append(answer)
                continue
            if fact == "credits" and cred.kind == "certificate" and cred.stack_ects_required:
                # "how many ECTS is it?" of a certificate: the ECTS that earn it, not the sum of every part
                total = sum(c.ects or 0.0 for c in self._parts(cred))
                need = cred.stack_ects_required
                more = " " + t("attr_cert_ects_more", total=f"{total:g}") if total > need else ""
                said.append(t("attr_cert_ects", citation=cite(cred), need=f"{need:g}") + more)
                continue
            if fact == "mandatory":
                said.append(self._mandatory(cred, state))
            if fact == "certificate" and cred.kind != "certificate":
                said.append(self._awarded(cred))
            if fact == "digcomp":  # "is it DigComp?": its areas as the catalogue records them, or none
                said.append(self._digcomp_areas_line(cred))
            if fact == "price" and cred.kind == "certificate":  # what earning it costs: its cheapest parts
                said.append(self._to_earn(cred, intent).text)
            if fact == "duration":
                weekly = profile.constraints.hours_per_week
                said.append(self._duration(cred, weekly, intent).text)
            if fact == "start" and not cred.sessions:
                format_ = md.mode(cred.participation) if cred.participation else t("not_stated")
                said.append(t("attr_no_dates", citation=cite(cred), format=format_))
            keys += _FACT_ROWS.get(fact, [])
            if fact == "prerequisites" and not cred.prerequisites:
                said.append(t("req_none"))
        lines = [f"- **{t(k)}:** {rows[k]}" for k in dict.fromkeys(keys) if k in rows]
        text = "\n\n".join(said)
        if lines:
            text += ("\n\n" if text else "") + t("attr_head", citation=cite(cred)) + "\n" + "\n".join(lines)
        retrieved = [cred, *(c for c in (self.tools.get(i) for i in cred.prerequisites) if c)]
        retrieved += [c for c in (self.tools.get(s.target) for s in cred.stacks_into) if c]
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[*retrieved, *nearby])

    def _awarded(self, cred: Credential) -> str:
        """What passing a course gives ("will I get a certificate?", "certificate milega kya?", "¿dan
        certificado?"): its own credential, and the certificates it counts towards (refs18, lead trial 13)."""
        towards = [c for c in (self.tools.get(s.target) for s in cred.stacks_into) if c]
        if not towards:
            return t("attr_awarded_alone", citation=cite(cred))
        return t("attr_awarded", citation=cite(cred), towards="; ".join(cite(c) for c in towards))

    def _digcomp_areas_line(self, cred: Credential) -> str:
        """Whether the catalogue maps a credential to DigComp (session 22, lead trial 17's 19): its areas by
        number and name in the learner's language (`digcomp_area_N`), or that it records none (never a yes
        the catalogue does not hold)."""
        areas = [(a, a.split(".")[0]) for a in cred.digcomp_areas if a.split(".")[0] in DIGCOMP_AREAS]
        if not areas:
            return t("attr_digcomp_none", citation=cite(cred))
        named = "; ".join(f"{a} {t(f'digcomp_area_{main}')}" for a, main in areas)
        return t("attr_digcomp", citation=cite(cred), areas=named)

    def _mandatory(self, cred: Credential, state: DialogueState) -> str:
        """Whether a credential must be taken: in the plan shown, when a later step lists it as a prerequisite
        (else it is there for its skills); outside a plan, only before the courses that list it so."""
        plan = state.last_pathway
        if plan is not None and cred.id in plan.ids:
            needing = [c for c in (self.tools.get(i) for i in plan.ids) if c and cred.id in c.prerequisites]
            if needing:
                later = "; ".join(cite(c) for c in needing)
                return t("attr_required_in_plan", citation=cite(cred), next=later)
            return t("attr_optional_in_plan", citation=cite(cred))
        outside = t("attr_not_in_plan", citation=cite(cred)) + " " if plan is not None and plan.steps else ""
        after = self.tools.leads_to(cred.id)
        if after:
            later = "; ".join(cite(c) for c in after[:4])
            return outside + t("attr_required_for", citation=cite(cred), next=later)
        return outside + t("attr_required_none", citation=cite(cred))

    def _just_required(self, cred: Credential, p: Parsed, state: DialogueState) -> Credential:
        """The one prerequisite P of the credential in focus X when the last answer was X and P ("X needs P
        first") and the message points back ("and before that?", "how long is that one?"): "that" is P, the
        one just named; else X."""
        if (
            cred.id == state.focus
            and len(cred.prerequisites) == 1
            and set(state.shown) == {cred.id, *cred.prerequisites}  # the last answer: X and what it needs
            and refers_back(p.text)
            and not p.ordinals
            and self._mentioned(p, state) is None
        ):
            return self.tools.get(cred.prerequisites[0]) or cred
        return cred

    def _duration(self, cred: Credential, weekly: float | None, intent: str) -> _Reply:
        """How long a credential takes: its hours of study (a certificate: its cheapest parts), in weeks at
        the learner's hours a week when known, else at 5 and 10 hours a week; unknown said plainly."""
        hours = self._to_earn_totals(cred).hours if cred.kind == "certificate" else None
        hours = hours or cred.hours
        if not hours:
            return _Reply(
                t("weeks_at_unknown", citation=cite(cred)), intent, {"focus": cred.id}, retrieved=[cred]
            )
        ects = f"{cred.ects:g}" if cred.ects else "–"
        text = t("duration_of", citation=cite(cred), hours=f"{hours:g}", ects=ects) + " "
        if weekly:
            weeks = math.ceil(hours / weekly)
            text += t("weeks_at", citation=cite(cred), hours=f"{hours:g}", weekly=f"{weekly:g}", weeks=weeks)
        else:
            text += t("duration_pace", five=math.ceil(hours / 5), ten=math.ceil(hours / 10))
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred])

    def _weekly(self, cred: Credential, weekly: float | None, intent: str) -> _Reply:
        """What a credential takes a week: at the learner's hours a week when known (its weeks), else its
        hours at 5 and 10 h/week."""
        hours = (self._to_earn_totals(cred).hours if cred.kind == "certificate" else None) or cred.hours
        if weekly or not hours:
            return self._duration(cred, weekly, intent)
        text = t(
            "weekly_of",
            citation=cite(cred),
            hours=f"{hours:g}",
            five=math.ceil(hours / 5),
            ten=math.ceil(hours / 10),
        )
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred])

    def _fit(self, cred: Credential, profile: LearnerProfile) -> str:
        """Whether a credential suits the learner: a prerequisite not held yet, else its EQF level against the
        level the learner starts at (`planner.level.starting_level`, the planner's own rule: at most one level
        above the start, an introduction well below it is skipped)."""
        held = profile.held_credential_ids
        missing = [c for c in (self.tools.get(i) for i in cred.prerequisites) if c and c.id not in held]
        if missing:
            return t("fit_missing", citation=cite(cred), missing="; ".join(cite(c) for c in missing))
        if cred.eqf_level is None:
            return ""
        levels = {i: c.eqf_level for i in held if (c := self.tools.get(i)) is not None}
        start = starting_level(profile, levels)
        key = (
            "fit_above"
            if cred.eqf_level > start + MAX_JUMP
            else "fit_below"
            if cred.eqf_level <= start - BELOW_START
            else "fit_yes"
        )
        return t(key, citation=cite(cred), level=cred.eqf_level, start=start)

    def _weeks_at(self, cred: Credential, weekly: float, intent: str) -> _Reply:
        """How many weeks a credential takes at the hours a week said (a certificate: its cheapest parts)."""
        hours = self._to_earn_totals(cred).hours if cred.kind == "certificate" else None
        hours = hours or cred.hours
        if not hours:
            return _Reply(
                t("weeks_at_unknown", citation=cite(cred)), intent, {"focus": cred.id}, retrieved=[cred]
            )
        weeks = math.ceil(hours / weekly)
        text = t("weeks_at", citation=cite(cred), hours=f"{hours:g}", weekly=f"{weekly:g}", weeks=weeks)
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred])

    def _after(
        self,
        cred: Credential,
        intent: str,
        p: Parsed | None = None,
        *,
        profile: LearnerProfile | None = None,
        plan: Pathway | None = None,
    ) -> _Reply:
        """What follows a credential: the courses that list it as a prerequisite and what it stacks into; with
        a direction said ("what comes after it if I want to do AI for networks?", "was kommt danach, wenn ich
        Richtung Sicherheit will?"), what follows it toward that first (`follow_ons.toward`), never what it
        requires. With a goal, those adding the goal's missing skills first, and which they add; without
        one, those building most directly on it first (session 24, `_follow_ons_ordered`)."""
        after, toward_goal = self._follow_ons_ordered(cred, profile)
        targets = [c for c in (self.tools.get(s.target) for s in cred.stacks_into) if c]
        direction = (
            (p.goal_english or p.goal_text or p.topic or "") if p is not None and asks_toward(p.text) else ""
        )
        words = subject_words(direction, p.goal_text or "", p.topic) if p is not None and direction else set()
        if words and (toward_it := self._after_toward(cred, [*after, *targets], words)):
            if not (p is not None and (p.goal_english or p.goal_text)):  # the topic's words that led there
                said = [
                    w for w in subject_words_in_order(direction) if subject_score({w}, _texts(toward_it[0]))
                ]
                direction = " ".join(said) or direction
            text = t("after_toward", citation=cite(cred), direction=md.escape_text(direction))
            text += "\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(toward_it, 1))
            text += "\n\n" + t("search_foot")
            state = {"focus": cred.id, "last_results": tuple(c.id for c in toward_it), "listing": "results"}
            return _Reply(text, intent, state, retrieved=[cred, *toward_it])
        if not after and not targets:
            return self._after_leaf(cred, intent, profile, plan)
        shown = [*after[:6], *targets]
        text = t("after_head", citation=cite(cred)) + self._stacking(cred, after=after)
        if toward_goal and profile is not None and profile.goal is not None:
            label = self.tools.taxonomy.label
            items = "; ".join(
                f"{cite(c)} ({', '.join(md.quoted(label(u)) for u in adds[:3])})"
                for c, adds in toward_goal[:3]
            )
            text += "\n\n" + t("after_goal", goal=md.escape_text(goal_label(profile.goal.label)), items=items)
        state = {"focus": cred.id, "last_results": tuple(c.id for c in shown), "listing": "results"}
        return _Reply(text, intent, state, retrieved=[cred, *shown])

    def _follow_ons_ordered(
        self, cred: Credential, profile: LearnerProfile | None
    ) -> tuple[list[Credential], list[tuple[Credential, tuple[str, ...]]]]:
        """The courses that list `cred` as a prerequisite in the order that serves the learner, and those
        adding the goal's missing skills with the skills each adds (session 24, lead's loose end of trial
        19): with a goal, the follow-ons teaching most of what the goal still lacks (the gap's weights,
        essential and goal-named skills counted twice each) first; without one, or when none adds any, by
        how directly they build on it (`follow_ons.by_directness`), never the catalogue's order alone."""
        follows = self.tools.leads_to(cred.id)
        if profile is None or profile.goal is None or len(follows) < 2:
            return by_directness(cred, follows), []
        try:
            gap = self.tools.skill_gap(profile)
        except PathfinderError:  # no gap to read (a goal the taxonomy cannot place): the direct order
            return by_directness(cred, follows), []
        if gap is None:  # a test seam's gap function that gives none
            return by_directness(cred, follows), []
        # essential skills count twice, and those named after the goal (`GapSkill.named`: "cloud security and
        # compliance" for a cloud security engineer) twice again: a course teaching them is about the goal
        wanted = {
            g.uri: g.weight * (2.0 if g.essential else 1.0) * (2.0 if g.named else 1.0) for g in gap.skills
        }
        ranked = by_goal(cred, follows, wanted)
        return [c for c, _ in ranked], [(c, adds) for c, adds in ranked if adds]

    def _after_toward(self, cred: Credential, follows: list[Credential], words: set[str]) -> list[Credential]:
        """Up to three courses that follow `cred` toward a direction's words: what follows it, or its twin,
        three steps on, then courses at or above its level on its skills, those carrying the direction's
        words first."""
        everything = self.tools.credentials()
        twin = next((c for c in alike(cred, everything) if self.tools.leads_to(c.id)), None)
        nexts = [*follows, *(self.tools.leads_to(twin.id) if twin else [])]
        for _ in range(FOLLOW_DEPTH - 1):  # what follows those, and so on
            nexts += [c for f in list(nexts) for c in self.tools.leads_to(f.id) if c not in nexts]
        return toward(cred, nexts, everything, words)[:TOWARD_SHOWN]

    def _after_leaf(
        self,
        cred: Credential,
        intent: str,
        profile: LearnerProfile | None = None,
        plan: Pathway | None = None,
    ) -> _Reply:
        """What follows a credential nothing lists or stacks: on the way to the learner's goal, the plan's
        next steps or the courses teaching what the goal still lacks (`_on_the_way`); else what follows a
        course teaching the same skills (its version in another language), else courses taking its skills
        higher; else said plainly."""
        if (way := self._on_the_way(cred, intent, profile, plan)) is not None:
            return way
        everything = self.tools.credentials()
        twin = next((c for c in alike(cred, everything) if self.tools.leads_to(c.id)), None)
        follows = [c for c in self.tools.leads_to(twin.id) if c.id != cred.id][:6] if twin else []
        head = t("after_alike", citation=cite(cred), twin=cite(twin)) if twin else ""
        if not follows:
            follows, head = higher_on_its_skills(cred, everything), t("after_higher", citation=cite(cred))
        if not follows:
            return _Reply(t("after_none", citation=cite(cred)), intent, {"focus": cred.id}, retrieved=[cred])
        text = head + "\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(follows, 1))
        state = {"focus": cred.id, "last_results": tuple(c.id for c in follows), "listing": "results"}
        return _Reply(text, intent, state, retrieved=[cred, *([twin] if twin else []), *follows])

    def _on_the_way(
        self, cred: Credential, intent: str, profile: LearnerProfile | None, plan: Pathway | None
    ) -> _Reply | None:
        """What follows a course nothing lists as a prerequisite, on the way to the goal (session 29, lead
        trial 24's 08: "what next?" after a one-step plan answered "no course requires it"): the plan's steps
        after it, else the goal's skills still missing once it is done and up to three courses the learner
        may take that teach them (`GapSkill.taught_by`); None without a goal or anything left to say."""
        ids = [s.id for s in plan.steps] if plan is not None else []
        later = [c for c in map(self.tools.get, ids[ids.index(cred.id) + 1 :]) if c] if cred.id in ids else []
        if later:
            text = t("after_plan_steps", citation=cite(cred), first=ids.index(cred.id) + 2)
            text += "\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(later[:4], 1))
            state = {"focus": cred.id, "last_results": tuple(c.id for c in later[:4]), "listing": "results"}
            return _Reply(text, intent, state, retrieved=[cred, *later[:4]])
        if profile is None or profile.goal is None:
            return None
        try:
            gap = self.tools.skill_gap(profile)
        except PathfinderError:
            return None
        if gap is None:
            return None
        taught = {s.uri for s in cred.skills}
        left = sorted(
            (g for g in gap.skills if g.uri not in taught and g.taught_by),
            key=lambda g: (not g.essential, -g.weight),
        )
        picks: list[Credential] = []
        skills: list[str] = []
        for g in left:
            found = [c for c in map(self.tools.get, g.taught_by) if c and c.id != cred.id and c not in picks]
            found = [c for c in found if c.kind != "certificate"] or found
            # a learner's own course, the entry level first (not one on teaching it to adults)
            found.sort(key=lambda c: (course_audience(c).for_educators, c.eqf_level or 9))
            if found:
                skills.append(g.label)
                picks += found[: 3 - len(picks)]
            if len(picks) >= 3:
                break
        if not picks:
            return None
        goal = md.escape_text(goal_label(profile.goal.label))
        text = t(
            "after_gap", citation=cite(cred), goal=goal, skills=", ".join(md.quoted(s) for s in skills[:3])
        )
        text += "\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(picks, 1))
        state = {"focus": cred.id, "last_results": tuple(c.id for c in picks), "listing": "results"}
        return _Reply(text, intent, state, retrieved=[cred, *picks])

    def _to_earn(self, cred: Credential, intent: str) -> _Reply:
        """What earning a certificate takes in all: its own fee and its cheapest parts, hours and price."""
        parts = self._parts(cred)
        totals = certificate_totals(cred, [cred, *parts])
        chosen = [c for c in parts if c.id in totals.parts]
        text = t(
            "to_earn",
            citation=cite(cred),
            n=len(chosen),
            hours=f"{totals.hours:g}",
            cost=md.money(totals.cost_eur),
            parts="; ".join(cite(c) for c in chosen),
        )
        if totals.price_unknown:
            text += " " + t("to_earn_unknown")
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred, *chosen])

    def _card(self, cred: Credential, intent: str) -> _Reply:
        """One credential described from the catalogue: summary, facts, outcomes, stacking."""
        outcomes = (
            f"**{t('learning_outcomes')}:**\n"
            + "\n".join(f"- {md.quoted(o)}" for o in cred.learning_outcomes[:8])
            if cred.learning_outcomes
            else f"**{t('skills_taught')}:** "
            + (", ".join(md.quoted(s.label) for s in cred.skills) or t("not_stated"))
        )
        target = md.link_target(cred)
        extra = f"\n\n[{t('open_page')}]({target}) ({cred.id})" if not target.startswith("#") else ""
        extra += self._stacking(cred)
        summary = (
            cred.description[:400] + ("…" if len(cred.description) > 400 else "")
        ) or f"A {cred.kind} by {cred.provider}."
        text = _t(
            "explain",
            citation=cite(cred),
            summary=_quote(summary),
            facts=md.facts(cred, self.tools.get),
            outcomes=outcomes,
            extra=extra,
        )
        return _Reply(text, intent, {"focus": cred.id}, retrieved=[cred])

    def _stacking(self, cred: Credential, *, after: list[Credential] | None = None) -> str:
        """What the credential stacks into (with each target's total ECTS), what stacks into it and what
        lists it as a prerequisite (`after`: those in the order to show, else the catalogue's)."""
        lines = []
        targets = [c for c in (self.tools.get(s.target) for s in cred.stacks_into) if c]
        if targets:
            lines.append(
                t(
                    "stacks_into",
                    targets="; ".join(
                        f"{cite(c)} ({c.stack_ects_required or c.ects or 0:g} ECTS)" for c in targets
                    ),
                )
            )
        parts = self.tools.parts_of(cred.id)
        if parts:
            total = sum(c.ects or 0 for c in parts)
            lines.append(
                t("stacked_from", parts="; ".join(cite(c) for c in parts[:8])) + f" (Σ {total:g} ECTS)"
            )
        after = self.tools.leads_to(cred.id) if after is None else after
        if after:  # "what can I do after finishing X?"
            lines.append(t("leads_to", next="; ".join(cite(c) for c in after[:6])))
        return "".join("\n\n" + line for line in lines)

    def _why(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        plan = state.last_pathway if state.listing in ("pathway", "suggestions") else None
        named = self._mentioned(p, state) if plan is not None else None
        if plan is not None and plan.steps and not p.ordinals and named is None and asks_order(p.text):
            return self._why_order(plan)  # "why that order?": the plan's sequence, step by step
        cred = self._target(p, state)
        if cred is None and plan is not None and plan.steps:
            return self._why_order(plan)  # "why?" after a plan with nothing pointed at: the plan itself
        if cred is None:
            return _Reply(t("need_list"), "why")
        reasons: list[str] = []
        step = (
            next((s for s in state.last_pathway.steps if s.id == cred.id), None)
            if state.last_pathway
            else None
        )
        head = t("why_head", citation=cite(cred))
        ordered: list[Credential] = []
        if (
            step is not None
            and state.last_pathway is not None
            and state.listing in ("pathway", "suggestions")
        ):
            # session 22 (trial 17's "tell me why the first course comes first"): a step's place in the plan
            # said with a because, from the catalogue: what it requires of the earlier steps, what later steps
            # require of it, or that it needs none of them (so the plan's first step starts for its level)
            head, reasons, ordered = self._why_step_place(cred, state.last_pathway)
            if step.covers:
                reasons.append(
                    t(
                        "why_gap",
                        skills=", ".join(md.quoted(self.tools.taxonomy.label(u)) for u in step.covers[:6]),
                    )
                )
            reasons += [
                md.escape_text(say(r, capital=True)) for r in step.reasons if not r.startswith("covers")
            ]
            reasons.append(t("why_weeks", a=step.start_week, b=step.end_week))
        else:
            matched = set(state.last_query.lower().split()) & set(
                " ".join([cred.title, *(s.label for s in cred.skills), cred.description]).lower().split()
            )
            if matched:
                reasons.append(t("why_search", query=md.escape_text(state.last_query)))
            goal_skills = _goal_skills(profile, self.tools)
            taught = [s.label for s in cred.skills if s.uri in goal_skills]
            if taught:
                reasons.append(t("why_teaches", skills=", ".join(md.quoted(x) for x in taught)))
            if state.last_results and cred.id in state.last_results:
                reasons.append(
                    t("why_rank", n=state.last_results.index(cred.id) + 1, total=len(state.last_results))
                )
        if not reasons:
            reasons.append(t("why_default"))
        return _Reply(
            head + "\n\n" + "\n".join(f"- {r}" for r in reasons),
            "why",
            {"focus": cred.id},
            retrieved=[cred, *ordered],
        )

    def _skip_supposed(
        self, p: Parsed, state: DialogueState, intent: str, named: Credential | None
    ) -> Credential | None:
        """The plan step a "what if I skip the second?" asks about (session 22), else None: read as a skip
        ("skip_step") but asked as a consequence (`followup_words.asks_what_if`), with no done cue, of ONE
        step of the plan shown. Nothing is saved for it: the learner has not said it is done or unwanted."""
        plan = state.last_pathway
        if p.done_cue or not asks_what_if(p.text):
            return None
        left = asks_skip(p.text) or asks_remove(p.text) or says_not_taken(p.text)
        if intent != "skip_step" and not (left and (p.ordinals or named is not None)):
            return None
        if plan is None or not plan.steps or state.listing not in ("pathway", "suggestions"):
            return None
        held = self._held(p, state, named, "skip_step")
        return held if isinstance(held, Credential) and held.id in plan.ids else None

    def _step_first_instead(self, p: Parsed, state: DialogueState, intent: str) -> int | None:
        """Whether a message asks why a later step of the plan shown is not first ("y cant i just do the 2nd
        one first??", "sao khóa thứ hai không học đầu tiên ạ?"; session 22): a step numbered after the first,
        a why or can't with a word of first or order; that step's number (the first word itself is no step),
        else None. The step's place answers it (`_why`)."""
        plan = state.last_pathway
        if plan is None or not plan.steps or state.listing not in ("pathway", "suggestions"):
            return None
        if intent in ("why", "skip_step", "compare") or p.done_cue or not asks_first_instead(p.text):
            return None
        later = [n for n in p.ordinals if 1 < n <= len(plan.steps)]
        return later[0] if later else None

    def _skip_supposed_reply(self, cred: Credential, plan: Pathway) -> _Reply:
        """What skipping one plan step would change, from the catalogue and the plan (session 22): the later
        steps that require it (they could not start without it), else that none does; the goal skills only it
        covers in the plan; then how to drop it for real. The plan and the profile stay as they are."""
        ids = list(plan.ids)
        n = ids.index(cred.id)
        later = [c for c in (self.tools.get(i) for i in ids[n + 1 :]) if c is not None]
        needing = [c for c in later if cred.id in c.prerequisites]
        lines = [
            t("skip_if_needed", after=", ".join(cite(c) for c in needing)) if needing else t("skip_if_free")
        ]
        others = {u for s in plan.steps if s.id != cred.id for u in s.covers}
        alone = [u for u in plan.steps[n].covers if u not in others]
        if alone:
            labels = ", ".join(md.quoted(self.tools.taxonomy.label(u)) for u in alone[:6])
            lines.append(t("skip_if_skills", skills=labels))
        text = (
            t("skip_if_head", citation=cite(cred), n=n + 1)
            + "\n\n"
            + "\n".join(f"- {line}" for line in lines)
            + "\n\n"
            + t("skip_if_tail")
        )
        return _Reply(text, "explain", {"focus": cred.id}, retrieved=[cred, *needing])

    def _why_step_place(self, cred: Credential, plan: Pathway) -> tuple[str, list[str], list[Credential]]:
        """Why a plan's step stands where it does (session 22): the head with a because ("X is step 2 of
        your plan because:"), the order's reasons from the catalogue's prerequisites (the earlier steps it
        requires; the later steps requiring it; else that it needs none of the earlier steps, and what the
        first step has that it has not: a lower EQF level, or the plan's order for the weekly hours), and the
        credentials those reasons cite."""
        ids = list(plan.ids)
        n = ids.index(cred.id)
        steps = [c for c in (self.tools.get(i) for i in ids) if c is not None]
        before = [c for c in steps[:n] if c.id in cred.prerequisites]
        after = [c for c in steps[n + 1 :] if cred.id in c.prerequisites]
        reasons: list[str] = []
        if before:
            reasons.append(t("why_order_needs", before=", ".join(cite(c) for c in before)))
        if after:
            reasons.append(t("why_order_opens", after=", ".join(cite(c) for c in after)))
        cited = [*before, *after]
        if n > 0 and not before and steps:
            first = steps[0]
            if first.eqf_level and cred.eqf_level and first.eqf_level < cred.eqf_level:
                line = t("why_step_could_lower", first=cite(first), a=first.eqf_level, b=cred.eqf_level)
            else:
                line = t("why_step_could_hours", first=cite(first))
            reasons.append(line)
            cited.append(first)
        head = t("why_step_head", citation=cite(cred), n=n + 1, total=len(ids))
        return head, reasons, cited

    def _requirements(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        cred = self._target(p, state) or self._plan_start(state)
        if cred is None:
            # "what do I need to learn?" with no course named or shown: never "no list": the courses on the
            # subject it names, else the plan towards the goal, else where to start
            if p.topic and self.tools.lexicon.is_catalogue_topic(p.topic):
                return self._search(p, state, profile)
            if profile.goal is not None:
                return self._plan(p, state, profile)
            return _Reply(
                t("need_list") + "\n\n" + t("explore", directions=self._directions(profile)),
                "requirements",
                {"opened": True},  # the counsellor's questions: the next message answers them
                retrieved=self._direction_examples(profile),
            )
        if asks_after(p.text):  # "after I finish X, which course next?": what follows it, not what it needs
            return self._after(cred, "requirements", p, profile=profile)
        # "and before that?" right after "what do I need before X?" (answered with X's one prerequisite P):
        # "that" is P, the one just named, so the chain goes one step further back
        cred = self._just_required(cred, p, state)
        held_ids, held_skills = profile.held_credential_ids, profile.held_skill_uris
        lines = []
        for pre in cred.prerequisites:
            c = self.tools.get(pre)
            mark = t("req_hold") if pre in held_ids else ""
            lines.append("- " + t("req_first", c=cite(c) if c else md.escape_text(pre)) + mark)
        for s in cred.prerequisite_skills:
            lines.append(
                "- " + t("req_skill", s=md.quoted(s.label)) + (t("req_hold") if s.uri in held_skills else "")
            )
        if cred.eqf_level:
            lines.append("- " + t("req_eqf", level=cred.eqf_level))
        if not cred.prerequisites and not cred.prerequisite_skills:
            lines.insert(0, "- " + t("req_none"))
        retrieved = [cred, *(c for c in (self.tools.get(i) for i in cred.prerequisites) if c)]
        parts = self._parts(cred)
        text = t("req_head", citation=cite(cred)) + "\n\n" + "\n".join(lines)
        # ("¿qué tengo que hacer antes?" asks what comes before, not whether it is mandatory)
        other = tuple(
            a for a in asked_attributes(p.text, bool(p.languages)) if a not in ("prerequisites", "mandatory")
        )
        if other and not asks_fit(p.text):
            # "how many ECTS is X, and what must I have done before?": the other facts asked first, then what
            # it needs (session 29, the blind sets 23-25)
            facts = self._facts_asked(cred, other, p, state, profile, "requirements")
            text = facts.text + "\n\n" + text
            retrieved += [c for c in facts.retrieved if c not in retrieved]
        if asks_fit(p.text) and (verdict := self._fit(cred, profile)):
            text = verdict + "\n\n" + text  # "is X a good fit for me?": the verdict, then what it needs
        if parts:  # a certificate: what it is built from, prerequisites first
            ordered = in_order(parts)
            text += (
                "\n\n"
                + t("req_order")
                + "\n"
                + "\n".join(f"{n}. {cite(c)}" for n, c in enumerate(ordered, 1))
            )
            retrieved += ordered
        return _Reply(text, "requirements", {"focus": cred.id}, retrieved=retrieved)

    def _key(self, state: DialogueState, profile: LearnerProfile) -> _Reply | None:
        """ "Which of these is the most important?" over a list or plan shown: the course teaching most of the
        goal's skills the learner lacks, its centre first (`key_course`), with those skills; None with no goal
        or when nothing shown teaches one."""
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c is not None]
        wanted = goal_wanted_skills(profile, self.tools.taxonomy)
        held = profile.held_skill_uris
        found = key_course(shown, [u for u in wanted if u not in held])
        if found is None:
            return None
        cred, taught = found
        names = ", ".join(f"“{self.tools.taxonomy.label(u)}”" for u in taught[:3])
        r = self._card(cred, "select")
        r.text = t("key_course", n=str(len(shown)), course=cite(cred), skills=names) + "\n\n" + r.text
        return r

    def _which_first_reply(
        self,
        p: Parsed,
        state: DialogueState,
        profile: LearnerProfile,
        *,
        known: Sequence[str] = (),
        head: str = "first_why_head",
        shown_only: bool = False,
    ) -> _Reply:
        """ "Which one first, and why?" (`first_course`): ONE course from what is in focus - the plan shown,
        the card shown (its prerequisites), the list shown, else the goal's first courses - with the facts
        that put it first; with nothing in focus and no goal, the goal asked in one line. `known`: courses
        the message says the learner holds, left out like those in the profile; `head`: the i18n key of the
        answer's first line and `shown_only` ONE of those shown itself ("pair_pick_head": two just
        compared)."""
        get = self.tools.get
        plan = state.last_pathway if state.listing in ("pathway", "suggestions") else None
        plan_ids = list(plan.ids) if plan is not None and plan.steps and not state.proposal else []
        focus = get(state.focus) if state.focus else None
        new_goal = bool(p.goal_text or p.clause_goal or p.goal_english)
        shown: list[Credential] = []
        if plan_ids and not new_goal:
            shown = [c for c in map(get, plan_ids) if c is not None]
        elif focus is not None and not new_goal:
            shown = self._parts(focus) or [focus]
        elif self._listed(state) and not new_goal:
            # an unsaved proposal's steps and the list shown before it: "which of those first?" is ONE of the
            # courses the learner saw (lead trial 21's 01: the goal's starters gave a course never shown)
            listed = [*self._listed(state), *(state.last_results if state.proposal else ())]
            shown = [c for c in map(get, dict.fromkeys(listed)) if c is not None][:6]
        wanted = goal_wanted_skills(profile, self.tools.taxonomy)
        if not shown and profile.goal is not None:
            # nothing shown: the goal's first courses and the courses teaching its centre
            centre = goal_wanted_skills(profile, self.tools.taxonomy, centre_only=True) or wanted
            teaching = teaching_goal(centre, profile, self.tools.credentials())[:GOAL_TEACHERS]
            shown = list({c.id: c for c in [*self._starters(profile), *teaching, *shown]}.values())
        if not shown and profile.goal is None and new_goal:
            # "a good first course for someone who wants to work in AI?", no goal saved: the first of the
            # subject the message names (lead trial 20's 19)
            shown = self._of_named_subject(p)
        if not shown:
            return _Reply(t("first_ask_goal"), "select", {"opened": True})
        found = self._first_of(
            p,
            profile,
            shown,
            known=known,
            head=head,
            plan=bool(plan_ids) and not new_goal,
            shown_only=shown_only,
        )
        if found is None:  # everything in focus is held: the goal's next courses, else the goal asked
            return _Reply(t("first_ask_goal"), "select", {"opened": True})
        picked, text = found
        r = self._card(picked.course, "select")
        r.text = text + "\n\n" + r.text
        return r

    def _first_of(
        self,
        p: Parsed,
        profile: LearnerProfile,
        shown: Sequence[Credential],
        *,
        known: Sequence[str] = (),
        head: str = "first_why_head",
        plan: bool = False,
        shown_only: bool = False,
    ) -> tuple[FirstCourse, str] | None:
        """ONE course of `shown` to take first (`first_course.pick_first`, a plan's steps when `plan`) and
        the lines that say it and why; None when everything shown is held."""
        get = self.tools.get
        wanted = goal_wanted_skills(profile, self.tools.taxonomy)
        limit = profile.constraints.max_eqf
        cap = highest_start(profile) if limit is None else min(limit, highest_start(profile))
        money = profile.constraints
        budget = None if money.budget is None else to_eur(money.budget, money.currency)
        prefer = "free" if p.max_cost == 0 or "cheaper" in p.refinements else None
        prefer = "shortest" if "shorter" in p.refinements else prefer
        picked = pick_first(
            shown,
            get=get,
            wanted=wanted,
            held_skills=profile.held_skill_uris,
            held_ids={*profile.held_credential_ids, *known},
            level_cap=cap,
            start=starting_level(profile),
            limit=limit,
            budget_eur=budget,
            prefer=prefer,
            plan=plan,
            shown_only=shown_only,
            label=self.tools.taxonomy.label,
        )
        if picked is None:
            return None
        reasons = picked.reasons or ((("pair_why_alike", {}),) if shown_only else ())
        lines = "\n".join(f"- {t(key, **values)}" for key, values in reasons)
        text = t(head, citation=cite(picked.course)) + ("\n" + lines if lines else "")
        if picked.left_out:
            titles = ", ".join(f"“{md.escape_text(c.title)}”" for c in picked.left_out[:2])
            text += "\n\n" + t("first_left_out", titles=titles)
        return picked, text

    def _of_named_subject(self, p: Parsed) -> list[Credential]:
        """The entries closest to the goal or subject a message names (its English), above the relevance
        floor."""
        subject = p.goal_english or p.clause_goal or p.goal_text or ""
        hits = self.tools.search_hits(subject, None, k=6) if subject else []
        return [h.credential for h in hits if h.score >= RELEVANCE_FLOOR]

    def _extreme_line(self, picked: Extreme, shown: int) -> str:
        """ "The cheapest of the 5 shown is X: PLN 900 (≈ EUR 207)." and how many state no such value."""
        c, which = picked.credential, picked.which
        if which in ("cheapest", "dearest"):
            eur = self._price_to_earn(c)
            native = c.cost is not None and c.kind != "certificate" and (c.currency or "EUR") != "EUR"
            figure = md.money(c.cost, c.currency or "EUR") if native else md.money(eur, "EUR")
            if native and eur:
                figure += f" (≈ {md.money(round(eur), 'EUR')})"
            unknown_key = "extreme_unknown_price"
        elif which in ("shortest", "longest"):
            figure, unknown_key = f"{c.hours:g} h" if c.hours else "?", "extreme_unknown_hours"
        else:
            figure, unknown_key = f"EQF {c.eqf_level}" if c.eqf_level else "EQF ?", "extreme_unknown_level"
        text = t(f"extreme_{which}", n=str(max(shown, 1)), course=cite(c), figure=figure)
        if picked.unknown:
            text += " " + t(unknown_key, k=str(picked.unknown))
        return text

    def _price_to_earn(self, cred: Credential) -> float | None:
        """A course's price; a certificate's own fee with its cheapest parts (None when not known): a
        certificate with no fee of its own is not the cheapest entry of a list."""
        if cred.kind != "certificate":
            return cred.cost_eur
        totals = self._to_earn_totals(cred)
        return totals.cost_eur if totals.complete and not totals.price_unknown else None

    def _to_earn_totals(self, cred: Credential) -> StackSummary:
        """What earning a certificate takes: its own fee and hours with its cheapest parts'."""
        return certificate_totals(cred, [cred, *self._parts(cred)])

    def _within_price(self, cred: Credential, max_cost: float) -> bool:
        price = self._price_to_earn(cred)
        return price is not None and price <= max_cost

    def _parts(self, cred: Credential) -> list[Credential]:
        """The courses a certificate is built from (none for a course)."""
        return self.tools.parts_of(cred.id)


# the card's lines that answer each fact asked about (`md.fact_rows` keys)
def _texts(c: Credential) -> list[str]:
    """A credential's title, skill labels and description: what a subject said is looked for in."""
    return [c.title, *(s.label for s in c.skills), c.description]


GOAL_TEACHERS = 8  # courses teaching the goal's centre weighed for "which first?" when nothing is in focus
FOLLOW_DEPTH = 3  # steps of "what follows" searched for one toward a direction
TOWARD_SHOWN = 3  # courses that follow one toward a direction: the nearest few, not a catalogue page
_FACT_ROWS = {
    "language": ["f_languages"],
    "format": ["f_participation", "f_next"],
    "price": ["f_price"],
    "credits": ["f_workload", "f_ects"],
    "level": ["f_eqf"],
    "prerequisites": ["f_prereq"],
    "certificate": ["f_provider", "f_eqf", "f_assessment", "f_qa", "f_stacks"],
    "provider": ["f_provider"],
    "start": ["f_next"],
    "duration": [],
    "mandatory": [],
    "assessment": ["f_assessment", "f_participation"],
    "digcomp": [],
}


def _quote(text: str) -> str:
    """Catalogue text shown as a quotation, so it reads as the provider's words, not the assistant's."""
    return "\n".join("> " + md.escape_text(line) for line in text.strip().splitlines() if line.strip())


def _goal_skills(profile: LearnerProfile, tools: AssistantTools) -> set[str]:
    if profile.goal is None:
        return set()
    occ = tools.taxonomy.occupation(profile.goal.occupation_uri) if profile.goal.occupation_uri else None
    return set(profile.goal.skills) | (
        set(occ.essential) | set(occ.optional) | set(occ.central) if occ else set()
    )
