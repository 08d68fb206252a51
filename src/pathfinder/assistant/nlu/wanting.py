"""What a clause wants, needs or would learn: the one reading of the words of wanting ("want", "möchte",
"muốn", "चाहता"), of needing ("need", "brauche", "tarviin", "cần") and of learning ("learn", "aprender",
"opiskella", "học", "सीखना") that the understanding, the joint reading of the act and the profile changes
share. Pure; word lists in `vocab`."""

from __future__ import annotations

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
