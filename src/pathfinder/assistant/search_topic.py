"""The subject a message asks about, as searched and shown: the topic's words (read without the words that
describe the learner a course is for: `nlu.audience`, in `nlu.understand`) without the job the learner holds
and, in English, without words the catalogue never uses that stand apart from its subject ("what have you got
about cybersecurity, honestly" searches "cybersecurity"); pure."""

from __future__ import annotations

from collections.abc import Callable

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.function_words import is_function_word
from pathfinder.assistant.nlu.slots import tokens


def subject(p: Parsed, known: Callable[[str], bool], skills: Callable[[str], list[str]]) -> str:
    """`p.topic` narrowed to its subject; each narrowing only when some word is left (a topic that is all role
    words, "prof teacher", or all unknown words, "sewing", stays as it was). `known(word)`: whether the
    catalogue uses the word (`Lexicon.is_catalogue_topic`); `skills(text)`: the skills a text names
    (`Lexicon.skill_mentions`): only a topic naming one sheds the words apart from it ("help my grandad get
    online" names none, and "grandad" is what its search is about)."""
    words = p.topic.split()
    if not words:
        return p.topic
    held = {w for role in (p.current_role, p.clause_role, p.role_english) if role for w in tokens(role)}
    words = _unless_empty(words, [w for w in words if w.casefold() not in held])
    words = _unless_empty(words, _without_background(words))
    words = _unless_empty(words, _without_occasion(words))
    if p.lang in (None, "en") and skills(" ".join(words)):
        words = _unless_empty(words, _standing_with_the_subject(words, p.text, known))
    return " ".join(words)


def _standing_with_the_subject(words: list[str], message: str, known: Callable[[str], bool]) -> list[str]:
    """The words the catalogue uses, and those it does not that stand next to one of them in the message
    ("game development", "smart contracts"): a word standing apart from every subject word ("honestly",
    "years", "garments") is filler."""
    kept = {w.casefold() for w in words if known(w)}
    toks = [t for t in tokens(message) if t not in _AND_OR]  # "react or vue": both stand with the subject
    beside: set[str] = set()
    for i, tok in enumerate(toks):
        if tok in kept:
            beside.update(toks[max(0, i - 1) : i + 2])
    return [w for w in words if w.casefold() in kept or w.casefold() in beside]


def _without_background(words: list[str]) -> list[str]:
    """The topic without the word "experience" in any served language ("cyber security, I have 0
    experience": "cyber security", never "cyber security experience"; session 26, lead trial 22's 20): the
    learner's experience is their background, never what they ask to learn; a field named with it ("user
    experience", "experiencia de usuario") keeps it."""
    out: list[str] = []
    for i, w in enumerate(words):
        low = w.casefold()
        near = {x.casefold() for x in words[max(0, i - 2) : i + 3]}
        if low in vocab.EXPERIENCE_WORDS and not near & _EXPERIENCE_FIELDS:
            continue
        if low == "nghiệm" and out and words[i - 1].casefold() == "kinh":
            continue  # "kinh nghiệm": its second word
        out.append(w)
    return out


def _without_occasion(words: list[str]) -> list[str]:
    """The topic without how soon it is wanted and what it is wanted for ("SQL fast, job interview in 3
    weeks": "sql", never "sql fast job interview"; session 28, lead trial 23's 16): words of speed
    (`vocab.SPEED_WORDS`) and of a job sought (`vocab.JOB_SOUGHT`: an interview, an application), with "job"
    before them."""
    low = [w.casefold() for w in words]
    out: list[str] = []
    for i, w in enumerate(low):
        if w in vocab.SPEED_WORDS or w in vocab.JOB_SOUGHT:
            continue
        if w in ("job", "jobs", "work") and i + 1 < len(low) and low[i + 1] in vocab.JOB_SOUGHT:
            continue
        out.append(words[i])
    return out


# the words that make "experience" a field: user experience, customer experience
_EXPERIENCE_FIELDS = frozenset(
    "user users ux customer usuario usuarios cliente utilisateur utilisateurs nutzer käyttäjä "
    "käyttäjäkokemus dùng".split()
)
_AND_OR = frozenset("and or und oder y o et ou ja tai và hoặc और या আর বা".split())


def _unless_empty(before: list[str], after: list[str]) -> list[str]:
    return after or before


def as_written(query: str, lang: str | None) -> str:
    """The topic as shown to the learner: without the English names the search adds after their own words
    (`understand._with_english`: "datos data" -> "datos", "netzwerken network" -> "netzwerken"; session 20,
    trial 15's t15-06); the search itself keeps them. In English, or with nothing added, as it is."""
    if lang in (None, "en"):
        return query
    out = query
    for word, name in glossary.segments(query, lang):
        if name is None or name.casefold() == word.casefold():
            continue
        low = out.casefold()
        at = low.find(word.casefold())
        added = low.find(f" {name.casefold()}", at + len(word)) if at >= 0 else -1
        end = added + 1 + len(name)
        if added >= 0 and (end == len(out) or out[end] == " "):
            out = out[:added] + out[end:]
    return out.strip() or query


def beyond_goal(wish: str, goal: str, known: Callable[[str], bool]) -> list[str]:
    """The words of a wish (in English) that name a subject beyond the goal linked from it ("python" of
    "python data analysis" with the goal data analyst, session 26): only when the wish names the whole goal
    (each word of its label shares a stem, the first five letters, with one of the wish: "analysis" is the
    analyst's), the wish's other words that the catalogue uses (`known`); none when the goal was linked
    from other words ("machine learning engineer": ICT intelligent systems designer)."""
    goal_stems = {w[:5] for w in tokens(goal.casefold()) if not is_function_word(w)}
    words = [w for w in tokens(wish.casefold()) if len(w) > 2 and not is_function_word(w)]
    if not goal_stems or not goal_stems <= {w[:5] for w in words}:
        return []
    return [w for w in words if w[:5] not in goal_stems and known(w)]
