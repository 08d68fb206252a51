"""How a message is read before it is answered: what it holds, adds or rules out, and which languages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pathfinder.assistant import course_questions, followups_shown
from pathfinder.assistant import markdown as md
from pathfinder.assistant.conversation_language import (
    adds_language,
    limits_language,
    prefers_language,
    widened,
)
from pathfinder.assistant.followup_words import asks_best_way
from pathfinder.assistant.i18n import SERVED
from pathfinder.assistant.intents import Parsed, is_bare_yes
from pathfinder.assistant.interests import broad_field, direction_of
from pathfinder.assistant.introductions import says_introduction, some_introduction
from pathfinder.assistant.nlu import act_features, act_model, joint, vocab
from pathfinder.assistant.nlu.asking import asks_course_on
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.level_words import held_basics_wish_higher
from pathfinder.assistant.nlu.skill_use import adds_another, habitually, uses_it
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.assistant.nlu.understand import took_course
from pathfinder.assistant.nlu.wanting import wanting
from pathfinder.assistant.nlu.wishes import also_wish, later_wish, preference
from pathfinder.assistant.occupation_difference import asks_nearer, compared_occupations, leaned, picked
from pathfinder.assistant.offline.mentions import _names_title
from pathfinder.assistant.offline_plans import aims_there
from pathfinder.assistant.own_terms import asked_not_stated, asks_if_any, asks_what_to_take
from pathfinder.assistant.picks import (
    asks_easier,
    asks_of_group,
    asks_of_one,
    asks_what_it_is,
    points_at_free_one,
    says_cheap,
)
from pathfinder.assistant.policy import (
    asks_after,
    asks_capabilities,
    asks_language_of_one,
    asks_quantity,
    asks_remove,
    asks_which,
    decide,
    of_those,
    refers_back,
    superlative,
)
from pathfinder.assistant.profile_changes import mentions, names_held_skill, retracted_skills
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, Occupation
from pathfinder.domain.dialogue import DialogueState, History, ProfileChange, apply_changes

ANONYMOUS = LearnerProfile(id="anonymous")  # the learner when no profile is given
# the acts the classifier gives a title's own words ("Data Pipelines" a goal, "Python Basics" a skill)
_TITLE_READ_AS_WORDS = ("set_goal", "state_skills", "search")


@dataclass
class Reading:
    """What a message was read as before it is answered: its act, the credential it names, whether its topic
    is one the catalogue serves, and what it says of the plan, list or jobs shown."""

    intent: str
    named: Credential | None
    topical: bool
    plan_shown: bool  # a plan (or its suggestions) is what the learner is looking at
    spoken_only: bool  # "she only speaks Spanish" about a list: the list in those languages
    nearer_asked: bool  # "which is easier to get into?" about the two jobs just compared
    offered_jobs: list[Occupation]
    jobs_compared: tuple[Occupation, Occupation] | None
    pointed: Credential | None = None  # "the German one": the one entry shown it points at (`pointing`)
    attributes: tuple[str, ...] = ()  # the facts of one course asked about (`course_questions`): no limits
    # a subject wished for later or preferred while a goal is set ("y si al final quiero aprender python?",
    # "I like statistics more than coding"): the goal stays, the subject is searched (`nlu.wishes`)
    beside_goal: str = ""
    preferred: bool = False  # that subject was said as a preference, not as a later wish
    leaned_from: str = ""  # the subject preferred that chose one of two jobs compared ("statistics")


class TurnReading:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

    def _read(self, message: str, p: Parsed, lang: str, history: History, profile: LearnerProfile) -> Reading:
        """The act of a message and what it points at, read in the light of the conversation so far (`p` is
        settled in place: the slots the act rules out are cleared, a budget said as a limit is set)."""
        state = history.state
        previous = history.turns[-1].answer if history.turns else None
        offered = previous is not None and previous.pathway is not None and bool(previous.pathway.relaxations)
        suggestions_open = (
            state.last_pathway is not None and bool(state.last_pathway.relaxations) or state.offer is not None
        )
        named = self._mentioned(p, state)
        pointed = self._pointed(p, state) if named is None else None
        if pointed is not None and p.languages and asks_what_to_take(p.text):
            pointed = None  # "what can he do first that is in Polish?": "first" points at no entry shown
        topical = (
            bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic) and not asks_capabilities(p.text)
        )
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
            and set(p.languages) <= set(p.spoken_languages)  # "only speaks German" wants German (slots)
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
        # a reading of skills that names none to hold is re-read from what it says (session 24, acts24)
        names_skill = p.predicted != "state_skills" or names_held_skill(p, self.tools)
        joint.settle(p, **seen, searched=searched, names_skill=names_skill)
        intent = (
            (
                "apply_suggestion"
                if offered and suggestions_open
                # "yes" right after a goal was set, nothing offered nor planned: the plan the reply invited
                # (session 22: it was the greeting)
                else "plan"
                if has_goal and not offered and state.last_pathway is None and state.offer is None
                else "smalltalk"
            )
            if is_bare_yes(message)
            else act_model.second_opinion(  # the learned act where the rules are not sure (nlu.act_gate)
                record,
                p.predicted,
                decide(
                    p,
                    state,
                    suggestions_open=suggestions_open,
                    # two steps named by one subject ("the machine learning one") name a step all the same
                    named=named is not None or bool(self._shown_by_subject(p, state)),
                    topical=topical,
                    has_goal=has_goal,
                    names_job=names_job,
                    points_at=pointed is not None,
                    grounded=topical and not self.tools.lexicon.ungrounded(p.topic),
                ),
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
        if p.job_pointed and intent in ("search", "explore", "explain", "select", "requirements"):
            # "what should I study to get that job?": the job named before is the goal, the way there asked
            intent = "plan" if p.plan_cue else "set_goal"
        titles = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
        two_titles = len(titles) >= 2
        if (
            # "Was kann ich nach Networking Fundamentals machen?" read as a plan (session 24): what follows
            # the course named, no goal of its title's words
            (intent in _TITLE_READ_AS_WORDS or intent == "plan" and asks_after(p.text) and not p.plan_cue)
            and titles
            and not p.done_cue
            and not shown
            and _words_within(p.goal_text or p.goal_english or "", titles)
            and not _wants_to_learn(p.text)  # "quiero aprender <a title's words>": the subject
            and not _words_within(p.text, titles)  # a bare title ("angewandte statistik") is a search
        ):
            # session 13: a first message naming catalogue courses by their full titles reads their words as a
            # goal, a search or skills held ("vertaa Networking Fundamentals ja …", "tell me about Building
            # Reliable Data Pipelines"): with no done cue and no goal outside the titles it asks about them
            intent = "compare" if two_titles else "explain"
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
        leaning_to = (
            preference(p.text, p.lang)
            if len(offered_jobs) == 2 and chosen_job is None and jobs_compared is None and not nearer_asked
            else None
        )
        if leaning_to is not None:  # "I like statistics more than coding": the job those skills lean to
            chosen_job = leaned(*leaning_to, offered_jobs, self.tools.taxonomy.label)
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
        intent = followups_shown.act(p, state, intent, named, history, self.tools)  # session 12
        if (
            (
                intent in ("search", "explore", "smalltalk", "out_of_scope", "explain")
                or intent == "set_goal"
                and not wanting(p.text).wants_or_needs
            )
            and named is None
            and not p.ordinals
            and "?" not in p.text
            and retracted_skills(p.text, lang, self.tools, apply_changes(profile, state.pending))
        ):
            # "actually I never used SQL, only Excel", "en fait je n'ai jamais touché à SQL": a skill held
            # taken back is a statement of skills, never a search of its name (session 21, skills21)
            intent = "state_skills"
        if (
            intent in ("search", "explore", "set_goal", "smalltalk", "explain", "select")
            and previous is not None
            and previous.intent == "state_skills"
            and named is None
            and pointed is None
            and not p.ordinals
            and adds_another(p.text)
            and not wanting(p.text).wants_or_needs
            and mentions(p.text, self.tools, lang, inflected=lang not in (None, "en"))
        ):
            # "y jira también", "and Trello too" right after skills were noted: one more skill held, not a
            # search of it (session 21, skills21)
            intent = "state_skills"
        if (
            intent == "requirements"
            and p.ordinals
            and named is None
            and self._listed(state)
            and asks_what_it_is(p.text)
            and not course_questions.asks_before(p.text)
            and "prerequisites" not in course_questions.asked_attributes(p.text)
        ):
            # "what is the first course exactly?", "¿qué es exactamente el primer curso?" after a plan or
            # list: that entry's card (session 16, lead trial 11: read as what it requires)
            intent = "select"
        way = asks_best_way(p.text) if has_goal and named is None and pointed is None else None
        if (
            way is None
            and intent == "refine"
            and state.last_pathway is not None
            and state.listing in ("pathway", "suggestions")
            and set(p.refinements) in ({"cheaper"}, {"shorter"})
            and superlative(p.text)
            and (
                of_those(p.text)
                or _STEP.search(p.text) is not None
                or asks_which(p.text)
                and not topical
                and p.refinements == ("cheaper",)
            )
            and not (p.languages or p.participation or p.has_constraints)
        ):
            # "which of those steps takes the least time?", "welcher Schritt ist am billigsten?" after a plan:
            # that step picked (session 15), not the plan re-run by another strategy; "which is the cheapest
            # course?", "सबसे सस्ता कोर्स कौन सा है?" with no subject of its own too (session 17, lead trial
            # 13; "which is the fastest?" stays the fastest plan: bn-flow-19)
            intent = "select"
        if way is not None and not p.ordinals:
            # "fastest path?", "¿cuál es el camino más rápido?" with a goal known: the plan by that strategy
            # (session 15), never the quickest entry of the list shown; after a plan, that plan re-run
            p.refinements = ("shorter",) if way == "fastest" else ("cheaper",)
            intent = "refine" if state.last_pathway is not None and state.listing == "pathway" else "plan"
        if pointed is not None and intent == "refine":
            intent = "select"  # "the on-site one" after a plan: that step, not a filter of the plan
        if (
            intent in ("set_constraints", "set_goal", "explain", "select", "search", "requirements")
            # the model's guess of a plan only with the time said (session 13); else a word asking for one
            # ("und der einfachste für Anfänger?" is no plan: merge fix)
            and (p.plan_cue or p.predicted == "plan" and intent == "set_constraints")
            and (state.focus or named is not None)
            and (named is None or state.focus in (None, named.id))
            and not p.done_cue
            # "which one do I start with?", "এর পরে কী করব?": one of the parts shown, what follows; no plan
            and not asks_which(p.text)
            and not asks_after(p.text)
            and (aims_there(p.text) or refers_back(p.text) or named is not None)
        ):
            # "ok dann bau mir nen Weg dahin, 6 Stunden pro Woche" after a course's card: the plan to it, with
            # the time noted (session 13: the time was noted and the goal asked for); "plan to get to that
            # certificate, 6 hours a week", "Plan bis zu dem Zertifikat", "make me a plan to get to the HPC
            # one" (session 19, lead trial 14's 19: read as a card, the time, or an area goal and a list)
            intent = "plan"
        one_course = named is not None or pointed is not None or bool(state.focus) and not two_titles
        # "the first one", "ese", "khóa này", or a short question with no group word and no subject of its
        # own: the question is about that one course (session 15)
        strong = (
            named is not None
            or pointed is not None
            or bool(p.ordinals)
            or asks_of_one(p.text)
            or refers_back(p.text)
        )
        plan_in_view = state.last_pathway is not None and state.listing in ("pathway", "suggestions")
        pointing = (
            (strong or len(p.text.split()) <= 8 and not asks_of_group(p.text) and not topical)
            # "anything cheaper than that?", "gibt es noch andere?": other courses asked for
            and (named is not None or bool(p.ordinals) or not (_OTHERS.search(p.text) or p.refinements))
            # "gibts das auch auf Deutsch?" after a plan: the plan asked about (a refinement), not a course;
            # unless the last answer was about one of its courses (session 17, t12-10: "what is the first
            # course and what does it cost?", then "can I do it in Finnish?": that course's language)
            and not (
                plan_in_view and named is None and pointed is None and not p.ordinals and not state.focus
            )
        )
        asked = course_questions.act(
            p.text,
            one_course=one_course or bool(p.ordinals) and bool(self._listed(state)),
            plan_shown=state.last_pathway is not None and state.listing in ("pathway", "suggestions"),
            # "I want to go into X. What's the quickest route?": the way to the goal, no fact of course X
            plan_cue=p.plan_cue or asks_best_way(p.text) is not None,
            done_cue=p.done_cue,
            hours_said=p.hours_per_week is not None,
            # "and in French?" alone asks for courses in French; "is it in French?" asks its language
            languages_named=bool(p.languages) and not p.spoken_languages and strong,
            pointed=pointing and not p.has_constraints,
        )
        attributes: tuple[str, ...] = ()
        if asked is not None and named is None and not p.ordinals and asks_what_to_take(p.text):
            asked = (
                None  # "what can he do first that is in Polish?": courses wanted, no fact of the one shown
            )
        if asked is not None and intent not in ("compare", "skip_step", "why") and not two_titles:
            # session 14: "is X a good fit for someone who only knows Excel?", "und davor?", "MPI wala course
            # kitne hafte ka hai?": a question about that course; the title's words are no goal
            intent, p.goal_text, p.clause_goal, p.goal_english = asked, None, None, None
            # session 15: "is the RGPD one in English?", "¿es presencial?": its facts asked, no limit said
            attributes = course_questions.asked_attributes(p.text, bool(p.languages) and strong)
        wish = direction_of(p.text) if named is None else None
        if wish and apply_changes(profile, state.pending).goal is None:
            # "I like helping people with their computer problems": the direction, not "computer" (session 12)
            intent, p.goal_text, p.clause_goal, p.goal_english = "set_goal", wish, wish, wish
        elif named is None and broad_field(p.text) and apply_changes(profile, state.pending).goal is None:
            # "something with computers": a vague wish, the counsellor's opening with directions in that field
            # (session 13), never a search of the words
            intent, p.goal_text, p.clause_goal, p.goal_english = "explore", None, None, None
        if (
            named is None
            and intent in ("search", "explore", "out_of_scope", "smalltalk")
            and took_course(p.text)
            and mentions(p.text, self.tools, p.lang, inflected=p.lang not in (None, "en"))
        ):
            # "he did an AWS cloud basics course last year", "tein AWS-peruskurssin": a course taken that the
            # catalogue does not hold is evidence of the skills it names, never a search for its words
            # (session 20, lead trial 15's 02); a course naming no skill ("a web dev bootcamp") leaves the act
            intent = "state_skills"
            p.goal_text = p.clause_goal = p.goal_english = None
        taken_up = self._skill_used_now(p, history, profile, named is not None)
        if taken_up is not None and intent not in ("plan", "set_constraints", "compare"):
            # "I know some Python" ... "I use it daily at work": the skill just named, held (session 20); the
            # words of its use are no goal, no job and no subject
            intent, p.skills = "state_skills", (taken_up,)
            p.goal_text = p.clause_goal = p.goal_english = p.current_role = p.clause_role = None
        plan_shown = state.last_pathway is not None and state.listing in ("pathway", "suggestions")
        if (
            p.budget is None
            and p.max_cost
            and (intent == "set_constraints" or intent == "refine" and plan_shown)
        ):
            # "he can't pay much, 500 euros max" about a plan or as a limit: the budget, not a price filter,
            # in the currency said ("tối đa 10 triệu": VND 10,000,000, not its EUR 360)
            p.budget, p.currency = p.price_ceiling or (p.max_cost, "EUR")
        if (
            intent in ("requirements", "explain", "select")
            and asks_course_on(p.text)
            and topical
            and not titles
            and not p.ordinals
            and not (p.languages or p.participation)
        ):
            # "is there a course on quality assurance of micro-credentials?", "có khóa nào về … không?": a
            # search of that subject, not a question about a course shown that a word of it points at
            # (session 28, lead trial 23's 15 answered the prerequisites of the foundations course)
            intent, named, pointed, attributes = "search", None, None, ()
            p.goal_text = p.clause_goal = p.goal_english = None
        beside, preferred = self._beside_goal(p, profile, state, named, chosen_job, jobs_compared)
        if beside:
            # "y si al final quiero aprender python, cuál sería el siguiente paso?", "I prefer statistics to
            # coding" once a goal is set: the goal stays, the subject is searched (session 28, lead trial 23's
            # 03 replaced a data-analyst goal by software developer)
            intent, p.topic = "search", beside
            p.goal_text = p.clause_goal = p.goal_english = p.current_role = p.clause_role = None
        return Reading(
            intent=intent,
            named=named,
            topical=topical,
            plan_shown=plan_shown,
            spoken_only=spoken_only,
            nearer_asked=nearer_asked,
            offered_jobs=offered_jobs,
            jobs_compared=jobs_compared,
            pointed=pointed,
            attributes=attributes,
            beside_goal=beside,
            preferred=preferred,
            leaned_from=leaning_to[0] if leaning_to is not None and chosen_job is not None else "",
        )

    def _beside_goal(
        self,
        p: Parsed,
        profile: LearnerProfile,
        state: DialogueState,
        named: Credential | None,
        chosen_job: Occupation | None,
        jobs_compared: tuple[Occupation, Occupation] | None,
    ) -> tuple[str, bool]:
        """The subject of a later wish or a preference said while a goal is set (`nlu.wishes`), in the
        glossary's English or the message's topic, and whether it was a preference; ("", False) when the
        message is neither, names a course, picks a job or states limits, or its subject is the goal's."""
        goal = apply_changes(profile, state.pending).goal
        # a course named by its title is asked about; one only pointed at by a word of its subject ("... also
        # want to learn machine learning?" beside a step on data sets for machine learning) is not
        titles = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
        titled = named is not None and bool(titles)
        if titled or chosen_job is not None or jobs_compared is not None:
            return "", False
        if p.has_constraints or p.done_cue or p.ordinals:
            return "", False
        liked = preference(p.text, p.lang)
        # with no goal, a preference names no goal either ("I like statistics more than coding": never the
        # software developer "coding" names); a later wish needs a goal to be beside
        if liked is None and (goal is None or not (later_wish(p.text) or also_wish(p.text))):
            return "", False
        if goal is None and wanting(p.text).wants_or_needs:
            return (
                "",
                False,
            )  # "I want to be a data analyst, I like statistics more than coding": the goal said
        subject = liked[0] if liked is not None else english(p.text, p.lang, only_terms=True) or ""
        if not subject and p.topic and self.tools.lexicon.is_catalogue_topic(p.topic):
            subject = p.topic
        if not subject or goal is not None and subject.casefold() == goal.label.casefold():
            return "", False
        return subject, liked is not None

    def _skill_used_now(
        self, p: Parsed, history: History, profile: LearnerProfile, named: bool
    ) -> tuple[str, str] | None:
        """The skill the learner's last message named, with its level, when this message says it is used every
        day or at work through a pronoun and names no skill of its own ("I use it daily at work", "das nutze
        ich jeden Tag", "অফিসে প্রতিদিন এটা ব্যবহার করি"): at least intermediate, or the level it already has."""
        if named or p.skills or "?" in p.text or not (uses_it(p.text) and habitually(p.text)):
            return None
        if mentions(p.text, self.tools, p.lang, inflected=p.lang not in (None, "en")):
            return None
        before = next((t.text for t in reversed(history.turns) if t.role == "user"), None)
        if before is None:
            return None
        lang = history.state.language or p.lang
        found = mentions(before, self.tools, lang, inflected=lang not in (None, "en"))
        hits = [(x, hit) for x in found if (hit := self.tools.lexicon.skill_hit(x))]
        if not hits:
            return None
        phrase, hit = hits[-1]
        had = {s.uri: s.level for s in apply_changes(profile, history.state.pending).skills}
        return phrase, "advanced" if had.get(hit.uri) == "advanced" else "intermediate"

    def _easier_asked(
        self, p: Parsed, state: DialogueState, named: Credential | None, plan_shown: bool
    ) -> Credential | None:
        """The one course shown when a message asks for something easier than it ("y a plus facile pour
        commencer ?" right after its card): None after a list (its easiest is picked) or a plan."""
        focus = self.tools.get(state.focus) if state.focus else None
        if focus is None or plan_shown or p.ordinals or named not in (None, focus) or not asks_easier(p.text):
            return None
        return focus if state.shown[:1] == (focus.id,) else None  # its card was the last answer

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

    def _held(
        self, p: Parsed, state: DialogueState, named: Credential | None, intent: str
    ) -> Credential | list[Credential] | None:
        """The credentials a learner says they already hold: a plan step they skip, or all they name."""
        if intent == "skip_step" and self._introduction_subject(p, state, named) is not None:
            return None  # "I already did an intro to X": some introduction, no catalogue course (session 27)
        if intent == "skip_step" and asks_remove(p.text) and not p.done_cue:
            return None  # "remove the math course": not wanted, not done (`_remove`)
        if held_basics_wish_higher(tokens(p.text), p.done_cue):
            if named is not None:  # "den Grundlagenkurs": the course of that title shown
                return [named]
            # "I did the basics course, now I want something advanced": the beginner's entry (EQF 4 or below)
            # of the list or plan shown is held (session 20)
            ids = state.last_results if state.listing == "results" or state.last_pathway is None else ()
            ids = ids or tuple(s.id for s in (state.last_pathway.steps if state.last_pathway else ()))
            basic = next((c for c in map(self.tools.get, ids) if c and (c.eqf_level or 9) <= 4), None)
            return [basic] if basic is not None else None
        if intent == "skip_step" and named is not None:
            return self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials) or named
        if intent == "skip_step":
            pathway_state = state.model_copy(update={"listing": "pathway"})
            cred = named or (self._by_ordinal(pathway_state, p.ordinals[0]) if p.ordinals else None)
            if cred is None and p.ordinals:
                return None  # "the 2nd one" of a one-step plan: no such step, never another one
            if cred is None and len(self._shown_by_subject(p, state)) > 1:
                return None  # "the machine learning one" of two steps saying it: which one is asked
            if cred is None and state.focus:
                cred = self.tools.get(state.focus)
            if cred is None and state.last_pathway is not None and len(state.last_pathway.steps) == 1:
                cred = self.tools.get(state.last_pathway.steps[0].id)
            if cred is not None and named is None and self._names_other_subject(p.text, cred):
                return None  # "I did the JavaScript one" with a Python course in focus: not that one
            return cred
        if intent == "explain" and p.done_cue and asks_after(p.text):
            # "I already did it, what comes next?": the course (named, or in focus) is held, and what follows
            # it is the answer (trial 15)
            done = named or (self.tools.get(state.focus) if state.focus else None)
            return [done] if done is not None else None
        if intent == "state_skills" and named is not None:
            titled = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
            # a skill said in passing ("ein bisschen SQL") names no course held: a title's one word is not it
            return titled or ([named] if _names_title(p.text, named) else None)
        return None

    def _introduction_subject(
        self, p: Parsed, state: DialogueState, named: Credential | None
    ) -> frozenset[str] | None:
        """The skills of the subject of an introduction the learner says they did ("I already did an intro to
        cyber security, can we drop it?") while a plan is shown and no step of it is named by its title nor
        numbered (session 27): the skills of the course its words come nearest (not recorded as held: it was
        some introduction, not that one), else of the skills the message names; None when it is no such
        message."""
        plan = state.last_pathway
        if plan is None or not plan.steps or p.ordinals or not says_introduction(p.text):
            return None
        steps = {s.id for s in plan.steps}
        titled = self.tools.lexicon.titles_in(p.text, self.tools.lexicon_credentials)
        if titled or (named is not None and named.id in steps and not some_introduction(p.text)):
            # a course named by its whole title, or a step pointed at ("the intro python course is done", "den
            # Cloud-Grundlagenkurs hab ich"): that course is the one done (the rules for held); some
            # introduction ("an intro to cyber security") matched to a step by its subject only is not
            return None
        if named is not None:
            return frozenset(s.uri for s in named.skills)
        hits = (self.tools.lexicon.skill_hit(x) for x in self.tools.lexicon.skill_mentions(p.text))
        return frozenset(hit.uri for hit in hits if hit)

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
            added = ((asked and not limits_language(p.text)) or adds_language(p.text)) and not (
                p.denied_languages or prefers_language(p.text)
            )
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


# other courses asked for ("is there anything else online?", "gibt es noch andere?", "¿hay otros?", "d'autres
# en ligne ?", "onko muita?", "còn khóa khác không?", "कोई और?", "আর কোনো?"): not a fact of the one shown
_OTHERS = re.compile(
    r"\b(?:anything|something|others?|else|alternatives?|more|etwas|andere[nsr]?|weitere|noch|algo|otros?|"
    r"otras?|m[aá]s|autres?|quelque chose|muita|jotain|muuta|muut|kaikki)\b|khác|कोई और|और कोई|दूसरा|कुछ|"
    r"অন্য|আর কোনো|কিছু",
    re.IGNORECASE,
)
# a step of the plan shown ("which of those steps", "welcher Schritt", "qué paso", "quelle étape", "mikä
# vaihe", "bước nào", "कौन सा चरण", "কোন ধাপ")
_STEP = re.compile(r"\bsteps?\b|\bschritt\w*|\bpasos?\b|\bétapes?\b|\bvaihe\w*|bước|चरण|ধাপ", re.IGNORECASE)


def asks_format_of_list(p: Parsed, state: DialogueState, named: bool) -> bool:
    """Whether a message asks which entries of the list shown come in a format ("any online ones?", "sind
    da auch welche online?", "¿hay alguno en línea?", "koi online wala hai kya?", session 19): a question of
    the list, answered from it, not a limit saved; "only online", "nur online" (`asked_not_stated`) stay
    limits, and so does a format said with a language (the language rules decide those)."""
    return (
        state.listing == "results"
        and bool(state.last_results)
        and bool(p.participation)
        and not p.languages
        and not p.spoken_languages
        and not named
        and not p.ordinals
        and asked_not_stated(p)
    )


def asks_format_of_plan(p: Parsed, state: DialogueState, named: bool) -> bool:
    """Whether a message asks which steps of the plan shown come in a format ("is any of it in a classroom?",
    "gibt es da Präsenzteile?", "¿alguno es presencial?", "onko se verkossa vai paikan päällä?"): a question
    of the plan, answered from its steps, not a limit that re-plans (session 28, lead trial 23's 01 made
    on-site a hard limit and emptied the plan); "only in a classroom" stays a limit."""
    return (
        state.last_pathway is not None
        and bool(state.last_pathway.steps)
        and state.listing in ("pathway", "suggestions")
        and bool(p.participation)
        and not p.languages
        and not p.spoken_languages
        and not named
        and not p.ordinals
        and not (p.hours_per_week or p.budget is not None or p.deadline or p.weeks)
        and asked_not_stated(p)
        # "can we do it all remotely?", "können wir alles online machen?", "সব কি অনলাইনে করা যায়?": the whole
        # plan wished in that form, a limit that re-plans (tune v12u-plan-online-04)
        and not _WHOLE.search(p.text)
    )


# the whole of the plan: "all", "everything", "alles", "todo", "tout", "kaikki", "tất cả", "सब", "সব"
_WHOLE = re.compile(
    r"\b(?:all|everything|whole|entire|alles|ganz\w*|todo|toda|todos|todas|tout|toute|tous|toutes|kaikki\w*|"
    r"kaiken|koko|tất cả|toàn bộ|sab|sob)\b|सब|সব",
    re.IGNORECASE,
)


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
        # "vale, inglés también, ¿cuál sale más barato?": a language accepted beside the cheapest asked
        # (session 28)
        and not (adds_language(p.text) and superlative(p.text))
        and (of_those(p.text) or "?" in p.text or "？" in p.text)
        and not asks_language_of_one(p, state, named)
        and not (
            p.refinements and superlative(p.text)
        )  # "English is fine, which is the shortest?": one entry
    )


def _asked_for_a_course(history: History) -> bool:
    """Whether the learner's last message asked for a course ("Ich such nen Cloudsicherheitskurs"): a
    question that follows is about that course, even when the reply read a goal in it."""
    said = next((turn.text for turn in reversed(history.turns) if turn.role == "user"), "")
    return any(w in vocab.COURSE or w.endswith(("kurs", "kurse")) for w in tokens(said))


def _asked_language(p: Parsed) -> str | None:
    """The served language a short message asks for and nothing else ("in English please", "auf Deutsch
    bitte"): the learner wants the conversation in it (and, as a standing wish, courses in it too)."""
    if len(p.languages) != 1 or p.languages[0] not in SERVED or p.topic or len(p.text.split()) > 4:
        return None
    if _ABOUT_COURSES.search(p.text):  # "only courses in French", "nur Kurse auf Deutsch": a course filter
        return None
    if asks_if_any(p.text):  # "anything in Hindi?": whether courses exist in it, not replies in it
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


def _own_words_language(
    message: str, named: list[Credential], known: str | None, names: list[str] | None = None
) -> str | None:
    """The language of a message without the catalogue titles and ids it names (and the other course names
    it gives, `names`); the conversation's language (else English; else, for names the catalogue lacks,
    None: "Cloud Sicherheit Kurs online" may be a name in the learner's own language) when too few of the
    learner's own words are left to tell."""
    from pathfinder.assistant.nlu.language import SERVED, identify

    rest = message
    for c in named:
        rest = re.sub(re.escape(c.title), " ", rest, flags=re.IGNORECASE).replace(c.id, " ")
        rest = _without_title_words(rest, c.title)
    for name in names or ():
        rest = rest.replace(name, " ")
    own = sum(1 for w in rest.split() if sum(ch.isalpha() for ch in w) >= 2)
    if own < 2:
        if not known and named and own:
            # "compara <title> y <title>": one word of the learner's own is too few alone; the whole message
            # read with its English titles set aside (`language.identify`) says its language (session 28)
            whole = identify(message)
            return whole if whole in SERVED else "en"
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


def _without_title_words(text: str, title: str) -> str:
    """`text` without the words of `title` (typos allowed, `_title_word`), so a title quoted inexactly says
    nothing of the language the learner writes in."""
    quoted = _title_word(title)
    return re.sub(r"\w+", lambda m: " " if quoted(m.group(0)) else m.group(0), text)


def _asks_free_of_list(p: Parsed, state: DialogueState, named: bool, topical: bool) -> bool:
    """Whether a message asks which entries of the list shown are free ("which ones are free?", "¿cuáles son
    gratis?") or points at the free one ("is the free one any good?"): a question of the list, answered from
    it, never a budget of 0 saved nor a new search."""
    if state.listing != "results" or not state.last_results or named or p.ordinals:
        return False
    if points_at_free_one(p.text):
        return True
    asked = asks_of_group(p.text) or of_those(p.text)  # "which ones", "welche davon", "lesquels", "nào"
    return (
        p.max_cost == 0
        and asked
        and not topical
        and not asks_of_one(p.text)  # "is it free?": the entry in focus
        and not limits_language(p.text)  # "only free ones": a limit
        and not (p.languages or p.participation or p.hours_per_week)
    )


def _asks_cheap_of_list(p: Parsed, state: DialogueState, named: bool, topical: bool) -> bool:
    """Whether a message asks for the cheap ones of the list shown ("any cheap ones?", "billige davon?",
    "¿alguno barato?", "des pas chers ?", "onko halpoja?", "có khóa nào rẻ không?"): the list by price,
    not the same search again; "anything cheaper?" (a refinement), "cheap python courses" (a subject) are
    not."""
    return (
        state.listing == "results"
        and bool(state.last_results)
        and not (named or p.ordinals or topical or p.refinements or p.has_filters)
        and says_cheap(p.text)
    )


def _wants_to_learn(text: str) -> bool:
    """A wish or need to learn ("quiero aprender …", "I need to learn …"): a subject, whatever title."""
    said = wanting(text)
    return said.learn and said.wants_or_needs


def _words_within(phrase: str, titles: list[Credential]) -> bool:
    """Whether every word of `phrase` (a goal the parse found; empty: none) is a word of one of the titles, or
    its cognate (the same first five letters: the goal "analysis" read from the title word "analyse")."""
    in_titles = {w for c in titles for w in re.findall(r"\w+", c.title.casefold())}
    stems = {w[:5] for w in in_titles if len(w) >= 5}
    words = set(re.findall(r"\w+", phrase.casefold()))
    return all(w in in_titles or len(w) >= 5 and w[:5] in stems for w in words)
