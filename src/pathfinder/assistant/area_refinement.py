"""Goals read as an area refined to an occupation: "something with data" from someone who does Excel is
the field's occupation the learner's own skills point to (among the occupations whose labels share a field
word with the area, the one whose ESCO skills the learner already holds most of, essential ones counting
most; a learner who holds none of them keeps the area and its skill cluster); "help seniors get online" is a
wish to teach, whose occupation depends on whom (`teaching`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from pathfinder.assistant.lexicon import TEACHING_WORDS, stem
from pathfinder.assistant.nlu import glossary, slots, vocab
from pathfinder.assistant.nlu.level_words import LEVEL_HIGH, LEVEL_LOW
from pathfinder.assistant.nlu.skill_use import says_using
from pathfinder.assistant.nlu.understand import without_lacks
from pathfinder.assistant.nlu.wanting import seeks_work, wanting, wishes_to_teach
from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import Taxonomy, normalise_label

# a held skill the occupation lists as essential counts most, one O*NET names central next, optional least
WEIGHTS = (("essential", 3.0), ("central", 2.0), ("optional", 1.0))
MIN_FIELD_WORD = 2  # a field word shorter than this ("a") names no field


def field_stems(area: str) -> frozenset[str]:
    """The stems of an area's field words: no job word, no function word ("something with data" -> data)."""
    words = normalise_label(area).split()
    return frozenset(
        stem(w)
        for w in words
        if len(w) >= MIN_FIELD_WORD and w not in glossary.ROLE_WORDS and w not in vocab.STOPWORDS
    )


def _stems(*labels: str) -> frozenset[str]:
    return frozenset(stem(w) for label in labels for w in normalise_label(label).split())


def held_weight(occ: Occupation, held: Collection[str]) -> float:
    """How much of the occupation's skills the learner holds: 3 an essential, 2 a central, 1 an optional."""
    return sum(weight * len(set(held) & set(getattr(occ, kind))) for kind, weight in WEIGHTS)


def refine(
    area: str, taxonomy: Taxonomy, held: Iterable[str], cluster: Collection[str] = ()
) -> tuple[Occupation, tuple[Occupation, ...]] | None:
    """The occupation an area goal names for this learner, and the runners-up as close, or None.

    Candidates share a field word of the area in one of their labels ("data" -> data analyst, data scientist,
    chief data officer); those whose preferred label has it come first (knowledge engineer, whose alternative
    label "linked data engineer" says "data", after data analyst). Each is then ranked by the held skills it
    lists (`held_weight`), by the fewest essential and central skills still missing (the nearer job: data
    analyst before data scientist for someone who does Excel), and by how many of the area's skill cluster it
    needs."""
    fields = field_stems(area)
    held_set = set(held)
    if not fields or not held_set:
        return None
    ranked = []
    for occ in taxonomy.occupations.values():
        named = bool(fields & _stems(occ.label))
        if not named and not fields & _stems(*occ.alt_labels):
            continue
        # at least half the area's field words in a label: "high performance computing" and the held "computer
        # programming" are no computer vision engineer ("comput" alone); "data", "cloud security" keep theirs
        if 2 * max(len(fields & _stems(occ.label)), len(fields & _stems(*occ.alt_labels))) < len(fields):
            continue
        weight = held_weight(occ, held_set)
        if weight <= 0:
            continue
        needed = {*occ.essential, *occ.central}
        ranked.append(((named, weight, -len(needed - held_set), len(set(cluster) & needed)), occ))
    if not ranked:
        return None
    ranked.sort(key=lambda x: x[0], reverse=True)
    best_key, best = ranked[0]
    runners = tuple(o for key, o in ranked[1:3] if key[:2] == best_key[:2])
    return best, runners


# the head words of jobs that design or lead a field, reached after its entry jobs: an electrician who wants
# "networks" starts as a network administrator or engineer, not as its architect (session 27, trial 22's 02)
SENIOR_WORDS = frozenset({"architect", "chief", "manager", "director", "head", "lead", "principal"})


def entry(
    area: str, taxonomy: Taxonomy, cluster: Collection[str]
) -> tuple[Occupation, tuple[Occupation, ...]] | None:
    """For a learner who holds none of a field's skills, the occupation an area goal names when several of
    the taxonomy's occupations have all its field words in their preferred label ("something with data": data
    analyst, data scientist, data quality specialist ...): the one needing most of the area's skill cluster
    (what the catalogue teaches for it), then the one needing the fewest skills; the next two as the options
    to ask about. A job that designs or leads the field (`SENIOR_WORDS`: "ICT network architect", "chief ICT
    security officer") is no entry: it comes after the others unless the area names it. None when fewer than
    two such occupations (the area stays an area)."""
    fields = field_stems(area)
    # every field word in the label: "high performance computing" is no "computer vision engineer"
    named = [o for o in taxonomy.occupations.values() if fields and fields <= _stems(o.label)]
    if len(named) < 2 or not cluster:
        return None
    said = set(normalise_label(area).split())

    def key(occ: Occupation) -> tuple[bool, int, int]:
        needed = {*occ.essential, *occ.central}
        senior = bool(set(normalise_label(occ.label).split()) & SENIOR_WORDS - said)
        return not senior, len(set(cluster) & needed), -len(needed)

    ranked = sorted(named, key=key, reverse=True)
    return ranked[0], tuple(ranked[1:3])


# a teaching occupation's preferred label has one of `lexicon.TEACHING_WORDS`, and one of these when it
# teaches the young
SCHOOL_WORDS = frozenset({"school", "secondary", "primary"})


def _says(text: str, cues: Iterable[str]) -> bool:
    """Whether a cue starts a word of the text (a prefix: "älter" in "älteren", "বয়স্ক" in "বয়স্কদের")."""
    # a comma the run-on reading put in ("en mi, trabajo") splits no cue
    low = re.sub(r"\s*,\s*", " ", slots.normalise(text))
    return any(re.search(rf"(?<!\w){re.escape(cue)}", low) for cue in cues)


def for_own_work(message: str) -> bool:
    """Whether a field is wanted to understand it or use it at the job one has ("I'm a nurse and want to
    understand how AI is used in hospitals, nothing too technical", "pour mon travail"), with no word of
    becoming: its skills are the goal, not its practitioner's job (nor a job the held skills point to)."""
    using = says_using(message) and _says(message, vocab.AT_WORK)  # "use AI at work"
    if not (_says(message, vocab.UNDERSTAND_FIELD) or _says(message, vocab.FOR_WORK) or using):
        return False
    if _says(message, vocab.CHANGE_OF_FIELD):
        return False
    low = f" {' '.join(slots.tokens(message))} "
    return not any(f" {w} " in low for w in vocab.BECOME)


def interest_only(message: str, goal: str = "") -> bool:
    """Whether a field is named as an interest only ("me interesa la IA", "I'm really into machine learning",
    "tekoäly kiinnostaa", "मुझे AI में दिलचस्पी है", "thích AI lắm"): a word of interest in the clause that names
    the `goal` (the whole message when it is not found), and no word of wanting, becoming, working in it or
    changing field in the message ("Datenanalyse klingt interessant, das will ich machen" wants it; "कंप्यूटर में
    थोड़ी रुचि है, डेटा एनालिसिस का काम कैसा रहेगा" names the work in another clause). The field (its skills) is the
    goal then, never an occupation made of it and the job held ("ICT intelligent systems designer" for a
    graphic designer into AI: session 21, trial 16's 05)."""
    clause = _clause_naming(message, goal) if goal else message
    if not (_says(clause, vocab.INTEREST) or _says(clause, vocab.INTEREST_PHRASES)):
        return False
    if _says(message, vocab.CHANGE_OF_FIELD) or seeks_work(message) or wanting(message).wish:
        return False
    low = f" {' '.join(slots.tokens(message))} "
    return not any(f" {w} " in low for w in vocab.BECOME)


_CLAUSE_BREAK = re.compile(
    r"[,.;:!?¿¡।]+|\s(?:and|but|y|pero|et|mais|und|aber|ja|mutta|và|nhưng|और|लेकिन|আর|কিন্তু)\s"
)


def _clause_naming(message: str, goal: str) -> str:
    """The clause of a message with the first word of `goal` it holds (the message when none does)."""
    words = [w for w in slots.tokens(goal) if len(w) > 2]
    for part in _CLAUSE_BREAK.split(message):
        low = slots.tokens(part)
        if any(w in low for w in words):
            return part
    return message


_SELLING = re.compile(rf"(?<!\w)(?:{vocab.SELLING_WORDS})(?!\w)", re.IGNORECASE)
_ONLINE_COMMERCE = re.compile(
    rf"(?<!\w)(?:{vocab.ONLINE_FORMAT_WORDS}|internet|netissä|netistä|verkossa|web|e-?commerce|e-?kommerce|"
    r"trên mạng|qua mạng|mạng xã hội|"
    r"webshop|online-?shop|verkkokaup\w*|thương mại điện tử|ई-कॉमर्स|ই-কমার্স)(?!\w)",
    re.IGNORECASE,
)


def sells_online(message: str) -> bool:
    """Whether a message wishes to sell online or run e-commerce ("learn to sell my stuff online", "wie man
    online verkauft", "ऑनलाइन सामान बेचना", "myymään netissä", "online e bikri"): a subject the catalogue (ICT
    courses) has no course on (session 21, lead trial 16's 13)."""
    low = slots.normalise(message)
    return bool(_SELLING.search(low) and _ONLINE_COMMERCE.search(low)) or bool(
        re.search(r"(?<!\w)(?:e-?commerce|ई-कॉमर्स|ই-কমার্স|thương mại điện tử)(?!\w)", low)
    )


def audience(message: str) -> str | None:
    """ "adults" or "young" when the message wishes to teach or help a group of learners ("help seniors get
    online", "muốn dạy tin học cho người lớn"), else None ("help me get into IT" names no group)."""
    if not _says(message, vocab.TEACH_OTHERS):
        return None
    if _says(message, vocab.ADULT_LEARNERS):
        return "adults"
    return "young" if _says(message, vocab.YOUNG_LEARNERS) else None


def teaching(
    message: str, taxonomy: Taxonomy, similarity: Mapping[str, tuple[Occupation, float]]
) -> Occupation | None:
    """The teaching occupation a wish to teach or help a group of learners names: one whose preferred label
    has a teaching word, none for schools when the learners are adults, the nearest to the message by
    meaning (`similarity`, from the occupation linker) first."""
    who = audience(message)
    if who is None and not (wishes_to_teach(message) and not about_teaching_itself(message)):
        return None
    # "want to teach computer science at a secondary school": a school named, its teaching job first; so for
    # young learners ("teach AI to my pupils", "dạy AI cho học sinh"): the young are taught at school
    school = who == "young" or (who != "adults" and _says(message, vocab.SCHOOLS))
    # primary pupils or small children ("Grundschullehrerin", "maestra de primaria", "tiểu học", "বাচ্চাদের"):
    # no teaching job at a secondary school (session 19: t14-13's primary teacher got that goal)
    below_secondary = young_below_secondary(message)
    taught = _stems(glossary.english(message, None, only_terms=True) or "")
    options = []
    for occ in taxonomy.occupations.values():
        words = set(normalise_label(occ.label).split())
        if below_secondary and words & _SECONDARY_LABEL:
            continue
        if words & TEACHING_WORDS and not (who == "adults" and words & SCHOOL_WORDS):
            # the job named for the subject taught comes first, wherever it is taught: "teach digital
            # literacy" at a school is the digital literacy teacher's job, not the school's ICT teacher's
            # (session 27, lead trial 22's 17)
            subject = _stems(*(words - TEACHING_WORDS - SCHOOL_WORDS))
            names_subject = bool(subject) and subject <= taught
            at_school = school and bool(words & SCHOOL_WORDS)
            # pupils have teachers, staff have trainers: "ICT trainer" trains adults at work
            young = school or below_secondary or _says(message, vocab.YOUNG_LEARNERS)
            teacher = young and bool(words & _TEACHER_WORDS)
            closeness = similarity.get(occ.uri, (occ, 0.0))[1]
            options.append((names_subject, at_school, teacher, closeness, occ.label, occ))
    return max(options, key=lambda x: x[:5])[5] if options else None


_SECONDARY_LABEL = frozenset({"secondary"})
_TEACHER_WORDS = frozenset({"teacher", "teachers", "educator"})


def young_below_secondary(message: str) -> bool:
    """Whether the learners a teacher speaks of are below secondary school: primary pupils, the early years
    or children said as such (`vocab.EARLY_SCHOOL`, `vocab.CHILDREN`), and no secondary school named
    ("ich unterrichte an der Grundschule", "niños de primaria", "mầm non", "প্রাথমিক"; not "a primary
    teacher who wants to teach at a secondary school")."""
    if _says(message, vocab.SECONDARY_SCHOOL):
        return False
    return _says(message, vocab.EARLY_SCHOOL) or _says(message, vocab.CHILDREN)


# what is taught is teaching itself ("teach others to design micro-credentials"): a learning designer's job
_TEACHING_ITSELF = ("micro-credential", "instructional", "e-learning", "learning design", "curriculum")


def about_teaching_itself(message: str) -> bool:
    """Whether the message's domain terms (any served language) are about designing learning itself."""
    english = (glossary.english(message, None, only_terms=True) or "").casefold()
    return any(term in english for term in _TEACHING_ITSELF)


def taught_subject(message: str) -> str | None:
    """The subject a teacher wants to teach their pupils ("I'm a primary school teacher and I want to teach AI
    to my pupils", "Ich bin Lehrerin und möchte meinen Schülern KI beibringen": "artificial intelligence"), in
    English terms: someone who teaches already needs that subject, not a teaching job (session 13: the goal
    was "ICT teacher secondary school" with e-learning design courses). None when the speaker names no
    teaching job of theirs, or what is taught is teaching itself."""
    if not wishes_to_teach(message) or about_teaching_itself(message):
        return None
    # a lack said beside the wish is no subject ("लेकिन कोडिंग बिल्कुल नहीं आती", session 29)
    terms = (glossary.english(without_lacks(message), None, only_terms=True) or "").split()
    if "teacher" not in terms:
        return None
    # "some basic programming": a level word says how much, not what (session 19)
    subject = " ".join(w for w in terms if w != "teacher" and w not in _LEVEL_WORDS).strip()
    if not subject or subject in _TEACHERS_OWN:
        return None  # "teach programming / computers at school": the ICT or digital literacy teacher's job
    return subject


_LEVEL_WORDS = frozenset((*LEVEL_LOW, *LEVEL_HIGH))

# subjects a teaching occupation of the taxonomy is for (ICT teacher, digital literacy teacher): a teacher who
# wants to teach them aims at that teaching job (tune: fi-v10n-opettaja-11, hi-v10d-counsellor-teacher-06)
_TEACHERS_OWN = frozenset(
    "programming computer computers coding ict informatics".split()
    + ["computer science", "digital literacy", "digital skills", "computer programming", "software developer"]
)  # "software developer": the glossary's English for "ohjelmointia" (programming)
