"""Which ONE course first, and why: "which should I do first?", "welchen zuerst?", "¿cuál hago primero?",
"lequel en premier ?", "mikä ois eka kurssi?", "nên học khóa nào trước?", "pehle kaunsa karun?", "কোনটা আগে
করব?" (session 21, issue #12; lead trial 16's 09, 17 and 20: the question was answered with the first entry
"because it comes first in the order", or not at all after a held skill said beside it).

One rule over whatever is in focus - a plan's steps, a card's course with the prerequisites it needs, a list's
entries with theirs, or the goal's first courses - and the learner's profile (`pick_first`):

1. what the learner holds is left out: a course they hold, and a course whose every counted skill they hold
   ("I already know Linux well": the Linux administration course is no first course; it is named as left out);
   a prerequisite left out that way counts as met;
2. a course they can begin now comes before one that needs a course they do not hold, then one of those
   shown before a prerequisite of theirs not shown (session 26), and one within their budget (when they set
   one) before one over it;
3. a course within their level (EQF at most `level_cap`: their starting level's reach, or the EQF limit they
   or their adviser set, "secondary school only" -> EQF <= 4) comes before one above it, and one at most
   ENTRY_ABOVE_START above their start (an entry course's reach, `planner.entry`) before the rest;
4. a plan keeps its order (the planner put prerequisites first): its first step left after 1;
5. otherwise: the more of the goal's wanted skills the learner lacks it teaches; free (or the shortest) first
   when that was asked; the more courses in focus that need it first (a prerequisite of the next one);
   then the order shown (relevance).

The why is what decided it, as facts of the course: the goal skills it teaches that they lack, that it needs
nothing they do not hold, its level against theirs, the courses shown that need it first, that it is free or
the shortest, its place in the plan, and what was left out as held. Pure functions over domain types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from pathfinder.assistant import markdown as md
from pathfinder.assistant.course_questions import asked_attributes
from pathfinder.assistant.nlu.vocab import fold_vietnamese
from pathfinder.assistant.picks import prerequisite_pool
from pathfinder.assistant.policy import asks_easiest, asks_start, asks_which, says_first
from pathfinder.domain import Credential
from pathfinder.planner.entry import ENTRY_ABOVE_START

# "first" in the words learners use beside a which-word: the ordinal or adverb of every language, spoken
# Finnish ("eka", "ekana"), Vietnamese "trước" / "đầu tiên" (not "trước khi": before doing something), Hindi
# and Bengali "pehla" / "প্রথম" / "আগে"
_FIRST_WORDS = re.compile(
    r"\b(?:first|firstly|begin|start|zuerst|erst|erste[nrs]?|anfangen|beginnen|primer[oa]?|empiezo|empie[zc]\w*|empez\w*|comien[zc]\w*|comenz\w*|"
    r"premi[eè]re?|d'abord|commencer|commence|ensin|ensiksi|ensimm[aä]i\w*|eka|ekana|ekaks|ekaksi|aloit\w*|"
    r"pehl[ae]|pahl[ae]|pehli|shuru\w*|prothom\w*|aage)\b|"
    r"trước(?!\s+(?:khi|đó|do))|đầu tiên|bắt đầu|पहल[ाेी]|शुरू|প্রথম|আগে|শুরু",
    re.IGNORECASE,
)
# "the first course" said as a noun phrase with no which-word: "mikä ois eka kurssi?", "¿cuál sería el primer
# curso?", "c'est quoi la première formation ?", "der erste Kurs?", "khóa đầu tiên", "pehla course kaunsa"
_FIRST_COURSE = re.compile(
    r"\b(?:eka|ensimm[aä]inen) (?:kurssi|askel)|\bprimer curso\b|\bpremi[eè]re? (?:formation|cours)\b|"
    r"\berste[nr]? kurs\b|khóa (?:học )?đầu tiên|\bpehl[ae] course\b|পহেলা কোর্স|প্রথম কোর্স|पहला कोर्स|"
    r"\b(?:the |my |their |his |her )?(?:very )?first course\b",
    re.IGNORECASE,
)
# which-words beyond `policy.asks_which`: "what course", "qué curso", "quel cours", "welchen Kurs", Bengali
# "কোন" before its noun, Hinglish "kaunsa" / "konsa", Vietnamese "nào" typed without diacritics
_WHICH_MORE = re.compile(
    r"\b(?:what|qué|que|quel(?:le)?s?|was für)\s+(?:\w+\s+)?(?:course|curso|cours|formation|kurs)\b|"
    r"\b(?:kaunsa|kaun sa|konsa|kon sa|konta|kon ta|nao)\b|(?<!\w)কোন(?!\w)|(?<!\w)কোনটা",
    re.IGNORECASE,
)
# a question of what to begin with that asks why ("what should they all begin with, and why?", "womit
# anfangen und warum?"): the same question, with the reason asked for
_WHY = re.compile(
    r"\b(?:why|warum|wieso|weshalb|por qu[eé]|pourquoi|miksi|kyun|kyon|keno)\b|tại sao|vì sao|क्यों|কেন",
    re.IGNORECASE,
)
# a what-word, for "the first course" asked ("what would be the very first course for me?")
_WHAT = re.compile(
    r"\b(?:what|which|was|welche\w*|qu[eé]|cu[aá]l|quel\w*|quoi|mik[aä]|mit[aä]|gì|kya|ki)\b|क्या|কী|কোন",
    re.IGNORECASE,
)
# what a course is about, or what follows it, is no question of where to begin ("what's the first course
# about?", "what comes after the first course?", "¿y después del primero?", "sen jälkeen?")
_ABOUT = re.compile(
    r"\b(?:about|like|cover|covers|teach|teaches)\W*$|\b(?:after|next|nach|danach|después|despues|après|"
    r"apres|ensuite|jälkeen|jalkeen|seuraava\w*|baad|pore)\b|sau khi|sau đó|बाद|পরে",
    re.IGNORECASE,
)
# what must be known before ("¿qué necesito saber antes del primer curso?") is a question of requirements
_NEED_KNOW = re.compile(
    r"\bneed(?:s)? to know\b|\bnecesit\w* saber\b|\bwissen\b|\bsavoir\b|\bosata\b|cần biết|\bjaanna\b|"
    r"জানতে হবে",
    re.IGNORECASE,
)
# a fact asked of the first entry ("is the first one online?", "c'est quel niveau le premier ?") is no
# question of where to begin: those words keep the message with the existing rules
_FACT = re.compile(
    r"\b(?:cost|price|online|language|level|eqf|hours|kostet|preis|cuesta|precio|coûte|prix|niveau|hinta|"
    r"maksaa|taso|giá|bao nhiêu|kitna|kitne|dam|koto|"
    # its language (session 25: "le premier est en quelle langue ?" was answered with why to begin with it)
    r"sprache|idioma|lengua|langue|kieli\w*|ngôn ngữ|tiếng gì|bhasha)\b|कितन|দাম|কত|भाषा|ভাষা",
    re.IGNORECASE,
)


# facts of one course (`course_questions.asked_attributes`) that no which-first question asks
_FACTS_OF_ONE = frozenset({"credits", "certificate", "assessment", "digcomp", "provider"})


def asks_which_first(text: str) -> bool:
    """Whether a message asks which ONE course to take first: a which-word with a word of first or of
    beginning ("which should I do first", "welchen zuerst?", "¿con cuál empiezo?", "lequel en premier ?",
    "nên học khóa nào trước?", "pehle kaunsa karun?", "কোনটা আগে করব?"), or "the first course" asked
    ("mikä ois eka kurssi?", "¿cuál sería el primer curso?"); not a fact asked of the first entry."""
    if _FACT.search(text) or _ABOUT.search(text) or _NEED_KNOW.search(text) or asks_easiest(text):
        return False  # "which is the easiest to start with?": the easiest entry listed (`asks_easiest`)
    if set(asked_attributes(text)) & _FACTS_OF_ONE:
        return False  # "पहला कोर्स DigComp के हिसाब से है क्या?": a fact of the first one (session 22)
    folded = fold_vietnamese(text.casefold())
    which = asks_which(text) or bool(_WHICH_MORE.search(text) or _WHICH_MORE.search(folded))
    if _FIRST_COURSE.search(text) and (which or bool(_WHAT.search(text))):
        return True
    if asks_start(text) and _WHY.search(text):
        return True  # "what should they all begin with, and why?"
    first = _FIRST_WORDS.search(text) or _FIRST_WORDS.search(folded) or _VI_FIRST.search(folded)
    return which and (bool(first) or says_first(text))


# a verb of taking, choosing or recommending beside a which-word ("which one should I take?", "welchen soll
# ich nehmen?", "¿cuál me recomiendas?", "lequel je prends ?", "kumman valitsisit?", "nên chọn cái nào?",
# "कौन सा लूँ?", "কোনটা নেব?"): ONE of the entries shown, chosen for the learner (session 25)
_TAKE = re.compile(
    r"\b(?:take|choose|pick|go for|go with|recommend|better|do|get)\b|"
    r"\b(?:nehmen|nehme|nimm|wählen|waehlen|wähle|empfiehlst|empfehlen|besser|mache|machen)\b|"
    r"\b(?:tomo|tomar|tome|elijo|elegir|elija|escojo|escoger|recomiendas|recomienda|conviene|mejor|hago|hacer)\b|"
    r"\b(?:prends|prendre|prenne|choisis|choisir|choisirais|conseilles|conseillez|recommandes|mieux|fais|faire)\b|"
    r"\b(?:otan|otat|otta\w*|valitsen|valita|valits\w*|suosittel\w*|parempi|kannattaa|teen)\b|"
    r"chọn|\bchon\b|nên (?:học|lấy|theo)|tốt hơn|"
    r"लूँ|लूं|लें|चुनूँ|चुनूं|चुनें|बेहतर|करूँ|करूं|\b(?:loon|lun|chunu|chunun|behtar|karun|karu)\b|"
    r"নেব|নিব|নেবো|বেছে|ভালো|করব|\b(?:nebo|nibo|bhalo|korbo)\b",
    re.IGNORECASE,
)


def asks_which_to_take(text: str) -> bool:
    """Whether a message asks which ONE of the entries shown to take ("which one should I take?", "¿cuál me
    conviene?", "কোনটা নেব?"), with no word of first (`asks_which_first`: where to begin) and no fact asked of
    one entry."""
    if _FACT.search(text) or _ABOUT.search(text) or asks_which_first(text):
        return False
    folded = fold_vietnamese(text.casefold())
    which = asks_which(text) or bool(_WHICH_MORE.search(text) or _WHICH_MORE.search(folded))
    return which and bool(_TAKE.search(text))


_VI_FIRST = re.compile(r"\btruoc\b(?!\s+(?:khi|do)\b)|\bdau tien\b")


@dataclass(frozen=True)
class FirstCourse:
    """The course to take first and the facts that decided it (each an i18n key with its values)."""

    course: Credential
    reasons: tuple[tuple[str, dict[str, str]], ...]
    left_out: tuple[Credential, ...] = field(default=())


def covered_by_held(course: Credential, held_skills: Collection[str]) -> bool:
    """Whether the learner already holds every skill the course counts (it teaches them nothing new)."""
    skills = {s.uri for s in course.skills if s.counts}
    return bool(skills) and skills <= set(held_skills)


def pick_first(
    shown: Sequence[Credential],
    *,
    get: Callable[[str], Credential | None],
    wanted: Sequence[str] = (),
    held_skills: Collection[str] = (),
    held_ids: Collection[str] = (),
    level_cap: int | None = None,
    start: int | None = None,
    limit: int | None = None,
    budget_eur: float | None = None,
    prefer: str | None = None,
    plan: bool = False,
    shown_only: bool = False,
    label: Callable[[str], str] = str,
) -> FirstCourse | None:
    """The course to take first among `shown` (a plan's steps when `plan`, else entries in the order shown)
    and the prerequisites they need, by the module's rule; None when nothing is left to take. `wanted`: the
    goal's skills, most wanted first (`planner.gaps.goal_wanted_skills`); `prefer`: "free" or "shortest"
    when that was asked; `level_cap`: the highest level they can begin at, `start` their starting level and
    `limit` the EQF limit they set (each said in the why); `budget_eur`: their budget, a course over it after
    those within it; `shown_only`: ONE of `shown` itself, never a prerequisite it needs (which of two just
    compared to take); `label(uri)`: a skill's name for the why."""
    held_ids, held_skills = set(held_ids), set(held_skills)
    courses = [c for c in shown if c.kind != "certificate"]
    left_out = [c for c in courses if c.id in held_ids or covered_by_held(c, held_skills)]
    done = held_ids | {c.id for c in left_out}
    # a prerequisite they know the whole of: met
    pool, rank = prerequisite_pool(courses, get, done, met=lambda c: covered_by_held(c, held_skills))
    if not pool:
        return None
    seen = {c.id for c in courses}
    choices = [c for c in pool.values() if c.id in seen] if shown_only else list(pool.values())
    if not choices:
        return None
    opens = {c.id: sum(c.id in o.prerequisites for o in pool.values()) for c in pool.values()}
    wanted_rank = {u: i for i, u in enumerate(wanted)}

    def lacked(c: Credential) -> list[str]:
        taught = {s.uri for s in c.skills if s.counts and s.uri in wanted_rank and s.uri not in held_skills}
        return sorted(taught, key=wanted_rank.__getitem__)

    def ready(c: Credential) -> bool:
        return all(p in done for p in c.prerequisites)

    def within(c: Credential) -> bool:
        return level_cap is None or c.eqf_level is None or c.eqf_level <= level_cap

    def affordable(c: Credential) -> bool:
        return budget_eur is None or c.cost_eur is not None and c.cost_eur <= budget_eur

    def near(c: Credential) -> bool:  # at most ENTRY_ABOVE_START above their start: an entry course's reach
        return start is None or c.eqf_level is None or c.eqf_level <= start + ENTRY_ABOVE_START

    def key(c: Credential) -> tuple:
        preference = 0.0
        if prefer == "free":
            preference = c.cost_eur if c.cost_eur is not None else float("inf")
        elif prefer == "shortest":
            preference = c.hours or float("inf")
        # an entry shown before a prerequisite it did not need (one of a later entry's only counts when
        # nothing shown can be begun: `ready` above)
        if plan:
            return (not ready(c), rank[c.id], c.id)
        # one of those shown before a prerequisite of theirs that was not shown, when both can be begun
        # (session 26: "which of those first?" answered with a course never shown)
        unseen = c.id not in seen
        order = (-len(lacked(c)), preference, -opens[c.id], rank[c.id])
        return (
            not ready(c),
            unseen,
            not affordable(c),
            not within(c),
            not near(c),
            *order,
            c.eqf_level or 0,
            c.id,
        )

    best = min(choices, key=key)
    reasons: list[tuple[str, dict[str, str]]] = []
    if plan and rank[best.id] == 0 and best.id == courses[0].id:
        reasons.append(("first_why_plan", {}))
    taught = lacked(best)
    if taught:
        reasons.append(("first_why_lacks", {"skills": ", ".join(f"“{label(u)}”" for u in taught[:3])}))
    if ready(best):
        reasons.append(("first_why_ready", {}) if not best.prerequisites else ("first_why_ready_held", {}))
    if best.eqf_level is not None and within(best):
        if limit is not None:
            reasons.append(("first_why_cap", {"level": str(best.eqf_level), "cap": str(limit)}))
        elif start is not None and near(best):
            reasons.append(("first_why_level", {"level": str(best.eqf_level), "start": str(start)}))
    needing = [o for o in pool.values() if best.id in o.prerequisites]
    if needing:
        reasons.append(("first_why_opens", {"titles": ", ".join(f"“{o.title}”" for o in needing[:2])}))
    if best.cost_eur == 0:
        reasons.append(("first_why_free", {}))
    elif budget_eur is not None and affordable(best):
        reasons.append(("first_why_budget", {}))
    elif prefer == "shortest" and best.hours:
        reasons.append(("first_why_short", {"hours": f"{best.hours:g}"}))
    if shown_only:
        reasons += _against_other(best, [c for c in courses if c.id != best.id and c.id not in done])
    return FirstCourse(best, tuple(reasons), tuple(left_out))


def _against_other(best: Credential, others: Sequence[Credential]) -> list[tuple[str, dict[str, str]]]:
    """What sets `best` apart from the one other entry shown (two just compared): cheaper, shorter, a lower
    level; that the two are alike when nothing does."""
    if len(others) != 1:
        return []
    other = others[0]
    name = {"other": f"“{other.title}”"}
    out: list[tuple[str, dict[str, str]]] = []
    if best.cost_eur is not None and other.cost_eur is not None and best.cost_eur < other.cost_eur:
        prices = {"price": md.money(best.cost_eur), "other_price": md.money(other.cost_eur)}
        out.append(("pair_why_cheaper", name | prices))
    if best.hours and other.hours and best.hours < other.hours:
        out.append(
            ("pair_why_shorter", name | {"hours": f"{best.hours:g}", "other_hours": f"{other.hours:g}"})
        )
    if best.eqf_level and other.eqf_level and best.eqf_level < other.eqf_level:
        levels = {"level": str(best.eqf_level), "other_level": str(other.eqf_level)}
        out.append(("pair_why_lower", name | levels))
    return out
