"""Which credential a message means: by id, by title or part of one, by number, by an extreme of the
list shown (cheapest, easiest), or where to start; and names the catalogue lacks.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from pathfinder.assistant.course_questions import asked_attributes, asks_about_one
from pathfinder.assistant.followup_words import says_did
from pathfinder.assistant.grounding import cite, course_names, subject_of_course_phrase
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.lexicon import stem
from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.audience import own_background
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.slots import says_years, tokens
from pathfinder.assistant.nlu.understand import clauses, knows_in
from pathfinder.assistant.picks import asks_closest, asks_hardest, hardest, in_order, start_of
from pathfinder.assistant.pointing import (
    SUBJECTS,
    Attributes,
    asks_certificate_of_one,
    demonstrates,
    named_by_subject,
    says_basics,
    singled_out,
    without_certificate_word,
)
from pathfinder.assistant.policy import (
    asks_after,
    asks_easiest,
    asks_easiest_shown,
    asks_for_beginners,
    asks_language_of_one,
    asks_most,
    asks_remove,
    asks_skip,
    asks_start,
    asks_toward,
    before_toward,
    lists,
    names_certificate,
    picks_among,
    refers_back,
    starts_client_plan,
)
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import DialogueState
from pathfinder.domain.taxonomy import normalise_label

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
    r"(?:course|kurs|curso|cours|formation)\b|\b(?:kurssi\w*|khóa|khoá|el de|la de|al de|le cours)\b|"
    r"\w+-?kurs\b|"
    # "celle sur les principes FAIR", "celui de cloud": the one (a course or a formation) of that subject
    r"\b(?:celle|celui)\s+(?:sur|de|du|des|en|d')|"
    r"\w+kurssi\w*|"
    r"-kurssi|कोर्स|কোর্স",
    re.IGNORECASE,
)
# a title introduced by an article and a course word ("im Kurs Penetration Testing Grundlagen", "the course
# Data Warehouse Design"): two of its words there name that course as "the ... one" does
_TITLED = re.compile(
    r"\b(?i:the|this|that|der|den|dem|im|zum|beim|vom|el|ese|este|en el|le|ce|au|du)\s+"
    r"(?i:course|kurs|curso|cours|formation)\s+[A-Z]",
)
# the kind words a message names one course with: no part of its subject ("high performance computing course")
_COURSE_WORDS = frozenset({"course", "courses", "class", "module", "training"})


# "is there any course ...?", "কোনো কোর্স আছে?", "कोई कोर्स", "einen Kurs", "algún curso", "un cours", "mitään
# kurssia", "có khóa nào": a course of a subject asked for (a search), not one course pointed at
_ANY_COURSE = re.compile(
    r"\b(?:any|some|a)\s+(?:course|class|training)|কোনো|কোন কোর্স|कोई|\bkoi\b|\bein(?:en)?\s+\S*kurs|"
    r"\birgendein|\balg[uú]n\b|\bun(?:e)?\s+(?:cours|formation)\b|\bmitään\b|\bjokin\b|có khóa|co khoa",
    re.IGNORECASE,
)


def _subject_terms(p: Parsed) -> set[str]:
    """The words of the domain terms a message names, in English ("HPC-kurssi" -> high, performance,
    computing), without course words."""
    said = set((english(p.text, p.lang, only_terms=True) or "").split()) - _COURSE_WORDS
    # an acronym kept beside its own expansion ("hpc high performance computing") is said once
    expanded = {w: set((english(w, None, only_terms=True) or w).split()) for w in said}
    return {w for w in said if w in expanded[w] or not expanded[w] <= said}


def _title_terms(cred: Credential) -> set[str]:
    """The words of the domain terms a title names, in English, read in the title's own language."""
    lang = cred.languages[0] if cred.languages else "en"
    return set((english(cred.title, lang, only_terms=True) or "").split())


def says_one_course(text: str) -> bool:
    """Whether a message points at one course with a course word ("the HPC course", "der X-Kurs", "el curso
    de X", "le cours de X", "X-kurssi", "khóa X", "X वाला कोर्स", "X কোর্সটা")."""
    return bool(_ONE_COURSE.search(text) or _ONE_MARK.search(text))


_ABOUT_ONE = ("explain", "requirements", "why", "compare", "skip_step", "select")


class Mentions:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

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

    def _pointed(self, p: Parsed, state: DialogueState) -> Credential | None:
        """The one entry shown a message points at by what sets it apart ("the German one", "el de R",
        `pointing.singled_out`); None when it numbers one, states a limit, or what it says fits several."""
        if p.ordinals or p.has_constraints:
            return None
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        said = Attributes(
            languages=tuple(dict.fromkeys((*p.languages, *p.spoken_languages))),
            participation=p.participation,
            free=p.max_cost == 0,
            eqf=(p.eqf_min or 1, p.eqf_max or 8) if (p.eqf_min or p.eqf_max) else None,
        )
        if said and demonstrates(p.text) and not asks_language_of_one(p, state, False):
            # "is that one free?", "cai do mien phi ha": a question of the one in focus, else listed first
            focus = self.tools.get(state.focus) if state.focus else None
            return focus or (shown[0] if shown and lists(state) else None)
        return singled_out(p.text, said, shown)

    def _nth_course(self, state: DialogueState, n: int) -> Credential | None:
        """The n-th course (no certificate) of the list or plan shown ("the first course", -1 the last)."""
        listed = [self.tools.get(i) for i in self._listed(state)]
        courses = [c for c in listed if c is not None and c.kind != "certificate"]
        if not courses or n == 0 or n > len(courses):
            return None
        return courses[n - 1] if n > 0 else courses[-1]

    def _enrolment_meant(
        self, p: Parsed, state: DialogueState, named: Credential | None, pointed: Credential | None
    ) -> list[Credential]:
        """The courses a request to be enrolled means (session 27): the one named, numbered, pointed at or in
        focus; else the plan's steps or the list shown (up to five); else none (asked which)."""
        numbered = self._by_ordinal(state, p.ordinals[0]) if p.ordinals else None
        one = named or numbered or pointed or (self.tools.get(state.focus) if state.focus else None)
        if one is not None:
            return [one]
        shown = (self.tools.get(i) for i in self._listed(state)[:5])
        return [c for c in shown if c is not None]

    def _by_ordinal(self, state: DialogueState, n: int) -> Credential | None:
        ids = self._listed(state)
        if not ids or n == 0 or n > len(ids):
            return None
        return self.tools.get(ids[n - 1] if n > 0 else ids[-1])

    def _mentioned(self, p: Parsed, state: DialogueState) -> Credential | None:
        if (
            state.focus
            and asks_after(p.text)
            and asks_toward(p.text)
            and (named := before_toward(p.text)) != p.text
        ):
            # "et après ça, je peux faire quoi si je veux devenir DPO ?": the direction names no course asked
            # about ("DPO" is where the learner heads, not the course in focus)
            p = dataclasses.replace(p, text=named)
        if state.focus and names_certificate(p.text) and asks_certificate_of_one(p.text):
            # "does that one have a recognised certificate?", "¿ese tiene certificado oficial?": a certificate
            # asked of the entry in focus; the word names no certificate shown (refs23, lead trial 18)
            p = dataclasses.replace(p, text=without_certificate_word(p.text))
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
        # "how many weeks is the MPI course?", "MPI wala course kitne hafte?", "is the SQL course right for
        # me?": a question about one course marked as one, by an acronym of its title (session 14)
        of_one_course = asks_about_one(p.text, bool(p.languages)) and bool(
            _ONE_MARK.search(p.text) or _ONE_COURSE.search(p.text)
        )
        if found is None and (p.done_cue or asks_after(p.text) or of_one_course) and not says_years(p.text):
            # "et après le DPO ?", "ya hice el de SQL": an acronym only one title of the catalogue has
            # ("j'ai fait du SQL pendant 3 ans" is practice: a skill, not a course)
            acronym = self.tools.lexicon.acronym_title(p.text)
            found = self.tools.get(acronym) if acronym else None
        marked = bool(_ONE_MARK.search(p.text))  # "the Parallel Programming one", "... वाला कोर्स"
        # "Kurse zum Thema Netzwerke, maximal 600 Euro?" read as a question about one course asks for several
        # (a plural course word): no single title is guessed from its subject word (session 21)
        several = bool(set(tokens(p.text)) & vocab.COURSE_PLURALS) and not known
        if found is None and (
            p.done_cue
            or p.predicted in _ABOUT_ONE
            and (p.confidence >= 0.5 or refers_back(p.text))
            and not several
            or marked
            or of_one_course  # "khóa toán có bắt buộc không?": a fact asked of one course (session 15)
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
            subject = next((word for pattern, word in SUBJECTS if pattern.search(p.text)), None)
            if rare is None and fragment is None and one and subject:
                # "गणित वाला कोर्स", "matematiikan kurssi": the subject's English names the title word
                rare = self.tools.lexicon.rare_title_word(subject, marked=True)
            listed = [*known, *(c for c in (self.tools.get(i) for i in state.shown) if c)]
            if rare and not _names_another(p.text, self.tools.get(rare)) and not _echoes(p.text, listed):
                fragment = rare
                by_subject = self._shown_by_subject(p, state) if rare not in {c.id for c in listed} else []
                if len(by_subject) == 1:
                    # "KI-Grundlagen hab ich schon" over a plan with AI Foundations: the one step shown its
                    # subject names, not the one catalogue title with the word "Grundlagen" (session 19)
                    fragment = by_subject[0].id
            found = self.tools.get(fragment) if fragment else None
        if found is None and len(subject := self._shown_by_subject(p, state)) == 1:
            # "I already did the maths, skip that one", "den Datenbank-Kurs kann ich weglassen": the one entry
            # shown whose title carries the subject said, whatever was shown last (session 17, lead trial 12)
            found = subject[0]
        if found is None and names_certificate(p.text):
            # "what's in the certificate?" after a list with one certificate: that one
            certificates = [c for c in known if c.kind == "certificate"]
            found = certificates[0] if len(certificates) == 1 else None
        if found is None and names_certificate(p.text) and "certificate" not in asked_attributes(p.text):
            # "and what does the whole certificate cost?" with a course in focus: the certificate it counts
            # towards, not the course (session 29, the blind sets 23-25); "do I get a certificate?" asks of it
            found = self._certificate_of_focus(state)
        if (
            found is None
            and of_one_course
            and not names_certificate(p.text)
            and not _ANY_COURSE.search(p.text)
        ):
            # "Combien coûte le cours de data engineering ?", "Wie lange dauert der Cloud-Security-Kurs?": a
            # fact of the one course whose title carries the subject said, in any language (refs18)
            found = self._course_by_subject(p)
        if found is not None and found.kind == "certificate" and says_one_course(p.text):
            # "the HPC course", "der Cloud-Security-Kurs", "HPC কোর্সটা": a course, not the certificate of the
            # same subject, unless the learner says certificate or writes its title (refs18, lead trial 13)
            found = self._course_for_certificate(p, found) or found
        return found

    def _certificate_of_focus(self, state: DialogueState) -> Credential | None:
        """The one certificate the course in focus counts towards (of several, the one the last answer
        cited); None when the focus is no course or counts towards none."""
        focus = self.tools.get(state.focus) if state.focus else None
        if focus is None or focus.kind == "certificate":
            return None
        targets = list(dict.fromkeys(s.target for s in focus.stacks_into))
        if len(targets) > 1:
            targets = [i for i in targets if i in state.shown]
        return self.tools.get(targets[0]) if len(targets) == 1 else None

    def _course_by_subject(self, p: Parsed) -> Credential | None:
        """The one course (no certificate) among the entries nearest the message's subject whose title's
        terms in English hold every term of the subject said ("data engineering" -> "Data Engineering
        Foundations", "cloud security" -> "Cloud-Sicherheit und Compliance"); None when none or several do."""
        said = _subject_terms(p)
        if not said:
            return None
        near = [h.credential for h in self.tools.search_hits(" ".join(sorted(said)), None, k=10)]
        fits = [c for c in near if c.kind != "certificate" and said <= _title_terms(c)]
        return fits[0] if len(fits) == 1 else None

    def _certificate_by_subject(self, p: Parsed) -> Credential | None:
        """The one certificate among the entries nearest the message's subject whose title's terms in English
        hold every term said ("the HPC certificate" -> "Certificate in HPC Performance Engineering"), for a
        message that says certificate; None otherwise."""
        said = _subject_terms(p)
        if not said or not names_certificate(p.text):
            return None
        near = [h.credential for h in self.tools.search_hits(" ".join(sorted(said)), None, k=10)]
        fits = [c for c in near if c.kind == "certificate" and said <= _title_terms(c)]
        return fits[0] if len(fits) == 1 else None

    def _course_for_certificate(self, p: Parsed, cert: Credential) -> Credential | None:
        """The course of a certificate's subject a message names with a course word: among its courses and
        what they require, the one whose title's terms (in English, `glossary.english`) share the most with
        the message's; None when the message says certificate, writes the certificate's own title, or no
        course (or several alike) carries the subject."""
        if (
            names_certificate(p.text)
            or _title_says(p.text, cert.title)
            and _words(cert.title, 4) <= _words(p.text, 4)
        ):
            return None
        said = _subject_terms(p)
        if not said:
            return None
        parts = self.tools.parts_of(cert.id)
        group = {c.id: c for c in parts}
        for part in parts:
            for pid in part.prerequisites:
                if (before := self.tools.get(pid)) is not None:
                    group.setdefault(before.id, before)
        scored = []
        for course in group.values():
            scored.append((len(said & _title_terms(course)), course))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]

    def _list_entry_planned_to(self, p: Parsed, state: DialogueState) -> Credential | None:
        """ "Make me a plan to get to the GPU one", "mach mir einen Plan bis zum Datenbank-Kurs", "hazme un
        plan para llegar al de detección de anomalías" after a list: the one entry of the list shown the
        message names by its subject (`pointing.named_by_subject`) and points at as one course ("the ...
        one", a course word); None when no list is shown, a course is in focus, or the subject names none or
        several alike. The plan leads to it; its words are no goal of their own (session 20, vague19 left
        it)."""
        if state.focus or state.listing != "results" or not state.last_results or p.ordinals or p.done_cue:
            return None
        if not (_ONE_MARK.search(p.text) or _ONE_COURSE.search(p.text)):
            return None
        shown = [c for c in (self.tools.get(i) for i in state.last_results) if c]
        picked = named_by_subject(p.text, p.topic, p.lang, shown)
        return picked[0] if len(picked) == 1 else None

    def _shown_by_subject(self, p: Parsed, state: DialogueState) -> list[Credential]:
        """The entries shown (the plan's steps, the list) a message that leaves one out or says one done names
        by its subject (`pointing.named_by_subject`): several when they carry it alike; [] when it says no
        step is left out or done, or pointed at one by a course word or a demonstrative."""
        # a step left out of the plan shown ("skip the maths one"); a list is only filtered by "without ..."
        planned = state.listing in ("pathway", "suggestions") and state.last_pathway is not None
        skips = planned and (asks_skip(p.text) or asks_remove(p.text))
        # "l'intro à l'IA", "tekoälyn perusteet", "KI-Grundlagen" said done: the entry level of a subject is a
        # course, as "the ... one" points at one (session 19)
        one = refers_back(p.text) or _ONE_MARK.search(p.text) or _ONE_COURSE.search(p.text)
        # ... but "I already know python basics" is a skill known at the basic level, no course done
        entry_level = says_basics(p.text) and not (knows_in(p.text, p.lang) or p.skills)
        pointing_done = p.done_cue and bool(one or entry_level)
        if not (skips or pointing_done) or p.ordinals:
            return []
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        return named_by_subject(p.text, p.topic, p.lang, shown)

    def _candidates(self, p: Parsed, state: DialogueState) -> str:
        """The entries shown a subject names alike, one per line ("which one?" with what it could be), else
        ""."""
        named = self._shown_by_subject(p, state)
        if len(named) < 2:
            return ""
        return "\n\n" + "\n".join(f"{n}. {cite(c)}" for n, c in enumerate(named, 1))

    def _topical(self, p: Parsed) -> bool:
        """Whether the message's topic is one the catalogue serves (a subject of its own)."""
        return bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic)

    def _extreme(self, p: Parsed, state: DialogueState) -> Credential | None:
        """The cheapest or shortest entry of the list shown, for "and the cheapest?"; the easiest to start
        (lowest EQF level, fewest prerequisites, fewest hours) for "which is the easiest?"."""
        picked = self._extreme_pick(p, state)
        return picked.credential if picked is not None else None

    def _extreme_pick(self, p: Parsed, state: DialogueState) -> Extreme | None:
        """The one implementation of "the extreme entry of what was shown" (the list, else the plan's steps):
        the entry, by which attribute ("cheapest", "dearest", "shortest", "longest", "hardest", "easiest",
        "closest") and how many entries state no value for it (never taken as the smallest: not compared)."""
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        if asks_easiest_shown(p, self._topical(p)) and not p.refinements:
            return Extreme(min(shown, key=_difficulty), "easiest") if shown else None
        if asks_hardest(p.text):  # "which is the hardest one?": the highest level, most prerequisites, hours
            found = hardest(shown)
            unknown = sum(c.eqf_level is None for c in shown if c.kind != "certificate")
            return Extreme(found, "hardest", unknown) if found else None
        if asks_closest(p.text) and lists(state):  # "what's the closest thing": a list is ranked by that
            first = self.tools.get(self._listed(state)[0])
            return Extreme(first, "closest") if first else None
        if most := asks_most(p.text):  # "the most expensive step?": by the price to earn it, or by hours
            return self._by_figure(shown, "dearest" if most == "dearest" else "longest")
        if not (p.refinements and picks_among(p.text)) or state.listing not in ("results", "pathway"):
            return None
        # a list, or the steps of the plan shown ("which of those steps takes the least time?")
        return self._by_figure(shown, "cheapest" if "cheaper" in p.refinements else "shortest")

    def _by_figure(self, shown: list[Credential], which: str) -> Extreme | None:
        """The entry with the lowest or highest price to earn (a certificate by its parts, never its own fee
        of 0) or hours; entries that state none are counted as unknown, never compared."""
        if which in ("cheapest", "dearest"):
            values = [(price, c) for c in shown if (price := self._price_to_earn(c)) is not None]
        else:
            values = [(c.hours, c) for c in shown if c.hours]
        if not values:
            return None
        pick = min if which in ("cheapest", "shortest") else max
        found = pick(values, key=lambda vc: vc[0])[1]
        return Extreme(found, which, len(shown) - len(values))

    def _start(self, p: Parsed, state: DialogueState, profile: LearnerProfile) -> Credential | None:
        """Where to begin, for "which one do I start with?": the plan's first step; a certificate's first part
        in prerequisite order; a course's first prerequisite not held yet; a list's first in that order."""
        client = (
            starts_client_plan(p.text) and state.last_pathway is not None and bool(state.last_pathway.steps)
        )
        if (
            not (asks_start(p.text) or client)
            or p.done_cue  # "she already did the first one": a statement, not a question
            or asks_easiest(p.text)
            and lists(state)  # "mikä on helpoin aloittaa?": the easiest entry listed
            or asks_for_beginners(p, self._topical(p))  # "which one is for beginners?": the easiest shown
            or tuple(p.ordinals) not in ((), (1,))
            or self._mentioned(p, state)
            # "c'est quel niveau EQF le premier ?": a fact of the first entry, not where to begin
            or asked_attributes(p.text, bool(p.languages)) not in ((), ("prerequisites",))
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

    def _target(self, p: Parsed, state: DialogueState) -> Credential | None:
        if extreme := self._extreme(p, state):
            return extreme
        mentioned = self._mentioned(p, state)
        if mentioned and not self._ordinal_outranks(p, state, mentioned):
            return mentioned
        if pointed := self._pointed(p, state):  # "the German one", "el de R": the one entry shown that fits
            return pointed
        if p.ordinals and (by_number := self._by_ordinal(state, p.ordinals[0])):
            if by_number.kind == "certificate" and says_one_course(p.text) and not names_certificate(p.text):
                # "¿cuál es el primer curso?" over a list led by a certificate: the first COURSE listed (the
                # certificate is no course; refs18, lead trial 13)
                return self._nth_course(state, p.ordinals[0]) or by_number
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

    def _ordinal_outranks(self, p: Parsed, state: DialogueState, mentioned: Credential) -> bool:
        """Whether a place in the list shown ("el tercero", "den dritten") names the entry rather than a title
        word the message shares with another entry ("¿el tercero tiene certificado?" over a list led by a
        certificate: the third, not the certificate; session 21): the message says neither that entry's
        whole title nor its id."""
        if not p.ordinals or self._by_ordinal(state, p.ordinals[0]) in (None, mentioned):
            return False
        return self.tools.lexicon.title_in(p.text, [mentioned]) is None

    _ID_LIKE = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])", re.IGNORECASE)

    def _missing_id(self, p: Parsed) -> str | None:
        """An id-like word ("zz-999", "nda-de-999": letters, hyphens and a digit) the catalogue lacks."""
        for m in self._ID_LIKE.finditer(p.text):
            word = m.group(0)
            if any(ch.isdigit() for ch in word) and self.tools.get(word) is None:
                return word
        return None

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
        background = own_background(p.text)
        for name in names:
            if set(tokens(name)) <= background:
                continue  # "No degree": a fact about the learner, not a course asked for
            if name[:1].islower() and name.casefold().startswith(vocab.LEARN_PREFIXES):
                continue  # people keep telling me to 'learn data': advice quoted, not a title
            subject = subject_of_course_phrase(name)
            if subject and lexicon.is_catalogue_topic(subject):
                continue  # "Excel Kurs": a subject and a course word, no title
            known = lexicon.find_title(name) or lexicon.title_fragment(name) or self.tools.get(name)
            if name and not known and not lexicon.title_in(name, self.tools.lexicon_credentials):
                return name
        return None


_LEVEL_WORDS = frozenset(
    "foundations fundamentals basics essentials introduction intro grundlagen einführung einfuehrung basis "
    "fundamentos introducción introduccion nociones bases initiation introduction perusteet johdanto".split()
)


def _title_says(named: str, title: str) -> bool:
    """Whether every longer word of a title as the learner wrote it ("Cloud Security Fundamentals?") is in
    the catalogue title found."""
    said = _words(re.split(r"[?!.,;:(]", named, maxsplit=1)[0], 4)
    words = _words(title, 4)
    # a level word said in another language ("Penetration Testing Grundlagen" for "... Foundations") is the
    # same title; any other word is another one ("Cloud Security Fundamentals" is no "... Engineering")
    return said <= words or (said - words <= _LEVEL_WORDS and words - said <= _LEVEL_WORDS)


def _names_title(text: str, cred: Credential) -> bool:
    """Whether a message names a credential as held: its id, or two (and half) of its title's words of
    three letters or more in one clause ("I did Networking Fundamentals"), not one ("a bit of SQL" is no "SQL
    para el análisis de datos"), nor two from different clauses ("Quiero ser administrador de bases de datos.
    Ya sé SQL básico": the goal's "datos" and the skill's "SQL" name no course)."""
    if cred.id.casefold() in text.casefold():
        return True
    words = _words(cred.title, 3)
    # half the title's words at least: "I finished secondary school" shares two words with "Teaching Computer
    # Science in Secondary School" and names no course (trial 15)
    least = max(min(2, len(words)), (len(words) + 1) // 2)
    return any(len(words & _words(c, 1)) >= least and _says_done(c) for c in clauses(text))


def _says_done(clause: str) -> bool:
    """Whether a clause speaks of a course done: a word of done ("ya hice", "already took") or a course word
    ("el curso de ..."), not a wish ("Quiero dedicarme al análisis de datos")."""
    toks = tokens(clause)
    words = f" {' '.join(toks)} "
    return (
        any(f" {w} " in words for w in vocab.DONE)
        or bool(set(toks) & (vocab.CREDENTIAL_WORDS | {"did"}))  # "I did SQL para el análisis last year"
        or says_did(clause)
    )


def _words(text: str, shortest: int) -> set[str]:
    """The words of a text, case-folded, of at least `shortest` letters."""
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= shortest}


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


def _names_another(text: str, cred: Credential | None) -> bool:
    """Whether a course name in the text ("the Advanced Kubernetes Security Bootcamp", "el de sistemas
    operativos de escritorio") has two or more words of four letters or more that `cred`'s title lacks: the
    text names another course, not this one ("Sistemas de recomendación" shares one word)."""
    if cred is None:
        return True
    title = normalise_label(cred.title).split()
    for name in [*course_names(text), *_marked_phrases(text)]:
        words = [w for w in normalise_label(name).split() if len(w) >= 4]
        foreign = [w for w in words if not any(w.startswith(t) or t.startswith(w) for t in title)]
        if len(foreign) >= 2:
            return True
    return False


# a course named by its subject after a mark of one course ("el de sistemas operativos de escritorio", "celui
# sur la protection des données", "the desktop operating systems one"): the words that name it
_MARKED_PHRASE = re.compile(
    r"\b(?:el|la) (?:curso )?de ([^,.;!?]+)|\b(?:celui|celle|le cours) (?:de|sur|d'|du) ?([^,.;!?]+)|"
    r"\bthe ([\w -]+) (?:one|course)\b|\bden (?:kurs )?(?:zu|über|ueber) ([^,.;!?]+)",
    re.IGNORECASE,
)


def _marked_phrases(text: str) -> list[str]:
    """The phrases a message names one course by, after a mark of one course (see `_MARKED_PHRASE`)."""
    return [next(g for g in m.groups() if g) for m in _MARKED_PHRASE.finditer(text)]


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


@dataclass(frozen=True)
class Extreme:
    """The extreme entry of what was shown (`Mentions._extreme_pick`): which attribute picked it, and how many
    entries state no value for that attribute (not compared)."""

    credential: Credential
    which: str
    unknown: int = 0
