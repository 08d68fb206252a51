"""Search replies: the catalogue searched with the learner's filters, only relevant hits, the limit said
when nothing fits it; names the catalogue lacks said plainly with the closest real entries.
"""

from __future__ import annotations

import re

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import counted, current, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.audience import learner_lacks
from pathfinder.assistant.nlu.glossary import english, with_names_in
from pathfinder.assistant.nlu.level_words import LEVEL_RANGES
from pathfinder.assistant.offline.reading import ANONYMOUS
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.picks import asks_instead, says_cheap
from pathfinder.assistant.policy import asks_any_courses, asks_everything, lists
from pathfinder.assistant.profile_changes import (
    FOREIGN_WORDS_FLOOR,
    NOTHING_NEAR,
    RELEVANCE_FLOOR,
    STARTER_SHARE,
)
from pathfinder.assistant.search_topic import as_written
from pathfinder.assistant.starting_points import met_by_job, startable_first
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, SearchFilters
from pathfinder.domain.dialogue import DialogueState
from pathfinder.domain.filters import Hit, matches
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.audience import course_audience, teaching_goal
from pathfinder.planner.gaps import study_languages
from pathfinder.skills.aliases import Alias

LEVEL_SHARE = 0.5  # with a level asked for, a hit relevant at any level scores this share of the best
# with a price ceiling, a hit on the subject scores this share of the best at any price: the cheap tail of a
# search scores low against a subject ("redes" under EUR 300 listed a SOC course at 0.34 of 0.55; session 20)
PRICE_SHARE = 0.65


class SearchReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

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
        keep_to_langs: bool = False,
        on_subject: bool = False,
    ) -> _Reply:
        """The hits for `query`; with no language asked for in it, those taught in the learner's languages
        `langs` come first when nearly as relevant as the best anywhere; `cheapest_first` ("cheap cyber
        security courses") orders them by price, unknown prices and certificates (paid by their courses)
        last; `on_subject` ("cheaper?" after a list) keeps, under the price ceiling, only the entries on the
        query's subject (none: an empty reply the caller words)."""
        # limited to languages, the subject is also searched by its names in them (a course written only in
        # French on "cybersécurité" for "cybersecurity" in French: `glossary.with_names_in`)
        written = as_written(query, current())  # the topic as shown: the learner's words, no added English
        found = self.tools.search_hits(with_names_in(query, filters.languages), filters, k=5)
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
        other_levels: list[Credential] = []
        at_level: set[str] | None = None  # with a level asked for: the entries relevant at any level
        if filters.eqf_min is not None or filters.eqf_max is not None:
            found, other_levels, at_level = self._at_level(query, filters, found)
        other_prices: list[Credential] = []
        under_ceiling: set[str] | None = None  # with a price ceiling: the entries relevant at any price
        if filters.max_cost and intent == "search":
            # a price ceiling said with the search: the same; the cheapest first when nothing on the subject
            # fits. Not a refinement's ("cheaper?" sets the ceiling just under what was shown: the cheapest
            # on the subject would be dearer than the list, en-t10search-02)
            found, other_prices, under_ceiling = self._at_price(query, filters, found)
        relevant: set[str] | None = None
        if on_subject and filters.max_cost is not None:
            # "cheaper?" after a list (session 27, lead trial 22's 13): under the ceiling just below what was
            # shown, only entries on the list's subject, as relevant as `_at_price` reads it ("réseau" under
            # EUR 337 listed SOC fundamentals and deep learning); none: the caller says the shown is cheapest
            found, _, relevant = self._at_price(query, filters, found)
        hits = _merged(self._meaning(query, filters), [h.credential for h in found])
        hits = _merged(self._titled_by_subject(query, filters), hits)
        if relevant is not None:
            hits = [c for c in hits if c.id in relevant]
        if langs and not filters.languages and hits:
            mine = self._in_languages(query, filters, langs)
            if under_ceiling is not None:
                # under a ceiling the learner's-language entries are scored among the cheap few, where a
                # cheap course on another subject tops them: only those on the subject (session 20)
                mine = [c for c in mine if c.id in under_ceiling]
            if at_level is not None:
                # at a level, likewise ("data" at EQF 4 in English: Networking Fundamentals), but one the
                # search scores low may still be on it ("Daten auswerten": a spreadsheet course): those on
                # the subject at any level lead, the others follow the subject's own entries (session 20)
                off = [c for c in mine if c.id not in at_level]
                hits = _merged([c for c in mine if c.id in at_level], _merged(hits, off))
            else:
                hits = _merged(mine, hits)
            # a course in a third language never leads the learner's list (session 17), but the subject's best
            # course is not hidden either: second, its language shown (German cloud security for "bảo mật đám
            # mây", where the English courses are only near it)
            best = [h.credential for h in found[:1]] or self._titled_by_subject(query, filters)[:1]
            if not keep_to_langs and best and best[0] not in hits and not _taught_in(best[0], langs):
                hits = [*hits[:1], best[0], *hits[1:]][:5]
        if filters.max_cost is not None:
            hits = [c for c in hits if c.kind != "certificate" or self._within_price(c, filters.max_cost)]
        if not teaching_goal(query):
            # courses for those who teach a subject come after those that teach it, unless teaching is asked
            # for ("use digital tools" listed Teaching Digital Literacy to Adults first; session 20)
            hits = sorted(hits, key=lambda c: course_audience(c).for_educators)
        elsewhere = self._elsewhere(query, filters) if hits else []
        if keep_to_langs and langs and not filters.languages and not elsewhere:
            # a list keeps to the learner's languages when what is in them is nearly as relevant as the best
            # anywhere (a Vietnamese learner's "free?" listed French, Polish and Spanish courses); a third
            # language stays when it is clearly the nearer (German cloud-security courses for "ciberseguridad
            # en la nube"), and alone is said
            theirs = [c for c in hits if _taught_in(c, langs)]
            best = max((h.score for h in found), default=0.0)
            near = max((h.score for h in found if _taught_in(h.credential, langs)), default=0.0)
            if hits and not theirs:
                note += t("none_in_language", query=md.escape_text(written), languages=md.languages(langs))
                note += "\n\n"
            elif theirs and near >= STARTER_SHARE * best:
                hits = theirs
        other_format = [] if elsewhere or not hits else self._elsewhere(query, filters, "participation")
        if elsewhere:  # "et en français ?": nothing on the subject in French, said plainly, the closest shown
            note += t(
                "none_in_language", query=md.escape_text(written), languages=md.languages(filters.languages)
            )
            note += "\n\n"
            hits = elsewhere
        elif (
            other_format
        ):  # "et en présentiel ?": nothing on the subject on-site, the closest in other formats
            modes = ", ".join(md.mode(m) for m in filters.participation)
            note += t("none_in_format", query=md.escape_text(written), modes=modes) + "\n\n"
            hits = other_format
        elif not hits and other_prices:  # "networking courses under 300 euros": none, the cheapest on it
            price = md.money(filters.max_cost or 0.0, "EUR")
            note += t("none_at_price", query=md.escape_text(written), price=price) + "\n\n"
            hits = other_prices
        elif not hits and other_levels:  # "advanced X": nothing on X at that level, the closest at others
            level = md.filters_text(SearchFilters(eqf_min=filters.eqf_min, eqf_max=filters.eqf_max))
            level = level.strip().removeprefix("(").removesuffix(")")  # "EQF 4 or below (beginner-friendly)"
            note += t("none_at_level", query=md.escape_text(written), level=level) + "\n\n"
            hits = other_levels
        # the head's filters: those the hits shown keep
        shown = (
            filters.model_copy(update={"languages": ()})
            if elsewhere
            else filters.model_copy(update={"participation": ()})
            if other_format
            else filters.model_copy(update={"eqf_min": None, "eqf_max": None})
            if other_levels and hits == other_levels
            else filters.model_copy(update={"max_cost": None})
            if other_prices and hits == other_prices
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
        if filters.exclude_ids:  # "sin el primero": an entry left out stays out, whichever way it was found
            hits = [c for c in hits if c.id not in filters.exclude_ids]
        state = {"last_query": query, "last_filters": filters, "focus": None, "listing": "results"}
        if not hits:
            text = t(
                "no_results",
                query=md.escape_text(written),
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
                    query=md.escape_text(written),
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

    def _at_level(
        self, query: str, filters: SearchFilters, found: list[Hit]
    ) -> tuple[list[Hit], list[Credential], set[str]]:
        """With a level asked for ("beginner cloud security courses"): the hits relevant to the query at any
        level, scoring at least LEVEL_SHARE of the best (a level narrows what is relevant, it never makes a
        course on another subject relevant), and,
        when none is left, the relevant ones at other levels, to show with the level said to be relaxed; and
        the ids of all the relevant ones."""
        any_level = filters.model_copy(update={"eqf_min": None, "eqf_max": None})
        anywhere = self.tools.search_hits(query, any_level, k=30)
        floor = max(RELEVANCE_FLOOR, LEVEL_SHARE * max((h.score for h in anywhere), default=0.0))
        relevant = [h for h in anywhere if h.score >= floor]
        ids = {h.credential.id for h in relevant}
        kept = [h for h in found if h.credential.id in ids]
        # none at the level: the nearest levels first ("Kurse auf Niveau 3 zu Netzwerken": the EQF 4 ones
        # before an EQF 6 one; session 20), the most relevant first among those as near
        nearest = sorted(relevant, key=lambda h: _levels_off(h.credential, filters))
        return kept, ([] if kept else [h.credential for h in nearest[:3]]), ids

    def _at_price(
        self, query: str, filters: SearchFilters, found: list[Hit]
    ) -> tuple[list[Hit], list[Credential], set[str]]:
        """With a price ceiling ("networking courses under 300 euros", "cursos de redes por menos de 300
        euros"): the hits relevant to the query at any price and level, as `_at_level` reads relevance (a
        ceiling narrows what is relevant, it never makes a cheap course on another subject relevant;
        session 20), and, when none is left, the cheapest relevant courses, to show with the ceiling said
        to be relaxed; and the ids of all the relevant ones."""
        any_price = filters.model_copy(update={"max_cost": None, "eqf_min": None, "eqf_max": None})
        anywhere = self.tools.search_hits(query, any_price, k=30)
        floor = max(RELEVANCE_FLOOR, PRICE_SHARE * max((h.score for h in anywhere), default=0.0))
        relevant = [h.credential for h in anywhere if h.score >= floor]
        ids = {c.id for c in relevant}
        kept = [h for h in found if h.credential.id in ids]
        priced = [c for c in relevant if c.kind != "certificate" and c.cost_eur is not None]
        cheapest = sorted(priced, key=lambda c: c.cost_eur or 0.0)[:3]
        return kept, ([] if kept else cheapest), ids

    def _search(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> _Reply:
        named_subject = bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic)
        again = lists(state) and bool(state.last_query) and not state.focus and not named_subject
        if asks_instead(p.text) and again:
            # "anything similar then?", "¿y qué tenéis en su lugar?" after a list (the nearest to a name the
            # catalogue lacks): that list's subject again, never the counsellor's directions (session 29)
            filters = self._filters(p, SearchFilters(), profile)
            return self._run_search(state.last_query, filters, "search")
        missing = self._missing_name(p)
        if missing:
            return self._not_in_catalogue(missing, p, "search", profile)
        topic = p.topic or p.clause_goal or ""
        generic = set(topic.casefold().split()) <= vocab.COURSE | vocab.TRAINING | {"formations", "kurssit"}
        free_only = p.max_cost == 0 and not (p.languages or p.participation or p.eqf_min or p.eqf_max)
        if free_only and generic and (toward := self._toward_goal_within_cap(profile)) is not None:
            return toward  # "anything free?", "des formations gratuites pour ça ?" over a goal: on it
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
        if filters.eqf_min is None and filters.eqf_max is None and learner_lacks(p.text, p.lang).background:
            # "AI for someone with no tech background": a beginner's list (entry levels; the closest at other
            # levels, said, when none), as "beginner AI courses" is; nothing saved to the profile
            filters = filters.model_copy(update={"eqf_max": LEVEL_RANGES["basic"][1]})
        if not topic and everything and (p.languages or p.participation or p.max_cost is not None):
            return self._browse(filters)  # "everything you have, free and in Spanish": all that fits
        if not topic:
            return self._overview(p, state, profile)
        if not everything and (name := self._untaught_subject(topic, p.text)):
            # "a course on quantum computing?", "blockchain smart contracts": a word of the subject that no
            # entry's text has is said plainly (session 15), then the closest real ones above the floor
            return self._not_in_catalogue(name, p, "search", profile, floor=UNTAUGHT_FLOOR)
        product = None if everything or len(topic.split()) > 4 else self._unnamed_product(topic, p.text)
        if product is not None:
            # "anything that teaches Docker?", "einen Kubernetes-Kurs?": a product no entry names, taught only
            # through the skill it belongs to, is said plainly before the entries on that skill (refs18)
            return self._not_named(product, filters, profile)
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
                langs = study_languages(profile)
                return self._run_search(profile.goal.label, filters, "search", langs=langs)
            if not (p.languages or p.participation or p.max_cost is not None):
                return self._overview(p, state, profile)
            # a subject with limits ("quantum cryptography auf Deutsch under 5 EUR") is a search, not a vague
            # wish: say that nothing fits and which limit to drop
        cheap = "cheaper" in p.refinements or says_cheap(p.text)
        return self._run_search(
            topic, filters, "search", note, langs=study_languages(profile), cheapest_first=cheap
        )

    def _not_named(self, product: Alias, filters: SearchFilters, profile: LearnerProfile) -> _Reply:
        """ "No course here covers Docker by name" and the entries that teach the skill it belongs to (those
        tagged with it, by relevance to the term and the skill, the learner's languages first); a plain search
        for the term when none is tagged."""
        said = t("not_named", name=md.escape_text(product.term), skill=md.escape_text(product.label))
        langs = study_languages(profile)
        query = f"{product.term} {product.label}"
        hits = self.tools.search_hits(query, filters, k=30)
        tagged = [h.credential for h in hits if any(ref.uri == product.uri for ref in h.credential.skills)]
        if not tagged:
            return self._run_search(product.term, filters, "search", said + "\n\n", langs=langs)
        if langs:  # stable: the most relevant first within the learner's languages, then the others
            tagged.sort(key=lambda c: not _taught_in(c, langs))
        tagged = tagged[:5]
        items = "\n".join(md.credential_line(n, c) for n, c in enumerate(tagged, 1))
        state = {"last_query": product.label, "last_filters": filters, "focus": None, "listing": "results"}
        return _Reply(
            "\n\n".join((said, items, t("search_foot"))),
            "search",
            state | {"last_results": tuple(c.id for c in tagged)},
            filters=filters,
            query=product.label,
            retrieved=tagged,
        )

    def _unnamed_product(self, topic: str, message: str) -> Alias | None:
        """The product the subject asked for is (`Lexicon.unnamed_product`): in the topic, or in the message
        when the topic is what the reading made of it, its skill ("busco un curso de Power BI" -> "bi business
        intelligence")."""
        lexicon = self.tools.lexicon
        product = lexicon.unnamed_product(topic)
        if product is None and (product := lexicon.unnamed_product(message)) is not None:
            said = set(normalise_label(topic).split())
            # ... or a word of the term itself ("Habt ihr Kurse zu Prompt Engineering?" -> "engineering")
            kept = set(normalise_label(product.label).split()) <= said or (
                product.narrower and bool(set(product.key.split()) & said)
            )
            product = product if kept else None
        return product

    def _untaught_subject(self, topic: str, message: str) -> str | None:
        """The subject to say is not in the catalogue, when a word of a short topic is in no entry's title,
        description, outcomes or skills (`Lexicon.untaught_words`) and names a subject: a word the taxonomy
        or our aliases know ("blockchain", in any language), or in English a word of a topic of two words
        asked for as a course's subject ("anything on quantum computing?"; "a course for my grandad" or
        "before my job starts in february" name no subject). The topic, or in another language the known
        words; None when the catalogue has it."""
        lexicon = self.tools.lexicon
        if len(topic.split()) > 5:
            return None
        untaught = lexicon.untaught_words(topic)
        missing = [w for w in untaught if w in lexicon.vocabulary]
        words = normalise_label(topic).split()
        # a subject of another field at the head of the topic ("digital marketing", "social media marketing"):
        # that subject with the words naming it, not the entries its modifier finds (lead trial 21's 20)
        head = next((i for i, w in enumerate(words) if w in untaught and w in vocab.OTHER_FIELDS), None)
        if head is not None and not missing:
            people = vocab.CLIENT_WORDS | vocab.RELATIVES | vocab.LEARNER_WORDS
            return " ".join(w for w in words[max(0, head - 2) : head + 1] if w not in people)
        if not missing and current() == "en" and len(words) <= 2 and _ON_A_SUBJECT.search(message):
            missing = untaught
        if not missing:
            return None
        if current() == "en" or all(w in lexicon.taught or w in missing for w in words):
            return topic
        return " ".join(missing)

    def _elsewhere(self, query: str, filters: SearchFilters, limit: str = "languages") -> list[Credential]:
        """With a language (or a study format, `limit`) asked for: the relevant hits in other languages
        (formats) when nothing in those is nearly as relevant as the best anywhere (a French course on another
        subject is no answer to "cloud in French", nor an on-site Spanish digital-literacy course to
        "cybersecurity on-site"); [] when their own hits are relevant or nothing anywhere is."""
        if not getattr(filters, limit):
            return []
        # scored alike within and anywhere: the subject's names in the languages asked for join both queries
        query = with_names_in(query, filters.languages)
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
        found = _merged(self._meaning(query, limited), near)
        written = current()
        if len(langs) > 1 and written in langs:
            # the language written in first among the learner's (session 17: English beside it, for one who
            # named none, must not push "Minería de datos y big data" below English data courses)
            own = filters.model_copy(update={"languages": (written,)})
            mine = [h.credential for h in self.tools.search_hits(subject, own, k=5) if h.score >= floor]
            found = _merged(mine, found)
        return _merged(self._titled_by_subject(query, limited), found)

    def _own_terms(self, filters: SearchFilters, subject: str, profile: LearnerProfile) -> _Reply:
        """A request for courses in a language or a format and on no subject of its own ("anything in
        Polish?", "algo en español y presencial", "what can he do first that is in Polish?"): the subject of
        the conversation (its goal or topic) searched with those filters when something on it fits them;
        else what the catalogue has in them, the nearest to the subject first, said; else, when nothing at
        all is taught in them, said, with the nearest elsewhere (session 16: never a question about a goal
        first)."""
        if subject:
            near = self.tools.search_hits(with_names_in(subject, filters.languages), filters, k=3)
            if any(h.score >= RELEVANCE_FLOOR for h in near):
                return self._run_search(subject, filters, "search")
        fitting = [c for c in self.tools.credentials() if matches(c, filters)]
        limits = md.filters_text(filters)
        if fitting:
            note = t("own_terms_other", query=md.escape_text(subject), limits=limits) if subject else ""
            return self._browse(filters, query=subject, note=note, profile=profile)
        # nothing taught in that language (format) at all: said, and the nearest with that limit dropped; a
        # language asked about gives way to the learner's own (session 19: "hindi mein koi course hai kya"
        # is never answered with a German course), any language only when nothing is taught in those
        own = study_languages(profile)
        if (
            filters.languages
            and own
            and any(
                matches(c, filters.model_copy(update={"languages": own})) for c in self.tools.credentials()
            )
        ):
            wider = filters.model_copy(update={"languages": own})
        else:
            wider = filters.model_copy(
                update={"languages": ()} if filters.languages else {"participation": ()}
            )
        note = t("own_terms_none", limits=limits)
        if filters.languages and not filters.participation:  # "kya ye hindi mein hain?": said plainly
            note = untaught_head(
                filters.languages, {x for c in self.tools.credentials() for x in c.languages}, subject
            )
        return self._browse(wider, query=subject, note=note, profile=profile)

    def _browse(
        self,
        filters: SearchFilters,
        k: int = 8,
        query: str = "",
        note: str = "",
        profile: LearnerProfile | None = None,
    ) -> _Reply:
        """Everything in the catalogue that fits the filters, entry levels first (no topic to rank by); with a
        `query`, those nearest to it first; with a `profile`, those the learner can start now and read first
        (`starting_points.startable_first`); `note` said above the list."""
        everything = [c for c in self.tools.credentials() if matches(c, filters)]
        fitting = sorted(everything, key=lambda c: (c.eqf_level or 0, c.cost_eur or 0.0, c.id))
        if query and fitting:
            hits = self.tools.search_hits(query, filters, k=len(fitting))
            rank = {h.credential.id: i for i, h in enumerate(hits)}
            fitting.sort(key=lambda c: rank.get(c.id, len(rank)))  # stable: entry levels among the rest
            # on the subject only, when something is (trial 15: "an ninh mạng" in Vietnamese listed eight
            # courses of every subject after the security ones)
            near = {h.credential.id for h in hits if h.score >= RELEVANCE_FLOOR}
            fitting = [c for c in fitting if c.id in near] or fitting
        if profile is not None and len(fitting) > 1:
            langs = study_languages(profile)
            met = met_by_job(fitting, self.tools.job_held(profile), self.tools.get)
            fitting = startable_first(fitting, profile, (*langs, "en") if langs else (), met=met)
        if not fitting:  # "anything in Bengali?" after "all free courses": said, never an empty query
            state = {"last_query": "", "last_filters": filters, "focus": None, "listing": "results"}
            text = t(
                "no_results",
                query=t("all_courses"),
                filters_text=md.filters_text(filters),
                explanation=md.why_empty(self.tools.empty_reason("", filters), filters),
            )
            return _Reply(note + text, "search", state | {"last_results": ()}, filters=filters)
        shown = fitting[:k]
        text = (note + "\n\n" if note else "") + (
            t(
                "search_head",
                count=len(shown),
                found=counted("n_found", len(shown)),
                query=md.escape_text(query) if query and len(fitting) < len(everything) else t("all_courses"),
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
            {"opened": True},  # the counsellor's questions: the next message answers them (`opening_answers`)
            retrieved=self._direction_examples(profile),
        )

    def _not_in_catalogue(
        self, name: str, p: Parsed, intent: str, profile: LearnerProfile, floor: float = RELEVANCE_FLOOR
    ) -> _Reply:
        # a vendor's certification is looked for by its field ("AWS ..." -> cloud), the name itself too
        field = next((topic for pat, topic in _VENDOR_FIELDS if pat.search(name)), "")
        # the field alone when known: the name's other words ("Practitioner", "Solutions") find titles that
        # share a word, not the subject
        query = field or name
        hits = [h for h in self.tools.search_hits(query, None, k=5) if h.score >= floor][:3]
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
        creds = [h.credential for h in hits] or self._direction_examples(ANONYMOUS)
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

    def _titled_by_subject(self, query: str, filters: SearchFilters) -> list[Credential]:
        """In another language than English, when the glossary names the subject in English in two words or
        more (`glossary.english`): the relevant entries whose title names that phrase, to lead the list
        (session 17, trial 12's t12-07: "resultados de aprendizaje" listed statistics with R and AI, whose
        Spanish words matched the learner's, and the title encoder put "Multimedia for Learning" before
        "Writing Learning Outcomes and Aligned Assessment"); [] otherwise (one generic word, "data" or
        "cloud", names too many titles to lead by)."""
        lang = current()
        subject = english(query, lang, only_terms=True) if lang != "en" else None
        if not subject or len(phrase := normalise_label(subject).split()) < 2:
            return []
        hits = self.tools.search_hits(subject, filters, k=5)
        return [
            h.credential
            for h in hits
            if h.score >= RELEVANCE_FLOOR and " ".join(phrase) in normalise_label(h.credential.title)
        ]

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


# a course asked for on a subject ("anything on quantum computing?", "a course about blockchain", "classes in
# 3D printing")
_ON_A_SUBJECT = re.compile(
    r"\b(?:courses?|class(?:es)?|training|trainings|anything|something|programs?|programmes?|modules?)\s+"
    # ... with a few words between ("what courses do you have about quantum computing?"; session 26)
    r"(?:\w+\s+){0,3}?(?:on|about|in|covering)\b",
    re.IGNORECASE,
)
# the closest entries to a subject with a word no entry has ("blockchain smart contracts") must score this
# much: its other words alone ("contracts") found data pipelines at 0.39; "quantum computing" finds the HPC
# introduction at 0.5 (session 15, set on those two)
UNTAUGHT_FLOOR = 0.4


def untaught_head(asked: tuple[str, ...], taught: set[str], subject: str) -> str:
    """The plain head for a language no course is taught in (session 27, lead trial 22's 05: "nothing (in
    Finnish)"): none in it, the languages the catalogue's courses are taught in (English first), and the
    subject of the list that follows."""
    langs = tuple(sorted(taught, key=lambda code: (code != "en", code)))
    values = {"asked": md.languages(asked), "taught": md.languages(langs)}
    return t("language_untaught", **values, subject=md.escape_text(subject or "…"))


def _taught_in(cred: Credential, langs: tuple[str, ...]) -> bool:
    """Whether a credential is taught in one of `langs` (one naming no language gets the benefit of the
    doubt)."""
    return not cred.languages or bool(set(cred.languages) & set(langs))


def _subject_of(cred: Credential) -> str:
    """What a credential is about, as a query: its first skills, else its title."""
    return " ".join(s.label for s in cred.skills[:3]) or cred.title


# the field a vendor's or a well-known certification belongs to, for the closest real alternatives to one
# the catalogue lacks
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


def _subject(query: str) -> str:
    """A search's subject in English when the glossary knows its terms ("netzwerksicherheits network security"
    -> "network security", "computación de alto rendimiento high performance computing" -> "high performance
    computing"), for ranking the learner's-language courses by subject rather than by the words the learner
    wrote; else the query."""
    lang = current()
    return (english(query, lang, only_terms=True) if lang != "en" else None) or query


def with_english_terms(query: str) -> str:
    """A subject in the learner's words with its English terms added when the glossary knows them ("ওয়েব
    ডেভেলপার" -> "ওয়েব ডেভেলপার web developer"): the catalogue is searched in English, the words stay the
    learner's."""
    subject = _subject(query)
    return query if subject.casefold() in query.casefold() else f"{query} {subject}"


def _merged(first: list[Credential], then: list[Credential], k: int = 5) -> list[Credential]:
    """`first`, then `then`, each credential once, at most `k`."""
    return list({c.id: c for c in [*first, *then]}.values())[:k]


def _levels_off(cred: Credential, filters: SearchFilters) -> int:
    """How many EQF levels `cred` lies outside the range the filters ask for (0 inside it or unlevelled)."""
    level = cred.eqf_level
    if level is None:
        return 0
    low, high = filters.eqf_min or 1, filters.eqf_max or 8
    return max(low - level, level - high, 0)
