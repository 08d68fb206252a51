"""Fields of knowledge said as a skill held ("Linux und Netzwerke kann ich", "mình biết cơ bản về mạng và
Python", "maths theek hai", "je suis bon en maths"): a field word the taxonomy has no label or alias for, read
as the skill of the bundled taxonomy nearest to it, only when a message states what someone holds (session 22,
skills22, lead trial 17's 04, 11, 14).

Not aliases: an alias ("network" -> ICT communications protocols) would also tag catalogue entries and turn
search topics into skill searches ("network courses"); a field word here is read only by the statement's
reader (`profile_changes.mentions`, `profile_changes.held_hit`)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.slots import tokens

# the skill phrase (a label or alias the lexicon resolves) -> the field's words, folded; a trailing "*" takes
# any ending (Finnish cases: "matematiikkaa", "matikkaa"). Networks in other languages reach "network" through
# the glossary ("Netzwerke", "redes", "réseaux", "verkkoja", "mạng", "नेटवर्क", "নেটওয়ার্ক").
_FIELDS: dict[str, tuple[str, ...]] = {
    "networking": ("network", "networks", "netzwerk", "netzwerke", "netzwerken"),
    "execute analytical mathematical calculations": (
        "math",
        "maths",
        "mathematics",
        "mathe",
        "mathematik",
        "matemáticas",
        "matematicas",
        "mates",
        "mathématiques",
        "mathematiques",
        "matematiik*",
        "matikka*",
        "matikan",
        # Vietnamese "toán" is left out: it is also the "toán" of "kế toán" (accounting)
        "गणित",
        "ganit",
        "গণিত",
        "gonit",
    ),
}
# the everyday tools of a working day, said instead of skills (session 23, days23; lead trial 18's 01, 05, 11,
# 14: "the booking system and email all day", "nur Mail und Internet", "chỉ dùng được word và facebook"): read
# as the nearest skill of the taxonomy where a statement of what someone holds or uses is read
_EMAIL = "use e-mail software and services"
_BROWSE = "browse, search and filter data, information and digital content"
_WORD = "use word processing software"
_CHAT = "interact through digital technologies"
_IT_TOOLS = "use IT tools"
_TOOLS: dict[str, tuple[str, ...]] = {
    _EMAIL: (
        "email", "emails", "e-mail", "e-mails", "mail", "mails", "mailit", "maileja", "mailien", "mailejä",
        "outlook", "gmail", "courriel", "courriels", "correo", "correos", "sähköposti*", "ईमेल", "ई-मेल",
        "imel", "ইমেইল", "ই-মেইল", "ইমেল",
    ),
    _BROWSE: (
        "internet", "internetissä", "internetiä", "internetin", "netti", "nettiä", "netissä", "googeln",
        "googlen", "googlaan", "googlata", "इंटरनेट", "internet", "ইন্টারনেট", "ইন্টারনেটে",
    ),
    _WORD: ("word", "wordin", "wordiä", "wordia", "wordilla", "वर्ड", "ওয়ার্ড"),
    _CHAT: (
        "facebook", "whatsapp", "instagram", "zalo", "messenger", "skype", "फेसबुक", "व्हाट्सएप", "व्हाट्सऐप",
        "ফেসবুক", "হোয়াটসঅ্যাপ", "tiktok", "youtube",
        # social media by name, a phrase of their own (`_SOCIAL_MEDIA`; lead trial 20's 03)
        "social media", "social network", "social networks", "redes sociales", "red social",
        "réseaux sociaux", "réseau social", "soziale netzwerke", "soziale medien", "sozialen netzwerken",
        "sozialen medien",
        "sosiaalinen media", "sosiaalista mediaa", "sosiaalisessa mediassa", "somea", "somessa",
        "mạng xã hội", "mang xa hoi", "सोशल मीडिया", "সোশ্যাল মিডিয়া",
    ),
    # the software of a job, by its generic name ("the booking software", "kassajärjestelmää", "phần mềm đặt
    # phòng", "el programa de la caja"): only as the head of its phrase (`_generic_head`)
    _IT_TOOLS: (
        "software", "system", "systems", "app", "apps", "programm", "programme", "sistema", "programa",
        "aplicación", "aplicacion", "logiciel", "logiciels", "appli", "järjestelmä*", "ohjelma*", "phần mềm",
        "सॉफ्टवेयर",
        "সফটওয়্যার",
    ),
}  # fmt: skip
# a Finnish compound ending in a system ("kassajärjestelmää", "varausjärjestelmä") and the Vietnamese
# "phần mềm" (software, its head first: "phần mềm đặt phòng")
_SYSTEM_COMPOUND = ("järjestelm", "ohjelm")
_SOFTWARE_VI = (("phần", "mềm"), ("phan", "mem"))
# a word after which a generic tool word still ends its phrase ("the booking software and emails")
_JOINERS = frozenset(
    "and or all every at in on for with und oder den im y o todo toda en et ou toute sur ja tai koko va và "
    "voi với aur और ya या আর এ ও".split()
)
# Word, the program, is "Word" (or beside another tool: "dùng được word và facebook"); "word" is a word
_WORD_NAME = regex.compile(r"\bWord\b|\b(?i:ms|microsoft) (?i:word)\b")
_SOCIAL_MEDIA = frozenset(w for w in _TOOLS[_CHAT] if " " in w)
_FIELDS |= _TOOLS
_EXACT = {w: skill for skill, words in _FIELDS.items() for w in words if not w.endswith("*")}
_PREFIXES = tuple((w[:-1], skill) for skill, words in _FIELDS.items() for w in words if w.endswith("*"))

# a field word followed by one of these is part of a compound that names something else ("network security",
# "network engineer", "maths teacher", "Netzwerk-Administrator" is one token and no field word)
_COMPOUND_NEXT = frozenset(
    "security engineer engineers engineering administrator administration admin architect technician "
    "support operations ops monitoring team department analyst specialist manager management "
    "teacher teaching tutor degree course courses class classes lesson lessons sicherheit ingenieur "
    "lehrer kurs kurse curso cursos profesor profesora cours professeur kurssi kurssia opettaja "
    # an everyday tool's word in a subject ("email marketing", "mail server", "app development": session 23)
    "marketing server servers hosting development developer design testing".split()
)


def field_skill(word: str) -> str | None:
    """The skill phrase a field word stands for when held ("Netzwerke" -> "networking", "maths" -> "execute
    analytical mathematical calculations"), else None."""
    folded = word.casefold()
    if folded in _EXACT:
        return _EXACT[folded]
    if any(part in folded[1:] for part in _SYSTEM_COMPOUND):  # "kassajärjestelmää": a system of a job
        return _IT_TOOLS
    return next((skill for prefix, skill in _PREFIXES if folded.startswith(prefix)), None)


# devices and tills of a working day ("I only use my phone", "solo uso la caja"): a day described, no skill
_DEVICES = frozenset(
    "phone phones smartphone mobile handy smartphones móvil movil celular teléfono telefono téléphone "
    "telephone portable puhelin puhelinta puhelimella kännykkä kännykkää kännykällä điện thoại dien thoai "
    "फ़ोन फोन मोबाइल phone মোবাইল ফোন till kasse caja caisse kassa kassalla kassalle".split()
)


def day_word(word: str) -> bool:
    """Whether a word names a tool or device of a working day (`everyday_tool`, or a phone, a till): a
    described day, no job's name ("phone chalata", "tienda caja", "réponds aux mails")."""
    return word.casefold() in _DEVICES or everyday_tool(word)


def everyday_tool(word: str) -> bool:
    """Whether a word is an everyday tool of a working day ("email", "Mails", "internet", "facebook", "the
    booking software", "kassajärjestelmää"), not a field of knowledge."""
    skill = field_skill(word)
    return skill is not None and skill in _TOOLS


# before a generic tool word, a word that makes it a subject of its own ("operating system", "information
# systems", "embedded software"): no tool used
_SUBJECT_BEFORE = frozenset("operating information embedded distributed file expert management".split())


def _generic_head(toks: list[str], i: int) -> bool:
    """Whether the generic tool word at `i` ends its phrase ("the booking software and emails", "käytän
    kassajärjestelmää"), not a subject ("software testing", "operating system")."""
    if i > 0 and toks[i - 1] in _SUBJECT_BEFORE:
        return False
    return i + 1 == len(toks) or toks[i + 1] in _JOINERS or everyday_tool(toks[i + 1])


def field_words(text: str, taken: Sequence[str] = ()) -> list[str]:
    """The field words of a text, as written (folded), that are no part of a skill phrase already found
    (`taken`: "neural networks") nor the first word of a compound ("network security", "maths teacher")."""
    toks = tokens(text)
    inside = {w for phrase in taken for w in tokens(phrase)}
    out: list[str] = []
    skip = 0
    for i, tok in enumerate(toks):
        if skip:
            skip -= 1
            continue
        if (i + 1 < len(toks) and (tok, toks[i + 1]) in _SOFTWARE_VI) and "phần mềm" not in out:
            out.append("phần mềm")  # "phần mềm đặt phòng": software, its head first
            continue
        social = next((n for n in (3, 2) if " ".join(toks[i : i + n]) in _SOCIAL_MEDIA), 0)
        if social:  # "redes sociales", "mạng xã hội": one tool, not the networks of networking
            out.append(" ".join(toks[i : i + social]))
            skip = social - 1
            continue
        skill = field_skill(tok)
        if skill is None or tok in inside or tok in out:
            continue
        if skill == _IT_TOOLS and not _generic_head(toks, i):
            continue
        if skill == _WORD and not (
            _WORD_NAME.search(text) or tok != "word" or any(everyday_tool(t) for t in toks if t != tok)
        ):
            continue  # "in a word": no program
        if i + 1 < len(toks) and (toks[i + 1] in _COMPOUND_NEXT or toks[i + 1] in glossary.ROLE_WORDS):
            continue
        out.append(tok)
    return out


def everyday_tools(text: str) -> list[str]:
    """The everyday tools a text names, as written (folded): "booking software and emails" -> ["software",
    "emails"], "nur Mails und Internet" -> ["mails", "internet"], "dùng được word và facebook" -> ["word",
    "facebook"]; each resolves through `field_skill` to the nearest skill (e-mail, browsing, word processing,
    online communication, IT tools)."""
    return [w for w in field_words(text) if everyday_tool(w)]


# the skills of a day of everyday tools (`_TOOLS`): a learner who names only these starts with their own
# digital skills; spreadsheets and office software are a trade's tools, a start of their own
_DAY_SKILLS = frozenset(_TOOLS) | {"interact through digital technologies", "office software"}


def everyday_skills_only(labels: Sequence[str]) -> bool:
    """Whether skills noted (their phrases as said, or their labels) are all a day's everyday tools: e-mail,
    browsing, word processing, chat, a job's software."""
    return bool(labels) and all(field_skill(x) in _DAY_SKILLS or x in _DAY_SKILLS for x in labels)
