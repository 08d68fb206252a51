"""The offline responder: one reply per message, from the turn's reading, the profile changes it
proposes and the handler of its act; grounded, never a dead end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Literal

from pathfinder.assistant import followups_shown
from pathfinder.assistant import markdown as md
from pathfinder.assistant.clarify import way_out
from pathfinder.assistant.concepts import (
    asked_concepts,
    asks_difference,
    card_concepts_asked,
    ects_conversion,
)
from pathfinder.assistant.conversation_language import (
    conversation_language,
    english_added,
    languages_implied,
    leaning_to,
    learner_language,
    other_language_note,
    other_language_steps,
    preference_note,
)
from pathfinder.assistant.dead_ends import acts
from pathfinder.assistant.enrolment import asks_enrolment, enrolment_text
from pathfinder.assistant.first_course import asks_which_first, asks_which_to_take
from pathfinder.assistant.followup_words import asks_best_way, asks_to_start_with
from pathfinder.assistant.gap_question import asks_gap
from pathfinder.assistant.grounding import cite, course_names, ground
from pathfinder.assistant.i18n import SERVED, current, goal_label, replying_in, speaking_of_client, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.interests import DIRECTION_QUERIES, IT_DIRECTIONS, directions_of, leanings
from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.audience import computers_only, learner_lacks
from pathfinder.assistant.nlu.choosing import asks_to_choose, without_choosing
from pathfinder.assistant.nlu.gender import gender_said
from pathfinder.assistant.nlu.job_reference import (
    asks_what_to_learn,
    job_named,
    job_named_before,
    point_to_job,
    refers_to_job,
)
from pathfinder.assistant.nlu.other_client import current_client_name
from pathfinder.assistant.nlu.skill_fields import everyday_skills_only
from pathfinder.assistant.nlu.slots import display_currency
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.nlu.wanting import wanting
from pathfinder.assistant.occupation_difference import difference_text, nearer_text, nearest_notes
from pathfinder.assistant.off_topic import off_topic
from pathfinder.assistant.offline.clients import another_client_reply, returning, switched, turn_to_client
from pathfinder.assistant.offline.comparison import ComparisonReplies
from pathfinder.assistant.offline.counsellor import DIGITAL_BASICS, CounsellorReplies
from pathfinder.assistant.offline.credential_replies import CredentialReplies
from pathfinder.assistant.offline.followups import FollowUpReplies
from pathfinder.assistant.offline.mentions import Mentions
from pathfinder.assistant.offline.prerequisites_known import PrerequisitesKnownReplies
from pathfinder.assistant.offline.reading import (
    ANONYMOUS,
    TurnReading,
    _asked_language,
    _asks_cheap_of_list,
    _asks_free_of_list,
    _filters_list,
    _own_words_language,
    _quotes_title,
    asks_format_of_list,
    asks_format_of_plan,
)
from pathfinder.assistant.offline.search import SearchReplies, untaught_head, with_english_terms
from pathfinder.assistant.offline.window import WindowReplies
from pathfinder.assistant.offline_plans import PlanHandlers, _Reply, _t
from pathfinder.assistant.opening_answers import answers_opening, asks_aim
from pathfinder.assistant.own_terms import asks_in_own_terms, asks_untaught_language, asks_what_to_take
from pathfinder.assistant.pair_level import level_asked, pair_level_reply
from pathfinder.assistant.policy import (
    asks_capabilities,
    asks_export,
    asks_first_step,
    asks_for_beginners,
    asks_how_long,
    asks_language_of_one,
    asks_plan_totals,
    asks_remove,
    asks_skip,
    asks_weekly_hours,
    asks_which,
    excludes_subject,
    lists,
    of_client,
    of_those,
    refers_back,
    says_first,
    states_limit,
)
from pathfinder.assistant.profile_changes import changes_from, merge_pending
from pathfinder.assistant.search_topic import beyond_goal, subject
from pathfinder.assistant.summaries import (
    asks_end_level,
    asks_summary,
    end_level,
    list_totals,
    plan_summary,
    plan_totals,
)
from pathfinder.assistant.time_window import window_weeks
from pathfinder.assistant.tools import AssistantTools, avoided_now, avoiding
from pathfinder.assistant.unwanted import PROGRAMMING, avoided, programming_ids, without_words
from pathfinder.assistant.workload import (
    asks_hours_needed,
    asks_if_it_fits,
    asks_time_to_a_job,
    job_time_answer,
)
from pathfinder.domain import Credential, LearnerProfile, SearchFilters
from pathfinder.domain.credentials import to_eur
from pathfinder.domain.dialogue import Answer, DialogueState, History, apply_changes
from pathfinder.domain.pathways import money_text
from pathfinder.planner.gaps import with_conversation_language

_TOPICAL = ("set_goal", "plan", "search", "explore", "state_skills", "set_constraints")
# replies that note what the learner said and may show a list beside it (`md.listed_ids`)
_NOTED_WITH_A_LIST = ("set_goal", "state_skills", "set_constraints", "explore")
# questions of the world outside the catalogue, answered whatever was shown and whichever act was read: pay
# and demand ("which one pays more?"), recognition by employers or countries ("do employers in Germany
# recognise them?", session 20)
_ASKED_ANY_TIME = (("labour_market",), ("recognition",))
_NOT_A_CONCEPT_QUESTION = ("plan", "refine", "compare", "requirements", "skip_step", "apply_suggestion")


class OfflineResponder(
    CounsellorReplies,
    SearchReplies,
    FollowUpReplies,
    CredentialReplies,
    ComparisonReplies,
    Mentions,
    PrerequisitesKnownReplies,
    TurnReading,
    WindowReplies,
    PlanHandlers,
):
    mode: Literal["offline", "llm"] = "offline"

    def __init__(self, tools: AssistantTools, today: Callable[[], date] = date.today) -> None:
        self.tools = tools
        self.today = today
        self._programming: tuple[tuple[int, int], frozenset[str]] | None = None
        self._fitted_cache = {}  # `CounsellorReplies._fitted_directions`, per profile, message and language
        self._about_cache = {}  # `CounsellorReplies._direction_about`, per direction

    def reply(
        self,
        message: str,
        history: History | None = None,
        profile: LearnerProfile | None = None,
        *,
        turned: bool = False,
    ) -> Answer:
        """The answer to `message`; `turned`: the adviser has just turned to another client (`switched`), so
        the message is answered for that client as it stands ("back to Tom" alone: his plan)."""
        history = history or History()
        state = history.state
        # "next client: Priya, …", "back to Tom", "what should Tom do first?": that client's own profile
        switch = (
            None
            if turned
            else turn_to_client(message, history, profile, state.about_client, self._spoken(history))
        )
        if switch is not None:
            answer = self.reply(switch.message, switch.history, switch.profile, turned=True)
            return switched(answer, switch)
        # "back to Maria - her plan?": what is asked after it; "back to Maria", or a yes to showing her plan
        # again: her plan
        message, plan_again = returning(message, history)
        earlier = [t.text for t in reversed(history.turns) if t.role == "user"][:3]
        known = state.language or conversation_language("", earlier)
        if refers_to_job(message) and job_named(message, known) is None:
            # "what should I learn to get that job?" after "a cover letter for a data analyst job": that job,
            # read in its place; the goal already when it is the one set, and then its words name no new goal
            job = job_named_before(earlier, known)
            goal = apply_changes(profile, state.pending).goal if profile is not None else None
            if job is not None and not (goal and job.casefold() in goal.label.casefold()):
                message = point_to_job(message, job)
            p = understand(message, self.today(), known)
            if job is None or goal is not None and job.casefold() in goal.label.casefold():
                p.goal_text = p.clause_goal = p.goal_english = None  # the goal set already, or none named
            else:  # "what should I study to get that job?": that job is the goal
                p.goal_text = p.clause_goal = p.goal_english = job
                if "set_goal" not in p.intents:
                    p.intents.insert(0, "set_goal")
            if job is not None:  # ... and the way there is asked, never a course shown pointed at
                p.plan_cue = p.plan_cue or asks_what_to_learn(message)
                p.job_pointed = True
        else:
            p = understand(message, self.today(), known)
        lexicon = self.tools.lexicon
        p.topic = subject(p, lexicon.is_catalogue_topic, lexicon.skill_mentions)  # no role or filler words
        if p.ordinals and (p.languages or p.participation) and asks_what_to_take(message):
            p.ordinals = ()  # "¿qué puede hacer primero que sea en español?": first in time, no entry shown
        against = avoided(message)
        if against:  # "no coding please": a preference, never the subject "coding software developer"
            if p.goal_text and not without_words(p.goal_text):
                p.goal_text, p.clause_goal, p.goal_english = None, None, None
            # "data science without coding", "I don't want to become a programmer": no word of programming
            # in the goal ("data science software developer", trial 24's 07 and 10)
            p.clause_goal = without_words(p.clause_goal or "") or None
            p.goal_english = without_words(p.goal_english or "") or None
            # what is left of the topic only when the catalogue teaches it ("I just need to understand it":
            # the subject talked about before, not "understand")
            rest = without_words(p.topic)
            rest = rest if lexicon.is_catalogue_topic(rest) else ""
            p.topic = rest or ("" if p.goal_text or p.clause_goal else state.topic)
        avoid = tuple(dict.fromkeys((*state.avoided, *against)))
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
        client = history.advised or of_client(p, state)  # "your client", not "you", while it is about them
        # "my younger brother …", then "he wants Java": their goal, not "your client's"
        relative = client and not history.advised and (p.relative or state.about_relative)
        # "Mein Sohn ist 17", "une cliente de 45 ans": named in that gender while the talk is about them
        gender = (gender_said(message) or state.about_gender) if client else None
        # "in rupees please", "giá bằng đồng": prices shown in that currency from now on (session 24)
        asked_currency = display_currency(message, p.lang)
        shown_in = asked_currency or state.display_currency
        offered = False  # the another-client reply's question, whose yes shows the current client's plan
        with (
            replying_in(lang),
            speaking_of_client(client, relative, gender),
            avoiding(self._avoided_ids(avoid)),
            md.prices_shown_in(shown_in),
        ):
            if asked_currency and self._asks_only_currency(p):
                answer = self._prices_in_reply(asked_currency, state)
            # "second: Tom, 19, …" from an adviser with a client planned: never the current client's profile
            elif (other := another_client_reply(message, history, profile, client)) is not None:
                answer, offered = other, True
            else:
                answer = self._reply(
                    message, p, lang, history, profile or ANONYMOUS, p.lang or known, plan_again
                )
            if against:  # the preference said back once, when it is said
                answer = answer.model_copy(update={"text": t("avoiding_programming") + "\n\n" + answer.text})
        update = {
            "about_client": client,
            "about_relative": relative,
            "about_gender": gender,
            "avoided": avoid,
            "display_currency": shown_in,
            "client_plan_offered": offered,  # for the next turn only
            "clients": state.clients,
            "client_name": state.client_name or (current_client_name([message]) if client else ""),
        }
        if all(getattr(answer.state, key) == value for key, value in update.items()):
            return answer
        return answer.model_copy(update={"state": answer.state.model_copy(update=update)})

    @staticmethod
    def _spoken(history: History) -> str:
        """The conversation's language so far (English before anything was said)."""
        earlier = [t.text for t in reversed(history.turns) if t.role == "user"][:3]
        return history.state.language or conversation_language("", earlier) or "en"

    def _asks_only_currency(self, p: Parsed) -> bool:
        """Whether a message that asks for prices in a currency asks nothing else: no goal, no subject the
        catalogue teaches, no entry pointed at, no time or budget ("show me data courses in rupees" is a
        search, with its prices in rupees)."""
        return not (
            p.goal_text
            or p.clause_goal
            or p.ordinals
            or p.hours_per_week
            or p.budget is not None
            or self.tools.lexicon.is_catalogue_topic(p.topic)
        )

    def _prices_in_reply(self, currency: str, state: DialogueState) -> Answer:
        """Prices in the currency asked from now on: said, with the reference rate, and the entries last
        shown (the list, else every entry the last answer cited) listed again with their prices in it."""
        reference = "USD" if currency.upper() == "EUR" else "EUR"
        rate = md.approximately(100, reference, currency)
        example = f"{money_text(100, reference)} ≈ {money_text(rate, currency)}" if rate is not None else ""
        text = t("prices_in", currency=md.escape_text(currency), example=example)
        shown = [c for c in (self.tools.get(i) for i in (state.last_results or state.shown)[:6]) if c]
        if shown:
            text += "\n\n" + "\n".join(md.credential_line(n, c) for n, c in enumerate(shown, 1))
        grounded = ground(text, self.tools.get, self.tools.lexicon.title_to_id, shown)
        return Answer(
            text=grounded.text,
            citations=grounded.citations,
            intent="set_constraints",
            flagged=grounded.flagged,
            responder="offline",
            state=state.model_copy(update={"display_currency": currency, "opened": False}),
        )

    def _avoided_ids(self, avoid: tuple[str, ...]) -> frozenset[str]:
        """The entries that teach or need what the learner does not want (`unwanted.programming_ids`)."""
        if PROGRAMMING not in avoid:
            return frozenset()
        creds = self.tools.credentials()
        key = (id(creds), len(creds))
        if self._programming is None or self._programming[0] != key:
            self._programming = (key, programming_ids(creds))
        return self._programming[1]

    def _reply(
        self,
        message: str,
        p: Parsed,
        lang: str,
        history: History,
        profile: LearnerProfile,
        spoken: str | None,
        plan_again: bool = False,
    ) -> Answer:
        state = history.state
        read = self._read(message, p, lang, history, profile)
        intent, named, topical, plan_shown = read.intent, read.named, read.topical, read.plan_shown
        if plan_again:  # "back to Maria", or a yes to showing her plan again: the current client's plan
            intent = "plan"
        spoken_only, nearer_asked = read.spoken_only, read.nearer_asked
        offered_jobs, jobs_compared = read.offered_jobs, read.jobs_compared
        # "what if I skip the second?" after a plan: what it would change, nothing saved (session 22)
        supposed = self._skip_supposed(p, state, intent, named)
        if supposed is not None:
            intent = "explain"
        elif (instead := self._step_first_instead(p, state, intent)) is not None:
            # "y cant i just do the 2nd one first??", "sao khóa thứ hai không học đầu tiên?": that step's
            # place in the plan
            intent, p = "why", dataclasses.replace(p, ordinals=(instead,))
        held = self._held(p, state, named, intent)
        titled = self.tools.lexicon.titles_in(message, self.tools.lexicon_credentials)
        # "I already have X and Y, what else do I need for certificate Z?": X and Y held, Z the target
        aimed = followups_shown.certificate_aimed(p, titled, self.tools)
        if aimed is not None:
            held = aimed[1]
        before = apply_changes(profile, state.pending)
        # "any of them in German?" about a list: a question of the list, not the learner's study languages
        filtering = _filters_list(p, state, named is not None) and read.pointed is None
        # "is that one in English?": a question of one entry, not the learner's study languages either
        of_one = asks_language_of_one(p, state, named is not None)
        said = dataclasses.replace(p, languages=[]) if filtering or of_one else p
        if (
            intent == "explore" and learner_lacks(p.text, p.lang).digital_start
        ):  # "never a computer": no skill
            said = dataclasses.replace(said, skills=(), skill_clauses=(), skill_level=None, clause_role=None)
        # "any online ones?" about a list: a question of the list, not the learner's format (session 19)
        # not a fact of the one in focus ("es online?", "onko se verkossa") nor a subject of its own ("onko
        # kyberturvallisuuden kursseja verkossa?": a search)
        format_asked = (
            not filtering
            and read.pointed is None
            and not read.attributes
            and not state.focus
            # "oita online naki?" ("is that one online?"): one entry read, a fact of it
            and intent not in ("select", "explain", "requirements", "compare")
            and not (p.goal_text or p.clause_goal)
            and not self.tools.lexicon.is_catalogue_topic(_without_format_words(p.topic))
            and asks_format_of_list(p, state, named is not None)
        )
        plan_format_asked = (
            not format_asked
            and read.pointed is None
            and asks_format_of_plan(p, state, named is not None)
            and intent not in ("skip_step", "apply_suggestion", "compare")
        )
        if format_asked or plan_format_asked:
            said = dataclasses.replace(said, participation=())
        if read.pointed is not None or read.attributes:
            # "the German one", "el presencial": what points at it is no limit; nor is a fact asked of one
            # course ("is the RGPD one in English?", "¿es presencial?", "which EQF level is the first?")
            said = dataclasses.replace(said, languages=[], participation=(), max_cost=None)
        if read.attributes:
            said = dataclasses.replace(said, eqf_min=None, eqf_max=None)
        shown_plan = state.last_pathway if plan_shown and state.last_pathway is not None else None
        shorter_start = (
            shown_plan is not None
            and bool(shown_plan.steps)
            and named is None
            and not p.ordinals
            and "shorter" in p.refinements
            and asks_to_start_with(p.text)
            and not (p.languages or p.participation or p.hours_per_week or p.budget is not None)
        )
        free_start = (
            shown_plan is not None
            and named is None
            and not p.ordinals
            and p.max_cost == 0
            and asks_to_start_with(p.text)
            and not (p.languages or p.participation or p.hours_per_week or p.refinements)
        )
        if free_start:  # "anything free to start with?" after a plan: where to begin for free, no budget of 0
            said = dataclasses.replace(said, max_cost=None, budget=None)
        taught = {code for c in self.tools.credentials() for code in c.languages}
        # "voinko tehdä sen suomeksi?" points back at the course in focus: answered for that course (t12lang)
        untaught_asked = (
            named is None and not refers_back(p.text) and asks_untaught_language(p, taught.__contains__)
        )
        if untaught_asked:  # "hindi mein koi course hai kya": answered, no limit nothing could meet
            said = dataclasses.replace(said, languages=[])
        quoted = shown_plan is not None and p.weeks and abs(p.weeks - shown_plan.totals.weeks) <= 1
        if shorter_start and quoted:
            # "88 weeks is a lot, anything shorter to start with?": the plan's length quoted, no deadline
            said = dataclasses.replace(said, weeks=None, deadline=None)
        if shorter_start:  # "88 weeks is a lot": about the plan, no job held ("lot")
            said = dataclasses.replace(said, current_role=None, clause_role=None, role_english=None)
        if intent == "out_of_scope" and off_topic(p.text) in ("cv", "interview"):
            # "escríbeme una carta para un trabajo de analista": the job a letter or an interview is for is
            # neither the job held nor a goal the learner set (session 16)
            said = dataclasses.replace(
                said, current_role=None, clause_role=None, role_english=None, goal_text=None, clause_goal=None
            )  # fmt: skip
            said = dataclasses.replace(said, goal_english=None)
        # "which ones are free?", "the free one" about a list: a question of the list, no budget of 0
        if free_asked := _asks_free_of_list(p, state, named is not None, topical):
            said = dataclasses.replace(said, max_cost=None)
        if intent == "select" and asks_for_beginners(p, topical):
            # "which one is for beginners?" about what is shown: its easiest entry, no level limit saved
            said = dataclasses.replace(said, eqf_min=None, eqf_max=None)
        if aimed is not None:  # the courses named are held credentials, not skills or a goal said
            said = dataclasses.replace(
                said, skills=(), skill_clauses=(), skill_level=None, goal_text=None, clause_goal=None
            )
        if window := window_weeks(p):  # "what can I do in the first three months?": a window, no deadline
            said = dataclasses.replace(said, deadline=None, weeks=None)
        # "what would you pick for me?", "you decide", "was würdest du nehmen?" with no goal yet: ONE
        # direction from what was said (session 19, lead trial 14's 01: the opener's words became the goal
        # 'games computers idea help'); the words of this message are no goal of their own
        chooses = (
            (before.goal is None or not (state.last_pathway or state.focus))
            and asks_to_choose(p.text)
            and named is None
            and read.pointed is None
            and not p.ordinals
            and not p.done_cue
            and not says_first(p.text)  # "what would you do first?": the first step, the rules below
            # "... souhaite devenir technicien réseau. Que lui conseilleriez-vous ?": a goal said in the
            # message is the answer's aim (the risk run's fr-v10l-cariste-08)
            and not p.goal_english
            # "you pick a Python course for me": a subject of its own is searched, not chosen for
            and (not glossary.english(p.text, p.lang, only_terms=True) or bool(leanings([p.text])))
        )
        # "I can do 5 hours a week", "what's the very first thing I should do?" right after the counsellor's
        # opening (session 20, lead trial 15's 01): the answer moves on - ONE direction from what was said,
        # its first course and the plan offered - never the goal asked again nor the same three directions
        opening_answered = (
            not chooses
            and before.goal is None
            # "er hat nur ein Handy": a device, no direction (the counsellor's phone start, session 24)
            and not (intent == "explore" and learner_lacks(p.text, p.lang).computer)
            # "Wobei können Sie mir helfen?" after a greeting asks what the assistant can do (session 27)
            and not (intent == "smalltalk" and asks_capabilities(p.text))
            and named is None
            and read.pointed is None
            and not p.done_cue
            and answers_opening(
                p,
                history,
                # "সংখ্যা আর হিসাব নিয়ে কাজ করতে ভালো লাগে" ("I like working with numbers"): an interest, whose
                # words are no goal of their own; a goal linked in English is the learner's aim
                goal_said=bool(p.goal_english)
                or bool(p.goal_text or p.clause_goal)
                and not leanings([p.text]),
                interest=bool(leanings([p.text])),
                # a subject in the catalogue's terms ("where do I start with cloud?"), not the words of asking
                # ("womit anfangen")
                # ... nor the job held or computers in general ("I worked in a shop, I like computers a bit,
                # maybe 5 hours a week": 'shop computers' is no subject; session 24)
                subject_said=bool(asked_subject := _without_role(p.topic, p.current_role or p.clause_role))
                and not computers_only(asked_subject)
                and glossary.english(asked_subject, p.lang, only_terms=True) is not None
                and self.tools.lexicon.is_catalogue_topic(asked_subject),
                # a wish shown its first courses ("I teach year 9 and want to teach coding", then "what would
                # you do first?": the plan on it), not a direction picked for them
                wish_shown=bool(state.topic)
                # a direction picked, then "how long would that take at 1 h a day?": the time of that
                # direction's plan, not the pick again (session 29)
                and (state.topic not in (*IT_DIRECTIONS, *DIRECTION_QUERIES) or asks_how_long(p.text))
                and self._topic_goal(p, state, held=before.held_skill_uris) is not None,
            )
        )
        # "make me a plan to get to the GPU one" after a list: the plan leads to that entry (`_plan_target`);
        # its subject words are no area goal beside it (session 20)
        to_listed = intent == "plan" and self._list_entry_planned_to(p, state) is not None
        if chooses or opening_answered or to_listed:
            said = dataclasses.replace(said, goal_text=None, clause_goal=None, goal_english=None)
        # "how many hours a week is that if I want to finish in 2 months?" of the course shown (lead trial
        # 18): its hours over the weeks asked, the date no deadline of the learner's and no goal asked for
        course_timed = (
            self._course_in_focus(state, named)
            if asks_hours_needed(p.text)
            and (p.deadline or p.weeks)  # "... to finish in 2 months": a time asked about ("how long is it?":
            and not plan_shown  # the course's facts, `course_questions`)
            and not p.ordinals
            and p.hours_per_week is None
            and not (p.goal_text or p.clause_goal)
            else None
        )
        # "how many hours a week to finish by summer?" with a goal and no plan shown (session 27, lead trial
        # 22's 15: a plan at the default hours, the figure never said): the goal's plan and its weekly hours
        hours_by_date = (
            asks_hours_needed(p.text)
            and bool(p.deadline or p.weeks)
            and not plan_shown
            and course_timed is None
            and p.hours_per_week is None
            and named is None
            and read.pointed is None
            and not p.ordinals
            and intent not in ("out_of_scope", "compare", "skip_step", "apply_suggestion")
        )
        job_timed = (
            asks_time_to_a_job(p.text)
            and named is None
            and not p.ordinals
            and intent not in ("out_of_scope", "compare", "skip_step", "apply_suggestion")
        )
        # "kitna time lagega agar main roz 1 ghanta padhu?", "paljonko aikaa menee?" with a goal and no plan
        # shown: the plan's weeks at their hours said first (lead trial 21's 16 and 18: only noted)
        goal_timed = (
            not job_timed
            and asks_how_long(p.text)
            and not asks_weekly_hours(p.text)
            and named is None
            and read.pointed is None
            and not p.ordinals
            and not plan_shown
            and not (state.focus and p.hours_per_week is None)  # "how long is it?" of the course shown
            and intent not in ("out_of_scope", "compare", "skip_step", "apply_suggestion", "explain")
        )
        # "how long would that take?", "kitna time lagega?" with a plan shown: the whole plan's weeks at the
        # learner's hours and how much of the goal it covers (session 28, lead trial 23's 18: the first
        # course's weeks), never one step's; a step named, pointed at or numbered is that step's as before
        plan_timed = (
            not job_timed
            and shown_plan is not None
            and bool(shown_plan.steps)
            and asks_how_long(p.text)
            and not asks_weekly_hours(p.text)
            and named is None
            and read.pointed is None
            and not p.ordinals
            and set(read.attributes) <= {"duration"}
            and p.hours_per_week is None
            and not (p.deadline or p.weeks or p.budget is not None or p.languages or p.participation)
            and intent not in ("out_of_scope", "compare", "skip_step", "apply_suggestion")
        )
        if job_timed:  # "how long until a job?" sets no deadline: the time is asked, not given
            said = dataclasses.replace(said, deadline=None, weeks=None)
        # "ok sign me up" asks to be enrolled: no goal, subject or limit of its own ("sign" is no topic)
        enrolling = asks_enrolment(p.text) and not (p.hours_per_week or p.budget is not None or p.languages)
        if enrolling:
            said = dataclasses.replace(
                said, goal_text=None, clause_goal=None, goal_english=None, skills=(), skill_clauses=()
            )
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
            and self._topic_goal(p, state, held=provisional.held_skill_uris) is not None
        )
        # skills said after a plan change what it must teach: the plan re-run with them (not "say plan")
        planning_facts = any(c.kind in ("set_goal", "set_constraints") for c in changes) or (
            intent == "state_skills" and plan_shown and any(c.kind == "add_skills" for c in changes)
        )
        # a course named or pointed at beside a held skill or course said ("je m'y connais déjà en réseaux,
        # lequel en premier ?", "networking basics mujhe aata hai, pehle kaunsa?") is what they hold
        held_said = p.done_cue or bool(p.skills or p.skill_clauses)
        which_first = (
            asks_which_first(p.text)
            and (held_said or named is None and read.pointed is None)
            # "I already know Linux well, which first?": the held skill noted, then the question answered;
            # "I did the first one, which now?" is the entry done (the rules for held steps)
            and tuple(p.ordinals) in (((),) if p.done_cue and named is None else ((), (1,)))
            # a limit said beside it ("which is first if I only have 3 hours?"): the rules for limits
            and not (p.languages or p.participation or p.hours_per_week or p.budget is not None)
            and intent not in ("compare", "skip_step", "apply_suggestion", "out_of_scope", "smalltalk")
            # "which one first?" of a pair just compared: the pair's order with its reason (`followups_shown`)
            and not (state.compared or len(state.pair) == 2)
            # nothing in focus and no goal: only when no subject was said either (then one direction after the
            # counsellor's opening, else the goal asked in one line); "ওয়েবসাইট বানানো শিখব ... কোনটা দিয়ে শুরু
            # করব" and "Excel" said of a client are subjects the rules for subjects take
            and (
                provisional.goal is not None
                or bool(state.focus or self._listed(state))
                or not (
                    state.topic
                    or state.last_query
                    # a subject in the catalogue's terms, not the words of asking ("quelle formation")
                    or glossary.english(p.topic, p.lang, only_terms=True) is not None
                    and self.tools.lexicon.is_catalogue_topic(p.topic)
                )
            )
        )
        # "which one should I take?" right after two courses were compared: ONE of the two, chosen for the
        # learner by the which-first rule, with why (session 25: a plan or the goal was asked for instead)
        pair_choice = (
            len(state.pair) == 2
            and named is None
            and read.pointed is None
            and not p.ordinals
            and not p.refinements
            and asks_which_to_take(p.text)
            and intent not in ("skip_step", "apply_suggestion", "out_of_scope", "smalltalk")
        )
        # "which one is more advanced?" right after two were compared: which, by prerequisites and EQF level
        # (lead trial 22's 09: one course's facts were shown instead)
        level_of_pair = (
            pair_level_reply(state.pair, asked_level, self.tools.get)
            if len(state.pair) == 2
            # "which one is more advanced?": a title word ("Advanced …") names one of the two, never another
            and (named is None or named.id in state.pair)
            and (read.pointed is None or read.pointed.id in state.pair)
            and not p.ordinals
            and (asked_level := level_asked(p.text)) is not None
            else None
        )
        if enrolling:
            # "ok sign me up", "inscris-moi dans la première": the provider enrols, on the course's page
            # (session 27, lead trial 22's 20: a plan was made instead); nothing saved, no plan
            meant = self._enrolment_meant(p, state, named, read.pointed)
            r = _Reply(enrolment_text(meant), "explain", retrieved=meant)
        elif read.beside_goal:
            # "y si al final quiero aprender python?", "I prefer statistics to coding" once a goal is set: the
            # goal stays, and the next step on that subject (session 28, lead trial 23's 03)
            r = self._beside_goal_reply(read.beside_goal, read.preferred, p, state, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif level_of_pair is not None:
            r = _Reply(level_of_pair[0], "compare", retrieved=level_of_pair[1])
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif pair_choice:
            pair = state.model_copy(update={"last_results": state.pair, "listing": "results", "focus": None})
            r = self._which_first_reply(p, pair, provisional, head="pair_pick_head", shown_only=True)
            r.intent = "compare"
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif hours_by_date and (needed := self._hours_by_date(p, state, provisional, leaning)) is not None:
            r = needed
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif plan_timed and shown_plan is not None:
            goal = goal_label(shown_plan.goal_label or (provisional.goal.label if provisional.goal else ""))
            hours = provisional.constraints.hours_per_week
            first = self.tools.get(shown_plan.steps[0].id)
            text = job_time_answer(shown_plan, hours, md.escape_text(goal), job=False)
            r = _Reply(text, "plan", retrieved=[first] if first is not None else [])
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif course_timed is not None:
            r = self._course_hours_needed(p, course_timed, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif job_timed and (timed := self._job_time(p, state, provisional, leaning, plan_shown)) is not None:
            # "how long until I can get a job?": no date of a job (the catalogue knows courses, not job
            # markets), and how long the plan takes at their hours (lead trial 18's 05; session 23)
            r = timed
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            goal_timed
            and (timed := self._job_time(p, state, provisional, leaning, plan_shown, job=False)) is not None
        ):
            r = timed
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif supposed is not None and state.last_pathway is not None:
            r = self._skip_supposed_reply(supposed, state.last_pathway)
        elif _nothing_to_skip(p, state, intent) and not p.done_cue:
            # (a course named or pointed at and not said done: no step of a plan either)
            # "skip the SQL one" with no plan shown: no step to leave out, never a search for SQL (t22-18)
            r = _Reply(t("no_step_to_skip"), "skip_step")
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif chooses or opening_answered:
            earlier = [turn.text for turn in history.turns if turn.role == "user"][-3:]
            r = self._pick_direction_for_learner(provisional, [*earlier, without_choosing(message)])
            if opening_answered and intent == "set_constraints":
                r.intent = intent  # "3 hours a week and zero money": noted, and a direction to start with
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif shorter_start and shown_plan is not None:
            # "Gibt es etwas Kürzeres zum Einstieg?" after a long plan: shorter entry courses towards the
            # goal, not the same plan by the fastest strategy (lead trial 11)
            r = self._shorter_start(shown_plan, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif free_start and (toward := self._toward_goal_within_cap(provisional, shown_plan)) is not None:
            # "ok is there anything free to start with" after a plan (lead trial 13): free courses towards
            # the goal, else the cheapest, not the plan re-run with a budget of 0 ("... Now: 1 step, EUR 207")
            r = toward
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif which_first:
            # "which one first, and why?" (session 21): ONE course of what is in focus and the facts that put
            # it first, after the skills said beside it are noted ("I already know Linux well, which first")
            known = [c.id for c in (named, read.pointed) if c is not None and held_said]
            asked_in = state
            if provisional.goal is None and state.opened and not (state.focus or self._listed(state)):
                # "mikä kurssi ekaks?" right after the counsellor's opening: ONE direction from what was said
                # (as for "you pick"), then the first of its courses and why - never the goal asked again
                earlier = [turn.text for turn in history.turns if turn.role == "user"][-3:]
                picked = self._pick_direction_for_learner(provisional, [*earlier, message])
                asked_in = state.model_copy(update=picked.state)
            r = self._which_first_reply(p, asked_in, provisional, known=known)
            if asked_in is not state:
                r.state = {**picked.state, **r.state}
            r.intent = _which_first_label(p, intent)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif plan_format_asked and state.last_pathway is not None:
            # "is any of it in a classroom?" after a plan: its steps in that form (blended ones have classroom
            # sessions), no limit saved and no re-plan (session 28, lead trial 23's 01)
            r = self._format_of_plan(p, state.last_pathway)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif format_asked:
            r = self._format_of_shown_list(p, state, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif untaught_asked:
            # "is there anything in Hindi?" where nothing is taught in Hindi: said, with the nearest on the
            # conversation's subject (`_own_terms`), the limit not saved (session 18, refine18)
            asked = self._filters(p, SearchFilters(), provisional)
            # the nearest in the learner's languages first: the conversation's and English when they named
            # none, never a German course first to a Bengali or Finnish speaker (session 19, lead trial 14)
            own = with_conversation_language(provisional, lang)
            # "onko näitä suomeksi?" after a list: said plainly that no course is taught in it, and the list
            # shown kept as the nearest (session 27, lead trial 22's 05: "nothing (in Finnish)")
            shown = [c for c in map(self.tools.get, state.last_results) if c] if not topical else []
            if starters := shown or (self._starters(own) if provisional.goal is not None else []):
                lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
                none = t("own_terms_none", limits=md.filters_text(asked))
                if asked.languages and not asked.participation:
                    goal = goal_label(provisional.goal.label, lang) if provisional.goal is not None else ""
                    subject = goal or state.topic or state.last_query
                    none = untaught_head(asked.languages, taught, subject)
                shown = {"last_results": tuple(c.id for c in starters), "listing": "results", "focus": None}
                r = _Reply(none + "\n" + lines, "search", shown, retrieved=starters)
            else:
                # the message's own subject first ("có khóa học nào về an ninh mạng bằng tiếng Việt không?":
                # the nearest on cybersecurity, not every course; trial 15)
                goal = provisional.goal.label if provisional.goal else None
                termed = bool(p.topic) and glossary.english(p.topic, p.lang, only_terms=True) is not None
                subject = (p.topic if topical or termed else None) or goal or state.topic or state.last_query
                r = self._own_terms(asked, subject or "", own)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            avoided(p.text)
            and not plan_shown
            # "kann gut mit Excel umgehen, aber kein Programmieren" with nothing shown: skills held and one
            # not held, said about oneself; the preference is kept (`state.avoided`) for what is listed next,
            # the statement is noted, never a search of its words (session 27: 4 tune turns in en, de, fr)
            and not (intent == "state_skills" and not state.last_results)
            and named is None
            and not p.ordinals
            and not p.goal_text
            and not p.clause_goal
            and (
                subject_now := p.topic or state.topic or (provisional.goal.label if provisional.goal else "")
            )
        ):
            # "aber bitte ohne Programmieren" after a list: the subject searched again without the entries
            # that teach or need programming (`tools.avoiding`), not the list kept as it was
            query = with_english_terms(subject_now)  # "tekoälystä": searched with "artificial intelligence"
            r = self._run_search(query, self._filters(p, SearchFilters(), provisional), "search")
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif aimed is not None:
            r = followups_shown.rest_of(*aimed, provisional, p.hours_per_week, self.tools)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif window and provisional.goal is not None and named is None:
            with languages_implied(not (provisional.languages or provisional.constraints.languages)):
                r = self._within_window(p, state, leaning, window)  # the plan's first steps in that time
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif shown_r := followups_shown.reply(p, state, history, provisional, named, intent, self.tools):
            r = shown_r  # a short follow-up about the card, pair, certificate shown (session 12)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
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
        elif (shown_one := self._easier_asked(p, state, named, plan_shown)) is not None:
            r = self._easier_than(shown_one)  # "anything easier?" about the one course shown
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif _asks_cheap_of_list(
            p, state, named is not None, topical
        ):  # "any cheap ones?": the list by price
            shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
            cheap = dataclasses.replace(p, refinements=("cheaper",))
            r = self._within_shown(cheap, shown, state.last_filters, provisional)
        elif free_asked:
            r = self._free_of_list(p, state, provisional)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            named is None
            and not p.ordinals
            and read.pointed is None
            and not read.attributes
            and not plan_shown
            and p.hours_per_week is None
            and not (filtering and self._shown_in(state, p.languages))
            # "do any of these come in Spanish?" with none in it: about the list, said unchanged (not the
            # catalogue's Spanish courses on another subject)
            and not (filtering and of_those(p.text))
            # "c'est dispo en français ?", "oita online naki?" about the course or list shown: its facts
            and not (
                (state.focus or lists(state))
                and intent in ("explain", "select", "compare", "requirements")
                and not asks_what_to_take(p.text)
            )
            and asks_in_own_terms(p, self.tools.lexicon.is_catalogue_topic)
        ):
            # "anything in Polish?", "algo en español y presencial": the catalogue with those filters, on the
            # conversation's subject when there is one (session 16), never "which goal?" first
            subject = (
                provisional.goal.label if provisional.goal is not None else state.topic or state.last_query
            )
            filters = self._filters(p, SearchFilters(), provisional)
            r = self._own_terms(filters, subject or "", provisional)
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
        elif (
            intent == "state_skills"
            and change_text
            and (known := self._skills_of_requirements(p, state, leaning)) is not None
        ):
            # "i know linux and docker already" after what a course requires: what they cover of its
            # prerequisites (lead trial 20's 15)
            r = known
            r.text = change_text + "\n\n" + r.text
        elif intent in ("set_goal", "state_skills", "set_constraints") and change_text:
            step, retrieved = self._next_step(provisional)
            r = _Reply(change_text + "\n\n" + step, intent, retrieved=retrieved)
            goal_changed = any(c.kind == "set_goal" for c in changes)
            # a subject said as known ("I'm okay with computers", "কম্পিউটার মোটামুটি পারি") is no wish to search
            # for (lead trial 17: Energy-Efficient Computing led the list); a subject wished for is
            held_only = intent == "state_skills" and not wanting(p.text).wish and computers_only(p.topic)
            # a day of e-mail, the internet and a job's program said instead of skills, no goal: their own
            # digital skills first, never a search on the words of the day ("hotel front desk booking
            # software": Email Services Administration, lead trial 18's 01; session 23)
            day_only = (
                provisional.goal is None
                and not (p.goal_text or p.clause_goal or wanting(p.text).wish)
                and everyday_skills_only(
                    [s.label for c in changes if c.kind == "add_skills" for s in c.skills or ()]
                )
            )
            wish = p.goal_text or p.clause_goal or (p.topic if topical and not held_only else "") or ""
            if day_only and (starters := self._own_digital_start(leaning)):
                r.text = change_text + "\n\n" + t("goal_starters") + "\n"
                r.text += "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1)) + "\n\n"
                r.text += t("ask_hours") if provisional.constraints.hours_per_week is None else t("next_plan")
                r.retrieved = starters
                shown = tuple(c.id for c in starters)
                r.state = {"last_results": shown, **_NO_SEARCH, "topic": DIGITAL_BASICS}
            elif intent == "set_goal" or goal_changed or (wish and provisional.goal is None):
                topic = "" if goal_changed else wish
                if goal_changed and avoided_now():
                    # "AI, but without programming": started on the subject said, not on every skill of the
                    # occupation linked (its first entries would all teach programming)
                    topic = p.goal_english or wish
                beginner = learner_lacks(p.text, p.lang).beginner  # "complete beginner"
                starters = self._starters(leaning, topic, beginner=beginner)
                if goal_changed and not topic and leaning.goal is not None and p.goal_english:
                    # "learn Python for data analysis": the occupation linked (data analyst) is started with
                    # the courses teaching the skill said beside it, then its own first courses (lead trial
                    # 21's 17: maths for ML, R and data engineering, no Python course)
                    lead = self._skill_said_beside(p, leaning, beginner=beginner)
                    starters = list({c.id: c for c in [*lead, *starters]}.values())[:3]
                # never listed twice: the entries the note already offers ("the catalogue has little on X;
                # the nearest it has: ...") are no second list
                starters = [c for c in starters if f"({c.id})" not in change_text]
                offered = directions_of(p.text) if goal_changed else ()
                lines, examples = self._direction_lines(leaning, offered) if len(offered) > 1 else ([], [])
                if len(lines) > 1:
                    # "I like helping people with their phones": the goal is the likeliest direction, and
                    # each direction the interest points to is offered with a first course (session 16)
                    r.text = (
                        change_text
                        + "\n\n"
                        + t("goal_starters")
                        + "\n"
                        + "\n".join(lines)
                        + "\n\n"
                        + (
                            t("ask_hours")
                            if provisional.constraints.hours_per_week is None
                            else t("next_plan")
                        )
                    )
                    r.retrieved = examples
                    r.state = {"last_results": tuple(c.id for c in examples), **_NO_SEARCH}
                elif starters:  # something to read at once: the first catalogue entries on the goal
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
                    r.state = {"last_results": tuple(c.id for c in starters), **_NO_SEARCH}
        elif (
            asks_hours_needed(p.text)
            and plan_shown
            and state.last_pathway is not None
            and state.last_pathway.steps
            and named is None
            and not p.ordinals
            and p.hours_per_week is None
            and not ects_conversion(p.text)  # "how many hours is one ECTS?" converts (session 22)
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
            state.last_pathway is not None
            and state.last_pathway.steps
            and state.listing in ("pathway", "suggestions")
            and not p.ordinals
            and not (p.has_constraints or p.refinements or p.goal_text or p.clause_goal)
            and asks_summary(p.text)
            and off_topic(p.text) is None  # "help me with my résumé": a CV
        ):
            # "un résumé pour son dossier ?" after a plan: the plan summed up, every step cited (trial 22's
            # 04: one course's facts were shown)
            text, cited = plan_summary(state.last_pathway, self.tools.get)
            r = _Reply(text, "explain", retrieved=cited)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            plan_shown
            and state.last_pathway is not None
            and state.last_pathway.steps
            and named is None
            and not p.ordinals
            and not (p.has_constraints or p.has_filters or p.refinements or p.hours_per_week)
            and asks_plan_totals(p.text, False)
            and not ects_conversion(p.text)  # "how many hours is one ECTS?" converts (session 22)
        ):
            # "how much would it all cost?", "wie viel kostet das insgesamt?" after a plan: its totals in one
            # line, not the whole plan again (lead trial 11); a new limit said with it re-plans as before
            text, cited = plan_totals(state.last_pathway, self.tools.get)
            r = _Reply(text, "explain", retrieved=cited)
            if change_text:
                r.text = _t("changes_and", changes=change_text, rest=r.text)
        elif (
            lists(state)  # results, or the closest courses shown instead of a plan with no step
            and (provisional.goal is None or state.listing != "results")
            and named is None
            and not p.ordinals
            and not p.has_constraints
            and not p.has_filters
            and asks_plan_totals(p.text, bool(state.focus))
            and not ects_conversion(p.text)
        ):
            # "and the total cost?" about a list with no goal to plan towards: what the list adds up to
            shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
            r = _Reply(list_totals(shown), "explain", retrieved=shown)
        elif (conversion := ects_conversion(p.text)) and named is None and not p.ordinals:
            # "how many hours is 5 ECTS?": the conversion, then what is missing for a plan
            key, values = conversion
            step, retrieved = self._next_step(provisional)
            if plan_shown and state.last_pathway is not None and state.last_pathway.steps:
                step, retrieved = "", []  # asked of the plan shown (session 22): the conversion alone
            r = _Reply((t(key, **values) + "\n\n" + step).strip(), "explain", retrieved=retrieved)
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
        elif (card := self._card_defined(p, state, named)) is not None:
            # "Was ist ein ECTS?" right after a course's card: the definition, then what it means for that
            # course (its ECTS or EQF line), never the card again nor a goal question (session 20, lang20)
            r = self._concept_on_card_reply(card_concepts_asked(p.text), card)
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
                or concepts in _ASKED_ANY_TIME
            )
            and not (  # "what EQF level is it?" about the course shown: its level, on its card
                concepts not in _ASKED_ANY_TIME and refers_back(p.text) and (state.focus or lists(state))
            )
            # "which of these is recognised in the EU?" picks among those shown: each one's quality assurance
            and not (concepts == ("recognition",) and asks_which(p.text) and (state.focus or lists(state)))
        ):  # also "what's the difference between ECTS and hours?", "... a certificate and a micro-credential"
            # (a comparison of no courses; a word of a title such as "certificate" names none)
            # "what is ECTS?": the framework term in a few sentences, then what is missing for a plan
            step, retrieved = self._next_step(provisional)
            pay_only = concepts == ("labour_market",) and provisional.goal is None
            if pay_only and (paid := self._pay_job_courses(p)):
                # "data analyst ki salary kitni hai?": no pay, but the courses on that job's skills, and the
                # offer to plan towards it - never a refusal without a next step (session 19, scope19)
                step, retrieved = t("pay_job_courses", courses="\n".join(f"- {cite(c)}" for c in paid)), paid
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
        if read.leaned_from and r.intent in ("set_goal", "plan") and provisional.goal is not None:
            # "I like statistics more than coding" between two jobs compared: the one it leans to, and why
            r.text = (
                t(
                    "leaned_job",
                    subject=md.escape_text(read.leaned_from),
                    job=md.escape_text(goal_label(provisional.goal.label, lang)),
                )
                + "\n\n"
                + r.text
            )
        if r.changes:
            changes = [*changes, *r.changes]
            state = state.model_copy(update={"pending": merge_pending(state.pending, r.changes)})
        if r.pathway is not None and (p.weeks or p.deadline) and asks_if_it_fits(p.text):
            # "6 mahine mein ho jayega kya?": the yes or no first, then the plan for that time (lead trial 18)
            r.text = self._fit_verdict(p, r.pathway, provisional) + "\n\n" + r.text
        language = learner_language(provisional, spoken)
        english = english_added(provisional, leaning, spoken)  # named no language: the written one or English
        others = (
            # the languages the learner speaks are theirs too ("sie spricht Deutsch und Englisch", lead's
            # browser check: her English steps had been noted as "not taught in German")
            other_language_steps(
                r.pathway,
                language,
                self.tools.get,
                also=(*provisional.languages, *(("en",) if english else ())),
            )
            if r.pathway is not None and not r.preview
            else []
        )
        if (
            r.pathway is not None
            and (r.pathway.steps or r.pathway.uncovered)
            and leaning is not provisional
            and not r.preview
            # "only courses in German are planned" is not said over steps in another language (the planner
            # went beyond it because nothing in German fits, and says so; session 13)
            and not others
        ):
            r.text += "\n\n" + _t("language_preference", note=preference_note(spoken or "", english=english))
        if others:
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
            out = way_out(
                self.tools,
                p,
                state,
                provisional,
                topical=topical,
                searched=searched,
                directions=r.intent != "out_of_scope",
            )
            r.text += "\n\n" + out.text
            r.retrieved = [*r.retrieved, *out.found]
            if out.found and "last_results" not in r.state and not planned:
                r.state = {**r.state, "last_results": tuple(c.id for c in out.found), "listing": "results"}
            grounded = ground(r.text, self.tools.get, self.tools.lexicon.title_to_id, r.retrieved)
        listed = md.listed_ids(grounded.text) if r.intent in _NOTED_WITH_A_LIST and not planned else ()
        if listed and "last_results" not in r.state:
            # a list shown beside what was noted (the nearest courses to a goal too weak to set, lead trial
            # 14): the list "cheaper?" or "the second one" means next, never "I don't have a list to refer to"
            r.state = {**r.state, "last_results": listed, "listing": "results"}
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
                    "offer": None,  # so is the one change a plan asked about ("Shall I add German?")
                    "pair": followups_shown.pair_of(r.intent, grounded.citations),  # session 12
                    **r.state,
                    # so is the counsellor's opening, or any answer that left the learner with no aim and
                    # asked for one: the next message answers it (`opening_answers`, session 20)
                    "opened": r.state["opened"]
                    if "opened" in r.state
                    else asks_aim(provisional, r.intent, r.pathway, r.state),
                    "shown": tuple(c.id for c in grounded.citations),
                }
            ),
        )

    def _skill_said_beside(self, p: Parsed, profile: LearnerProfile, *, beginner: bool) -> list[Credential]:
        """Up to two first courses teaching a skill the wish names beside the goal linked from it ("python"
        of "python data analysis", `search_topic.beyond_goal`); never a word of the job held ("teacher") nor
        a skill held ("Pythonia oon koodannu jo vuosia"). None when the wish names no skill beyond it."""
        if profile.goal is None or not p.goal_english:
            return []
        own = {w for role in (p.current_role, p.clause_role, p.role_english) if role for w in role.split()}
        held = profile.held_skill_uris

        def named(word: str) -> bool:
            hit = self.tools.lexicon.skill_hit(word)
            return hit is not None and word not in own and hit.uri not in held

        hits = [
            self.tools.lexicon.skill_hit(w) for w in beyond_goal(p.goal_english, profile.goal.label, named)
        ]
        uris = {h.uri for h in hits if h is not None}
        if not uris:
            return []
        label = self.tools.taxonomy.label
        found = self._starters(profile, " ".join(label(u) for u in sorted(uris)), beginner=beginner)
        # the conversation's language first ("kiero aprender sql y python": the Spanish Python course), when
        # the catalogue teaches the skill in it (English: the search's order)
        lang = current()
        own = [
            c
            for c in (self.tools.credentials() if lang != "en" else [])
            if c.kind != "certificate" and lang in c.languages and any(s.uri in uris for s in c.skills)
        ]
        own = sorted(own, key=lambda c: (bool(c.prerequisites), c.eqf_level or 0, c.id))
        teaching = [c for c in found if any(s.uri in uris for s in c.skills)]
        return list({c.id: c for c in [*own, *teaching]}.values())[:2]

    def _plan_asked(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """The plan asked for, by the strategy a way asked for names ("the quickest route there?": fastest,
        "the cheapest way": cheapest; `followup_words.asks_best_way`), else balanced."""
        way = asks_best_way(p.text)
        strategy = "balanced" if way is None else way
        if asks_export(p.text):  # "a plan I can print": where to print it, with the plan kept as it was
            shown = state.last_pathway.strategy if state.last_pathway is not None else strategy
            export = t("export_hint", pathway=t("nav_pathway"), pdf=t("pw_dl_pdf"), advisor=t("nav_advisor"))
            return self._plan(p, state, profile, note=export + "\n\n", strategy=way or shown)
        r = self._plan(p, state, profile, strategy=strategy)
        steps = [c for c in (self.tools.get(i) for i in r.pathway.ids) if c] if r.pathway is not None else []
        if steps and asks_first_step(p.text) and way is None:
            # "where should she start?", "so what do I do first?": the plan answers, led by the step to begin
            # with and why (session 26: the plan alone named no step and gave no reason)
            first = self._first_of(p, profile, steps, plan=True)
            if first is not None:
                r.text = first[1] + "\n\n" + r.text
        return r

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
            "plan": self._plan_asked,
            "apply_suggestion": self._apply_suggestion,
            "smalltalk": self._smalltalk,
            "explore": self._explore,
            "set_goal": self._explore,
            "state_skills": self._explore,
            "set_constraints": self._explore,
        }.get(intent, self._out_of_scope)
        return handler(p, state, profile)


def _nothing_to_skip(p: Parsed, state: DialogueState, intent: str) -> bool:
    """Whether a message asks to leave out a step ("skip the SQL one", "quita el de SQL", "SQL वाला हटा दो")
    while no plan is shown: no step to skip (a subject not wanted, "nothing about networks", is a preference
    the search keeps; a goal said with it is the goal)."""
    planned = state.last_pathway is not None and bool(state.last_pathway.steps)
    asked = asks_skip(p.text) or (asks_remove(p.text) and not excludes_subject(p.text))
    return (
        asked
        and not planned
        and intent in ("search", "skip_step", "select", "explain")
        and len(p.text.split()) <= _SHORT_REMOVAL  # "back after 3 yrs at home…" tells a story
        and not (p.goal_text or p.clause_goal or p.ordinals or p.denied_languages)
        and not avoided(p.text)  # "aber bitte ohne Programmieren": a preference
    )


_SHORT_REMOVAL = 8


def _which_first_label(p: Parsed, intent: str) -> str:
    """The act a which-first answer is labelled with: the comparison or requirements the classifier or
    the policy read ("kumpi ensin?" over two shown, "¿y con cuál empiezo?"), else a goal, subject or skill
    said with it, else "explain" (a course's card with why it comes first, labelled as the card was before
    session 21)."""
    acts = ("compare", "requirements")
    if p.intent in acts:
        return p.intent
    if intent in acts:
        return intent
    return intent if intent in ("set_goal", "explore", "search", "state_skills") else "explain"


# the state of a list that no search made (a goal's first entries): "something free to start?" refines the
# entries shown, never the search before the goal changed (session 21, refine21: "estoy buscando cursos de
# python", then a data-analyst goal, then "¿y algo gratis para empezar?" listed free Python courses)
_NO_SEARCH = {"listing": "results", "last_query": "", "last_filters": SearchFilters()}


def _without_format_words(topic: str) -> str:
    """A topic without the words that said a format ("ligne" of "en ligne", "línea"): no subject of its own
    (session 19); the words and phrases are those the slots read formats from (`vocab.PARTICIPATION*`)."""
    said = {
        w for phrase in (*vocab.PARTICIPATION, *vocab.PARTICIPATION_PHRASES) for w in phrase.lower().split()
    }
    return " ".join(w for w in topic.split() if w.lower() not in said)


def _without_role(topic: str, role: str | None) -> str:
    """A topic without the words of the job held ("shop computers" less "shop"): what is left is asked."""
    if not role:
        return topic
    drop = {w.casefold() for w in role.split()}
    return " ".join(w for w in topic.split() if w.casefold() not in drop)
