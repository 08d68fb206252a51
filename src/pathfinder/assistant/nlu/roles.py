"""The job a role phrase names, in the eight languages: a current role is an occupation or a short label of
one, never where someone works (a place, an employer, a workplace: "at a bakery in Leeds", "dans une PME",
"ঢাকায় একটা গার্মেন্টস অফিসে"), what they study or a status (retired, a student): those are context."""

from __future__ import annotations

import regex

from pathfinder.assistant.nlu import vocab

_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}'’-]+")
# Finnish place cases (inessive, adessive, elative, ablative): "marketissa", "Tampereella" say where
_FI_PLACE = ("ssa", "ssä", "lla", "llä", "sta", "stä", "lta", "ltä")
# Bengali locative endings: "ঢাকায়", "অফিসে", "কোম্পানিতে", "চট্টগ্রামে" say where
_BN_PLACE = ("য়", "তে", "ে")
_POSSESSIVES = frozenset(
    "my our mein meine meinen unser unsere mi mis nuestro nuestra mon ma mes notre "
    "मेरा मेरी मेरे हमारा हमारे আমার আমাদের amar mera meri".split()
)
# the verb "I teach" in the verb-final languages, as the teacher it makes someone
_TEACHES = {"पढ़ाती": "शिक्षिका", "पढ़ाता": "शिक्षक", "पढ़ाते": "शिक्षक", "পড়াই": "শিক্ষক", "পড়ান": "শিক্ষক"}
_ARTICLES = frozenset("a an the ein eine einer einem einen un una une el la los las le les l' một".split())


def is_status(phrase: str) -> bool:
    """Whether a role phrase says a status rather than a job: retired, a student, studying ("eläkkeellä",
    "đã nghỉ hưu", "ভাই কলেজে পড়ে", "second-year chemistry student")."""
    words = _WORDS.findall(phrase.casefold())
    # "আমার ছাত্র একজন ইলেকট্রিশিয়ান", "my student is a nurse": the one spoken of, whose job follows
    words = [w for i, w in enumerate(words) if not (i and words[i - 1] in _POSSESSIVES)]
    low = f" {' '.join(words)} "
    return any(f" {w} " in low for w in vocab.STATUS_WORDS) or bool(set(words) & vocab.DEGREE_WORDS)


def names_school_leaving(phrase: str) -> bool:
    """Whether a role phrase names a school-leaving qualification or a first degree ("Abitur", "bac pro
    commerce", "ylioppilas", "12th pass"): background, after which another cue may still name the job."""
    low = f" {' '.join(_WORDS.findall(phrase.casefold()))} "
    return any(f" {w} " in low for w in vocab.SCHOOL_LEAVING)


def job_held(phrase: str, lang: str | None) -> str:
    """The words of a role phrase that name the job: after "as" when it is said ("dans une PME comme
    assistante administrative" -> "assistante administrative"), before where it is done ("IT support engineer
    in Pune", "kỹ sư phần mềm tại một công ty ở Đà Nẵng"), without places in the languages that mark them on
    the word (Finnish cases, Bengali endings, Hindi "में"); "" for a status (`is_status`)."""
    words = _WORDS.findall(phrase)
    low = [w.casefold() for w in words]
    at = next((i for i, w in enumerate(low) if w in vocab.AS_WORDS and i + 1 < len(words)), None)
    if at is not None:
        words, low = words[at + 1 :], low[at + 1 :]
    # "a bachelor of arts graduate working as a cashier": the status before "as" leaves the job after it
    if is_status(" ".join(words) if at is not None else phrase):
        return ""
    preps = vocab.PLACE_PREPOSITIONS.get(lang or "en", ())
    cut = next((i for i in range(1, len(low)) if low[i] in preps and _names_where(words, i, lang)), None)
    if cut is not None:
        words = words[:cut]
    if lang == "hi":  # "लखनऊ में एक बैंक में क्लर्क": the job after the last place; "X के रूप में": X
        low = [w.casefold() for w in words]
        if "रूप" in low:
            words = words[: max(0, low.index("रूप") - 1)]
        last = max((i for i, w in enumerate(low) if w in vocab.PLACE_POSTPOSITIONS), default=-1)
        words = words[last + 1 :] if last + 1 < len(words) else words[:last]
    if lang == "bn":  # "X হিসেবে": X; "ঢাকায় একটা গার্মেন্টস অফিসে": where, no job
        if "হিসেবে" in words:
            words = words[: words.index("হিসেবে")]
        last = max((i for i, w in enumerate(words) if w.endswith(_BN_PLACE) and len(w) > 2), default=-1)
        words = words[last + 1 :]
    if lang == "fi":
        words = [w for w in words if not (w.casefold().endswith(_FI_PLACE) and len(w) > 5)]
    teaches = [_TEACHES[w] for w in words if w in _TEACHES]
    if teaches:  # "मैं हिंदी पढ़ाती हूँ" (I teach Hindi): a teacher, not "पढ़ाती"
        words = teaches[:1]
    return " ".join(words)


def _names_where(words: list[str], i: int, lang: str | None) -> bool:
    """Whether the preposition at `i` opens where someone works: in German and Vietnamese always ("bei einer
    Spedition", "ở Bình Dương"); elsewhere when an article or a capitalised name follows ("at a bakery", "in
    Leeds", "dans une PME", "en un hotel de Málaga"; not "técnico en redes")."""
    if i + 1 >= len(words):
        return False
    if lang in ("de", "vi"):
        return True
    after = words[i + 1]
    # an elided article counts as one ("à l'hôpital", "dans l'usine": session 20)
    elided = after.casefold().startswith(("l'", "l’")) and len(after) > 2
    return after.casefold() in _ARTICLES or after[:1].isupper() or elided
