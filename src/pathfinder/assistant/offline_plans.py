"""The offline responder's pathway handlers (plan, skip a step, apply the planner's suggestion) and the reply
record and template helper that every offline handler shares."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field

from pathfinder.assistant import markdown as md
from pathfinder.assistant import suggestions
from pathfinder.assistant.area_refinement import sells_online
from pathfinder.assistant.conversation_language import implied
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import counted, current, goal_label, long_date, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.introductions import introduction_text
from pathfinder.assistant.llm import prompts
from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.labels import goal_words
from pathfinder.assistant.nlu.understand import names_only_the_field, names_something
from pathfinder.assistant.picks import start_of
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.pointing import named_by_subject, on_subject, subject_words
from pathfinder.assistant.policy import (
    asks_after,
    asks_left,
    asks_remove,
    asks_skip,
    excluded_subject,
    excludes_subject,
    names_certificate,
    refers_back,
)
from pathfinder.assistant.profile_changes import (
    RELEVANCE_FLOOR,
    STARTER_SHARE,
    area_skills,
    link_goal,
    weak_area,
)
from pathfinder.assistant.tools import AssistantTools, avoided_now
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Relaxation, SearchFilters, to_eur
from pathfinder.domain.dialogue import DialogueState, ProfileChange, apply_changes
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import money_text
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.errors import PlanningError
from pathfinder.planner.gaps import study_languages
from pathfinder.planner.relax_languages import plausible
from pathfinder.planner.stacks import certificate_totals


def _names_the_certificate(text: str, cert: Credential) -> bool:
    """Whether a message speaks of a certificate as one ("the HPC certificate", "HPC সার্টিফিকেট") or writes
    its whole title ("el Experto Universitario en Análisis de Datos"), not only its subject."""
    said = set(normalise_label(text).split())
    title = {w for w in normalise_label(cert.title).split() if len(w) >= 4}
    return names_certificate(text) or bool(title) and title <= said


ENGLISH_SHARE = 0.5  # English offered when its plan covers at least this share of the best other language's


# a budget proposal this many times the learner's own budget is no help: nothing on the goal fits it
# (session 29, lead trial 24's 01: INR 5,000 met "a budget of INR 106,637")
FAR_OVER_BUDGET = 5.0


@dataclass
class _Reply:
    text: str
    intent: str
    state: dict = field(default_factory=dict)
    pathway: Pathway | None = None
    filters: SearchFilters | None = None
    query: str | None = None
    retrieved: list[Credential] = field(default_factory=list)
    changes: list[ProfileChange] = field(
        default_factory=list
    )  # proposed by the handler (an applied suggestion)
    preview: bool = False  # the plan shown adds a language the learner has not accepted yet


# "to get there", "dahin", "llegar ahí", "y arriver", "sinne", "đến đó", "वहाँ तक", "সেখানে": the credential
# in focus; and "up to" it ("bis zu dem Zertifikat", "hasta ese", "jusqu'à celui-là", "sinne asti", "us course
# tak", "ওই কোর্স পর্যন্ত", "đến được khóa đó"; session 19)
_THERE = re.compile(
    r"\bthere\b|\bdahin\b|\bdorthin\b|\bah[ií]\b|\ball[ií]\b|\by arriver\b|\bsinne\b|đến đó|den do|"
    r"वहाँ|वहां|wahan|সেখানে|sekhane|"
    r"\bbis zu(?:m|r)?\b|\bhasta\b|\bjusqu|\basti\b|\btak\b|तक|পর্যন্ত|porjonto|đến được|den duoc",
    re.IGNORECASE,
)


def aims_there(text: str) -> bool:
    """Whether a message speaks of getting "there" ("a plan to get there", "bau mir einen Weg dahin"): the
    credential in focus is where the plan leads."""
    return bool(_THERE.search(text))


def _t(name: str, **values: object) -> str:
    return prompts.render(f"offline/{name}", **values)


def summary(pathway: Pathway) -> str:
    """A plan in one line for before/after comparisons: steps, hours, price, weeks."""
    tot = pathway.totals
    return t(
        "plan_summary",
        steps=counted("n_steps", len(pathway.steps)),
        hours=f"{tot.hours:g}",
        cost=md.money(tot.cost, tot.currency),
        weeks=tot.weeks,
    )


class PlanHandlers:
    """Mixed into `OfflineResponder`, which provides `tools` and the `_mentioned`/`_by_ordinal` look-ups."""

    tools: AssistantTools

    def _plan(
        self,
        p: Parsed,
        state: DialogueState,
        profile: LearnerProfile,
        excluded: tuple[str, ...] | None = None,
        intent: str = "plan",
        note: str = "",
        strategy: str = "balanced",
    ) -> _Reply:
        excluded = state.pathway_excluded if excluded is None else excluded
        if excluded:
            prefs = profile.preferences.model_copy(
                update={"rejected": tuple(dict.fromkeys((*profile.preferences.rejected, *excluded)))}
            )
            profile = profile.model_copy(update={"preferences": prefs})
        target = self._plan_target(p, state, profile) if intent == "plan" else None
        if target is not None:
            # "a plan towards the HPC certificate", "a plan to get there" about the course in focus: the
            # credential (a certificate: its courses) must be in the plan; with no goal yet, its skills are
            # the goal
            parts = self._parts(target) or [target]  # type: ignore[attr-defined]
            prefs = profile.preferences.model_copy(
                update={"pinned": tuple(dict.fromkeys((*profile.preferences.pinned, *(c.id for c in parts))))}
            )
            profile = profile.model_copy(update={"preferences": prefs})
            if profile.goal is None:
                skills = tuple(dict.fromkeys(s.uri for c in parts for s in c.skills))
                profile = profile.model_copy(update={"goal": Goal(label=target.title, skills=skills)})
        held = profile.held_skill_uris
        topic_goal = self._topic_goal(p, state, held=held) if profile.goal is None else None
        if topic_goal is not None:  # "plan it" after "I want to learn HPC": the topic's skills are the goal
            profile = apply_changes(profile, [topic_goal])
            assert topic_goal.goal is not None
            note += t("topic_goal", goal=md.escape_text(goal_label(topic_goal.goal.label))) + "\n\n"
        if profile.goal is None:
            return _Reply(
                note + t("ask_goal", directions=self._directions(profile)),
                intent,
                retrieved=self._direction_examples(profile),
            )
        goal = profile.goal
        if goal.occupation_uri is None and not goal.skills and goal.label:
            # a goal in words only (an imported profile: no occupation, no skills): linked as the chat links
            # one, then planned; when nothing fits, what the catalogue has on it (never the planner's "set a
            # target occupation" meant for the command line)
            linked, said = link_goal(goal.label, self.tools, profile)
            if linked is None or linked.goal is None:
                found = self._run_search(goal.label, SearchFilters(), intent)  # type: ignore[attr-defined]
                found.text = note + found.text
                return found
            profile = apply_changes(profile, [linked])
            topic_goal = linked  # saved with the plan, like a goal taken from the conversation
            note += said + "\n\n"
        try:
            pathway = self.tools.plan(profile, strategy)
        except PlanningError as e:
            return _Reply(t("no_goal", message=md.escape_text(str(e))), intent)
        if avoided := avoided_now():
            # "without programming" (session 16): the plan without the entries that teach or need it when it
            # still has steps; else the plan as it is (a preference, not a limit)
            rejected = tuple(dict.fromkeys((*profile.preferences.rejected, *sorted(avoided))))
            kept_out = profile.model_copy(
                update={"preferences": profile.preferences.model_copy(update={"rejected": rejected})}
            )
            with suppress(PlanningError):
                without = self.tools.plan(kept_out, strategy)
                if without.steps:
                    pathway, profile = without, kept_out
        # a follow-up to a plan previewed with another language ("too long", "skip the first") keeps it
        kept = state.preview_language if state.preview_language not in study_languages(profile) else None
        best = kept if kept is not None and not pathway.steps else _best_language(pathway, profile)
        currency = profile.constraints.currency or "EUR"
        preview = None
        if not pathway.steps and best is not None:
            preview = self._with_language(profile, pathway, best, strategy)
            if best not in ("en", kept) and (
                english := self._english_nearly(profile, pathway, preview, strategy)
            ):
                best, preview = "en", english
        limit = None
        limit_language = None  # the previewed language the limit's plan keeps (one lead-in says both)
        if not pathway.steps and preview is None:
            limit = self._with_limit(profile, pathway, strategy)
            # nothing with the previewed language (or the best one to add) alone either: the language and the
            # planner's best single change together ("courses in English and a budget of EUR 450")
            extra = kept if kept is not None else best
            if limit is None and extra is not None:
                wider = profile.model_copy(update={"languages": (*study_languages(profile), extra)})
                with suppress(PlanningError):
                    limit = self._with_limit(wider, self.tools.plan(wider, strategy), strategy)
                if limit is not None:
                    limit_language = extra
        if limit is not None and self._far_over_budget(profile, limit):
            # "budget is 5000 rupees only": a proposal of INR 106,637 is no help; said plainly, with the
            # free or cheapest courses on the goal to start from (session 29, lead trial 24's 01)
            return self._nothing_near_budget(note, profile, pathway, excluded, intent, topic_goal)
        if not pathway.steps and not pathway.uncovered and not pathway.relaxations:
            # nothing missing: what the learner holds covers the goal ("I did the last one")
            return _Reply(
                note + t("gap_closed", goal=md.escape_text(goal_label(pathway.goal_label))),
                intent,
                {"last_pathway": pathway, "pathway_excluded": excluded, "listing": "pathway"},
                pathway=pathway,
                changes=[topic_goal] if topic_goal is not None else [],
            )
        if not pathway.steps and preview is None and limit is None:
            text = note + t("no_steps", goal=md.escape_text(goal_label(pathway.goal_label)))
            text += "".join(f"\n- {suggestions.line(r, currency)}" for r in pathway.relaxations)
            if not pathway.relaxations:  # why nothing fits when no limit is to blame (the level rule): say so
                text += "".join(f"\n\n> {md.escape_text(say(n))}" for n in pathway.notes)
            widen = [r for r in pathway.relaxations if r.constraint == "languages" and r.values]
            if widen:  # another language only when the learner says so (issue 14): ask, "yes" applies it
                text += "\n\n" + t("ask_widen_languages", languages=md.languages(widen[0].values))
            closest = self._closest(profile)
            if closest:  # never a dead end: what comes nearest, to read about or to relax a limit for
                text += "\n\n" + t("closest_courses") + "\n"
                text += "\n".join(md.credential_line(n, c) for n, c in enumerate(closest, 1))
            shown = {"last_results": tuple(c.id for c in closest), "focus": None}  # "is that one recognised?"
            if widen:  # the one change asked about: what "yes" or "ok, do that" applies
                shown["offer"] = widen[0]
            return _Reply(
                text,
                intent,
                {"last_pathway": pathway, "pathway_excluded": excluded, "listing": "pathway", **shown},
                pathway=pathway,
                retrieved=closest,
                changes=[topic_goal] if topic_goal is not None else [],
            )
        if preview is not None and best is not None:
            # nothing in the learner's languages: the plan with the single best language added, shown as a
            # proposal (the profile keeps its languages until the learner says yes, issue 14)
            note += (
                t(
                    "lang_none",
                    have=md.languages(study_languages(profile)),
                    goal=md.escape_text(goal_label(pathway.goal_label)),
                )
                + " "
                + t("lang_preview", best=md.languages((best,)))
                + "\n\n"
            )
            pathway = preview
        if limit is not None:
            # nothing within the limits: the plan with the planner's single best change, as a proposal
            change = suggestions.line(limit.relaxations[0], currency, covers=False)
            note += t("no_steps", goal=md.escape_text(goal_label(pathway.goal_label))) + " "
            if limit_language is not None:  # one "(not saved yet)" lead-in for the language and the change
                note += t("lang_limit_preview", best=md.languages((limit_language,)), change=change) + "\n\n"
            else:
                note += t("limit_preview", change=change) + "\n\n"
            pathway = limit
        text = note + self._pathway_text(
            pathway, currency, skip_languages=best is not None, skip_all=limit is not None
        )
        offer = None  # the one change the reply ends asking about ("Shall I add German?")
        if best is not None and limit_language is None:
            text += "\n\n" + t("lang_ask", best=md.languages((best,)))
            offer = suggestions.language_offer(pathway.relaxations, best)
        elif limit is not None:  # with a language too: "yes" applies the change, the language is asked next
            text += "\n\n" + t("limit_ask", change=change)
        retrieved = [c for c in (self.tools.get(i) for i in pathway.ids) if c]
        widened = best if preview is not None else (limit_language or kept) if limit is not None else None
        return _Reply(
            text,
            intent,
            {
                "last_pathway": pathway,
                "pathway_excluded": excluded,
                "listing": "pathway",
                "focus": None,
                "preview_language": widened,
                "offer": offer,
                "proposal": preview is not None or limit is not None,
            },
            pathway=pathway,
            retrieved=retrieved,
            changes=[topic_goal] if topic_goal is not None else [],
            # a plan previewed with another language (alone or with a change) says so in its lead-in: no
            # "only courses in <the conversation's language>" note next to it
            preview=preview is not None or limit_language is not None,
        )

    def _plan_target(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> Credential | None:
        """The credential a plan request aims at: one it names ("a plan towards the HPC certificate"), or the
        one in focus when the message says "there" ("a plan to get there") or, with no goal yet, "it"."""
        if p.done_cue or p.refinements or asks_skip(p.text):
            return None
        if (aimed := self._list_entry_planned_to(p, state)) is not None:  # type: ignore[attr-defined]
            return aimed  # "make me a plan to get to the GPU one" after a list: that entry (session 20)
        named = self._mentioned(p, state) or self._certificate_by_subject(p)  # type: ignore[attr-defined]
        if named is not None and named.kind == "certificate" and _names_the_certificate(p.text, named):
            # "make me a plan to get the HPC certificate", "quiero sacarme el Experto Universitario en
            # Análisis de Datos": that certificate and what it needs first, whatever goal the words link
            return named
        if (
            named is not None
            and state.focus in (None, named.id)
            and (_THERE.search(p.text) or refers_back(p.text))
        ):
            return named  # "make me a plan to get to the HPC one" with that course in focus (lead trial 14)
        wish = set(normalise_label(p.goal_text or p.clause_goal or "").split())
        if named is not None and wish <= set(normalise_label(named.title).split()):
            return named  # the goal words, if any, are the course's title ("a roadmap towards Data Mining")
        if wish:
            return None
        there = bool(_THERE.search(p.text))  # "to get there": explicitly the one in focus, whatever the goal
        if state.focus and (there or (profile.goal is None and refers_back(p.text))):
            return self.tools.get(state.focus)
        return None

    def _far_over_budget(self, profile: LearnerProfile, limit: Pathway) -> bool:
        """Whether the single change proposed is a budget many times the learner's own (`FAR_OVER_BUDGET`)."""
        change = limit.relaxations[0] if limit.relaxations else None
        budget = profile.constraints.budget
        if change is None or change.constraint != "budget" or not budget:
            return False
        try:
            return float(change.needed) >= FAR_OVER_BUDGET * budget
        except (TypeError, ValueError):
            return False

    def _nothing_near_budget(
        self,
        note: str,
        profile: LearnerProfile,
        pathway: Pathway,
        excluded: tuple[str, ...],
        intent: str,
        topic_goal: ProfileChange | None,
    ) -> _Reply:
        """Nothing on the goal within a budget far below its courses: said plainly with the budget, then the
        free or cheapest courses on the goal to begin with (in the learner's languages when any is near)."""
        currency = profile.constraints.currency or "EUR"
        goal = md.escape_text(goal_label(pathway.goal_label))
        budget = money_text(profile.constraints.budget or 0.0, currency)
        text = note + t("budget_far", goal=goal, budget=budget)
        cheapest = self._cheapest_on_goal(profile)
        if cheapest:
            text += "\n\n" + t("budget_far_start") + "\n"
            text += "\n".join(md.credential_line(n, c) for n, c in enumerate(cheapest, 1))
        return _Reply(
            text,
            intent,
            {
                "last_pathway": pathway,
                "pathway_excluded": excluded,
                "listing": "pathway",
                "last_results": tuple(c.id for c in cheapest),
                "focus": None,
            },
            pathway=pathway,
            retrieved=cheapest,
            changes=[topic_goal] if topic_goal is not None else [],
        )

    def _cheapest_on_goal(self, profile: LearnerProfile) -> list[Credential]:
        """Up to three courses the learner may take (their languages and other hard limits, not the budget:
        `GapSkill.taught_by`) that teach the goal's essential skills, the free and cheapest first, then those
        teaching more of them, then the lowest level; a certificate is earned, not begun."""
        try:
            gap = self.tools.skill_gap(profile)
        except PlanningError:
            return []
        if gap is None:
            return []
        essential = [g for g in gap.skills if g.essential] or list(gap.skills)
        teaches: dict[str, int] = {}
        for g in essential:
            for cid in g.taught_by:
                teaches[cid] = teaches.get(cid, 0) + 1
        # on the goal's subject: teaching at least half as many of its skills as the course teaching most
        # (one generic skill, "monitor system performance", makes no MLOps course a cloud course)
        floor = max(teaches.values(), default=0) / 2
        found = [
            c
            for c in map(self.tools.get, teaches)
            if c is not None
            and teaches[c.id] >= floor
            and c.kind != "certificate"
            and c.id not in profile.held_credential_ids
            and c.cost_eur is not None
        ]
        found.sort(key=lambda c: (c.cost_eur or 0.0, -teaches[c.id], c.eqf_level or 0))
        # a list "to start with" names what can be begun now, as "which of those first?" picks it
        # (`picks.start_of`: a warehouse-design course needing data modelling first: data modelling)
        starts: list[Credential] = []
        for c in found:
            start = start_of([c], self.tools.get, profile.held_credential_ids) or c
            if start.id not in {s.id for s in starts}:
                starts.append(start)
        return starts[:3]

    def _closest(self, profile: LearnerProfile) -> list[Credential]:
        """Up to three catalogue entries nearest the goal (in the learner's languages when they have any),
        for a reply whose plan came out empty."""
        goal = profile.goal
        if goal is None:
            return []
        label = self.tools.taxonomy.label
        query = " ".join([goal.label, *(label(u) for u in goal.skills[:4])]).strip()
        langs = study_languages(profile)
        anywhere = [h for h in self.tools.search_hits(query, None, k=3) if h.score >= RELEVANCE_FLOOR]
        floor = max(RELEVANCE_FLOOR, STARTER_SHARE * max((h.score for h in anywhere), default=0.0))
        filters = SearchFilters(languages=langs) if langs else SearchFilters()
        # in the learner's languages when nearly as relevant as the best anywhere (a Spanish data course is
        # no near miss for a cybersecurity goal), else the nearest in any language
        hits = [h for h in self.tools.search_hits(query, filters, k=3) if h.score >= floor] or anywhere
        return [h.credential for h in hits if h.credential.id not in profile.held_credential_ids]

    def _topic_goal(
        self, p: Parsed, state: DialogueState, *, held: Iterable[str] = ()
    ) -> ProfileChange | None:
        """A goal made of the skills the catalogue teaches on what the learner said they want to learn (this
        message, else earlier ones), when no occupation was linked; None when nothing relevant is found, or
        when its words only name skills the learner holds (`held`: "only I know Linux" then "3 h a week":
        Linux is held, no goal of it)."""
        held = frozenset(held)
        topic = p.topic if self.tools.lexicon.is_catalogue_topic(p.topic) else ""  # not "hazme el plan"
        for said in (p.goal_text, p.clause_goal, topic, state.topic, state.last_query):
            if not said or not said.strip() or not names_something(said):
                continue  # "give me a learning path": learning itself is no goal
            if sells_online(f"{said} online"):
                continue  # selling online: no course teaches it, said so (`profile_changes`, session 21)
            # "an ninh mạng" -> "cybersecurity": the goal named in the catalogue's terms
            terms = english(said, current(), only_terms=True) if current() != "en" else None
            text = terms or said
            # a word naming a skill held is no part of it ("cloud Linux" from one who knows Linux: "cloud")
            words = [w for w in text.split() if not self._names_held_skill(w, held)]
            if not words:
                continue
            text = " ".join(words)
            if set(self.tools.lexicon.untaught_words(text)) & vocab.OTHER_FIELDS:
                return (
                    None  # "digital marketing": a subject no entry teaches, no goal of its neighbours' words
                )
            lang = "en" if terms else current()  # the language of `text`
            # the learner's words may miss an English title: its meaning finds it
            meant = self.tools.by_meaning(text, None, k=2) if current() != "en" else []
            skills = area_skills(text, self.tools, also=meant)
            # "health informatics" after the catalogue said it has little on it, "computer" (the whole field):
            # no goal of the skills its weak matches teach (session 17: it planned "Staying Safe Online" and
            # said "100 % covered")
            # ("I'm ok with computers, I did a bit of excel": without the skill held, only the field is left)
            field_only = names_only_the_field(said, current()) or names_only_the_field(text, lang)
            if not skills or field_only or weak_area(text, self.tools) is not None:
                continue
            # the learner's subject in clean words (`nlu.labels`), never a skill of the catalogue's matches
            # (session 17: "free 6 h" after a search made 'instructional design models' the goal) nor a long
            # bag of an opener's leftover words ('team cloud linux')
            label = goal_words(text, (), lang)
            if label is None or len(label.split()) > (8 if lang == "vi" else 4):  # Vietnamese: syllables
                # a long aim in English ("cfd simulations code slow performance engineering clusters"): its
                # glossary terms ("performance engineering"), when it has a few
                found = english(said, "en", only_terms=True) if lang == "en" else None
                label = goal_words(found, (), "en") if found else None
            if label is None or len(label.split()) > (8 if lang == "vi" else 4):
                continue
            goal = Goal(label=label, skills=tuple(skills))
            return ProfileChange(kind="set_goal", summary=f"Goal: {label}", goal=goal)
        return None

    def _names_held_skill(self, word: str, held: frozenset[str]) -> bool:
        hit = self.tools.lexicon.skill_hit(word)
        return hit is not None and hit.uri in held

    def _with_language(
        self, profile: LearnerProfile, pathway: Pathway, best: str, strategy: str
    ) -> Pathway | None:
        """The plan with `best` added to the languages the learner studies in, carrying that one relaxation
        (so a "yes" applies it); None when it has no steps either."""
        have = study_languages(profile)
        wider = profile.model_copy(update={"languages": tuple(dict.fromkeys((*have, best)))})
        try:
            planned = self.tools.plan(wider, strategy)
        except PlanningError:
            return None
        if not planned.steps:
            return None
        offer = Relaxation(
            constraint="languages",
            current=",".join(have),
            needed=best,
            message=f"Allow courses in {language_name(best)}.",
            coverage_after=planned.coverage,
        )
        return planned.model_copy(update={"relaxations": (offer,)})

    def _english_nearly(
        self, profile: LearnerProfile, pathway: Pathway, other: Pathway | None, strategy: str
    ) -> Pathway | None:
        """The plan with English added when it covers at least half of what the plan with the planner's
        language covers: English, in which most of a catalogue is taught, is the likelier second language
        of a learner writing in Bengali than Spanish is (a Bengali accountant offered a Spanish data-analyst
        plan because it covered a little more was seen in a trial; at 90 % English lost)."""
        if "en" in study_languages(profile):
            return None
        english = self._with_language(profile, pathway, "en", strategy)
        if english is None:
            return None
        return english if other is None or english.coverage >= ENGLISH_SHARE * other.coverage else None

    def _with_limit(self, profile: LearnerProfile, pathway: Pathway, strategy: str) -> Pathway | None:
        """The plan with the planner's first single (not joint) suggestion applied, carrying only it (so a
        "yes" applies it); None when there is none or it plans nothing either."""
        first = next((r for r in pathway.relaxations if r.constraint != "languages" and not r.joint), None)
        if first is None:
            return None
        change, skipped = suggestions.change_for(profile, (first,))
        if change is None or skipped:
            return None
        try:
            planned = self.tools.plan(apply_changes(profile, [change]), strategy)
        except PlanningError:
            return None
        if not planned.steps:
            return None
        return planned.model_copy(
            update={"relaxations": (self._budget_shown(profile, planned, first, strategy),)}
        )

    def _budget_shown(
        self, profile: LearnerProfile, planned: Pathway, first: Relaxation, strategy: str
    ) -> Relaxation:
        """A budget suggestion restated as what the plan shown costs when that is less (the suggestion prices
        the plan for the whole goal; with no deadline the plan offered is the one within two years): "a budget
        of EUR 483", not "EUR 1,933", over a plan of EUR 483 (session 15). Kept when the cheaper budget would
        plan other steps."""
        cost, currency = math.ceil(planned.totals.cost), profile.constraints.currency
        if first.constraint != "budget" or planned.totals.currency != currency or cost >= float(first.needed):
            return first
        cheaper = first.model_copy(update={"needed": float(cost), "message": "", "coverage_after": None})
        change, skipped = suggestions.change_for(profile, (cheaper,))
        if change is None or skipped:
            return first
        try:
            same = self.tools.plan(apply_changes(profile, [change]), strategy).ids == planned.ids
        except PlanningError:
            return first
        return cheaper if same else first

    def _pathway_text(
        self, pathway: Pathway, currency: str, skip_languages: bool = False, skip_all: bool = False
    ) -> str:
        label = self.tools.taxonomy.label
        uncovered = (
            f"\n**{t('not_covered')}:** "
            + ", ".join(
                f"{md.quoted(label(u.uri))} ({md.escape_text(say(u.reason))})" for u in pathway.uncovered[:8]
            )
            + "\n"
            if pathway.uncovered
            else ""
        )
        others = [
            r
            for r in pathway.relaxations
            if not skip_all and not (skip_languages and r.constraint == "languages")
        ]
        relax = (
            f"\n**{t('to_cover_more')}:**\n"
            + "\n".join(f"- {suggestions.line(r, currency)}" for r in others)
            + "\n"
            if others
            else ""
        )
        notes = (
            "\n" + "\n".join(f"> {md.escape_text(say(n))}" for n in pathway.notes) + "\n"
            if pathway.notes
            else ""
        )
        intro = t(
            "pathway_intro",
            goal=md.escape_text(goal_label(pathway.goal_label)) or "…",
            steps=counted("n_steps", len(pathway.steps)),
            strategy=t(f"s_{pathway.strategy}"),
        )
        return "\n\n".join(
            (
                intro,
                md.pathway_steps(pathway, label, self.tools.get),
                f"**{t('total')}:** {md.totals(pathway)}\n{uncovered}{relax}{notes}".rstrip(),
                t("pathway_foot"),
            )
        )

    def _replan(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """A follow-up to a plan ("cheaper?", "only online", "what if 2 h a week", "by June"): plan again with
        it and say what changed."""
        before = state.last_pathway
        strategy = (
            "cheapest"
            if "cheaper" in p.refinements
            else "fastest"
            if "shorter" in p.refinements
            else before.strategy
            if before is not None
            else "balanced"
        )
        what = _what_changed(p, strategy)
        r = self._plan(p, state, profile, intent="refine", strategy=strategy)
        if r.pathway is not None and before is not None:
            diff = (
                t("replan_was", before=summary(before))  # nothing fits now: no "Now: 0 steps, 0 h, free"
                if before.steps and not r.pathway.steps
                else t("replan_diff", before=summary(before), after=summary(r.pathway))
                if summary(before) != summary(r.pathway) or before.ids != r.pathway.ids
                # "auf Deutsch?" and the plan already in German: said that nothing more in it fills the gap
                else t("replan_same_language", languages=md.languages(p.languages))
                if p.languages and r.pathway.uncovered
                else t("replan_same")
            )
            unchanged = bool(r.pathway.steps) and before.ids == r.pathway.ids and diff == t("replan_same")
            if unchanged and strategy == "cheapest" and "cheaper" in p.refinements:
                # "anything cheaper?" over a plan that is already the cheapest (lead trial 14, t14-04): said,
                # with what is cheaper towards the goal, never only "the plan stays the same"
                diff, found = self._cheaper_than_cheapest_plan(r.pathway, profile)
                r.retrieved = [*r.retrieved, *found]
            elif unchanged and strategy == "fastest" and "shorter" in p.refinements:
                diff = self._faster_than_fastest_plan(r.pathway, profile)
            r.text = t("replan", what=what) + " " + diff + "\n\n" + r.text
        return r

    def _cheaper_than_cheapest_plan(
        self, pathway: Pathway, profile: LearnerProfile
    ) -> tuple[str, list[Credential]]:
        """What to say when "cheaper?" re-plans to the same plan (session 19, refine19): that it is already
        the cheapest the planner makes; the entries it leaves out that teach a skill of its goal and cost
        less than its dearest step (those teaching most of its skills first, then the cheapest; at most
        three, in the learner's languages, no certificate: a certificate costs what its courses cost); the
        plan within about half its price when one exists; and the question which step to make cheaper."""
        tot = pathway.totals
        said = [
            t(
                "replan_cheapest_already",
                goal=md.escape_text(goal_label(pathway.goal_label)) or "…",
                cost=md.money(tot.cost, tot.currency),
                pct=round(pathway.coverage * 100),
            )
        ]
        gap = {u for s in pathway.steps for u in s.covers} | {u.uri for u in pathway.uncovered}
        dearest = max((to_eur(s.cost, tot.currency) or 0.0) for s in pathway.steps)
        langs = set(study_languages(profile) or (current(), "en"))
        held = {h.id for h in profile.credentials}
        ranked = []
        for c in self.tools.credentials():
            price = c.cost_eur
            if c.id in pathway.ids or c.id in held or c.kind == "certificate" or price is None:
                continue
            if price >= dearest or (c.languages and not langs & set(c.languages)):
                continue
            teaches = gap & {ref.uri for ref in c.skills}
            if teaches:
                ranked.append((-len(teaches), price, c.id, c))
        found = [c for *_, c in sorted(ranked)[:3]]
        if found:
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
            said.append(t("replan_cheaper_ways") + "\n" + lines)
        budget = math.floor(tot.cost / 2 / 50) * 50
        if budget > 0:
            limits = profile.constraints.model_copy(
                update={"budget": float(budget), "currency": tot.currency}
            )
            with suppress(PlanningError):
                smaller = self.tools.plan(profile.model_copy(update={"constraints": limits}), "cheapest")
                if smaller.steps and smaller.ids != pathway.ids:
                    said.append(_cheaper_plan(pathway, smaller, md.money(budget, tot.currency)))
                    if smaller.coverage >= pathway.coverage:
                        said.pop(0)  # it covers as much for less: this plan is no cheapest one (trial 21)
        said.append(t("replan_cheaper_which"))
        return "\n\n".join(said), found

    def _faster_than_fastest_plan(self, pathway: Pathway, profile: LearnerProfile) -> str:
        """What to say when "faster?" re-plans to the same plan (session 19, refine19): that it is already the
        fastest at the learner's weekly hours, the plan with half as many hours again a week when it ends
        sooner, and that a step already known can be left out."""
        hours = profile.constraints.hours_per_week
        if not hours:
            return t("replan_same") + " " + t("replan_faster_which")
        said = [t("replan_fastest_already", hours=f"{hours:g}", weeks=pathway.totals.weeks)]
        more = min(80.0, float(math.ceil(hours * 1.5)))
        limits = profile.constraints.model_copy(update={"hours_per_week": more})
        with suppress(PlanningError):
            sooner = self.tools.plan(profile.model_copy(update={"constraints": limits}), "fastest")
            if sooner.steps and sooner.totals.weeks < pathway.totals.weeks:
                said.append(t("replan_faster_hours", hours=f"{more:g}", summary=summary(sooner)))
        said.append(t("replan_faster_which"))
        return "\n\n".join(said)

    def _skip(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        subject = self._introduction_subject(p, state, self._mentioned(p, state))
        if subject is not None and state.last_pathway is not None:
            # "I already did an intro to cyber security, can we drop it?" (session 27, lead trial 22's 04): a
            # beginner's level, no step marked done, no course recorded; which step it may stand for and why
            steps = [c for c in (self.tools.get(s.id) for s in state.last_pathway.steps) if c]
            return _Reply(introduction_text(steps, subject), "skip_step", retrieved=steps)
        if (
            state.last_pathway is not None
            and state.last_pathway.steps
            and asks_remove(p.text)
            and not p.done_cue
        ):
            return self._remove(p, state, profile)
        cred = self._held(p, state, self._mentioned(p, state), "skip_step")
        if cred is None:
            if state.last_pathway is None or not state.last_pathway.steps:
                # "I already have a CCNA, what's next for network automation?" with no plan: nothing to skip;
                # what it says (the goal, skills, a credential the catalogue lacks) is answered instead
                if p.goal_text or p.skills or p.topic:
                    return self._explore(p, state, profile)
                return _Reply(t("no_pathway"), "skip_step")
            if p.ordinals:
                size = len(state.last_pathway.steps)
                return _Reply(t("no_number", n=p.ordinals[0], size=size), "skip_step")
            # "is there anything I can skip? I already know basic Python": no step named; the plan re-run
            # with what the learner holds now (skills just said are in `profile`: steps teaching only those
            # drop out), and the question which step, so the plan stays in view (never only a question)
            return self._plan(
                p,
                state,
                profile,
                state.pathway_excluded,
                "skip_step",
                t("which_step") + self._candidates(p, state) + "\n\n",
                strategy=state.last_pathway.strategy,
            )
        creds = cred if isinstance(cred, list) else [cred]
        if state.last_pathway is None or not state.last_pathway.steps:
            # no plan to re-run: the course is held from now on, and said so (never "I re-planned")
            kept = "\n\n".join(t("held_kept", citation=cite(c)) for c in creds)
            if len(creds) == 1 and asks_left(p.text) and (cert := self._certificate_of(creds[0], state)):
                # "I already did the intro course, what's left?" of a certificate in view: its other parts
                left = self._left_of_certificate(cert, profile.held_credential_ids | {creds[0].id})
                return _Reply(
                    kept + "\n\n" + left.text, "skip_step", left.state, retrieved=[*creds, *left.retrieved]
                )
            if len(creds) == 1 and asks_after(p.text):
                # "I already did the intro one, what next?": held, and what follows it (trial 15)
                after = self._after(creds[0], "skip_step", p, profile=profile)
                return _Reply(kept + "\n\n" + after.text, "skip_step", after.state, retrieved=after.retrieved)
            return _Reply(kept, "skip_step", {"focus": creds[0].id}, retrieved=creds)
        note = "".join(t("held_replan", citation=cite(c)) + "\n\n" for c in creds)
        excluded = tuple(i for i in state.pathway_excluded if i not in {c.id for c in creds})
        return self._plan(
            p, state, profile, excluded, "skip_step", note, strategy=state.last_pathway.strategy
        )

    def _certificate_of(self, held: Credential, state: DialogueState) -> Credential | None:
        """The certificate `held` counts towards that the conversation is about: the one in focus or listed,
        else the first it stacks into; None when it counts towards none."""
        targets = [s.target for s in held.stacks_into]
        in_view = [i for i in (state.focus, *state.last_results) if i in targets]
        if not in_view and state.focus and (focus := self.tools.get(state.focus)) is not None:
            # the certificate just talked about, though the course held is only its prerequisite
            in_view = [focus.id] if focus.kind == "certificate" else []
        cert = self.tools.get((in_view or targets or [""])[0])
        return cert if cert is not None and cert.kind == "certificate" else None

    def _left_of_certificate(self, cert: Credential, held: frozenset[str]) -> _Reply:
        """What remains to earn a certificate once the `held` courses count: the cheapest other parts that
        reach its ECTS, their hours and price (`certificate_totals`), listed."""
        parts = self.tools.parts_of(cert.id)
        totals = certificate_totals(cert, [cert, *parts], held)
        chosen = [c for c in parts if c.id in totals.parts]
        need = cert.stack_ects_required or 0.0
        have = sum(
            s.ects or c.ects or 0.0
            for c in parts
            if c.id in held
            for s in c.stacks_into
            if s.target == cert.id
        )
        if not chosen:
            return _Reply(
                t("cert_left_none", citation=cite(cert)), "skip_step", {"focus": cert.id}, retrieved=[cert]
            )
        text = t(
            "cert_left",
            citation=cite(cert),
            have=f"{have:g}",
            need=f"{need:g}",
            n=len(chosen),
            hours=f"{totals.hours:g}",
            cost=md.money(totals.cost_eur),
        )
        text += "\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(chosen, 1))
        state = {"focus": cert.id, "last_results": tuple(c.id for c in chosen), "listing": "results"}
        return _Reply(text, "skip_step", state, retrieved=[cert, *chosen])

    def _remove(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """'Remove the math course', 'without the French one': the step left out of the plan (not held, so
        what needs it may go too) and the plan re-run, saying what changed."""
        assert state.last_pathway is not None
        steps = [c for c in (self.tools.get(s.id) for s in state.last_pathway.steps) if c]
        if excludes_subject(p.text) and not p.ordinals:
            # "drop anything about machine learning", "bitte nichts mit Netzwerken": every step on it, and the
            # catalogue's courses whose titles name it, left out; or said that none is about it (trial 21)
            return self._without_subject(p, state, profile, steps)
        pathway_state = state.model_copy(update={"listing": "pathway"})
        cred = self._mentioned(p, pathway_state) or (
            self._by_ordinal(pathway_state, p.ordinals[0]) if p.ordinals else None
        )
        removed = [cred] if cred is not None and cred in steps else step_named(p, steps)
        focus = self.tools.get(state.focus) if state.focus else None
        if not removed and focus is not None and focus in steps:
            removed = [focus]  # "drop that one" after "what's the most expensive step?" showed it
        if not removed and (extreme := self._extreme(p, pathway_state)) in steps:
            removed = [extreme]  # "drop the most expensive step", "skip the longest one" (lead trial 11)
        if not removed:
            # "den Cloud-Kurs kann ich weglassen" of four cloud courses: which one, with those it could be
            return _Reply(t("which_remove") + self._candidates(p, pathway_state), "skip_step")
        excluded = tuple(dict.fromkeys((*state.pathway_excluded, *(c.id for c in removed))))
        if len(removed) == 1:
            note = t("removed_replan", citation=cite(removed[0])) + "\n\n"
        else:
            note = t("removed_replan_many", citations=", ".join(cite(c) for c in removed)) + "\n\n"
        reply = self._plan(p, state, profile, excluded, "refine", note, strategy=state.last_pathway.strategy)
        return self._what_took_its_place(reply, note, removed, p, state.last_pathway)

    def _without_subject(
        self, p: Parsed, state: DialogueState, profile: LearnerProfile, steps: list[Credential]
    ) -> _Reply:
        """The plan re-run without every step on the subject a message rules out (and without the courses
        whose titles name it, so none comes back in their place), saying which left; or that no step is
        about it, the plan kept."""
        assert state.last_pathway is not None
        # the words after "nichts mit", "drop anything about" first: the topic reading may have dropped them
        said = excluded_subject(p.text)
        subject = english(p.text, p.lang, only_terms=True) or said or p.topic
        if not subject_words(subject, said.replace("-", ""), p.topic):
            # no subject word caught ("nichts mit E-Mail bitte": "e-mail" is no subject word): which step,
            # asked, never "no step is about it" (the lead's browser check, session 25)
            return _Reply(t("which_remove"), "skip_step")
        # "E-Mail" without its hyphen too ("Email and Collaboration ..."), then as written
        topics = [x for x in dict.fromkeys((said.replace("-", ""), said)) if x] or [p.topic]
        topic = next((x for x in topics if on_subject(p.text, x, p.lang, steps)), topics[-1])
        gone = on_subject(p.text, topic, p.lang, steps)
        # none in the plan: the plan kept as it is (the others are no steps of it)
        others = on_subject(p.text, topic, p.lang, self.tools.credentials()) if gone else []
        excluded = tuple(dict.fromkeys((*state.pathway_excluded, *(c.id for c in (*gone, *others)))))
        if gone:
            note = t(
                "removed_subject", subject=md.escape_text(subject), citations=", ".join(cite(c) for c in gone)
            )
        else:
            note = t("removed_subject_none", subject=md.escape_text(subject))
        return self._plan(
            p, state, profile, excluded, "refine", note + "\n\n", strategy=state.last_pathway.strategy
        )

    def _what_took_its_place(
        self, reply: _Reply, note: str, removed: list[Credential], p: Parsed, before: Pathway
    ) -> _Reply:
        """A step left out and the plan re-run says what changed: the steps new to the plan ("In its place:
        ..."), or that none came; and a format asked for that the step already had ("swap the last one for
        something online" of an online step: "It was already online"; refs23, lead trial 18)."""
        if reply.pathway is None or not reply.pathway.steps or len(removed) != 1 or note not in reply.text:
            return reply
        old = set(before.ids)
        added = [c for c in (self.tools.get(s.id) for s in reply.pathway.steps) if c and c.id not in old]
        said = ""
        if (mode := removed[0].participation) and mode in p.participation:
            said = t("swap_already", mode=t(f"mode_{mode}")) + " "
        said += (
            t("swap_in_place", citations=", ".join(cite(c) for c in added))
            if added
            else t("swap_nothing_in_place")
        )
        reply.text = reply.text.replace(note, note.rstrip("\n") + " " + said + "\n\n", 1)
        return reply

    def _apply_suggestion(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """Proposes the planner's suggestion the learner picked as a constraint change and re-plans with
        it."""
        relaxations = state.last_pathway.relaxations if state.last_pathway is not None else ()
        currency = profile.constraints.currency or "EUR"
        if not relaxations and state.offer is None:
            return _Reply(t("no_suggestion"), "apply_suggestion")
        chosen = suggestions.pick(
            relaxations, p.text, p.ordinals, p.languages, p.participation, offered=state.offer
        )
        if not chosen:
            return _Reply(
                t("which_suggestion", suggestions=suggestions.numbered(relaxations, currency)),
                "apply_suggestion",
                {"listing": "suggestions"},
            )
        if not suggestions.is_joint(chosen):
            chosen = suggestions.narrowed(chosen, p.languages, p.participation)
        change, skipped = suggestions.change_for(profile, chosen)
        left_out = "".join(
            "\n- " + t("suggestion_skipped", what=suggestions.line(r, currency)) for r in skipped
        )
        if change is None:
            return self._plan(
                p, state, profile, intent="apply_suggestion", note=t("suggestion_already") + left_out + "\n\n"
            )
        together = t("suggestion_together") if suggestions.is_joint(chosen) and len(chosen) > 1 else ""
        applied = "; ".join(suggestions.line(r, currency, covers=False) for r in chosen if r not in skipped)
        note = t("suggestion_applied", summary=applied, together=together)
        r = self._plan(
            p,
            state,
            apply_changes(profile, [change]),
            intent="apply_suggestion",
            note=note + left_out + "\n\n",
        )
        r.changes = [change]
        return r


def _cheaper_plan(pathway: Pathway, smaller: Pathway, budget: str) -> str:
    """The plan within a smaller budget said beside the cheapest plan (lead trial 21's 16 and 19 said "this
    is already the cheapest" and then a cheaper plan, a contradiction): a cheaper plan covers fewer skills,
    how many fewer and which it leaves out; when it covers as many, that it does, for less."""
    values = {"budget": budget, "summary": summary(smaller), "pct": round(smaller.coverage * 100)}
    if smaller.coverage >= pathway.coverage:
        return t("replan_cheaper_as_much", **values)
    before = {u.uri for u in pathway.uncovered}
    left = [u.label for u in smaller.uncovered if u.uri not in before]
    skills = ", ".join(md.quoted(x) for x in left[:4]) + (" …" if len(left) > 4 else "")
    return t("replan_cheaper_budget", **values, was=round(pathway.coverage * 100), skills=skills or "…")


def step_named(p: Parsed, steps: list[Credential]) -> list[Credential]:
    """The plan steps a removal names by subject or language when it names no title: "the math course" (a
    title word the message's word begins: Mathematics, `pointing.named_by_subject`), "the French one" (the
    steps taught only in French); none unless exactly one subject or language picks them."""
    if p.languages:
        by_language = [c for c in steps if c.languages and set(c.languages) <= set(p.languages)]
        if by_language:
            return by_language
    named = named_by_subject(p.text, p.topic, p.lang, steps)
    return named if len(named) == 1 else []


def _best_language(pathway: Pathway, profile: LearnerProfile) -> str | None:
    """The single language to offer when the learner's own languages limit the plan: English when the
    planner's language relaxations name it (most of a catalogue is), else the first one named that they can
    plausibly accept (a language their profile lists); None when the learner set their study languages
    explicitly (a choice, asked about, never previewed), when no language relaxation helps, or when only a
    third language would (session 17: a Vietnamese writer's German cloud plan; it is asked about, with the
    nearest courses in their languages, never previewed as their plan)."""
    if profile.constraints.languages or not implied():
        return None
    spoken = study_languages(profile)
    named = [
        v
        for r in pathway.relaxations
        if r.constraint == "languages"
        for v in r.values
        if plausible((v,), spoken)
    ]
    if not named and not pathway.steps and "en" not in study_languages(profile):
        # no single change the planner names (its relaxations try one limit at a time): English, the language
        # most of a catalogue is taught in, is still tried as the proposal (`_with_language` keeps it only
        # when it gives steps)
        return "en"
    return ("en" if "en" in named else named[0]) if named else None


def _what_changed(p: Parsed, strategy: str) -> str:
    """The follow-up's change in a few words (units and codes, so they read in any language)."""
    bits = []
    if p.hours_per_week is not None:
        bits.append(f"{p.hours_per_week:g} h/{t('w_week')}")
    if p.deadline is not None:
        bits.append(f"{t('w_deadline')} {long_date(p.deadline)}")
    if p.budget is not None:
        bits.append(f"{t('w_budget')} {md.money(p.budget, p.currency or 'EUR')}")
    if p.max_cost == 0:
        bits.append(md.money(0))
    if p.languages or p.spoken_languages:
        bits.append(md.languages(tuple(dict.fromkeys((*p.languages, *p.spoken_languages)))))
    if p.participation:
        bits.append(", ".join(p.participation))
    if strategy != "balanced" or not bits:
        bits.append(f"{t('w_strategy')}: {t(f's_{strategy}')}")
    return ", ".join(bits)
