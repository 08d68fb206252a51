"""The offline responder: intent and slot extraction, the tools, and Markdown from prompts/offline/ templates.

Needs no model and no network. Each intent has one handler returning a `_Reply` (the pathway handlers are in
`offline_plans.py`); `reply()` adds the profile changes the message proposes, runs the grounding check and
records the dialogue state for follow-ups.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from pathfinder.assistant import markdown as md
from pathfinder.assistant import workload
from pathfinder.assistant.clarify import way_out
from pathfinder.assistant.concepts import asked_concepts, asks_difference, ects_conversion
from pathfinder.assistant.conversation_language import (
    adds_language,
    conversation_language,
    languages_implied,
    leaning_to,
    learner_language,
    limits_language,
    other_language_note,
    other_language_steps,
    preference_note,
    widened,
)
from pathfinder.assistant.dead_ends import acts
from pathfinder.assistant.gap_question import asks_gap, asks_how_long
from pathfinder.assistant.grounding import cite, course_names, ground, subject_of_course_phrase
from pathfinder.assistant.i18n import SERVED, and_list, counted, current, goal_label, replying_in, t
from pathfinder.assistant.intents import Parsed, is_bare_yes
from pathfinder.assistant.lexicon import stem
from pathfinder.assistant.list_facts import asks_of_the_list
from pathfinder.assistant.nlu import act_features, act_model, joint, vocab
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.slots import says_years, tokens
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.occupation_difference import (
    asks_nearer,
    compared_occupations,
    difference_text,
    nearer_text,
    nearest_notes,
    picked,
)
from pathfinder.assistant.offline_plans import PlanHandlers, _Reply, _t
from pathfinder.assistant.picks import asks_closest, asks_hardest, hardest, in_order, start_of
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.policy import (
    asks_after,
    asks_any_courses,
    asks_easiest,
    asks_everything,
    asks_language_of_one,
    asks_most,
    asks_order,
    asks_plan_totals,
    asks_quantity,
    asks_remove,
    asks_start,
    decide,
    lists,
    names_certificate,
    of_those,
    picks_among,
    refers_back,
    starts_client_plan,
    states_limit,
    worries_too_late,
)
from pathfinder.assistant.profile_changes import (
    FOREIGN_WORDS_FLOOR,
    NOTHING_NEAR,
    RELEVANCE_FLOOR,
    STARTER_SHARE,
    changes_from,
    merge_pending,
)
from pathfinder.assistant.summaries import asks_end_level, end_level, list_totals
from pathfinder.assistant.tools import AssistantTools
from pathfinder.assistant.workload import asks_hours_needed
from pathfinder.domain import Credential, LearnerProfile, Occupation, SearchFilters
from pathfinder.domain.credentials import to_eur
from pathfinder.domain.dialogue import Answer, DialogueState, History, ProfileChange, apply_changes
from pathfinder.domain.filters import matches
from pathfinder.domain.pathways import Pathway
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.gaps import study_languages
from pathfinder.planner.stacks import StackSummary, certificate_totals

ANONYMOUS = LearnerProfile(id="anonymous")
# a phrase marked as one course ("the Parallel Programming one", "Parallel Programming वाला कोर्स", "... wala",
# "...-এর কোর্সটা"): a title's words there name that course, not a skill
_ONE_MARK = re.compile(r"\bthe [\w -]+ one\b|वाला|वाली|वाले|\bwala\b|\bwali\b|কোর্সটা|কোর্সটি", re.IGNORECASE)
# a single course pointed at: a kind word in the singular next to its name ("khóa Spreadsheets", "the SCORM
# course", "el de minería", "der Virtualisierungskurs", "MPI-kurssi", "... কোর্সটা")
# one course pointed at: "the X course", "der X-Kurs", "el de X", "le cours de X" (a bare "cours for cyber" or
# "courses on X" asks for a subject, not one course)
_ONE_COURSE = re.compile(
    r"\b(?:the|this|that|der|den|dem|das|diesen|zum|im|beim|vom|el|ese|este|del|al|le|ce|cette|du|au)\s+"
    r"(?:[\w-]+\s+){0,3}"
    r"(?:course|kurs|curso|cours|formation)\b|\b(?:kurssi\w*|khóa|khoá|el de|la de|le cours)\b|\w+kurs\b|"
    r"-kurssi|कोर्स|কোর্স",
    re.IGNORECASE,
)
# a title introduced by an article and a course word ("im Kurs Penetration Testing Grundlagen", "the course
# Data Warehouse Design"): two of its words there name that course as "the ... one" does
_TITLED = re.compile(
    r"\b(?i:the|this|that|der|den|dem|im|zum|beim|vom|el|ese|este|en el|le|ce|au|du)\s+"
    r"(?i:course|kurs|curso|cours|formation)\s+[A-Z]",
)
_ABOUT_ONE = ("explain", "requirements", "why", "compare", "skip_step", "select")
_TOPICAL = ("set_goal", "plan", "search", "explore", "state_skills", "set_constraints")
_NOT_A_CONCEPT_QUESTION = ("plan", "refine", "compare", "requirements", "skip_step", "apply_suggestion")


class OfflineResponder(PlanHandlers):
    mode: Literal["offline", "llm"] = "offline"

    def __init__(self, tools: AssistantTools, today: Callable[[], date] = date.today) -> None:
        self.tools = tools
        self.today = today

    # ------------------------------------------------------------------------------------------ entry
    def reply(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Answer:
        history = history or History()
        state = history.state
        earlier = [t.text for t in reversed(history.turns) if t.role == "user"][:3]
        known = state.language or conversation_language("", earlier)
        p = understand(message, self.today(), known)
        named = self.tools.lexicon.titles_in(message, self.tools.lexicon_credentials)
        if not named:  # a title typed with a typo ("Penetration Testing Fundations") is quoted all the same
            near = self.tools.get(self.tools.lexicon.find_title(message) or "")
            named = [near] if near is not None and _quotes_title(message, near.title) else []
        names = course_names(message)  # "habt ihr den AWS Certified Solutions Architect?": a name, not German
        if named or (names and p.lang != known):
            # course titles are in their own language: the learner's words around them decide
            p.lang = _own_words_language(message, named, known, names) or p.lang
        lang = p.lang if p.lang in SERVED else (known if known in SERVED else "en")
        asked = _asked_language(p)
        if asked is not None:  # "in English please" in a French conversation: reply in English from now on
            lang = asked
        with replying_in(lang):
            return self._reply(message, p, lang, history, profile or ANONYMOUS, p.lang or known)

    def _reply(
        self,
        message: str,
        p: Parsed,
        lang: str,
        history: History,
        profile: LearnerProfile,
        spoken: str | None,
    ) -> Answer:
        state = history.state
        previous = history.turns[-1].answer if history.turns else None
        offered = previous is not None and previous.pathway is not None and bool(previous.pathway.relaxations)
        suggestions_open = state.last_pathway is not None and bool(state.last_pathway.relaxations)
        named = self._mentioned(p, state)
        topical = bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic)
        shown_something = state.last_pathway is not None or bool(state.last_results)
        if (
            p.denied_languages
            and not p.languages
            and not p.spoken_languages
            and named is None
            and shown_something
        ):
            # "without the French ones", "I don't speak German" about a plan or list shown: the languages
            # allowed so far, less those (a first statement leaves the conversation's language rule alone)
            allowed = self._allowed_without(
                apply_changes(profile, state.pending), state, lang, p.denied_languages
            )
            p.languages = allowed
        spoken_only = bool(
            p.spoken_languages
            and not p.languages
            and limits_language(p.text)
            and named is None
            and state.listing == "results"
            and state.last_results
        )
        if spoken_only:
            # "she only speaks Spanish actually" about a list shown: the list in those languages (what is
            # spoken is noted as well, below; the act stays the statement of a limit)
            p.languages = tuple(p.spoken_languages)
        names_job = bool(p.goal_english) and self.tools.lexicon.occupation(p.goal_english) is not None
        shown = bool(state.last_results or state.focus) or (
            state.last_pathway is not None and bool(state.last_pathway.steps)
        )
        has_goal = apply_changes(profile, state.pending).goal is not None or bool(
            state.topic and (p.plan_cue or dict(p.ranked).get("plan", 0.0) >= 0.3)
        )
        seen = dict(
            named=named is not None, topical=topical, names_job=names_job, shown=shown, has_goal=has_goal
        )
        searched = bool(state.last_query) and state.listing == "results"
        record = act_features.record(
            p, state, **seen, searched=searched, suggestions_open=suggestions_open, offered=offered,
            bare_yes=False, previous_intent=previous.intent if previous else None,
            turn=sum(t.role == "user" for t in history.turns),
        )  # fmt: skip
        joint.settle(p, **seen, searched=searched)
        intent = (
            ("apply_suggestion" if offered and suggestions_open else "smalltalk")
            if is_bare_yes(message)
            else act_model.second_opinion(  # the learned act where the rules are not sure (nlu.act_gate)
                record,
                p.predicted,
                decide(
                    p,
                    state,
                    suggestions_open=suggestions_open,
                    named=named is not None,
                    topical=topical,
                    has_goal=has_goal,
                    names_job=names_job,
                ),  # fmt: skip
                p.embedding,
            )
        )
        if (
            previous is not None
            and previous.intent == "set_goal"
            and intent in ("explain", "select")
            and named is None
            and not p.ordinals
            and asks_quantity(p.text)
            and len(p.text.split()) <= 8
            and not _asked_for_a_course(history)
        ):
            # "wie lange dauert das?" right after the goal was set: how long the way there takes, the plan
            # (not the card of the first course suggested with the goal)
            intent = "plan"
        two_titles = len(self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)) >= 2
        if (
            intent in ("explain", "search", "select", "explore", "smalltalk", "out_of_scope")
            and not p.done_cue
            and two_titles
        ):
            intent = "compare"  # two catalogue titles named in one question: what tells them apart
        jobs_compared = None if two_titles else compared_occupations(p.text, self._occupation_named)
        if jobs_compared is not None:  # "¿diferencia entre un administrador de redes y un ingeniero…?"
            intent = "explain"  # a question about two jobs: neither becomes the goal nor the job held
            p.goal_text = p.clause_goal = p.goal_english = p.current_role = p.clause_role = None
        offered_jobs = [o for u in state.compared if (o := self.tools.taxonomy.occupation(u)) is not None]
        nearer_asked = len(offered_jobs) == 2 and jobs_compared is None and asks_nearer(p.text)
        chosen_job = (
            picked(p.text, p.ordinals, offered_jobs)
            if offered_jobs and jobs_compared is None and not nearer_asked
            else None
        )
        if chosen_job is not None:  # "ok analyst then": the job picked from the two just compared
            intent, p.goal_text, p.goal_english, p.ordinals = (
                "set_goal",
                chosen_job.label,
                chosen_job.label,
                (),
            )
        elif nearer_asked:  # "which is easier to get into?": about the two jobs, no search
            intent = "explain"
            p.goal_text = p.clause_goal = p.goal_english = None
        plan_shown = state.last_pathway is not None and state.listing in ("pathway", "suggestions")
        if (
            p.budget is None
            and p.max_cost
            and (intent == "set_constraints" or intent == "refine" and plan_shown)
        ):
            # "he can't pay much, 500 euros max" about a plan or as a limit: the budget, not a price filter,
            # in the currency said ("tối đa 10 triệu": VND 10,000,000, not its EUR 360)
            p.budget, p.currency = p.price_ceiling or (p.max_cost, "EUR")
        held = self._held(p, state, named, intent)
        before = apply_changes(profile, state.pending)
        # "any of them in German?" about a list: a question of the list, not the learner's study languages
        filtering = _filters_list(p, state, named is not None)
        # "is that one in English?": a question of one entry, not the learner's study languages either
        of_one = asks_language_of_one(p, state, named is not None)
        said = dataclasses.replace(p, languages=[]) if filtering or of_one else p
        changes, change_text = changes_from(said, self.tools, before, intent, held)
        changes, change_text = self._added_languages(changes, change_text, p, state, before, spoken)
        state = state.model_copy(update={"pending": merge_pending(state.pending, changes), "language": lang})
        provisional = apply_changes(profile, state.pending)
        leaning = leaning_to(provisional, spoken)
        after_search = (
            provisional.goal is None
            and intent == "set_constraints"
            and p.hours_per_week is not None
            and bool(state.topic or state.last_query)
        )
        if after_search:  # "10 h/week until end of next year": the words left over ("end") are no subject
            p.topic, p.goal_text, p.clause_goal = "", None, None
        ready = provisional.constraints.hours_per_week is not None and (
            provisional.goal is not None
            # "je peux y consacrer 2h par jour" after a search for training in a subject: the plan on it
            or after_search
            and self._topic_goal(p, state) is not None
        )
        # skills said after a plan change what it must teach: the plan re-run with them (not "say plan")
        planning_facts = any(c.kind in ("set_goal", "set_constraints") for c in changes) or (
            intent == "state_skills" and plan_shown and any(c.kind == "add_skills" for c in changes)
        )
        if (
            p.hours_per_week
            and asks_how_long(p.text)
            and (focused := self.tools.get(state.focus) if state.focus else None) is not None
            and not plan_shown
            and named in (None, focused)
        ):
            # "and how long at 6 hours a week?" about the course shown: its weeks at that pace, not a plan
            r = self._weeks_at(focused, p.hours_per_week, "explain")
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            intent in ("set_goal", "set_constraints", "state_skills")
            and change_text
            and ready
            and planning_facts
        ):
            # goal and weekly time both known, one of them just said: a counsellor shows the plan now, with
            # the same language rule as an asked-for plan (the note below says it keeps to the conversation's)
            stated = provisional.languages or provisional.constraints.languages
            with languages_implied(not stated):
                r = self._plan(p, state, leaning, intent=intent)
            r.text = change_text + "\n\n" + r.text
        elif (
            intent == "set_constraints"
            and change_text
            and provisional.goal is None
            and p.budget is not None
            and p.hours_per_week is None
            and named is None
            and state.listing == "results"
            and state.last_results
            and (cap := to_eur(p.budget, p.currency or "EUR")) is not None
        ):
            # "my budget is 600 euros tops" after a list, no goal yet: noted, and the list kept to it (never
            # a question about a goal instead of the list the learner is looking at)
            r = self._within_budget(cap, state, provisional)
            r.text = change_text + "\n\n" + r.text
        elif intent in ("set_goal", "state_skills", "set_constraints") and change_text:
            step, retrieved = self._next_step(provisional)
            r = _Reply(change_text + "\n\n" + step, intent, retrieved=retrieved)
            goal_changed = any(c.kind == "set_goal" for c in changes)
            wish = p.goal_text or p.clause_goal or (p.topic if topical else "") or ""
            if intent == "set_goal" or goal_changed or (wish and provisional.goal is None):
                topic = "" if goal_changed else wish
                starters = self._starters(leaning, topic)
                if starters:  # something to read at once: the first catalogue entries on the goal
                    r.text = (
                        change_text
                        + "\n\n"
                        + t("goal_starters")
                        + "\n"
                        + "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
                        + "\n\n"
                        + (
                            t("ask_hours")
                            if provisional.constraints.hours_per_week is None
                            else t("next_plan")
                        )
                    )
                    r.retrieved = starters
                    r.state = {"last_results": tuple(c.id for c in starters), "listing": "results"}
        elif (
            asks_hours_needed(p.text)
            and plan_shown
            and state.last_pathway is not None
            and state.last_pathway.steps
            and named is None
            and not p.ordinals
            and p.hours_per_week is None
        ):
            # "how many hours a week do I need to finish by June?" after a plan: from its totals, no re-plan
            r = self._hours_needed(p, state.last_pathway, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif filtering and (kept := self._shown_in(state, p.languages)):
            # the entries shown taught in the language asked about, the profile left as it is
            intro = t("filtered_list", langs=md.languages(tuple(p.languages)))
            lines = "\n".join(md.credential_line(i, c) for i, c in enumerate(kept, 1))
            narrowed = state.last_filters.model_copy(update={"languages": tuple(p.languages)})
            r = _Reply(intro + "\n\n" + lines, "refine", filters=narrowed, retrieved=kept)
            r.state = {
                "last_results": tuple(c.id for c in kept),
                "last_filters": narrowed,
                "listing": "results",
                "focus": None,
            }
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            asks_end_level(p.text)
            and plan_shown
            and state.last_pathway is not None
            and state.last_pathway.steps
            and named is None
            and not p.ordinals
        ):
            # "et ça donne quel niveau CEC à la fin ?" after a plan: the level it ends at, no re-plan
            text, cited = end_level(state.last_pathway, self.tools.get)
            r = _Reply(text, "explain", retrieved=cited)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            state.listing == "results"
            and state.last_results
            and provisional.goal is None
            and named is None
            and not p.ordinals
            and not p.has_constraints
            and not p.has_filters
            and asks_plan_totals(p.text, bool(state.focus))
        ):
            # "and the total cost?" about a list with no goal to plan towards: what the list adds up to
            shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
            r = _Reply(list_totals(shown), "explain", retrieved=shown)
        elif (conversion := ects_conversion(p.text)) and named is None and not p.ordinals:
            # "how many hours is 5 ECTS?": the conversion, then what is missing for a plan
            key, values = conversion
            step, retrieved = self._next_step(provisional)
            r = _Reply(t(key, **values) + "\n\n" + step, "explain", retrieved=retrieved)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif nearer_asked:  # "which is easier to get into from accounting?" after two jobs were compared
            r = _Reply(nearer_text(*offered_jobs, provisional.held_skill_uris), "explain")
            r.state = {"compared": state.compared}
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif jobs_compared is not None:
            # "the difference between a data analyst and a data scientist?": the two jobs, not two courses
            held = provisional.held_skill_uris
            r = _Reply(difference_text(*jobs_compared, held, self.tools.taxonomy.label), "explain")
            if notes := nearest_notes(p.text, jobs_compared):
                r.text = notes + "\n\n" + r.text  # "data engineer" is no ESCO occupation: said, not swapped
            r.state = {"compared": tuple(o.uri for o in jobs_compared)}
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif asks_gap(p.text) and provisional.goal is not None and named is None and not p.ordinals:
            # "what's the gap?" once a goal is known: the essential skills still missing, not a course card
            r = self._gap_answer(provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            (concepts := asked_concepts(p.text))
            and (
                named is None
                or asks_difference(p.text)
                and not self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
            )
            and (
                intent not in _NOT_A_CONCEPT_QUESTION
                or intent == "compare"
                and not p.ordinals
                or concepts == ("labour_market",)
            )
            and not (  # "what EQF level is it?" about the course shown: its level, on its card
                concepts != ("labour_market",) and refers_back(p.text) and (state.focus or lists(state))
            )
        ):  # also "what's the difference between ECTS and hours?", "... a certificate and a micro-credential"
            # (a comparison of no courses; a word of a title such as "certificate" names none)
            # "what is ECTS?": the framework term in a few sentences, then what is missing for a plan
            step, retrieved = self._next_step(provisional)
            told = "\n\n".join(t(f"concept_{concept}") for concept in concepts)
            r = _Reply(told + "\n\n" + step, "explain", retrieved=retrieved)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        else:
            stated = provisional.languages or provisional.constraints.languages
            with languages_implied(not stated):
                r = self._handle(intent, p, state, leaning)
            if filtering:  # none of the list in that language: the search in it, the profile unchanged
                r.text = t("filtered_list_none", langs=md.languages(tuple(p.languages))) + "\n\n" + r.text
            # a step skipped says itself that it is held; skills said with "anything I can skip?" are noted
            if change_text and (
                intent != "skip_step" or not any(c.kind == "hold_credential" for c in changes)
            ):
                r.text = _t("changes_and", changes=change_text, rest=r.text)
            if r.intent == "refine" and (r.pathway is not None and states_limit(p) or spoken_only):
                r.intent = "set_constraints"  # "max. 1000 Euro" after a plan: noted, and the plan re-run
        if r.changes:
            changes = [*changes, *r.changes]
            state = state.model_copy(update={"pending": merge_pending(state.pending, r.changes)})
        if (
            r.pathway is not None
            and (r.pathway.steps or r.pathway.uncovered)
            and leaning is not provisional
            and not r.preview
        ):
            r.text += "\n\n" + _t("language_preference", note=preference_note(spoken or ""))
        language = learner_language(provisional, spoken)
        if (
            r.pathway is not None
            and not r.preview
            and (others := other_language_steps(r.pathway, language, self.tools.get))
        ):
            r.text += "\n\n" + _t("other_languages", note=other_language_note(others, language or ""))
            r.retrieved = [*r.retrieved, *others]
        topic = p.goal_text or p.clause_goal or (p.topic if topical else "")  # never "tengo como"
        if topic and intent in _TOPICAL and "topic" not in r.state:
            r.state = {**r.state, "topic": topic}
        grounded = ground(r.text, self.tools.get, self.tools.lexicon.title_to_id, r.retrieved)
        planned = r.pathway is not None and bool(r.pathway.steps)
        if not acts(grounded.text, bool(grounded.citations), planned, strict=True):
            # the last step: never a dead end, whatever the understanding returned
            searched = r.intent in ("search", "refine")  # found nothing with the learner's filters
            out = way_out(self.tools, p, state, provisional, topical=topical, searched=searched)
            r.text += "\n\n" + out.text
            r.retrieved = [*r.retrieved, *out.found]
            if out.found and "last_results" not in r.state and not planned:
                r.state = {**r.state, "last_results": tuple(c.id for c in out.found), "listing": "results"}
            grounded = ground(r.text, self.tools.get, self.tools.lexicon.title_to_id, r.retrieved)
        return Answer(
            text=grounded.text,
            citations=grounded.citations,
            pathway=r.pathway,
            profile_changes=tuple(changes),
            intent=r.intent,
            filters=r.filters,
            query=r.query,
            flagged=grounded.flagged,
            responder="offline",
            state=state.model_copy(
                update={
                    "compared": (),  # the jobs compared are offered for the next turn only
                    **r.state,
                    "shown": tuple(c.id for c in grounded.citations),
                }
            ),
        )

    def _within_budget(self, cap: float, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """The entries of the list shown that cost at most `cap` EUR, cheapest first; none: the search shown
        again within that price (or the list's subject), so a budget said after a list filters it."""
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
        fitting = [c for c in shown if self._within_price(c, cap)]
        fitting.sort(key=lambda c: self._price_to_earn(c) or 0.0)
        filters = state.last_filters.model_copy(update={"max_cost": cap})
        if not fitting and state.last_query:
            return self._run_search(state.last_query, filters, "set_constraints")
        if not fitting:
            return _Reply(t("none_of_these"), "set_constraints", filters=filters)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(fitting, 1))
        kept = {"last_results": tuple(c.id for c in fitting), "listing": "results", "focus": None}
        return _Reply(
            t("of_these") + "\n" + items,
            "set_constraints",
            kept | {"last_filters": filters},
            retrieved=fitting,
            filters=filters,
        )

    def _shown_in(self, state: DialogueState, languages: list[str]) -> list[Credential]:
        """The entries of the list shown that are taught in one of `languages`."""
        wanted = {x.lower() for x in languages}
        shown = [self.tools.get(i) for i in state.last_results]
        return [c for c in shown if c is not None and wanted & {x.lower() for x in c.languages}]

    def _hours_needed(self, p: Parsed, pathway: Pathway, profile: LearnerProfile) -> _Reply:
        """The weekly hours the plan shown asks for by the deadline (the message's, else the learner's)."""
        today, limits = self.today(), profile.constraints
        deadline = (
            p.deadline or limits.deadline or (today + timedelta(weeks=limits.weeks) if limits.weeks else None)
        )
        first = self.tools.get(pathway.steps[0].id)
        return _Reply(
            workload.answer(pathway, today, deadline, limits.hours_per_week),
            "plan",
            retrieved=[first] if first is not None else [],
        )

    def _allowed_without(
        self, profile: LearnerProfile, state: DialogueState, lang: str, denied: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The study languages left when the learner rules some out: those already set, else the languages
        of the plan shown, the learner's and the conversation's; () when nothing is left."""
        allowed = list(profile.constraints.languages)
        if not allowed:
            steps = state.last_pathway.ids if state.last_pathway is not None else ()
            shown = [code for c in (self.tools.get(i) for i in steps) if c for code in c.languages]
            allowed = [*shown, *profile.languages, lang]
        return tuple(code for code in dict.fromkeys(allowed) if code not in denied)

    def _occupation_named(self, phrase: str) -> Occupation | None:
        """The occupation a short phrase names: by ESCO label, else by meaning when the linker is sure."""
        found = self.tools.lexicon.occupation(english(phrase, None) or phrase)
        if found is None:
            link = self.tools.linker.link(phrase)
            found = link.best if link.sure else None
        return found

    def _next_step(self, profile: LearnerProfile) -> tuple[str, list[Credential]]:
        """After a statement, what is still missing for a plan, asked as a question: the goal (with starting
        directions), else the weekly time; else the offer to plan."""
        if profile.goal is None:
            return t("ask_goal", directions=self._directions(profile)), self.tools.direction_examples(profile)
        if profile.constraints.hours_per_week is None:
            return t("ask_hours"), []
        return t("next_plan"), []

    def _added_languages(
        self,
        changes: list[ProfileChange],
        text: str,
        p: Parsed,
        state: DialogueState,
        profile: LearnerProfile,
        spoken: str | None,
    ) -> tuple[list[ProfileChange], str]:
        """A study language the learner ADDS ("English is fine too", or any language named right after the
        assistant offered one) joins the languages they already study in instead of replacing them."""
        asked = state.last_pathway is not None and any(
            r.constraint == "languages" for r in state.last_pathway.relaxations
        )
        out = []
        for c in changes:
            langs = c.constraints.languages if c.constraints is not None else ()
            # "only english ones please" after a plan that offered a language: those alone, never widened
            added = (
                (asked and not limits_language(p.text)) or adds_language(p.text)
            ) and not p.denied_languages
            if c.kind == "set_constraints" and langs and added:
                wider = widened(profile, spoken, langs)
                if set(wider) != set(langs):
                    text = text.replace(md.languages(langs), md.languages(wider))
                    c = c.model_copy(
                        update={
                            "constraints": c.constraints.model_copy(update={"languages": wider}),
                            "summary": c.summary + " (" + ", ".join(wider) + ")",
                        }
                    )
            out.append(c)
        return out, text

    def _starters(self, profile: LearnerProfile, topic: str = "") -> list[Credential]:
        """Up to three catalogue entries on the learner's goal (or on `topic` when no goal is linked), those
        taught in their languages first, in the participation they asked for and within their budget; only
        hits above the relevance floor."""
        if topic:
            query = topic
        elif profile.goal is not None:
            label = self.tools.taxonomy.label
            query = " ".join([profile.goal.label, *(label(u) for u in profile.goal.skills[:4])])
        else:
            return []
        langs = study_languages(profile)
        found: dict[str, Credential] = {}
        group: dict[str, int] = {}  # which of the language steps below found it
        limits = profile.constraints
        # "nur online": never blended; "free only": never a paid course, nor one over the whole budget
        cap = None if limits.budget is None else to_eur(limits.budget, limits.currency)
        base = SearchFilters(participation=limits.participation, max_cost=cap)
        anywhere = self.tools.search_hits(query, base, k=3)
        # in the learner's languages first, but only entries nearly as relevant as the best anywhere: a German
        # data-analyst goal is not started with German cloud-security courses
        floor = max(RELEVANCE_FLOOR, STARTER_SHARE * max((h.score for h in anywhere), default=0.0))
        in_langs = base.model_copy(update={"languages": langs})
        # then English, the catalogue's lingua franca, before any other language: a Vietnamese learner is not
        # started on a Spanish course when an English one is nearly as relevant
        in_english = base.model_copy(update={"languages": ("en",)})
        firsts = ((in_langs,) if langs else ()) + ((in_english,) if langs and "en" not in langs else ())
        for rank, filters in enumerate((*firsts, base)):
            hits = anywhere if not filters.languages else self.tools.search_hits(query, filters, k=3)
            near = [
                h.credential for h in hits if h.score >= (floor if filters.languages else RELEVANCE_FLOOR)
            ]
            for c in _merged(self._meaning(topic or query, filters), near):
                # a certificate costs what its courses cost: never a "free" start on a limited budget
                if len(found) < 3 and not (cap is not None and c.kind == "certificate"):
                    found.setdefault(c.id, c)
                    group.setdefault(c.id, rank)
        return sorted(found.values(), key=lambda c: group[c.id])  # by language step, then relevance

    def _meaning(self, text: str, filters: SearchFilters | None = None) -> list[Credential]:
        """Titles near in meaning to a learner's words in another language than English (the catalogue is
        mostly English: the word search misses them); [] in an English conversation. The multilingual encoder
        finds titles in any language ("redes" -> "Fondements des réseaux informatiques")."""
        if current() == "en":
            return []
        # by the subject's English terms first (titles about it, in any language), then by the learner's own
        # words (titles in their language the terms may miss)
        subject = _subject(text)
        found = self.tools.by_meaning(subject, filters, k=2) if subject != text else []
        return _merged(found, self.tools.by_meaning(text, filters, k=2))

    def _held(
        self, p: Parsed, state: DialogueState, named: Credential | None, intent: str
    ) -> Credential | list[Credential] | None:
        """The credentials a learner says they already hold: a plan step they skip, or all they name."""
        if intent == "skip_step" and asks_remove(p.text) and not p.done_cue:
            return None  # "remove the math course": not wanted, not done (`_remove`)
        if intent == "skip_step" and named is not None:
            return self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials) or named
        if intent == "skip_step":
            pathway_state = state.model_copy(update={"listing": "pathway"})
            cred = named or (self._by_ordinal(pathway_state, p.ordinals[0]) if p.ordinals else None)
            if cred is None and p.ordinals:
                return None  # "the 2nd one" of a one-step plan: no such step, never another one
            if cred is None and state.focus:
                cred = self.tools.get(state.focus)
            if cred is None and state.last_pathway is not None and len(state.last_pathway.steps) == 1:
                cred = self.tools.get(state.last_pathway.steps[0].id)
            if cred is not None and named is None and self._names_other_subject(p.text, cred):
                return None  # "I did the JavaScript one" with a Python course in focus: not that one
            return cred
        if intent == "state_skills" and named is not None:
            titled = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
            # a skill said in passing ("ein bisschen SQL") names no course held: a title's one word is not it
            return titled or ([named] if _names_title(p.text, named) else None)
        return None

    def _names_other_subject(self, text: str, cred: Credential) -> bool:
        """Whether the message names skills of which the credential teaches none and its title names none."""
        named = [
            (x, hit)
            for x in self.tools.lexicon.skill_mentions(text)
            if (hit := self.tools.lexicon.skill_hit(x))
        ]
        taught = {ref.uri for ref in cred.skills}
        title = cred.title.casefold()
        initials = "".join(w[0] for w in re.split(r"[\s-]+", title) if w)
        return bool(named) and not any(
            hit.uri in taught or x.casefold() in title or len(x) >= 2 and x.casefold() in initials
            for x, hit in named
        )  # "the intro to hpc one": Introduction to High-Performance Computing

    def _handle(self, intent: str, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        handler = {
            "search": self._search,
            "refine": self._refine,
            "select": self._explain,
            "explain": self._explain,
            "why": self._why,
            "requirements": self._requirements,
            "compare": self._compare,
            "skip_step": self._skip,
            "plan": self._plan,
            "apply_suggestion": self._apply_suggestion,
            "smalltalk": self._smalltalk,
            "explore": self._explore,
            "set_goal": self._explore,
            "state_skills": self._explore,
            "set_constraints": self._explore,
        }.get(intent, self._out_of_scope)
        return handler(p, state, profile)

    # ------------------------------------------------------------------------------------ small talk
    def _smalltalk(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        low = p.text.lower()
        thanks = (
            "thank",
            "danke",
            "gracias",
            "merci",
            "cheers",
            "kiitos",
            "cảm ơn",
            "धन्यवाद",
            "शुक्रिया",
            "ধন্যবাদ",
        )
        greeting = (
            t("thanks")
            if any(w in low for w in thanks)
            else t("bye")
            if any(w in low for w in ("bye", "tschüss", "adiós", "au revoir", "hei hei"))
            else t("hello")
        )
        return _Reply(_t("smalltalk", greeting=greeting, capabilities=t("capabilities")), "smalltalk")

    def _out_of_scope(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        return _Reply(t("out_of_scope", capabilities=t("capabilities")), "out_of_scope")

    def _directions(self, profile: LearnerProfile) -> str:
        """Two or three starting directions the catalogue serves well (near the learner's current job when
        known)."""
        return "\n".join(
            t("direction", name=md.escape_text(goal_label(name)), example=cite(example))
            for name, example in self.tools.directions(profile)
        )

    def _explore(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """A counsellor's opening: ask about background, interests and time, and offer directions."""
        if worries_too_late(p.text):
            return self._encourage(p, state, profile)
        if profile.goal is not None and (p.topic or p.clause_goal):
            return self._search(p, state, profile)
        # the job held is no wish ("my client is a warehouse supervisor who wants something in IT")
        said = _without(p.text, p.current_role or p.clause_role)
        wish = p.goal_english or english(said, p.lang, only_terms=True) or p.goal_text or p.topic
        # "which skills should I pick up?": skills in general are no subject to start from
        if wish and joint.names_subject(wish) and self.tools.lexicon.is_catalogue_topic(wish):
            starters = self._starters(profile, wish)
            if starters:  # "I want to learn cybersecurity but don't know where to start": start there
                return _Reply(
                    t("goal_starters")
                    + "\n"
                    + "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
                    + "\n\n"
                    + t("explore_more"),
                    "explore",
                    {"last_results": tuple(c.id for c in starters), "listing": "results"},
                    retrieved=starters,
                )
        directions = self._directions(profile)
        # an adviser speaking of a client: the counsellor's questions are about the client
        return _Reply(
            t("explore_client" if p.third_person else "explore", directions=directions),
            "explore",
            retrieved=[c for c in self.tools.direction_examples(profile)],
        )

    def _encourage(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """For "is it too late?": a short encouragement, then a next step: the first of the plan or list
        shown (in the order to take them) or of the subject named, else what is still missing for a plan."""
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        wish = p.goal_english or english(p.text, p.lang, only_terms=True) or p.goal_text or p.topic
        if not shown and wish and self.tools.lexicon.is_catalogue_topic(wish):
            shown = self._starters(profile, wish)  # "is 52 too late to move into IT?": that subject
        first = self._plan_start(state) or (in_order(shown)[0] if shown else None)
        if first is not None:
            step, retrieved = t("too_late_start", citation=cite(first)), [first]
        else:
            step, retrieved = self._next_step(profile)
        return _Reply(t("too_late") + "\n\n" + step, "explore", retrieved=retrieved)

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

    def _run_search(
        self,
        query: str,
        filters: SearchFilters,
        intent: str,
        note: str = "",
        langs: tuple[str, ...] = (),
        cheapest_first: bool = False,
    ) -> _Reply:
        """The hits for `query`; with no language asked for in it, those taught in the learner's languages
        `langs` come first when nearly as relevant as the best anywhere; `cheapest_first` ("cheap cyber
        security courses") orders them by price, unknown prices and certificates (paid by their courses)
        last."""
        found = self.tools.search_hits(query, filters, k=5)
        if (
            cap := filters.max_cost
        ) is not None:  # a certificate with no fee of its own: as dear as its parts
            found = [
                h
                for h in found
                if h.credential.kind != "certificate" or self._within_price(h.credential, cap)
            ]
        if any(h.score >= RELEVANCE_FLOOR for h in found):  # the far tail a filter pads the list with goes
            found = [h for h in found if h.score >= NOTHING_NEAR]
        hits = _merged(self._meaning(query, filters), [h.credential for h in found])
        if langs and not filters.languages and hits:
            hits = _merged(self._in_languages(query, filters, langs), hits)
        if filters.max_cost is not None:
            hits = [c for c in hits if c.kind != "certificate" or self._within_price(c, filters.max_cost)]
        elsewhere = self._elsewhere(query, filters) if hits else []
        other_format = [] if elsewhere or not hits else self._elsewhere(query, filters, "participation")
        if elsewhere:  # "et en français ?": nothing on the subject in French, said plainly, the closest shown
            note += t(
                "none_in_language", query=md.escape_text(query), languages=md.languages(filters.languages)
            )
            note += "\n\n"
            hits = elsewhere
        elif (
            other_format
        ):  # "et en présentiel ?": nothing on the subject on-site, the closest in other formats
            modes = ", ".join(md.mode(m) for m in filters.participation)
            note += t("none_in_format", query=md.escape_text(query), modes=modes) + "\n\n"
            hits = other_format
        # the head's filters: those the hits shown keep
        shown = (
            filters.model_copy(update={"languages": ()})
            if elsewhere
            else filters.model_copy(update={"participation": ()})
            if other_format
            else filters
        )
        if cheapest_first:  # the learner's languages still first
            hits.sort(
                key=lambda c: (
                    bool(langs) and not set(c.languages) & set(langs),
                    c.kind == "certificate",
                    c.cost_eur is None,
                    c.cost_eur or 0.0,
                )
            )
        state = {"last_query": query, "last_filters": filters, "focus": None, "listing": "results"}
        if not hits:
            text = t(
                "no_results",
                query=md.escape_text(query),
                filters_text=md.filters_text(filters),
                explanation=md.why_empty(self.tools.empty_reason(query, filters), filters),
            )
            return _Reply(note + text, intent, state | {"last_results": ()}, filters=filters, query=query)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(hits, 1))
        text = "\n\n".join(
            (
                t(
                    "search_head",
                    count=len(hits),
                    found=counted("n_found", len(hits)),
                    query=md.escape_text(query),
                    filters_text=md.filters_text(shown),
                ),
                items,
                t("search_foot"),
            )
        )
        return _Reply(
            note + text,
            intent,
            state | {"last_results": tuple(c.id for c in hits)},
            filters=filters,
            query=query,
            retrieved=hits,
        )

    def _search(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        missing = self._missing_name(p)
        if missing:
            return self._not_in_catalogue(missing, p, "search", profile)
        topic = p.topic or p.clause_goal or ""
        asked_all = asks_everything(p.text) or asks_any_courses(p.text) and not lists(state)
        everything = asked_all and not self.tools.lexicon.is_catalogue_topic(topic)
        if not topic.strip() or everything or topic.strip().lower() in ("everything", "all", "anything"):
            topic = profile.goal.label if profile.goal is not None and profile.goal.label else ""
            if not topic and not asks_everything(p.text):
                # "which courses are there, then?" with no goal: the subject the learner last named (a wish
                # said as a statement, "I'd like to learn to run my simulations on GPUs"), not the directions
                topic = state.topic
                everything = everything and not topic
        filters = self._filters(p, SearchFilters(), profile)
        if not topic and everything and (p.languages or p.participation or p.max_cost is not None):
            return self._browse(filters)  # "everything you have, free and in Spanish": all that fits
        if not topic:
            return self._overview(p, state, profile)
        note = ""
        if self.tools.lexicon.is_catalogue_topic(topic):
            best = max((h.score for h in self.tools.search_hits(topic, SearchFilters(), k=1)), default=0.0)
            vague = best <= 0.0  # no entry at all, even unfiltered
            if not vague and best < RELEVANCE_FLOOR and not self._meaning(topic, SearchFilters()):
                # a word some skill label has but no course is about ("blockchain", "terraform"): said
                # plainly, with the nearest entries only when they are near at all
                if best < NOTHING_NEAR:
                    return self._not_in_catalogue(topic, p, "search", profile)
                note = t("loose_matches", topic=md.escape_text(topic)) + "\n\n"
        else:  # words the catalogue does not use (another language, a vague wish): only relevant hits
            hits = [h for h in self.tools.search_hits(topic, filters, k=5) if h.score >= FOREIGN_WORDS_FLOOR]
            vague = not hits and not self._meaning(topic, filters)
        if vague and len(topic.split()) <= 3 and self.tools.lexicon.skill_hit(topic) is not None:
            return self._not_in_catalogue(topic, p, "search", profile)  # a skill no entry is about at all
        if vague:  # "so what can I take": the learner's goal when there is one, else the directions
            if profile.goal is not None and profile.goal.label and topic != profile.goal.label:
                return self._run_search(profile.goal.label, filters, "search", langs=study_languages(profile))
            if not (p.languages or p.participation or p.max_cost is not None):
                return self._overview(p, state, profile)
            # a subject with limits ("quantum cryptography auf Deutsch under 5 EUR") is a search, not a vague
            # wish: say that nothing fits and which limit to drop
        cheap = "cheaper" in p.refinements or bool(_CHEAP.search(p.text))
        return self._run_search(
            topic, filters, "search", note, langs=study_languages(profile), cheapest_first=cheap
        )

    def _elsewhere(self, query: str, filters: SearchFilters, limit: str = "languages") -> list[Credential]:
        """With a language (or a study format, `limit`) asked for: the relevant hits in other languages
        (formats) when nothing in those is nearly as relevant as the best anywhere (a French course on another
        subject is no answer to "cloud in French", nor an on-site Spanish digital-literacy course to
        "cybersecurity on-site"); [] when their own hits are relevant or nothing anywhere is."""
        if not getattr(filters, limit):
            return []
        anywhere = self.tools.search_hits(query, filters.model_copy(update={limit: ()}), k=5)
        best = max((h.score for h in anywhere), default=0.0)
        if best < RELEVANCE_FLOOR:
            return []
        within = max((h.score for h in self.tools.search_hits(query, filters, k=1)), default=0.0)
        if within >= max(RELEVANCE_FLOOR, STARTER_SHARE * best):
            return []
        return [h.credential for h in anywhere if h.score >= RELEVANCE_FLOOR][:3]

    def _in_languages(self, query: str, filters: SearchFilters, langs: tuple[str, ...]) -> list[Credential]:
        """Hits for `query` taught in `langs`: titles near in meaning (in a non-English conversation) and
        those that score at least STARTER_SHARE of the best hit anywhere."""
        # scored on the subject in English when the glossary knows it: a course in the learner's language must
        # be about the subject, not only share the words the learner wrote ("computación de alto rendimiento"
        # put "Sistemas de recomendación" before every HPC course)
        subject = _subject(query)
        best = max((h.score for h in self.tools.search_hits(subject, filters, k=1)), default=0.0)
        floor = max(RELEVANCE_FLOOR, STARTER_SHARE * best)
        limited = filters.model_copy(update={"languages": langs})
        near = [h.credential for h in self.tools.search_hits(subject, limited, k=5) if h.score >= floor]
        return _merged(self._meaning(query, limited), near)

    def _browse(self, filters: SearchFilters, k: int = 8) -> _Reply:
        """Everything in the catalogue that fits the filters, entry levels first (no topic to rank by)."""
        fitting = [c for c in self.tools.credentials() if matches(c, filters)]
        fitting.sort(key=lambda c: (c.eqf_level or 0, c.cost_eur or 0.0, c.id))
        if not fitting:  # "anything in Bengali?" after "all free courses": said, never an empty query
            state = {"last_query": "", "last_filters": filters, "focus": None, "listing": "results"}
            text = t(
                "no_results",
                query=t("all_courses"),
                filters_text=md.filters_text(filters),
                explanation=md.why_empty(self.tools.empty_reason("", filters), filters),
            )
            return _Reply(text, "search", state | {"last_results": ()}, filters=filters)
        shown = fitting[:k]
        text = (
            t(
                "search_head",
                count=len(shown),
                found=counted("n_found", len(shown)),
                query=t("all_courses"),
                filters_text=md.filters_text(filters),
            )
            + "\n\n"
            + "\n".join(md.credential_line(n, c) for n, c in enumerate(shown, 1))
            + "\n\n"
            + t("search_foot")
        )
        state = {"last_query": "", "last_filters": filters, "focus": None, "listing": "results"}
        return _Reply(
            text,
            "search",
            state | {"last_results": tuple(c.id for c in shown)},
            filters=filters,
            retrieved=shown,
        )

    def _overview(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """'Show me everything': the catalogue's strongest directions, each with an example, and a
        question."""
        return _Reply(
            t("explore", directions=self._directions(profile)),
            "search",
            retrieved=self.tools.direction_examples(profile),
        )

    _CALLED = re.compile(
        r"(?:called|named|titled|heißt|namens|llamado|titulado|appelé|intitulé|nimeltä|"
        r"tên là|नाम|নামে)\s+[\"'“„«]?([^\"'”“»?!.]+)|[\"“„«]([^\"”“»]{4,80})[\"”“»]|"
        r"(?:^|\s)[‘']([^'’\n]{4,80})[’'](?=[\s?!.,]|$)"  # 'a title in single quotes', not "l'an"
    )

    def _missing_name(self, p: Parsed) -> str | None:
        """A credential name the message gives ("a course called X", a quoted title, "the Advanced
        Kubernetes Security Bootcamp") that the catalogue lacks."""
        m = self._CALLED.search(p.text)
        names = [next((g for g in m.groups() if g), "").strip()] if m else course_names(p.text)
        lexicon = self.tools.lexicon
        for name in names:
            subject = subject_of_course_phrase(name)
            if subject and lexicon.is_catalogue_topic(subject):
                continue  # "Excel Kurs": a subject and a course word, no title
            known = lexicon.find_title(name) or lexicon.title_fragment(name) or self.tools.get(name)
            if name and not known and not lexicon.title_in(name, self.tools.lexicon_credentials):
                return name
        return None

    def _not_in_catalogue(self, name: str, p: Parsed, intent: str, profile: LearnerProfile) -> _Reply:
        # a vendor's certification is looked for by its field ("AWS ..." -> cloud), the name itself too
        field = next((topic for pat, topic in _VENDOR_FIELDS if pat.search(name)), "")
        # the field alone when known: the name's other words ("Practitioner", "Solutions") find titles that
        # share a word, not the subject
        query = field or name
        hits = [h for h in self.tools.search_hits(query, None, k=5) if h.score >= RELEVANCE_FLOOR][:3]
        # "he already has CompTIA A+": held outside the catalogue, so not counted; the skills it gave can be
        held = p.done_cue and intent != "compare"
        text = t("held_not_in_catalogue" if held else "not_in_catalogue", name=md.escape_text(name)) + "\n\n"
        if hits:
            text += (
                t("closest")
                + "\n"
                + "\n".join(md.credential_line(n, h.credential) for n, h in enumerate(hits, 1))
            )
        elif profile.goal is not None:  # the goal is known: the next step is the plan, not a new goal
            text += ("" if held else t("nothing_close") + "\n\n") + t("next_plan")
            hits = []
        else:
            text += t("nothing_close") + "\n\n" + t("ask_goal", directions=self._directions(ANONYMOUS))
            hits = []
        creds = [h.credential for h in hits] or self.tools.direction_examples()
        return _Reply(
            text,
            intent,
            {
                "last_results": tuple(c.id for c in creds),
                "listing": "results",
                # "something similar but free?" searches the subject of the closest ones (the name itself
                # finds nothing); no "cheaper?" over a name nothing is close to
                # (a vendor's field when the name has one: "AWS ..." -> cloud computing, the subject the
                # learner asked about, whatever the first of the closest entries is about)
                "last_query": field or (_subject_of(hits[0].credential) if hits else ""),
                "focus": None,
            },
            retrieved=creds,
        )

    def _refine(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        if state.last_pathway is not None and state.listing in ("pathway", "suggestions"):
            return self._replan(p, state, profile)
        if not state.last_query and not state.last_results and profile.goal is not None:
            return self._replan(p, state, profile)  # "cheaper?" with a goal and nothing listed: plan that way
        focus = self.tools.get(state.focus) if state.focus else None
        if not state.last_query and not state.last_results and focus is not None:
            # "can you make that less expensive" about the one course shown: others on its subject
            query = " ".join(s.label for s in focus.skills[:3]) or focus.title
            filters = self._filters(p, SearchFilters(), profile)
            filters = filters.model_copy(update={"exclude_ids": (*filters.exclude_ids, focus.id)})
            if "cheaper" in p.refinements and focus.cost_eur:
                filters = filters.model_copy(update={"max_cost": round(focus.cost_eur - 0.01, 2)})
            if "shorter" in p.refinements and focus.hours:
                filters = filters.model_copy(update={"max_hours": focus.hours - 0.5})
            return self._run_search(query, filters, "refine")
        if not state.last_query and not state.last_results:
            return _Reply(
                t("need_list") + "\n\n" + t("explore", directions=self._directions(profile)),
                "refine",
                retrieved=self.tools.direction_examples(profile),
            )
        filters = self._filters(p, state.last_filters, profile)
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c]
        if not state.last_query or (p.refinements and _asks_sort(p.text)):
            # a list from no search (first steps on a goal), or "sort them by price": refine within it
            return self._within_shown(p, shown, filters, profile)
        # "cheaper"/"shorter" than the one in focus, else than the top result that has a price/workload
        focus = self.tools.get(state.focus) if state.focus else None
        if "cheaper" in p.refinements:
            # a certificate's own fee of 0 is not "free" (its courses are paid one by one): not the reference
            priced = [c for c in shown if c.cost_eur is not None and c.kind != "certificate"]
            ref = [focus] if focus and focus.kind != "certificate" else priced[:1]
            costs = [c.cost_eur for c in ref if c and c.cost_eur is not None]
            if costs and min(costs) == 0:
                return self._run_search(state.last_query, filters, "refine", t("already_free"))
            if costs:
                filters = filters.model_copy(update={"max_cost": round(min(costs) - 0.01, 2)})
        if "shorter" in p.refinements:
            timed = [c for c in shown if c.hours]
            hours = [c.hours for c in ([focus] if focus else timed[:1]) if c and c.hours]
            if hours:
                filters = filters.model_copy(update={"max_hours": min(hours) - 0.5})
        return self._run_search(state.last_query, filters, "refine")

    def _within_shown(
        self, p: Parsed, shown: list[Credential], filters: SearchFilters, profile: LearnerProfile
    ) -> _Reply:
        """'The fastest one?', 'cheaper?' or 'only online' about a list that came from no search: the shown
        entries that fit, shortest or cheapest first; when none does, the goal searched with those filters."""
        fitting = [c for c in shown if matches(c, filters)]
        if filters.max_cost is not None:  # a certificate with no fee of its own is as dear as its parts
            fitting = [c for c in fitting if self._within_price(c, filters.max_cost)]
        head = "of_these"
        if "cheaper" in p.refinements:
            price = {c.id: self._price_to_earn(c) for c in fitting}
            fitting.sort(key=lambda c: (price[c.id] is None, price[c.id] or 0.0))
            head = "of_these_cheapest"
        elif "shorter" in p.refinements:
            fitting.sort(key=lambda c: (c.hours is None, c.hours or 0.0))
            head = "of_these_shortest"
        if not fitting and profile.goal is not None and profile.goal.label:
            return self._run_search(profile.goal.label, filters, "refine")
        if not fitting:
            return _Reply(t("none_of_these"), "refine", filters=filters)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(fitting, 1))
        state = {"last_results": tuple(c.id for c in fitting), "listing": "results", "focus": None}
        return _Reply(t(head) + "\n" + items, "refine", state, retrieved=fitting, filters=filters)

    # ------------------------------------------------------------------------------ about one entry
    def _plan_start(self, state: DialogueState) -> Credential | None:
        """The first step of the plan shown, for a question about the plan that names no step ("what do I
        need first?", "can hoc gi truoc?"): something to answer instead of "I have no list"."""
        if state.listing not in ("pathway", "suggestions") or not self._listed(state):
            return None
        return self.tools.get(self._listed(state)[0])

    def _listed(self, state: DialogueState) -> list[str]:
        if state.listing in ("pathway", "suggestions") and state.last_pathway is not None:
            # a plan with no step shows the closest courses instead: those are what "that one" means
            return list(state.last_pathway.ids) or list(state.last_results)
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
        found = self.tools.lexicon.title_in(p.text, known)
        if found is None and (fuzzy := self.tools.lexicon.find_title(p.text)):
            found = self.tools.get(fuzzy)
        if found is None:  # "the parallel programming one" of the plan or list shown
            shown = [c for c in (self.tools.get(i) for i in state.shown) if c]
            # "le RGPD je l'ai déjà suivi": an acronym only one step has names it when something is done
            one_word = refers_back(p.text) or p.done_cue or asks_after(p.text)
            # "the python one" of a plan: its one Python step; "vor dem GPU-Kurs", "ennen GPU-kurssia", "the
            # SQL course": a course word next to the name points at one course as well
            marked_one = bool(_ONE_MARK.search(p.text) or _ONE_COURSE.search(p.text))
            found = self.tools.lexicon.among(p.text, [*known, *shown], one_word=one_word, marked=marked_one)
            subject = english(p.text, p.lang, only_terms=True) if p.lang not in (None, "en") else None
            if found is None and subject:
                # a course shown, named in the learner's language ("die Einführung in HPC" for
                # "Introduction to High-Performance Computing"): its title's words in the glossary's English
                found = self.tools.lexicon.among(subject, [*known, *shown])
        if found is None and (p.done_cue or asks_after(p.text)) and not says_years(p.text):
            # "et après le DPO ?", "ya hice el de SQL": an acronym only one title of the catalogue has
            # ("j'ai fait du SQL pendant 3 ans" is practice: a skill, not a course)
            acronym = self.tools.lexicon.acronym_title(p.text)
            found = self.tools.get(acronym) if acronym else None
        marked = bool(_ONE_MARK.search(p.text))  # "the Parallel Programming one", "... वाला कोर्स"
        if found is None and (
            p.done_cue or p.predicted in _ABOUT_ONE and (p.confidence >= 0.5 or refers_back(p.text)) or marked
        ):
            # "the full-stack certificate", "I did the AI-Based Anomaly Detection one": part of one title;
            # "im Kurs Penetration Testing Grundlagen" points at one course as "the ... one" does, and two
            # words of one title say more than one rare word of another ("Grundlagen")
            one = marked or bool(_ONE_COURSE.search(p.text))
            titled = _TITLED.search(p.text)
            fragment = self.tools.lexicon.title_fragment(p.text, marked=marked or bool(titled))
            found_title = (
                (self.tools.get(fragment) or Credential.model_construct(title="")).title if fragment else ""
            )
            if (
                fragment
                and titled
                and not marked
                and not _title_says(p.text[titled.end() - 1 :], found_title)
            ):
                fragment = (
                    None  # "der Kurs Cloud Security Fundamentals": another title than "... Engineering"
                )
            # "the Responsible AI one", "der Virtualisierungskurs": a word only one title has, unless the
            # message names another course around it ("the Advanced Kubernetes Security Bootcamp")
            rare = None if fragment else self.tools.lexicon.rare_title_word(p.text, marked=one)
            listed = [*known, *(c for c in (self.tools.get(i) for i in state.shown) if c)]
            if rare and not _names_another(p.text, self.tools.get(rare)) and not _echoes(p.text, listed):
                fragment = rare
            found = self.tools.get(fragment) if fragment else None
        if found is None and names_certificate(p.text):
            # "what's in the certificate?" after a list with one certificate: that one
            certificates = [c for c in known if c.kind == "certificate"]
            found = certificates[0] if len(certificates) == 1 else None
        return found

    def _extreme(self, p: Parsed, state: DialogueState) -> Credential | None:
        """The cheapest or shortest entry of the list shown, for "and the cheapest?"; the easiest to start
        (lowest EQF level, fewest prerequisites, fewest hours) for "which is the easiest?"."""
        if asks_easiest(p.text) and not p.refinements:
            shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
            return min(shown, key=_difficulty) if shown else None
        if asks_hardest(p.text):  # "which is the hardest one?": the highest level, most prerequisites, hours
            return hardest(c for c in (self.tools.get(i) for i in self._listed(state)) if c)
        if asks_closest(p.text) and lists(state):  # "what's the closest thing": a list is ranked by that
            return self.tools.get(self._listed(state)[0])
        if most := asks_most(p.text):  # "the most expensive step?": by the price to earn it, or by hours
            shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
            if most == "dearest":
                priced = [(price, c) for c in shown if (price := self._price_to_earn(c)) is not None]
                return max(priced, key=lambda pc: pc[0])[1] if priced else None
            timed = [c for c in shown if c.hours]
            return max(timed, key=lambda c: c.hours or 0.0) if timed else None
        if not (p.refinements and picks_among(p.text)) or state.listing != "results":
            return None
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c]
        if "cheaper" in p.refinements:  # a certificate by what earning it costs, never by its own fee of 0
            priced = [(price, c) for c in shown if (price := self._price_to_earn(c)) is not None]
            return min(priced, key=lambda pc: pc[0])[1] if priced else None
        timed = [c for c in shown if c.hours]
        return min(timed, key=lambda c: c.hours or 0.0) if timed else None

    def _start(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> Credential | None:
        """Where to begin, for "which one do I start with?": the plan's first step; a certificate's first part
        in prerequisite order; a course's first prerequisite not held yet; a list's first in that order."""
        client = (
            starts_client_plan(p.text) and state.last_pathway is not None and bool(state.last_pathway.steps)
        )
        if (
            not (asks_start(p.text) or client)
            or p.done_cue  # "she already did the first one": a statement, not a question
            or tuple(p.ordinals) not in ((), (1,))
            or self._mentioned(p, state)
        ):
            return None
        if client and state.last_pathway is not None:  # "what should he study first?": the client's plan
            return self.tools.get(state.last_pathway.steps[0].id)
        if first := self._plan_start(state):
            return first
        focus = self.tools.get(state.focus) if state.focus else None
        if focus is not None:
            parts = self._parts(focus)
            missing = [c for c in (self.tools.get(i) for i in focus.prerequisites) if c]
            missing = [c for c in missing if c.id not in profile.held_credential_ids]
            return in_order(parts)[0] if parts else missing[0] if missing else focus
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        # a list: what its most relevant courses need first (not its least relevant entry, nor a certificate)
        return start_of(shown, self.tools.get, profile.held_credential_ids)

    def _plan_certificate(self, state: DialogueState) -> Credential | None:
        """The certificate the plan shown earns, else the one most of its steps count towards."""
        plan = state.last_pathway if state.listing in ("pathway", "suggestions") else None
        if plan is None or not plan.steps:
            return None
        if plan.stacks_earned:
            return self.tools.get(plan.stacks_earned[0])
        counts: dict[str, int] = {}
        for c in (self.tools.get(i) for i in plan.ids):
            for s in c.stacks_into if c else ():
                counts[s.target] = counts.get(s.target, 0) + 1
        best = max(counts, key=lambda k: counts[k], default=None)
        return self.tools.get(best) if best else None

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

    def _target(self, p: Parsed, state: DialogueState) -> Credential | None:
        if extreme := self._extreme(p, state):
            return extreme
        mentioned = self._mentioned(p, state)
        if mentioned:
            return mentioned
        if p.ordinals and (by_number := self._by_ordinal(state, p.ordinals[0])):
            return by_number
        if p.ordinals and not state.focus:
            return None
        if names_certificate(p.text) and not state.focus and (earned := self._plan_certificate(state)):
            return earned  # "is the certificate recognised?" after a plan: the one its steps count towards
        new_subject = (
            bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic) and not refers_back(p.text)
        )
        focus = self.tools.get(state.focus) if state.focus else None
        if new_subject and p.intent in ("explain", "search") and not _about(focus, p.topic):
            return None  # a new subject ("learn cloud in 1 day"), not the one in focus
        if focus is not None:
            return focus
        ids = self._listed(state)
        if len(ids) > 1 and not new_subject and lists(state):
            return self.tools.get(ids[0])  # "is that recognised anywhere?" after a list: its top entry
        return self.tools.get(ids[0]) if len(ids) == 1 else None

    _ID_LIKE = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])", re.IGNORECASE)

    def _missing_id(self, p: Parsed) -> str | None:
        """An id-like word ("zz-999", "nda-de-999": letters, hyphens and a digit) the catalogue lacks."""
        for m in self._ID_LIKE.finditer(p.text):
            word = m.group(0)
            if any(ch.isdigit() for ch in word) and self.tools.get(word) is None:
                return word
        return None

    def _explain(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        intent = "select" if p.intent == "select" else "explain"
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
        if cred is None and p.ordinals:
            if self._listed(state):
                return self._which_one(self._listed(state), p.ordinals[0], intent)
            return _Reply(t("need_list"), intent)
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
            return self._after(cred, intent)
        if cred.kind == "certificate" and asks_plan_totals(p.text, False):
            return self._to_earn(cred, intent)  # "total cost?" of a certificate: its parts counted
        if p.hours_per_week and asks_how_long(p.text):  # "how long at 6 hours a week?": its weeks
            return self._weeks_at(cred, p.hours_per_week, intent)
        return self._card(cred, intent)

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

    def _after(self, cred: Credential, intent: str) -> _Reply:
        """What follows a credential: the courses that list it as a prerequisite and what it stacks into."""
        after = self.tools.leads_to(cred.id)
        targets = [c for c in (self.tools.get(s.target) for s in cred.stacks_into) if c]
        if not after and not targets:
            return _Reply(t("after_none", citation=cite(cred)), intent, {"focus": cred.id}, retrieved=[cred])
        shown = [*after[:6], *targets]
        text = t("after_head", citation=cite(cred)) + self._stacking(cred)
        state = {"focus": cred.id, "last_results": tuple(c.id for c in shown), "listing": "results"}
        return _Reply(text, intent, state, retrieved=[cred, *shown])

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

    def _stacking(self, cred: Credential) -> str:
        """What the credential stacks into (with each target's total ECTS), what stacks into it and what
        lists it as a prerequisite."""
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
        after = self.tools.leads_to(cred.id)
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
        if step is not None and state.listing in ("pathway", "suggestions"):
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
            t("why_head", citation=cite(cred)) + "\n\n" + "\n".join(f"- {r}" for r in reasons),
            "why",
            {"focus": cred.id},
            retrieved=[cred],
        )

    def _gap_answer(self, profile: LearnerProfile) -> _Reply:
        """The goal's essential skills the learner lacks, each with how many courses teach it."""
        gap = self.tools.skill_gap(profile)
        missing = [g for g in gap.skills if g.essential] or list(gap.skills)
        goal = md.escape_text(goal_label(gap.goal_label or (profile.goal.label if profile.goal else "")))
        if not missing:
            return _Reply(t("gap_closed", goal=goal), "explain")
        items = "\n".join(
            f"- {md.quoted(g.label)} — "
            + (counted("n_teaching", len(g.taught_by)) if g.taught_by else t("gap_untaught"))
            for g in missing[:10]
        )
        taught = sum(1 for g in missing if g.taught_by)
        text = "\n\n".join(
            (t("gap_head", goal=goal, count=len(missing), taught=taught), items, t("gap_foot"))
        )
        return _Reply(text, "explain")

    def _list_facts(self, listed: list[Credential], intent: str) -> _Reply:
        """The entries shown again with their price, workload and level, and the cheapest and shortest."""
        lines = [md.credential_line(n, c) for n, c in enumerate(listed, 1)]
        courses = [c for c in listed if c.kind != "certificate"]
        priced = [c for c in courses if c.cost is not None]
        timed = [c for c in courses if c.hours]
        extremes = []
        if priced:
            extremes.append(t("list_cheapest", citation=cite(min(priced, key=lambda c: c.cost_eur or 0.0))))
        if timed:
            extremes.append(t("list_shortest", citation=cite(min(timed, key=lambda c: c.hours or 0.0))))
        text = "\n\n".join(x for x in (t("list_facts_head"), "\n".join(lines), " ".join(extremes)) if x)
        return _Reply(text, intent, retrieved=listed)

    def _why_order(self, plan: Pathway) -> _Reply:
        """Why the plan's steps come in their order: each step with what it needs from earlier steps, what
        builds on it later, and its weeks."""
        steps = [(s, self.tools.get(s.id)) for s in plan.steps]
        lines = []
        for n, (step, cred) in enumerate(steps):
            if cred is None:
                continue
            before = [c for _, c in steps[:n] if c is not None and c.id in cred.prerequisites]
            after = [c for _, c in steps[n + 1 :] if c is not None and cred.id in c.prerequisites]
            said = []
            if before:
                said.append(t("why_order_needs", before=", ".join(cite(c) for c in before)))
            if after:
                said.append(t("why_order_opens", after=", ".join(cite(c) for c in after)))
            said.append(t("why_weeks", a=step.start_week, b=step.end_week))
            lines.append(f"{n + 1}. {cite(cred)}: " + " ".join(said))
        text = t("why_order_head") + "\n\n" + "\n".join(lines) + "\n\n" + t("why_order_rule")
        retrieved = [c for _, c in steps if c is not None]
        return _Reply(text, "why", retrieved=retrieved)

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
                retrieved=self.tools.direction_examples(profile),
            )
        if (
            cred.id == state.focus
            and len(cred.prerequisites) == 1
            and set(state.shown) == {cred.id, *cred.prerequisites}  # the last answer: X and what it needs
            and refers_back(p.text)
            and not p.ordinals
            and self._mentioned(p, state) is None
        ):
            # "and before that?" right after "what do I need before X?" (answered with X's one prerequisite
            # P): "that" is P, the one just named, so the chain goes one step further back
            cred = self.tools.get(cred.prerequisites[0]) or cred
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

    def _described(self, text: str, picks: list[Credential]) -> list[Credential]:
        """Two credentials described by subject ("the HPC course and the cloud one"): the best catalogue hit
        above the relevance floor for each part, when the two are distinct; else nothing."""
        found = list(picks)
        for part in _PARTS.split(text):
            words = [w for w in re.findall(r"\w[\w+#.-]*", part) if not _COMPARE_FILLER.fullmatch(w.lower())]
            if not words or len(found) >= 2:
                continue
            # a product the catalogue has no course of ("Power BI") by its field, never by a word of its name
            query = next((f for pat, f in _VENDOR_FIELDS if pat.search(" ".join(words))), " ".join(words))
            hits = [h for h in self.tools.search_hits(query, None, k=3) if h.score >= RELEVANCE_FLOOR]
            pick = next((h.credential for h in hits if h.credential not in found), None)
            if pick is not None:
                found.append(pick)
        return found if len(found) >= 2 else []

    def _compare(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        picks = [self._by_ordinal(state, n) for n in p.ordinals[:2]]
        if len(picks) == 1 and state.focus:
            picks.insert(0, self.tools.get(state.focus))
        picks = [c for c in picks if c]
        if len(picks) < 2:  # named by full title, in any language's sentence
            titled = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
            if len(titled) >= 2:
                low = p.text.lower()
                picks = sorted(titled, key=lambda c: low.find(c.title.lower()))[:2]
        if len(picks) < 2:  # named by title: "Python Basics vs SQL for Analysts"
            for part in _PARTS.split(p.text):
                found = self.tools.lexicon.find_title(part) if len(part.strip()) > 5 else None
                cred = self.tools.get(found) if found else None
                if cred and cred not in picks:
                    picks.append(cred)
        if len(picks) < 2 and state.focus and (focus := self.tools.get(state.focus)) and focus not in picks:
            picks.insert(0, focus)
        if len(picks) < 2 and not p.ordinals:
            # "how does the AWS Architect compare to Cloud Migration Planning?": one of the two is not in the
            # catalogue; say which, and describe the one it has
            known = picks or self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)[:1]
            missing = self._missing_name(p) if len(known) == 1 else None
            if missing:
                card = self._card(known[0], "compare")
                card.text = t("not_in_catalogue", name=md.escape_text(missing)) + "\n\n" + card.text
                return card
        listed = self._listed(state)
        if len(picks) < 2 and (beyond := [n for n in p.ordinals if n > len(listed)]) and listed:
            return self._which_two(listed, t("no_number", n=beyond[0], size=len(listed)) + " ")
        if len(picks) < 2 and not p.ordinals and len(listed) == 2:
            picks = [c for c in (self.tools.get(i) for i in listed) if c]  # "which one is cheaper?" of two
        described = len(picks) < 2 and not p.ordinals and self._described(p.text, picks)
        if described and listed and (refers_back(p.text) or of_those(p.text)):
            described = []  # "which of those two is better?": the entries shown, not two subjects
        if len(picks) < 2 and listed and not described:
            return self._which_two(listed)
        if described:  # "the HPC course and the cloud one", no list shown: the closest entry for each
            picks = described
        if len(picks) < 2:
            return _Reply(t("need_list"), "compare", retrieved=self.tools.direction_examples(profile))
        a, b = picks[0], picks[1]
        rows = [
            (t("f_provider"), md.escape_text(a.provider), md.escape_text(b.provider)),
            (t("f_workload"), md.workload(a), md.workload(b)),
            ("EQF", str(a.eqf_level or "–"), str(b.eqf_level or "–")),
            (t("f_price"), _price(a), _price(b)),
            (
                t("f_participation"),
                md.mode(a.participation) if a.participation else "–",
                md.mode(b.participation) if b.participation else "–",
            ),
            (t("f_languages"), md.languages(a.languages) or "–", md.languages(b.languages) or "–"),
            (t("f_assessment"), md.quoted(a.assessment) or "–", md.quoted(b.assessment) or "–"),
            (t("f_prereq"), str(len(a.prerequisites)), str(len(b.prerequisites))),
        ]
        table = f"| | {t('col_first')} | {t('col_second')} |\n|---|---|---|\n" + "\n".join(
            f"| {r} | {x} | {y} |" for r, x, y in rows
        )
        verdict = _verdict(a, b)
        text = (
            t("compare_head", first=cite(a), second=cite(b))
            + "\n\n"
            + table
            + "\n\n"
            + (t("in_short", verdict=verdict) if verdict else t("close_on"))
        )
        shown = {"last_results": (a.id, b.id), "listing": "results", "focus": None}
        return _Reply(text, "compare", shown, retrieved=[a, b])

    def _which_one(self, listed: list[str], n: int, intent: str) -> _Reply:
        """ "The second one" of a one-entry list: no such number, and which one of those shown was meant."""
        shown = [c for c in (self.tools.get(i) for i in listed[:6]) if c]
        items = "\n".join(md.credential_line(k, c) for k, c in enumerate(shown, 1))
        text = t("no_number", n=n, size=len(listed)) + " " + t("which_one") + "\n\n" + items
        return _Reply(text, intent, retrieved=shown)

    def _which_two(self, listed: list[str], note: str = "") -> _Reply:
        """A question with the choices: the entries of the last list, numbered, to pick two of."""
        shown = [c for c in (self.tools.get(i) for i in listed[:6]) if c]
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(shown, 1))
        return _Reply(note + t("which_two") + "\n\n" + items, "compare", retrieved=shown)


def _asks_sort(text: str) -> bool:
    """'Sort them by price', 'ordénalos por duración': the list shown reordered, not a new search."""
    low = text.casefold()
    return any(w in low for w in vocab.SORT)


def _without(text: str, phrase: str | None) -> str:
    """The text without a phrase (case-insensitive), e.g. the job held, so that its words are no wish."""
    return re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE) if phrase else text


# "cheap cyber security courses": a search ordered by price, in the served languages
_CHEAP = re.compile(
    r"\b(?:cheap|cheapest|affordable|inexpensive|low[- ]cost|günstig\w*|billig\w*|barat\w*|barato\w*|"
    r"económic\w*|pas cher|bon marché|halpa\w*|edullis\w*|rẻ|re nhat|सस्त\w*|sasta|sasti|সস্তা|shosta)\b",
    re.IGNORECASE,
)
# words of a comparison naming no subject ("what's the difference between the HPC course and the cloud one")
_COMPARE_FILLER = re.compile(
    r"what'?s?|is|are|the|a|an|difference|differences|between|compare|comparing|which|one|ones|course|"
    r"courses|certificate|program(?:me)?|how|does|do|vs|versus|better|harder|easier|of|to|"
    r"unterschied|zwischen|dem|der|die|das|kurs|diferencia|entre|el|la|curso|différence|le|les|cours|"
    r"ero|välillä|kurssi|khác|nhau|giữa|khóa|học|फ़र्क|अंतर|कोर्स|পার্থক্য|কোর্স"
)
_PARTS = re.compile(
    r"\s(?:and|vs\.?|versus|or|with|und|oder|mit|y|o|con|et|ou|avec|ja|vai|và|hay|với|और|या|আর|এবং|বা)\s|"
    r"[,;]",
    re.IGNORECASE,
)


# the field a vendor's or a well-known certification belongs to, for the closest real alternatives to one
# the catalogue lacks
def _subject_of(cred: Credential) -> str:
    """What a credential is about, as a query: its first skills, else its title."""
    return " ".join(s.label for s in cred.skills[:3]) or cred.title


_VENDOR_FIELDS = tuple(
    (re.compile(pattern, re.IGNORECASE), field)
    for pattern, field in (
        (r"\b(?:aws|azure|gcp|google cloud|kubernetes|cka|terraform)\b", "cloud"),
        (r"\b(?:cissp|cism|ceh|oscp|security\+|comptia sec|cybersecurity)", "cybersecurity security"),
        (r"\b(?:ccna|ccnp|cisco|network\+|juniper)\b", "networking network"),
        (r"\b(?:power ?bi|tableau|looker|google data analytics)\b", "data analysis visualisation"),
        (r"\b(?:data engineer|databricks|snowflake)\b", "data engineering pipelines"),
        (r"\b(?:scrum|pmp|prince2|itil)\b", "agile project delivery"),
    )
)


_LEVEL_WORDS = frozenset(
    "foundations fundamentals basics essentials introduction intro grundlagen einführung einfuehrung basis "
    "fundamentos introducción introduccion nociones bases initiation introduction perusteet johdanto".split()
)


def _asked_for_a_course(history: History) -> bool:
    """Whether the learner's last message asked for a course ("Ich such nen Cloudsicherheitskurs"): a
    question that follows is about that course, even when the reply read a goal in it."""
    said = next((turn.text for turn in reversed(history.turns) if turn.role == "user"), "")
    return any(w in vocab.COURSE or w.endswith(("kurs", "kurse")) for w in tokens(said))


def _subject(query: str) -> str:
    """A search's subject in English when the glossary knows its terms ("netzwerksicherheits network security"
    -> "network security", "computación de alto rendimiento high performance computing" -> "high performance
    computing"), for ranking the learner's-language courses by subject rather than by the words the learner
    wrote; else the query."""
    lang = current()
    return (english(query, lang, only_terms=True) if lang != "en" else None) or query


def _title_says(named: str, title: str) -> bool:
    """Whether every longer word of a title as the learner wrote it ("Cloud Security Fundamentals?") is in
    the catalogue title found."""
    said = _words(re.split(r"[?!.,;:(]", named, maxsplit=1)[0], 4)
    words = _words(title, 4)
    # a level word said in another language ("Penetration Testing Grundlagen" for "... Foundations") is the
    # same title; any other word is another one ("Cloud Security Fundamentals" is no "... Engineering")
    return said <= words or (said - words <= _LEVEL_WORDS and words - said <= _LEVEL_WORDS)


def _names_title(text: str, cred: Credential) -> bool:
    """Whether a message names a credential as held: its id, or two of its title's words of three letters or
    more ("I did Networking Fundamentals"), not one ("a bit of SQL" is no "SQL para el análisis de datos")."""
    low = text.casefold()
    if cred.id.casefold() in low:
        return True
    words = _words(cred.title, 3)
    return len(words & _words(low, 1)) >= min(2, len(words))


def _words(text: str, shortest: int) -> set[str]:
    """The words of a text, case-folded, of at least `shortest` letters."""
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= shortest}


def _merged(first: list[Credential], then: list[Credential], k: int = 5) -> list[Credential]:
    """`first`, then `then`, each credential once, at most `k`."""
    return list({c.id: c for c in [*first, *then]}.values())[:k]


def _own_words_language(
    message: str, named: list[Credential], known: str | None, names: list[str] | None = None
) -> str | None:
    """The language of a message without the catalogue titles and ids it names (and the other course names
    it gives, `names`); the conversation's language (else English; else, for names the catalogue lacks,
    None: "Cloud Sicherheit Kurs online" may be a name in the learner's own language) when too few of the
    learner's own words are left to tell."""
    from pathfinder.assistant.nlu.language import identify

    rest = message
    for c in named:
        rest = re.sub(re.escape(c.title), " ", rest, flags=re.IGNORECASE).replace(c.id, " ")
        rest = _without_title_words(rest, c.title)
    for name in names or ():
        rest = rest.replace(name, " ")
    if sum(1 for w in rest.split() if sum(ch.isalpha() for ch in w) >= 2) < 2:
        return known or ("en" if named else None)
    return identify(rest, known)


def _title_word(title: str) -> Callable[[str], bool]:
    """Whether a word is a word of `title` (three letters or more), as typed or with a typo or two
    ("Fundations" for "Foundations"; one edit per five letters)."""
    from rapidfuzz.distance import OSA

    own = {w.casefold() for w in re.findall(r"\w+", title) if len(w) >= 3}

    def quoted(word: str) -> bool:
        low = word.casefold()
        return low in own or (
            len(low) >= 5 and any(OSA.distance(low, w) <= max(1, len(low) // 5) for w in own)
        )

    return quoted


def _quotes_title(text: str, title: str) -> bool:
    """Whether `text` quotes the whole of `title` (each of its words of three letters or more, typos
    allowed), not a few of its words ("data analysis" is a topic, not "Statistics for Data Analysis")."""
    own = {w.casefold() for w in re.findall(r"\w+", title) if len(w) >= 3}
    quoted = _title_word(title)
    return len(own) >= 2 and sum(quoted(w) for w in set(re.findall(r"\w+", text))) >= len(own)


def _filters_list(p: Parsed, state: DialogueState, named: bool) -> bool:
    """Whether a message asks which entries of the list shown are in a language ("any of them in German?",
    "gibt es die auch auf Spanisch?", "lesquels sont en français ?"): a language asked about in a question
    or of the entries as a group, not a limit ("only in English", "in English please") nor languages the
    learner speaks."""
    return (
        state.listing == "results"
        and bool(state.last_results)
        and bool(p.languages)
        and not p.spoken_languages
        and not named
        and not p.ordinals
        and not limits_language(p.text)
        and (of_those(p.text) or "?" in p.text or "？" in p.text)
        and not asks_language_of_one(p, state, named)
    )


def _without_title_words(text: str, title: str) -> str:
    """`text` without the words of `title` (typos allowed, `_title_word`), so a title quoted inexactly says
    nothing of the language the learner writes in."""
    quoted = _title_word(title)
    return re.sub(r"\w+", lambda m: " " if quoted(m.group(0)) else m.group(0), text)


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


__all__ = ["OfflineResponder", "ProfileChange"]


def _asked_language(p: Parsed) -> str | None:
    """The served language a short message asks for and nothing else ("in English please", "auf Deutsch
    bitte"): the learner wants the conversation in it (and, as a standing wish, courses in it too)."""
    if len(p.languages) != 1 or p.languages[0] not in SERVED or p.topic or len(p.text.split()) > 4:
        return None
    if _ABOUT_COURSES.search(p.text):  # "only courses in French", "nur Kurse auf Deutsch": a course filter
        return None
    asked = p.languages[0]
    # named in its own words ("in English please", "en español"), the learner speaks it; "in spanish?" in an
    # English conversation asks for Spanish courses, not for Spanish replies
    if not re.search(_ENDONYMS[asked], p.text, re.IGNORECASE):
        return None
    return asked


_ENDONYMS = {
    "en": r"\benglish\b",
    "de": r"\bdeutsch",
    "es": r"\bespañol|\bespanol|\bcastellano",
    "fr": r"\bfrançais|\bfrancais",
    "fi": r"\bsuomeksi|\bsuomi",
    "vi": r"tiếng việt|tieng viet",
    "hi": r"हिंदी|हिन्दी|\bhindi\b",
    "bn": r"বাংলা|\bbangla\b",
}


_ABOUT_COURSES = re.compile(
    r"\b(?:only|just|nur|solo|sólo|seulement|uniquement|vain|chỉ|course|cours|curso|kurs|kurssi|khóa)|"
    r"केवल|सिर्फ|कोर्स|শুধু|কোর্স",
    re.IGNORECASE,
)


def _about(c: Credential | None, topic: str) -> bool:
    """Whether a topic's words are in the credential's title or skill labels ("how long is the cloud one?"
    about a cloud course in focus), stems compared."""
    if c is None:
        return False
    words = {stem(w) for w in normalise_label(topic).split() if len(w) > 2}
    own = {stem(w) for w in normalise_label(" ".join([c.title, *(s.label for s in c.skills)])).split()}
    return bool(words & own)


def _difficulty(c: Credential) -> tuple[int, int, float]:
    """How hard a credential is to start: EQF level, then prerequisites, then hours (a certificate last)."""
    return (c.eqf_level or 9, len(c.prerequisites) + (c.kind == "certificate") * 9, c.hours or 999.0)


def _verdict(a: Credential, b: Credential) -> str:
    """What sets two entries apart, grouped by the one that wins: "the 2nd is cheaper, shorter and easier to
    start" (not "the 2nd is cheaper and the 2nd is shorter ..."); "" when neither wins on anything."""
    wins: dict[str, list[str]] = {}
    # a certificate's own fee and hours are not what it takes: its courses are paid and studied separately
    priced = a.kind != "certificate" and b.kind != "certificate"
    if priced and a.cost_eur is not None and b.cost_eur is not None and a.cost_eur != b.cost_eur:
        wins.setdefault("col_first" if a.cost_eur < b.cost_eur else "col_second", []).append(t("q_cheaper"))
    if priced and a.hours and b.hours and a.hours != b.hours:
        wins.setdefault("col_first" if a.hours < b.hours else "col_second", []).append(t("q_shorter"))
    if (easier := _easier(a, b)) is not None:  # "which one is easier for a beginner?"
        wins.setdefault("col_first" if easier is a else "col_second", []).append(t("q_easier"))
    # each side in a clause of its own: "the 1st is cheaper; the 2nd is shorter and easier to start"
    return "; ".join(t("better_is", which=t(col), qualities=and_list(qs)) for col, qs in wins.items())


def _price(c: Credential) -> str:
    """The price cell of a comparison: a certificate without a fee of its own is not "free"."""
    return t("cert_no_fee") if c.kind == "certificate" and not c.cost else md.money(c.cost, c.currency)


def _easier(a: Credential, b: Credential) -> Credential | None:
    """The one of two that is easier to start: the lower EQF level, else fewer prerequisites; None when
    neither is (or a level is unknown)."""
    if a.eqf_level and b.eqf_level and a.eqf_level != b.eqf_level:
        return a if a.eqf_level < b.eqf_level else b
    if len(a.prerequisites) != len(b.prerequisites) and (a.eqf_level == b.eqf_level):
        return a if len(a.prerequisites) < len(b.prerequisites) else b
    return None


def _names_another(text: str, cred: Credential | None) -> bool:
    """Whether a course name in the text ("the Advanced Kubernetes Security Bootcamp") has two or more words
    of four letters or more that `cred`'s title lacks: the text names another course, not this one."""
    if cred is None:
        return True
    title = normalise_label(cred.title).split()
    for name in course_names(text):
        words = [w for w in normalise_label(name).split() if len(w) >= 4]
        foreign = [w for w in words if not any(w.startswith(t) or t.startswith(w) for t in title)]
        if len(foreign) >= 2:
            return True
    return False


def _echoes(text: str, shown: list[Credential]) -> bool:
    """Whether a word of the text (4 letters or more) begins a word of a title just shown, or one such word
    begins it ("the intro to HPC one" and "Introduction to High-Performance Computing"): the text may mean
    that one, so a word that only another title of the catalogue has does not decide."""
    said = [w for w in normalise_label(text).split() if len(w) >= 4 and w not in _KIND]
    for cred in shown:
        title = [w for w in normalise_label(cred.title).split() if len(w) >= 4]
        if any(w.startswith(t) or t.startswith(w) for w in said for t in title):
            return True
    return False


_KIND = frozenset("course courses kurs kurse curso cursos cours kurssi".split())
