"""The check after generation: every credential the answer names must exist in the catalogue and be cited, and
the answer is sanitised (`safety.markdown.sanitise_markdown`) before anything renders it.

A credential can be named as a link `[Title](url) (id)` (inline, reference-style or an autolink, all made
inline first), as `**Title** (id)` or `**Title**`, as `Title (id)`, as an id alone or in backticks, or by its
plain title. Each form is resolved against the catalogue and rewritten to the one citation form (`cite`), so a
model cannot swap in another link. A link or id that is not in the catalogue is removed (a list line is
dropped, an inline mention is struck through and marked). With `strict` (model answers), course-like names
that are in no catalogue title (bold names, vendor certificates, "... Certificate") are removed with their
sentence. Citations are exactly the credentials cited in the final text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pathfinder.assistant.markdown import cite, cited_ids, link_target  # the citation form (titles escaped)
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import Citation
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.safety.markdown import normalise_links, sanitise_markdown

NOT_IN_CATALOGUE = "not in the catalogue"
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)(?:\s*\((?:id:\s*)?`?([^()`\s]+)`?\))?")
_BOLD = re.compile(r"\*\*([^*\n]{2,200}?)\*\*(?:\s*\((?:id:\s*)?`?([^()`\s]+)`?\))?")
_BARE_ID = re.compile(r"\(id:\s*`?([^()`\s]+)`?\)")
_TICKED = re.compile(r"`([^`\s]{2,80})`")
_IDLIKE = re.compile(r"(?<![\w/.#-])([A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)+)(?![\w/-])")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
# What makes a capitalised phrase read as a course or certificate name.
_COURSE_WORD = (
    r"certificate|certification|certified|course|program|programme|bootcamp|diploma|nanodegree|"
    r"speciali[sz]ation|professional|associate|fundamentals|practitioner|masterclass|academy|degree|"
    r"zertifikat|kurs|lehrgang|certificat|formation|curso|certificado|kurssi|sertifikaatti"
)
_VENDOR = (
    r"AWS|Amazon|Azure|Microsoft|Google|Cisco|CompTIA|Linux Foundation|Coursera|Udemy|edX|IBM|Oracle|"
    r"ISC2|\(ISC\)²|ISACA|PMI|SAP|Red Hat|Salesforce|Meta|LinkedIn Learning|Udacity|DataCamp|EC-Council|"
    r"Khan Academy|HubSpot|Tableau|Databricks|Snowflake"
)
# well-known certifications named by their acronym alone ("la certification CISSP", "CEH कोर्स"), upper case
_CERT_ACRONYM = (
    r"CISSP|CISM|CISA|CEH|OSCP|CCNA|CCNP|CCIE|CKAD|CKA|CKS|PMP|CAPM|ITIL|PRINCE2|TOGAF|CCSP|SSCP|GSEC|CHFI|"
    r"RHCSA|RHCE|LPIC-?\d?|MCSA|MCSE|CySA\+|Security\+|Network\+"
)
_NAME = re.compile(
    rf"(?:(?<![\w+])(?:{_CERT_ACRONYM})(?![\w+])"
    rf"|\b(?:{_VENDOR})\b(?:[ \t]+[A-Z0-9][\w+&./-]*){{1,6}}"
    rf"|(?:\b[A-Z][\w+&./-]*[ \t]+(?:(?:of|for|in|and|&|to|de|der|für|en|et)[ \t]+)?){{1,6}}"
    rf"(?i:\b(?:{_COURSE_WORD})\b)"
    r"(?:[ \t]+(?:in|of|for|en|de)[ \t]+[A-Z][\w+&./-]*(?:[ \t]+[A-Z][\w+&./-]*){0,4})?)"
)
_MARK = "\x00"


def course_names(text: str) -> list[str]:
    """The phrases of `text` that read as a course or certificate name ("the Advanced Kubernetes Security
    Bootcamp", "AWS Solutions Architect"), whether or not the catalogue has them."""
    return [m.group(0).strip(" .,:;") for m in _NAME.finditer(text.replace("\n", " "))]


_COURSE_WORD_ONLY = re.compile(rf"(?i:{_COURSE_WORD}|kurse|zertifikate|cours)")
_VENDOR_ONLY = re.compile(rf"(?:{_VENDOR})")


def subject_of_course_phrase(name: str) -> str | None:
    """The subject of a name that is only a word and a course word ("Excel Kurs", "Python Zertifikat",
    "Datenbank Lehrgang"): German capitalises every noun, so the pair looks like a title but asks for courses
    on a subject. None for anything else and for vendors ("AWS Zertifikat" is a product)."""
    words = name.split()
    if len(words) != 2 or not _COURSE_WORD_ONLY.fullmatch(words[1]) or _VENDOR_ONLY.fullmatch(words[0]):
        return None
    return words[0]


@dataclass
class Grounded:
    text: str
    citations: tuple[Citation, ...]
    flagged: tuple[str, ...]
    removed: int = 0  # lines or sentences taken out


def _outside_links(text: str, fn: Callable[[str], str]) -> str:
    """`fn` applied to the parts of `text` that are not already in the citation form."""
    parts = re.split(r"(\[[^\]\n]*\]\([^)\s]*\)(?: \([^()\s]+\))?)", text)
    return "".join(p if i % 2 else fn(p) for i, p in enumerate(parts))


def ground(
    text: str,
    lookup: Callable[[str], Credential | None],
    title_to_id: dict[str, str],
    retrieved: Iterable[Credential] = (),
    *,
    strict: bool = False,
) -> Grounded:
    """Check and repair `text` against the catalogue (`lookup` by id, `title_to_id` by normalised title);
    `strict` also removes course names from outside the catalogue (for a model's answer)."""
    cited: dict[str, Credential] = {}
    flagged: list[str] = []

    def by_title(title: str) -> Credential | None:
        known = title_to_id.get(normalise_label(title))
        return lookup(known) if known else None

    def take(cred: Credential) -> str:
        cited[cred.id] = cred
        return cite(cred)

    def flag(name: str) -> str:
        flagged.append(name)
        return f"{_MARK}{name}{_MARK}"

    def link(m: re.Match[str]) -> str:
        title, cid = m.group(1), m.group(3)
        cred = (lookup(cid) if cid else None) or by_title(title)
        return take(cred) if cred else flag(cid or title)

    out = _LINK.sub(link, normalise_links(text))

    def bold(m: re.Match[str]) -> str:
        title, cid = m.group(1).strip(), m.group(2)
        cred = (lookup(cid) if cid else None) or by_title(title)
        if cred is not None:
            return take(cred)
        # Our own text writes "**python** (free)": a word in brackets is no claimed id, and only a model's
        # text (strict) can name something invented.
        if strict and ((cid and _IDLIKE.fullmatch(cid)) or _NAME.search(title)):
            return flag(cid if cid and _IDLIKE.fullmatch(cid) else title)
        return m.group(0)

    out = _outside_links(out, lambda p: _BOLD.sub(bold, p))

    def bare(m: re.Match[str]) -> str:
        cred = lookup(m.group(1))
        if cred is None:
            return f"({flag(m.group(1))})"
        cited[cred.id] = cred
        return f"({cred.id})"

    out = _outside_links(out, lambda p: _BARE_ID.sub(bare, p))

    def ticked(m: re.Match[str]) -> str:
        cred = lookup(m.group(1))
        return take(cred) if cred else m.group(0)

    out = _outside_links(out, lambda p: _TICKED.sub(ticked, p))

    def idlike(m: re.Match[str]) -> str:
        cred = lookup(m.group(1))
        if cred is None:
            return m.group(0)
        before = m.string[: m.start()].rstrip(" (")
        if before.lower().endswith(cred.title.lower()):  # "Title (id)": the title stays, cited once
            return m.group(0)
        return take(cred)

    out = _outside_links(out, lambda p: _IDLIKE.sub(idlike, p))
    out = _titled_ids(out, lookup, cited)
    out = _plain_titles(out, title_to_id if strict else {}, lookup, cited, retrieved)
    lines, removed = [], 0
    for line in out.split("\n"):
        if strict:
            line, n = _drop_invented(line, title_to_id, flagged)
            removed += n
            if line is None:
                continue
        if _MARK in line and _LIST_ITEM.match(line):
            removed += 1
            continue
        lines.append(re.sub(rf"{_MARK}([^{_MARK}]*){_MARK}", rf"~~\1~~ ({NOT_IN_CATALOGUE})", line))
    out = "\n".join(lines)
    if flagged:
        unique = len(dict.fromkeys(flagged))
        out += (
            f"\n\n> Note: {unique} suggestion(s) named something {NOT_IN_CATALOGUE} and "
            "were removed; only catalogue entries are recommended."
        )
    allowed = {link_target(c) for c in cited.values()}
    out = sanitise_markdown(out, lambda url: url in allowed)
    ids = [i for i in dict.fromkeys(cited_ids(out)) if i in cited]
    return Grounded(out, tuple(Citation.of(cited[i]) for i in ids), tuple(dict.fromkeys(flagged)), removed)


def _titled_ids(text: str, lookup: Callable[[str], Credential | None], cited: dict[str, Credential]) -> str:
    """`Title (id)` written without a link becomes the citation form."""

    def plain(m: re.Match[str]) -> str:
        cred = lookup(m.group(2))
        if cred is None or normalise_label(m.group(1)) != normalise_label(cred.title):
            return m.group(0)
        cited[cred.id] = cred
        return cite(cred)

    def part(p: str) -> str:
        for cid in {m[1] for m in re.finditer(r"\(([^()\s]+)\)", p)}:
            cred = lookup(cid)
            if cred is None:
                continue
            pattern = re.compile(rf"({re.escape(cred.title)})\s*\(({re.escape(cid)})\)", re.IGNORECASE)
            p = pattern.sub(plain, p)
        return p

    return _outside_links(text, part)


def _plain_titles(
    text: str,
    title_to_id: dict[str, str],
    lookup: Callable[[str], Credential | None],
    cited: dict[str, Credential],
    retrieved: Iterable[Credential],
) -> str:
    """Catalogue titles named without a link get one (the first mention of each): titles of credentials
    retrieved this turn, and any catalogue title of two or more words found in the text."""
    candidates = {c.id: c for c in retrieved}
    heads = _title_heads(title_to_id)
    for line in text.split("\n"):
        # each word normalised once: the normalised run of words is the normalised words joined; a run is
        # looked up only where a title could start (a normalised word may be several: "e-learning")
        words = [normalise_label(w) for w in re.findall(r"[\w'’+#-]+", line)]
        for i in range(len(words)):
            if not words[i] or words[i].split()[0] not in heads:
                continue
            for size in range(min(12, len(words) - i), 1, -1):
                cid = title_to_id.get(" ".join(w for w in words[i : i + size] if w))
                if cid and cid not in candidates and (cred := lookup(cid)) is not None:
                    candidates[cid] = cred
    for cred in sorted(candidates.values(), key=lambda c: -len(c.title)):
        if cred.id in cited or len(cred.title) < 6:
            continue
        pattern = re.compile(rf"(?<![\[\w]){re.escape(cred.title)}(?![\]\w])", re.IGNORECASE)
        done = False

        def once(m: re.Match[str], c: Credential = cred) -> str:
            nonlocal done
            if done:
                return m.group(0)
            done = True
            cited[c.id] = c
            return cite(c)

        text = _outside_links(text, lambda p, pat=pattern: pat.sub(once, p))  # type: ignore[misc]
    return text


_HEADS: list[tuple[dict[str, str], int, frozenset[str]]] = []  # the last catalogue's title first words


def _title_heads(title_to_id: dict[str, str]) -> frozenset[str]:
    """The first words of the normalised titles (kept for the last catalogue asked about)."""
    cached = next(iter(_HEADS), None)  # one read: another thread may replace it meanwhile
    if cached is not None and cached[0] is title_to_id and cached[1] == len(title_to_id):
        return cached[2]
    heads = frozenset(t.split()[0] for t in title_to_id if t.split())
    _HEADS[:] = [(title_to_id, len(title_to_id), heads)]
    return heads


def _drop_invented(line: str, title_to_id: dict[str, str], flagged: list[str]) -> tuple[str | None, int]:
    """The line without sentences naming a course that is in no catalogue title; None to drop a list item."""

    def invented(sentence: str) -> str | None:
        for m in _NAME.finditer(_outside_links(sentence, lambda p: p).replace("\n", " ")):
            name = m.group(0).strip(" .,:;")
            in_link = any(name in lm[1] for lm in _LINK.finditer(sentence))
            if not in_link and not _known_name(name, title_to_id):
                return name
        return None

    plain = re.sub(r"\[[^\]\n]*\]\([^)\s]*\)(?: \([^()\s]+\))?", " ", line)
    if _LIST_ITEM.match(line):
        name = invented(plain)
        if name:
            flagged.append(name)
            return None, 1
        return line, 0
    kept, removed = [], 0
    for sentence in _SENTENCE.split(line):
        bare = re.sub(r"\[[^\]\n]*\]\([^)\s]*\)(?: \([^()\s]+\))?", " ", sentence)
        name = invented(bare)
        if name:
            flagged.append(name)
            removed += 1
        else:
            kept.append(sentence)
    return " ".join(kept), removed


def _known_name(name: str, title_to_id: dict[str, str]) -> bool:
    """Whether a course-like name is (part of) a catalogue title."""
    low = normalise_label(name)
    if not low or low in title_to_id:
        return True
    return len(low) >= 12 and any(low in t for t in title_to_id)
