"""Follow-ups about the list or plan shown: narrowed, reordered or re-searched; its facts, totals, hours
needed and order; the goal's skill gap.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pathfinder.assistant import markdown as md
from pathfinder.assistant import workload
from pathfinder.assistant.conversation_language import listing_languages
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import counted, current, goal_label, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.offline.search import with_english_terms
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.picks import level_step, points_at_free_one
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.policy import drops_listed_entry, refines_listed_entry
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR
from pathfinder.assistant.tools import AssistantTools, avoiding
from pathfinder.domain import Credential, LearnerProfile, SearchFilters, to_eur
from pathfinder.domain.dialogue import DialogueState
from pathfinder.domain.filters import matches
from pathfinder.domain.pathways import Pathway
from pathfinder.errors import PathfinderError
from pathfinder.planner import DEFAULT_HOURS_PER_WEEK
from pathfinder.planner.assumed import assumed_skills


class FollowUpReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

    def _refine(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        if state.last_pathway is not None and state.listing in ("pathway", "suggestions"):
            return self._replan(p, state, profile)
        if not state.last_query and not state.last_results and profile.goal is not None:
            return self._replan(p, state, profile)  # "cheaper?" with a goal and nothing listed: plan that way
        focus = self.tools.get(state.focus) if state.focus else None
        compared = [c for c in (self.tools.get(i) for i in state.pair) if c] if state.pair else []
        # "cheaper?" after one course's card or a comparison of two (session 19): others teaching their skills
        refs = [focus] if focus is not None and not state.last_query else compared
        asks_less = refs and not state.last_query and {"cheaper", "shorter"} & set(p.refinements)
        if asks_less and (alike := self._cheaper_on_shared_skills(refs, p, profile)) is not None:
            return alike
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
                {"opened": True},  # the counsellor's questions: the next message answers them
                retrieved=self._direction_examples(profile),
            )
        filters = with_budget(self._filters(p, state.last_filters, profile), profile)
        langs = listing_languages(profile, current())
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c]
        like = self._by_ordinal(state, p.ordinals[0]) if refines_listed_entry(p, state) else None
        if like is not None and (alike := self._cheaper_on_shared_skills([like], p, profile)) is not None:
            # "like the first one but cheaper", "le premier mais en moins long" (session 21, refine21):
            # entries on its skills that cost less (take fewer hours); none: the search below it, further down
            return alike
        if state.last_query and (dropped := self._dropped_from_list(p, state)) is not None:
            # "ohne den ersten", "sin el primero", "ilman ensimmäistä" (session 21, refine21): the search
            # again without that entry, which stays out of the refinements that follow (the filters kept;
            # the head says "without 1 you excluded"; the entry is not named again: a title named is cited)
            out = tuple(dict.fromkeys((*filters.exclude_ids, dropped.id)))
            filters = filters.model_copy(update={"exclude_ids": out})
            return self._run_search(state.last_query, filters, "refine", langs=langs, keep_to_langs=True)
        if state.last_query and (stepped := _level_stepped(p, filters, shown)) is not None:
            # "eine Stufe leichter", "algo un poco más fácil", "vähän helpompia", "plus avancé" over a list
            # (session 21, refine21): the search again one EQF level below (above) the list's level, that
            # level's entries first (`_run_search`'s level rule: the nearest when none is at it, said)
            filters = stepped
        if not state.last_query or (p.refinements and _asks_sort(p.text)):
            # a list from no search (first steps on a goal), or "sort them by price": refine within it
            return self._within_shown(p, shown, filters, profile)
        # "cheaper"/"shorter" than the one in focus (or the one named by its place), else than the top result
        # that has a price/workload
        focus = like or (self.tools.get(state.focus) if state.focus else None)
        if "cheaper" in p.refinements:
            # a certificate's own fee of 0 is not "free" (its courses are paid one by one): not the reference
            priced = [c for c in shown if c.cost_eur is not None and c.kind != "certificate"]
            ref = [focus] if focus and focus.kind != "certificate" else priced[:1]
            costs = [c.cost_eur for c in ref if c and c.cost_eur is not None]
            if costs and min(costs) == 0:
                return self._run_search(
                    state.last_query, filters, "refine", t("already_free"), langs, keep_to_langs=True
                )
            if costs:
                cap = round(min(costs) - 0.01, 2)
                kept = filters.max_cost  # the budget's cap, when lower
                filters = filters.model_copy(update={"max_cost": cap if kept is None else min(cap, kept)})
            if costs and "shorter" not in p.refinements:
                cheaper = self._run_search(
                    state.last_query, filters, "refine", langs=langs, keep_to_langs=True, on_subject=True
                )
                budget = with_budget(SearchFilters(), profile).max_cost
                over_budget = budget is not None and not self._within_price(ref[0], budget)
                if cheaper.retrieved or over_budget:
                    return cheaper  # nothing within the budget either: said, with what would fit
                # nothing cheaper on the subject: the one it was compared with is the cheapest found, said and
                # cited, with a way on (session 14: "cheeper?" answered "I found no credential" and no course)
                return _Reply(
                    t("cheapest_already", citation=cite(ref[0])),
                    "refine",
                    {"focus": ref[0].id},
                    retrieved=[ref[0]],
                    filters=filters,
                )
        if "shorter" in p.refinements:
            timed = [c for c in shown if c.hours]
            hours = [c.hours for c in ([focus] if focus else timed[:1]) if c and c.hours]
            if hours:
                filters = filters.model_copy(update={"max_hours": min(hours) - 0.5})
        return self._run_search(state.last_query, filters, "refine", langs=langs, keep_to_langs=True)

    def _dropped_from_list(self, p: Parsed, state: DialogueState) -> Credential | None:
        """The entry of the list shown a message leaves out by its place (`policy.drops_listed_entry`)."""
        return self._by_ordinal(state, p.ordinals[0]) if drops_listed_entry(p, state) else None

    def _cheaper_on_shared_skills(
        self, refs: list[Credential], p: Parsed, profile: LearnerProfile
    ) -> _Reply | None:
        """ "Is there a cheaper one?" after a course's card, "anything cheaper than those two?" after a
        comparison (session 19, refine19): the entries that teach a skill of `refs`, cost less (take fewer
        hours, for "shorter") than the cheapest (shortest) of them, those sharing most skills first, then the
        cheapest (shortest); in the learner's languages when any is, no certificate (it costs what its courses
        cost), within the format or language the message names. None when nothing is."""
        cheaper = "cheaper" in p.refinements
        skills = {ref.uri for c in refs for ref in c.skills}
        prices = [c.cost_eur for c in refs if c.cost_eur is not None]
        hours = [c.hours for c in refs if c.hours]
        cap = (min(prices) if prices else None) if cheaper else (min(hours) if hours else None)
        if not cap:
            return None
        filters = self._filters(p, SearchFilters(), profile)
        langs = set(listing_languages(profile, current()))
        ids = {c.id for c in refs}
        # on the same subject: a skill shared, a certificate both count towards, or near in the search for
        # their titles and first skills (sparse skill tags alone missed "Identitäts- und Zugriffsmanagement"
        # beside "Cloud-Sicherheit und Compliance")
        query = " ".join([*(c.title for c in refs), *(s.label for c in refs for s in c.skills[:3])])
        near = {h.credential.id: h.score for h in self.tools.search_hits(query, SearchFilters(), k=30)}
        stacks = {target for c in refs for target in c.stack_targets}
        ranked = []
        for c in self.tools.credentials():
            amount = c.cost_eur if cheaper else c.hours
            if (
                c.id in ids
                or c.kind == "certificate"
                or amount is None
                or amount >= cap
                or not matches(c, filters)
            ):
                continue
            shared = len(skills & {ref.uri for ref in c.skills}) + 2 * bool(stacks & set(c.stack_targets))
            score = near.get(c.id, 0.0)
            if shared or score >= RELEVANCE_FLOOR:
                foreign = bool(langs and c.languages) and not langs & set(c.languages)
                ranked.append((foreign, -shared, -score, amount, c.id, c))
        ranked.sort()
        if ranked and not ranked[0][0]:
            ranked = [r for r in ranked if not r[0]]  # some in the learner's languages: only those
        found = [r[-1] for r in ranked[:5]]
        if not found:
            return None
        head = t(
            "cheaper_than_shown" if cheaper else "shorter_than_shown",
            refs=", ".join(md.quoted(c.title) for c in refs),
        )
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
        state = {"last_results": tuple(c.id for c in found), "listing": "results", "focus": None}
        text = "\n\n".join((head, items, t("search_foot")))
        return _Reply(text, "refine", state, retrieved=found, filters=filters)

    def _within_shown(
        self, p: Parsed, shown: list[Credential], filters: SearchFilters, profile: LearnerProfile
    ) -> _Reply:
        """'The fastest one?', 'cheaper?' or 'only online' about a list that came from no search: the shown
        entries that fit (every constraint said so far: the budget too), shortest or cheapest first; when none
        does, the goal searched with those filters, in the learner's languages."""
        filters = with_budget(filters, profile)
        if p.languages and not (p.refinements or p.participation) and p.max_cost is None:
            # "lieber auf Deutsch", "plutôt en français" over a goal's first entries (session 27, lead trial
            # 22's 02 kept the English list): the goal's entries in that language, else said there are none;
            # over directions or first entries with no goal yet (session 28: "none of those fits"), the
            # entries shown taught in it, else the directions again, their examples in it
            if profile.goal:
                return self._in_language_asked(tuple(p.languages), shown, filters, profile)
            return self._directions_in_language(tuple(p.languages), shown, filters, profile)
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
        if (
            not fitting
            and filters.max_cost == 0
            and (toward := self._toward_goal_within_cap(profile)) is not None
        ):
            return toward  # "onko ilmaisia?" over a goal's first entries: free ones on the goal, not its name
        if (
            len(fitting) < 2
            and filters.max_cost
            and profile.goal is not None
            and (toward := self._toward_goal_within_cap(profile, cap=filters.max_cost)) is not None
            and len(toward.retrieved) > len(fitting)
        ):
            return (
                toward  # "anything under 200 euros?" over a goal's first entries: the goal's up to that price
            )
        if not fitting and profile.goal is not None and profile.goal.label:
            langs = listing_languages(profile, current())
            return self._run_search(profile.goal.label, filters, "refine", langs=langs, keep_to_langs=True)
        if not fitting:
            return _Reply(t("none_of_these"), "refine", filters=filters)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(fitting, 1))
        state = {"last_results": tuple(c.id for c in fitting), "listing": "results", "focus": None}
        return _Reply(t(head) + "\n" + items, "refine", state, retrieved=fitting, filters=filters)

    def _directions_in_language(
        self, asked: tuple[str, ...], shown: list[Credential], filters: SearchFilters, profile: LearnerProfile
    ) -> _Reply:
        """A language asked over entries shown with no goal yet (directions, first entries): those taught in
        it; none: the directions again for a learner who studies in it, each with a course to start from."""
        found = [c for c in shown if set(asked) & set(c.languages) and matches(c, filters)]
        langs = md.languages(asked)
        if found:
            items = "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
            state = {"last_results": tuple(c.id for c in found), "listing": "results", "focus": None}
            head = t("in_language_shown_head", langs=langs)
            return _Reply(head + "\n" + items, "refine", state, retrieved=found, filters=filters)
        limits = profile.constraints.model_copy(update={"languages": asked})
        studying = profile.model_copy(update={"constraints": limits})
        text = (
            t("none_shown_in_language", langs=langs)
            + "\n\n"
            + t("explore", directions=self._directions(studying))
        )
        return _Reply(
            text, "refine", {"opened": True}, retrieved=self._direction_examples(studying), filters=filters
        )

    def _in_language_asked(
        self, asked: tuple[str, ...], shown: list[Credential], filters: SearchFilters, profile: LearnerProfile
    ) -> _Reply:
        """The same need in the language asked: the entries shown taught in it, then the goal's first entries
        in it (`_starters` over a profile that studies in it), up to five; none: said plainly that nothing on
        the goal is taught in it, and the entries shown kept (cited) as the closest."""
        subject = goal_label(profile.goal.label, current()) if profile.goal is not None else ""
        limits = profile.constraints.model_copy(update={"languages": asked})
        starters = self._starters(profile.model_copy(update={"constraints": limits}))

        def taught(c: Credential) -> bool:
            return bool(set(asked) & set(c.languages)) and matches(c, filters)

        found = list({c.id: c for c in [*shown, *starters] if taught(c)}.values())[:5]
        langs = md.languages(asked)
        if found:
            items = "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
            state = {"last_results": tuple(c.id for c in found), "listing": "results", "focus": None}
            head = t("in_language_head", langs=langs, subject=md.escape_text(subject))
            return _Reply(head + "\n" + items, "refine", state, retrieved=found, filters=filters)
        head = t("none_in_language", query=md.escape_text(subject), languages=langs)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(shown, 1))
        return _Reply(head + "\n" + items, "refine", retrieved=shown, filters=filters)

    def _toward_goal_within_cap(
        self, profile: LearnerProfile, plan: Pathway | None = None, cap: float = 0.0
    ) -> _Reply | None:
        """ "Anything free?" over a goal, "anything free to start with?" after a plan (session 18, refine18):
        the entries free to earn that are steps of the plan shown or teach an essential skill of the goal's
        gap (the most of it first), in the learner's languages first, up to three; none free: said, with the
        cheapest entry that does. Never free courses of another subject found by the goal's name ("ICT
        intelligent systems designer (free)" had listed classroom hardware). None without a goal or a gap.
        With a price `cap` ("anything under 200 euros?"), the entries at most that dear, not free ones."""
        if profile.goal is None:
            return None
        unpriced = profile.model_copy(
            update={"constraints": profile.constraints.model_copy(update={"budget": None})}
        )
        try:
            gap = self.tools.skill_gap(unpriced)
        except PathfinderError:
            return None
        weight: dict[str, float] = {}
        needed = {s.uri for s in gap.skills if s.essential and not s.broad}
        for skill in gap.skills:
            if skill.uri in needed:
                for cid in skill.taught_by:
                    weight[cid] = weight.get(cid, 0.0) + skill.weight
        steps = [s.id for s in plan.steps] if plan is not None else []

        def about_goal(c: Credential) -> bool:  # a plan's step, or a course mostly on the goal's skills
            return c.id in steps or 2 * len({s.uri for s in c.skills} & needed) >= len(c.skills)

        found = (self.tools.get(i) for i in dict.fromkeys([*steps, *weight]))
        pool = [c for c in found if c is not None and c.kind != "certificate" and about_goal(c)]
        langs = set(listing_languages(profile, current()))

        def rank(c: Credential) -> tuple:
            foreign = bool(c.languages) and not set(c.languages) & langs
            step = steps.index(c.id) if c.id in steps else len(steps)
            return (foreign, step, -weight.get(c.id, 0.0))

        goal = md.escape_text(goal_label(profile.goal.label, current()))
        # in the learner's languages only: a third language never leads the answer (session 17, t12lang)
        # with a `cap`, up to that price (lead trial 18: "anything under 200 euros?" over the first entries)
        within = [c for c in pool if (price := self._price_to_earn(c)) is not None and price <= cap]
        free = sorted((c for c in within if not rank(c)[0]), key=rank)[:3]
        if free:
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(free, 1))
            state = {"last_results": tuple(c.id for c in free), "listing": "results", "focus": None}
            head = (
                t("free_toward_goal", goal=goal)
                if cap == 0
                else t("cap_toward_goal", goal=goal, cap=md.money(cap, "EUR"))
            )
            return _Reply(head + "\n" + lines, "refine", state, retrieved=free)
        priced = [(c, price) for c in pool if (price := self._price_to_earn(c)) is not None]
        if not priced:
            return None
        cheapest, price = min(priced, key=lambda cp: (rank(cp[0])[0], cp[1]))
        text = t("free_toward_none", goal=goal, citation=cite(cheapest), price=md.money(price, "EUR"))
        if cap > 0:
            text = t(
                "cap_toward_none",
                goal=goal,
                cap=md.money(cap, "EUR"),
                citation=cite(cheapest),
                price=md.money(price, "EUR"),
            )
            return _Reply(text, "refine", {"focus": cheapest.id}, retrieved=[cheapest])
        # free entries whose text is on the goal's subject, though they teach none of its skills ("Staying
        # Safe Online" for cyber security): named as near it, after the cheapest that teaches them
        label = self.tools.taxonomy.label
        query = " ".join([profile.goal.label, *(label(s.uri) for s in gap.skills if s.uri in needed)][:5])
        hits = self.tools.search_hits(query, SearchFilters(max_cost=0.0, languages=tuple(langs)), k=5)
        near = [
            h.credential
            for h in hits
            if h.score >= RELEVANCE_FLOOR and h.credential.kind != "certificate" and h.credential != cheapest
        ][:3]
        if not near:
            return _Reply(text, "refine", {"focus": cheapest.id}, retrieved=[cheapest])
        lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(near, 1))
        text += "\n\n" + t("free_near_goal") + "\n" + lines
        state = {"last_results": tuple(c.id for c in near), "listing": "results", "focus": None}
        return _Reply(text, "refine", state, retrieved=[cheapest, *near])

    def _free_of_list(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """ "The free one" / "which ones are free?" about the list shown: that entry's card, else the entries
        free to earn (a certificate with no fee of its own is paid through its courses); none: said, with the
        list's search at that price."""
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
        free = [c for c in shown if self._price_to_earn(c) == 0]
        if free and points_at_free_one(p.text):
            return self._card(free[0], "select" if p.intent == "select" else "explain")
        filters = state.last_filters.model_copy(update={"max_cost": 0.0})
        on_goal = profile.goal is not None and state.last_query in ("", profile.goal.label)
        if not free and on_goal and (toward := self._toward_goal_within_cap(profile)) is not None:
            toward.text = t("none_free") + "\n\n" + toward.text  # the goal's first entries: free ones on it
            return toward
        if not free and (subject := state.last_query or state.topic):  # free ones on what the list was about
            langs = listing_languages(profile, current())
            subject = with_english_terms(subject)  # a goal in Bengali script is searched by its English terms
            return self._run_search(
                subject, filters, "refine", t("none_free") + "\n\n", langs, keep_to_langs=True
            )
        if not free:
            return _Reply(t("none_free"), "refine", filters=filters)
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(free, 1))
        kept = {"last_results": tuple(c.id for c in free), "listing": "results", "focus": None}
        return _Reply(t("of_these") + "\n" + items, "refine", kept, retrieved=free, filters=filters)

    def _easier_than(self, cred: Credential) -> _Reply:
        """ "Is there anything easier?" about the one shown: entries on its subject (its title, then its
        skills) at a lower EQF level, or at its level with fewer prerequisites; none: said."""
        level = cred.eqf_level or 0
        skip = {cred.id, *(c.id for c in self.tools.leads_to(cred.id))}  # not what needs it
        found: dict[str, Credential] = {}
        for query in (cred.title, " ".join(s.label for s in cred.skills[:3])):
            for h in self.tools.search_hits(query, SearchFilters(), k=8) if query else ():
                c = h.credential
                lower = bool(c.eqf_level) and (c.eqf_level or 0) < level
                fewer = c.eqf_level == level and len(c.prerequisites) < len(cred.prerequisites)
                if (
                    h.score >= RELEVANCE_FLOOR
                    and c.id not in skip
                    and c.kind != "certificate"
                    and (lower or fewer)
                ):
                    found.setdefault(c.id, c)
        easier = list(found.values())[:4]
        head = {"citation": cite(cred), "level": cred.eqf_level or "–"}
        if not easier:
            return _Reply(t("easier_none", **head), "explain", {"focus": cred.id}, retrieved=[cred])
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(easier, 1))
        state = {"last_results": tuple(c.id for c in easier), "listing": "results", "focus": None}
        return _Reply(t("easier_head", **head) + "\n" + items, "explain", state, retrieved=[cred, *easier])

    def _within_budget(self, cap: float, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """The entries of the list shown that cost at most `cap` EUR, cheapest first; none: the search shown
        again within that price (or the list's subject), so a budget said after a list filters it."""
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c is not None]
        fitting = [c for c in shown if self._within_price(c, cap)]
        fitting.sort(key=lambda c: self._price_to_earn(c) or 0.0)
        filters = state.last_filters.model_copy(update={"max_cost": cap})
        if not fitting and state.last_query:
            langs = listing_languages(profile, current())
            return self._run_search(
                state.last_query, filters, "set_constraints", langs=langs, keep_to_langs=True
            )
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

    def _format_of_shown_list(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        """ "Any online ones?" about the list shown (session 19, `reading.asks_format_of_list`): the entries
        of it in that format; when none is, the list's subject searched again in it; then whether to keep
        to that format from now on. The learner's profile is left as it is (a question is no limit)."""
        wanted = tuple(p.participation)
        mode = " / ".join(md.mode(x) for x in wanted)
        shown = [self.tools.get(i) for i in state.last_results]
        kept = [c for c in shown if c is not None and c.participation in wanted]
        narrowed = state.last_filters.model_copy(update={"participation": wanted})
        keep = t("format_keep", mode=mode)
        if kept:
            lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(kept, 1))
            r = _Reply(
                t("format_list", mode=mode) + "\n\n" + lines, "refine", filters=narrowed, retrieved=kept
            )
            r.state = {"last_results": tuple(c.id for c in kept), "listing": "results", "focus": None}
        else:
            query = state.last_query or (profile.goal.label if profile.goal else "")
            r = self._run_search(query, narrowed, "refine", t("format_list_none", mode=mode) + "\n\n")
        r.text += "\n\n" + keep
        return r

    def _format_of_plan(self, p: Parsed, plan: Pathway) -> _Reply:
        """ "Is any of it in a classroom?" about the plan shown (`reading.asks_format_of_plan`): the steps in
        that form, each with its form - a blended one has classroom sessions, so it counts for "on-site" -
        or that none is; then whether to keep to that form from now on. Nothing saved, no re-plan."""
        wanted = set(p.participation)
        if "on-site" in wanted:
            wanted.add("blended")  # part of it in a classroom
        mode = " / ".join(md.mode(x) for x in p.participation)
        steps = [c for c in (self.tools.get(s.id) for s in plan.steps) if c is not None]
        kept = [c for c in steps if c.participation in wanted]
        if kept:
            lines = "\n".join(f"- {cite(c)}: {md.mode(c.participation)}" for c in kept)
            text = t("plan_format_has", mode=mode) + "\n" + lines
            if any(c.participation == "blended" for c in kept) and "on-site" in p.participation:
                text += "\n\n" + t("plan_format_blended")
        else:
            lines = "\n".join(f"- {cite(c)}: {md.mode(c.participation)}" for c in steps)
            text = t("plan_format_none", mode=mode) + "\n" + lines
        text += "\n\n" + t("format_keep", mode=mode)
        return _Reply(text, "explain", retrieved=kept or steps)

    def _shown_in(self, state: DialogueState, languages: list[str]) -> list[Credential]:
        """The entries of the list shown that are taught in one of `languages`."""
        wanted = {x.lower() for x in languages}
        shown = [self.tools.get(i) for i in state.last_results]
        return [c for c in shown if c is not None and wanted & {x.lower() for x in c.languages}]

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

    def _hours_by_date(
        self, p: Parsed, state: DialogueState, profile: LearnerProfile, leaning: LearnerProfile
    ) -> _Reply | None:
        """ "How many hours a week to finish by summer?" with a goal and no plan shown (session 27): the
        goal's plan made without the date (its own hours, not cut to fit the default weekly time), the weekly
        hours it needs to end by then said first (`workload.answer`), then the plan. None without a goal or
        a plan."""
        if profile.goal is None:
            return None
        today = self.today()  # type: ignore[attr-defined]
        deadline = p.deadline or (today + timedelta(weeks=p.weeks) if p.weeks else None)
        undated = leaning.constraints.model_copy(update={"deadline": None, "weeks": None})
        r = self._plan(p, state, leaning.model_copy(update={"constraints": undated}))  # type: ignore[attr-defined]
        if r.pathway is None or not r.pathway.steps:
            return None
        r.text = workload.answer(r.pathway, today, deadline, None) + "\n\n" + r.text
        return r

    def _course_in_focus(self, state: DialogueState, named: Credential | None) -> Credential | None:
        """The one course the learner asks about: named in the message, else the one in focus, with hours."""
        course = named
        if course is None and state.focus:
            course = self.tools.get(state.focus)
        return course if course is not None and course.hours else None

    def _course_hours_needed(self, p: Parsed, course: Credential, profile: LearnerProfile) -> _Reply:
        """The weekly hours one course asks for by the message's deadline (else at the weekly time set)."""
        today = self.today()
        deadline = p.deadline or (today + timedelta(weeks=p.weeks) if p.weeks else None)
        text = workload.course_answer(
            course.title, course.id, course.hours or 0.0, today, deadline, profile.constraints.hours_per_week
        )
        return _Reply(text, "explain", {"focus": course.id}, retrieved=[course])

    def _job_time(
        self,
        p: Parsed,
        state: DialogueState,
        profile: LearnerProfile,
        leaning: LearnerProfile,
        plan_shown: bool,
        *,
        job: bool = True,
    ) -> _Reply | None:
        """The question "how long until I find a job?": no date of a job, and how long the plan shown (else
        the plan on the goal, made now; else the first entry listed) takes at the learner's weekly hours.
        Without `job` ("how long will it take at an hour a day?" with a goal): the plan on the goal and its
        time first, None without a goal."""
        # no goal saved: a wish said in the message is the goal the plan takes ("Olen kassalla ja haluaisin
        # IT-tukihenkilöksi. Paljonko aikaa menee?", lead trial 21's 18: a search of the words); never the
        # subject of an earlier search ("how many weeks at 3 h for that?": the entry shown)
        wish = bool(p.goal_text or p.clause_goal) and not state.focus
        held = profile.held_skill_uris
        topic_goal = self._topic_goal(p, state, held=held) if wish else None  # type: ignore[attr-defined]
        topical = profile.goal is None and topic_goal is not None
        if not job and profile.goal is None and not topical:
            return None
        hours = profile.constraints.hours_per_week
        shown = state.last_pathway if plan_shown else None
        if shown is not None and shown.steps:
            goal = goal_label(shown.goal_label or (profile.goal.label if profile.goal else ""))
            first = self.tools.get(shown.steps[0].id)
            text = workload.job_time_answer(shown, hours, md.escape_text(goal), job=job)
            return _Reply(text, "plan", retrieved=[first] if first is not None else [])
        if profile.goal is not None or topical:
            r = self._plan(p, state, leaning)  # type: ignore[attr-defined]
            said = profile.goal.label if profile.goal else ""
            goal = goal_label(r.pathway.goal_label if r.pathway else said) or said
            nearest = [c for c in r.retrieved if c.hours]
            if (r.pathway is None or not r.pathway.steps) and nearest and job:
                # no plan within their limits (session 24): the time of the nearest course the reply lists
                c = nearest[0]
                head = workload.job_time_course(c.title, c.id, c.hours or 0.0, hours)
            else:
                head = workload.job_time_answer(r.pathway, hours, md.escape_text(goal), job=job)
            r.text = head + "\n\n" + r.text if head else r.text
            return r
        listed = [self.tools.get(x) for x in self._listed(state)]  # type: ignore[attr-defined]
        timed = [c for c in listed if c is not None and c.hours]
        if timed:
            c = timed[0]
            text = workload.job_time_course(c.title, c.id, c.hours or 0.0, hours)
            return _Reply(text, "explain", retrieved=[c])
        return None  # nothing to time: the rules for what the message says

    def _beside_goal_reply(
        self, subject: str, preferred: bool, p: Parsed, state: DialogueState, profile: LearnerProfile
    ) -> _Reply:
        """A subject wished for later or preferred while a goal is set (`nlu.wishes`): the goal kept, said,
        and up to three courses on the subject in the learner's limits that are no step of the plan shown, the
        entry level first (the next step on it); none: said, the goal kept all the same (session 28)."""
        goal = md.escape_text(goal_label(profile.goal.label if profile.goal else ""))
        steps = {s.id for s in state.last_pathway.steps} if state.last_pathway is not None else set()
        held = profile.held_credential_ids
        filters = self._filters(p, SearchFilters(), profile)  # type: ignore[attr-defined]
        with avoiding(frozenset()):  # the subject asked for now, even one said unwanted before ("no coding")
            hits = self.tools.search_hits(with_english_terms(subject), filters, k=8)
        found = [
            h.credential
            for h in hits
            if h.score >= RELEVANCE_FLOOR
            and h.credential.kind != "certificate"
            and h.credential.id not in steps
            and h.credential.id not in held
        ][:3]
        found.sort(key=lambda c: (c.eqf_level or 0, c.hours or 0.0))
        shown_subject = md.escape_text(subject)
        planned = bool(steps) and state.listing in ("pathway", "suggestions")
        if planned and not preferred and (step := self._step_on(subject, state)) is not None:
            # "I'd also like to learn Python" when a step teaches it: the plan has it already (session 29)
            n, c = step
            text = t("beside_goal_in_plan", goal=goal, subject=shown_subject, step=n, citation=cite(c))
            return _Reply(text, "explain", {"focus": c.id}, retrieved=[c])
        if not found:
            key = "beside_goal_none" if profile.goal is not None else "preferred_none"
            return _Reply(t(key, goal=goal, subject=shown_subject), "search")
        key = "beside_goal_preferred" if preferred else "beside_goal_after" if planned else "beside_goal"
        if profile.goal is None:  # a preference said with no goal yet: its subject, no goal named
            key = "preferred_subject"
        text = t(key, goal=goal, subject=shown_subject) + "\n"
        text += "\n".join(md.credential_line(n, c) for n, c in enumerate(found, 1))
        shown = {"last_results": tuple(c.id for c in found), "listing": "results", "focus": None}
        return _Reply(text, "search", shown, retrieved=found)

    def _step_on(self, subject: str, state: DialogueState) -> tuple[int, Credential] | None:
        """The first step of the plan shown whose skills name the subject's words (its number from 1 and the
        course), else None; a word of its title is not enough ("… Training Data Sets for Machine Learning"
        teaches no machine learning, session 28)."""
        words = set(with_english_terms(subject).casefold().split()) - vocab.TRAINING
        for n, step in enumerate(state.last_pathway.steps if state.last_pathway else (), 1):
            c = self.tools.get(step.id)
            if c is None:
                continue
            said = " ".join(s.label for s in c.skills).casefold()
            if words and words <= set(re.findall(r"\w+", said)):
                return n, c
        return None

    def _fit_verdict(self, p: Parsed, pathway: Pathway, profile: LearnerProfile) -> str:
        """Whether the goal fits the weeks the message asks about, at the learner's weekly hours."""
        today = self.today()
        weeks = p.weeks or (workload.weeks_until(today, p.deadline) if p.deadline else 1)
        per_week = profile.constraints.hours_per_week or DEFAULT_HOURS_PER_WEEK
        goal = md.escape_text(goal_label(pathway.goal_label or (profile.goal.label if profile.goal else "")))
        return workload.fit_verdict(pathway, weeks, per_week, goal)

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

    def _why_order(self, plan: Pathway) -> _Reply:
        """Why the plan's steps come in their order: each step with the goal's skills it closes, what it needs
        from earlier steps, what builds on it later, and its weeks."""
        steps = [(s, self.tools.get(s.id)) for s in plan.steps]
        lines = []
        for n, (step, cred) in enumerate(steps):
            if cred is None:
                continue
            before = [c for _, c in steps[:n] if c is not None and c.id in cred.prerequisites]
            after = [c for _, c in steps[n + 1 :] if c is not None and cred.id in c.prerequisites]
            said = []
            if step.covers:  # what it is there for: the goal's skills it closes (never only "your hours")
                skills = ", ".join(md.quoted(self.tools.taxonomy.label(u)) for u in step.covers[:3])
                said.append(t("why_gap", skills=skills))
            if before:
                said.append(t("why_order_needs", before=", ".join(cite(c) for c in before)))
            if after:
                said.append(t("why_order_opens", after=", ".join(cite(c) for c in after)))
            if not step.covers and not after:  # a step for no goal skill of its own: the planner's reason
                reasons = [say(r, capital=True) for r in step.reasons if not r.startswith("covers")]
                stop = (
                    "।" if current() in ("hi", "bn") else "."
                )  # a sentence's end, as the templates write it
                said += [md.escape_text(r if r.endswith((".", "।", "?")) else r + stop) for r in reasons]
            said.append(t("why_weeks", a=step.start_week, b=step.end_week))
            lines.append(f"{n + 1}. {cite(cred)}: " + " ".join(said))
        text = t("why_order_head") + "\n\n" + "\n".join(lines) + "\n\n" + t("why_order_rule")
        retrieved = [c for _, c in steps if c is not None]
        return _Reply(text, "why", retrieved=retrieved)

    def _shorter_start(self, plan: Pathway, profile: LearnerProfile) -> _Reply:
        """ "Something shorter to start with?" after a long plan (lead trial 11): courses towards the same
        goal shorter than the plan's first step that the learner can start now (the goal's first entries, the
        plan's own later steps with nothing left before them: no course nor skill they require), shortest
        first; when there is none, said
        plainly with the plan's shortest way in (never the same plan again by another strategy)."""
        steps = [c for c in (self.tools.get(s.id) for s in plan.steps) if c is not None]
        first = steps[0]
        held = profile.held_credential_ids

        skills = profile.held_skill_uris

        def startable(c: Credential) -> bool:  # nothing it requires (a course or a skill) is still missing
            needs = {ref.uri for ref in c.prerequisite_skills} | {a.ref.uri for a in assumed_skills(c)}
            missing = set(c.prerequisites) - held or needs - skills
            return c.kind != "certificate" and bool(c.hours) and not missing

        pool = {c.id: c for c in [*self._starters(profile), *steps[1:]] if c.id != first.id and startable(c)}
        shorter = sorted(
            (c for c in pool.values() if first.hours is None or (c.hours or 0.0) < first.hours),
            key=lambda c: c.hours or 0.0,
        )[:3]
        hours = f"{first.hours:g}" if first.hours else "?"
        if not shorter:
            none = t("shorter_start_none", first=cite(first), hours=hours)
            return _Reply(none, "search", retrieved=[first])
        lines = "\n".join(md.credential_line(n, c) for n, c in enumerate(shorter, 1))
        intro = t("shorter_start", first=cite(first), hours=hours)
        text = intro + "\n\n" + lines + "\n\n" + t("shorter_start_next")
        state = {"last_results": tuple(c.id for c in shorter), "listing": "results", "focus": None}
        return _Reply(text, "search", state, retrieved=[first, *shorter])


def _asks_sort(text: str) -> bool:
    """'Sort them by price', 'ordénalos por duración': the list shown reordered, not a new search."""
    low = text.casefold()
    return any(w in low for w in vocab.SORT)


def with_budget(filters: SearchFilters, profile: LearnerProfile) -> SearchFilters:
    """`filters` kept to the learner's budget as well: no entry dearer than the whole budget fits any plan, so
    a list follow-up ("cheaper?", "koi sasta option?") never shows one (the lower of the two caps)."""
    budget = profile.constraints.budget
    cap = to_eur(budget, profile.constraints.currency or "EUR") if budget is not None else None
    if cap is None or (filters.max_cost is not None and filters.max_cost <= cap):
        return filters
    return filters.model_copy(update={"max_cost": cap})


def _level_stepped(p: Parsed, filters: SearchFilters, shown: list[Credential]) -> SearchFilters | None:
    """The list's filters one EQF level easier or harder when a follow-up asks so (`picks.level_step`) and
    says no level of its own: from the level the list was limited to, else from the lowest (for easier) or
    highest (for harder) level shown; None when no step is asked or none is left (below 1, above 8)."""
    step = level_step(p.text)
    if not step or p.eqf_min is not None or p.eqf_max is not None:
        return None
    levels = [c.eqf_level for c in shown if c.eqf_level]
    if step < 0:
        base = filters.eqf_min if filters.eqf_min is not None else filters.eqf_max
        ref = base if base is not None else min(levels, default=None)
    else:
        base = filters.eqf_max if filters.eqf_max is not None else filters.eqf_min
        ref = base if base is not None else max(levels, default=None)
    if ref is None or not 1 <= ref + step <= 8:
        return None
    return filters.model_copy(update={"eqf_min": ref + step, "eqf_max": ref + step})
