"""A message about using the skill named just before ("I know some Python" ... "I use it daily at work", "das
nutze ich jeden Tag", "lo uso todos los días", "je m'en sers tous les jours", "käytän sitä päivittäin", "ngày
nào tôi cũng dùng nó", "roz use karta hoon", "অফিসে প্রতিদিন এটা ব্যবহার করি"): it takes up that skill, and use at
work or every day says it is held at least at the intermediate level (session 20, skills20).

Read with the words of all eight languages at once: the pronoun and the verb of using must both be there, and
the message must name no skill of its own (the caller checks that)."""

from __future__ import annotations

from pathfinder.assistant.nlu.slots import tokens

# a pronoun standing for the thing named before (object forms; French "en" in "je m'en sers")
_PRONOUNS = frozenset(
    "it that this them das es ihn den lo la eso esto le en ça ca sitä tätä sitä sitäkin nó cái ise isko use "
    "usko yeh ye ये इसे इसका इसको उसे এটা ওটা এটি এটাকে eta ota".split()
)
# verbs of using or working with, as word starts ("nutze", "käytän", "utilise", "ব্যবহার")
_USE_STARTS = (
    "use",
    "using",
    "work with",
    "nutz",
    "benutz",
    "verwend",
    "arbeite damit",
    "uso",
    "usa",
    "utiliz",
    "manej",
    "trabajo con",
    "utilis",
    "sers",
    "sert",
    "käytä",
    "käytän",
    "dùng",
    "sử dụng",
    "istemal",
    "इस्तेमाल",
    "यूज़",
    "ব্যবহার",
    "byabohar",
)
# every day or at work: use that says more than a beginner's level
_HABITUAL = (
    "daily",
    "every day",
    "everyday",
    "at work",
    "all the time",
    "täglich",
    "jeden tag",
    "bei der arbeit",
    "im job",
    "todos los días",
    "todos los dias",
    "a diario",
    "en el trabajo",
    "tous les jours",
    "au boulot",
    "au travail",
    "quotidien",
    "joka päivä",
    "päivittäin",
    "töissä",
    "hằng ngày",
    "hàng ngày",
    "ngày nào",
    "mỗi ngày",
    "chỗ làm",
    "công ty",
    "roz",
    "rozana",
    "office",
    "रोज़",
    "रोज",
    "प्रतिदिन",
    "ऑफिस",
    "প্রতিদিন",
    "রোজ",
    "অফিসে",
)


def _joined(text: str) -> str:
    words = [t.replace("\u2019", "'") for t in tokens(text)]
    return f" {' '.join(words)} "


def uses_it(text: str) -> bool:
    """Whether a message says the learner uses "it" (a pronoun and a verb of using, in any served
    language; French elisions split: "je l'utilise", "je m'en sers")."""
    joined = _joined(text)
    parts = [w for t in joined.split() for w in t.split("'") if w]
    spaced = f" {' '.join(parts)} "
    if not set(parts) & (_PRONOUNS | {"l"}) and " m en " not in spaced:
        return False
    return any(f" {start}" in spaced for start in _USE_STARTS)


def habitually(text: str) -> bool:
    """Whether a message says something is done every day or at work ("daily", "jeden Tag", "a diario")."""
    joined = _joined(text)
    return any(f" {phrase} " in joined or f" {phrase}" in joined for phrase in _HABITUAL)
