"""Facts a model states about cited credentials, checked against their records: price, hours, ECTS, EQF level,
language, participation, prerequisites and stacking.

The answer is read in segments (a list item, or a sentence of prose). A segment citing credentials may only
state facts that hold for one of them; a segment citing none may only state numbers the conversation or the
cited records support. A segment with a wrong or unsupported fact is removed and the catalogue's own facts
for its credentials are added after the answer (corrected, never left standing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from pathfinder.assistant import markdown as md
from pathfinder.domain import Credential
from pathfinder.domain.languages import ALIASES

_LINKS = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)(?: \([^()\s]+\))?")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
_NUM = r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_MONEY = re.compile(
    rf"(?P<c1>€|EUR|US\$|\$|USD|£|GBP)\s?(?P<a1>{_NUM})"
    rf"|(?P<a2>{_NUM})\s?(?P<c2>€|EUR|euros?|US\$|\$|USD|£|GBP)",
    re.IGNORECASE,
)
_FREE = re.compile(
    r"\b(?:free of charge|free|no cost|kostenlos|gratis|gratuit|gratuito|ilmainen|maksuton|miễn phí)\b", re.I
)
_HOURS = re.compile(
    rf"(?P<n>{_NUM})\s*(?:h\b|hours?\b|hrs?\b|Stunden|heures|horas|tuntia|giờ)", re.IGNORECASE
)
_PER_WEEK = re.compile(
    r"(?:per|a|each|every)\s+week|/\s*week|weekly|pro Woche|par semaine|por semana|viikossa"
)
_ECTS = re.compile(rf"(?P<n>{_NUM})\s*(?:ECTS|credits?\b|Leistungspunkte|crédits|créditos|opintopist)", re.I)
_EQF = re.compile(r"\b(?:EQF|EQR|CEC|MEC)\s*(?:level|Niveau|nivel|niveau|taso)?\s*[:\-]?\s*(?P<v>\w+)", re.I)
_PARTICIPATION = {
    "online": re.compile(r"\b(?:online|en ligne|en línea|verkossa|remote)\b", re.I),
    "on-site": re.compile(
        r"\b(?:on-?site|in[- ]person|face-to-face|präsenz|vor ort|presencial|présentiel)\b", re.I
    ),
    "blended": re.compile(r"\b(?:blended|hybrid|hybride|híbrido|mixed)\b", re.I),
}
_LANG_CLAIM = re.compile(
    r"\b(?:in|taught in|held in|language:?|auf|en|sur|kielellä)\s+(?P<name>[A-Za-zÀ-ÿ]+)", re.IGNORECASE
)
_NO_PREREQ = re.compile(
    r"\b(?:no (?:prior |formal )?(?:prerequisites?|requirements|prior knowledge)|without prerequisites|"
    r"keine Voraussetzungen|sin requisitos|aucun prérequis|ei esitietovaatimuksia)\b",
    re.I,
)
_PREREQ = re.compile(
    r"\b(?:requires?|required|prerequisites?|basic knowledge|prior knowledge|you need to know|Voraussetzung|"
    r"requisitos?|prérequis)\b",
    re.I,
)
_STACK = re.compile(
    r"\b(?:stacks?|stackable|counts? towards?|leads? to|builds? on|part of|anrechenbar)\b", re.I
)


@dataclass
class Checked:
    text: str
    citations: tuple
    flagged: tuple[str, ...]
    removed: int = 0
    corrected: int = 0


def _number(raw: str) -> float | None:
    s = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", s):
        s = re.sub(r"[,.]", "", s)
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _near(value: float | None, options: Iterable[float | None]) -> bool:
    return value is not None and any(o is not None and abs(o - value) <= max(0.5, 0.02 * o) for o in options)


def wrong_facts(segment: str, creds: list[Credential], known: set[float]) -> list[str]:
    """The facts `segment` states that no credential of `creds` supports (with no credential: that neither the
    conversation's numbers `known` nor any record support)."""
    plain = _LINKS.sub(" ", segment)
    bad: list[str] = []
    for m in _MONEY.finditer(plain):
        currency = (m["c1"] or m["c2"] or "").upper().replace("€", "EUR").replace("EUROS", "EUR").rstrip("S")
        amount = _number(m["a1"] or m["a2"])
        # a EUR figure may be the record's price converted (a plan's steps are in EUR)
        supported = [
            c.cost_eur if currency in ("EUR", "EURO") and c.currency != "EUR" else c.cost
            for c in creds
            if c.cost is not None and (currency in ("EUR", "EURO") or currency == c.currency)
        ]
        if not _near(amount, [*supported, *known]):  # the learner's budget, a plan's total: fine anywhere
            bad.append(m[0])
    if creds and _FREE.search(plain) and not any(c.cost == 0 for c in creds):
        bad.append("free")
    per_week = bool(_PER_WEEK.search(plain))
    for m in _HOURS.finditer(plain):
        n = _number(m["n"])
        supported = [] if per_week else [c.hours for c in creds]
        if not _near(n, [*supported, *known]):
            bad.append(m[0])
    for m in _ECTS.finditer(plain):
        n = _number(m["n"])
        records = [x for c in creds for x in (c.ects, getattr(c, "stack_ects_required", None))]
        if not _near(n, [*records, *known]):
            bad.append(m[0])
    for m in _EQF.finditer(plain):
        v = m["v"]
        if not v.isdigit() or (creds and int(v) not in [c.eqf_level for c in creds]):
            bad.append(m[0])
    if not creds:
        return bad
    for kind, pattern in _PARTICIPATION.items():
        if pattern.search(plain) and not any(c.participation == kind for c in creds):
            bad.append(kind)
    for m in _LANG_CLAIM.finditer(plain):
        code = ALIASES.get(m["name"].lower())
        if code and not any(code in c.languages for c in creds):
            bad.append(m[0])
    has_prereq = any(c.prerequisites or c.prerequisite_skills for c in creds)
    negated = re.search(r"\b(?:no|not|without|none|keine?|sin|aucun|ei)\b", plain, re.I)
    if _NO_PREREQ.search(plain) or (_PREREQ.search(plain) and negated):
        if has_prereq:
            bad.append("no prerequisites")
    elif _PREREQ.search(plain) and not has_prereq:
        bad.append("prerequisites")
    if _STACK.search(plain):
        ids = {c.id for c in creds}
        linked = any(set(c.stack_targets) & ids or set(c.prerequisites) & ids for c in creds)
        if not linked and not (len(creds) == 1 and creds[0].stack_targets):
            bad.append("stacking")
    return bad


def check_facts(
    grounded: object, lookup: Callable[[str], Credential | None], known: Iterable[float] = ()
) -> Checked:
    """`grounded` (text, citations, flagged, removed) with every segment stating a wrong or unsupported fact
    removed and the catalogue's facts for its credentials added."""
    numbers = set(known)
    text: str = grounded.text  # type: ignore[attr-defined]
    corrected: dict[str, Credential] = {}
    wrong: list[str] = []
    out_lines = []
    segments_removed = 0
    context: list[Credential] = []  # the credentials the last sentences were about ("It takes ...")
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):  # the grounding note
            out_lines.append(line)
            continue
        item = bool(_LIST_ITEM.match(line))
        if item or not line.strip():
            context = []
        segments = [line] if item else _SENTENCE.split(line)
        kept = []
        for seg in segments:
            creds = [c for c in (lookup(i) for i in dict.fromkeys(md.cited_ids(seg))) if c is not None]
            context = creds or context
            bad = wrong_facts(seg, creds or context, numbers)
            if bad:
                wrong.extend(bad)
                segments_removed += 1
                corrected.update({c.id: c for c in creds or context})
            else:
                kept.append(seg)
        if kept or not line.strip():
            out_lines.append(" ".join(kept))
    out = "\n".join(out_lines)
    if corrected:
        out += "\n\n" + "\n".join(
            "- " + md.credential_line(1, c).split(" ", 1)[1] for c in corrected.values()
        )
    removed = grounded.removed + segments_removed  # type: ignore[attr-defined]
    citations, flagged = grounded.citations, grounded.flagged  # type: ignore[attr-defined]
    result = Checked(out.strip(), citations, flagged, removed, len(wrong))
    if corrected:  # the corrected credentials are cited by their fact lines
        from pathfinder.domain.dialogue import Citation

        ids = [c.id for c in result.citations]
        extra = tuple(Citation.of(c) for c in corrected.values() if c.id not in ids)
        result = replace(result, citations=(*result.citations, *extra))
    return result
