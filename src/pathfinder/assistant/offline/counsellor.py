"""The counsellor's replies: greetings, what the assistant can do, an opening for vague wishes with
starting directions, the first entries on a goal, and what is still missing for a plan.
"""

from __future__ import annotations

import re

from pathfinder.assistant import markdown as md
from pathfinder.assistant.concepts import asks_labour_market
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import current, goal_label, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.interests import (
    DIRECTION_QUERIES,
    DIRECTION_SPREAD,
    IT_DIRECTIONS,
    broad_field,
    leanings,
)
from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.audience import computers_only, device_sentence, learner_lacks
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.level_words import LEVEL_RANGES
from pathfinder.assistant.nlu.wanting import wishes_to_teach
from pathfinder.assistant.off_topic import off_topic
from pathfinder.assistant.offline.search import _merged
from pathfinder.assistant.offline_plans import _Reply, _t
from pathfinder.assistant.picks import in_order
from pathfinder.assistant.policy import worries_too_late
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR, STARTER_SHARE
from pathfinder.assistant.starting_points import (
    STARTER_POOL,
    can_start,
    highest_start,
    met_by_job,
    startable_first,
    teaching_goal,
    without_citizen_courses,
)
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, SearchFilters
from pathfinder.domain.credentials import to_eur
from pathfinder.domain.dialogue import DialogueState
from pathfinder.domain.filters import matches
from pathfinder.planner.audience import course_audience
from pathfinder.planner.gaps import goal_occupation, goal_wanted_skills, study_languages
from pathfinder.planner.level import starting_level


class CounsellorReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools
    _fitted_cache: dict[tuple[str, str, str], list[tuple[str, Credential]]]
    _about_cache: dict[tuple[str, int], tuple[frozenset[str], list[Credential]]]

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
        # a CV or cover letter to write: what the assistant can do towards one instead
        family = off_topic(p.text)
        key = f"out_of_scope_{family}" if family in ("cv", "interview") else "out_of_scope"
        return _Reply(t(key, capabilities=t("capabilities")), "out_of_scope")

    def _directions(self, profile: LearnerProfile, said: str = "") -> str:
        """Two or three starting directions that fit the learner (`_fitted_directions`), each with a course
        to start from."""
        return "\n".join(
            t("direction", name=md.escape_text(goal_label(name)), example=cite(example))
            for name, example in self._fitted_directions(profile, said)
        )

    def _way_into_direction(
        self, profile: LearnerProfile, core: list[Credential], taken: set[str]
    ) -> Credential | None:
        """For a direction none of whose courses the learner can start now: a prerequisite of one of its
        central courses (`core`) that they can start, within their budget and format (a learner who likes
        drawing is offered web development by the first programming course it needs, not left without it)."""
        limits = profile.constraints
        cap = None if limits.budget is None else to_eur(limits.budget, limits.currency)
        allowed = SearchFilters(participation=limits.participation, max_cost=cap)
        for c in core:
            for pid in sorted(c.prerequisites):
                first = self.tools.get(pid)
                if (
                    first is not None
                    and first.id not in taken
                    and first.kind != "certificate"
                    and matches(first, allowed)
                    and can_start(first, profile)
                    and not course_audience(first).for_educators
                ):
                    return first
        return None

    def _direction_about(self, query: str) -> tuple[frozenset[str], list[Credential]]:
        """The entries about a direction whoever asks (at least `DIRECTION_SHARE` of its best match in the
        whole catalogue), and its central courses (at least `DIRECTION_CORE` of it; no certificate), computed
        once per direction and catalogue."""
        key = (query, len(self.tools.credentials()))
        if (known := self._about_cache.get(key)) is None:
            hits = self.tools.search_hits(query, SearchFilters(), k=2 * STARTER_POOL)
            best = max((h.score for h in hits), default=0.0)
            floor = max(RELEVANCE_FLOOR, DIRECTION_SHARE * best)
            about = frozenset(h.credential.id for h in hits if h.score >= floor)
            core = [
                h.credential
                for h in hits
                if h.score >= max(floor, DIRECTION_CORE * best) and h.credential.kind != "certificate"
            ]
            known = self._about_cache[key] = (about, core)
        return known

    def _direction_examples(self, profile: LearnerProfile, said: str = "") -> list[Credential]:
        """The courses `_directions` names, in its order (what the reply cites)."""
        return [c for _, c in self._fitted_directions(profile, said)]

    def _fitted_directions(self, profile: LearnerProfile, said: str = "") -> list[tuple[str, Credential]]:
        """Up to three starting directions for a learner with no goal, each with a first course THAT learner
        could start (issue #12, session 24): the directions their words, held skills and job lean towards
        (`interests.leanings`: "numbers" -> data, "games" -> software) before a spread of the catalogue's
        entry points (`DIRECTION_SPREAD`); each direction's example comes from `_starters`, so it is in the
        learner's languages first, within their budget ("no money": free) and their reach - a beginner's
        (nothing held, "not good with computers", no background) at EQF <= 4 for every direction, anyone
        else's first direction at a beginner's level and the others within their reach: a spread, never
        three neighbouring EQF 5-7 network jobs. Falls back to the catalogue-wide directions when no
        direction finds a course (a catalogue with none of these areas)."""
        role = profile.current_role.label if profile.current_role else ""
        key = (profile.model_dump_json(), said, current())
        if (hit := self._fitted_cache.get(key)) is not None:
            return hit
        lacks = learner_lacks(said, None) if said else None
        beginner = bool(
            lacks and (lacks.computers or lacks.computer_ease or lacks.background or lacks.knowledge)
        )
        texts = [x for x in (said, role, *(s.label for s in profile.skills)) if x]
        names = list(dict.fromkeys([*(name for name, _ in leanings(texts)), *DIRECTION_SPREAD]))
        job = self.tools.job_held(profile)
        out: list[tuple[str, Credential]] = []
        for name in names:
            query = DIRECTION_QUERIES.get(name, name)
            # what the direction is about, whoever asks: a course far below its best match is no example
            # of it, however well it fits the learner ("Digital Literacy Essentials" for web development)
            about, core = self._direction_about(query)
            first_entry = not out  # the spread starts where anyone can enter
            found = self._starters(profile, query, own_words=False, beginner=beginner or first_entry)
            taken = {c.id for _, c in out}
            met = met_by_job(found, job, self.tools.get)
            # a course to begin with (a certificate is earned, not begun), their own start, not a classroom's
            example = next(
                (
                    c
                    for c in found
                    if c.id in about
                    and c.id not in taken
                    and c.kind != "certificate"
                    and can_start(c, profile, met=met)
                    and not course_audience(c).for_educators
                ),
                None,
            )
            if example is None:  # the course that opens the direction ("Front-End Web Development" needs a
                example = self._way_into_direction(profile, core, taken)  # first programming course)
            if example is not None:
                out.append((name, example))
            if len(out) == 3:
                break
        # courses in the learner's languages (or the one they write in) lead: a Spanish speaker's first
        # example is a Spanish course when one of the directions has one
        own = {*study_languages(profile), current()} - {"en"}
        out.sort(key=lambda pair: not own & set(pair[1].languages))
        out = out or list(self.tools.directions(profile))
        if len(self._fitted_cache) > 64:
            self._fitted_cache.clear()
        self._fitted_cache[key] = out
        return out

    def _explore(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """A counsellor's opening: ask about background, interests and time, and offer directions."""
        if worries_too_late(p.text):
            return self._encourage(p, state, profile)
        if learner_lacks(p.text, p.lang).computer and (starters := self._own_digital_start(profile)):
            # "solo tiene celular, no compu" (lead trial 19's 12: a search for phones): a beginner on a phone
            return self._phone_start(starters)
        if (
            profile.goal is not None
            and learner_lacks(p.text, p.lang).knowledge
            and (starters := self._starters(profile, beginner=True))
        ):
            # "no sé programar nada" once the goal is set: the goal's first courses a beginner can take
            r = _starters_reply(starters)
            ask = t("ask_hours") if profile.constraints.hours_per_week is None else t("next_plan")
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
            r.text = t("beginner_start", goal=goal_label(profile.goal.label)) + "\n" + lines + "\n\n" + ask
            return r
        if profile.goal is not None and (p.topic or p.clause_goal):
            return self._search(p, state, profile)
        lacks = learner_lacks(p.text, p.lang)
        if profile.goal is None and (lacks.computers or lacks.computer_ease):
            # "I know nothing about computers, where do I start?": their own digital skills first, at a
            # beginner's level, never a course on a computing subject (trial 15: an EQF 6 energy-efficient
            # computing course)
            starters = self._own_digital_start(profile)
            if starters:
                # the subject for a plan asked next ("how long at 3 h a week?"): digital basics, never the
                # words of "never really a computer" ('use never computer', lead trial 16)
                r = _starters_reply(starters)
                r.state = {**r.state, "topic": DIGITAL_BASICS}
                return r
        if field := broad_field(p.text):  # "something with computers": the directions in that field
            return self._field_directions(p, profile, field)
        # the job held is no wish ("my client is a warehouse supervisor who wants something in IT")
        said = _without(p.text, p.current_role or p.clause_role)
        wish = p.goal_english or english(said, p.lang, only_terms=True) or p.goal_text or p.topic
        # "which skills should I pick up?": skills in general are no subject to start from
        if wish and joint.names_subject(wish) and self.tools.lexicon.is_catalogue_topic(wish):
            starters = self._starters(profile, wish, beginner=learner_lacks(p.text, p.lang).background)
            # a learner's own start, not a course on running a classroom, unless teaching is what they want
            if computers_only(wish) and not wishes_to_teach(p.text):
                starters = [c for c in starters if not course_audience(c).for_educators] or starters
            if starters:  # "I want to learn cybersecurity but don't know where to start": start there
                return _starters_reply(starters)
        # directions that fit what the message says of the learner (job, "not good with computers", money)
        directions = self._directions(profile, p.text)
        # an adviser speaking of a client: the counsellor's questions are about the client
        return _Reply(
            t(_explore_key(p), directions=directions),
            "explore",
            {"opened": True},  # the next message answers the opening (`opening_answers`)
            retrieved=self._direction_examples(profile, p.text),
        )

    def _pick_direction_for_learner(self, profile: LearnerProfile, said: list[str]) -> _Reply:
        """For "what would you pick for me?" / "you decide" with no goal yet (session 19, lead trial 14's 01):
        ONE direction, the one the learner's words and held skills lean towards (`interests.leanings`), else
        the first the catalogue serves well; why in one sentence (the words that point to it), its first
        courses, and the offer to plan towards it. The direction is the conversation's topic, so "plan it"
        plans towards it; no goal is saved until the learner takes it."""
        if profile.goal is not None and (starters := self._starters(profile)):
            # "entscheide du für mich" once the words set a goal ("I like fixing my friends' PCs": IT
            # support): that goal is the direction, begun with its first courses
            goal = md.escape_text(goal_label(profile.goal.label))
            text = t("pick_direction", direction=goal, why=t("pick_why_goal"))
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
            return _Reply(
                f"{text}\n{lines}\n\n{t('pick_offer')}",
                "explore",
                {"last_results": tuple(c.id for c in starters), "listing": "results", "focus": None},
                retrieved=starters,
            )
        held = [s.label for s in profile.skills]
        leaning = leanings([*said, *held])
        fallback = [*IT_DIRECTIONS, *(name for name, _ in self.tools.directions(profile))]
        candidates = [*leaning, *((name, []) for name in fallback)]
        for name, words in candidates:  # noqa: B007 - the pair found is used after the loop
            query = DIRECTION_QUERIES.get(name, name)
            starters = self._starters(profile, query, own_words=False, beginner=True)
            if starters:
                break
        else:
            return _Reply(t("ask_goal", directions=self._directions(profile)), "explore")
        why = (
            t("pick_why_words", words=", ".join(f"“{md.escape_text(w)}”" for w in words[:3]))
            if words
            else t("pick_why_none")
        )
        lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
        text = t("pick_direction", direction=md.escape_text(goal_label(name)), why=why)
        return _Reply(
            f"{text}\n{lines}\n\n{t('pick_offer')}",
            "explore",
            {
                "last_results": tuple(c.id for c in starters),
                "listing": "results",
                "focus": None,
                "topic": name,
                # "where do I start?" next: this direction again, led by its first course (never a plan
                # towards a goal nobody set)
                "opened": True,
            },
            retrieved=starters,
        )

    def _field_directions(self, p: Parsed, profile: LearnerProfile, field: tuple[str, ...]) -> _Reply:
        """The counsellor's opening for a vague wish about a broad field: its directions, each with a course
        to start from, and the questions about background, interests and time."""
        lines, examples = self._direction_lines(profile, field, learner_lacks(p.text, p.lang).background)
        if not lines:
            lines, examples = [self._directions(profile)], self._direction_examples(profile)
        return _Reply(
            t(_explore_key(p), directions="\n".join(lines)),
            "explore",
            # "how long is that one?"; the next message answers the opening (`opening_answers`)
            {"last_results": tuple(c.id for c in examples), "listing": "results", "opened": True},
            retrieved=examples,
        )

    def _direction_lines(
        self, profile: LearnerProfile, directions: tuple[str, ...], beginner: bool = False
    ) -> tuple[list[str], list[Credential]]:
        """Each direction with a first course to take in it (a course before a certificate), as the
        counsellor's lines ("- **IT support**: e.g. …"); a direction with no entry of its own is left out."""
        lines: list[str] = []
        examples: list[Credential] = []
        for name in directions:
            found = self._starters(profile, name, own_words=False, beginner=beginner)
            starters = [c for c in found if c not in examples]
            first = next((c for c in starters if c.kind != "certificate"), next(iter(starters), None))
            if first is not None:
                lines.append(t("direction", name=md.escape_text(goal_label(name)), example=cite(first)))
                examples.append(first)
        return lines, examples

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

    def _pay_job_courses(self, p: Parsed) -> list[Credential]:
        """Up to three entries on the subject of a question of pay ("what does a network engineer earn?",
        "डेटा साइंटिस्ट की सैलरी कितनी है?"), over the relevance floor: what the catalogue can say of that job;
        none when the question names no subject the catalogue teaches."""
        topic = " ".join(w for w in p.topic.split() if not asks_labour_market(w))
        if not topic or self.tools.lexicon.ungrounded(topic):
            return []
        return self._starters(LearnerProfile(id="pay"), topic=topic)[:3]

    def _digcomp_safety_skill(self, uri: str) -> bool:
        """Whether a skill is one of DigComp's safety area (4: protecting devices, personal data and privacy,
        health, the environment), a citizen's competence rather than a data protection or security job's."""
        skill = self.tools.taxonomy.skill(uri)
        return bool(skill and skill.digcomp_area == DIGCOMP_SAFETY)

    def _next_step(self, profile: LearnerProfile) -> tuple[str, list[Credential]]:
        """After a statement, what is still missing for a plan, asked as a question: the goal (with starting
        directions), else the weekly time; else the offer to plan."""
        if profile.goal is None:
            return t("ask_goal", directions=self._directions(profile)), self._direction_examples(profile)
        if profile.constraints.hours_per_week is None:
            return t("ask_hours"), []
        return t("next_plan"), []

    def _teaching_ways_in(
        self, teachers: list[Credential], filters: SearchFilters, profile: LearnerProfile, *, beginner: bool
    ) -> list[Credential]:
        """Two first courses towards the goal's centre within `filters`: a course teaching it the learner can
        start now, or else the prerequisite that opens it (lead trial 17: a beginner into web development was
        offered "Network Engineering for Software Developers" because Front-End Web Development needs a first
        programming course, which was never offered)."""
        out: list[Credential] = []
        # the lowest level first, then the most of the centre taught (`teaching_goal`'s order): a first list
        # starts where a learner enters, not with the course teaching most (lead trial 17: a data analyst's
        # list led by an EQF 6 course on statistical software in R)
        start = starting_level(profile)
        # (a learner with a background at or above EQF 5, a junior developer into DevOps, keeps the order of
        # what teaches most: the courses they asked about, not the basics below them)
        ordered = sorted(teachers, key=lambda c: max(start, c.eqf_level or start)) if start <= 4 else teachers
        for c in ordered:
            if not matches(c, filters):
                continue
            if can_start(c, profile):
                way_in: Credential | None = c
            elif start > 4 or not beginner:
                way_in = None  # the prerequisite that opens it: for one who says they are a beginner
            else:
                opens = (self.tools.get(i) for i in c.prerequisites)
                way_in = next((x for x in opens if x and matches(x, filters) and can_start(x, profile)), None)
            if way_in is not None and way_in not in out:
                out.append(way_in)
            if len(out) == 2:
                break
        return out

    def _phone_start(self, starters: list[Credential]) -> _Reply:
        """The start of one who has only a phone (session 24): the phone noted, their own digital skills'
        first courses with the online ones first, and what the catalogue itself says of the device each uses
        (its sentence naming a phone or a computer, quoted); the others said to be unknown, never guessed."""
        ordered = sorted(starters, key=lambda c: c.participation != "online")  # stable: relevance kept
        lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(ordered, 1))
        said = [(c, device_sentence(c.description)) for c in ordered]
        quotes = [t("phone_device", id=c.id, quote=md.escape_text(q)) for c, q in said if q]
        notes = [*(f"- {q}" for q in quotes), *([t("phone_unsaid")] if len(quotes) < len(ordered) else [])]
        r = _starters_reply(ordered)
        r.text = "\n\n".join(
            x for x in (t("phone_start") + "\n" + lines, "\n".join(notes), t("explore_more")) if x
        )
        r.state = {**r.state, "topic": DIGITAL_BASICS}
        return r

    def _own_digital_start(self, profile: LearnerProfile) -> list[Credential]:
        """The first courses of one's own digital skills, at a beginner's level: for one new to computers
        and for one whose day is e-mail, the internet and a program of their job (session 23); their own
        skills, not a course on running a classroom (session 20, lead trial 16's 01)."""
        starters = self._starters(profile, DIGITAL_BASICS, own_words=False, beginner=True)
        own = [c for c in starters if not course_audience(c).for_educators]
        # a first digital course in the language the learner writes leads ("soy malísima con la compu":
        # "Alfabetización digital" before an English one; session 24)
        written = current()
        return sorted(own, key=lambda c: written != "en" and written not in c.languages)

    def _starters(
        self, profile: LearnerProfile, topic: str = "", *, own_words: bool = True, beginner: bool = False
    ) -> list[Credential]:
        """Up to three catalogue entries on the learner's goal (or on `topic` when no goal is linked), those
        taught in their languages first, in the participation they asked for and within their budget; only
        hits above the relevance floor; those the learner can start now (and read) before the rest
        (`starting_points`: no EQF 7 leaders' course as a beginner's first suggestion). A `topic` that is not
        the learner's own words (a direction's English name, `own_words=False`) is not matched to titles by
        meaning: a title near the name is no better start than the most relevant entry."""
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
        anywhere = self.tools.search_hits(query, base, k=STARTER_POOL)
        # in the learner's languages first, but only entries nearly as relevant as the best anywhere: a German
        # data-analyst goal is not started with German cloud-security courses
        floor = max(RELEVANCE_FLOOR, STARTER_SHARE * max((h.score for h in anywhere), default=0.0))
        in_langs = base.model_copy(update={"languages": langs})
        # then English, the catalogue's lingua franca, before any other language: a Vietnamese learner is not
        # started on a Spanish course when an English one is nearly as relevant
        in_english = base.model_copy(update={"languages": ("en",)})
        firsts = ((in_langs,) if langs else ()) + ((in_english,) if langs and "en" not in langs else ())
        if len(langs) > 1 and (written := current()) in langs:
            # the language written in first among the learner's (session 17: English beside it, for one who
            # named none, put English starters before "Compétences numériques du quotidien")
            firsts = (base.model_copy(update={"languages": (written,)}), *firsts)
        # first at a level the learner can begin at, then at any level (an entry they cannot start yet comes
        # after every one they can: `starting_points`)
        # "No degree", "I only know Excel", "for someone like me": a beginner's entries first (EQF <= 4), then
        # none above EQF 5 (bachelor-like), never a specialist's EQF 6 course to fill the list
        # an occupation's centre (the skills it is among the two closest occupations to), else an area's
        job = goal_occupation(profile, self.tools.taxonomy)
        area = profile.goal.skills if profile.goal and job is None else ()
        wanted = goal_wanted_skills(profile, self.tools.taxonomy, centre_only=True)
        goal_teachers = teaching_goal(wanted, profile, self.tools.credentials(), least=2 if area else 1)
        start = highest_start(profile)
        level_cap = {"eqf_max": min(start, BEGINNER_NEXT_EQF) if beginner else start}
        beginner_cap = {"eqf_max": min(start, LEVEL_RANGES["basic"][1] or BEGINNER_NEXT_EQF)}
        opening = [(rank, f.model_copy(update=beginner_cap)) for rank, f in enumerate((*firsts, base))]
        steps = [(rank, f.model_copy(update=level_cap)) for rank, f in enumerate((*firsts, base))]
        rest = [] if beginner else list(enumerate((*firsts, base)))
        for rank, filters in [*(opening if beginner else []), *steps, *rest]:
            hits = anywhere if filters == base else self.tools.search_hits(query, filters, k=STARTER_POOL)
            # a narrower search (a language, a level) keeps entries nearly as relevant as the best anywhere
            narrow = filters.languages or filters.eqf_max
            near = [h.credential for h in hits if h.score >= (floor if narrow else RELEVANCE_FLOOR)]
            meant = self._meaning(topic or query, filters) if own_words else []
            # a goal's starters are first the courses teaching most of its skills the learner lacks (a word
            # of its label in a title is no start: "intelligent" found a network certificate; trial 15)
            # (two the learner can start now: the third place stays for the search's best, often the
            # certificate they stack into)
            teaching = self._teaching_ways_in(goal_teachers, filters, profile, beginner=beginner)
            teaching = teaching if not topic else []
            for c in _merged(teaching, _merged(meant, near)):
                # a certificate costs what its courses cost: never a "free" start on a limited budget
                if len(found) < STARTER_POOL and not (cap is not None and c.kind == "certificate"):
                    found.setdefault(c.id, c)
                    group.setdefault(c.id, rank)
        by_step = sorted(found.values(), key=lambda c: group[c.id])  # by language step, then relevance
        if job is not None and not beginner:
            # a specialist's job is not started with a citizen's online-safety course ("data protection"
            # with Staying Safe Online) when courses teach its own skills (`starting_points`)
            by_step = without_citizen_courses(by_step, job.essential, self._digcomp_safety_skill)
        # English is the catalogue's lingua franca: an English course is a start for anyone studying in it
        met = met_by_job(by_step, self.tools.job_held(profile), self.tools.get)
        return startable_first(by_step, profile, (*langs, "en") if langs else (), met=met)[:3]


# a direction's example scores at least this share of the direction's best match in the whole catalogue
DIRECTION_SHARE = 0.45
# ... and a central course of it (whose prerequisite may open the direction) at least this share
DIRECTION_CORE = 0.8
BEGINNER_NEXT_EQF = 5  # the highest level a beginner's first suggestions reach after the basic ones
DIGCOMP_SAFETY = "4"  # DigComp's competence area 4, Safety (skills.csv `digcomp_area`)
DIGITAL_BASICS = "digital literacy basic computer skills"  # the search for one's own first digital skills


def _starters_reply(starters: list[Credential]) -> _Reply:
    """The first entries to start with, listed, and what to tell for a plan that fits."""
    lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(starters, 1))
    text = t("goal_starters") + "\n" + lines + "\n\n" + t("explore_more")
    # a list no search made: a refinement filters these entries, not the search before them (session 21)
    state = {"last_results": tuple(c.id for c in starters), "listing": "results", "last_query": ""}
    state |= {"last_filters": SearchFilters()}
    return _Reply(text, "explore", state, retrieved=starters)


def _without(text: str, phrase: str | None) -> str:
    """The text without a phrase (case-insensitive), e.g. the job held, so that its words are no wish."""
    return re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE) if phrase else text


def _explore_key(p: Parsed) -> str:
    """The counsellor's opening said to the learner, to an adviser of a client, or to someone asking for a
    relative ("my dad ..."): about "them", never "your client"."""
    if p.relative:
        return "explore_relative"
    return "explore_client" if p.third_person else "explore"
