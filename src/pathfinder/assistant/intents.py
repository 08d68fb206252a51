"""Intent and slot extraction for the offline responder: rules over the message, no model.

`parse(message, today)` finds what the learner asks for (search, refine, select, explain, why, requirements,
compare, skip a step, set a goal, state skills, state constraints, plan, act on the planner's suggestion,
small talk) and the slots it carries (topic, search filters, ordinals, skills with levels, goal text,
constraints). Resolving the slots against the taxonomy and the catalogue is the responder's job (see
`lexicon.py`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pathfinder.assistant.nlu.function_words import is_iso_function_word
from pathfinder.assistant.nlu.level_words import ENGLISH_LEVELS, LEVEL_RANGES, low_level_ruled_out
from pathfinder.assistant.nlu.slots import extract as extract_slots
from pathfinder.assistant.nlu.slots import free_of_time, without_online_topics
from pathfinder.assistant.nlu.slots import tokens as slot_tokens
from pathfinder.assistant.nlu.vocab import ANSWER_VERBS, QUALIFIERS, STUDY_TIMES, names_no_job
from pathfinder.domain import to_eur, weeks_in
from pathfinder.domain.languages import ALIASES

LANGUAGES = ALIASES  # lower-case language name as typed -> ISO 639-1 code (domain/languages.py)
_LANG_RE = re.compile(  # (?<!\w) (?!\w), not \b: names such as "हिन्दी" end in a combining mark
    r"(?<!\w)(?:(?:in|auf|en|taught in|language:?)\s+)?("
    + "|".join(sorted(map(re.escape, LANGUAGES), key=len, reverse=True))
    + r")(?!\w)(?:[- ]language|[- ]speaking)?"
)
_PARTICIPATION = [
    (re.compile(r"\b(?:online|remote(?:ly)?|virtual|distance learning|e-?learning|from home)\b"), "online"),
    (re.compile(r"\b(?:in[- ]person|on[- ]?site|classroom|face[- ]to[- ]face|on campus)\b"), "on-site"),
    (re.compile(r"\b(?:blended|hybrid)\b"), "blended"),
]
_EQF = re.compile(r"\b(?:eqf|nqf)(?:\s+level)?\s*([1-8])\b")
_CURRENCY = r"(?:€|eur\b|euros?\b|\$|usd\b|dollars?\b|£|gbp\b|pounds?\b|chf\b)"
_AMOUNT = r"(\d+(?:[.,]\d{3})*(?:[.,]\d+)?)\s*(k\b)?"
_MONEY = re.compile(rf"(?:{_CURRENCY}\s*{_AMOUNT}|{_AMOUNT}\s*{_CURRENCY})")
_UNDER = (
    r"(?:under|below|less than|max(?:imum)?|up to|at most|no more than|cheaper than|within|<|≤|"
    r"(?:nothing|none|not|no course|no step) (?:over|above|more than|dearer than|pricier than))"
)
_MAX_COST_BARE = re.compile(rf"{_UNDER}\s+(\d+)\b(?!\s*(?:hours?|h\b|weeks?|months?|days?|ects|%))")
_BUDGET_CUE = re.compile(
    r"\b(?:budget|can spend|can afford|to spend|i have|total|covers|pays|funds|reimburses|voucher)\b"
)
# ... and what someone else pays for the learner (session 12: "the jobcentre only covers 800", "my employer
# pays up to 1500", "a voucher worth 500"): the budget too; not the learner's own "can't pay much, 100 max"
_BUDGET_BARE = re.compile(
    r"\b(?:budget(?: of| is)?|can spend|can afford|to spend|covers|will cover|pays|will pay|funds|"
    r"reimburses?|subsidi[sz]es?|(?:grant|allowance|voucher)(?: of| worth| for)?)\s+"
    r"(?:about |around |up to |at most |max(?:imum)? )?"
    r"(\d+(?:[.,]\d+)?)\s*(k\b)?(?!\s*(?:hours?|h\b|weeks?|months?))"
)
_FREE = re.compile(r"\b(?:free|no cost|gratis|kostenlos|gratuit[oe]?)\b")
# "not much money tho, 300 max": a bare amount with "max" after it, where money is spoken of, is the budget
_MAX_AFTER_BARE = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(?:max|maximum|tops|at most)\b")
_MONEY_WORDS = re.compile(r"\b(?:money|budget|spend|afford|pay|cost|price|cash)\b")
_HOURS_WEEK = re.compile(
    r"\b(\d+(?:[.,]\d+)?)\s*(?:-\s*\d+\s*)?(?:hours?|hrs?|h)\s*(?:a|per|each|every|/)\s*(?:week|wk)\b|\b(\d+)\s*h/w\b"
)
_MAX_HOURS = re.compile(rf"{_UNDER}\s+(\d+)\s*(?:hours?|h)\b(?!\s*(?:a|per|each|/)\s*week)")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|done by|finished by|by the end of|end of)\s+(?:the end of\s+)?"
    r"(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?|([a-z]+)(?:\s+(\d{4}))?)\b"
)
_WITHIN = re.compile(
    r"\b(?:within|in|over)\s+(?:the next\s+)?(\d+|a|one|two|"
    r"three|four|six|twelve)\s+(weeks?|months?|years?)\b"
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
}
_ORDINAL_RE = re.compile(r"\b(" + "|".join(_ORDINAL_WORDS) + r")\b")
_NUMBERED = re.compile(
    r"(?:#|\bnumber\s+|\bno\.?\s*|\boption\s+|\bitem\s+|\bstep\s+|\bresult\s+|\bcourse\s+)(\d{1,2})\b"
)
_NOT_ORDINAL = re.compile(
    r"\blast (?:week|month|year|night|time|summer|winter|spring|autumn|fall)\b|"
    r"\b(?:learn|do|start|take|study|begin|go|come|comes|goes|know|need)\s+first\b|\bfirst of all\b|"
    r"\bat first\b|\bfirst (?:time|job|step(?:s)? (?:into|in))\b|"
    # a year or semester of study: "CSE 3rd year", "in my second semester" (session 13)
    r"\b(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|final) (?:year|yr|semester|sem|term)s?\b|"
    # an adviser going through their people: "second client: Lena, 35, ...", "next learner"
    r"\b(?:first|second|third|fourth|fifth|next|last) (?:client|learner|student|person|customer|candidate|"
    r"participant|jobseeker|case)s?\b"
)
_PAIR = re.compile(r"\b(\d{1,2})\s*(?:and|&|vs\.?|versus|with|to)\s*(\d{1,2})\b")

_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hallo|hola|bonjour|good (?:morning|afternoon|evening)|thanks?|thank you|cheers|"
    r"ok(?:ay)?|great|cool|bye|goodbye|danke|gracias|merci)\b[\s!.,]*(?:there|you|a lot|so much)?[\s!.]*$"
)
_HELP = re.compile(
    r"\b(?:what can you do|help|who are you|what are you|how does this work|how do you work)\b"
)
_SKIP = re.compile(
    r"\b(?:skip|drop|remove|leave out|without|exclude|i already (?:have|hold|did|completed|took))\b"
)
_COMPARE = re.compile(r"\b(?:compare|comparison|difference between|differences|versus|vs\.?)\b")
_WHY = re.compile(r"^\s*(?:and\s+)?why\b|\bwhy (?:that|this|is|did|do|would)\b|\breason for\b")
_REQUIRES = re.compile(
    r"\b(?:require[sd]?|requirements?|prerequisites?|pre-requisites?|need (?:first|before)|"
    r"what do i need|entry requirements?|before i (?:can )?(?:start|take))\b"
)
_PLAN = re.compile(
    r"\b(?:pathway|path|plan(?!s?\s+(?:is\s+|was\s+)?to\b)|roadmap|route|schedule|lernpfad|lernweg|itinerario|ruta|parcours|"
    r"what should i (?:take|do|study|learn)|"
    r"how (?:do|can) i get there|where (?:do|should) i start|next steps?)\b"
)
_GOAL = re.compile(
    r"\b(?:i (?:want|would like|'d like|wish|hope|plan|aim) to (?:become|be|work as|get a job as|move into|"
    r"switch to|get into|transition (?:in)?to)|i'?m (?:moving|switching|transitioning|pivoting) (?:in)?to|"
    r"moving (?:in)?to|switch(?:ing)? (?:careers? )?to|career (?:change )?(?:in|as)|become|my (?:new "
    r")?goal is(?: to become)?|goal:|aiming (?:for|at)|get a job as|"
    # "hoping to work as", but not the job held: "I work as", "I currently work as", "she'd still work as"
    # ("... years ago and work as network admin": the job held too)
    r"(?<!\bi )(?<!\bcurrently )(?<!\bnow )(?<!\bstill )(?<!\bwe )(?<!\bthey )(?<!\band )work as|"
    # "the cheapest way to get into cybersecurity", "how do I break into cloud security?"
    r"(?:way|how) to (?:get|break|move) into|how (?:do|can|could|would|should) i (?:get|break|move) into)"
    r"\s+(?:an?\s+|the\s+)?(.+)$"
)
_CURRENT_ROLE = re.compile(
    r"\b(?:i'?m|i am|i'?ve been|i have been|i was|(?:(?:i|she|he|they) )?(?:work|works|working) as|currently|"
    # "she is a nurse", but not a question about a term: "what is an EQF level?", "who is a data steward?"
    r"client is|(?<!\bwhat )(?<!\bwho )(?<!\bwhich )(?<!\bwhere )(?<!\bhow )(?<!\bwhy )(?<!\bit )"
    r"(?<!\bthat )(?<!\bthis )(?<!\bthere )(?<!\bwhat's )is)\s+"
    # "and work as network admin": the article may be left out after "work as" (not "to work as": a wish)
    r"(?:(?:a|an)\s+|(?:(?<=\bwork as )|(?<=\bworks as )|(?<=\bworking as ))(?<!\bto work as ))([a-z -]+?)"
    r"(?:\s+(?:moving|switching|transitioning|"
    r"pivoting|and|who|with|at|in|for|but|that|looking)\b|\s*[,.;!?]|\s*$)"
)
_ADVISER = re.compile(r"\b(?:advis[eo]r|counsel+or|coach|mentor|careers?|guidance|job centre|recruiter)\b")
_SKILLS = re.compile(
    r"\b(?:i (?:(?:already|also|really|kind of|kinda|sort of) )?"
    r"(?:know|can use|can do|can write|can code in|have (?:experience|skills?) "
    r"(?:with|in)|have used|am (?:good|familiar|experienced|fluent|proficient) (?:with|"
    r"at|in)|use|work with|worked with|speak)|i'?m (?:good|familiar|experienced|fluent|"
    r"proficient) (?:with|at|in)|my skills(?: are| include)?:?|skills:|"
    # a clause of its own after the job: "I'm a warehouse supervisor, kinda bored, good with spreadsheets"
    r"(?<=[,;] )(?:(?:really|pretty|quite|very|kinda|kind of|fairly) )?(?:good|decent|handy|comfortable|"
    r"familiar|experienced|fluent|proficient) (?:with|at|in))\s+(.+)$"
)
_BARE_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|sure|ja|sí|si|oui|kyllä|joo|có|vâng|được|हाँ|हां|जी हाँ|হ্যাঁ|হ্যা)"
    r"(?:,? (?:please|bitte|por favor|s'il (?:te|vous) pla[iî]t))?[\s!.]*$"
)
_APPLY = re.compile(  # acting on the planner's suggestion ("ok, do that", "take the budget one", "mach das")
    r"\b(?:do (?:that|it|this|so)|let'?s do (?:it|that|this)|go (?:with|for|ahead with) "
    r"(?:it|that|this|the\b|your\b)|apply (?:it|that|this|them|both|all|the|your)\b|take "
    r"the (?:\w+ )?(?:one|suggestion|option|change)|as you (?:suggest(?:ed)?|propose[d]?|"
    r"say|said)|(?:the|your|that|this) (?:\w+ )?(?:suggestion|proposal)s?\b|(?:raise|"
    r"increase|extend|up) my\b|allow\b|mach (?:das|es)|übernimm|übernehmen|einverstanden|"
    r"hazlo|aplica(?:r|lo)?\b|de acuerdo|fais[- ]le|faites[- ]le|applique[rz]?\b|d'accord)|"
    + _BARE_YES.pattern
)
_TELL_MORE = re.compile(
    r"\b(?:tell me (?:more )?about|more (?:about|on|details)|details|explain|what is|what's|describe|"
    r"info(?:rmation)? (?:on|about)|outcomes?|workload|assessment|stacks? into)\b"
)
_REFINE_WORDS = re.compile(
    r"\b(?:cheaper|less expensive|lower price|shorter|quicker|faster|only|just|instead|"
    r"what about|how about|any|ones?)\b"
)
_SEARCH_CUE = re.compile(
    r"\b(?:find|search|look(?:ing)? for|show me|recommend|suggest|courses?|credentials?|"
    r"micro-?credentials?|certificates?|training|learn|study|programs?|programmes?)\b"
)
# the vague words before a field named as a goal ("something in data", "a career in cloud", "work with AI")
_VAGUE_HEAD = re.compile(
    r"^(?:something|anything|some\s+kind\s+of\s+(?:job|work)|(?:an?\s+)?(?:job|career|role|position)|work)"
    r"\s+(?:in|with|around|related\s+to|to\s+do\s+with|involving)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    """a an the and or of for on in to with about me my i i'm im you your some any please
    find search look looking show give recommend suggest list want would like need get learn study
    course courses credential credentials micro microcredential microcredentials micro-credential
    micro-credentials certificate certificates certification training program programs programme programmes
    class classes module modules option options something stuff that this those these one ones only just what
    which are is there do does can could also more other others instead about how cheaper shorter quicker
    faster ok okay now then else price cost costs eur euro euros level levels taught language languages
    available offered teach teaches teaching good best top new lessons lesson maybe really at least most
    under below less than max maximum up no per week weeks hours hour h a-level that's it's its be why
    require requires required tell compare skip step steps plan pathway know bit become moving into it them
    they he she we us was were has have had will should than then so but not if as by from
    cursos curso de en los las el la una un der die das und ein eine kurse kurs le les des du un une cours
    me more details explain describe open info information please thanks hey hi hello
    outcomes outcome workload assessment assessed stacks stack into whats what's about
    idk dunno guess suppose probably perhaps kinda sorta whatever pls plz thx
    cheap cheapest affordable inexpensive
    ke ka ki ko er gulo wala wale wali dikhao dikhaiye dikhayen dekhao dekhan batao bataiye dijiye""".split()
) | (ANSWER_VERBS | QUALIFIERS | {"work"})
# the last line: Hinglish/Banglish particles and "show me" in a message too short to be told romanised; then
# the words about the answer and the rating words (vocab); "work" is a word of the glossary's "office work",
# so stopwords-iso no longer drops it
_LEVEL_WORDS = [
    (
        re.compile(
            r"\b(?:a (?:little )?bit of|a little|some|basic|basics of|beginner(?: level)?(?: in)?|rusty)\b"
        ),
        "basic",
    ),
    (
        re.compile(r"\b(?:very good|expert|advanced|strong|fluent|solid|years of|proficient|excellent)\b"),
        "advanced",
    ),
    (re.compile(r"\b(?:good|decent|intermediate|working knowledge of|okay|ok)\b"), "intermediate"),
]


@dataclass
class Parsed:
    """What a message asks for and the slots it carries; the responder resolves them."""

    text: str
    intents: list[str] = field(default_factory=list)
    topic: str = ""
    languages: tuple[str, ...] = ()
    participation: tuple[str, ...] = ()
    max_cost: float | None = None
    price_ceiling: tuple[float, str] | None = None  # max_cost as stated ("under 800 dollars": 800, USD)
    max_hours: float | None = None
    eqf_min: int | None = None
    eqf_max: int | None = None
    refinements: tuple[str, ...] = ()
    ordinals: tuple[int, ...] = ()
    skills: tuple[tuple[str, str], ...] = ()
    goal_text: str | None = None
    current_role: str | None = None
    hours_per_week: float | None = None
    deadline: date | None = None
    weeks: int | None = None
    budget: float | None = None
    # filled by nlu.understand (multilingual understanding); parse() alone leaves the defaults
    lang: str | None = None
    currency: str | None = None
    spoken_languages: tuple[str, ...] = ()
    denied_languages: tuple[str, ...] = ()  # "without the French ones", "I don't speak German"
    third_person: bool = False
    relative: bool = False  # the one spoken of is the speaker's relative ("my dad"), no adviser's client
    confidence: float = 0.0
    clause_goal: str | None = None
    clause_role: str | None = None
    goal_english: str | None = None  # the goal in English domain terms (nlu.glossary), when it names some
    role_english: str | None = None  # the job held in English domain terms, read from its whole phrase
    # the second of two goals offered as alternatives ("either data or cloud": `nlu.alternatives`), offered
    goal_alternative: str | None = None
    # the job held, named by a rule in its final words (`nlu.roles.run_role`: "taxi driver", "दुकानदार"): no
    # further cleaning of its label
    role_named: str | None = None
    predicted: str = ""
    plan_cue: bool = False
    # the goal is a job an earlier message named, pointed back at ("what should I learn to get that job?")
    job_pointed: bool = False
    done_cue: bool = False
    ranked: tuple[tuple[str, float], ...] = ()
    # clauses of a message of several that the classifier reads as statements of what one knows or did ("kann
    # schon HTML und CSS" in "kann schon HTML und CSS, was gibts zu JavaScript"): their skills are held
    skill_clauses: tuple[str, ...] = ()
    # clauses ending in a question mark ("Power BI or Python?"): asked about, so never skills held
    asked_clauses: tuple[str, ...] = ()
    # a level said of a skill held ("they have basic Excel", "Python cơ bản"): (the clause, "basic" or
    # "advanced"); the skills it names get that level, and it limits no course level
    skill_level: tuple[str, str] | None = None
    # the classifier's sentence embedding of the whole message (nlu.understand), read again by the act model
    embedding: Any = field(default=None, compare=False, repr=False)

    @property
    def intent(self) -> str:
        return self.intents[0] if self.intents else "out_of_scope"

    @property
    def has_filters(self) -> bool:
        return bool(
            self.languages
            or self.participation
            or self.max_cost is not None
            or self.max_hours is not None
            or self.eqf_min
            or self.eqf_max
            or self.refinements
        )

    @property
    def has_constraints(self) -> bool:
        return (
            self.hours_per_week is not None
            or self.deadline is not None
            or self.budget is not None
            or bool(self.weeks)
        )


def is_bare_yes(message: str) -> bool:
    """'yes', 'sure', 'ja bitte': an acceptance that means something only right after a question or
    proposal."""
    return bool(_BARE_YES.match(message.strip().lower()))


def _amount(number: str, k: str | None) -> float:
    value = (
        float(number.replace(",", ""))
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number)
        else float(number.replace(",", "."))
    )
    return value * 1000 if k else value


def _currency_of(span: str) -> str:
    if "$" in span or "usd" in span or "dollar" in span:
        return "USD"
    if "£" in span or "gbp" in span or "pound" in span:
        return "GBP"
    if "chf" in span:
        return "CHF"
    return "EUR"


def _month_end(month: int, year: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _deadline(m: re.Match[str], today: date) -> date | None:
    y, mo, d, day, month_word, year2, month_only, year3 = m.groups()
    if y:
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            return None
    word, year = (month_word, year2) if day else (month_only, year3)
    month = _MONTHS.get(
        (word or "")[:3] if word and word[:3] in _MONTHS and word not in _MONTHS else word or ""
    )
    if month is None:
        if word in ("summer",):
            month = 8
        elif word in ("christmas", "winter"):
            month = 12
        elif word in ("spring",):
            month = 5
        elif word in ("autumn", "fall"):
            month = 10
        else:
            return None
    yr = int(year) if year else (today.year if month >= today.month else today.year + 1)
    if day:
        try:
            return date(yr, month, int(day))
        except ValueError:
            return None
    return _month_end(month, yr)


def _level_of_a_language(text: str, m: re.Match[str]) -> bool:
    """Whether a level word is how well a language is known ("her English is basic", "basic English"): a
    language's name in its clause of `text` (the message as parsed, of the same length as the working copy
    `m` was found in) and no course word there."""
    start = max(text.rfind(c, 0, m.start()) for c in ",.;!?") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ",.;!?") if i >= 0]
    clause = text[start : min(ends, default=len(text))]
    return bool(_LANG_RE.search(clause)) and not re.search(
        r"\b(?:course|courses|class|classes|training)\b", clause
    )


def _cut(text: str, m: re.Match[str]) -> str:
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]


def _skill_list(text: str) -> tuple[tuple[str, str], ...]:
    """'Python and SQL, a bit of Linux' -> (("python", "intermediate"), ("sql", ...), ("linux", "basic"))."""
    # what follows a wish is to be learnt: "Python and SQL but want to learn Power BI", "… and need Excel"
    text = re.split(
        r"[.;!?]|\bbut (?:i|no)\b|\b(?:and )?i (?:want|would|need|am|'m)\b|"
        r"\b(?:but|and|yet) (?:i )?(?:want|wanna|would like|'d like|need|hope|plan)\b|"
        # what follows a search is sought: "I use Excel every day, looking for SQL courses" (session 18)
        r"\b(?:looking|searching) for\b|\bseeking\b",
        text,
    )[0]
    out = []
    for chunk in re.split(r",|\band\b|\bas well as\b|&|/|\bplus\b", text):
        chunk = chunk.strip()
        level = "intermediate"
        for pattern, lvl in _LEVEL_WORDS:
            if pattern.search(chunk):
                level = lvl
                chunk = pattern.sub(" ", chunk)
                break
        chunk = re.sub(
            r"\b(?:also|too|quite|pretty|really|very|well|of|in|with|knowledge|experience|skills?|"
            r"programming|level)\b",
            " ",
            chunk,
        )
        chunk = re.sub(r"\s+", " ", chunk).strip(" -")
        # "I know Linux well, which should I do first": the question after the skills is no skill (lead
        # trial 16's 17: "could not match 'which should i do first'")
        asks = bool(chunk) and chunk.split()[0] in _QUESTION_OPENERS and not chunk.startswith("how to")
        if chunk and not asks and not _names_constraint(chunk) and not _PEOPLE.search(chunk):
            out.append((chunk, level))
    return tuple(out)


# ... and a request after them ("I know Python, make me a plan to become a data analyst")
_QUESTION_OPENERS = frozenset(
    "what which who whom where when why how should shall make show give tell find plan please".split()
)


# "I work with unemployed adults over 50", "I work with kids": the people an adviser or teacher works with
_PEOPLE = re.compile(
    r"\b(?:adults?|people|persons?|students?|pupils?|kids|children|clients?|learners?|seniors?|elderly|"
    r"jobseekers?|job seekers?|refugees?|migrants?|women|men|youth|teenagers?|colleagues|customers?|"
    r"patients?|employees|staff|team)\b"
)


_TAKING_UP = frozenset("it them this that these those".split())


def _taken_up(chunk: str, raw: str) -> bool:
    """A piece of a skills list that opens with a pronoun taking up something named before ("i use it every
    day at work", "i know them well"), unless the message writes "IT" (the field) in capitals."""
    first = chunk.split()[0] if chunk.split() else ""
    return first in _TAKING_UP and not (first == "it" and re.search(r"\bIT\b", raw))


_AGREEING = frozenset("yes yeah yep yup sure ok okay of course definitely totally".split())
_ASKING_BACK = frozenset("what which who how why huh sorry pardon".split())


def _named_before(prefix: str) -> str:
    """What a message asks back before its statement of skills, when that is all it says there ("excel?
    yeah", "power bi? sure,"): one to three words before a question mark, then only words of agreeing; else
    ""."""
    asked, mark, rest = prefix.partition("?")
    words = re.findall(r"[\w+#.]+", asked)
    agreeing = all(w in _AGREEING for w in re.findall(r"[\w']+", rest))
    asking = bool(words) and words[0] in _ASKING_BACK  # "what? i use it daily": a question, nothing named
    if not mark or asking or not agreeing or not 1 <= len(words) <= 3 or _names_constraint(" ".join(words)):
        return ""
    return " ".join(words) + " "


def _names_constraint(chunk: str) -> bool:
    """A piece of a skills list that is a limit, not a skill ("I know HTML and CSS, 6 hours weekly, 400 euros
    max", "I speak English and Spanish"): hours, money, a date, a study format or a language."""
    s = extract_slots(chunk)
    return bool(
        s.hours_per_week or s.amount or s.deadline or s.weeks or s.participation or s.wanted_languages
    )


def parse(message: str, today: date | None = None) -> Parsed:
    """Intents (most specific first) and slots of one message."""
    today = today or date.today()
    raw = message.strip()
    text = " " + re.sub(r"\s+", " ", raw.lower().replace("’", "'")) + " "
    p = Parsed(text=raw)
    work = text

    if _GREETING.match(text.strip()):
        p.intents.append("smalltalk")
        return p

    # constraints first (their numbers must not be read as prices or topics)
    for m in _HOURS_WEEK.finditer(text):
        p.hours_per_week = float((m.group(1) or m.group(2)).replace(",", "."))
        work = _cut(work, m)
    for m in _DEADLINE.finditer(work):
        d = _deadline(m, today)
        if d is not None:
            p.deadline = d
            work = _cut(work, m)
    for m in _WITHIN.finditer(work):
        n = _NUMBER_WORDS.get(m.group(1)) or int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        unit = m.group(2)
        p.weeks = weeks_in(n, unit)  # a month is 52/12 weeks
        p.deadline = p.deadline or today + timedelta(weeks=p.weeks)
        work = _cut(work, m)
    for m in _MAX_HOURS.finditer(work):
        p.max_hours = float(m.group(1))
        work = _cut(work, m)

    # money: a budget when stated as one or alongside other constraints, else a price filter
    constraint_context = (
        bool(_BUDGET_CUE.search(text)) or p.hours_per_week is not None or p.deadline is not None
    )
    for m in _MONEY.finditer(work):
        number, k = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        eur = to_eur(_amount(number, k), _currency_of(m.group(0))) or _amount(number, k)
        before = work[max(0, m.start() - 20) : m.start()]
        if re.search(_UNDER + r"\s*$", before) and not _BUDGET_CUE.search(before):
            p.max_cost = eur
        elif constraint_context:
            p.budget = eur
        else:
            p.max_cost = eur
        work = _cut(work, m)
    for m in _BUDGET_BARE.finditer(work):
        p.budget = _amount(m.group(1), m.group(2))
        work = _cut(work, m)
    for m in _MAX_COST_BARE.finditer(work):
        p.max_cost = float(m.group(1))
        work = _cut(work, m)
    if p.budget is None and p.max_cost is None and _MONEY_WORDS.search(work):
        for m in _MAX_AFTER_BARE.finditer(work):
            p.budget = float(m.group(1))
            work = _cut(work, m)
    for m in _FREE.finditer(work):
        before, after = slot_tokens(work[: m.start()])[-1:], slot_tokens(work[m.end() :])[:1]
        if free_of_time([*before, "free", *after], len(before)):  # "evenings free", "free time": no price
            continue
        p.max_cost = 0.0
        work = _cut(work, m)

    # search filters
    langs = []
    for m in _LANG_RE.finditer(work):
        langs.append(LANGUAGES[m.group(1)])
        work = _cut(work, m)
    p.languages = tuple(dict.fromkeys(langs))
    parts = []
    for pattern, value in _PARTICIPATION:
        for m in pattern.finditer(without_online_topics(work)):  # "online banking": a subject, no format
            parts.append(value)
            work = _cut(work, m)
    p.participation = tuple(dict.fromkeys(parts))
    for m in _EQF.finditer(work):
        p.eqf_min = p.eqf_max = int(m.group(1))
        work = _cut(work, m)
    for pattern, name in ENGLISH_LEVELS:
        lo, hi = LEVEL_RANGES[name]
        m = pattern.search(work)
        while m and _level_of_a_language(text, m):
            work = _cut(work, m)  # "her English is basic": how well a language is known (lead trial 17)
            m = pattern.search(work)
        if m and not _SKILLS.search(text):
            if name == "basic" and low_level_ruled_out(slot_tokens(text)):  # "skip the basics": above them
                lo, hi = LEVEL_RANGES["past basics"]
            p.eqf_min, p.eqf_max = p.eqf_min or lo, p.eqf_max or hi
            work = _cut(work, m)
    refinements = []
    for word, key in (
        ("cheaper|less expensive|lower price|more affordable", "cheaper"),
        ("shorter|quicker|faster|less time", "shorter"),
    ):
        m = re.search(rf"\b(?:{word})\b", work)
        if m:
            refinements.append(key)
            work = _cut(work, m)
    p.refinements = tuple(refinements)

    # references back
    work = _NOT_ORDINAL.sub(" ", work)  # "last week", "what should I learn first": time, not a list item
    ords = [_ORDINAL_WORDS[m.group(1)] for m in _ORDINAL_RE.finditer(work)]
    pair = _PAIR.search(work)
    if pair:
        ords += [int(pair.group(1)), int(pair.group(2))]
        work = _cut(work, pair)
    for m in _NUMBERED.finditer(work):
        ords.append(int(m.group(1)))
        work = _cut(work, m)
    if not ords and re.fullmatch(r"\s*(?:#?\s*)?\d{1,2}\s*[.!?]?\s*", work):
        ords.append(int(re.sub(r"\D", "", work)))
    p.ordinals = tuple(dict.fromkeys(ords))
    work = _ORDINAL_RE.sub(" ", work)

    # goal, skills
    roles = [m.group(1).strip() for m in _CURRENT_ROLE.finditer(text)]
    # an adviser speaking of a client: the client's job, not the adviser's own
    p.current_role = next((r for r in roles if not _ADVISER.search(r) and not names_no_job(r)), None)
    g = _GOAL.search(text)
    if g and not re.match(r"\s*(?:a )?(?:better|good|faster)\b", g.group(1)):
        goal = re.split(
            r"[,.;!?]| by | within | before | but | no more than | under | for under | in \d| with \d|"
            r" and (?:i|plan|show|make|what|have|has|can)\b|\d+\s*(?:hours?|h)\b|"
            # a run-on request after the goal: "an hpc engineer plan it for me"
            r" (?:plan|map out|show me|give me|make me) (?:it|this|that|me|a|my|the|out)\b",
            g.group(1),
        )[0]
        # "move into something in data", "a job in cyber security": the field, not the vague words before it
        p.goal_text = _VAGUE_HEAD.sub("", goal.strip(" -")).strip(" -") or goal.strip(" -")
    s = _SKILLS.search(text)
    if s and not re.match(
        r"\s*(?:about |around |up to |between |maybe |like )?\d", s.group(1)
    ):  # "i can do 4 hours a week"
        # "excel? yeah i use it every day": "it" takes up what was named just before ("excel"), it is no skill
        # ("IT" written so is); nothing named before: the piece is dropped
        before = _named_before(text[: s.start()])
        p.skills = tuple(
            ((before + " ".join(c.split()[1:])).strip(), lvl) if _taken_up(c, raw) else (c, lvl)
            for c, lvl in _skill_list(s.group(1))
            if before or not _taken_up(c, raw)
        )

    # topic: what is left after slots and filler
    words = [
        w
        # Unicode letters: "Compétences", "Müller" are one word each, not "comp tences"
        for w in re.findall(r"(?:[^\W_]|[+#])(?:[^\W_]|[+#.\-'])*", work)
        if w.strip(".-'") not in _STOPWORDS
        and w.strip(".-'") not in STUDY_TIMES  # "evening classes": when, not what
        and not is_iso_function_word(w.strip(".-'"))
    ]
    p.topic = " ".join(w.strip(".-'") for w in words if not w.isdigit()).strip()

    # intents, most specific first
    low = text
    if _APPLY.search(low.strip()) and not p.has_constraints:
        p.intents.append("apply_suggestion")
    if _SKIP.search(low) and (p.ordinals or "step" in low or "already" in low):
        p.intents.append("skip_step")
    if _COMPARE.search(low) or (len(p.ordinals) >= 2 and re.search(r"\b(?:and|vs|versus)\b", low)):
        p.intents.append("compare")
    if _WHY.search(low):
        p.intents.append("why")
    if _REQUIRES.search(low):
        p.intents.append("requirements")
    if p.goal_text:
        p.intents.append("set_goal")
    if p.skills:
        p.intents.append("state_skills")
    if p.has_constraints and not (p.topic and not p.hours_per_week and not p.deadline and p.budget is None):
        p.intents.append("set_constraints")
    if (
        _PLAN.search(low)
        and not _SEARCH_CUE.search(low.replace("plan", ""))
        or re.search(r"\b(?:pathway|roadmap)\b", low)
    ):
        p.intents.append("plan")
    if _HELP.search(low) and not p.topic.replace("help", "").strip():
        p.intents.append("smalltalk")
    if p.ordinals and not {"compare", "skip_step"} & set(p.intents):
        p.intents.append("select")
    if _TELL_MORE.search(low):
        p.intents.append("explain")
    if (p.refinements or (_REFINE_WORDS.search(low) and p.has_filters)) and not p.intents:
        p.intents.append("refine")
    if p.topic and not ({"set_goal", "state_skills", "plan", "compare", "skip_step"} & set(p.intents)):
        p.intents.append("search")
    if p.has_filters and not p.intents:
        p.intents.append("refine")
    # a goal or skills stated alongside a plan request: the plan is the main ask, the changes come along
    if "plan" in p.intents and {"set_goal", "state_skills", "set_constraints"} & set(p.intents):
        p.intents.remove("plan")
        p.intents.insert(0, "plan")
    return p
