"""What a clause wants, needs or would learn: the one reading of the words of wanting ("want", "möchte",
"muốn", "चाहता"), of needing ("need", "brauche", "tarviin", "cần") and of learning ("learn", "aprender",
"opiskella", "học", "सीखना") that the understanding, the joint reading of the act and the profile changes
share. Pure; word lists in `vocab`."""

from __future__ import annotations

import re
from typing import NamedTuple

from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.slots import tokens


class Wanting(NamedTuple):
    """The words of a clause (or a whole message) that say it is after something rather than holding it."""

    wish: bool  # a word of wanting ("I want", "ich will", "quiero", "haluan", "muốn", "চাই")
    need: bool  # a word of needing, as a word start ("I need", "brauche", "necesito", "tarviin", "cần")
    learn: bool  # a word of learning, as a word start ("learn", "lernen", "aprender", "opiskella", "học")

    @property
    def wants_or_needs(self) -> bool:
        """ "I need to learn Excel", "ich will SQL lernen": what the clause names is to be had, not held."""
        return self.wish or self.need

    @property
    def wants_or_learns(self) -> bool:
        """ "HPC और GPU प्रोग्रामिंग सीखना है": a subject wanted, said with a word of wanting or of learning."""
        return self.wish or self.learn

    @property
    def needs_to_learn(self) -> bool:
        """ "I need to learn", "necesito aprender", "tarvitsen oppia": a need and a learning word."""
        return self.need and self.learn


def wanting(text: str) -> Wanting:
    """The words of wanting, needing and learning in a clause or a message."""
    words = tokens(text)
    return Wanting(
        wish=bool(set(words) & vocab.WISH),
        need=any(w.startswith(vocab.NEED_PREFIXES) for w in words),
        learn=any(w.startswith(vocab.LEARN_PREFIXES) for w in words),
    )


def wishes_to_teach(message: str) -> bool:
    """Whether the message wishes (or is asked) to teach others: a verb of teaching after a word of wanting
    or of duty ("want to teach computer science too", "I've been asked to teach", "ich soll … unterrichten",
    "on me demande d'enseigner"), or right before one in the verb-final languages ("পড়াতে চাই", "पढ़ाना
    है"), or as the purpose of something ("what should I learn to teach children computers", "सिखाने के लिए",
    "pour enseigner"); not "I teach maths" alone, not "teach myself"."""
    toks = [t.rsplit("'", 1)[-1] for t in tokens(message)]  # "d'enseigner": "enseigner"
    before = vocab.WISH | vocab.TEACH_DUTY
    wished = [i for i, w in enumerate(toks) if w in before]
    after = vocab.WISH | vocab.TEACH_DUTY_AFTER
    for i, w in enumerate(toks):
        if w not in vocab.TEACH_VERBS or (i + 1 < len(toks) and toks[i + 1] in vocab.TEACH_SELF):
            continue
        if _teaching_denied(toks, i):  # "for myself, not to teach others", "অন্যদের শেখানোর জন্য নয়"
            continue
        if (wished and i > wished[0]) or (i + 1 < len(toks) and toks[i + 1] in after):
            return True
        # learning in order to teach ("what should I learn to teach children computers", "सिखाने के लिए")
        purpose = (
            w in vocab.TEACH_PURPOSE_VERBS
            or (i and toks[i - 1] in vocab.TEACH_PURPOSE)
            or (i + 1 < len(toks) and toks[i + 1] in vocab.TEACH_PURPOSE_AFTER)
        )
        if purpose:
            return True
    return _for_own_pupils(toks)


def _for_own_pupils(toks: list[str]) -> bool:
    """Whether a wish is to learn for the speaker's own pupils (`vocab.FOR_OWN_PUPILS`: "je veux apprendre à
    coder pour mes élèves") or to bring a subject into their own lessons (`vocab.INTO_OWN_LESSONS`; a teacher
    saying "in class": `vocab.IN_CLASS`): what is learnt is to be taught."""
    if not set(toks) & vocab.WISH and not any(t in vocab.ROMANISED_WISH for t in toks):
        return False
    low = f" {' '.join(toks)} "

    def says(phrases: tuple[str, ...]) -> bool:
        return any(f" {' '.join(tokens(phrase))} " in low for phrase in phrases)

    if says(vocab.INTO_OWN_LESSONS):
        return True
    if says(vocab.IN_CLASS) and any(t.startswith(vocab.TEACHER_PREFIXES) for t in toks):
        return True
    return any(t.startswith(vocab.LEARN_PREFIXES) for t in toks) and says(vocab.FOR_OWN_PUPILS)


# a denial after a verb of teaching in the verb-final languages ("শেখানোর জন্য নয়", "सिखाने के लिए नहीं")
_DENIED_AFTER = vocab.NEGATION_AFTER | vocab.NEGATION_FAR_AFTER | frozenset("নয় noy nahin".split())


def _teaching_denied(toks: list[str], i: int) -> bool:
    """Whether the verb of teaching at `i` is denied: a word of denial up to three words before it ("not to
    teach", "pas pour enseigner", "nicht um zu unterrichten", "không phải để dạy") or after it in Hindi
    and Bengali ("শেখানোর জন্য নয়")."""
    before = set(toks[max(0, i - 3) : i]) & vocab.NEGATION_BEFORE
    after = set(toks[i + 1 : i + 4]) & _DENIED_AFTER
    return bool(before or after)


def seeks_work(text: str) -> bool:
    """Whether a clause wishes to work in or become something, or looks for work: a word of wanting or of
    seeking and a word of work or becoming ("I'd like a job in cloud security", "busco empleo en
    ciberseguridad", "em muốn làm việc trong ngành AI"), or a Hindi infinitive with "है" ("क्लाउड में काम
    करना है"); "work on my Python" is no work in a field."""
    toks = tokens(text)
    career = {w for w, after in zip(toks, [*toks[1:], ""]) if w in vocab.CAREER and after not in _NOT_A_FIELD}
    must = any(w.endswith("ना") and after in ("है", "hai") for w, after in zip(toks, toks[1:]))
    wished = bool(set(toks) & (vocab.WISH | vocab.SEEKING)) or must
    return wished and bool(career or set(toks) & vocab.BECOME)


_NOT_A_FIELD = frozenset({"on", "with", "out"})  # "work on my Python", "work with you", "work out"


# a lack or a need (beside `vocab.NEED_PREFIXES`): "lack", "fehlt", "me falta", "il me faut", "manque",
# "puuttuu", "thiếu", "चाहिए", "कमी", "ঘাটতি", "প্রয়োজন", "লাগবে"
_LACK = re.compile(
    r"\b(?:lack\w*|missing|short on|fehl\w*|mangel\w*|falta\w*|hace falta|il me faut|il lui faut|manqu\w*|"
    r"puuttu\w*|thiếu|thieu|chahiye|zaroorat|jaroorat|kami)\b|चाहिए|कमी|ঘাটতি|প্রয়োজন|লাগবে",
    re.IGNORECASE,
)
# skills or knowledge as such, in the eight languages (Finnish as a part of a compound: "pilviosaamista",
# "HPC-taitoja")
_SKILLS_NOUN = re.compile(
    r"\b(?:skills?|knowledge|know-how|expertise|competenc\w*|kenntnis\w*|wissen|fähigkeit\w*|kompetenz\w*|"
    r"habilidad\w*|conocimiento\w*|competencia\w*|destreza\w*|compétence\w*|competence\w*|connaissance\w*|"
    r"kỹ năng|ky nang|kiến thức|kien thuc|skilz)\b|\w*(?:osaami|taito|tietämy)\w*|"
    r"स्किल|कौशल|ज्ञान|দক্ষতা|জ্ঞান|স্কিল",
    re.IGNORECASE,
)


# no skills or knowledge of something: "no knowledge of", "kein Wissen", "keine Kenntnisse", "sin
# conocimientos", "pas de connaissances", "ei osaamista", "không có kiến thức", "का ज्ञान नहीं", "জ্ঞান নেই"
_NO_SKILLS = re.compile(
    r"\b(?:no|zero|little|kein\w*|wenig|sin|ningún|ninguna|pocos|pas de|aucune?|peu de|ei|vähän|không có|"
    r"khong co|chưa có|chua co)\s+(?:\w+\s+)?(?:skills?|knowledge|experience|wissen|kenntnis\w*|"
    r"conocimientos?|habilidad\w*|connaissances?|compétences?|osaamis\w*|taitoja|kiến thức|kien thuc|"
    r"kỹ năng|ky nang)\b|(?:ज्ञान|जानकारी|स्किल्स?)\s+(?:\S+\s+)?नहीं|(?:জ্ঞান|দক্ষতা)\S*\s+(?:\S+\s+)?নেই",
    re.IGNORECASE,
)
# the words of needing or lacking skills, as whole words, taken out of a goal named with them ("জ্ঞানের
# ঘাটতি", "thiếu kiến thức": no part of the area)
_NEED_WORDS = re.compile(
    r"\S*(?:স্কিল|দক্ষতা|জ্ঞান|ঘাটতি|প্রয়োজন|দরকার)\S*|"
    r"(?<!\w)(?:स्किल्स?|कौशल|ज्ञान|जानकारी|चाहिए|कमी|ज़रूरत|जरूरत)(?!\w)|"
    r"\b(?:thiếu|thieu|cần|kỹ năng|ky nang|kiến thức|kien thuc)\b",
    re.IGNORECASE,
)


_FI_SKILLS_COMPOUND = re.compile(r"(\w+?)-?(?:osaami|taito|tietämy)\w*", re.IGNORECASE)


def without_need_words(text: str) -> str:
    """`text` without the words of needing or lacking skills, and without the skills nouns themselves
    ("ডেটা বিশ্লেষণে আমার জ্ঞানের ঘাটতি আছে" -> its subject's words; refs23)."""
    text = _FI_SKILLS_COMPOUND.sub(r"\1", _NEED_WORDS.sub(" ", text))  # "pilviosaamista": "pilvi"
    text = _SKILLS_NOUN.sub(" ", _LACK.sub(" ", text))
    return " ".join(text.split())


def needs_skills(text: str) -> bool:
    """Whether a message says the learner needs or lacks skills or knowledge (of something it names): "I need
    cloud skills for my job", "mir fehlt Wissen in Datenanalyse", "necesito habilidades de nube", "il me faut
    des compétences en cloud", "tarvitsen HPC-taitoja", "mình thiếu kiến thức phân tích dữ liệu", "मुझे
    क्लाउड स्किल्स चाहिए", "ক্লাউডের দক্ষতা দরকার" (refs23): a statement, never a question ("what skills do I
    need for cloud?")."""
    if "?" in text or "？" in text:
        return False
    said = wanting(text)
    # "ज्ञान नहीं है, सीखना है", "I want to learn cloud skills": a lack said with a word of learning or wanting
    need = said.need or said.learn or said.wish or bool(_LACK.search(text) or _NO_SKILLS.search(text))
    return need and bool(_SKILLS_NOUN.search(text))


def wants_to_do(words: list[str]) -> bool:
    """ "mujhe websites banane ka kaam karna hai", "क्लाउड में जाना है", "मशीन लर्निंग सीखना है": a Hindi
    infinitive with "है"/"hai", a wish or a need to do it (one reader for `joint` and the clause reading of
    `understand`, session 28)."""
    return any(w.endswith(("ना", "na")) and after in ("है", "hai") for w, after in zip(words, words[1:]))
