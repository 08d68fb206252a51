"""The language the learner writes in, from common function words (English, German, Spanish, French): enough
to lean plans to courses in that language, not a general-purpose language detector."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pathfinder.assistant.markdown import LANGUAGE_NAMES
from pathfinder.domain import LearnerProfile

_WORDS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "i i'm want would like to the a an and my me with for is am be become please how what can should of "
          "in on it this that do make show pathway courses which",
    "de": "ich möchte will werden bin und mit für der die das ein eine einen ist mein meine meinen mir mich wie "
          "was bitte kurse kann können auf zu nicht plane erstelle zeig zeige welche lernen weg gerne",
    "es": "quiero quisiera soy ser con para el los las una es mi mis por qué cómo cursos favor hacer del y que "
          "me tengo puedo muéstrame dame hazme haz un camino aprender convertirme trabajar",
    "fr": "je j'aimerais voudrais veux suis être avec pour le les une est mon ma mes cours devenir et qui des "
          "du un moi montre-moi fais-moi fais parcours s'il plaît apprendre travailler",
}.items()}
_MARKS = {"de": re.compile(r"[äöüß]"), "es": re.compile(r"[ñ¿¡]"), "fr": re.compile(r"[çœêèàùî]")}
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` when it is clear: at least two function words (or special letters) of one
    language and two more than any other; else None (too short or mixed)."""
    low = text.lower().replace("’", "'")
    words = set(_WORD.findall(low))
    scores = {code: len(words & vocab) for code, vocab in _WORDS.items()}
    for code, marks in _MARKS.items():
        scores[code] += min(2, len(marks.findall(low)))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 2 and top >= second + 2 else None


def conversation_language(message: str, earlier: Iterable[str] = ()) -> str | None:
    """The language of `message`, else of the most recent earlier message (newest first) where it is clear."""
    for text in (message, *earlier):
        code = detect_language(text)
        if code:
            return code
    return None


def preference_note(code: str) -> str:
    """The one sentence telling the learner their plan leans to the conversation's language (both responders)."""
    name = LANGUAGE_NAMES.get(code, code)
    return (f"Courses in {name} are preferred since we're talking in {name}; "
            "set a language on your profile to change this.")


def leaning_to(profile: LearnerProfile, code: str | None) -> LearnerProfile:
    """A copy of `profile` preferring courses in `code` (never saved), when `code` is not English and the
    profile names no language itself (neither a preference nor a language constraint); else `profile`."""
    if not code or code == "en" or profile.preferences.language or profile.constraints.languages:
        return profile
    return profile.model_copy(update={"preferences": profile.preferences.model_copy(update={"language": code})})
