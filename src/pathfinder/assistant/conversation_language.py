"""The language the learner writes in, from common function words (English, German, Spanish, French): enough
to limit plans to courses in that language when the profile names none, not a general-purpose detector."""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from pathfinder.assistant.markdown import cite
from pathfinder.assistant.nlu import vocab
from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.planner.gaps import COMMON_LANGUAGE, study_languages, with_conversation_language

_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "i i'm want would like to the a an and my me with for is am be become please "
        "how what can should of in on it this that do make show pathway courses which",
        "de": "ich möchte will werden bin und mit für der die das ein eine einen "
        "ist mein meine meinen mir mich wie was bitte kurse kann können "
        "auf zu nicht plane erstelle zeig zeige welche lernen weg gerne",
        "es": "quiero quisiera soy ser con para el los las una es mi mis por qué cómo cursos favor hacer "
        "del y que me tengo puedo muéstrame dame hazme haz un camino aprender convertirme trabajar",
        "fr": "je j'aimerais voudrais veux suis être avec pour le les une est mon ma mes cours devenir "
        "et qui des du un moi montre-moi fais-moi fais parcours s'il plaît apprendre travailler",
    }.items()
}
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


def preference_note(code: str, *, english: bool = False) -> str:
    """The one sentence telling the learner their plan keeps to the conversation's language (both responders);
    with `english`, to it or English (they named no language: `leaning_to`)."""
    from pathfinder.assistant.i18n import language_label, t

    return t("pref_note_en" if english else "pref_note", name=language_label(code))


def leaning_to(profile: LearnerProfile, code: str | None) -> LearnerProfile:
    """The profile the planner sees (never saved). With no language constraint (an explicit choice, kept as it
    is): a learner whose profile names languages studies in those, a preferred language and the
    conversation's language `code` (they write in it); one who named none studies in the language they
    write in or in English, leaning to the written one (`gaps.with_conversation_language`, the one rule,
    session 17). Either is a hard limit: another language then comes only as a relaxation the learner
    accepts (the planner offers it). Else, or when that adds nothing, `profile` itself."""
    if not code or profile.constraints.languages:
        return profile
    said = tuple(x for x in (*profile.languages, profile.preferences.language) if x)
    if profile.languages:
        leaning = profile.model_copy(update={"languages": tuple(dict.fromkeys((*said, code.lower())))})
    else:
        leaning = with_conversation_language(profile, code)
        if said:
            languages = tuple(dict.fromkeys((*said, *leaning.languages)))
            leaning = leaning.model_copy(update={"languages": languages})
    if set(study_languages(leaning)) == set(study_languages(profile)):
        return profile
    return leaning


def english_added(profile: LearnerProfile, leaning: LearnerProfile, code: str | None) -> bool:
    """Whether `leaning_to` added English, the common language, beside the conversation's language `code`
    to the languages `profile` names (the note then says so; not when English is the one written in)."""
    return (
        bool(code)
        and code != COMMON_LANGUAGE
        and COMMON_LANGUAGE in study_languages(leaning)
        and COMMON_LANGUAGE not in study_languages(profile)
    )


def listing_languages(profile: LearnerProfile, code: str | None) -> tuple[str, ...]:
    """The languages a list of courses keeps to (searches and their follow-ups: "free?", "cheaper?"): the
    explicit constraint when set; else the learner's languages as `leaning_to` reads them (profile,
    preferred, the conversation's `code`) and English, the catalogue's common language (the planner's first
    relaxation). A third language is shown only when nothing in these fits (`offline/search._run_search`)."""
    if profile.constraints.languages:
        return study_languages(profile)
    return tuple(dict.fromkeys((*study_languages(leaning_to(profile, code)), "en")))


def learner_language(profile: LearnerProfile, code: str | None) -> str | None:
    """The language the learner studies in, as far as we know: their profile's preference, else the language
    of the conversation (English included); None when the profile limits languages (every step then
    complies)."""
    if profile.constraints.languages:
        return None
    return profile.preferences.language or code


def other_language_steps(
    pathway: Pathway,
    language: str | None,
    lookup: Callable[[str], Credential | None],
    *,
    also: tuple[str, ...] = (),
) -> list[Credential]:
    """The pathway's credentials taught neither in `language` nor in `also` (English, when the learner named
    no language: `english_added`); entries that name no language get the benefit of the doubt."""
    if not language:
        return []
    wanted = {language, *also}
    found = [lookup(s.id) for s in pathway.steps]
    return [
        c for c in found if c is not None and c.languages and not wanted & {x.lower() for x in c.languages}
    ]


def other_language_note(credentials: list[Credential], language: str) -> str:
    """One sentence naming (and citing) the steps taught in another language, and how to leave such steps
    out."""
    from pathfinder.assistant.i18n import language_label, t

    listed = "; ".join(
        f"{cite(c)}, " + t("in_lang", langs=", ".join(language_label(x) for x in c.languages))
        for c in credentials
    )
    return t("other_note", name=language_label(language), listed=listed)


# "English is fine too", "Englisch geht auch", "también en inglés", "aussi", "myös"/"englantikin", "cũng",
# "भी", "ইংরেজিও": a language ADDED to the ones the learner studies in, not a new only-this-language limit
_ALSO = re.compile(
    r"\b(?:too|also|as well|either|auch|ebenfalls|también|tambien|igual|aussi|également|egalement|myös|"
    r"cũng|được|ok|okay|fine|geht|vale|sirve|marche|va|käy|chalega|chalegi|chalenge|cholbe|hobe)\b|"
    r"চলবে|চলে যাবে|चलेगा|चलेगी|[^\W\d_]{3,}(?:kin|kaan)\b|भी|ও\b|ও\s|"
    # "¿Y en inglés? Leo bien inglés.", "and in English? I read it fine", "et en anglais ?", "entä
    # englanniksi?": a question that begins with "and", or reading it well, widens (lead trial 21's 03
    # replaced Spanish)
    r"^\W*(?:and|und|et) (?:in|en|auf) |^\W*y en (?!a\b)|^\W*entä \w+ksi\b|^\W*còn tiếng|"
    r"^\W*aur \w+ (?:mein|me)\b|"
    r"\b(?:leo|lee|read|reads|lese|liest|luen|lukee)\b",
    re.IGNORECASE,
)


# "only english ones please", "nur auf Deutsch", "solo en español", "seulement en français", "vain suomeksi",
# "chỉ tiếng Việt", "सिर्फ हिंदी", "শুধু বাংলা": the words of `vocab.ONLY_WORDS` (the one list, also read by the
# slots), and "just", which limits only here, in a message already about a study language ("just English
# please"); Devanagari and Bengali words match without word boundaries (their vowel signs are no word letters)
_ONLY_WORDS = sorted(vocab.ONLY_WORDS | {"just"}, key=lambda w: (-len(w), w))
_LATIN_ONLY = [re.escape(w) for w in _ONLY_WORDS if w[0] < "\u0900"]
_INDIC_ONLY = [re.escape(w) for w in _ONLY_WORDS if w[0] >= "\u0900"]
_ONLY = re.compile(r"\b(?:" + "|".join(_LATIN_ONLY) + r")\b|" + "|".join(_INDIC_ONLY), re.IGNORECASE)


def limits_language(text: str) -> bool:
    """True when a message limits the study languages to those it names ("only english ones please")."""
    return bool(_ONLY.search(text))


def adds_language(text: str) -> bool:
    """True when a message about a study language widens the learner's languages ("English is fine too")
    rather than limiting them to it ("only in English") or preferring one ("Englisch geht so, lieber
    Deutsch": session 27)."""
    return bool(_ALSO.search(text)) and not _ONLY.search(text) and not prefers_language(text)


def prefers_language(text: str) -> bool:
    """True when a message says a language is preferred ("rather in German", "lieber Deutsch", "plutôt en
    français"): that one, never added beside the others (session 27)."""
    return bool(set(re.findall(r"\w+", text.casefold())) & vocab.PREFERRING)


def widened(profile: LearnerProfile, code: str | None, added: Iterable[str]) -> tuple[str, ...]:
    """The languages the learner studies in (as `leaning_to` reads them) with `added` appended."""
    base = study_languages(leaning_to(profile, code))
    return tuple(dict.fromkeys((*base, *(a.lower() for a in added))))


_IMPLIED: contextvars.ContextVar[bool] = contextvars.ContextVar("languages_implied", default=False)


@contextmanager
def languages_implied(flag: bool) -> Iterator[None]:
    """While answering: whether the learner's study languages are only implied (the conversation's language,
    nothing stated on the profile), so a plan may be shown with another language as an unsaved proposal."""
    token = _IMPLIED.set(flag)
    try:
        yield
    finally:
        _IMPLIED.reset(token)


def implied() -> bool:
    return _IMPLIED.get()
