"""A job pointed back at ("that job", "this role", "diesen Job", "ese trabajo", "ce poste", "sitä työtä",
"công việc đó", "वो नौकरी", "ওই চাকরি"): the job an earlier message of the learner named ("a cover letter for a
data analyst job", "eine Stellenanzeige als Softwaretester"), in English terms (`glossary`), never a course
shown or the words of the message itself ("job excel")."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.nlu.slots import tokens

_JOB_POINTED = regex.compile(
    r"\b(?:that|this|the\s+same|such\s+a)\s+(?:job|role|position|post|career|occupation|vacancy|opening)\b|"
    r"\b(?:diese[nmrs]?|jene[nmrs]?|de[nm]|die|das)\s+(?:job|stelle|beruf|position|rolle|tätigkeit)\b|"
    r"\b(?:ese|esa|este|esta|aquel|aquella)\s+(?:trabajo|puesto|empleo|rol|oficio|profesi[oó]n|vacante)\b|"
    r"\b(?:ce|cet|cette)\s+(?:poste|emploi|job|m[ée]tier|travail|r[ôo]le|boulot)\b|"
    r"\b(?:sitä|sen|tätä|tämän|siihen|tähän|tuota|tuon|tuohon)\s+(?:työtä|työn|työhön|työpaikkaa|työpaikan|"
    r"työpaikkaan|ammattia|ammatin|ammattiin|tehtävää|tehtävän|tehtävään|hommaa|hommaan|rooliin)\b|"
    r"(?:công\s+việc|vị\s+trí|nghề|việc\s+làm|cong\s+viec|vi\s+tri)\s+(?:đó|này|ấy|kia|do|nay)\b|"
    r"(?:वो|वह|यह|ये|उस|इस)\s+(?:नौकरी|जॉब|job|पद|रोल|पोस्ट)|"
    r"\b(?:wo|woh|ye|yeh|us|is)\s+(?:job|naukri|post|role)\b|"
    r"(?:ওই|সেই|এই|ঐ)\s+(?:চাকরি|চাকরিটা|চাকরিটি|জব|পদ|পেশা|পোস্ট)|"
    r"\b(?:oi|shei|sei|ei)\s+(?:job|chakri|chakrita|post)\b|"
    # the job as a pronoun after becoming (session 17, acts17: "what would I need to learn to become one",
    # "et quelles formations pour le devenir ?", "was muss ich lernen, um einer zu werden?")
    r"\b(?:become|becoming|be)\s+(?:one|that)\b(?!\s+of\b)|\b(?:so\s+)?(?:einer|eine|das)\s+zu\s+werden\b|"
    r"\b(?:so\s+)?(?:einer|eine)\s+werden\b|\bserlo\b|\bllegar\s+a\s+serlo\b|\b(?:le|la|l['’])\s*devenir\b|"
    r"\ben\s+devenir\s+une?\b|\bsellaiseksi\b|\bsellainen\s+(?:ammatti|työ)\b|"
    r"(?:वैसा|ऐसा|वो)\s+बन(?:ने|ना|ूँ|ू)|(?:ওরকম|সেরকম|ওটা|সেটা)\s+হ(?:তে|ওয়া)",
    regex.IGNORECASE,
)


_JOB_WORDS = 3  # the most words a job's name has ("information security specialist")
# words before a job word that are not part of its name ("for a data analyst", "as junior tester")
_NOT_OF_JOB = frozenset(
    "a an the for as to of my our your his her their this that junior senior lead entry level be become "
    "get work job".split()
)


def refers_to_job(text: str) -> bool:
    """Whether the message points back at a job ("what should I learn to get that job?")."""
    return bool(_JOB_POINTED.search(text))


def job_named(text: str, lang: str | None = None) -> str | None:
    """The job a message names besides the words pointing back ("for this role", "diesen Job"): the English
    term of a job among its glossary terms ("a CV for a database administrator job" -> "database
    administrator"), or None."""
    said = _JOB_POINTED.sub(" ", text)
    lang = identify(said, lang)
    jobs = [e for _, e in glossary.segments(said, lang) if e and glossary.names_role(e)]
    if jobs:  # the terms around the job word that say which job ("সফটওয়্যার টেস্টার" -> software tester)
        whole = glossary.english(said, lang, only_terms=True) or ""
        job = max(jobs, key=len)
        return whole if job in whole and len(whole.split()) <= _JOB_WORDS else job
    # English names its jobs in its own words: the job word and the two words before it ("a data analyst
    # job", "a junior network administrator")
    words = tokens(said)
    heads = [i for i, w in enumerate(words) if w in glossary.occupation_heads()]
    if not heads:
        return None
    at = heads[-1]
    start = at
    while start > 0 and at - start < 2 and words[start - 1].isalpha() and words[start - 1] not in _NOT_OF_JOB:
        start -= 1
    return " ".join(words[start : at + 1])


def job_named_before(earlier: Sequence[str], lang: str | None = None) -> str | None:
    """The job the most recent earlier message names (`job_named`), or None. `earlier`: the learner's earlier
    messages, most recent first."""
    return next((job for text in earlier if (job := job_named(text, lang))), None)


def point_to_job(text: str, job: str) -> str:
    """The message with the job it points back at named in its place ("what should I learn to get that job"
    -> "... to get the data analyst job"; "ওই চাকরি পেতে" -> "software tester পেতে")."""
    return _JOB_POINTED.sub(f" {job} ", text, count=1)


_STUDY = (
    "stud",
    "estudi",
    "étudi",
    "etudi",
    "formation",
    "formations",
    "kurs",
    "curso",
    "course",
    "training",
)


def asks_what_to_learn(text: str) -> bool:
    """Whether a message pointing at a job asks what to learn or study for it ("what should I study to get
    that job?", "was muss ich dafür lernen?", "ওই চাকরি পেতে কী শিখতে হবে?"): the way there, a plan."""
    return any(t.startswith(vocab.LEARN_PREFIXES) or t.startswith(_STUDY) for t in tokens(text))
