"""A move from one job to another said in one phrase, in the eight languages: "from X to Y", "switch out of
X into Y", "leave X for Y", "von X zu Y wechseln", "pasar de X a Y", "passer de X à Y", "X:stä Y:hyn", "từ X
sang Y", "X से Y में", "X থেকে Y তে". X is the job held, never a word of the goal: `career_move` gives X and the
message without it (the move to Y said as the language says a move), which is read as any goal statement."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.level_words import LEVEL_HIGH, LEVEL_LOW
from pathfinder.assistant.nlu.roles import job_held
from pathfinder.assistant.nlu.weekdays import NAMES

# up to six words, none a number: "teaching maths in a high school", "retail store manager"
_X = r"(?P<held>(?:[\p{L}\p{M}][\p{L}\p{M}'’.-]*\s+){0,5}?[\p{L}\p{M}][\p{L}\p{M}'’.-]*)"
_WS = r"\s+"


@dataclass(frozen=True)
class CareerMove:
    held: str  # the job held, as a role phrase ("teaching maths", "Krankenpfleger", "क्लर्क")
    rest: str  # the message with the move said without the job held ("I want to move to something in data")


@dataclass(frozen=True)
class _Form:
    pattern: regex.Pattern
    replacement: str  # what stands for the whole match: the move without its start
    needs_verb: bool = False  # the phrase alone is no move ("from 9 to 5"): a verb of moving must be near


def _form(pattern: str, replacement: str, needs_verb: bool = False) -> _Form:
    return _Form(regex.compile(pattern, regex.IGNORECASE), replacement, needs_verb)


# a verb of moving, changing or leaving somewhere in the message, for the forms that say no move themselves
_MOVING = regex.compile(
    r"\b(?:move|moving|moved|switch|switching|change|changing|transition|transitioning|pivot|pivoting|go|going|"
    r"get|getting|shift|shifting|career|wechseln|wechsle|umsteigen|umschulen|gehen|pasar|pasarme|cambiar|"
    r"cambiarme|moverme|ir|irme|passer|changer|reconvertir|aller|siirty\p{L}*|vaihta\p{L}*|vaihdo\p{L}*|"
    r"hypät\p{L}*|chuyển|sang|जाना|जाने|जाऊँ|जाऊं|शिफ्ट|स्विच|बदल\p{L}*|आना|jana|jaana|shift|switch|যেতে|যাব|"
    r"যাওয়া|সুইচ|শিফট|বদল\p{L}*|jete|jabo)\b",
    regex.IGNORECASE,
)
_FORMS = (
    # English: "switch out of nursing into data", "move away from retail to IT"
    _form(
        r"\b(?P<verb>switch|switching|move|moving|get|getting|transition|transitioning|go|going)\s+"
        r"(?:out\s+of|away\s+from)\s+" + _X + r"\s+(?:and\s+)?(?:into|to|towards)\s+",
        "{verb} into ",
    ),
    # "leave teaching for web development", "leaving my job as a store manager for cyber security"
    _form(
        r"\b(?P<verb>leave|leaving|quit|quitting)\s+(?:my\s+(?:job|work|career)\s+(?:as|in)\s+(?:an?\s+)?)?"
        + _X
        + r"\s+(?:for|to\s+(?:do|work\s+in|go\s+into|get\s+into|move\s+into))\s+",
        r"move into ",
    ),
    # "move from teaching maths to something in data", "from warehouse supervisor to IT support, how?"
    _form(
        r"(?:\b(?P<verb>move|moving|switch|switching|go|going|get|getting|change|changing|transition|"
        r"transitioning|pivot|pivoting|shift|shifting)\s+)?\bfrom\s+(?:being\s+)?(?:an?\s+)?"
        + _X
        + r"\s+(?:in)?to\s+(?!(?:learn|study|do|get|be|become|work)\b)",
        "{verb} into ",
        needs_verb=True,
    ),
    # German: "von der Pflege in die Datenanalyse wechseln", "vom Lehrer zum Datenanalysten"
    _form(
        r"\b(?:von|vom|aus)\s+(?:der\s+|dem\s+|den\s+|meinem\s+|meiner\s+|einem\s+|einer\s+)?" + _X + r"\s+"
        r"(?=(?:zu|zur|zum|in|ins|nach|richtung|hin\s+zu)\s)",
        "",
        needs_verb=True,
    ),
    # "als Buchhalterin aufhören und in die Cloud wechseln", "quit being a cashier and move into IT"
    _form(
        r"\b(?:als|as)\s+(?:an?\s+|eine?\s+)?"
        + _X
        + r"\s+(?=(?:aufhören|aufzuhören|aufhöre|kündigen|quit|stop)\b)",
        "",
        needs_verb=True,
    ),
    # Spanish: "pasar de maestra de primaria a algo de ciberseguridad", "cambiar de cajero a analista"
    _form(
        r"\b(?P<verb>pasar|pasarme|cambiar|cambiarme|moverme|ir|irme|reconvertirme)\s+de(?:l)?\s+"
        r"(?:ser\s+)?(?:la\s+|el\s+)?" + _X + r"\s+(?=(?:a|al|hacia)\s)",
        "{verb} ",
    ),
    # "dejar la enseñanza por los datos", "dejar de ser cajero para trabajar en datos"
    _form(
        r"\b(?P<verb>dejar|dejo|quitter|quitte)\s+(?:de\s+ser\s+|mon\s+poste\s+de\s+|mi\s+trabajo\s+de\s+)?"
        r"(?:la\s+|el\s+|le\s+|l'|les\s+)?"
        + _X
        + r"\s+(?:por|para\s+(?:trabajar\s+en|ir\s+a|pasar\s+a)|pour)\s+",
        r"pasar a ",
    ),
    # French: "passer de comptable à quelque chose dans les données", "passer de l'enseignement au web"
    _form(
        r"\b(?P<verb>passer|changer|me\s+reconvertir|aller)\s+(?:de\s+l'|d'|du\s+|de\s+la\s+|des\s+|de\s+)"
        r"(?:être\s+)?" + _X + r"\s+(?=(?:à|a|au|aux|vers|dans|en)\s)",
        "{verb} ",
    ),
    # Vietnamese: "chuyển từ giáo viên toán sang làm dữ liệu"
    _form(r"\btừ\s+(?:nghề\s+|công\s+việc\s+|làm\s+)?" + _X + r"\s+(?=sang\s)", "", needs_verb=True),
    # Hindi: "टीचर से डेटा एनालिस्ट में जाना", "क्लर्क की नौकरी से साइबर सिक्योरिटी में"; romanised "teacher se"
    _form(
        r"(?:(?<=^)|(?<=[,.;!?।]\s*)|(?<=\b(?:मैं|मुझे|main|mujhe|mai)\s))"
        r"\s*(?P<held>(?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+)\s+(?:से|se)\s+"
        r"(?=(?:\S+\s+){0,4}?(?:में|mein|me)\s+(?:\S+\s+)?"
        r"(?:जाना|जाने|जाऊँ|जाऊं|शिफ्ट|स्विच|आना|आने|jana|jaana|jane|shift|switch|move))",
        "",
    ),
    # Bengali: "শিক্ষকতা থেকে ডেটা অ্যানালাইসিসে যেতে চাই", romanised "teacher theke data analysis e jete"
    _form(
        r"(?:(?<=^)|(?<=[,.;!?।]\s*)|(?<=\b(?:আমি|ami)\s))"
        r"\s*(?P<held>(?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+)\s+(?:থেকে|theke)\s+"
        r"(?=(?:\S+\s+){0,4}?(?:যেতে|যাব|যাওয়া|যাইতে|সুইচ|শিফট|আসতে|jete|jabo|switch|shift|move))",
        "",
    ),
)
# Finnish: "opettajasta tietoturvaan", "sairaanhoitajan työstä data-analytiikkaan" (elative, then illative)
_FI = regex.compile(
    r"\b(?P<held>(?:[\p{L}-]+n\s+(?=(?:työstä|ammatista|hommista|virasta)\b))?[\p{L}-]+?(?:sta|stä))\s+(?=[\p{L}-]+(?:aan|ään|een|iin|oon|uun|yyn|hin|seen|"
    r"siin|an|en|in|on|un|yn|än)\b)",
    regex.IGNORECASE,
)
# the verb of a move where the form matched has none ("from X to Y, how?" -> "move into Y, how?")
_MOVE = {"en": "move", "es": "pasar", "fr": "passer"}
# a job word said with the job ("the job of", "la profesión de"): not the job's name
_JOB_WORDS = frozenset(
    "job work career role position post my the a an der die das mein meine meinem el la mi un una le la mon "
    "ma l' nghề công việc làm की नौकरी काम का के এর চাকরি কাজ".split()
)
# the speaker ("मैं टीचर से ...", "আমি হিসাবরক্ষক থেকে ..."): no part of the job
_PRONOUNS = frozenset("मैं मुझे main mai mujhe আমি ami".split())
# Finnish nouns of a job said in the elative after a genitive ("hoitajan työstä"): the genitive names the job
_FI_JOB_NOUNS = ("työstä", "ammatista", "hommista", "alalta", "virasta")


_NOT_A_JOB = frozenset(
    (
        *vocab.DAY,
        *vocab.WEEK,
        *vocab.MONTH,
        *vocab.HOUR,
        *vocab.YEAR,
        *vocab.MONTHS,
        *NAMES,
        *LEVEL_LOW,
        *LEVEL_HIGH,
        *"scratch home zero cero zéro null alusta đầu शुरू শুরু".split(),
    )
)


def _moving(message: str) -> bool:
    return bool(_MOVING.search(message)) or any(c in message.casefold() for c in vocab.CHANGE_OF_FIELD)


def _no_job(held: str) -> bool:
    """Whether the words between "from" and "to" cannot be a job: a number, a time or a level ("from 9 to
    5", "from Monday to Friday", "from beginner to advanced")."""
    words = held.casefold().split()
    # "a bus driver from Kraków. He would like to move into data": a job never runs over a sentence's end
    # (session 22)
    ended = any(w.endswith((".", "!", "?")) and len(w.rstrip(".!?")) > 3 for w in words[:-1])
    return not words or ended or any(ch.isdigit() for ch in held) or bool(set(words) & _NOT_A_JOB)


def _finnish_job(held: str) -> str:
    """The base form of a Finnish job said in the elative: "opettajasta" -> "opettaja", "sairaanhoitajan
    työstä" -> "sairaanhoitaja"."""
    words = held.split()
    if len(words) == 2 and words[1].casefold() in _FI_JOB_NOUNS and words[0].endswith("n"):
        return words[0][:-1]
    return " ".join(words[:-1] + [words[-1][:-3]])


def _job_of(held: str, lang: str | None) -> str:
    """The job in the words of X: without the words around a job's name ("my job as a", "की नौकरी")."""
    words = held.split()
    while words and words[0].casefold() in _JOB_WORDS | _PRONOUNS:
        words = words[1:]
    while words and words[-1].casefold() in _JOB_WORDS:
        words = words[:-1]
    return job_held(" ".join(words), lang) if words else ""


def _pronoun(held: str) -> str:
    """The speaker's pronoun the verb-final forms took into X ("मैं टीचर से"), given back to the message."""
    first = held.split()[0] if held.split() else ""
    return first if first.casefold() in _PRONOUNS else ""


def career_move(message: str, lang: str | None) -> CareerMove | None:
    """The job left and the message without it, when the message says a move from one job to another; None
    otherwise."""
    if lang == "fi":
        m = _FI.search(message)
        if m and _moving(message) and not _no_job(m.group("held")):
            rest = f"{message[: m.start()]} {message[m.end() :]}"
            held = _finnish_job(m.group("held"))
            return CareerMove(held, " ".join(rest.split())) if held else None
    for form in _FORMS:
        for m in form.pattern.finditer(message):
            held = m.group("held")
            verb_said = bool(m.groupdict().get("verb")) or m.start() == 0
            if _no_job(held) or (form.needs_verb and not verb_said and not _moving(message)):
                continue
            job = _job_of(held, lang)
            if not job:
                continue
            verb = m.groupdict().get("verb") or _MOVE.get(lang or "en", "move")
            replacement = (_pronoun(held) + " " + form.replacement.format(verb=verb)).lstrip()
            rest = f"{message[: m.start()]} {replacement} {message[m.end() :]}"
            return CareerMove(job, " ".join(rest.split()))
    return None


def says_a_move(text: str) -> bool:
    """Whether a clause has a verb of moving, changing or leaving ("wants to move into IT project
    management", "ab IT project management mein jana hai"): what it names is where the learner goes."""
    return bool(_MOVING.search(text))
