"""Two everyday ways of asking that name no course word (session 27, issue #12), in the eight languages:

- `asks_for_something`: something or anything asked for on a subject ("anything on cybersecurity basics?",
  "brauch was zu Netzwerktechnik", "vous avez quelque chose en gestion de projet ?", "tarttisin jotain
  tietoturvasta", "amar cloud niye kichu lagbe"): a search of the subject, whatever the message says beside
  it about the learner's shifts, dates or job. Only with a word of a subject beside the indefinite word
  ("on", "zu", "sobre", "sur", "về", the Finnish elative, Hindi "pe", Bengali "niye"): "something in IT",
  "irgendwas mit Daten", "algo con datos" wish a direction, "etwas Python", "algo de SQL" are some of a skill
  known, "something on my CV" is no subject;
- `asks_which_work`: what work the skills just said lead to ("what kind of work could I get with that?",
  "was kann ich damit werden?", "avec ça je pourrais faire quel métier ?", "mihin töihin noilla vois
  päästä?", "এগুলো দিয়ে কী কাজ পেতে পারি?"): a question with a word of work and a word pointing back at what
  was said ("with that", "damit", "con eso", "noilla", "isse", "এগুলো দিয়ে"): the counsellor's directions,
  not a plan, and no goal from the question's words.

The causes were the largest general groups of wrong acts left on the tune split (classifier25's `course_ask`
and `next_job` classes in five languages each; `evals/nlu/act_causes.py`: the classifier's reading passed
unchanged). Pure."""

from __future__ import annotations

import regex

from pathfinder.assistant.nlu.slots import tokens

_PIECES = regex.compile(r"[,.;:!?¿¡।]+")  # the clauses a verb near "something" is looked for in

# the indefinite words of a thing asked for: "something", "was", "quelque chose", "algo", "jotain", "kuch"
_SOMETHING = frozenset(
    (
        "something anything smth sth "
        "was etwas irgendwas irgendetwas "
        "algo "
        "qqch truc trucs "
        "jotain jotakin mitään mitaan "
        "kuch कुछ "
        "kichu kisu কিছু"
    ).split()
)
# two-word indefinites: "quelque chose", "cái gì", "có gì"
_SOMETHING_PAIRS = (("quelque", "chose"), ("cái", "gì"), ("có", "gì"))
# the words of a subject right after the indefinite word ("anything on", "was zu", "algo sobre", "quelque
# chose en", "gì về"); never "with" or "in" ("irgendwas mit IT-Support", "something in IT", "algo con datos":
# a direction wished) nor Spanish "de" ("algo de SQL" is some SQL, known)
_ABOUT_AFTER = frozenset(
    "on about regarding zu zum zur über ueber bezüglich sobre acerca sur en concernant về".split()
)
# the words of a subject right before it in Hindi and Bengali ("networking pe kuch", "cloud niye kichu")
_ABOUT_BEFORE = frozenset("pe par पर ka ki ke का की के baare बारे niye nie নিয়ে er সম্পর্কে".split())
_AFTER_ITS_SUBJECT = frozenset("kuch कुछ kichu kisu কিছু".split())
# what follows "on"/"en" that is no subject asked about: "something on my CV", "quelque chose en ligne", a
# pronoun ("should I do something about it?": tune en-health-84, the first touched run's one pass -> fail)
_NOT_A_SUBJECT = frozenset(
    "my mein meine meinem meinen mi mis mon ma mes ligne linea línea "
    "it this that them es das dem den eso esto ello ça cela ce".split()
)
# Spanish "algo de" asks for something only after a verb of needing, seeking or having ("necesito algo de
# redes", "¿hay algo de Python?"), never after one of knowing ("sé algo de SQL", "manejo algo de Excel")
_ES_ASKING = frozenset(
    "necesito necesitaría necesitaria busco hay tienes tenéis teneis tienen tiene ofrecen".split()
)
# Finnish says "about" with the elative case: "jotain tietoturvasta", "mitään pilvipalveluista"
_FINNISH = frozenset("jotain jotakin mitään mitaan".split())

# words of work and jobs
_WORK = frozenset(
    (
        "job jobs work career careers role roles position positions "
        "beruf berufe arbeit jobs stelle stellen werden "
        "trabajo trabajar trabajos empleo empleos puesto puestos profesión profesion "
        "métier métiers metier metiers travail boulot poste postes emploi emplois "
        "työ työtä töitä töihin työpaikka työpaikkoja ammatti ammatteja hommia duunia "
        "nghề việc "
        "naukri naukari kaam job नौकरी काम जॉब पेशा "
        "chakri kaj চাকরি কাজ জব পেশা"
    ).split()
)
# words pointing back at what was just said: "with that", "damit", "avec ça", "con eso", "noilla"
_BACK_PAIRS = (
    ("with", "that"),
    ("with", "this"),
    ("with", "those"),
    ("with", "these"),
    ("with", "it"),
    ("with", "them"),
    ("that", "get"),  # "what jobs could that get me"
    ("those", "get"),
    ("avec", "ça"),
    ("avec", "ca"),
    ("avec", "cela"),
    ("avec", "ces"),
    ("con", "eso"),
    ("con", "esto"),
    ("con", "esos"),
    ("con", "estas"),
    ("con", "estos"),
    ("con", "esas"),
    ("is", "se"),
    ("in", "se"),
    ("egulo", "diye"),
    ("eta", "diye"),
    ("এগুলো", "দিয়ে"),
    ("এটা", "দিয়ে"),
    ("এসব", "দিয়ে"),
)
_BACK = frozenset(
    "damit davon dadurch noilla niillä näillä tällä sillä noilla näistä isse inse इससे इनसे".split()
)
# Vietnamese points back with "đó"/"này" after "với" somewhere before it ("với mấy cái đó", "với những kỹ năng
# đó")
_VI_BACK = frozenset("đó này".split())
# question words asking which or what
_WHICH = frozenset(
    (
        "what which whatever kind sort "
        "was welche welcher welches welchen "
        "qué que cuál cual cuáles cuales "
        "quel quelle quels quelles quoi "
        "mitä mihin mikä millaisia millaista minkälaisia minkälaista millaisiin minkälaisiin millaiseen "
        "gì nào "
        "kya kaunsa kaunsi kaun kis क्या कौन कौनसा कौनसी किस "
        "ki kon kono কী কি কোন কোনো"
    ).split()
)


def asks_for_something(message: str) -> bool:
    """Whether the message asks for something on a subject: an indefinite word with a word of a subject
    beside it ("anything on", "was zu", "quelque chose en", "jotain tietoturvasta", "cloud niye kichu"); the
    caller checks that a subject is named."""
    return any(_something_in(tokens(piece)) for piece in _PIECES.split(message))


def _something_in(words: list[str]) -> bool:
    for i, w in enumerate(words):
        pair = i + 1 < len(words) and (w, words[i + 1]) in _SOMETHING_PAIRS
        if not (pair or w in _SOMETHING):
            continue
        after = words[i + (2 if pair else 1) : i + (4 if pair else 3)]
        if after and after[0] in _ABOUT_AFTER and not (len(after) > 1 and after[1] in _NOT_A_SUBJECT):
            return True
        if w == "algo" and after and after[0] == "de" and i and words[i - 1] in _ES_ASKING:
            return True
        if w in _FINNISH and after and after[0].endswith(("sta", "stä")):
            return True
        if i and words[i - 1] in _ABOUT_BEFORE and w in _AFTER_ITS_SUBJECT:
            return True
    return False


def asks_which_work(message: str) -> bool:
    """Whether the message asks which work or job what was just said leads to: a question word, a word of work
    and a word pointing back ("with that", "damit", "noilla", "এগুলো দিয়ে")."""
    words = tokens(message)
    present = set(words)
    if not (present & _WORK and present & _WHICH):
        return False
    pairs = set(zip(words, words[1:]))
    if present & _BACK or pairs & set(_BACK_PAIRS):
        return True
    return "với" in present and bool(present & _VI_BACK)


# whether a course exists, asked: "is there", "are there", "any", "do you have", "gibt es", "habt ihr",
# "hay", "tienen", "y a-t-il", "avez-vous", "onko", "löytyykö", "có … không", "koi", "kono", "কোনো"
_EXISTS = regex.compile(
    r"\b(?:is there|are there|any|do you have|have you got|gibt es|gibts|gibt's|habt ihr|haben sie|hay|"
    r"tienen|tenéis|teneis|existe|y a-t-il|il y a|avez-vous|vous avez|onko|löytyykö|loytyyko|onks|"
    r"có|koi|kono)\b|कोई|কোনো|কোন",
    regex.IGNORECASE,
)
# a course word followed by a word of its subject ("a course on", "Kurs zu", "curso de/sobre", "formation
# sur/en", "kurssia …sta", "khóa … về"), or preceded by one in Hindi and Bengali ("X par koi course", "X niye
# kono course")
_COURSE_ON = regex.compile(
    r"\b(?:courses?|classes|class|trainings?|programmes?|programs?|kurse?|kursen|weiterbildung\w*|"
    r"cursos?|formations?|cours|kurssi\w*|koulutu\w*|khóa(?: học)?(?: nào)?|khoá(?: học)?(?: nào)?)\s+"
    r"(?:\w+\s+)?(?:on|about|in|covering|zu|zum|zur|über|ueber|für|sobre|de|del|en|sur|về|ve)\b|"
    r"\b(?:kurssi\w*|koulutu\w*)\b.*\b\w+(?:sta|stä|lle)\b|"
    r"\b\w+\s+(?:pe|par|ka|ki|ke|niye|nie|er)\s+(?:koi|kono|ekta)?\s*(?:course|kors|class)\b|"
    r"(?:पर|का|की|के|নিয়ে|এর|সম্পর্কে)\s+(?:कोई|কোনো)?\s*(?:कोर्स|কোর্স)",
    regex.IGNORECASE,
)


def asks_course_on(message: str) -> bool:
    """Whether a message asks if a course on a subject exists ("is there a course on quality assurance of
    micro-credentials?", "gibt es einen Kurs zu Medienbildung?", "¿hay algún curso sobre IA?", "y a-t-il une
    formation sur l'éducation aux médias ?", "onko kurssia tekoälystä?", "có khóa nào về đảm bảo chất lượng
    không?", "AI par koi course hai?", "AI niye kono course ache?"): a search of that subject, never a
    question about the course shown first (session 28, lead trial 23's 15 answered its prerequisites)."""
    return bool(_EXISTS.search(message) and _COURSE_ON.search(message))
