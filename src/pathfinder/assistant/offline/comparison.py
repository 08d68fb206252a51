"""Two credentials side by side: which two are meant (numbers, titles, subjects) and what sets them apart."""

from __future__ import annotations

import re

from pathfinder.assistant import markdown as md
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import and_list, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.offline.mentions import says_one_course
from pathfinder.assistant.offline.search import _VENDOR_FIELDS
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.pointing import named_by_subject
from pathfinder.assistant.policy import names_certificate, of_those, refers_back
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import DialogueState


def _acronym_missing(part: str, c: Credential) -> bool:
    """Whether a side names an acronym in capitals ("SOC") that the credential's title holds neither as itself
    nor spelt out in the glossary's terms ("Security Operations Fundamentals")."""
    title = c.title.casefold()

    def held(acronym: str) -> bool:
        terms = (english(acronym, None, only_terms=True) or "").casefold().split()
        return acronym.casefold() in title or bool(terms) and all(w in title for w in terms)

    acronyms = re.findall(r"\b[A-Z]{2,}\b", part)
    return bool(acronyms) and not any(held(a) for a in acronyms)


def _kind(c: Credential) -> str:
    return "certificate" if c.kind == "certificate" else "course"


class ComparisonReplies:
    """Mixed into `OfflineResponder`."""

    tools: AssistantTools

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
            # an acronym with its terms ("intro HPC" finds Introduction to High-Performance Computing), and
            # the kind a side says: "the HPC certificate" a certificate, "the intro to HPC course" a course
            # (trial 15)
            query = _with_terms(query)
            kind = "certificate" if names_certificate(part) else "course" if says_one_course(part) else None
            hits = [
                h
                for h in self.tools.search_hits(query, None, k=5)
                if h.score >= RELEVANCE_FLOOR
                and kind in (None, _kind(h.credential))
                and not _acronym_missing(part, h.credential)
            ]
            pick = next((h.credential for h in hits if h.credential not in found), None)
            if pick is not None:
                found.append(pick)
        return found if len(found) >= 2 else []

    def _of_one_subject(self, text: str) -> list[Credential]:
        """The two entries closest to the one subject a comparison names without a list ("the cloud
        security courses"), both above the relevance floor; else nothing."""
        words = [w for w in re.findall(r"\w[\w+#.-]*", text) if not _COMPARE_FILLER.fullmatch(w.lower())]
        query = _with_terms(" ".join(words))
        hits = [h.credential for h in self.tools.search_hits(query, None, k=5) if h.score >= RELEVANCE_FLOOR]
        return hits[:2] if len(hits) >= 2 else []

    def _shown_by_description(self, p: Parsed, state: DialogueState) -> list[Credential]:
        """Two entries shown, each side of the question naming one by its subject (`named_by_subject`) or as
        "the certificate" (the one listed); [] unless each side names exactly one and they differ."""
        shown = [c for c in (self.tools.get(i) for i in self._listed(state)) if c]
        certificates = [c for c in shown if c.kind == "certificate"]
        found: list[Credential] = []
        for part in _PARTS.split(p.text):
            if not part.strip():
                continue
            named = named_by_subject(part, part, p.lang, shown)
            if not named and names_certificate(part) and len(certificates) == 1:
                named = certificates
            if len(named) == 1 and named[0] not in found:
                found.append(named[0])
        return found if len(found) == 2 else []

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
                if cred is not None and _acronym_missing(part, cred):
                    cred = None  # "el curso de fundamentos de SOC" is no "Fundamentos de la inteligencia ..."
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
        if len(picks) < 2 and not p.ordinals and listed:
            # "la différence entre le cours sur le RGPD et le certificat", "el de Python y el de hojas de
            # cálculo": each side named among the entries shown by its subject (session 17, lead trial 12)
            picks = self._shown_by_description(p, state) or picks
        described = len(picks) < 2 and not p.ordinals and self._described(p.text, picks)
        if described and listed and (refers_back(p.text) or of_those(p.text)):
            described = []  # "which of those two is better?": the entries shown, not two subjects
        if len(picks) < 2 and listed and not described:
            return self._which_two(listed)
        if described:  # "the HPC course and the cloud one", no list shown: the closest entry for each
            picks = described
        if len(picks) < 2 and not listed and not p.ordinals:
            # "what's the difference between the cloud security courses you have?", nothing shown: the two
            # closest entries of the one subject named (lead trial 20's 10)
            picks = self._of_one_subject(p.text) or picks
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


# words of a comparison naming no subject ("what's the difference between the HPC course and the cloud one")
_COMPARE_FILLER = re.compile(
    r"what'?s?|is|are|the|a|an|difference|differences|between|compare|comparing|which|one|ones|course|"
    r"courses|certificate|program(?:me)?|how|does|do|vs|versus|better|harder|easier|of|to|"
    r"you|have|has|your|more|most|less|advanced|offer|there|i|me|should|take|"
    r"unterschied|zwischen|dem|der|die|das|kurs|diferencia|entre|el|la|curso|différence|le|les|cours|"
    r"ero|välillä|kurssi|khác|nhau|giữa|khóa|học|फ़र्क|अंतर|कोर्स|পার্থক্য|কোর্স"
)


_PARTS = re.compile(
    r"\s(?:and|vs\.?|versus|or|with|und|oder|mit|y|o|con|et|ou|avec|ja|vai|và|hay|với|और|या|আর|এবং|বা)\s|"
    r"[,;]",
    re.IGNORECASE,
)


def _with_terms(query: str) -> str:
    """A side's words with the domain terms they name in English appended when not already said ("intro HPC"
    -> "intro HPC high performance computing")."""
    terms = english(query, None, only_terms=True)
    return f"{query} {terms}" if terms and terms.casefold() not in query.casefold() else query


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
