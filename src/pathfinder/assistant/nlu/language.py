"""Which of the served languages a message is written in: lingua's models (shipped in its wheel) restricted to
the eight languages we serve and a few neighbours, a script check, and the conversation's earlier language for
short or unclear messages."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from pathfinder.assistant.nlu.vocab import GREETINGS, PARTICIPATION, ROMANISED_CUES, SHORT_CUES, VI_CUES

SERVED = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn")
# neighbours are detected so that they are not forced onto a served language; Marathi shares Hindi's script
_NEIGHBOURS = ("it", "pt", "nl", "pl", "sv", "et", "mr")
_FOLD = {"mr": "hi"}
_BENGALI = re.compile(r"[\u0980-\u09FF]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_VIETNAMESE = re.compile(
    r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE
)  # not âêô (French)
_WORD = re.compile(r"\w+", re.UNICODE)
CONFIDENCE_FLOOR = 0.5
NAMES_ONLY_SURE = 0.7  # a message of names only (`_names_only`) keeps lingua's guess only when this sure
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in (*SERVED, *_NEIGHBOURS)]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def warm() -> None:
    """Load the language models now (about 2 s) instead of on the first message."""
    with _lock:
        _detector()


def scores(text: str) -> list[tuple[str, float]]:
    """(ISO 639-1 code, confidence) for the candidate languages, best first."""
    with _lock:
        values = _detector().compute_language_confidence_values(text)
    return [(v.language.iso_code_639_1.name.lower(), v.value) for v in values]


def identify(text: str, earlier: str | None = None) -> str | None:
    """The language of `text` (a served one, or a neighbour such as 'it' when it is clearly that), else
    `earlier` (the conversation's language so far) when the text is short or unclear, else None.

    Scripts decide first (Bengali, Devanagari, Vietnamese letters); lingua decides the Latin-script languages
    with a confidence floor; a message of one to three words that the floor rejects keeps `earlier`."""
    if _BENGALI.search(text):
        return "bn"
    if _DEVANAGARI.search(text):
        return "hi"
    if _VIETNAMESE.search(text):
        return "vi"
    words = _WORD.findall(text)
    if not any(w for w in words if not w.isdigit()):
        return earlier
    if len(words) <= 2 and words[0].lower() in GREETINGS:
        return GREETINGS[words[0].lower()]
    if _unaccented_vietnamese(words):
        return "vi"
    if romanised(text):
        # Hinglish/Banglish: lingua reads it as German, French or Finnish; the reply stays in the
        # conversation's Hindi or Bengali, else English (the learner writes Latin script)
        return earlier if earlier in ("hi", "bn") else "en"
    ranked = scores(text)
    if not ranked:
        return earlier
    code, value = ranked[0]
    code = _FOLD.get(code, code)
    if code == "en":
        beneath = _beneath_english_terms(words, text)
        if beneath is not None:
            return beneath
    if code == "en" and value < NAMES_ONLY_SURE and (other := _runner_up_by_function_words(words, ranked)):
        return other
    if code not in SERVED and value < CONFIDENCE_FLOOR and not earlier:
        # "mein Ziel: Junior Data Scientist": lingua unsure, a neighbour first (Portuguese 0.17), the sentence
        # around the English terms is German (session 26)
        beneath = _beneath_english_terms(words, text)
        if beneath is not None:
            return beneath
    if value < NAMES_ONLY_SURE and _names_only(text, words):
        if not earlier and (beneath := _beneath_english_terms(words, text)) is not None:
            return beneath  # "kerro GPU Computing -kurssista": Finnish around an English title (session 28)
        return earlier or "en"  # "html css javascript": technology names say nothing of a language
    short = len(words) <= 3
    if len(words) == 1 and value < 0.9:
        return earlier  # one word says little about its language ("plan", "hallo", "ok")
    if value < CONFIDENCE_FLOOR or (short and earlier and value < 0.9):
        if earlier:
            # "was ist ein ECTS-Punkt?" after English turns: lingua's first guess and two everyday words of
            # the same other language switch the conversation (trial 15); anything less keeps it
            switched = _cued(words, at_least=2)
            return switched if switched not in (None, earlier) and switched == code else earlier
        cued = _cued(words) or _glossed(text)
        if cued:
            return cued
        beneath = _beneath_english_terms(words, text)
        if beneath is not None:
            return beneath  # "kerro GPU Computing -kurssista": Finnish around an English title (session 28)
        served = next(((c, v) for c, v in ranked if c in SERVED), None)
        english = dict(ranked).get("en", 0.0)
        if served and english >= 0.75 * served[1]:
            return "en"  # unclear and nearly as English ("sql courses"): the default reply language
        return served[0] if served and len(words) >= 2 else None
    if code not in SERVED and value < 0.8:
        served = next((c for c, v in ranked if c in SERVED), None)
        return earlier or served
    if value < NAMES_ONLY_SURE:
        # lingua unsure and another language's everyday words there ("courses on data visualisation" read
        # as French by "courses" and "visualisation"; English by "courses" and "on")
        cued = _cued(words, at_least=2)
        if cued is not None and cued != code:
            return cued
    return code


_FEW, _AHEAD = 3, 1.5
# a served language this close behind a neighbour is read instead (`_beneath_english_terms`)
_NEIGHBOUR_CLOSE = 0.75
_CLEAR_OF_ENGLISH = 4.0  # ... and read at once when this far ahead of English


def _beneath_english_terms(words: list[str], text: str = "") -> str | None:
    """The served language other than English that a message read as English is written in once the
    English domain words it names are left out ("des cours sur le machine learning ?", "montre moi des
    formations en data engineering": lingua reads the terms, not the sentence): at least two words of the
    sentence remain, among them a function word of that language, and lingua is sure of them
    (`CONFIDENCE_FLOOR`, or three words and well ahead of English); else None. Course titles and topics are
    English in every language's chat, so they say nothing of the learner's language (as `_names_only` says
    of a list of names); an English little word inside a title ("Certificate in Professional Software
    Engineering") goes with it."""
    from pathfinder.assistant.nlu.glossary import english_words

    terms = english_words() | set(PARTICIPATION)  # "online" too: a format said in every language's chat
    folded = [w.casefold() for w in words]
    termed = [w in terms for w in folded]
    titled = _in_english_title(words, termed, text)
    termed = [t or c for t, c in zip(termed, titled, strict=True)]
    inside = [
        0 < i < len(folded) - 1 and termed[i - 1] and termed[i + 1] and w in _TITLE_LINKS
        for i, w in enumerate(folded)
    ]
    rest = [w for w, t, j in zip(words, termed, inside, strict=True) if not (w.isdigit() or t or j)]
    if len(rest) < 2 or len(rest) == sum(not w.isdigit() for w in words):
        return None
    ranked = scores(" ".join(rest))
    if not ranked:
        return None
    code, value = ranked[0]
    code = _FOLD.get(code, code)
    english = dict(ranked).get("en", 0.0)
    if code not in SERVED and code != "en":
        # "busco un curso de": Portuguese by a hair, Spanish right behind; a neighbour this close to a served
        # language is no reason to keep the English of the terms (session 26)
        served = next(((c, v) for c, v in ranked if c in SERVED), None)
        if served and served[0] != "en" and served[1] >= _NEIGHBOUR_CLOSE * value:
            code, value = served
            if len(rest) >= _FEW and value >= _CLEAR_OF_ENGLISH * english:
                return code  # nothing English left around the terms ("un", "de" are English stopwords too)
    if code == "en" or code not in SERVED:
        return None
    # a function word of that language that English has not ("in" is both German and English), and more of
    # them than of English's own ("beginner cybersecurity, online, in German, under 100 EUR" is English)
    own = sum(_function_word(w, code) and not _function_word(w, "en") for w in rest)
    english_own = sum(_function_word(w, "en") and not _function_word(w, code) for w in rest)
    if english_own == 0 and (value >= _SURE_REST or (any(titled) and value >= _AHEAD * english)):
        # "kerro GPU Computing -kurssista": Finnish has few function words; "compara <title> y <title>": "y"
        # is an English stopword too. A rest lingua is sure of, or ranks well ahead of English beside a title,
        # with no English little word, is that language's (session 28)
        return code
    if own == 0 or own <= english_own:
        return None
    # lingua is seldom sure of a few function words ("il y a des cours de"): well ahead of English will do
    sure = value >= CONFIDENCE_FLOOR or (len(rest) >= _FEW and value >= _AHEAD * english)
    return code if sure else None


_SURE_REST = 0.7  # lingua this sure of the words around the terms, with no English function word among them


def _in_english_title(words: list[str], termed: list[bool], text: str) -> list[bool]:
    """Which words stand in a course title written in English inside another language's sentence: a run of
    two or more capitalised words joined by spaces or hyphens only (no punctuation: "mein Ziel: Junior Data
    Scientist" keeps "Ziel" out), not at the message's start, one of them an English domain term ("compara
    Data Warehouse Design y Building Reliable Data Pipelines", "kerro GPU Computing -kurssista"). A title's
    other words ("Building", "Reliable", "Fundamentals") are English too, and name the course, not the
    learner's language."""
    titled: set[str] = set()
    terms = {w.casefold() for w, t in zip(words, termed, strict=True) if t}
    for run in _CAPITALISED_RUN.finditer(text):
        found = _WORD.findall(run.group(0))
        if run.start() > 0 and len(found) >= 2 and any(w.casefold() in terms for w in found):
            titled.update(found)
    return [w in titled for w in words]


# capitalised words (or acronyms) joined by spaces or hyphens only
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:[ ]+-?[A-Z][\w-]*)+")


def _runner_up_by_function_words(words: list[str], ranked: list[tuple[str, float]]) -> str | None:
    """The served language lingua ranks right after an unsure English when the message's little words are
    that language's alone ("formation cybersecurite pour pme": English 0.54, French 0.26, and "pour"; French
    typed without accents, session 21): a function word of it that is no English one, none of another
    served language's own, and no English-only function word ("courses for beginners" stays English)."""
    served = [c for c, _ in ranked[1:] if _FOLD.get(c, c) in SERVED and c != "en"]
    if not served:
        return None
    runner_up = _FOLD.get(served[0], served[0])
    others = [c for c in ("de", "es", "fr", "fi") if c != runner_up]
    lowered = [w for w in words if not w.isdigit()]
    own = [w for w in lowered if _function_word(w, runner_up) and not _function_word(w, "en")]
    rival = [w for w in lowered if any(_function_word(w, c) and not _function_word(w, "en") for c in others)]
    english = [w for w in lowered if _function_word(w, "en") and not _function_word(w, runner_up)]
    alone = not (set(rival) - set(own)) and bool(set(own) - set(rival))
    return runner_up if own and alone and not english else None


_TITLE_LINKS = frozenset("in and for of with the to on &".split())


def _function_word(word: str, code: str) -> bool:
    import stopwordsiso

    return word.casefold() in _stopwords(code) if code in stopwordsiso.langs() else False


@lru_cache(maxsize=8)
def _stopwords(code: str) -> frozenset[str]:
    """stopwords-iso's list of one language, casefolded (data only: a set per language from its wheel)."""
    import stopwordsiso

    return frozenset(w.casefold() for w in stopwordsiso.stopwords(code))


def _cued(words: list[str], at_least: int = 1) -> str | None:
    """The language whose everyday words (`SHORT_CUES`) the message uses most, at least `at_least` of them,
    when no other uses as many ("i kno some pyhton and a littel bit": lingua is unsure of typed-in-a-hurry
    English)."""
    lowered = {w.casefold().replace("’", "'") for w in words}
    hits = sorted(((len(lowered & cues), code) for code, cues in SHORT_CUES.items()), reverse=True)
    best, runner_up = hits[0], hits[1]
    return best[1] if best[0] > runner_up[0] and best[0] >= at_least else None


# one Vietnamese syllable as typed without diacritics: initial consonant, vowels, final consonant ("nghieng",
# "khoa", "an", "minh"); most words of a Vietnamese sentence have this shape, few of a German or Finnish one
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _glossed(text: str) -> str | None:
    """The one served language other than English whose domain terms (our glossary, written in that
    language, not as their English selves) the message uses, when no other language's are there: "reseaux
    routage switching", "donnees python sql" (French typed without accents, which lingua cannot place)."""
    from pathfinder.assistant.nlu import glossary

    counts = {
        code: sum(
            e is not None and glossary.fold(w) != glossary.fold(e) for w, e in glossary.segments(text, code)
        )
        for code in SERVED
        if code != "en"
    }
    best = max(counts.values())
    found = [code for code, n in counts.items() if n == best]
    return found[0] if best and len(found) == 1 else None


def _unaccented_vietnamese(words: list[str]) -> bool:
    """Vietnamese typed without diacritics ("minh muon hoc data analyst, moi tuan 4 tieng"), which lingua
    takes for French or Finnish: at least two distinct everyday Vietnamese words, making up 40 % of the
    words, or (a long message with English terms and teen-code, "ad oi e mun hoc an ninh mang ma ko bik")
    words shaped like Vietnamese syllables (`_VI_SYLLABLE`) making up 80 % of them."""
    lowered = [w.casefold() for w in words if not w.isdigit()]
    hits = [w for w in lowered if w in VI_CUES]
    if len(set(hits)) < 2:
        return False
    if len(hits) >= 0.4 * len(lowered):
        return True
    from pathfinder.assistant.nlu.glossary import english_words

    # English terms inside ("khoa data engineering co hoc online") are no sign of any language
    own = [w for w in lowered if w not in english_words() and w not in PARTICIPATION]
    shaped = sum(bool(_VI_SYLLABLE.fullmatch(w)) for w in own)
    return len(own) >= 6 and shaped >= 0.8 * len(own)


def romanised(text: str) -> str | None:
    """'hi' or 'bn' for Hindi or Bengali typed in Latin script ("budget sirf 20 hazaar hai", "protidin 2
    ghonta porte pari"): at least two distinct everyday words of one of them (`ROMANISED_CUES`, in any of
    their spellings: `_cue`), more than of the other, making up a third of the words; else None."""
    lowered = [w.casefold() for w in _WORD.findall(text) if not w.isdigit()]
    if not lowered or not all(w.isascii() for w in lowered):
        return None
    cues = {code: [w for w in lowered if _cue(w, code)] for code in ROMANISED_CUES}
    best = max(ROMANISED_CUES, key=lambda code: len(set(cues[code])))
    other = next(code for code in ROMANISED_CUES if code != best)
    hits = cues[best]
    distinct, rival = len(set(hits)), len(set(cues[other]))
    # English course titles and domain terms inside ("Network Security Essentials ka price kya hai") are no
    # sign of any language: a third of the other words will do (session 20, goals20)
    from pathfinder.assistant.nlu.glossary import english_words

    terms = english_words() | set(PARTICIPATION) | _TITLE_LINKS
    own = [w for w in lowered if w not in terms or w in hits]
    return best if distinct >= 2 and distinct > rival and len(hits) >= len(own) / 3 else None


def _cue(word: str, code: str) -> bool:
    """An everyday word of Hindi or Bengali in Latin script: a cue as listed, or another spelling of one
    ("mujhey", "chaiye": the same fold, `nlu.romanised.fold`) that is no function word of a European
    language we serve ("habe" folds as "hobe")."""
    if word in ROMANISED_CUES[code]:
        return True
    return len(word) >= _FOLDED_MIN and word not in _european_function_words() and _folded(word, code)


_FOLDED_MIN = 4  # shorter spellings fold onto English words ("ho", "kar")


def _folded(word: str, code: str) -> bool:
    from pathfinder.assistant.nlu.romanised import fold

    return fold(word) in _folded_cues(code)


@lru_cache(maxsize=2)
def _folded_cues(code: str) -> frozenset[str]:
    from pathfinder.assistant.nlu.romanised import fold

    return frozenset(fold(w) for w in ROMANISED_CUES[code] if len(w) >= _FOLDED_MIN)


@lru_cache(maxsize=1)
def _european_function_words() -> frozenset[str]:
    return frozenset().union(*(_stopwords(code) for code in ("en", "de", "es", "fr", "fi")))


def _names_only(text: str, words: list[str]) -> bool:
    """A short message (two to five words) with no function word or everyday word (`SHORT_CUES`) of any
    served language and no domain term of a language other than English: a list of names such as "html css
    javascript" or "linux docker kubernetes", on which lingua guesses (Finnish, German). "tietoturva linux"
    (a Finnish term) or "redes cisco" (Spanish) are not names only."""
    from pathfinder.assistant.nlu import glossary
    from pathfinder.assistant.nlu.function_words import is_iso_function_word
    from pathfinder.assistant.nlu.vocab import STOPWORDS

    lowered = [w.casefold() for w in words]
    if not 1 < len(lowered) <= 5 or any(w in STOPWORDS or is_iso_function_word(w) for w in lowered):
        return False
    if any(w in cues for cues in SHORT_CUES.values() for w in lowered):  # "sql kurssi": a Finnish word
        return False
    english = sum(e is not None for _, e in glossary.segments(text, "en"))
    # a term written as its English self ("linux", a Finnish row for "Linuxin") is no sign of that language
    return all(
        sum(e is not None and glossary.fold(w) != glossary.fold(e) for w, e in glossary.segments(text, code))
        <= english
        for code in SERVED
        if code != "en"
    )
