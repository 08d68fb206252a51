"""Two everyday ways of asking that name no course word (session 27, issue #12), in the eight languages:

- `asks_for_something`: something or anything asked for on a subject ("anything on cybersecurity basics?",
  "brauch was zu Netzwerktechnik", "vous avez quelque chose en gestion de projet ?", "tarttisin jotain
  tietoturvasta", "amar cloud niye kichu lagbe"): a search of the subject, whatever the message says beside
  it about the learner's shifts, dates or job. Not when a verb of doing, working or becoming stands next to
  the indefinite word ("I want to do something in IT", "was mit IT-Sicherheit machen", "hacer algo de
  redes"): that wishes a direction, and not when a verb of knowing says what is held ("sé algo de SQL");
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
        "something anything smth sth stuff "
        "etwas irgendwas irgendetwas "
        "algo "
        "qqch truc trucs "
        "jotain jotakin mitään mitaan "
        "kuch कुछ "
        "kichu kisu কিছু"
    ).split()
)
# German "was" is "what" too: a thing asked for only right before a preposition of a subject ("was zu Linux")
_WAS_BEFORE = frozenset("zu zum zur über ueber für fuer im".split())
# two-word indefinites: "quelque chose", "cái gì", "có gì"
_SOMETHING_PAIRS = (("quelque", "chose"), ("cái", "gì"), ("có", "gì"), ("gì", "về"))
# the verbs of doing, working, becoming and knowing that make "something" a direction wished or a skill held
_NEAR_VERBS = frozenset(
    (
        "do doing did work working become get into "
        "machen mache mach arbeiten arbeite werden werde kann "
        "hacer hago trabajar trabajo ser sé manejo "
        "faire fais travailler bosser devenir sais connais "
        "tehdä teen tekemään töitä duunia osaan "
        "làm biết "
        "karna karta karti kar banna aata आता करना बनना "
        "korte kori kora hote pari jani করতে করি হতে জানি পারি"
    ).split()
)
_WINDOW = 3  # tokens on either side of the indefinite word

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
        "mitä mihin mikä millaisia millaista minkälaisia minkälaista "
        "gì nào "
        "kya kaunsa kaunsi kaun kis क्या कौन कौनसा कौनसी किस "
        "ki kon kono কী কি কোন কোনো"
    ).split()
)


def asks_for_something(message: str) -> bool:
    """Whether the message asks for something on a subject with an indefinite word (the caller checks that a
    subject is named): not when a verb of doing, working, becoming or knowing stands within three words of it."""
    return any(_something_in(tokens(piece)) for piece in _PIECES.split(message))


def _something_in(words: list[str]) -> bool:
    for i, w in enumerate(words):
        pair = i + 1 < len(words) and (w, words[i + 1]) in _SOMETHING_PAIRS
        single = w in _SOMETHING or w == "was" and i + 1 < len(words) and words[i + 1] in _WAS_BEFORE
        if not (pair or single):
            continue
        near = words[max(0, i - _WINDOW) : i + _WINDOW + (2 if pair else 1)]
        if not set(near) & _NEAR_VERBS:
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
